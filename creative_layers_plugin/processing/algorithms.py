"""The list of the provider's algorithms (the contract of DESIGN.md: ids and outputs are kept)."""

from __future__ import annotations

from .create_workspace import CreateWorkspaceAlgorithm
from .export_annotation_sheet import ExportAnnotationSheetAlgorithm
from .import_records import ImportRecordsAlgorithm
from .publish import PublishAlgorithm
from .restore import RestoreAlgorithm
from .validate import ValidateAlgorithm

ALGORITHMS: list[type] = [
    CreateWorkspaceAlgorithm,
    ImportRecordsAlgorithm,
    ValidateAlgorithm,
    ExportAnnotationSheetAlgorithm,
    PublishAlgorithm,
    RestoreAlgorithm,
]
