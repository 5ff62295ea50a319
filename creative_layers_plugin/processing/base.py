"""What every algorithm of the ``creativemap`` provider shares: its group, its icon, a fresh instance."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..__about__ import PROVIDER_ID, __icon_path__
from ..toolbelt.i18n import tr


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
