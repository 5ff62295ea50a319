"""The command line both servers share: ``start`` (prints the URL on standard output, the rest on standard error: the
online map's address among it) and ``stop``, each for one run folder, and where the password for writing comes from
(never printed)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from server.layout import ServerError

PASSWORD_ENV = "CREATIVE_MAP_SERVER_PASSWORD"


def password(args: argparse.Namespace) -> str:
    """``--password-file``'s first line, else $CREATIVE_MAP_SERVER_PASSWORD, else one made and kept in
    ``<run dir>/password`` (readable by its owner only)."""
    if args.password_file:
        return Path(args.password_file).read_text(encoding="utf-8").splitlines()[0]
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    kept = Path(args.run_dir) / "password"
    if not kept.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.touch(mode=0o600)
        kept.write_text(secrets.token_urlsafe(18) + "\n", encoding="utf-8")
    return kept.read_text(encoding="utf-8").strip()


def parser(description: str, port: int, holds: str) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The parser and its ``start`` sub-parser (a server adds its own options to it); ``holds`` says what the run
    folder holds."""
    main = argparse.ArgumentParser(description=description)
    commands = main.add_subparsers(dest="command", required=True)
    start = commands.add_parser("start", help="start the server, print its URL")
    start.add_argument("--port", type=int, default=port)
    start.add_argument("--run-dir", required=True, help=f"the server's folder ({holds})")
    source = start.add_mutually_exclusive_group()
    source.add_argument("--data", help="serve a copy of this workspace GeoPackage")
    source.add_argument("--sample", action="store_true", help="serve the city's sample (default: empty layers)")
    start.add_argument("--city", default="hoi_an", help="the workspace's city (hoi_an, tam_ky, ha_noi, all)")
    start.add_argument("--user", default="staff", help="the user allowed to write (basic auth)")
    start.add_argument("--password-file", help=f"its password (first line); else ${PASSWORD_ENV}")
    start.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the first answer")
    stop = commands.add_parser("stop", help="stop the server of a run folder")
    stop.add_argument("--run-dir", required=True)
    return main, start


def run(
    args: argparse.Namespace,
    start: Callable[[argparse.Namespace], object],
    stop: Callable[[str], list[int]],
    announce: Callable[[object], str],
) -> int:
    """Carry out the command; a failure is one line on standard error and exit status 1."""
    try:
        if args.command == "stop":
            stopped = stop(args.run_dir)
            print(f"stopped {len(stopped)} processes" if stopped else "no server was running")
            return 0
        handle = start(args)
    except (ServerError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(handle.url, flush=True)
    print(announce(handle), file=sys.stderr)
    print(f"online map: {handle.map_url}  media store: {handle.media_url}", file=sys.stderr)
    return 0
