"""Records in a submitted period are locked until the period is reopened (issue: report)."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.services.workspace import Workspace
from desktop_app.storage.submissions_store import locked_periods_covering


def ensure_open(workspace: Workspace, first: date, last: date | None = None) -> None:
    """Refuse a change to a record dated ``first`` (..``last``) inside a submitted period.

    Raises:
        UserError: naming the period and telling how to unlock it.
    """
    locked = locked_periods_covering(workspace.db, first, last or first)
    if locked:
        period = locked[0]
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The period {period} ({start} to {end}) has been submitted, so its records "
                "are locked. Reopen the period on the Report screen to change them.",
            ),
            "day",
            period=period.period_id,
            start=period.start_day.strftime("%d/%m/%Y"),
            end=period.end_day.strftime("%d/%m/%Y"),
        )
