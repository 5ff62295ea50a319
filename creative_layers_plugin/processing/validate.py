"""creativemap:validate: every problem of a workspace (feature, field, reason), counted, and a CSV report."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.validation import count, validate_workspace, write_report
from ..core.workspace import WorkspaceError
from ..core.workspace_open import open_workspace
from ..toolbelt.i18n import tr
from ..toolbelt.task import TaskCancelledError
from .base import CreativeMapAlgorithm, refusal

MAX_LISTED_WARNINGS = 50  # the log lists every error; beyond this many warnings, see the report


def default_report(workspace: Path) -> Path:
    """Where the report goes when none is named: beside the workspace (``ws.gpkg`` -> ``ws_validation_report.csv``)."""
    return workspace.with_name(f"{workspace.stem}_validation_report.csv")


class ValidateAlgorithm(CreativeMapAlgorithm):
    WORKSPACE = "WORKSPACE"
    REPORT = "REPORT"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"

    def name(self) -> str:
        return "validate"

    def displayName(self) -> str:  # noqa: N802
        return tr("Validate the workspace")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Checks every feature of a workspace against the rules of the creative map: required fields, phone "
            "numbers in international form (+84…), e-mail and web addresses, OpenStreetMap opening hours, numbers "
            "in range, codes in their lists, dates in order, privacy (a youth leader is never published) and "
            "geometries. Errors block publishing; warnings (no photo, no contact, no consent) only inform. The "
            "report lists each problem with its layer, feature, field and reason; without a file name it is written "
            "beside the workspace."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                self.WORKSPACE, tr("Workspace"), QgsProcessingParameterFile.Behavior.File, extension="gpkg"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT, tr("Report"), tr("CSV files") + " (*.csv)", optional=True, createByDefault=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, tr("Warnings")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.WORKSPACE, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        try:
            workspace = open_workspace(path)
            problems = validate_workspace(workspace, progress=feedback.setProgress, cancelled=feedback.isCanceled)
        except WorkspaceError as error:
            raise refusal(error.sentence, error) from error
        except TaskCancelledError as error:
            raise refusal(tr("The validation was cancelled."), error) from error
        errors, warnings = count(problems)
        listed = 0
        for problem in problems:
            line = tr("{layer} {uid}, {field}: {message}").format(
                layer=problem.layer, uid=problem.uid or f"fid {problem.fid}", field=problem.field or "-",
                message=problem.message)  # fmt: skip
            if problem.is_error:
                feedback.reportError(line, False)
            elif listed < MAX_LISTED_WARNINGS:
                feedback.pushWarning(line)
                listed += 1
        report = str(write_report(problems, report or default_report(workspace.path)))
        feedback.pushInfo(
            tr("{errors} errors and {warnings} warnings in {path}.").format(
                errors=errors, warnings=warnings, path=workspace.path.name
            )
        )
        feedback.pushInfo(tr("The report is in {report}.").format(report=report))
        return {self.ERRORS: errors, self.WARNINGS: warnings, self.REPORT: report}
