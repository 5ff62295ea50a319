"""make run's shared server (scripts/shared_server.py) when another session takes its port between the choice and the
start: two QGIS trees ran `make run`'s test at once, and one was left without a server (the port 8090 taken)."""

import socket
import tempfile
from pathlib import Path

import qgis_session
import shared_server


def test_a_port_taken_between_the_choice_and_the_start_gives_way_to_another(tmp_path, monkeypatch, capsys):
    folder = Path(tempfile.mkdtemp(prefix="cl-shared-", dir="/tmp"))  # QGIS Server's account enters it
    folder.chmod(0o755)
    monkeypatch.setenv("CREATIVE_LAYERS_SHARED_SERVER_DIR", str(folder))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        chosen = iter([port])  # the port was free when it was chosen; another session took it since
        real_port = shared_server._port
        monkeypatch.setattr(shared_server, "_port", lambda preferred=0: next(chosen, None) or real_port(0))
        with shared_server.shared_server(qgis_session.prepare_profile(tmp_path / "profiles")) as handle:
            assert handle is not None, capsys.readouterr().err
            assert handle.features_url.startswith("http://127.0.0.1:") and f":{port}/" not in handle.features_url


def test_a_server_that_cannot_start_says_so_once(tmp_path, monkeypatch, capsys):
    """A failure of the server's own (its port still free) is said, not tried again on other ports."""
    import server.reference_server as reference

    folder = Path(tempfile.mkdtemp(prefix="cl-shared-", dir="/tmp"))
    folder.chmod(0o755)
    monkeypatch.setenv("CREATIVE_LAYERS_SHARED_SERVER_DIR", str(folder))
    tried = []

    def broken(run_dir, port, *args, **kwargs):
        tried.append(port)
        raise reference.ServerError("nginx is not installed: run scripts/setup.sh (make test installs it).")

    monkeypatch.setattr(reference, "start_server", broken)
    with shared_server.shared_server(tmp_path / "profile") as handle:
        assert handle is None
    assert len(tried) == 1 and capsys.readouterr().err.count("No shared server: nginx is not installed") == 1
