"""The ``creativemap`` Processing provider, usable from the toolbox, models and ``qgis_process``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..__about__ import PROVIDER_ID, __icon_path__, __version__
from ..toolbelt.i18n import tr


class CreativeMapProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Creative map")

    def longName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Creative map (Creative Layers {version})").format(version=__version__)

    def icon(self) -> QIcon:
        return QIcon(str(__icon_path__))

    def versionInfo(self) -> str:  # noqa: N802 (QGIS's name)
        return __version__

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS's name)
        from .algorithms import ALGORITHMS

        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
