"""Five editors, one server (pygeoapi on PostgreSQL/PostGIS): five working copies make random, overlapping edits and
publish in random order, each time with a conflict policy drawn at random (abort, keep_local, keep_remote). After
every publish, every edit of that copy either won visibly (the server holds it) or was reported as a conflict (the
decision was asked for). At the end every edit has had one fate or the other, and after a final pull the server
and the five working copies hold the same records. At least 20 rounds; the seed is printed, and
CREATIVE_LAYERS_SEED=<seed> replays a run."""

from __future__ import annotations

import os
import random

import pytest

from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync.plan import POLICIES
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError

from .invariants import add_copy, assert_server_equals_working_copy, delete, edit, no_duplicate, publishable_uids

EDITORS = 5
ROUNDS = 20
POOL = 8  # the records everyone edits: overlaps are the rule, not the exception
COLLECTION = "organisation"

pytestmark = pytest.mark.timeout(1500)


class Editor:
    def __init__(self, number: int, workspace) -> None:
        self.number = number
        self.workspace = workspace
        self.pending: dict[str, str] = {}  # uid -> the name this editor last gave it, not yet published
        self.deleted: set[str] = set()

    def names(self) -> dict[str, str]:
        return {f["uid"]: f["name"] for f in self.workspace.layer(COLLECTION).getFeatures()}


def test_five_editors_twenty_rounds(tmp_path, sample, pygeoapi, pygeoapi_authcfg):
    seed = int(os.environ.get("CREATIVE_LAYERS_SEED", random.randrange(1 << 30)))
    print(f"concurrent editors seed: {seed} (CREATIVE_LAYERS_SEED={seed} replays it)")
    rng = random.Random(seed)
    url = pygeoapi.features_url
    publish(sample.path, url, pygeoapi_authcfg)
    editors = [Editor(0, sample)]
    for number in range(1, EDITORS):
        workspace = create_workspace(tmp_path / f"editor{number}.gpkg", "hoi_an", sample=False)
        assert publish(workspace.path, url, pygeoapi_authcfg).numbers()["pull"] > 250  # the first pull
        editors.append(Editor(number, workspace))
    pool = sorted(no_duplicate(url, COLLECTION))[:POOL]
    fates = {"won": 0, "conflict": 0, "aborted": 0}
    edits = 0

    for round_number in range(1, ROUNDS + 1):
        for editor in editors:
            present = editor.names()
            for uid in rng.sample(pool, rng.randint(0, 3)):
                if uid in present:
                    name = f"r{round_number} e{editor.number} {rng.randrange(10**6)}"
                    edit(editor.workspace, COLLECTION, uid, name=name)
                    editor.pending[uid] = name
                    edits += 1
            if rng.random() < 0.15:
                source = rng.choice(sorted(present))
                uid = add_copy(editor.workspace, COLLECTION, source, name=f"new r{round_number} e{editor.number}")
                editor.pending[uid] = f"new r{round_number} e{editor.number}"
                edits += 1
            if rng.random() < 0.05:
                victim = rng.choice([uid for uid in present if uid not in pool] or [None])
                if victim is not None:
                    delete(editor.workspace, COLLECTION, victim)
                    editor.deleted.add(victim)
                    editor.pending.pop(victim, None)
                    edits += 1
        for editor in rng.sample(editors, len(editors)):
            policy = rng.choice(POLICIES)
            asked: list[str] = []

            def decide(change, policy=policy, asked=asked):
                asked.append(change.uid)
                return None if policy == "abort" else policy

            before = no_duplicate(url, COLLECTION)
            try:
                publish(editor.workspace.path, url, pygeoapi_authcfg, decide=decide)
            except UserError as error:
                assert policy == "abort" and asked, f"round {round_number}, editor {editor.number}: {error}"
                assert "changed both here and on the server" in str(error)
                assert no_duplicate(url, COLLECTION) == before  # nothing sent
                names = editor.names()
                assert all(names.get(uid) == name for uid, name in editor.pending.items())  # nothing lost here
                fates["aborted"] += 1
                continue
            after = no_duplicate(url, COLLECTION)
            for uid, name in editor.pending.items():
                if uid in asked:
                    fates["conflict"] += 1  # reported: the decision was asked for
                    if policy == "keep_local":
                        assert after[uid]["properties"]["name"] == name, (round_number, editor.number, uid)
                else:
                    assert uid in after and after[uid]["properties"]["name"] == name, (round_number, editor.number)
                    fates["won"] += 1
            for uid in editor.deleted:
                assert uid not in after or uid in asked, (round_number, editor.number, uid)
            editor.pending.clear()
            editor.deleted.clear()

    for editor in editors:  # the edits still waiting (their last publish was an abort) are decided: mine
        publish(editor.workspace.path, url, pygeoapi_authcfg, policy="keep_local")
        fates["won"] += len(editor.pending)
        editor.pending.clear()
    for editor in editors:  # the final pull
        result = publish(editor.workspace.path, url, pygeoapi_authcfg, policy="abort")
        assert result.numbers()["conflicts"] == 0
    server = {uid: feature["properties"]["name"] for uid, feature in no_duplicate(url, COLLECTION).items()}
    for editor in editors:
        assert_server_equals_working_copy(editor.workspace, url, [COLLECTION])
        names = editor.names()
        assert {uid: names[uid] for uid in publishable_uids(editor.workspace, COLLECTION)} == server
    print(f"{ROUNDS} rounds, {edits} edits: {fates}")
    assert fates["conflict"] > 0 and fates["won"] > 0  # the rounds did overlap, and edits did win
