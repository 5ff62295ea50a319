"""What every algorithm of the ``creativemap`` provider shares: its group, its icon, a fresh instance."""

from __future__ import annotations

import traceback

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum
from qgis.PyQt.QtGui import QIcon

from ..__about__ import PROVIDER_ID, __icon_path__
from ..toolbelt.i18n import tr


def refusal(sentence: str, error: BaseException | None = None) -> QgsProcessingException:
    """The exception that ends an algorithm with ``sentence`` (raise it ``from error``). The frames ``error`` went
    through are cleared first: they and the exception hold each other, so what they held (the file the user tried to
    import) stayed open until Python's garbage collector next ran, and for good once QGIS 3.22 kept the exception
    (it does when the provider is removed); an open file is locked, on Windows."""
    if error is not None:
        traceback.clear_frames(error.__traceback__)
    return QgsProcessingException(sentence)


class NamedChoice(QgsProcessingParameterEnum):
    """A choice among ``names`` that takes a name (``keep_remote``, as the contract writes it, on qgis_process's command
    line) as well as its number (the Processing dialog's, and saved models'). Read it with ``chosen``."""

    def __init__(self, name: str, description: str, names: tuple[str, ...], labels: list[str] | None = None,
                 default: int = 0) -> None:  # fmt: skip
        super().__init__(name, description, options=labels or list(names), defaultValue=default,
                         usesStaticStrings=False)  # fmt: skip
        self.names = tuple(names)
        self.labels = labels

    def clone(self) -> NamedChoice:
        copy = NamedChoice(self.name(), self.description(), self.names, self.labels, self.defaultValue())
        copy.setFlags(self.flags())
        return copy

    def checkValueIsAcceptable(self, value, context=None) -> bool:  # noqa: N802 (QGIS's name)
        if isinstance(value, str) and value.strip() in self.names:
            return True
        return super().checkValueIsAcceptable(value, context)


def chosen(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str, names: tuple[str, ...], context) -> str:
    """The name chosen for the ``NamedChoice`` parameter ``name``: given by name, or by number."""
    value = parameters.get(name)
    if isinstance(value, str) and value.strip() in names:
        return value.strip()
    return names[algorithm.parameterAsEnum(parameters, name, context)]


class CreativeMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses give name(), displayName(), shortHelpString(), initAlgorithm() and processAlgorithm()."""

    def group(self) -> str:
        return tr("Creative map")

    def groupId(self) -> str:  # noqa: N802 (QGIS's name)
        return PROVIDER_ID

    def icon(self) -> QIcon:
        return QIcon(str(__icon_path__))

    def createInstance(self) -> CreativeMapAlgorithm:  # noqa: N802 (QGIS's name)
        return type(self)()
