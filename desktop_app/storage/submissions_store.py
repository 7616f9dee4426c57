"""Periods marked as submitted (locked) and their reopening."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from desktop_app.domain.dates import from_iso


@dataclass(frozen=True)
class Submission:
    """A period handed upward; its records are locked until it is reopened."""

    id: int
    period_id: str
    convention: str
    start_day: date
    end_day: date
    submitted_at: str


def locked_periods_covering(db: Database, first: date, last: date) -> list[Submission]:
    """Submitted, not reopened periods that overlap the days ``first``..``last``."""
    rows = db.query(
        "SELECT id, period_id, convention, start_day, end_day, submitted_at FROM submissions "
        "WHERE reopened_at IS NULL AND start_day <= ? AND end_day >= ? ORDER BY start_day",
        [last.isoformat(), first.isoformat()],
    )
    return [
        Submission(
            id=row["id"],
            period_id=row["period_id"],
            convention=row["convention"],
            start_day=from_iso(row["start_day"]),  # type: ignore[arg-type]
            end_day=from_iso(row["end_day"]),  # type: ignore[arg-type]
            submitted_at=row["submitted_at"],
        )
        for row in rows
    ]


def insert_submission(
    db: Database, period_id: str, convention: str, start: date, end: date, at: str, by: str
) -> int:
    """Record that a period was submitted; return the row id."""
    cursor = db.execute(
        "INSERT INTO submissions (period_id, convention, start_day, end_day, submitted_at, "
        "submitted_by) VALUES (?, ?, ?, ?, ?, ?)",
        [period_id, convention, start.isoformat(), end.isoformat(), at, by],
    )
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def reopen_submission(db: Database, submission_id: int, at: str, by: str, reason: str) -> None:
    """Unlock a submitted period, keeping when, who and why."""
    db.execute(
        "UPDATE submissions SET reopened_at = ?, reopened_by = ?, reopen_reason = ? "
        "WHERE id = ? AND reopened_at IS NULL",
        [at, by, reason, submission_id],
    )


@dataclass(frozen=True)
class SubmissionRecord:
    """One submission of a period with its reopening, if any (the period's history)."""

    id: int
    period_id: str
    convention: str
    start_day: date
    end_day: date
    submitted_at: str
    submitted_by: str
    reopened_at: str | None
    reopened_by: str
    reopen_reason: str


_RECORD_COLUMNS = (
    "id, period_id, convention, start_day, end_day, submitted_at, submitted_by, "
    "reopened_at, reopened_by, reopen_reason"
)


def _record(row: dict) -> SubmissionRecord:
    return SubmissionRecord(
        id=row["id"],
        period_id=row["period_id"],
        convention=row["convention"],
        start_day=from_iso(row["start_day"]),  # type: ignore[arg-type]
        end_day=from_iso(row["end_day"]),  # type: ignore[arg-type]
        submitted_at=row["submitted_at"],
        submitted_by=row["submitted_by"] or "",
        reopened_at=row["reopened_at"],
        reopened_by=row["reopened_by"] or "",
        reopen_reason=row["reopen_reason"] or "",
    )


def submissions_of(db: Database, period_id: str, convention: str) -> list[SubmissionRecord]:
    """Every submission of one period under one convention, oldest first."""
    rows = db.query(
        f"SELECT {_RECORD_COLUMNS} FROM submissions WHERE period_id = ? AND convention = ? "
        "ORDER BY id",
        [period_id, convention],
    )
    return [_record(row) for row in rows]


def open_submission(db: Database, period_id: str, convention: str) -> SubmissionRecord | None:
    """The submission of the period that has not been reopened, or ``None``."""
    rows = list(
        db.query(
            f"SELECT {_RECORD_COLUMNS} FROM submissions WHERE period_id = ? AND convention = ? "
            "AND reopened_at IS NULL ORDER BY id DESC LIMIT 1",
            [period_id, convention],
        )
    )
    return _record(rows[0]) if rows else None
