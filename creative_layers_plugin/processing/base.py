"""What every algorithm of the ``creativemap`` provider shares: its group, its icon, a fresh instance."""

from __future__ import annotations

import traceback

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..__about__ import PROVIDER_ID, __icon_path__
from ..toolbelt.i18n import tr


def refusal(sentence: str, error: BaseException | None = None) -> QgsProcessingException:
    """The exception that ends an algorithm with ``sentence`` (raise it ``from error``). The frames ``error`` went
    through are cleared first: they and the exception hold each other, so what they held (the file the user tried to
    import) stayed open until Python's garbage collector next ran, and for good once QGIS 3.22 kept the exception
    (it does when the provider is removed); an open file is locked, on Windows."""
    if error is not None:
        traceback.clear_frames(error.__traceback__)
    return QgsProcessingException(sentence)


class CreativeMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses give name(), displayName(), shortHelpString(), initAlgorithm() and processAlgorithm()."""

    def group(self) -> str:
        return tr("Creative map")

    def groupId(self) -> str:  # noqa: N802 (QGIS's name)
        return PROVIDER_ID

    def icon(self) -> QIcon:
        return QIcon(str(__icon_path__))

    def createInstance(self) -> CreativeMapAlgorithm:  # noqa: N802 (QGIS's name)
        return type(self)()
