"""Publish a workspace to a server in a process of its own (QGIS offscreen): `make run`'s first publish of the sample
to its shared server (the working copy then knows the server), and the History tab's picture:

    python scripts/publish_workspace.py WORKSPACE URL [GUARD_POLICY]

The password for writing is read from CREATIVE_MAP_SERVER_PASSWORD (never from the command line). Prints the numbers.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from creative_layers_plugin.sync.client import Server
        from creative_layers_plugin.sync.publish import publish
        from creative_layers_plugin.toolbelt.errors import UserError

        workspace, url = argv[0], argv[1]
        guard = argv[2] if len(argv) > 2 else "stop"
        server = Server(url, auth=("staff", os.environ["CREATIVE_MAP_SERVER_PASSWORD"]))
        try:
            result = publish(workspace, url, server=server, guard=guard)
        except UserError as error:
            print(error.sentence, file=sys.stderr)
            return 1
        print(json.dumps(result.numbers()))
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
