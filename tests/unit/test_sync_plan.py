"""The three-way comparison of a publish, case by case, and the canonical form that makes two records comparable."""

import unicodedata

import pytest

from creative_layers_plugin.core.schema import layer
from creative_layers_plugin.sync.plan import Change, Local, Plan, Remote, compare, decided, resolve
from creative_layers_plugin.sync.records import canonical, changed_fields, properties, same
from creative_layers_plugin.sync.state import BaseEntry
from creative_layers_plugin.toolbelt.errors import UserError

ORG = layer("organisation")
POINT = {"type": "Point", "coordinates": [108.3261, 15.8771]}


def record(name="Xưởng gốm Thanh Hà", lon=108.3261, **extra):
    props = {"uid": "u1", "name": name, "actor_type": "artisan", "city": "hoi_an", "rev": 1, **extra}
    return canonical(ORG, props, {"type": "Point", "coordinates": [lon, 15.8771]})


def local(content, fid=1):
    return Local(fid, content, {"type": "Feature", "properties": {}, "geometry": None} if content else None)


def remote(content, remote_id="7"):
    return Remote(remote_id, content, {"id": remote_id, "properties": {}})


def base(content, remote_id="7"):
    return BaseEntry(remote_id, content)


def action(mine=None, theirs=None, before=None):
    changes = compare("organisation", {"u1": mine} if mine else {}, {"u1": theirs} if theirs else {},
                      {"u1": before} if before else {})  # fmt: skip
    return changes[0].action if changes else None


A, B, C = record(), record(name="Xưởng gốm Thanh Hà (mới)"), record(lon=108.3262)


@pytest.mark.parametrize(
    ("mine", "theirs", "before", "expected"),
    [
        (local(A), None, None, "create"),
        (local(B), remote(A), base(A), "update"),
        (None, remote(A), base(A), "delete"),
        (local(A), remote(B), base(A), "pull_update"),
        (None, remote(A), None, "pull_create"),
        (local(A), None, base(A), "pull_delete"),
        (local(B), remote(C), base(A), "conflict"),  # both changed, differently
        (local(B), remote(B), base(A), "adopt"),  # both changed the same way: no conflict
        (None, None, base(A), "forget"),  # deleted on both sides
        (None, remote(B), base(A), "conflict"),  # deleted here, edited there
        (local(B), None, base(A), "conflict"),  # edited here, deleted there
        (local(B), remote(C), None, "conflict"),  # created on both sides, differently
        (local(A), remote(A), None, "adopt"),  # a create that reached the server before a crash: never twice
        (local(A), remote(A), base(A), None),  # nothing to do
        (local(A), remote(A, remote_id="9"), base(A, remote_id="7"), "adopt"),  # same record, new id on the server
        (Local(1, None, None), None, None, "skip"),  # privacy: kept back
        (Local(1, None, None), remote(A), base(A), "withdraw"),  # privacy: published before, taken back
    ],
)
def test_three_way_comparison(mine, theirs, before, expected):
    assert action(mine, theirs, before) == expected


def test_bookkeeping_is_not_content_and_text_is_compared_nfc():
    nfd = unicodedata.normalize("NFD", "Xưởng gốm Thanh Hà")
    assert same(record(rev=4, updated_at="2026-12-01T10:00:00Z"), record(name=nfd, rev=9, updated_by="lan"))
    assert properties(ORG, {"name": nfd})["name"] == unicodedata.normalize("NFC", nfd)


def test_a_server_writing_values_its_own_way_is_still_the_same_record():
    ours = canonical(ORG, {"uid": "u1", "name": "A", "founded_year": 2006, "email": ""}, POINT)
    theirs = canonical(ORG, {"uid": "u1", "name": "A", "founded_year": "2006", "email": None, "extra": 1},
                       {"type": "MultiPoint", "coordinates": [[108.326100000004, 15.8771]]})  # fmt: skip
    assert same(ours, theirs)
    moved = canonical(ORG, {"uid": "u1", "name": "A", "founded_year": 2006}, {"type": "Point",
                      "coordinates": [108.3261001, 15.8771]})  # fmt: skip
    assert not same(ours, moved) and changed_fields(ours, moved) == ["geometry"]


def test_fields_that_never_leave_the_workspace_are_not_sent():
    annotation = layer("annotation_point")
    sent = properties(annotation, {"uid": "u", "text": "x", "reviewer_comment": "internal"})
    assert "reviewer_comment" not in sent and sent["text"] == "x"


def conflict_plan():
    return Plan([Change("organisation", "u1", "conflict", local(B), remote(C), base(A)),
                 Change("organisation", "u2", "create", local(A))])  # fmt: skip


def test_abort_refuses_with_a_sentence_and_sends_nothing():
    with pytest.raises(UserError, match="changed both here and on the server"):
        resolve(conflict_plan(), "abort")


@pytest.mark.parametrize(("policy", "expected"), [("keep_local", "update"), ("keep_remote", "pull_update")])
def test_policies_decide_every_conflict(policy, expected):
    plan = resolve(conflict_plan(), policy)
    assert [change.action for change in plan.changes] == [expected, "create"]


def test_a_delete_against_an_edit_is_decided_both_ways():
    deleted_here = Change("organisation", "u1", "conflict", None, remote(C), base(A))
    assert decided(deleted_here, "keep_local").action == "delete"
    assert decided(deleted_here, "keep_remote").action == "pull_create"


def test_the_dry_run_sentence_counts_what_a_user_is_told():
    plan = Plan([Change("o", str(i), a) for i, a in enumerate(
        ["create"] * 12 + ["update"] * 3 + ["delete"] + ["pull_update", "pull_create", "conflict"] + ["skip"] * 4
        + ["withdraw"])])  # fmt: skip
    assert plan.sentence() == (
        "to create 12, to update 3, to delete 2, to pull 2, conflicts 1, not published for privacy 5"
    )


def test_an_unknown_policy_is_one_sentence():
    with pytest.raises(UserError, match="is not a conflict policy"):
        resolve(Plan(), "merge_somehow")
