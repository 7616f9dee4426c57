"""The office's rules over a set of read workbooks (domain.md §7): pure, no I/O.

Given what :func:`desktop_app.reports.reader.read_report` found in each file,
these functions decide each file's fate (accepted, flagged, rejected or a
duplicate), which files are counted (a unit counted once: the newest copy, or
the rollup that already holds it), the totals, and which communes of the
province have reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.indicator_rules import growth
from desktop_app.domain.indicators import INDICATORS, MUSEUM_FORM
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.domain.periods import Period
from desktop_app.domain.targets import GROWTH_OF
from desktop_app.domain.templates import Template

if TYPE_CHECKING:
    from desktop_app.reports.reader import ReadResult

ACCEPTED = "accepted"
FLAGGED = "flagged"  # accepted, with flags
REJECTED = "rejected"
DUPLICATE = "duplicate"
STATUSES = (ACCEPTED, FLAGGED, REJECTED, DUPLICATE)

EDITED = "edited"
LATE = "late"
OTHER_TEMPLATE = "other_template"
NO_NAMES = "no_names"  # read at the addresses of _data: the HTSD_ names are gone

OTHER_PERIOD = "other_period"
OTHER_PROVINCE = "other_province"
UNREADABLE = "unreadable"  # the operating system could not read the file

# completeness of one commune
ON_TIME = "on_time"
LATE_RECEIVED = "late"
MISSING = "missing"
REFUSED = "rejected"

CONTEXT = "Aggregation"
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


def _note(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, dict(params))


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


def judge_file(
    path: Path,
    result: ReadResult,
    period: Period,
    province_code: str,
    template_id: str,
    deadline: date | None,
    template: Template | None = None,
) -> FileOutcome:
    """Accept, flag or reject one read workbook (duplicates are decided later).

    ``template`` is the file's own template (else none is checked): its ``_data`` must hold
    every code a genuine export of it has.
    """
    if result.problems:
        return FileOutcome(
            path,
            REJECTED,
            kind=result.meta.get("kind", ""),
            unit_code=unit_code_of(result.meta, path),
            unit_name=result.meta.get("unit_name", ""),
            generated_at=result.generated_at,
            reasons=tuple(dict.fromkeys(result.reasons)),
            notes=tuple(p.message for p in result.problems),
            result=result,
        )
    meta = result.meta
    generated = result.generated_at
    if generated is None or generated.tzinfo is None:
        return reject(
            path,
            result,
            "damaged",
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation", "The time the report was made (\u201c{text}\u201d) is not valid."
                ),
                text=meta.get("generated_at", "")[:40],
            ),
        )
    if meta.get("period_id") != period.id or meta.get("period_convention") != period.convention:
        return reject(
            path,
            result,
            OTHER_PERIOD,
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "The report is for period {found} ({found_convention}); this aggregation "
                    "is for {wanted} ({wanted_convention}).",
                ),
                found=meta.get("period_id", "")[:20],
                found_convention=meta.get("period_convention", "")[:20],
                wanted=period.id,
                wanted_convention=period.convention,
            ),
        )
    if meta.get("province_code") != province_code:
        return reject(
            path,
            result,
            OTHER_PROVINCE,
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "The report is from province {found}; this aggregation is for province "
                    "{wanted}.",
                ),
                found=meta.get("province_code", "")[:20],
                wanted=province_code,
            ),
        )
    lacking = missing_codes(result, template) if template is not None else []
    if lacking:
        return reject(
            path,
            result,
            "damaged",
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "The hidden sheet \u201c_data\u201d lacks {codes}, which every report of "
                    "template {template} carries.",
                ),
                codes=", ".join(lacking[:8]) + (" ..." if len(lacking) > 8 else ""),
                template=template.id,
            ),
        )
    kind = meta["kind"]
    units = _units(meta) if kind == "rollup" else (meta.get("unit_code", ""),)
    if not all(units) or not units:
        return reject(
            path,
            result,
            "damaged",
            _note(
                QT_TRANSLATE_NOOP("Aggregation", "The report does not say which units it covers.")
            ),
        )
    flags: list[str] = []
    notes: list[Message] = []
    if result.edited:
        flags.append(EDITED)
        changed = ", ".join(result.edited_codes[:8]) or "_data"
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "Edited by hand after export ({codes}); the visible figures count.",
                ),
                codes=changed,
            )
        )
    if result.unnamed:
        flags.append(NO_NAMES)
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "The cells' names (HTSD_...) are gone ({codes}); the figures were read at the "
                    "places the program wrote them. Check them on the form.",
                ),
                codes=", ".join(result.unnamed[:8]) + (" ..." if len(result.unnamed) > 8 else ""),
            )
        )
    if deadline is not None and generated.date() > deadline:
        flags.append(LATE)
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation", "Late: made on {made}, after the deadline {deadline}."
                ),
                made=f"{generated:%d/%m/%Y}",
                deadline=f"{deadline:%d/%m/%Y}",
            )
        )
    if meta.get("template_id") != template_id:
        flags.append(OTHER_TEMPLATE)
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "Aggregation", "Made with template {found}, not {wanted}; the figures count."
                ),
                found=meta.get("template_id", "")[:40],
                wanted=template_id,
            )
        )
    return FileOutcome(
        path,
        FLAGGED if flags else ACCEPTED,
        kind=kind,
        unit_code=meta.get("unit_code", ""),
        unit_name=meta.get("unit_name", ""),
        generated_at=generated,
        units=units,
        flags=tuple(flags),
        notes=tuple(notes),
        result=result,
    )


def _units(meta: dict[str, str]) -> tuple[str, ...]:
    text = meta.get("units_included", "")
    return tuple(dict.fromkeys(code.strip() for code in text.replace(";", ",").split(",") if code))


def _newest_first(outcome: FileOutcome) -> tuple[float, str]:
    stamp = outcome.generated_at.timestamp() if outcome.generated_at else 0.0
    return (-stamp, outcome.name)


def settle_duplicates(outcomes: Sequence[FileOutcome]) -> list[FileOutcome]:
    """Count each unit once: rollups first (the widest, then the newest), then the newest copy.

    A unit file whose unit is already inside a counted rollup, an older copy of
    a unit, and a rollup that overlaps a newer counted one become duplicates
    naming the file that is counted instead. The order of ``outcomes`` is kept.
    """
    settled = {id(o): o for o in outcomes}
    claimed: dict[str, FileOutcome] = {}
    candidates = [o for o in outcomes if o.counted]
    # the widest rollup first (one that holds another wins over it), then the newest
    rollups = sorted(
        (o for o in candidates if o.kind == "rollup"),
        key=lambda o: (-len(o.units), *_newest_first(o)),
    )
    units = sorted((o for o in candidates if o.kind != "rollup"), key=_newest_first)
    for outcome in [*rollups, *units]:
        holder = next((claimed[u] for u in outcome.units if u in claimed), None)
        if holder is None:
            for unit in outcome.units:
                claimed[unit] = outcome
            continue
        if holder.kind == "rollup" and outcome.kind != "rollup":
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
        settled[id(outcome)] = replace(
            outcome, status=DUPLICATE, notes=(*outcome.notes, _note(text, file=holder.name))
        )
    return [settled[id(o)] for o in outcomes]


def totals(
    counted: Iterable[FileOutcome],
) -> tuple[dict[str, float | None], dict[str, float | None], int]:
    """This period's and last year's sums over the counted files, and how many had last year.

    A count's total is the sum of the figures given (empty when none gave one);
    last year's total is shown only when every counted file gave it. Growth
    rates are worked out again from the sums, over the files that gave both
    years, never added up.
    """
    counted = [o for o in counted if o.result is not None]
    current: dict[str, float | None] = {}
    previous: dict[str, float | None] = {}
    for known in INDICATORS:
        if known.is_percentage:
            continue
        now = [o.result.values.get(known.code) for o in counted if o.result]
        given = [v for v in now if v is not None]
        current[known.code] = sum(given) if given else None
        then = [o.result.previous.get(known.code) for o in counted if o.result]
        complete = bool(then) and all(v is not None for v in then)
        previous[known.code] = sum(v for v in then if v is not None) if complete else None
    with_both = 0
    for rate, basis in GROWTH_OF.items():
        pairs = [
            (o.result.values.get(basis), o.result.previous.get(basis)) for o in counted if o.result
        ]
        pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
        if rate == "TV10":
            with_both = len(pairs)
        current[rate] = (
            growth(sum(a for a, _ in pairs), sum(b for _, b in pairs)) if pairs else None
        )
        previous[rate] = None
    return current, previous, with_both


def completeness(
    expected: Iterable[tuple[str, str]], outcomes: Sequence[FileOutcome]
) -> list[CommuneStatus]:
    """Every expected commune (code, name) with its status, then units not on the list."""
    counted: dict[str, FileOutcome] = {}
    for outcome in outcomes:
        if outcome.counted:
            for unit in outcome.units:
                counted[unit] = outcome
    copies: dict[str, list[str]] = {}
    refused: dict[str, FileOutcome] = {}
    for outcome in outcomes:
        if outcome.status == DUPLICATE and outcome.kind != "rollup":
            copies.setdefault(outcome.unit_code, []).append(outcome.name)
        elif outcome.status == REJECTED and outcome.unit_code:
            refused.setdefault(outcome.unit_code, outcome)
        elif outcome.status == DUPLICATE:  # a rollup overlapping a counted one
            for unit in outcome.units:
                if unit not in counted:  # its figures came, but could not be counted
                    refused.setdefault(unit, outcome)
    names = {o.unit_code: o.unit_name for o in outcomes if o.kind == "unit"}
    lines = []
    seen = set()
    for code, name in expected:
        seen.add(code)
        lines.append(_commune(code, name, counted, copies, refused))
    for code in sorted(set(counted) - seen):
        lines.append(
            replace(_commune(code, names.get(code, ""), counted, copies, refused), listed=False)
        )
    return lines


def _commune(
    code: str,
    name: str,
    counted: dict[str, FileOutcome],
    copies: dict[str, list[str]],
    refused: dict[str, FileOutcome],
) -> CommuneStatus:
    duplicates = tuple(copies.get(code, ()))
    found = counted.get(code)
    if found is not None:
        return CommuneStatus(
            code,
            name,
            LATE_RECEIVED if LATE in found.flags else ON_TIME,
            found.name,
            via_rollup=found.kind == "rollup",
            duplicates=duplicates,
        )
    bad = refused.get(code)
    if bad is not None:
        return CommuneStatus(
            code,
            name,
            REFUSED,
            bad.name,
            duplicates=duplicates,
            note=(bad.notes[-1] if bad.status == DUPLICATE else bad.notes[0])
            if bad.notes
            else None,
        )
    return CommuneStatus(code, name, MISSING, duplicates=duplicates)
