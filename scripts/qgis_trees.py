"""The plugin's tests on the QGIS versions its users have, each in a Debian tree of its own.

    python scripts/qgis_trees.py build [VERSION ...]          # build the trees that are missing (nothing else)
    python scripts/qgis_trees.py build --background            # the same, detached (make test: while the host's
                                                               # suite runs); its output in build/qgis-trees.log
    python scripts/qgis_trees.py test [VERSION ...] [-- ARGS]  # build if needed, then the suites in each tree (the
                                                               # trees at once, their output in build/qgis-trees-*.log;
                                                               # --serial: one after the other, output here)
    python scripts/qgis_trees.py run VERSION -- COMMAND...     # a command in a tree, the clone mounted, cwd there
    python scripts/qgis_trees.py shell VERSION                 # a shell in a tree, the clone mounted

VERSION is a QGIS version of TREES (3.40, 3.44); none means all. Each tree is made once by mmdebstrap from Debian's
archive into a cache folder outside the clone (CREATIVE_LAYERS_TREES, default /var/cache/creative-layers/trees),
with QGIS and what the tests call, and a virtual environment made from the tree's own Python with the project's
development requirements. A second run finds both current (a stamp of what went in) and installs nothing.

The tests run in the tree through chroot, in a mount namespace of their own (so every mount goes away with the
process, however it ends): /proc, /dev (with /dev/pts), a run folder as /tmp, and the clone at its own path. The
host's apt sources are never touched. A failure names the QGIS version it failed on.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import fcntl
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("CREATIVE_LAYERS_TREES", "/var/cache/creative-layers/trees"))
MIRROR = os.environ.get("CREATIVE_LAYERS_DEBIAN_MIRROR", "http://deb.debian.org/debian")
HOST_CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
TREE_CA_BUNDLE = "/etc/creative-layers/host-ca-bundle.crt"  # pip in the tree trusts what the host trusts
TREE_VENV = "/opt/creative-layers/venv"
STAMP = "etc/creative-layers/tree.json"
VENV_STAMP = "opt/creative-layers/requirements.sha256"
# the suites that run in every tree; tests/sync, tests/server and tests/bad_inputs (servers, slow) run on the host
SUITES = ("tests/unit", "tests/qgis", "tests/e2e")
BACKGROUND_LOG = ROOT / "build" / "qgis-trees.log"

PACKAGES = (
    "qgis python3-qgis qgis-providers qgis-server"  # QGIS, its Python, QGIS Server (the reference shared server)
    " python3-venv ca-certificates"  # the virtual environment, pip's TLS
    " xvfb xauth x11-utils xfonts-base fonts-dejavu-core fonts-dejavu-extra fonts-open-sans"  # a real window
    " poppler-utils zip"  # PDF checks, pb_tool's zip
    " nginx spawn-fcgi openssl"  # the reference shared server behind nginx
    " pyqt5-dev-tools qttools5-dev-tools"  # pylupdate5, lrelease: the translation tests
    " git procps"  # the tests read the clone's tracked files; ps
).split()


@dataclass(frozen=True)
class Tree:
    """One Debian tree: the suite it is built from, the extra apt sources and the release QGIS comes from."""

    qgis: str  # the QGIS series, as users name it
    name: str  # the folder under CACHE
    suite: str
    extra_suites: tuple[str, ...] = ()
    default_release: str | None = None  # apt -t: where QGIS comes from when it is not the suite itself
    check_valid_until: bool = True  # sid's Release file can be expired: false for such a tree only

    @property
    def path(self) -> Path:
        return CACHE / self.name

    def spec(self) -> dict:
        return {"suite": self.suite, "extra": list(self.extra_suites), "release": self.default_release,
                "mirror": MIRROR, "packages": list(PACKAGES)}  # fmt: skip


TREES = {
    "3.40": Tree("3.40", "trixie", "trixie"),  # Debian 13: QGIS 3.40 LTR, Python 3.13
    "3.44": Tree("3.44", "trixie-backports", "trixie", ("trixie-backports",), "trixie-backports"),  # QGIS 3.44 LTR
}


def say(message: str) -> None:
    print(f"\033[1;34m[qgis-trees]\033[0m {message}", flush=True)


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def requirements_digest() -> str:
    return hashlib.sha256((ROOT / "requirements-dev.txt").read_bytes()).hexdigest()


def build_system(tree: Tree) -> bool:
    """Debian with QGIS in tree.path, made by mmdebstrap unless the one there was made from the same spec. True if
    it built."""
    built = read_json(tree.path / STAMP)
    if built == tree.spec():
        return False
    if built and {**built, "packages": []} == {**tree.spec(), "packages": []}:
        return add_packages(tree, sorted(set(PACKAGES) - set(built["packages"])))
    if shutil.which("mmdebstrap") is None:
        raise SystemExit("mmdebstrap is missing: run `make setup` (scripts/setup.sh installs it).")
    partial = tree.path.with_name(tree.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    sources = [f"deb {MIRROR} {suite} main" for suite in (tree.suite, *tree.extra_suites)]
    options = ['APT::Install-Recommends "false"']
    if tree.default_release:
        options.append(f'APT::Default-Release "{tree.default_release}"')
    if not tree.check_valid_until:
        options.append('Acquire::Check-Valid-Until "false"')
    # no service starts in the tree (nginx would take port 80 of the host): policy-rc.d says "not now" (101)
    no_services = 'printf "#!/bin/sh\\nexit 101\\n" > "$1/usr/sbin/policy-rc.d"; chmod 755 "$1/usr/sbin/policy-rc.d"'
    command = ["mmdebstrap", "--mode=root", "--variant=apt", "--quiet", f"--include={','.join(PACKAGES)}"]
    command += [f"--aptopt={option}" for option in options]
    command += [f"--essential-hook={no_services}", tree.suite, str(partial), *sources]
    say(f"building the QGIS {tree.qgis} tree (Debian {tree.name}) in {tree.path}")
    started = time.monotonic()
    result = subprocess.run(command, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the QGIS {tree.qgis} tree could not be built (mmdebstrap exited {result.returncode})")
    stamp = partial / STAMP
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(tree.spec(), indent=1), encoding="utf-8")
    shutil.rmtree(tree.path, ignore_errors=True)
    partial.rename(tree.path)
    say(f"QGIS {tree.qgis} tree built in {time.monotonic() - started:.0f} s: QGIS {qgis_version(tree)}")
    return True


def add_packages(tree: Tree, packages: list[str]) -> bool:
    """A tree built from the same sources that lacks packages of PACKAGES gets them (apt in the tree)."""
    if packages:
        say(f"adding {' '.join(packages)} to the QGIS {tree.qgis} tree")
        shutil.copyfile("/etc/resolv.conf", tree.path / "etc/resolv.conf")
        script = "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q " + " ".join(packages)
        if run_in_tree(tree, ["/bin/sh", "-c", script], mount_clone=False) != 0:
            raise SystemExit(f"{' '.join(packages)} could not be installed into the QGIS {tree.qgis} tree")
    (tree.path / STAMP).write_text(json.dumps(tree.spec(), indent=1), encoding="utf-8")
    return True


def build_venv(tree: Tree) -> bool:
    """The tree's virtual environment (its Python, its QGIS; the project's development requirements). True if made."""
    wanted = requirements_digest()
    stamp = tree.path / VENV_STAMP
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == wanted:
        return False
    say(f"making the virtual environment of the QGIS {tree.qgis} tree")
    started = time.monotonic()
    for folder in (Path(TREE_CA_BUNDLE).parent, Path(TREE_VENV).parent):
        (tree.path / str(folder).lstrip("/")).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HOST_CA_BUNDLE, tree.path / TREE_CA_BUNDLE.lstrip("/"))
    shutil.copyfile("/etc/resolv.conf", tree.path / "etc/resolv.conf")  # pip's name look-ups
    requirements = tree.path / "opt/creative-layers/requirements-dev.txt"
    shutil.copyfile(ROOT / "requirements-dev.txt", requirements)
    script = (
        f"rm -rf {TREE_VENV} && /usr/bin/python3 -m venv --system-site-packages {TREE_VENV} && "
        f"{TREE_VENV}/bin/python -m pip install -q -r /opt/creative-layers/requirements-dev.txt"
    )
    if run_in_tree(tree, ["/bin/sh", "-c", script], mount_clone=False) != 0:
        raise SystemExit(f"the virtual environment of the QGIS {tree.qgis} tree could not be made")
    stamp.write_text(wanted + "\n", encoding="utf-8")
    say(f"virtual environment of the QGIS {tree.qgis} tree made in {time.monotonic() - started:.0f} s")
    return True


def hold(tree: Tree):
    """The tree's lock, taken (waiting for a build in progress): one builder at a time."""
    CACHE.mkdir(parents=True, exist_ok=True)
    lock = (CACHE / f"{tree.name}.lock").open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        say(f"waiting for the QGIS {tree.qgis} tree, being built by another run ({BACKGROUND_LOG.name})")
        fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def build(*trees: Tree) -> None:
    """The trees made current, in order; all their locks are taken first, each let go once its tree is ready (a run
    waiting for the first tree goes on while the next is built)."""
    locks = [hold(tree) for tree in trees]
    try:
        for tree, lock in zip(trees, locks, strict=True):
            build_system(tree)
            build_venv(tree)
            lock.close()
    finally:
        for lock in locks:
            lock.close()


