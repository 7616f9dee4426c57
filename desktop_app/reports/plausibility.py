"""Figures no real report holds: an "of which" above its total, a negative count (§7)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain.indicators import indicator
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.reports.problems import IMPLAUSIBLE, Problem, problem


def implausible_values(
    values: Mapping[str, float | None], *, unit_limits: bool = True
) -> list[Problem]:
    """The problems of a set of indicator values (code -> value); unknown codes pass.

    ``unit_limits`` also refuses a count above the indicator's highest plausible
    value for one unit (a typing slip); a rollup adds many units up, so it skips it.
    """
    found: list[Problem] = []
    for code, value in values.items():
        known = indicator(code)
        if value is None or known is None:
            continue
        shown = _plain(value)
        if known.is_percentage:
            if value < -100:
                found.append(
                    problem(
                        IMPLAUSIBLE,
                        QT_TRANSLATE_NOOP(
                            "Reports", "{code} is {value}%: a fall cannot be more than 100%."
                        ),
                        code,
                        code=code,
                        value=shown,
                    )
                )
            continue
        if value < 0:
            found.append(
                problem(
                    IMPLAUSIBLE,
                    QT_TRANSLATE_NOOP("Reports", "{code} is negative ({value})."),
                    code,
                    code=code,
                    value=shown,
                )
            )
            continue
        if not float(value).is_integer():
            found.append(
                problem(
                    IMPLAUSIBLE,
                    QT_TRANSLATE_NOOP(
                        "Reports", "{code} is a count but holds a fraction ({value})."
                    ),
                    code,
                    code=code,
                    value=shown,
                )
            )
        elif unit_limits and value > known.maximum:
            found.append(
                problem(
                    IMPLAUSIBLE,
                    QT_TRANSLATE_NOOP(
                        "Reports", "{code} ({value}) is above the plausible maximum {maximum}."
                    ),
                    code,
                    code=code,
                    value=shown,
                    maximum=_plain(known.maximum),
                )
            )
        total = values.get(known.parent) if known.parent else None
        if total is not None and value > total:
            found.append(
                problem(
                    IMPLAUSIBLE,
                    QT_TRANSLATE_NOOP(
                        "Reports", "{code} ({value}) is above its total {total} ({total_value})."
                    ),
                    code,
                    code=code,
                    value=shown,
                    total=known.parent,
                    total_value=_plain(total),
                )
            )
    return found


def _plain(value: float) -> str:
    """``1234``, ``12.5``, or ``1e+300``: never the hundreds of digits of a huge float."""
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else f"{number:g}"
