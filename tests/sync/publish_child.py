"""Publish in a process of its own (to be killed by the interruption tests): ``publish_child.py WORKSPACE URL
[GUARD_POLICY]``, the password in CREATIVE_MAP_SERVER_PASSWORD. Prints the numbers, or the sentence and exits 1."""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qgis.core import QgsApplication

from creative_layers_plugin.sync.client import Server
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    workspace, url = sys.argv[1], sys.argv[2]
    server = Server(url, auth=("staff", os.environ["CREATIVE_MAP_SERVER_PASSWORD"]), retries=0)
    try:
        guard = sys.argv[3] if len(sys.argv) > 3 else "stop"
        result = publish(workspace, url, server=server, policy="keep_local", guard=guard)
    except UserError as error:
        sys.stderr.write(error.sentence + "\n")
        return 1
    sys.stdout.write(json.dumps(result.numbers()) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
