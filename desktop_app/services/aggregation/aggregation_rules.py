"""The office's rules over a set of read workbooks (domain.md §7): pure, no I/O.

Given what :func:`desktop_app.reports.reader.read_report` found in each file,
these functions decide each file's fate (accepted, flagged, rejected, or a
duplicate when every unit it carries is counted from another file), open the
files into units (``aggregation_units`` counts each once, from its newest
evidence), and say which communes of the province have reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.indicators import MUSEUM_FORM
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.domain.templates import Template
from desktop_app.reports.contract import TEXT_KEYS
from desktop_app.reports.rollup_model import UNIT_LATE, UNIT_PARTIAL, UnitFigures
from desktop_app.services.aggregation.aggregation_units import (
    PARTLY_COUNTED,
    Settled,
    UnitCopy,
    note,
    unit_flags,
)

if TYPE_CHECKING:
    from desktop_app.reports.reader import ReadResult

ACCEPTED = "accepted"
FLAGGED = "flagged"  # accepted, with flags
REJECTED = "rejected"
DUPLICATE = "duplicate"
# What each status is called: the screen shows it in its language, the consolidated
# workbook in Vietnamese (context "AggregationPage", where the screen first had them).
FILE_STATUS_NAMES = {
    ACCEPTED: QT_TRANSLATE_NOOP("AggregationPage", "Accepted"),
    FLAGGED: QT_TRANSLATE_NOOP("AggregationPage", "Accepted with flags"),
    REJECTED: QT_TRANSLATE_NOOP("AggregationPage", "Rejected"),
    DUPLICATE: QT_TRANSLATE_NOOP("AggregationPage", "Duplicate"),
}

EDITED = "edited"
LATE = "late"
OTHER_TEMPLATE = "other_template"
OTHER_VERSION = "other_version"  # the office's template, in another version than the office's
NO_NAMES = "no_names"  # read at the addresses of _data: the HTSD_ names are gone
OTHER_FORMAT = "other_format"  # saved as .xls or .ods, read at the addresses of _data

OTHER_PERIOD = "other_period"
OTHER_PROVINCE = "other_province"
OUTSIDE = "outside"  # a unit that is not a commune of the province (or of the template's scope)
FUTURE = "future"  # made after the moment of aggregation
UNTRUSTED = "untrusted"  # a consolidated file that does not hold together
OLD_ROLLUP = "old_rollup"  # flag: a consolidated file of format version 1, counted as a whole
UNREADABLE = "unreadable"  # the operating system could not read the file

# completeness of one commune
ON_TIME = "on_time"
LATE_RECEIVED = "late"
MISSING = "missing"
REFUSED = "rejected"

_STANDARD_NAME = re.compile(r"^HTSD_\d{2}_(\d{5})_", re.IGNORECASE)


# the codes of format version 1 (before the plans' rules added TV01a, TV01b, TV02a...): a file
# of that version is judged against these only
V1_CODES = frozenset(
    (
        *("TV01", "TV02", "TV03", "TV04", "TV04a", "TV04b", "TV04c", "TV04d", "TV04e", "TV04f"),
        *("TV05", "TV06", "TV07", "TV08", "TV09", "TV10", "VH01", "VH02", "VH03", "VH03a"),
        *("VH03b", "VH03c", "VH04", "VH04a", "VH04b", "VH04c", "VH05", "VH06", "VH07", "VH08"),
        *("VH09", "CS01", "CS02", "CS03", "CS04", "CS05", "CS06", "CS07", "CS08", "CS09", "CS10"),
        *("BT01", "BT01a", "BT02", "BT03", "BT04", "BT05"),
    )
)


def missing_codes(result: ReadResult, template: Template) -> list[str]:
    """The codes a genuine export of ``template`` carries that ``result``'s ``_data`` lacks.

    Every form of the template is written, Biểu 04 (museum) only when the unit has a
    museum (then all of it); a file of format version 1 is held to that version's codes.
    """
    museum = any(
        row.code in result.data_values
        for f in template.forms
        if f.number == MUSEUM_FORM
        for row in f.rows
    )
    wanted = [
        row.code
        for form in template.forms
        if form.number != MUSEUM_FORM or museum
        for row in form.rows
    ]
    if result.format_version < 2:
        wanted = [code for code in wanted if code in V1_CODES]
    return [code for code in dict.fromkeys(wanted) if code not in result.data_values]


@dataclass(frozen=True)
class FileOutcome:
    """One input file: what it is and what became of it.

    ``reasons`` are stable codes (the reader's, or ``other_period`` and the
    like); ``notes`` are the messages shown beside the file: why it was refused,
    what its flags mean, or which file it duplicates.
    """

    path: Path
    status: str
    kind: str = ""  # "unit", "rollup" or "" when unreadable
    unit_code: str = ""
    unit_name: str = ""
    generated_at: datetime | None = None
    units: tuple[str, ...] = ()  # the units it counts for
    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    notes: tuple[Message, ...] = ()
    result: ReadResult | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The file's name, as the officer knows it."""
        return self.path.name

    @property
    def counted(self) -> bool:
        """Whether its figures are in the totals."""
        return self.status in (ACCEPTED, FLAGGED)


