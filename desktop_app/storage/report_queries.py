"""Read-only aggregates over a date range, for the indicators of the report."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from desktop_app.domain.visits import COUNTS


def _range(first: date, last: date) -> list[str]:
    return [first.isoformat(), last.isoformat()]


def visit_sums(db: Database, first: date, last: date) -> dict[int, dict[str, int]]:
    """Per facility, the sums of every visits column over the days ``first``..``last``."""
    columns = ", ".join(f"sum({name}) AS {name}" for name in COUNTS)
    rows = db.query(
        f"SELECT facility_id, {columns} FROM visits WHERE day BETWEEN ? AND ? GROUP BY facility_id",
        _range(first, last),
    )
    return {row["facility_id"]: {name: int(row[name] or 0) for name in COUNTS} for row in rows}


def digital_sums(db: Database, first: date, last: date) -> dict[tuple[int, str], tuple[int, int]]:
    """Per (facility, kind), the summed quantity and participants."""
    rows = db.query(
        "SELECT facility_id, kind, sum(quantity) AS quantity, sum(participants) AS people "
        "FROM digital_services WHERE day BETWEEN ? AND ? GROUP BY facility_id, kind",
        _range(first, last),
    )
    return {
        (row["facility_id"], row["kind"]): (int(row["quantity"] or 0), int(row["people"] or 0))
        for row in rows
    }


def museum_sums(db: Database, first: date, last: date) -> dict[str, int]:
    """Museum figures summed over every museum-type facility."""
    names = ("visitors", "learners", "digitised", "collected", "exhibitions")
    row = next(
        db.query(
            f"SELECT {', '.join(f'sum({n}) AS {n}' for n in names)} FROM museum_records "
            "WHERE day BETWEEN ? AND ?",
            _range(first, last),
        )
    )
    return {name: int(row[name] or 0) for name in names}


def has_log_rows(db: Database, first: date, last: date) -> bool:
    """Whether anything at all is logged in ``first``..``last``."""
    for table, column in (
        ("visits", "day"),
        ("club_sessions", "day"),
        ("activities", "start_day"),
        ("digital_services", "day"),
        ("museum_records", "day"),
    ):
        found = db.execute(
            f"SELECT 1 FROM {table} WHERE {column} BETWEEN ? AND ? LIMIT 1", _range(first, last)
        ).fetchone()
        if found:
            return True
    return False


def first_log_day(db: Database) -> date | None:
    """The earliest day anything was logged, or ``None`` for an empty log."""
    row = db.execute(
        "SELECT min(d) FROM ("
        "SELECT min(day) AS d FROM visits UNION ALL SELECT min(day) FROM club_sessions "
        "UNION ALL SELECT min(start_day) FROM activities "
        "UNION ALL SELECT min(day) FROM digital_services "
        "UNION ALL SELECT min(day) FROM museum_records)"
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def baseline_values(db: Database, period_id: str, convention: str) -> dict[str, float]:
    """Totals typed from old paper reports for one period."""
    rows = db.query(
        "SELECT indicator, value FROM baseline WHERE period_id = ? AND convention = ?",
        [period_id, convention],
    )
    return {row["indicator"]: float(row["value"]) for row in rows}


def days_logged(db: Database, first: date, last: date) -> dict[int, set[date]]:
    """Per facility, the days ``first``..``last`` that have a visits row (a 0 counts: typed)."""
    found: dict[int, set[date]] = {}
    rows = db.query(
        "SELECT facility_id, day FROM visits WHERE day BETWEEN ? AND ?", _range(first, last)
    )
    for row in rows:
        found.setdefault(row["facility_id"], set()).add(date.fromisoformat(row["day"]))
    return found
