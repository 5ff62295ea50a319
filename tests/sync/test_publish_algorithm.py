"""creativemap:publish, the headless contract: through Processing (with a QGIS authentication configuration) and
through qgis_process; outputs CREATED, UPDATED, DELETED, PULLED, CONFLICTS, SKIPPED, REPORT; a failure is the
algorithm failing with the sentence."""

import json
import os
import subprocess

import pytest
from qgis.core import QgsProcessingException

from .test_publish import by_uid, edit, items


def run(parameters):
    import processing

    return processing.run("creativemap:publish", parameters)


def test_dry_run_then_publish_through_processing(sample, server, authcfg, creativemap_provider, tmp_path):
    parameters = {"WORKSPACE": str(sample.path), "SERVER_URL": server.features_url, "AUTHCFG": authcfg,
                  "DRY_RUN": True, "REPORT": str(tmp_path / "plan.csv")}  # fmt: skip
    planned = run(parameters)
    assert planned["CREATED"] > 250 and planned["CONFLICTS"] == 0 and planned["SKIPPED"] > 0
    assert items(server, "space") == [] and (tmp_path / "plan.csv").read_text(encoding="utf-8").count("create") > 250

    done = run({**parameters, "DRY_RUN": False, "REPORT": str(tmp_path / "done.csv")})
    assert done["CREATED"] == planned["CREATED"] and done["SKIPPED"] == planned["SKIPPED"]
    assert done["REPORT"] == str(tmp_path / "done.csv")
    assert set(by_uid(server, "space")) == {f["uid"] for f in sample.layer("space").getFeatures()}
    assert run({**parameters, "DRY_RUN": False})["CREATED"] == 0  # nothing twice


@pytest.mark.parametrize("policy", [1, "keep_remote"])  # by number (saved models) or by name (the contract)
def test_the_conflict_policy_decides(sample, server, authcfg, creativemap_provider, tmp_path, policy):
    from creative_layers_plugin.core.workspace import create_workspace

    parameters = {"WORKSPACE": str(sample.path), "SERVER_URL": server.features_url, "AUTHCFG": authcfg}
    run(parameters)
    other = create_workspace(tmp_path / "other.gpkg", "hoi_an", sample=False)
    run({**parameters, "WORKSPACE": str(other.path)})
    uid = sorted(f["uid"] for f in sample.layer("event").getFeatures())[0]
    edit(sample, "event", uid, name="Sự kiện A")
    edit(other, "event", uid, name="Sự kiện B")
    run({**parameters, "WORKSPACE": str(other.path)})
    with pytest.raises(QgsProcessingException, match="changed both here and on the server"):
        run(parameters)  # abort, the default
    result = run({**parameters, "CONFLICT_POLICY": policy})
    expected = "Sự kiện A" if policy == 1 else "Sự kiện B"
    assert by_uid(server, "event")[uid]["properties"]["name"] == expected
    assert next(sample.layer("event").getFeatures(f"\"uid\" = '{uid}'"))["name"] == expected
    assert (result["UPDATED"], result["PULLED"]) == ((1, 0) if policy == 1 else (0, 1))


def test_an_emptied_server_waits_for_guard_policy_and_restore_brings_back_what_was_accepted(
    sample, server, authcfg, creativemap_provider
):
    from .test_server_changes import records_here, restart

    parameters = {"WORKSPACE": str(sample.path), "SERVER_URL": server.features_url, "AUTHCFG": authcfg}
    created = run(parameters)["CREATED"]
    had = records_here(sample)
    server.kind = "qgis_server"
    restart(server, fresh=True)  # reinstalled empty
    with pytest.raises(QgsProcessingException, match="no longer holds what this working copy published"):
        run(parameters)  # the default: stop
    assert records_here(sample) == had

    accepted = run({**parameters, "GUARD_POLICY": "accept_server"})
    assert accepted["PULLED"] == created and records_here(sample) != had
    import processing

    restored = processing.run("creativemap:restore", {"WORKSPACE": str(sample.path)})
    assert restored["RESTORED"] == created and records_here(sample) == had
    assert run({**parameters, "GUARD_POLICY": 1})["CREATED"] == created  # restored records go out again


def test_a_failure_is_the_algorithm_failing_with_the_sentence(sample, creativemap_provider):
    with pytest.raises(QgsProcessingException, match="is not a server address"):
        run({"WORKSPACE": str(sample.path), "SERVER_URL": "map.example.org"})


def test_qgis_process_plans_a_publish_without_credentials(sample, server, tmp_path):
    """Reading needs no password: a dry run from the command line, with the plugin deployed in a profile."""
    import qgis_session

    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles, language="en")
    qgis_session.deploy_plugin(profiles)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "QGIS_CUSTOM_CONFIG_PATH": str(profiles)}  # fmt: skip
    command = [
        "qgis_process.bin",
        "--json",
        "run",
        "creativemap:publish",
        "--",
        f"WORKSPACE={sample.path}",
        f"SERVER_URL={server.features_url}",
        "DRY_RUN=true",
        "CONFLICT_POLICY=keep_remote",
        "GUARD_POLICY=send_working_copy",
    ]  # fmt: skip  (the policies by name, as the contract writes them)
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    results = json.loads(result.stdout[result.stdout.index("{") :])["results"]
    assert results["CREATED"] > 250 and results["CONFLICTS"] == 0 and items(server, "organisation") == []
