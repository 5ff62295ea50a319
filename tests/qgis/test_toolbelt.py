"""The toolbelt: log panel routing, message bar, typed settings, and the task base class on QGIS's task manager."""

import logging
import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsSettings

from creative_layers_plugin.toolbelt.errors import UserError
from creative_layers_plugin.toolbelt.log import install_log_handler, logger, notify, remove_log_handler
from creative_layers_plugin.toolbelt.settings import PluginSettings
from creative_layers_plugin.toolbelt.task import PluginTask, TaskCancelledError


@pytest.fixture()
def log_panel(qgis_app):
    received = []

    def collect(message, tag, level):
        received.append((tag, level, message))

    QgsApplication.messageLog().messageReceived.connect(collect)
    handler = install_log_handler()
    yield received
    remove_log_handler(handler)
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def test_python_logging_reaches_the_log_panel_under_the_plugin_tag(log_panel):
    logger.warning("the ward name %s is a legacy one", "Minh An")
    logging.getLogger("creative_layers.sync").error("server said 500")
    assert ("Creative Layers", Qgis.Warning, "the ward name Minh An is a legacy one") in log_panel
    assert ("Creative Layers", Qgis.Critical, "server said 500") in log_panel


def test_notify_shows_a_sentence_in_the_message_bar_and_details_only_in_the_log(qgis_iface, log_panel):
    qgis_iface.messageBar().clear_messages()
    notify("The server refused the password: check the authentication configuration.", Qgis.Critical, "HTTP 401")
    shown = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert any("refused the password" in text for text in shown)
    assert not any("HTTP 401" in text for text in shown)
    assert any("HTTP 401" in message for _tag, _level, message in log_panel)


def test_settings_round_trip_through_qgs_settings(qgis_app, clean_settings):
    assert PluginSettings.load() == PluginSettings()
    PluginSettings(
        dock_visible=False, last_workspace="/data/hoi_an.gpkg", server_url="https://map.example", authcfg="ab12cd3"
    ).save()
    assert QgsSettings().value("creative_layers/authcfg") == "ab12cd3"
    loaded = PluginSettings.load()
    assert loaded.dock_visible is False and loaded.last_workspace == "/data/hoi_an.gpkg"
    assert loaded.authcfg == "ab12cd3"


class SumTask(PluginTask):
    def __init__(self, numbers, fail_with=None, **callbacks):
        super().__init__("Adding numbers", **callbacks)
        self.numbers = numbers
        self.fail_with = fail_with
        self.thread_was_main = None

    def work(self):
        from qgis.PyQt.QtCore import QThread

        self.thread_was_main = QThread.currentThread() == QgsApplication.instance().thread()
        total = 0
        for index, number in enumerate(self.numbers):
            self.check_cancelled()
            if self.fail_with is not None and index == 1:
                raise self.fail_with
            total += number
            self.setProgress(100 * (index + 1) / len(self.numbers))
            time.sleep(0.01)
        return total


def run_task(qgis_app, task, cancel=False):
    QgsApplication.taskManager().addTask(task)
    if cancel:
        task.cancel()
    deadline = time.monotonic() + 30
    while QgsApplication.taskManager().tasks() and time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.01)
    qgis_app.processEvents()


def test_a_task_runs_off_the_main_thread_and_reports_on_it(qgis_app):
    outcome = {}
    task = SumTask([1, 2, 3], on_success=lambda result: outcome.update(result=result))
    run_task(qgis_app, task)
    assert outcome == {"result": 6}
    assert task.thread_was_main is False


def test_a_user_error_in_a_task_gives_its_sentence_and_logs_details(qgis_app, log_panel):
    failures = []
    error = UserError("The workspace is read-only: copy it to a folder you can write to.", "EACCES /data/x.gpkg")
    run_task(qgis_app, SumTask([1, 2, 3], fail_with=error, on_failure=failures.append))
    assert failures == ["The workspace is read-only: copy it to a folder you can write to."]
    assert any("EACCES" in message for _t, _l, message in log_panel)


def test_an_unexpected_error_gives_a_sentence_and_the_traceback_goes_to_the_log(qgis_app, log_panel):
    failures = []
    run_task(qgis_app, SumTask([1, 2, 3], fail_with=ZeroDivisionError("boom"), on_failure=failures.append))
    assert failures == ["Adding numbers failed unexpectedly; the details are in the log panel (Creative Layers)."]
    assert any("Traceback" in message and "ZeroDivisionError" in message for _t, _l, message in log_panel)


def test_a_cancelled_task_says_so(qgis_app):
    failures = []
    task = SumTask(list(range(500)), on_failure=failures.append)
    run_task(qgis_app, task, cancel=True)
    assert failures == ["Adding numbers was cancelled; nothing was left half done."]
    assert task.error is None or isinstance(task.error, TaskCancelledError)
