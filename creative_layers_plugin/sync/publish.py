"""One publish, start to end, without widgets (a QgsTask in the panel, ``creativemap:publish`` headless):

1. validate the working copy (errors stop everything before a byte is sent);
2. read the server (conformance, collections, every item of every collection the schema knows);
3. plan (``plan.compare``: base / local / remote) and resolve the conflicts (a policy, or the user's decisions);
4. unless it is a dry run: apply, with the journal (``state``), the writes concurrently over kept-alive
   connections, then what comes in from the server; the base follows only what the server confirmed.

A publish cut short (cancelled, killed, the server gone) leaves the working copy and the server whole: the next
publish reads both again and finishes the work, creating nothing twice (a record is known by its uid).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core.schema import LAYERS, Layer
from ..core.validation import validate_workspace
from ..core.workspace import Workspace
from ..core.workspace_open import open_workspace
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger
from ..toolbelt.task import TaskCancelledError
from .client import Server, ServerError
from .connection import open_server
from .plan import PULL, Change, Plan, Remote, compare, resolve
from .records import SERVER_TOLERANCE, canonical, cleared_as_empty, same
from .state import BaseEntry, Intent, SyncState
from .working_copy import read_local, write_pulled, write_revisions

WORKERS = 4
CONFIRM_BATCH = 100
Progress = Callable[[float], None]


class PublishCancelledError(UserError):
    pass


@dataclass
class PublishResult:
    plan: Plan
    dry_run: bool
    done: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[Change, str]] = field(default_factory=list)
    report: Path | None = None
    resumed: int = 0  # writes of an interrupted publish found in the journal

    def numbers(self) -> dict[str, int]:
        """CREATED, UPDATED, DELETED, PULLED, CONFLICTS, SKIPPED as the algorithm returns them."""
        summary = self.plan.summary() if self.dry_run else self.done
        return {key: summary.get(key, 0) for key in ("create", "update", "delete", "pull", "conflicts", "skipped")}


def default_report(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.stem}_publish_report.csv")


def check_workspace(workspace: Workspace, cancelled) -> None:
    try:
        problems = validate_workspace(workspace, cancelled=cancelled)
    except TaskCancelledError as error:
        raise PublishCancelledError(tr("The publish was cancelled before anything was sent.")) from error
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        first = errors[0]
        raise UserError(tr("{count} records must be corrected before publishing (the first: {layer} {uid}, {field}: "
                           "{message}); nothing was sent. “Check the records” lists them all.").format(
            count=len(errors), layer=first.layer, uid=first.uid or "", field=first.field or "-",
            message=first.message))  # fmt: skip


def read_remote(server: Server, layer: Layer) -> dict[str, Remote]:
    remote = {}
    for feature in server.items(layer.name):
        props = feature.get("properties") or {}
        uid = props.get("uid")
        if uid and feature.get("id") is not None:
            remote[uid] = Remote(str(feature["id"]), canonical(layer, props, feature.get("geometry")), feature)
    return remote


def finish_journal(base: dict, remote: dict[str, Remote], pending: dict[str, list[Intent]]) -> tuple[dict, dict]:
    """The base as it would be had interrupted publishes heard the server's answers: a write found on the server
    (or a delete found done) was ours, so it is no change of theirs, and no conflict with what was edited since.
    A record may have several intents (publishes cut short one after the other): any of them may be the one that
    landed. Returns the base and what it learnt (uid -> BaseEntry, or None for a record gone), to be recorded."""
    base, learnt = dict(base), {}
    for uid, intents in pending.items():
        theirs = remote.get(uid)
        for intent in reversed(intents):
            if intent.snapshot is None and theirs is None:
                base.pop(uid, None)
                learnt[uid] = None
                break
            if intent.snapshot is not None and theirs is not None and same(theirs.canonical, intent.snapshot,
                                                                           SERVER_TOLERANCE):  # fmt: skip
                base[uid] = learnt[uid] = BaseEntry(theirs.remote_id, intent.snapshot)
                break
    return base, learnt


def make_plan(workspace: Workspace, server: Server, state: SyncState, progress: Progress, cancelled) -> Plan:
    info = server.probe()
    pending: dict[str, dict[str, list[Intent]]] = {}
    for intent in state.pending():
        pending.setdefault(intent.layer, {}).setdefault(intent.uid, []).append(intent)
    plan = Plan()
    for step, layer in enumerate(LAYERS):
        if cancelled():
            raise PublishCancelledError(tr("The publish was cancelled before anything was sent."))
        local = read_local(workspace, layer)
        if layer.name in info.collections:
            remote = read_remote(server, layer)
        else:
            remote = {}
            if any(record.canonical is not None for record in local.values()):
                raise ServerError(tr("The server {url} has no collection {layer}: ask its administrator to publish "
                                     "it (or check the address); nothing was sent.").format(
                    url=server.url, layer=layer.name), status=404)  # fmt: skip
        base, learnt = finish_journal(state.base(layer.name), remote, pending.get(layer.name, {}))
        plan.learnt += [(layer.name, uid, entry) for uid, entry in learnt.items()]
        plan.changes += compare(layer.name, local, remote, base)
        progress(5 + 35 * (step + 1) / len(LAYERS))
    return plan


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
    check_workspace(workspace, cancelled)
    own_server = server is None
    server = server or open_server(url, authcfg)
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
) -> PublishResult:
    """Publish (or, with ``dry_run``, only plan): ``plan`` is a plan decided already (by the panel's user), else the
    plan is made here and its conflicts resolved by ``decide`` or ``policy``."""
    progress = progress or (lambda _value: None)
    cancelled = cancelled or (lambda: False)
    workspace = open_workspace(workspace_path)
    if plan is None:
        check_workspace(workspace, cancelled)
    progress(5)
    own_server = server is None
    server = server or open_server(url, authcfg)
    try:
        with SyncState(workspace.path, url) as state:
            resumed = len(state.pending())
            if resumed:
                logger.info("Finishing a publish that was interrupted (%s writes were under way).", resumed)
            if plan is None:
                plan = make_plan(workspace, server, state, progress, cancelled)
            if not dry_run:  # a dry run reports the conflicts as they are
                plan = resolve(plan, policy, decide)
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
def _push(server: Server, change: Change) -> tuple[str | None, dict | None, int | None]:
    """Send one change; returns (remote id, the new base snapshot, the revision the server now holds)."""
    layer = change.layer
    if change.action == "create":
        body = _with_rev(change.local.body, 1)
        return server.create(layer, body), change.local.canonical, 1
    current, etag = server.get(layer, change.remote_id)  # read again just before writing over or deleting it
    current_canonical = canonical(_layer(layer), current.get("properties") or {}, current.get("geometry"))
    if change.remote is not None and not same(current_canonical, change.remote.canonical, SERVER_TOLERANCE):
        raise ServerError(tr("Someone changed it on the server a moment ago: publish again to decide."), status=412)
    if change.action in ("delete", "withdraw"):
        server.delete(layer, change.remote_id, etag)
        return change.remote_id, None, None
    revision = int((current.get("properties") or {}).get("rev") or 0) + 1
    body = _with_rev(change.local.body, revision)
    body["properties"] = cleared_as_empty(_layer(layer), body["properties"])
    body["id"] = _id_value(change.remote_id)  # some servers (pygeoapi) want it in the body of a PUT
    server.replace(layer, change.remote_id, body, etag)
    return change.remote_id, change.local.canonical, revision


def _with_rev(body: dict, revision: int) -> dict:
    return {**body, "properties": {**body["properties"], "rev": revision}}


def _id_value(remote_id: str):
    return int(remote_id) if remote_id.isdigit() else remote_id


def _layer(name: str) -> Layer:
    return next(layer for layer in LAYERS if layer.name == name)


def apply(workspace, server, state: SyncState, plan: Plan, result: PublishResult, progress, cancelled) -> None:
    done = {"create": 0, "update": 0, "delete": 0, "pull": 0, "conflicts": 0, "skipped": plan.summary()["skipped"]}
    for layer_name, uid, entry in plan.learnt:  # what an interrupted publish did not get to record
        state.confirm(layer_name, uid, entry.remote_id if entry else None, entry.snapshot if entry else None)
    pushes = plan.pushes()
    if pushes:
        server.check_write(pushes[0].layer)  # refused credentials: said before anything is written anywhere
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
                waiting[pool.submit(_push, server, change)] = change
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
                refused = [change, *queue] if error.status is not None else list(queue)
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
            change.remote_id, change.local.canonical, change.local.body)) for change in merges])  # fmt: skip
    for name, by_fid in revisions.items():
        write_revisions(workspace, _layer(name), by_fid)
    for layer in LAYERS:
        pulls = [change for change in plan.changes if change.layer == layer.name and change.action in PULL]
        done["pull"] += write_pulled(workspace, layer, pulls)
        for change in pulls:
            snapshot = change.remote.canonical if change.remote is not None else None
            state.confirm(change.layer, change.uid, change.remote_id, snapshot)
    for change in plan.changes:
        if change.action in ("adopt", "forget"):
            snapshot = None if change.action == "forget" else (change.local or change.remote).canonical
            state.confirm(change.layer, change.uid, change.remote_id, snapshot)
    result.done = done


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
    return status is None or status in (401, 403) or status >= 500 or (status == 404 and change.action == "create")


def _confirmed(state, change, remote_id, snapshot, revision, revisions, done) -> None:
    state.confirm(change.layer, change.uid, remote_id, snapshot)
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


def write_report(result: PublishResult, path: Path) -> Path:
    failed = {(change.layer, change.uid): sentence for change, sentence in result.failures}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["layer", "uid", "action", "result"])
        for change in result.plan.changes:
            outcome = failed.get((change.layer, change.uid)) or (tr("planned") if result.dry_run else tr("done"))
            writer.writerow([change.layer, change.uid, change.action, outcome])
    return path