def build_in_background(versions: list[str]) -> None:
    """Start ``build`` detached: it takes each tree's lock at once, so that ``test`` waits for it."""
    BACKGROUND_LOG.parent.mkdir(parents=True, exist_ok=True)
    with BACKGROUND_LOG.open("w") as log:
        process = subprocess.Popen([sys.executable, __file__, "build", *versions], stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 30
    while (
        time.monotonic() < deadline and process.poll() is None and not all(_locked(tree) for tree in chosen(versions))
    ):
        time.sleep(0.2)
    say(f"building the trees in the background (pid {process.pid}, {BACKGROUND_LOG.relative_to(ROOT)})")


def _locked(tree: Tree) -> bool:
    path = CACHE / f"{tree.name}.lock"
    if not path.exists():
        return False
    with path.open("a") as probe:
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(probe, fcntl.LOCK_UN)
        return read_json(tree.path / STAMP) == tree.spec()  # built already: nothing to wait for


def qgis_version(tree: Tree) -> str:
    result = subprocess.run(["chroot", str(tree.path), "dpkg-query", "-W", "-f=${Version}", "qgis"],
                            capture_output=True, text=True, check=False)  # fmt: skip
    return result.stdout.strip() or "?"


def tree_environment(tree: Tree) -> dict[str, str]:
    return {
        "PATH": f"{TREE_VENV}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/root", "LANG": "C.UTF-8", "TMPDIR": "/tmp", "QT_QPA_PLATFORM": "offscreen", "QGIS_DEBUG": "-1",
        "PYTHONDONTWRITEBYTECODE": "1",  # the clone is shared with the host's Python
        "PIP_CERT": TREE_CA_BUNDLE, "SSL_CERT_FILE": TREE_CA_BUNDLE, "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "CREATIVE_LAYERS_QGIS_TREE": tree.qgis,
    }  # fmt: skip


def run_in_tree(tree: Tree, argv: list[str], mount_clone: bool = True, run_dir: Path | None = None, output=None) -> int:
    """Run ``argv`` in the tree through chroot, in a private mount namespace: its mounts end with it. With a run
    folder, it is the tree's /tmp, and the clone's build/ and dist/ are folders of its own inside it (two trees run
    at once: each builds its zip, its sample and its shared server there)."""
    root = str(tree.path)
    mounts = [
        f"mount -t proc proc {root}/proc",
        f"mount --rbind /dev {root}/dev",  # with /dev/pts and /dev/shm
    ]
    if run_dir is not None:
        mounts.append(f"mount --bind {shlex.quote(str(run_dir))} {root}/tmp")
    cwd = "/"
    if mount_clone:
        # made inside the namespace, after /tmp is the run folder: a clone under /tmp (as CI may have it) is found
        mounts.append(f"mkdir -p {shlex.quote(root + str(ROOT))}")
        mounts.append(f"mount --bind {shlex.quote(str(ROOT))} {shlex.quote(root + str(ROOT))}")
        cwd = str(ROOT)
        for name in ("build", "dist") if run_dir is not None else ():
            (ROOT / name).mkdir(exist_ok=True)
            (run_dir / "clone" / name).mkdir(parents=True, exist_ok=True)
            mounts.append(
                f"mount --bind {shlex.quote(str(run_dir / 'clone' / name))} {shlex.quote(root + str(ROOT / name))}"
            )
        # a git worktree keeps its repository elsewhere: the tests read the tracked files (git ls-files), read-only
        for folder in git_folders_outside_the_clone():
            target = shlex.quote(root + str(folder))
            mounts += [f"mkdir -p {target}", f"mount --bind {shlex.quote(str(folder))} {target}",
                       f"mount -o remount,bind,ro {target}"]  # fmt: skip
    env = " ".join(shlex.quote(f"{key}={value}") for key, value in tree_environment(tree).items())
    command = shlex.quote(f"cd {shlex.quote(cwd)} && exec {shlex.join(argv)}")
    inner = " && ".join([*mounts, f"exec chroot {root} /usr/bin/env -i {env} sh -c {command}"])
    command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", inner]
    return subprocess.run(command, stdout=output, stderr=subprocess.STDOUT if output else None, check=False).returncode


def git_folders_outside_the_clone() -> list[Path]:
    result = subprocess.run(["git", "rev-parse", "--git-common-dir"], cwd=ROOT, capture_output=True, text=True,
                            check=False)  # fmt: skip
    if result.returncode != 0:
        return []
    common = (ROOT / result.stdout.strip()).resolve()
    return [] if common.is_relative_to(ROOT) else [common]


def run_suites(tree: Tree, pytest_args: list[str], log: Path | None = None) -> tuple[int, float]:
    """The suites in the tree (its output into ``log`` when given); the exit status and the seconds it took."""
    run_dir = Path(tempfile.mkdtemp(prefix=f"creative-layers-{tree.name}-"))
    run_dir.chmod(0o1777)  # the tree's /tmp: QGIS Server's account writes there too
    version = qgis_version(tree)
    where = f", its output in {log.relative_to(ROOT)}" if log else ""
    say(f"QGIS {version} (Debian {tree.name}): {' '.join(pytest_args or SUITES)}{where}")
    started = time.monotonic()
    try:
        command = ["python", "-m", "pytest", "-p", "no:cacheprovider", *(pytest_args or SUITES)]
        with open(log, "w") if log else contextlib.nullcontext() as output:
            status = run_in_tree(tree, command, run_dir=run_dir, output=output)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
    return status, time.monotonic() - started


def test(tree: Tree, pytest_args: list[str], log: Path | None = None) -> str | None:
    """Build the tree if needed, run the suites; None when they passed, else what failed and where."""
    build(tree)
    status, seconds = run_suites(tree, pytest_args, log)
    version = qgis_version(tree)
    say(f"QGIS {tree.qgis} ({version}): {'passed' if status == 0 else 'FAILED'} in {seconds:.0f} s")
    if status == 0:
        return None
    if log:  # pytest's summary, from its short test summary on
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        start = next((i for i, line in enumerate(lines) if "short test summary info" in line), max(0, len(lines) - 40))
        print("\n".join(f"[QGIS {tree.qgis}] {line}" for line in lines[start:]), flush=True)
    return f"QGIS {version} (Debian {tree.name} tree)"


def host_qgis() -> str:
    """This machine's QGIS, as major.minor (3.22 on Debian 12, 3.40 on Debian 13)."""
    from qgis.core import Qgis

    return f"{Qgis.QGIS_VERSION_INT // 10000}.{Qgis.QGIS_VERSION_INT // 100 % 100}"


def chosen(versions: list[str], host: str | None = None) -> list[Tree]:
    """The trees asked for; none asked: every tree but the one of this machine's own QGIS (its suite runs here)."""
    unknown = [v for v in versions if v not in TREES]
    if unknown:
        raise SystemExit(f"no tree for QGIS {', '.join(unknown)}: the trees are {', '.join(TREES)}")
    if versions:
        return [TREES[v] for v in versions]
    host = host or host_qgis()
    return [tree for version, tree in TREES.items() if version != host]


def legs(host: str) -> list[str]:
    """What runs where, a line each: this machine's QGIS, the trees, and 3.22 when this machine is not Debian 12."""
    lines = [f"QGIS {host}: this machine's own (the whole suite)"]
    lines += [f"QGIS {version}: the Debian tree {tree.name} (unit, qgis, e2e)" for version, tree in TREES.items()
              if version != host]  # fmt: skip
    if host != "3.22":
        lines.append("QGIS 3.22: skipped (this machine's Debian has no QGIS 3.22: a Debian 12 machine runs it)")
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pytest_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    argv = argv[: argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("build", "test", "run", "shell"))
    parser.add_argument("versions", nargs="*", help=f"QGIS versions among {', '.join(TREES)} (default: all)")
    parser.add_argument("--background", action="store_true", help="build: detached, output in build/qgis-trees.log")
    parser.add_argument("--serial", action="store_true", help="test: one tree after the other, output here")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("the QGIS trees need root (mmdebstrap, chroot, mounts)")
    trees = chosen(args.versions)
    if args.command == "build" and args.background:
        build_in_background([tree.qgis for tree in trees])
        return 0
    if args.command == "test" and not args.versions:
        print("\n".join(legs(host_qgis())))
    if args.command == "build":
        build(*trees)
        return 0
    if args.command in ("run", "shell"):
        build(trees[0])
        run_dir = Path(tempfile.mkdtemp(prefix=f"creative-layers-{trees[0].name}-"))
        run_dir.chmod(0o1777)
        try:
            return run_in_tree(trees[0], pytest_args if args.command == "run" else ["/bin/bash"], run_dir=run_dir)
        finally:
            shutil.rmtree(run_dir, ignore_errors=True)
    if len(trees) == 1 or args.serial:
        failed = [test(tree, pytest_args) for tree in trees]
    else:  # each tree in a thread: one core each, and the next tree is built while the first runs
        with concurrent.futures.ThreadPoolExecutor(len(trees)) as pool:
            logs = [ROOT / "build" / f"qgis-trees-{tree.qgis}.log" for tree in trees]
            failed = list(pool.map(test, trees, [pytest_args] * len(trees), logs))
    failed = [failure for failure in failed if failure]
    if failed:
        print(f"The tests failed on {', '.join(failed)}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
