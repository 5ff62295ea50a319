"""Planning a publish: the working copy read and checked, the server read (in a thread, meanwhile), both compared
with the base of the last synchronisation (``plan.compare``), what an interrupted publish left in the journal
taken into account. Nothing is written anywhere."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..core.rules import language
from ..core.schema import LAYERS
from ..core.validation import cross_record_problems, validate_workspace
from ..core.workspace import Workspace
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from ..toolbelt.task import TaskCancelledError
from . import guards
from .client import Server, ServerError
from .photos import PHOTO_FIELD, LocalPhotos, media_name
from .plan import Plan, Remote, compare
from .records import SERVER_TOLERANCE, same
from .remote_reader import ReadCancelledError, RemoteReader
from .state import BaseEntry, Intent, SyncState
from .working_copy import read_layer

Progress = Callable[[float], None]


class PublishCancelledError(UserError):
    pass


def check_workspace(workspace: Workspace, cancelled) -> None:
    try:
        problems = validate_workspace(workspace, cancelled=cancelled)
    except TaskCancelledError as error:
        raise PublishCancelledError(tr("The publish was cancelled before anything was sent.")) from error
    refuse_errors(problems)


def refuse_errors(problems: list) -> None:
    """UserError when the problems found include errors: nothing may be sent."""
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        first = errors[0]
        raise UserError(tr("{count} records must be corrected before publishing (the first: {layer} {uid}, {field}: "
                           "{message}); nothing was sent. “Check the records” lists them all.").format(
            count=len(errors), layer=first.layer, uid=first.uid or "", field=first.field or "-",
            message=first.message))  # fmt: skip


def finish_journal(base: dict, remote: dict[str, Remote], pending: dict[str, list[Intent]]) -> tuple[dict, dict]:
    """The base as it would be had interrupted publishes heard the server's answers: a write found on the server
    (or a delete found done) was ours, so it is no change of theirs, and no conflict with what was edited since.
    A record may have several intents (publishes cut short one after the other): any of them may be the one that
    landed. A create that did not land (the record is not on the server) stays what was decided: the record is
    compared as one the server never had, and created, not taken for deleted there (a "send the working copy's records
    again" cut short goes on). Returns the base and what it learnt (uid -> BaseEntry, or None for a record gone), to
    be recorded."""
    base, learnt = dict(base), {}
    for uid, intents in pending.items():
        theirs = remote.get(uid)
        if theirs is None and intents[-1].action == "create":
            base.pop(uid, None)  # compared only: the stored base changes when the server confirms the create
            continue
        for intent in reversed(intents):
            if intent.snapshot is None and theirs is None:
                base.pop(uid, None)
                learnt[uid] = None
                break
            if intent.snapshot is not None and theirs is not None and same(theirs.canonical, intent.snapshot,
                                                                           SERVER_TOLERANCE):  # fmt: skip
                base[uid] = learnt[uid] = BaseEntry(theirs.remote_id, intent.snapshot, rev=theirs.rev)
                break
    return base, learnt


def make_plan(workspace: Workspace, server: Server, state: SyncState, progress: Progress, cancelled,
              validate: bool = True) -> Plan:  # fmt: skip
    """Read both sides and compare. The server is read in a thread while the working copy is read (and, with
    ``validate``, checked: its errors stop everything before the server's own errors are said). A layer is compared
    as soon as both sides of it are read, and let go (what is in memory at once stays small). A layer the server does
    not serve is left out (``plan.absent``); the guards look at the whole plan at the end (``plan.findings``)."""
    reader = RemoteReader(server, LAYERS).start()
    try:
        bases = {layer.name: state.base(layer.name) for layer in LAYERS}
        pending: dict[str, dict[str, list[Intent]]] = {}
        for intent in state.pending():
            pending.setdefault(intent.layer, {}).setdefault(intent.uid, []).append(intent)
        lang = language() if validate else None
        locals_, problems, records, compared = {}, [], {}, {}
        photos, photo_problems = LocalPhotos(workspace.path.parent), []
        for step, layer in enumerate(LAYERS):
            try:
                read = read_layer(workspace, layer, bases[layer.name], lang, cancelled, photos)
            except ReadCancelledError as error:
                raise PublishCancelledError(tr("The publish was cancelled before anything was sent.")) from error
            locals_[layer.name], records[layer.name] = read.records, read.checked
            problems += read.problems
            photo_problems += read.photo_problems
            for name in [name for name in locals_ if reader.ready(name)]:
                compared[name] = _compare(name, locals_.pop(name), reader.layer(name), bases.pop(name), pending)
            progress(5 + 30 * (step + 1) / len(LAYERS))
        if validate:
            refuse_errors(problems + cross_record_problems(LAYERS, records, lang, warnings=False))
        del records, problems
        plan, counted = Plan(photo_problems=photo_problems, photo_files=photos.files), {}
        for step, layer in enumerate(LAYERS):
            if layer.name not in compared:
                local = locals_.pop(layer.name)
                remote = _remote(server, reader, layer.name, cancelled)
                if remote is None:
                    plan.absent.append(layer.name)  # not on this server: kept in the working copy, base untouched
                    compared.pop(layer.name, None)
                    continue
                compared[layer.name] = _compare(layer.name, local, remote, bases.pop(layer.name), pending)
            changes, learnt, counted[layer.name], used = compared.pop(layer.name)
            for name, count in used.items():
                plan.media_in_use[name] = plan.media_in_use.get(name, 0) + count
            plan.learnt += learnt
            plan.changes += changes
            progress(35 + 5 * (step + 1) / len(LAYERS))
        if not counted:
            raise ServerError(tr("The server {url} serves none of the creative map's layers: check the address (the "
                                 "landing page of the map's OGC API - Features); nothing was sent.").format(
                url=server.url), status=404)  # fmt: skip
        plan.findings = guards.find(plan, server.url, counted)
        return plan
    finally:
        reader.stop()


def _remote(server: Server, reader: RemoteReader, name: str, cancelled) -> dict[str, Remote] | None:
    """The server's records of the layer ``name``; None when the server does not serve it."""
    try:
        if name in reader.info(cancelled).collections:
            return reader.layer(name, cancelled)
    except ReadCancelledError as error:
        raise PublishCancelledError(tr("The publish was cancelled before anything was sent.")) from error
    return None


def _compare(name: str, local: dict, remote: dict[str, Remote], base: dict, pending: dict) -> tuple:
    counted = guards.count(local, remote, base)
    used = Counter(media_name(photo) for record in remote.values()
                   if (photo := (record.feature.get("properties") or {}).get(PHOTO_FIELD)))  # fmt: skip
    used.pop(None, None)
    base, learnt = finish_journal(base, remote, pending.get(name, {}))
    return compare(name, local, remote, base), [(name, uid, entry) for uid, entry in learnt.items()], counted, used
