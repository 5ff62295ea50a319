"""creativemap:restore: records a publish deleted or overwrote in the working copy, written back from its history."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..sync import history
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from .base import CreativeMapAlgorithm, refusal


def run_line(run: history.Run) -> str:
    """One publish of the history, as the log lists it."""
    if run.kind == "restore":
        return tr("{id}: restore of {started}, {count} records written back").format(
            id=run.id, started=run.started_at, count=run.summary.get("restored", 0))  # fmt: skip
    return tr("{id}: publish of {started} to {server} ({outcome}), {count} records deleted or overwritten here, "
              "{restored} of them restored").format(
        id=run.id, started=run.started_at, server=run.server, outcome=run.outcome, count=run.changed_here,
        restored=run.restored)  # fmt: skip


class RestoreAlgorithm(CreativeMapAlgorithm):
    WORKSPACE = "WORKSPACE"
    PUBLISH = "PUBLISH"
    RECORDS = "RECORDS"
    RESTORED = "RESTORED"

    def name(self) -> str:
        return "restore"

    def displayName(self) -> str:  # noqa: N802
        return tr("Restore records a publish replaced")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Every record a publish deletes or overwrites in the working copy (the server's changes pulled, a "
            "conflict decided for the server, a merge, the server's state accepted) is first kept in the workspace's "
            "history. This writes them back as they were: those of PUBLISH (its number in the log; 0 or empty: the "
            "last publish that changed something here), or only the records whose uid is in RECORDS "
            "(comma-separated). A restored record is then a local edit like any other: the next publish sends it. "
            "The log lists the recent publishes."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.WORKSPACE, tr("Workspace"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterNumber(self.PUBLISH, tr("Publish (its number; 0: the last one)"),
                                                       defaultValue=0, minValue=0, optional=True))  # fmt: skip
        self.addParameter(QgsProcessingParameterString(self.RECORDS, tr("Only these records (uids, comma-separated)"),
                                                       optional=True))  # fmt: skip
        self.addOutput(QgsProcessingOutputNumber(self.RESTORED, tr("Records restored")))
        self.addOutput(QgsProcessingOutputNumber(self.PUBLISH, tr("The publish they were restored from")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        wanted = self.parameterAsInt(parameters, self.PUBLISH, context) or None
        uids = [uid.strip() for uid in self.parameterAsString(parameters, self.RECORDS, context).split(",")
                if uid.strip()]  # fmt: skip
        try:
            runs = history.publishes(workspace)
            for run in runs[:10]:
                feedback.pushInfo(run_line(run))
            chosen = wanted or next((run.id for run in runs if run.kind == "publish" and run.changed_here), None)
            if chosen is None:
                raise UserError(tr("No publish has deleted or overwritten a record of this working copy: there is "
                                   "nothing to restore."))  # fmt: skip
            restored = history.restore(workspace, run_id=chosen, uids=uids or None)
        except UserError as error:
            if error.details:
                feedback.pushDebugInfo(error.details)
            raise refusal(error.sentence, error) from error
        if uids and restored < len(uids):
            feedback.reportError(tr("{missing} of the records asked for are not in the history of publish {run}.")
                                 .format(missing=len(uids) - restored, run=chosen))  # fmt: skip
        feedback.pushInfo(tr("{count} records restored from publish {run}: the next publish sends them.").format(
            count=restored, run=chosen))  # fmt: skip
        return {self.RESTORED: restored, self.PUBLISH: chosen}
