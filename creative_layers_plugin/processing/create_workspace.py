"""creativemap:create_workspace: a new working copy (GeoPackage) for a city, with the sample data if asked."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
)

from ..core.schema import CITIES
from ..core.workspace import CITY_CHOICES, LAYERS, WorkspaceError, create_workspace
from ..toolbelt.i18n import tr
from .base import CreativeMapAlgorithm, refusal


class CreateWorkspaceAlgorithm(CreativeMapAlgorithm):
    OUTPUT = "OUTPUT"
    CITY = "CITY"
    SAMPLE = "SAMPLE"
    FEATURES = "FEATURES"

    def name(self) -> str:
        return "create_workspace"

    def displayName(self) -> str:  # noqa: N802
        return tr("Create a workspace")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Creates a working copy of the creative map: a GeoPackage with every layer of the map (in EPSG:5899 for "
            "Hội An and Tam Kỳ, EPSG:5897 for Hà Nội), their value lists in three languages, and, if asked, the "
            "sample data of the chosen city."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Workspace"), "GeoPackage (*.gpkg)"))
        labels = [CITIES[code].label.en if code in CITIES else tr("All cities") for code in CITY_CHOICES]
        city = QgsProcessingParameterEnum(self.CITY, tr("City"), options=list(CITY_CHOICES), defaultValue="hoi_an")
        city.setUsesStaticStrings(True)  # CITY=hoi_an on the command line, not an index
        city.setMetadata({"widget_wrapper": {"value_hints": labels}})
        self.addParameter(city)
        self.addParameter(QgsProcessingParameterBoolean(self.SAMPLE, tr("Add the sample data"), defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, tr("Features written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        city = self.parameterAsEnumString(parameters, self.CITY, context)
        sample = self.parameterAsBoolean(parameters, self.SAMPLE, context)
        try:
            workspace = create_workspace(path, city, sample=sample, overwrite=True, progress=feedback.setProgress)
        except WorkspaceError as error:
            raise refusal(error.sentence, error) from error
        features = sum(workspace.count(layer.name) for layer in LAYERS)
        feedback.pushInfo(tr("{count} features written to {path}.").format(count=features, path=path))
        return {self.OUTPUT: str(workspace.path), self.FEATURES: features}
