"""The Creative Layers dock panel."""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont, QPixmap
from qgis.PyQt.QtWidgets import QWidget

from ..__about__ import __icon_path__, __version__
from ..toolbelt.i18n import tr

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

DOCK_OBJECT_NAME = "CreativeLayersDock"


class CreativeMapDock(QgsDockWidget):
    """The plugin's panel: the working copy, and (in later versions) layers, filters, annotations, publishing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DOCK_OBJECT_NAME)  # QGIS saves and restores docks by object name
        self.setWindowTitle(tr("Creative Layers"))
        self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)
        self.form = FORM_CLASS()
        self.contents = QWidget(self)
        self.form.setupUi(self.contents)
        self.setWidget(self.contents)

        self.form.iconLabel.setPixmap(QPixmap(str(__icon_path__)))
        title_font = QFont(self.form.titleLabel.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.form.titleLabel.setFont(title_font)
        self.form.versionLabel.setText(tr("Version {version}").format(version=__version__))
        self.form.logButton.clicked.connect(self.show_log_panel)

    def show_log_panel(self) -> None:
        from qgis.utils import iface

        if iface is not None:
            iface.openMessageLog()
