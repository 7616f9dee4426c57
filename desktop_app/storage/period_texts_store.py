"""The unit's own words for a period (table ``period_texts``)."""

from __future__ import annotations

from sqlite_utils import Database

from desktop_app.domain.period_texts import PeriodTexts

_UPSERT = (
    "INSERT INTO period_texts (period_id, convention, assessment, difficulties, proposals) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id, convention) DO UPDATE SET "
    "assessment = excluded.assessment, difficulties = excluded.difficulties, "
    "proposals = excluded.proposals"
)


def read_texts(db: Database, period_id: str, convention: str) -> PeriodTexts:
    """The stored texts of one period; empty texts when none are stored."""
    rows = list(
        db.query(
            "SELECT assessment, difficulties, proposals FROM period_texts "
            "WHERE period_id = ? AND convention = ?",
            [period_id, convention],
        )
    )
    return PeriodTexts(**rows[0]) if rows else PeriodTexts()


def write_texts(db: Database, period_id: str, convention: str, texts: PeriodTexts) -> None:
    """Store the texts of one period, replacing those there; all empty removes the row."""
    if texts.is_empty:
        db.execute(
            "DELETE FROM period_texts WHERE period_id = ? AND convention = ?",
            [period_id, convention],
        )
        return
    db.execute(
        _UPSERT,
        [period_id, convention, texts.assessment, texts.difficulties, texts.proposals],
    )
