"""Totals of earlier periods typed from old paper reports (table ``baseline``)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

_UPSERT = (
    "INSERT INTO baseline (period_id, convention, indicator, value) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (period_id, convention, indicator) DO UPDATE SET value = excluded.value"
)


def read_baseline(db: Database, period_id: str, convention: str) -> dict[str, float]:
    """The stored values of one period: indicator code -> value."""
    rows = db.query(
        "SELECT indicator, value FROM baseline WHERE period_id = ? AND convention = ?",
        [period_id, convention],
    )
    return {row["indicator"]: float(row["value"]) for row in rows}


def set_baseline(db: Database, period_id: str, convention: str, code: str, value: float) -> None:
    """Store one value, replacing the one already there."""
    db.execute(_UPSERT, [period_id, convention, code, value])


def upsert_baseline(
    db: Database, period_id: str, convention: str, values: Iterable[tuple[str, float]]
) -> None:
    """Store many values of one period in one transaction."""
    params = [[period_id, convention, code, value] for code, value in values]
    if not params:
        return
    with db.atomic():
        db.conn.executemany(_UPSERT, params)


def clear_baseline(db: Database, period_id: str, convention: str, code: str) -> None:
    """Remove one value."""
    db.execute(
        "DELETE FROM baseline WHERE period_id = ? AND convention = ? AND indicator = ?",
        [period_id, convention, code],
    )


def baseline_periods(db: Database) -> list[tuple[str, str]]:
    """The (period id, convention) pairs holding at least one value, newest first."""
    rows = db.query(
        "SELECT DISTINCT period_id, convention FROM baseline ORDER BY period_id DESC, convention"
    )
    return [(row["period_id"], row["convention"]) for row in rows]
