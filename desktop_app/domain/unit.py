"""The reporting unit (the commune) and the people named on its reports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.text import clean_text

NAME_MAX = 200
PERSON_MAX = 100


@dataclass(frozen=True)
class UnitSettings:
    """Who reports, to whom, and under which plan."""

    province_code: str
    commune_code: str
    unit_name: str
    template_id: str
    preparer_name: str = ""
    head_name: str = ""
    receiving_office: str = ""

    @property
    def unit_code(self) -> str:
        """The unit's code in file names and reports: the commune code."""
        return self.commune_code


def validated_unit(settings: UnitSettings) -> UnitSettings:
    """Clean the free-text fields; raise ``UserError`` naming the bad one."""
    unit_name = clean_text(settings.unit_name, NAME_MAX, "unit_name")
    if not unit_name:
        raise error(QT_TRANSLATE_NOOP("Errors", "The unit name is empty."), "unit_name")
    return replace(
        settings,
        unit_name=unit_name,
        preparer_name=clean_text(settings.preparer_name, PERSON_MAX, "preparer_name"),
        head_name=clean_text(settings.head_name, PERSON_MAX, "head_name"),
        receiving_office=clean_text(settings.receiving_office, NAME_MAX, "receiving_office"),
    )
