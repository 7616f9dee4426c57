"""Health checks of a database file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class IntegrityReport:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` found."""

    problems: tuple[str, ...]
    foreign_key_violations: int

    @property
    def ok(self) -> bool:
        """True when the file is sound."""
        return not self.problems and self.foreign_key_violations == 0


def check_integrity(db: Database, *, quick: bool = False) -> IntegrityReport:
    """Run SQLite's own checks; never raises on a damaged file, reports it."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = db.execute(f"PRAGMA {pragma}").fetchall()
        problems = tuple(str(r[0]) for r in rows if str(r[0]).lower() != "ok")
        violations = len(db.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:
        return IntegrityReport((str(exc),), 0)
    return IntegrityReport(problems, violations)


def table_counts(db: Database) -> dict[str, int]:
    """Rows per data table (not SQLite's or the migrations' own)."""
    names = [n for n in db.table_names() if not n.startswith(("_", "sqlite_"))]
    return {name: int(db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}
