"""What the office checks in a file beyond the reader's checks (domain.md §7): pure, no I/O.

Nothing in a file is taken on trust that can be checked: a unit must be a commune
of the province (and of the template's scope); a consolidated file must come
from an office (never a commune), hold only such communes, carry each of them
in ``_units`` with figures a commune can have, and its ``_units`` must add up to
the totals its forms show; no report can have been made after the moment of
aggregation. Each check returns the reason (a message) or None.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.domain.indicators import INDICATORS
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.reports.plausibility import implausible_values
from desktop_app.services.aggregation.aggregation_units import note

if TYPE_CHECKING:
    from desktop_app.reports.reader import ReadResult

_COUNTS = tuple(known.code for known in INDICATORS if not known.is_percentage)


def _listed(codes: Collection[str], limit: int = 8) -> str:
    shown = list(codes)[:limit]
    return ", ".join(shown) + (" ..." if len(codes) > limit else "")


def made_in_the_future(generated: datetime, now: datetime) -> Message | None:
    """A report made after ``now`` (a wrong clock, or a forged time that would always win)."""
    if generated <= now:
        return None
    return note(
        QT_TRANSLATE_NOOP(
            "Aggregation",
            "The report says it was made on {made}, later than now ({now}): the clock of the "
            "computer that made it is wrong, or the time was changed. Ask for the report again.",
        ),
        made=f"{generated:%d/%m/%Y %H:%M}",
        now=f"{now.astimezone(generated.tzinfo):%d/%m/%Y %H:%M}",
    )


def unit_outside(
    units: Collection[str],
    province_code: str,
    communes: Collection[str] | None,
    in_scope: Collection[str] | None,
    template_id: str,
) -> Message | None:
    """Units that are not communes of the province on the official list, or not in the
    template's scope (``communes`` None: the list is not known, nothing is checked)."""
    if communes is None:
        return None
    outside = [unit for unit in units if unit not in communes]
    if outside:
        return note(
            QT_TRANSLATE_NOOP(
                "Aggregation",
                "{units}: not a commune of province {province} on the official list.",
            ),
            units=_listed(outside),
            province=province_code,
        )
    if in_scope is not None:
        beyond = [unit for unit in units if unit not in in_scope]
        if beyond:
            return note(
                QT_TRANSLATE_NOOP(
                    "Aggregation", "{units}: not among the communes template {template} covers."
                ),
                units=_listed(beyond),
                template=template_id,
            )
    return None


def rollup_problem(
    result: ReadResult, units: tuple[str, ...], all_communes: Collection[str]
) -> Message | None:
    """Why a consolidated file cannot be counted: it comes from a commune, its ``_units``
    lacks or differs from what ``_meta`` says, a unit's figures are beyond a commune's, or
    ``_units`` does not add up to the totals of its forms."""
    unit_code = result.meta.get("unit_code", "")
    if unit_code in all_communes:
        return note(
            QT_TRANSLATE_NOOP(
                "Aggregation",
                "A consolidated report must come from the province or an office that groups "
                "communes, not from the commune {code}.",
            ),
            code=unit_code,
        )
    if result.format_version < 2:
        return None
    if not result.units:
        return note(
            QT_TRANSLATE_NOOP(
                "Aggregation",
                "The consolidated report lacks its hidden sheet \u201c_units\u201d (the figures "
                "of each unit it counts).",
            )
        )
    listed = tuple(unit.code for unit in result.units)
    if sorted(listed) != sorted(units):
        return note(
            QT_TRANSLATE_NOOP(
                "Aggregation",
                "The units of the hidden sheet \u201c_units\u201d differ from the units the "
                "report says it includes.",
            )
        )
    for unit in result.units:
        found = implausible_values(unit.values) + implausible_values(
            {code: value for code, value in unit.previous.items() if value is not None}
        )
        if found:
            return note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "Unit {unit} in the consolidated report has figures no commune can have "
                    "({codes}).",
                ),
                unit=unit.code,
                codes=_listed(list(dict.fromkeys(p.code or "" for p in found))),
            )
    for code in _COUNTS:
        if code not in result.values:
            continue
        given = [v for unit in result.units if (v := unit.values.get(code)) is not None]
        total = math.fsum(given) if given else None
        shown = result.values.get(code)
        if (total or 0) != (shown or 0):
            return note(
                QT_TRANSLATE_NOOP(
                    "Aggregation",
                    "The units of the consolidated report do not add up to its totals: {code} "
                    "is {shown} on the form but {total} over its units.",
                ),
                code=code,
                shown=_plain(shown),
                total=_plain(total),
            )
    return None


def _plain(value: float | None) -> str:
    if value is None:
        return "0"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
