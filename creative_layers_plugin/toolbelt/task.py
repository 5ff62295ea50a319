"""A base for long work: runs off the main thread in a QgsTask, reports on the main thread.

Subclasses implement :meth:`PluginTask.work` (it must not touch widgets or the project) and may call
:meth:`QgsTask.setProgress` and check :meth:`QgsTask.isCanceled`. Exceptions raised in ``work`` are kept and
handed to ``on_failure`` on the main thread: a :class:`UserError` gives its sentence, anything else a generic
sentence, and the traceback goes to the log panel.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from qgis.core import Qgis, QgsTask

from .errors import UserError
from .i18n import tr
from .log import logger, notify


class TaskCancelledError(Exception):
    """Raised by work() when it noticed isCanceled()."""


class PluginTask(QgsTask):
    def __init__(
        self,
        description: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        flags: QgsTask.Flag = QgsTask.Flag.CanCancel,
    ) -> None:
        super().__init__(description, flags)
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_details = ""
        self._on_success = on_success
        self._on_failure = on_failure

    def work(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def check_cancelled(self) -> None:
        if self.isCanceled():
            raise TaskCancelledError()

    def run(self) -> bool:  # runs in the task's thread
        try:
            self.result = self.work()
            return True
        except BaseException as error:  # noqa: BLE001 (kept and reported on the main thread)
            self.error = error
            self.error_details = traceback.format_exc()
            return False

    def user_sentence(self) -> str:
        if isinstance(self.error, UserError):
            return self.error.sentence
        if isinstance(self.error, TaskCancelledError) or (self.error is None and self.isCanceled()):
            return tr("{task} was cancelled; nothing was left half done.").format(task=self.description())
        return tr("{task} failed unexpectedly; the details are in the log panel (Creative Layers).").format(
            task=self.description()
        )

    def finished(self, result: bool) -> None:  # runs on the main thread
        if result:
            if self._on_success:
                self._on_success(self.result)
            return
        sentence = self.user_sentence()
        details = self.error.details if isinstance(self.error, UserError) else self.error_details
        if details:
            logger.error("%s\n%s", sentence, details)
        if self._on_failure:
            self._on_failure(sentence)
        else:
            level = Qgis.MessageLevel.Info if self.isCanceled() else Qgis.MessageLevel.Critical
            notify(sentence, level)
