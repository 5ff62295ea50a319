"""Logging to QGIS's log panel (under the plugin's tag) and, for what the user must see, to the message bar.

Code in core/ and sync/ uses the standard :mod:`logging` module with the ``creative_layers`` logger; while the
plugin is loaded, :class:`QgsLogHandler` routes those records to the log panel.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

from ..__about__ import LOG_TAG

LOGGER_NAME = "creative_layers"
logger = logging.getLogger(LOGGER_NAME)

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


def qgis_level(python_level: int) -> int:
    for threshold, level in _LEVELS:
        if python_level >= threshold:
            return level
    return Qgis.MessageLevel.Info


class QgsLogHandler(logging.Handler):
    """A logging handler that writes each record to QGIS's log panel under the plugin's tag."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, qgis_level(record.levelno), notifyUser=False)
        except Exception:  # noqa: BLE001 (a log handler must never raise)
            self.handleError(record)


def install_log_handler() -> QgsLogHandler:
    handler = QgsLogHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_log_handler(handler: logging.Handler | None) -> None:
    if handler is not None:
        logger.removeHandler(handler)


def notify(message: str, level: int = Qgis.MessageLevel.Info, details: str = "", duration: int | None = None) -> None:
    """Show ``message`` (one sentence) in QGIS's message bar and write it, with ``details``, to the log panel.

    Without a QGIS window (qgis_process, tests without an interface) it only logs.
    """
    QgsMessageLog.logMessage(message + (f"\n{details}" if details else ""), LOG_TAG, level, notifyUser=False)
    from qgis.utils import iface  # the GUI's interface; None outside the desktop application

    if iface is None or not hasattr(iface, "messageBar"):
        return
    if duration is None:
        duration = 0 if level == Qgis.MessageLevel.Critical else 8
    iface.messageBar().pushMessage(LOG_TAG, message, level=level, duration=duration)
