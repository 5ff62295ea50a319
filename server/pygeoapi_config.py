"""pygeoapi 0.21.0's configuration for the creative map, generated from the plugin's schema, and its OpenAPI document.

One collection per layer of ``schema.LAYERS`` (id = the schema's name), each with the PostgreSQL provider on the table
of the same name: ``id_field: id``, ``geom_field: geom``, ``storage_crs`` CRS84 (stated, not left to the default),
``editable: true``. The database's socket folder and password are not in the file: pygeoapi reads them from its
environment (``${CREATIVE_MAP_DB_HOST}``, ``${CREATIVE_MAP_DB_PASSWORD}``), so the file holds no secret.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from server.layout import PygeoapiLayout, ServerError
from server.postgis import API_ROLE, DATABASE, PORT

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-pygeoapi"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
TITLE = "Bản đồ sáng tạo đa lớp – Creative map"
DEFAULT_LIMIT = 10
MAX_LIMIT = 10000
MARGIN_DEG = 0.1  # around each city's centre: the collections' advertised extent


class Env(str):
    """``${NAME}``: written as a plain YAML scalar, which pygeoapi replaces with the environment variable's value."""


def to_yaml(value, indent: int = 0) -> str:
    """Block-style YAML: strings double-quoted (JSON's escapes are YAML's), ``Env`` values plain."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}\n"
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{to_yaml(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {to_yaml(item, indent + 2)}")
        return "".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]\n"
        lines = []
        for item in value:
            text = to_yaml(item, indent + 2)
            lines.append(f"{pad}- {text.lstrip()}" if isinstance(item, (dict, list)) else f"{pad}- {text}")
        return "".join(lines)
    if isinstance(value, Env):
        return f"${{{value}}}\n"
    return json.dumps(value, ensure_ascii=False) + "\n"


PROVIDER = "pygeoapi_provider.CreativeMapProvider"  # server/pygeoapi_provider.py, copied into the run folder
PROVIDER_SOURCE = Path(__file__).with_name("pygeoapi_provider.py")


def cities_bbox() -> list[float]:
    from creative_layers_plugin.core.schema import CITIES

    lons = [city.lon for city in CITIES.values()]
    lats = [city.lat for city in CITIES.values()]
    return [min(lons) - MARGIN_DEG, min(lats) - MARGIN_DEG, max(lons) + MARGIN_DEG, max(lats) + MARGIN_DEG]


def collection(layer, bbox: list[float]) -> dict:
    provider = {
        "type": "feature",
        "name": PROVIDER,
        "data": {
            "host": Env("CREATIVE_MAP_DB_HOST"),
            "port": PORT,
            "dbname": DATABASE,
            "user": API_ROLE,
            "password": Env("CREATIVE_MAP_DB_PASSWORD"),
            "search_path": ["public"],
        },
        "id_field": "id",
        "table": layer.name,
        "geom_field": "geom",
        "storage_crs": CRS84,
        "crs": [CRS84],
        "editable": True,
    }
    return {
        "type": "collection",
        "title": f"{layer.label.vi} / {layer.label.en}",
        "description": f"{layer.label.en} / {layer.label.fr}" + ("" if layer.geometry else " (no geometry)"),
        "keywords": ["creative map", layer.group],
        "extents": {"spatial": {"bbox": bbox, "crs": CRS84}},
        "providers": [provider],
    }


def config(url: str, port: int, log_file: Path, layers: list[str] | None = None) -> dict:
    """pygeoapi's configuration: a collection per schema layer (``layers``: only these)."""
    from creative_layers_plugin.core.schema import LAYERS

    bbox = cities_bbox()
    return {
        "server": {
            "bind": {"host": "127.0.0.1", "port": port},  # not used: gunicorn listens on the run folder's socket
            "url": url,
            "mimetype": "application/json; charset=UTF-8",
            "encoding": "utf-8",
            "language": "en-US",
            "cors": False,
            "pretty_print": False,
            "admin": False,
            "limits": {"default_items": DEFAULT_LIMIT, "max_items": MAX_LIMIT, "on_exceed": "throttle"},
            "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "attribution": "OpenStreetMap"},
        },
        "logging": {"level": "WARNING", "logfile": str(log_file)},
        "metadata": {
            "identification": {
                "title": TITLE,
                "description": "Multi-layer Creative Map: shared server (pygeoapi on PostgreSQL + PostGIS)",
                "keywords": ["creative map", "OGC API - Features"],
                "keywords_type": "theme",
                "terms_of_service": "",
                "url": url,
            },
            "license": {"name": "CC-BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "provider": {"name": "Creative Layers", "url": url},
            "contact": {"name": "Creative Layers"},
        },
        "resources": {
            layer.name: collection(layer, bbox) for layer in LAYERS if layers is None or layer.name in layers
        },
    }


def write(layout: PygeoapiLayout, url: str, port: int, layers: list[str] | None = None) -> None:
    shutil.copyfile(PROVIDER_SOURCE, layout.pygeoapi / PROVIDER_SOURCE.name)  # beside the configuration
    text = "# Generated by server/pygeoapi_config.py for this run folder; rewritten at each start.\n"
    layout.config.write_text(text + to_yaml(config(url, port, layout.log_files["pygeoapi"], layers)), encoding="utf-8")


def environment(layout: PygeoapiLayout, base: dict[str, str]) -> dict[str, str]:
    return {
        **base,
        "PYGEOAPI_CONFIG": str(layout.config),
        "PYGEOAPI_OPENAPI": str(layout.openapi),
        "HOME": str(layout.home),
        "PATH": f"{VENV / 'bin'}:/usr/bin:/bin",
        "PYTHONPATH": str(layout.pygeoapi),  # the creative map's provider (gunicorn's --chdir does it too)
    }


def generate_openapi(layout: PygeoapiLayout, env: dict[str, str]) -> None:
    """``pygeoapi openapi generate`` (it opens every collection: the database must be up)."""
    command = [str(VENV / "bin" / "pygeoapi"), "openapi", "generate", str(layout.config)]
    command += ["--output-file", str(layout.openapi)]
    log = layout.log_files["data"]
    with log.open("a", encoding="utf-8") as output:
        output.write("$ pygeoapi openapi generate\n")
        output.flush()
        result = subprocess.run(
            command, env=env, stdout=output, stderr=subprocess.STDOUT, cwd=layout.pygeoapi, check=False, timeout=120
        )
    if result.returncode != 0 or not layout.openapi.exists():
        raise ServerError(f"pygeoapi could not generate its OpenAPI document (exit {result.returncode}): see {log}.")
