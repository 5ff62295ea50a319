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

# the whole suite on this machine's QGIS and, at the same time, unit, qgis and e2e on QGIS 3.40 and 3.44 in Debian trees
# (built once, then both trees at once: scripts/qgis_trees.py; their output in build/qgis-trees*.log, said at the end);
# both legs run, both must pass
test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@mkdir -p build
	$(PY) scripts/qgis_trees.py test >build/qgis-trees-test.log 2>&1 & trees_pid=$$!; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest; host=$$?; \
	wait $$trees_pid; trees=$$?; cat build/qgis-trees-test.log; \
	[ $$host -eq 0 ] && [ $$trees -eq 0 ]

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
