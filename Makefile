# The README's contract: make run (the main job), make test (the whole suite), make package (the zip).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export QGIS_DEBUG ?= -1

.PHONY: run test package setup lint format translations clean

setup:
	@scripts/setup.sh

run: setup
	@$(PY) scripts/qgis_session.py run

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

package: setup
	@$(PY) scripts/package.py

lint: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# refresh the translation sources from the code and the .ui files (then translate what is new)
translations: setup
	$(PY) scripts/translations.py update

clean:
	rm -rf build dist .qgis-profile