@dataclass(frozen=True)
class CommuneStatus:
    """One expected commune of the province and whether it has reported."""

    code: str
    name: str
    status: str  # ON_TIME, LATE_RECEIVED, MISSING or REFUSED
    file_name: str = ""  # the file counted (or refused)
    via_rollup: bool = False
    duplicates: tuple[str, ...] = ()  # other copies received
    note: Message | None = None  # the reason of a refusal
    listed: bool = True  # False: reported, but not on the official list
    partial: bool = False  # its report was made before the period ended


def unit_code_of(meta: dict[str, str], path: Path) -> str:
    """The unit a file is from: its ``_meta``, else the standard name of an unreadable file."""
    if meta.get("unit_code"):
        return meta["unit_code"]
    named = _STANDARD_NAME.match(path.name)
    return named.group(1) if named else ""


def reject(path: Path, result: ReadResult | None, reason: str, note: Message) -> FileOutcome:
    """A refused file, with what could be read of it."""
    meta = result.meta if result else {}
    return FileOutcome(
        path,
        REJECTED,
        kind=meta.get("kind", ""),
        unit_code=unit_code_of(meta, path),
        unit_name=meta.get("unit_name", ""),
        generated_at=result.generated_at if result else None,
        reasons=(reason,),
        notes=(note,),
        result=result,
    )


def units_included(meta: dict[str, str]) -> tuple[str, ...]:
    """The units a consolidated file says it covers (``units_included`` of its ``_meta``)."""
    text = meta.get("units_included", "")
    return tuple(dict.fromkeys(code.strip() for code in text.replace(";", ",").split(",") if code))


def unit_copies(
    outcomes: Sequence[FileOutcome], period_end: date, deadline: date | None
) -> list[UnitCopy]:
    """Every counted-so-far file opened into its units (see ``aggregation_units``)."""
    copies: list[UnitCopy] = []
    for index, outcome in enumerate(outcomes):
        result = outcome.result
        if not outcome.counted or result is None:
            continue
        if outcome.kind == "unit":
            flags = unit_flags(
                outcome.generated_at,
                result.edited,
                deadline,
                period_end,
                _data_until(result.meta),
            )
            figures = UnitFigures(
                code=outcome.unit_code,
                name=outcome.unit_name,
                values=dict(result.values),
                previous=dict(result.previous),
                generated_at=outcome.generated_at,
                last_saved=result.last_saved,
                flags=flags,
                texts=unit_texts(result.meta),
            )
            copies.append(UnitCopy(figures, index, True, (outcome.unit_code,)))
        elif result.units:
            for unit in result.units:
                flags = unit_flags(unit.generated_at, False, deadline, period_end, None, unit.flags)
                if UNIT_PARTIAL in unit.flags and UNIT_PARTIAL not in flags:
                    flags = (*flags, UNIT_PARTIAL)
                copies.append(UnitCopy(replace(unit, flags=flags), index, False, (unit.code,)))
        else:  # format version 1: counted as a whole
            figures = UnitFigures(
                code=outcome.unit_code,
                name=outcome.unit_name,
                values=dict(result.values),
                previous=dict(result.previous),
                generated_at=outcome.generated_at,
                last_saved=result.last_saved,
                flags=(UNIT_LATE,) if LATE in outcome.flags else (),
            )
            copies.append(UnitCopy(figures, index, False, outcome.units, block=True))
    return copies


def _data_until(meta: dict[str, str]) -> date | None:
    try:
        return date.fromisoformat(meta.get("data_until", ""))
    except ValueError:
        return None


