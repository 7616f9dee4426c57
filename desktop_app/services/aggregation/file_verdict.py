"""One read workbook accepted, flagged or refused (domain.md §7): pure, no I/O.

:func:`judge_file` runs two short lists in order. Each refusal check returns the reason
code and the message of a refusal, or None; the first that refuses decides. When none
does, each flag check returns a flag and its note, or None, and the file is accepted with
the flags found. Duplicates are decided later, over every file
(``aggregation_rules.settle_files``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.services.aggregation.aggregation_checks import (
    made_in_the_future,
    rollup_problem,
    unit_outside,
)
from desktop_app.services.aggregation.aggregation_rules import (
    ACCEPTED,
    EDITED,
    FLAGGED,
    FUTURE,
    LATE,
    NO_NAMES,
    OLD_ROLLUP,
    OTHER_FORMAT,
    OTHER_PERIOD,
    OTHER_PROVINCE,
    OTHER_TEMPLATE,
    OTHER_VERSION,
    OUTSIDE,
    REJECTED,
    UNTRUSTED,
    FileOutcome,
    missing_codes,
    reject,
    template_version_of,
    unit_code_of,
    units_included,
)
from desktop_app.services.aggregation.aggregation_units import note

if TYPE_CHECKING:
    from desktop_app.reports.reader import ReadResult

DAMAGED = "damaged"


@dataclass(frozen=True)
class _File:
    """A read workbook and what the aggregation expects of it."""

    result: ReadResult
    period: Period
    province_code: str
    template_id: str
    deadline: date | None
    template: Template | None
    now: datetime | None
    communes: Collection[str] | None
    in_scope: Collection[str] | None
    all_communes: Collection[str]
    template_version: int | None

    @property
    def meta(self) -> dict[str, str]:
        return self.result.meta

    @property
    def made(self) -> datetime:
        """When it was made (checked first: a valid, aware time)."""
        assert self.result.generated_at is not None
        return self.result.generated_at

    @cached_property
    def units(self) -> tuple[str, ...]:
        if self.meta.get("kind") == "rollup":
            return units_included(self.meta)
        return (self.meta.get("unit_code", ""),)


_Verdict = tuple[str, Message]  # a reason code or a flag, and what it means
_Check = Callable[[_File], _Verdict | None]


def _bad_time(file: _File) -> _Verdict | None:
    made = file.result.generated_at
    if made is not None and made.tzinfo is not None:
        return None
    return DAMAGED, note(
        QT_TRANSLATE_NOOP(
            "Aggregation", "The time the report was made (\u201c{text}\u201d) is not valid."
        ),
        text=file.meta.get("generated_at", "")[:40],
    )


def _other_period(file: _File) -> _Verdict | None:
    meta, period = file.meta, file.period
    if meta.get("period_id") == period.id and meta.get("period_convention") == period.convention:
        return None
    return OTHER_PERIOD, note(
        QT_TRANSLATE_NOOP(
            "Aggregation",
            "The report is for period {found} ({found_convention}); this aggregation "
            "is for {wanted} ({wanted_convention}).",
        ),
        found=meta.get("period_id", "")[:20],
        found_convention=meta.get("period_convention", "")[:20],
        wanted=period.id,
        wanted_convention=period.convention,
    )


def _other_province(file: _File) -> _Verdict | None:
    if file.meta.get("province_code") == file.province_code:
        return None
    return OTHER_PROVINCE, note(
        QT_TRANSLATE_NOOP(
            "Aggregation",
            "The report is from province {found}; this aggregation is for province {wanted}.",
        ),
        found=file.meta.get("province_code", "")[:20],
        wanted=file.province_code,
    )


def _made_later(file: _File) -> _Verdict | None:
    if file.now is None:
        return None
    future = made_in_the_future(file.made, file.now)
    return (FUTURE, future) if future is not None else None


def _codes_lacking(file: _File) -> _Verdict | None:
    lacking = missing_codes(file.result, file.template) if file.template is not None else []
    if not lacking:
        return None
    assert file.template is not None
    return DAMAGED, note(
        QT_TRANSLATE_NOOP(
            "Aggregation",
            "The hidden sheet \u201c_data\u201d lacks {codes}, which every report of "
            "template {template} carries.",
        ),
        codes=", ".join(lacking[:8]) + (" ..." if len(lacking) > 8 else ""),
        template=file.template.id,
    )


def _no_units(file: _File) -> _Verdict | None:
    if file.units and all(file.units):
        return None
    return DAMAGED, note(
        QT_TRANSLATE_NOOP("Aggregation", "The report does not say which units it covers.")
    )


def _untrusted_rollup(file: _File) -> _Verdict | None:
    if file.meta["kind"] != "rollup":
        return None
    untrusted = rollup_problem(file.result, file.units, file.all_communes)
    return (UNTRUSTED, untrusted) if untrusted is not None else None


def _outside(file: _File) -> _Verdict | None:
    outside = unit_outside(
        file.units, file.province_code, file.communes, file.in_scope, file.template_id
    )
    return (OUTSIDE, outside) if outside is not None else None


# In this order: the first that refuses names the reason.
REFUSALS: tuple[_Check, ...] = (
    _bad_time,
    _other_period,
    _other_province,
    _made_later,
    _codes_lacking,
    _no_units,
    _untrusted_rollup,
    _outside,
)


def _old_rollup(file: _File) -> _Verdict | None:
    if file.meta["kind"] != "rollup" or file.result.format_version >= 2:
        return None
    return OLD_ROLLUP, note(
        QT_TRANSLATE_NOOP(
            "Aggregation",
            "A consolidated file of an older version (without the figures of each "
            "unit): counted as a whole, unless a newer report of one of its units "
            "is found.",
        )
    )


def _edited(file: _File) -> _Verdict | None:
    if not file.result.edited:
        return None
    return EDITED, note(
        QT_TRANSLATE_NOOP(
            "Aggregation", "Edited by hand after export ({codes}); the visible figures count."
        ),
        codes=", ".join(file.result.edited_codes[:8]) or "_data",
    )


def _read_by_place(file: _File) -> _Verdict | None:
    result = file.result
    if result.saved_as:
        return OTHER_FORMAT, note(
            QT_TRANSLATE_NOOP(
                "Aggregation",
                "Saved as .{format}: each figure was read at the place the program wrote it, "
                "where the form still shows its code. Check them on the form.",
            ),
            format=result.saved_as,
        )
    if result.unnamed:
        return NO_NAMES, note(
            QT_TRANSLATE_NOOP(
                "Aggregation",
                "The cells' names (HTSD_...) are gone ({codes}); the figures were read at the "
                "places the program wrote them. Check them on the form.",
            ),
            codes=", ".join(result.unnamed[:8]) + (" ..." if len(result.unnamed) > 8 else ""),
        )
    return None


def _late(file: _File) -> _Verdict | None:
    if file.deadline is None or file.made.date() <= file.deadline:
        return None
    return LATE, note(
        QT_TRANSLATE_NOOP("Aggregation", "Late: made on {made}, after the deadline {deadline}."),
        made=f"{file.made:%d/%m/%Y}",
        deadline=f"{file.deadline:%d/%m/%Y}",
    )


def _other_template(file: _File) -> _Verdict | None:
    meta = file.meta
    if meta.get("template_id") != file.template_id:
        return OTHER_TEMPLATE, note(
            QT_TRANSLATE_NOOP(
                "Aggregation", "Made with template {found}, not {wanted}; the figures count."
            ),
            found=meta.get("template_id", "")[:40],
            wanted=file.template_id,
        )
    wanted = file.template_version
    if wanted is None or template_version_of(meta) == str(wanted):
        return None
    return OTHER_VERSION, note(
        QT_TRANSLATE_NOOP(
            "Aggregation",
            "Made with version {found} of template {template}; the current version is "
            "{wanted}, which it is judged against; the figures count.",
        ),
        found=template_version_of(meta),
        template=file.template_id,
        wanted=wanted,
    )


# In this order, which is the order of the notes shown beside the file.
FLAGS: tuple[_Check, ...] = (_old_rollup, _edited, _read_by_place, _late, _other_template)


def _refused_by_reader(path: Path, result: ReadResult) -> FileOutcome:
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


def judge_file(
    path: Path,
    result: ReadResult,
    period: Period,
    province_code: str,
    template_id: str,
    deadline: date | None,
    template: Template | None = None,
    *,
    now: datetime | None = None,
    communes: Collection[str] | None = None,
    in_scope: Collection[str] | None = None,
    all_communes: Collection[str] = (),
    template_version: int | None = None,
) -> FileOutcome:
    """Accept, flag or reject one read workbook (duplicates are decided later).

    ``template`` is the file's own template (else none is checked): its ``_data`` must hold
    every code a genuine export of it has. ``now`` is the moment of aggregation; ``communes``
    the province's communes on the official list (None: not checked), ``in_scope`` those of
    the template's scope (None: all), ``all_communes`` every commune of the country.
    """
    if result.problems:
        return _refused_by_reader(path, result)
    file = _File(
        result,
        period,
        province_code,
        template_id,
        deadline,
        template,
        now,
        communes,
        in_scope,
        all_communes,
        template_version,
    )
    for refusal in REFUSALS:
        refused = refusal(file)
        if refused is not None:
            return reject(path, result, *refused)
    flagged = [found for check in FLAGS if (found := check(file)) is not None]
    return FileOutcome(
        path,
        FLAGGED if flagged else ACCEPTED,
        kind=file.meta["kind"],
        unit_code=file.meta.get("unit_code", ""),
        unit_name=file.meta.get("unit_name", ""),
        generated_at=file.made,
        units=file.units,
        flags=tuple(flag for flag, _ in flagged),
        notes=tuple(message for _, message in flagged),
        result=result,
    )
