"""The unit's own words for a period, typed on the report screen (domain.md §4)."""

from __future__ import annotations

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.period_texts import PeriodTexts, validated_texts
from desktop_app.domain.periods import Period
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import period_texts_store, submissions_store


def read(workspace: Workspace, period: Period) -> PeriodTexts:
    """The texts stored with ``period`` (empty when none)."""
    return period_texts_store.read_texts(workspace.db, period.id, period.convention)


@announces(ChangeKind.PERIOD_TEXTS)
def save(workspace: Workspace, period: Period, texts: PeriodTexts) -> PeriodTexts:
    """Check and store the texts of ``period``; the stored (cleaned) texts.

    Raises:
        UserError: a text too long or holding control characters; a submitted period.
    """
    cleaned = validated_texts(texts)
    if cleaned == read(workspace, period):
        return cleaned
    if submissions_store.open_submission(workspace.db, period.id, period.convention):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The report of {period} has been submitted, so its texts are locked. Reopen "
                "the period to change them.",
            ),
            "texts",
            period=period.id,
        )
    period_texts_store.write_texts(workspace.db, period.id, period.convention, cleaned)
    return cleaned
