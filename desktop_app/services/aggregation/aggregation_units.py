"""Counting units, not files (domain.md §6, §7): pure, no I/O.

Every accepted file is opened into its units: a commune's file is one unit, a
consolidated file (format version 2) is the units of its ``_units`` sheet, each
with its own evidence. Each unit is then counted once, from its newest
evidence: the newest ``generated_at``, then the newest last-saved time (a
spreadsheet program stamps it when a person saves a corrected copy), then its
own file before a copy inside a consolidated one. So any grouping of the same
units gives the same totals and growth rates, and the office's earlier
consolidated workbook left in the folder changes nothing.

A consolidated file of format version 1 has no ``_units``: it is counted as a
whole (a "block") when no newer evidence of any of its units is found elsewhere.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from desktop_app.domain.indicator_rules import growth
from desktop_app.domain.indicators import INDICATORS
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.domain.targets import GROWTH_OF
from desktop_app.reports.rollup_model import UNIT_EDITED, UNIT_LATE, UNIT_PARTIAL, UnitFigures

_OLDEST = datetime.min.replace(tzinfo=UTC)
CONTEXT = "Aggregation"


@dataclass(frozen=True)
class UnitCopy:
    """One unit's figures as one file carries them.

    ``covers`` is the unit's code, or every unit of a format-version-1 consolidated file
    counted as a whole (``block``); ``source`` is the index of the file in the outcomes.
    """

    figures: UnitFigures
    source: int
    direct: bool  # the unit's own file, not a copy inside a consolidated one
    covers: tuple[str, ...]
    block: bool = False

    @property
    def evidence(self) -> tuple[datetime, datetime, bool]:
        """What makes one copy newer than another: generated, then last saved, then own file."""
        return (
            self.figures.generated_at or _OLDEST,
            self.figures.last_saved or _OLDEST,
            self.direct,
        )


def unit_flags(
    generated_at: datetime | None,
    edited: bool,
    deadline: date | None,
    period_end: date,
    data_until: date | None = None,
    flags: Iterable[str] = (),
) -> tuple[str, ...]:
    """A unit's flags: edited, late (against this aggregation's deadline), partial (made, or
    counting days, before the period ended)."""
    found = {flag for flag in flags if flag == UNIT_EDITED}
    if edited:
        found.add(UNIT_EDITED)
    if generated_at is not None and deadline is not None and generated_at.date() > deadline:
        found.add(UNIT_LATE)
    until = data_until or (generated_at.date() if generated_at else None)
    if until is not None and until < period_end:
        found.add(UNIT_PARTIAL)
    return tuple(flag for flag in (UNIT_EDITED, UNIT_LATE, UNIT_PARTIAL) if flag in found)


@dataclass(frozen=True)
class Settled:
    """Which copy counts for each unit, and which blocks count whole."""

    chosen: dict[str, UnitCopy]  # unit code -> the copy counted
    blocks: tuple[UnitCopy, ...]  # format-version-1 consolidated files counted whole
    holder: dict[int, int]  # a file none of whose units counts -> a file that holds them

    def counted_from(self, source: int) -> tuple[str, ...]:
        """The units counted from file ``source``, in code order."""
        units = {code for code, copy in self.chosen.items() if copy.source == source}
        for block in self.blocks:
            if block.source == source:
                units.update(block.covers)
        return tuple(sorted(units))

    @property
    def copies(self) -> list[UnitCopy]:
        """Every copy counted: the units in code order, then the blocks."""
        return [self.chosen[code] for code in sorted(self.chosen)] + list(self.blocks)


def settle_units(copies: Sequence[UnitCopy]) -> Settled:
    """Count each unit once, from its newest evidence (see the module's text)."""
    singles = [copy for copy in copies if not copy.block]
    newest: dict[str, UnitCopy] = {}
    for copy in singles:
        code = copy.covers[0]
        if code not in newest or copy.evidence > newest[code].evidence:
            newest[code] = copy
    claimed: dict[str, UnitCopy] = {}
    blocks: list[UnitCopy] = []
    holder: dict[int, int] = {}
    # the widest block first (one that holds another wins over it), then the newest
    ordered = sorted(
        (copy for copy in copies if copy.block),
        key=lambda b: (len(b.covers), b.evidence),
        reverse=True,
    )
    for block in ordered:
        overlap = next((claimed[u] for u in block.covers if u in claimed), None)
        newer = next(
            (
                newest[u]
                for u in block.covers
                if u in newest and newest[u].evidence[:2] > block.evidence[:2]
            ),
            None,
        )
        if overlap is not None or newer is not None:
            holder[block.source] = (overlap or newer).source  # type: ignore[union-attr]
            continue
        blocks.append(block)
        for unit in block.covers:
            claimed[unit] = block
    chosen: dict[str, UnitCopy] = {}
    for code, copy in newest.items():
        if code in claimed:
            holder.setdefault(copy.source, claimed[code].source)
        else:
            chosen[code] = copy
    for copy in singles:
        code = copy.covers[0]
        winner = chosen.get(code) or claimed.get(code)
        if winner is not None and winner.source != copy.source:
            holder.setdefault(copy.source, winner.source)
    return Settled(chosen, tuple(blocks), holder)


def unit_totals(
    counted: Sequence[UnitCopy],
) -> tuple[dict[str, float | None], dict[str, float | None], int]:
    """This period's and last year's sums over the counted units, and how many gave both
    years' reader visits.

    A count's total is the sum of the figures given (empty when none gave one), last
    year's the same over the units that gave it. Growth rates are worked out from the
    sums over the units that gave both years, never added up, so that any grouping of
    the same units gives the same rate to the last digit. A sum that is not a finite
    number (it cannot be, as every unit's figures are checked) is left empty.
    """
    current: dict[str, float | None] = {}
    previous: dict[str, float | None] = {}
    for known in INDICATORS:
        if known.is_percentage:
            continue
        now = [v for c in counted if (v := c.figures.values.get(known.code)) is not None]
        then = [v for c in counted if (v := c.figures.previous.get(known.code)) is not None]
        current[known.code] = _finite(math.fsum(now)) if now else None
        previous[known.code] = _finite(math.fsum(then)) if then else None
    with_both = 0
    for rate, basis in GROWTH_OF.items():
        pairs = [
            (a, b)
            for c in counted
            if (a := c.figures.values.get(basis)) is not None
            and (b := c.figures.previous.get(basis)) is not None
        ]
        if rate == "TV10":
            with_both = len(pairs)
        current[rate] = (
            growth(math.fsum(a for a, _ in pairs), math.fsum(b for _, b in pairs))
            if pairs
            else None
        )
        previous[rate] = None
    return current, previous, with_both


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def note(text: str, **params: object) -> Message:
    """A message of the aggregation's context ``Aggregation`` (``text`` marked with
    QT_TRANSLATE_NOOP), for every module of the aggregation."""
    return Message(CONTEXT, text, dict(params))


PARTLY_COUNTED = QT_TRANSLATE_NOOP(
    "Aggregation",
    "{count} of its units are counted from other files, whose copies are as new or newer.",
)
