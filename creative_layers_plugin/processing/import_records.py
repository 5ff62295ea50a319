"""creativemap:import_records: records from a CSV, GeoJSON or shapefile (ArcGIS Survey123 exports too) into a layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.crs import unknown_crs
from ..core.importers import import_records
from ..core.schema import LAYERS
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from .base import CreativeMapAlgorithm, refusal

LAYER_NAMES = [layer.name for layer in LAYERS]


class ImportRecordsAlgorithm(CreativeMapAlgorithm):
    INPUT = "INPUT"
    WORKSPACE = "WORKSPACE"
    LAYER = "LAYER"
    FIELD_MAP = "FIELD_MAP"
    COORDINATES_CRS = "COORDINATES_CRS"
    REPORT = "REPORT"
    IMPORTED = "IMPORTED"
    UPDATED = "UPDATED"
    REJECTED = "REJECTED"

    def name(self) -> str:
        return "import_records"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import records")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Imports records into a layer of the workspace from a CSV with x and y columns, a GeoJSON or a shapefile, "
            "including ArcGIS Survey123 exports: GlobalID becomes the uid, CreationDate, EditDate, Creator and "
            "Editor fill the record fields, and labels in Vietnamese, English or French become codes. Columns are "
            "matched to fields by name or label; a field map such as Tên tổ chức=name;Loại=actor_type overrides "
            "this. Importing the same file again updates its records instead of duplicating them. Rows that cannot "
            "be imported are listed with their row number and the reason in the report."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        source = QgsProcessingParameterFile(self.INPUT, tr("Records to import (CSV, GeoJSON or shapefile)"))
        source.setFileFilter(tr("Records") + " (*.csv *.geojson *.json *.shp *.CSV *.GEOJSON *.JSON *.SHP)")
        self.addParameter(source)
        self.addParameter(QgsProcessingParameterFile(self.WORKSPACE, tr("Workspace"), extension="gpkg"))
        layer = QgsProcessingParameterEnum(self.LAYER, tr("Layer"), options=LAYER_NAMES, defaultValue="organisation")
        layer.setUsesStaticStrings(True)  # LAYER=organisation on the command line, not an index
        self.addParameter(layer)
        self.addParameter(
            QgsProcessingParameterString(self.FIELD_MAP, tr("Field map (column=field;other=field2)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.COORDINATES_CRS, tr("Coordinate system of x and y columns (WGS 84 if empty)"), optional=True
            )
        )
        report = QgsProcessingParameterFileDestination(
            self.REPORT, tr("Import report"), tr("CSV files") + " (*.csv)", optional=True, createByDefault=False
        )
        self.addParameter(report)  # also the output REPORT: where the report was written
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, tr("Records added")))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, tr("Records updated")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, tr("Rows rejected")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        """Processing's own check refuses a file whose extension the dialog's filter does not list with "Incorrect
        parameter value for INPUT"; the import says instead what the file is and what to do (processAlgorithm)."""
        ok, message = super().checkParameterValues(parameters, context)
        source = parameters.get(self.INPUT)
        if ok or not isinstance(source, str) or not source.strip():
            return ok, message
        others_ok = all(
            definition.checkValueIsAcceptable(parameters.get(definition.name()), context)
            for definition in self.parameterDefinitions()
            if definition.name() != self.INPUT
        )
        return (True, "") if others_ok else (ok, message)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsFile(parameters, self.INPUT, context)
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        layer_name = self.parameterAsEnumString(parameters, self.LAYER, context)
        field_map = self.parameterAsString(parameters, self.FIELD_MAP, context)
        coordinates_crs = self.parameterAsCrs(parameters, self.COORDINATES_CRS, context)
        given = parameters.get(self.COORDINATES_CRS)
        if isinstance(given, str) and given.strip() and not coordinates_crs.isValid():
            raise refusal(unknown_crs(given.strip()))  # never read in another system than asked
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        try:
            result = import_records(
                workspace,
                layer_name,
                source,
                field_map=field_map or None,
                feedback=feedback,
                report_path=report or None,
                coordinates_crs=coordinates_crs if coordinates_crs.isValid() else None,
            )
        except UserError as error:
            raise refusal(error.sentence, error) from error
        feedback.pushInfo(
            tr("{imported} records added, {updated} updated, {rejected} rows rejected (see {report}).").format(
                imported=result.imported, updated=result.updated, rejected=len(result.rejected),
                report=result.report_path,
            )
        )  # fmt: skip
        return {
            self.IMPORTED: result.imported,
            self.UPDATED: result.updated,
            self.REJECTED: len(result.rejected),
            self.REPORT: str(result.report_path),
        }
