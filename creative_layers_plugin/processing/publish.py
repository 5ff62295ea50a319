"""creativemap:publish: the working copy and a shared OGC API - Features server brought level (see ``sync/``)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..sync.guards import GUARD_POLICIES
from ..sync.plan import POLICIES
from ..sync.publish import PublishCancelledError, publish
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from ..toolbelt.settings import PluginSettings
from .base import CreativeMapAlgorithm, NamedChoice, chosen, refusal

OUTPUTS = {"CREATED": "create", "UPDATED": "update", "DELETED": "delete", "PULLED": "pull", "CONFLICTS": "conflicts",
           "SKIPPED": "skipped"}  # fmt: skip


class PublishAlgorithm(CreativeMapAlgorithm):
    WORKSPACE = "WORKSPACE"
    SERVER_URL = "SERVER_URL"
    AUTHCFG = "AUTHCFG"
    DRY_RUN = "DRY_RUN"
    CONFLICT_POLICY = "CONFLICT_POLICY"
    GUARD_POLICY = "GUARD_POLICY"
    REPORT = "REPORT"

    def name(self) -> str:
        return "publish"

    def displayName(self) -> str:  # noqa: N802
        return tr("Publish to the shared server")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Brings the working copy and the shared server (OGC API - Features) level. The workspace is checked "
            "first: a record with an error stops everything before a byte is sent. Then what changed here goes to "
            "the server, what changed there comes here, and a record changed on both sides since the last publish is "
            "a conflict, settled by the policy: abort (nothing is sent), keep_local or keep_remote. No server is "
            "trusted: when the server no longer holds what this working copy published to it (reinstalled, "
            "restored from an older backup, another dataset at its address), or when a publish would delete or "
            "overwrite many records of a layer on either side, GUARD_POLICY decides: stop (the default: nothing is "
            "sent), send_working_copy (the working copy's records go to the server again) or accept_server (the "
            "working copy takes the server's state; what it loses is kept in its history, see Restore). Layers the "
            "server does not serve are left out and said. Records the privacy rules keep back never leave the "
            "workspace. With DRY_RUN only the plan is reported. The credentials come from a QGIS authentication "
            "configuration (Basic). A publish cut short is finished by the next one, without duplicates."
        )

    def flags(self):
        # the authentication manager may ask for its master password: on the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        settings = PluginSettings.load()
        self.addParameter(QgsProcessingParameterFile(self.WORKSPACE, tr("Workspace"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(self.SERVER_URL, tr("Server (OGC API - Features landing page)"),
                                                       defaultValue=settings.server_url or None))  # fmt: skip
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                self.AUTHCFG, tr("Authentication configuration"), defaultValue=settings.authcfg or None, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(self.DRY_RUN, tr("Only report what would be done"), False))
        self.addParameter(NamedChoice(self.CONFLICT_POLICY, tr("Records changed on both sides"), POLICIES))
        self.addParameter(NamedChoice(self.GUARD_POLICY, tr("When the server no longer holds what was published, or "
                                                            "many records would be deleted or overwritten"),
                                      GUARD_POLICIES))  # fmt: skip
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, tr("Report"), tr("CSV files") + " (*.csv)",
                                                                optional=True, createByDefault=True))  # fmt: skip
        for key, label in ((key, key.capitalize()) for key in OUTPUTS):
            self.addOutput(QgsProcessingOutputNumber(key, tr(label)))
        self.addOutput(QgsProcessingOutputFile(self.REPORT, tr("Report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        url = self.parameterAsString(parameters, self.SERVER_URL, context).strip()
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        dry_run = self.parameterAsBoolean(parameters, self.DRY_RUN, context)
        policy = chosen(self, parameters, self.CONFLICT_POLICY, POLICIES, context)
        guard = chosen(self, parameters, self.GUARD_POLICY, GUARD_POLICIES, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or None
        try:
            result = publish(workspace, url, authcfg, dry_run=dry_run, policy=policy, report=report, guard=guard,
                             progress=feedback.setProgress, cancelled=feedback.isCanceled)  # fmt: skip
        except (UserError, PublishCancelledError) as error:
            if error.details:
                feedback.pushDebugInfo(error.details)
            raise refusal(error.sentence, error) from error
        numbers = result.numbers()
        if dry_run:
            feedback.pushInfo(tr("Dry run: {plan}.").format(plan=result.plan.sentence()))
            if result.plan.findings:
                feedback.reportError(tr("Publishing would stop here until GUARD_POLICY says what to do: "
                                        "send_working_copy or accept_server."))  # fmt: skip
        else:
            feedback.pushInfo(tr("Published: created {create}, updated {update}, deleted {delete}, pulled {pull}, "
                                 "not published for privacy {skipped}.").format(**numbers))  # fmt: skip
        feedback.pushInfo(tr("The report is in {report}.").format(report=result.report))
        outputs = {key: numbers[value] for key, value in OUTPUTS.items()}
        outputs[self.REPORT] = str(result.report)
        return outputs
