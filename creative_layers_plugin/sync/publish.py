"""One publish, start to end, without widgets (a QgsTask in the panel, ``creativemap:publish`` headless):

1. read and validate the working copy (errors stop everything before a byte is sent) while, in a thread, the server
   is read (conformance, collections, every item of every collection the schema knows): ``planning.make_plan``;
2. plan (``plan.compare``: base / local / remote), look at the whole plan before believing it (``guards``: a server
   emptied, another dataset, an older state, mass changes need the user's decision, ``guard``), and resolve the
   conflicts (a policy, or the user's decisions);
3. unless it is a dry run: apply, with the journal (``state``), the writes concurrently over kept-alive
   connections, then what comes in from the server, every record it deletes or overwrites here kept in the history
   first (``history``); the base follows only what the server confirmed.

A publish cut short (cancelled, killed, the server gone) leaves the working copy and the server whole: the next
publish reads both again and finishes the work, creating nothing twice (a record is known by its uid).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core.schema import LAYERS, Layer
from ..core.workspace import Workspace
from ..core.workspace_open import open_workspace
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger
from . import guards
from .client import Server, ServerError
from .connection import open_server
from .history import History
from .photos import PHOTO_FIELD, Downloads, PhotoError, Uploads, forget_unused
from .plan import PULL, Change, Plan, Remote, resolve
from .planning import PublishCancelledError, check_workspace, finish_journal, make_plan, refuse_errors  # noqa: F401
from .records import SERVER_TOLERANCE, canonical, cleared_as_empty, same
from .remote_reader import read_remote  # noqa: F401 (its home was here)
from .report import write_report
from .state import Intent, SyncState
from .working_copy import write_pulled, write_revisions

WORKERS = 4
CONFIRM_BATCH = 100
Progress = Callable[[float], None]


@dataclass
class PublishResult:
    plan: Plan
    dry_run: bool
    done: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[Change, str]] = field(default_factory=list)
    report: Path | None = None
    resumed: int = 0  # writes of an interrupted publish found in the journal
    photos: dict = field(default_factory=lambda: {"sent": 0, "brought": 0, "not brought": [], "forgotten": 0})

    def numbers(self) -> dict[str, int]:
        """CREATED, UPDATED, DELETED, PULLED, CONFLICTS, SKIPPED as the algorithm returns them."""
        summary = self.plan.summary() if self.dry_run else self.done
        return {key: summary.get(key, 0) for key in ("create", "update", "delete", "pull", "conflicts", "skipped")}


def default_report(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.stem}_publish_report.csv")


def _open_server(url: str, authcfg: str, workspace: Workspace | None, cancelled) -> Server:
    """``open_server``; when the address or the credentials are refused, the records' errors are said first (as when
    the records were checked before anything else), if there are any."""
    try:
        return open_server(url, authcfg)
    except UserError:
        if workspace is not None:
            check_workspace(workspace, cancelled)
        raise


def prepare(
    workspace_path: Path | str,
    url: str,
    authcfg: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    server: Server | None = None,
) -> Plan:
    """Check the workspace, read both sides, compare: the plan with its conflicts still open (for the panel, which
    asks the user about each before ``publish(plan=...)``)."""
    progress = progress or (lambda _value: None)
    cancelled = cancelled or (lambda: False)
    workspace = open_workspace(workspace_path)
    own_server = server is None
    server = server or _open_server(url, authcfg, workspace, cancelled)
    try:
        with SyncState(workspace.path, url) as state:
            return make_plan(workspace, server, state, progress, cancelled)
    finally:
        if own_server:
            server.close()


def publish(
    workspace_path: Path | str,
    url: str,
    authcfg: str = "",
    dry_run: bool = False,
    policy: str = "abort",
    decide=None,
    report: Path | str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    server: Server | None = None,
    plan: Plan | None = None,
    guard: str = "stop",
) -> PublishResult:
    """Publish (or, with ``dry_run``, only plan): ``plan`` is a plan decided already (by the panel's user), else the
    plan is made here, what its guards found decided by ``guard`` (``stop``: UserError, nothing sent) and its
    conflicts resolved by ``decide`` or ``policy``."""
    progress = progress or (lambda _value: None)
    cancelled = cancelled or (lambda: False)
    workspace = open_workspace(workspace_path)
    progress(5)
    own_server = server is None
    server = server or _open_server(url, authcfg, workspace if plan is None else None, cancelled)
    try:
        with SyncState(workspace.path, url) as state:
            resumed = len(state.pending())
            if resumed:
                logger.info("Finishing a publish that was interrupted (%s writes were under way).", resumed)
            if plan is None:
                plan = make_plan(workspace, server, state, progress, cancelled)
            if not dry_run:  # a dry run reports the findings and the conflicts as they are
                plan = resolve(guards.decide(plan, guard), policy, decide)
            result = PublishResult(plan, dry_run, resumed=resumed)
            if not dry_run:
                apply(workspace, server, state, plan, result, progress, cancelled)
                if not result.failures:
                    state.clear_journal()
    finally:
        if own_server:
            server.close()
    result.report = write_report(result, Path(report) if report else default_report(workspace.path))
    progress(100)
    if result.failures:
        change, sentence = result.failures[0]
        raise UserError(tr("{count} records could not be published ({layer} {uid}: {sentence}); the others were. "
                           "The report lists them: {report}").format(count=len(result.failures), layer=change.layer,
                           uid=change.uid, sentence=sentence, report=result.report))  # fmt: skip
    return result


# applying
def _push(server: Server, change: Change, uploads: Uploads) -> tuple[str | None, dict | None, int | None]:
    """Send one change (its photo first); returns (remote id, the new base snapshot, the revision the server now
    holds)."""
    layer = change.layer
    if change.local is not None and change.local.body is not None and change.action not in ("delete", "withdraw"):
        try:
            uploads.ensure(change.local.body["properties"].get(PHOTO_FIELD))
        except PhotoError as error:  # the record is not written: it would point at a photo that did not arrive
            raise ServerError(tr("Its photo could not be sent ({reason}): correct the file or clear the photo, then "
                                 "publish again.").format(reason=error), status=422) from error  # fmt: skip
    if change.action == "create":  # created again (the server lost it): at the revision it had, not older
        revision = max(1, change.base.rev or 1) if change.base is not None else 1
        body = _with_rev(change.local.body, revision)
        return server.create(layer, body), change.local.canonical, revision
    current, etag = server.get(layer, change.remote_id)  # read again just before writing over or deleting it
    current_canonical = canonical(_layer(layer), current.get("properties") or {}, current.get("geometry"))
    if change.remote is not None and not same(current_canonical, change.remote.canonical, SERVER_TOLERANCE):
        raise ServerError(tr("Someone changed it on the server a moment ago: publish again to decide."), status=412)
    if change.action in ("delete", "withdraw"):
        try:
            server.delete(layer, change.remote_id, etag)
        except ServerError as error:
            _after_refused_delete(server, change, error)
        return change.remote_id, None, None
    revision = int((current.get("properties") or {}).get("rev") or 0) + 1
    body = _with_rev(change.local.body, revision)
    body["properties"] = cleared_as_empty(_layer(layer), body["properties"])
    body["id"] = _id_value(change.remote_id)  # some servers (pygeoapi) want it in the body of a PUT
    try:
        server.replace(layer, change.remote_id, body, etag)
    except ServerError as error:
        _after_refused_replace(server, change, current, current_canonical, revision, error)
    return change.remote_id, change.local.canonical, revision


def _unclear(error: ServerError) -> bool:
    """An answer that does not say whether the write was done: none at all, or a fault (some servers, pygeoapi,
    answer every refusal, an optimistic-lock one included, with a bare 500), also on an earlier attempt of it."""
    return error.maybe_done or error.status is None or error.status >= 500


def _after_refused_replace(server: Server, change: Change, before: dict, before_canonical, revision: int, error):
    """Read the record again to tell what happened: our write is there (only its answer was lost), someone else's
    write came first (a conflict, for this record alone), or the server failed (the error stands)."""
    if not _unclear(error):
        raise error
    try:
        after, _etag = server.get(change.layer, change.remote_id)
    except ServerError:
        raise error from None
    props = after.get("properties") or {}
    after_canonical = canonical(_layer(change.layer), props, after.get("geometry"))
    if int(props.get("rev") or 0) == revision and same(after_canonical, change.local.canonical, SERVER_TOLERANCE):
        return  # done: the answer was lost on the way
    if props.get("rev") != (before.get("properties") or {}).get("rev") or not same(
        after_canonical, before_canonical, SERVER_TOLERANCE
    ):
        raise ServerError(tr("Someone changed it on the server at the same moment, and the server kept their "
                             "change: publish again to decide."), error.details, status=409) from error  # fmt: skip
    error.maybe_done = False  # read again: the record is as it was, the write was not done
    raise error


def _after_refused_delete(server: Server, change: Change, error: ServerError) -> None:
    """A delete with an unclear answer: done if the record is gone (looked for by its uid)."""
    if not _unclear(error):
        raise error
    try:
        known, remote_id = server.find(change.layer, change.uid)
    except ServerError:
        raise error from None
    if not (known and remote_id is None):
        error.maybe_done = error.maybe_done and not known  # still there: not done; unknown: it may have been
        raise error


def _with_rev(body: dict, revision: int) -> dict:
    return {**body, "properties": {**body["properties"], "rev": revision}}


def _id_value(remote_id: str):
    return int(remote_id) if remote_id.isdigit() else remote_id


def _layer(name: str) -> Layer:
    return next(layer for layer in LAYERS if layer.name == name)


def apply(workspace, server, state: SyncState, plan: Plan, result: PublishResult, progress, cancelled) -> None:
    """Carry the plan out, with a row in the publish log and every record it deletes or overwrites here kept in the
    history first."""
    if plan.is_empty() and not plan.learnt:
        result.done = {key: 0 for key in ("create", "update", "delete", "pull", "conflicts")}
        result.done["skipped"] = plan.summary()["skipped"]
        return
    pushes = plan.pushes()
    if pushes:
        server.check_write(pushes[0].layer)  # refused credentials: said before anything is written anywhere
    with History(workspace.path) as history:
        run = history.begin(state.server)
        outcome = "failed"
        try:
            _apply(workspace, server, state, plan, result, progress, cancelled,
                   lambda layer, rows: history.keep(run, layer, rows))  # fmt: skip
            outcome = "done" if not result.failures else "failed"
        except PublishCancelledError:
            outcome = "cancelled"
            raise
        finally:
            history.finish(run, outcome, result.done)


def _apply(workspace, server, state: SyncState, plan: Plan, result: PublishResult, progress, cancelled, keep) -> None:
    done = {"create": 0, "update": 0, "delete": 0, "pull": 0, "conflicts": 0, "skipped": plan.summary()["skipped"]}
    result.done = done
    for layer_name, uid, entry in plan.learnt:  # what an interrupted publish did not get to record
        state.confirm(layer_name, uid, entry.remote_id if entry else None, entry.snapshot if entry else None,
                      entry.rev if entry else None)  # fmt: skip
    pushes = plan.pushes()
    uploads = Uploads(server, plan.photo_files)
    downloads = Downloads(server, workspace.path.parent, plan.photo_files)
    state.begin([Intent(change.layer, change.uid, change.action, change.local.canonical if change.local else None)
                 for change in pushes if change.action not in ("delete", "withdraw")]
                + [Intent(change.layer, change.uid, change.action) for change in pushes
                   if change.action in ("delete", "withdraw")])  # fmt: skip
    revisions: dict[str, dict[int, int]] = {}
    total = max(1, len(plan.changes))
    finished = 0
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        waiting = {}
        queue = list(pushes)
        answered: dict = {}  # writes done, not yet recorded: recorded together, every 100 or half a second
        flushed = time.monotonic()
        while queue or waiting or answered:
            while queue and len(waiting) < WORKERS * 2 and not cancelled():
                change = queue.pop(0)
                waiting[pool.submit(_push, server, change, uploads)] = change
            if waiting:
                ready, _ = wait(waiting, timeout=0.5, return_when=FIRST_COMPLETED)
                answered.update((future, waiting.pop(future)) for future in ready)
            if (
                len(answered) < CONFIRM_BATCH
                and time.monotonic() - flushed < 0.5
                and (waiting or (queue and not cancelled()))
            ):
                continue
            with state.batch():
                fatal = _collect(answered, state, revisions, done, result)
            finished += len(answered)
            answered, flushed = {}, time.monotonic()
            if fatal is not None:  # the server, not a record: what it confirmed is recorded, then stop
                error, change = fatal
                unknown = error.maybe_done or error.status is None  # a write that may have been done stays journalled
                refused = list(queue) if unknown else [change, *queue]
                queue.clear()
                with state.batch():
                    _drain(waiting, state, revisions, done)
                state.drop([Intent(item.layer, item.uid, item.action) for item in refused])
                raise error
            progress(40 + 50 * finished / total)
            if cancelled() and not waiting:
                break
        if queue or cancelled():
            raise PublishCancelledError(tr("The publish was cancelled: what the server confirmed is recorded, and "
                                           "the next publish finishes the rest."))  # fmt: skip
    for layer in LAYERS:  # a record merged field by field: the working copy takes the merge too
        merges = [change for change in plan.changes if change.layer == layer.name and change.action == "merge"
                  and (change.layer, change.uid) not in {(c.layer, c.uid) for c, _ in result.failures}]  # fmt: skip
        write_pulled(workspace, layer, [replace(change, action="pull_update", remote=Remote(
            change.remote_id, change.local.canonical, change.local.body)) for change in merges], keep,
            downloads)  # fmt: skip
    for name, by_fid in revisions.items():
        write_revisions(workspace, _layer(name), by_fid)
    for layer in LAYERS:
        pulls = [change for change in plan.changes if change.layer == layer.name and change.action in PULL]
        done["pull"] += write_pulled(workspace, layer, pulls, keep, downloads)
        with state.batch():
            for change in pulls:
                remote = change.remote
                state.confirm(change.layer, change.uid, change.remote_id, remote.canonical if remote else None,
                              remote.rev if remote else None)  # fmt: skip
    with state.batch():
        for change in plan.changes:
            if change.action in ("adopt", "forget"):
                snapshot = None if change.action == "forget" else (change.local or change.remote).canonical
                rev = change.remote.rev if change.remote is not None else None
                state.confirm(change.layer, change.uid, change.remote_id, snapshot, rev)
    failed = {(change.layer, change.uid) for change, _sentence in result.failures}
    written = [change for change in pushes if (change.layer, change.uid) not in failed]
    result.photos = {"sent": uploads.sent, "brought": downloads.fetched, "not brought": downloads.failed,
                     "forgotten": forget_unused(server, plan.media_in_use, written)}  # fmt: skip


def _collect(answered: dict, state, revisions, done, result):
    """Record the answers of the writes that are done; returns (error, change) when the server itself failed."""
    fatal = None
    for future, change in answered.items():
        try:
            remote_id, snapshot, revision = future.result()
        except ServerError as error:
            if _stops_everything(error, change):
                fatal = fatal or (error, change)
                continue
            result.failures.append((change, error.sentence))
            logger.warning("%s %s not published: %s %s", change.layer, change.uid, error.sentence, error.details)
            continue
        _confirmed(state, change, remote_id, snapshot, revision, revisions, done)
    return fatal


def _stops_everything(error: ServerError, change: Change) -> bool:
    """A failure of the server (no answer, refused credentials, a fault) rather than of one record."""
    status = error.status
    if status is None or status < 400 or status in (401, 403, 429) or status >= 500:  # (< 400: not JSON)
        return True
    return status == 404 and change.action == "create"


def _confirmed(state, change, remote_id, snapshot, revision, revisions, done) -> None:
    state.confirm(change.layer, change.uid, remote_id, snapshot, revision)
    if revision is not None and change.local is not None:
        revisions.setdefault(change.layer, {})[change.local.fid] = revision
    done[{"withdraw": "delete", "merge": "update"}.get(change.action, change.action)] += 1


def _drain(waiting: dict, state, revisions, done) -> None:
    """Record what the server confirmed among the writes still under way, before stopping."""
    for future, change in list(waiting.items()):
        try:
            _confirmed(state, change, *future.result(), revisions, done)
        except ServerError:
            pass
    waiting.clear()