def settle_files(outcomes: Sequence[FileOutcome], settled: Settled) -> list[FileOutcome]:
    """Each file after counting units: the units counted from it, or a duplicate naming the
    file that holds its units instead. The order of ``outcomes`` is kept."""
    files = list(outcomes)
    for index, outcome in enumerate(outcomes):
        if not outcome.counted:
            continue
        units = settled.counted_from(index)
        if units:
            notes = outcome.notes
            left = len(outcome.units) - len(units)
            if outcome.kind == "rollup" and left > 0:
                notes = (*notes, note(PARTLY_COUNTED, count=left))
            files[index] = replace(outcome, units=units, notes=notes)
            continue
        holder = outcomes[settled.holder.get(index, index)]
        if outcome.kind != "rollup" and holder.kind == "rollup":
            text = QT_TRANSLATE_NOOP(
                "Aggregation", "Already counted inside the aggregated file {file}."
            )
        elif outcome.kind == "rollup":
            text = QT_TRANSLATE_NOOP(
                "Aggregation", "Covers units already counted from the newer file {file}."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Aggregation", "Another copy of this unit's report; the newer file {file} counts."
            )
        files[index] = replace(
            outcome,
            status=DUPLICATE,
            notes=(*outcome.notes, note(text, file=holder.name)),
        )
    return files


def completeness(
    expected: Iterable[tuple[str, str]],
    outcomes: Sequence[FileOutcome],
    settled: Settled,
) -> list[CommuneStatus]:
    """Every expected commune (code, name) with its status, then units not on the list."""
    counted: dict[str, UnitCopy] = {}
    for copy in settled.copies:
        for unit in copy.covers:
            counted[unit] = copy
    copies: dict[str, list[str]] = {}
    refused: dict[str, FileOutcome] = {}
    for index, outcome in enumerate(outcomes):
        if outcome.status == DUPLICATE and outcome.kind != "rollup":
            copies.setdefault(outcome.unit_code, []).append(outcome.name)
        elif outcome.status == REJECTED and outcome.unit_code:
            refused.setdefault(outcome.unit_code, outcome)
            for unit in outcome.units:
                refused.setdefault(unit, outcome)
        elif outcome.kind == "rollup" and outcome.status != REJECTED:
            for unit in _offered(outcome):
                copy = counted.get(unit)
                if copy is not None and copy.source != index:
                    copies.setdefault(unit, []).append(outcome.name)
    names = {o.unit_code: o.unit_name for o in outcomes if o.kind == "unit"}
    names.update({copy.figures.code: copy.figures.name for copy in settled.copies})
    lines = []
    seen = set()
    for code, name in expected:
        seen.add(code)
        lines.append(_commune(code, name, counted, outcomes, copies, refused))
    for code in sorted(set(counted) - seen):
        lines.append(
            replace(
                _commune(code, names.get(code, ""), counted, outcomes, copies, refused),
                listed=False,
            )
        )
    return lines


def _offered(outcome: FileOutcome) -> tuple[str, ...]:
    """The units a consolidated file carries (all of them, counted from it or not)."""
    result = outcome.result
    if result is not None and result.units:
        return tuple(unit.code for unit in result.units)
    return outcome.units


def _commune(
    code: str,
    name: str,
    counted: dict[str, UnitCopy],
    outcomes: Sequence[FileOutcome],
    copies: dict[str, list[str]],
    refused: dict[str, FileOutcome],
) -> CommuneStatus:
    duplicates = tuple(copies.get(code, ()))
    found = counted.get(code)
    if found is not None:
        source = outcomes[found.source]
        return CommuneStatus(
            code,
            name,
            LATE_RECEIVED if UNIT_LATE in found.figures.flags else ON_TIME,
            source.name,
            via_rollup=not found.direct,
            duplicates=duplicates,
            partial=UNIT_PARTIAL in found.figures.flags,
        )
    bad = refused.get(code)
    if bad is not None:
        return CommuneStatus(
            code,
            name,
            REFUSED,
            bad.name,
            duplicates=duplicates,
            note=bad.notes[0] if bad.notes else None,
        )
    return CommuneStatus(code, name, MISSING, duplicates=duplicates)


def unit_texts(meta: Mapping[str, str]) -> tuple[str, ...]:
    """A unit file's own words (``text_assessment``...), as its ``_meta`` carries them; empty
    when it carries none (an older file)."""
    texts = tuple(str(meta.get(f"text_{key}") or "") for key in TEXT_KEYS)
    return texts if any(texts) else ()


def template_version_of(meta: Mapping[str, str]) -> str:
    """The template version a file was made with; a file from before versions says none and
    was made with a template's first version."""
    return str(meta.get("template_version") or "1")[:12]
