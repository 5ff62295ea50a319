"""The question a publish asks before it believes a server that no longer holds what this working copy published to
it (reinstalled, restored from an older backup, another dataset at its address), or before it deletes or overwrites
many records of a layer on either side: send the working copy's records again, accept the server's state (what this
working copy would lose is kept in its history), or stop. ``sync.guards`` found it; the answer is one of its
``GUARD_POLICIES`` (None: stop)."""

from __future__ import annotations

import html
from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QDialog, QWidget

from ..sync import guards
from ..sync.plan import Plan
from ..toolbelt.i18n import tr

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

SEND, ACCEPT = "send_working_copy", "accept_server"


def findings_html(plan: Plan) -> str:
    """The findings as a list, each one sentence."""
    items = "".join(f"<li>{html.escape(finding.sentence())}.</li>" for finding in plan.findings)
    return f"<ul>{items}</ul>"


def question(plan: Plan) -> str:
    """What is asked, with what accepting the server's state would cost here."""
    lost = guards.losses(plan)
    asked = tr("Which side is right? Nothing has been sent or changed yet.")
    if not lost:
        return asked + " " + tr("Accepting the server's state deletes or overwrites nothing here.")
    return asked + " " + tr("Accepting the server's state deletes or overwrites {count} records here; each is kept "
                            "in the history and can be restored.").format(count=lost)  # fmt: skip


class GuardDialog(QDialog):
    """``choice`` is ``send_working_copy``, ``accept_server``, or None (stop)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FORM_CLASS()
        self.form.setupUi(self)
        self.choice: str | None = None
        self.setWindowTitle(tr("Before anything is sent"))
        bold = QFont(self.form.titleLabel.font())
        bold.setBold(True)
        self.form.titleLabel.setFont(bold)
        self.form.titleLabel.setText(tr("This publish needs your decision before anything is sent:"))
        self.form.findingsLabel.setText(findings_html(plan))
        self.form.questionLabel.setText(question(plan))
        self.form.sendButton.clicked.connect(lambda: self.choose(SEND))
        self.form.acceptButton.clicked.connect(lambda: self.choose(ACCEPT))
        self.form.stopButton.clicked.connect(self.reject)
        self.adjustSize()  # the buttons' whole sentences, in any language

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_guard(plan: Plan, parent: QWidget | None = None) -> str | None:
    """The user's decision about ``plan``'s findings; None to stop."""
    dialog = GuardDialog(plan, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
