"""creativemap:export_annotation_sheet: the jury's PDF, the competition site's map and its annotations by criterion."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.annotation_sheet import CRITERIA, export_annotation_sheet
from ..core.schema import LANGUAGES, VALUE_LISTS
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import qgis_language, tr
from .base import CreativeMapAlgorithm, refusal


class ExportAnnotationSheetAlgorithm(CreativeMapAlgorithm):
    WORKSPACE = "WORKSPACE"
    OUTPUT = "OUTPUT"
    CRITERIA = "CRITERIA"
    LANGUAGE = "LANGUAGE"
    ANNOTATIONS = "ANNOTATIONS"
    PAGES = "PAGES"

    def name(self) -> str:
        return "export_annotation_sheet"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export the annotation sheet (PDF)")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Writes a PDF for the jury of the design competition in Hội An's central park: the map of the "
            "competition site with the annotations of the teams, a legend, a scale bar and a north arrow, then a "
            "table of the annotations grouped by criterion (an annotation that speaks to several criteria is listed "
            "under each; those with no criterion come last) with their kind, team and review status. Choose "
            "criteria to show only the annotations that speak to at least one of them, on the map and in the "
            "table. The sheet is written in the language chosen, whatever the language of QGIS; its texts stay "
            "text in the PDF, so they can be searched and copied. From the command line, give each criterion by "
            "its number, several separated by commas: CRITERIA=0,3 (numbers from 0, in the order of the list)."
        )

    def flags(self):
        # the layout renders text and pictures with Qt: on the main thread, as QGIS's own layout export does
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                self.WORKSPACE, tr("Workspace"), QgsProcessingParameterFile.Behavior.File, extension="gpkg"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Annotation sheet"), tr("PDF files") + " (*.pdf)")
        )
        language = qgis_language()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CRITERIA,
                tr("Only the annotations that speak to these criteria (all when none is chosen)"),
                [CRITERIA.label_for(code, language) for code in CRITERIA.codes()],
                allowMultiple=True,
                defaultValue=[],  # without it QGIS 3.22 reads "none chosen" as the first option
                optional=True,
            )
        )
        languages = VALUE_LISTS["language"]
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                tr("Language of the sheet"),
                [languages.label_for(code, code) for code in LANGUAGES],  # each in its own language
                defaultValue=LANGUAGES.index(language) if language in LANGUAGES else 0,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ANNOTATIONS, tr("Annotations shown")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        chosen = self.parameterAsEnums(parameters, self.CRITERIA, context)
        codes = CRITERIA.codes()
        criteria = [codes[index] for index in chosen if 0 <= index < len(codes)] or None
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        try:
            result = export_annotation_sheet(workspace, output, criteria, language, progress=feedback.setProgress)
        except UserError as error:
            if error.details:
                feedback.pushDebugInfo(error.details)
            raise refusal(error.sentence, error) from error
        feedback.pushInfo(
            tr("{annotations} annotations on {pages} pages in {path}.").format(
                annotations=result["annotations"], pages=result["pages"], path=result["output"]
            )
        )
        return {self.OUTPUT: result["output"], self.ANNOTATIONS: result["annotations"], self.PAGES: result["pages"]}
