"""Publishing over a bad network: a real proxy on 127.0.0.1 (QGIS's proxy settings point to it) that, at random
moments, drops connections, answers late, answers 502/503/429 itself, loses the answer of a write that was done, or
cuts a body short. At least 30 randomized publishes: each completes (the plugin retries, bounded, with backoff) or
stops with a sentence and is published again; never a record twice, never one lost, never a base that holds what
the server did not confirm. The seed is printed; CREATIVE_LAYERS_SEED=<seed> replays a run."""

from __future__ import annotations

import os
import random

import pytest

from creative_layers_plugin.core.schema import LAYERS
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError

from .faulty_proxy import Faults, FaultyProxy
from .invariants import add_copy, assert_base_confirmed, assert_server_equals_working_copy, delete, edit

PUBLISHES = 30
ATTEMPTS = 6  # a publish stopped by the network is published again, as a user would, at most this many times
EDITED = ("organisation", "space")


def random_edits(rng: random.Random, workspace, round_number: int) -> None:
    for collection in EDITED:
        uids = sorted(f["uid"] for f in workspace.layer(collection).getFeatures())
        for uid in rng.sample(uids, min(len(uids), rng.randint(1, 3))):
            edit(workspace, collection, uid, name=f"{collection} {round_number}-{rng.randrange(1000)} (sửa)")
        if rng.random() < 0.6:
            add_copy(workspace, collection, rng.choice(uids), name=f"Mới {round_number} {collection}")
        if rng.random() < 0.3 and len(uids) > 5:
            delete(workspace, collection, rng.choice(uids))


@pytest.fixture(params=["qgis_server", "pygeoapi"])
def target(request):
    """(features url, authcfg) of either real server."""
    if request.param == "qgis_server":
        return request.getfixturevalue("server").features_url, request.getfixturevalue("authcfg")
    return request.getfixturevalue("pygeoapi").features_url, request.getfixturevalue("pygeoapi_authcfg")


def test_thirty_publishes_over_a_faulty_network(sample, target, qgis_proxy):
    seed = int(os.environ.get("CREATIVE_LAYERS_SEED", random.randrange(1 << 30)))
    print(f"faulty network seed: {seed} (CREATIVE_LAYERS_SEED={seed} replays it)")
    rng = random.Random(seed)
    url, authcfg = target
    names = [layer.name for layer in LAYERS]
    faults = Faults(seed, rate=0.0)
    stopped, completed_first_time = [], 0
    with FaultyProxy(faults) as proxy:
        qgis_proxy(proxy.url)
        publish(sample.path, url, authcfg)  # the sample goes out over a good network first
        faults.rate = 0.12
        for round_number in range(1, PUBLISHES + 1):
            random_edits(rng, sample, round_number)
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    result = publish(sample.path, url, authcfg, policy="keep_local")
                except UserError as error:
                    sentence = str(error)
                    assert "Traceback" not in sentence and sentence.rstrip().endswith((".", ")")), sentence
                    stopped.append(sentence)
                    assert_base_confirmed(sample, url, EDITED)  # nothing half-applied, even when stopped
                    continue
                assert result.failures == []
                completed_first_time += attempt == 1
                break
            else:
                pytest.fail(f"round {round_number}: still not published after {ATTEMPTS} attempts (seed {seed})")
            assert_base_confirmed(sample, url, EDITED)
        faults.rate = 0.0
        assert_server_equals_working_copy(sample, url, names)
        again = publish(sample.path, url, authcfg, dry_run=True).plan
        assert again.is_empty(), [(change.layer, change.action) for change in again.changes if change.action != "skip"]
    met = sum(count for (method, fault), count in faults.seen.items() if fault)
    writes_met = sum(count for (method, fault), count in faults.seen.items() if fault and method != "GET")
    print(f"{PUBLISHES} publishes: {completed_first_time} done at the first attempt, {len(stopped)} stopped with a "
          f"sentence and published again; {met} faults met ({writes_met} on writes)")  # fmt: skip
    assert writes_met >= 10, "the network was too kind to prove anything"  # the writes did meet faults


def test_a_write_done_whose_retries_are_turned_away_is_neither_forgotten_nor_sent_twice(sample, target, qgis_proxy):
    """The answer of a replace is lost although the server did it (a 502 in its place), and the retries of the same
    PUT are all turned away (429); seed 869026269 of the test above found that the write was then taken for one never
    done. The record is read again: there, the publish completes; when that read is turned away too, the publish
    stops with a sentence and the write stays in the journal, settled by the next publish."""
    url, authcfg = target
    names = [layer.name for layer in LAYERS]
    publish(sample.path, url, authcfg)
    uid = sorted(f["uid"] for f in sample.layer("organisation").getFeatures())[0]
    faults = Faults(seed=0)

    def reads_turned_away_too(method: str, _path: str) -> None:
        if method == "PUT":
            faults.script["GET"] = ["429"] * 20

    with FaultyProxy(faults) as proxy:
        qgis_proxy(proxy.url)
        edit(sample, "organisation", uid, name="Xưởng gốm (sửa lần một)")
        faults.script["PUT"] = ["502_after"] + ["429"] * 10
        result = publish(sample.path, url, authcfg)
        assert result.numbers()["update"] == 1 and faults.seen[("PUT", "502_after")] == 1
        assert_base_confirmed(sample, url, ["organisation"])
        assert_server_equals_working_copy(sample, url, names)

        edit(sample, "organisation", uid, name="Xưởng gốm (sửa lần hai)")
        faults.script["PUT"] = ["502_after"] + ["429"] * 10
        faults.before_forward = reads_turned_away_too
        with pytest.raises(UserError, match="busy"):
            publish(sample.path, url, authcfg)
        assert faults.seen[("PUT", "502_after")] == 2
        faults.script.clear()
        faults.before_forward = None
        assert_base_confirmed(sample, url, ["organisation"])
        publish(sample.path, url, authcfg)
        assert_base_confirmed(sample, url, ["organisation"])
        assert_server_equals_working_copy(sample, url, names)
