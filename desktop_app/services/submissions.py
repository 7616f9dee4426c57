"""Marking a period as submitted (which locks its records) and reopening it.

A period is identified by its id and convention (domain.md §3). Submitting it
records when and by whom; while it stays submitted, ``locks.ensure_open``
refuses every change to a record dated inside it. Reopening needs a reason,
which is kept with when and who, so the history of a period can be shown.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import parse_period
from desktop_app.domain.text import clean_text
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import submissions_store
from desktop_app.storage.submissions_store import SubmissionRecord

REASON_MAX = 500
BY_MAX = 200


@dataclass(frozen=True)
class SubmissionStatus:
    """A period that is submitted now: locked since ``submitted_at``."""

    period_id: str
    convention: str
    start: date
    end: date
    submitted_at: datetime
    submitted_by: str


@dataclass(frozen=True)
class SubmissionEntry:
    """One submission of a period and, when it was reopened, when, by whom and why."""

    submitted_at: datetime
    submitted_by: str
    reopened_at: datetime | None
    reopened_by: str
    reopen_reason: str


def current_user(workspace: Workspace) -> str:
    """Who is acting: the preparer named in the settings and the computer's user name.

    ``"Nguyễn Thị Lan (lan)"``; either part alone when the other is unknown.
    """
    unit = workspace.unit()
    preparer = unit.preparer_name if unit else ""
    try:
        account = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment
        account = ""
    if preparer and account:
        return f"{preparer} ({account})"
    return preparer or account


def _stamp(now: datetime) -> str:
    """ISO 8601 with the offset; a naive time is taken as the computer's local time."""
    return now.astimezone().isoformat(timespec="seconds")


def _when(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # not written by this program; show it as the oldest
        return datetime.min


def _by(by: str) -> str:
    return clean_text(by, BY_MAX, "by")


@announces(ChangeKind.SUBMISSIONS)
def submit(
    workspace: Workspace, period_id: str, convention: str, by: str, now: datetime
) -> SubmissionStatus:
    """Mark the period submitted: from now on its records are locked.

    Raises:
        UserError: a bad period id or convention, or the period is already submitted.
    """
    period = parse_period(period_id, convention)
    who = _by(by)
    with workspace.db.atomic():
        current = submissions_store.open_submission(workspace.db, period.id, period.convention)
        if current is not None:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The period {period} was already submitted on {when}. Reopen it first "
                    "to submit it again.",
                ),
                "period",
                period=period.id,
                when=_when(current.submitted_at).strftime("%d/%m/%Y %H:%M"),
            )
        stamp = _stamp(now)
        submissions_store.insert_submission(
            workspace.db, period.id, period.convention, period.start, period.end, stamp, who
        )
    return SubmissionStatus(
        period.id, period.convention, period.start, period.end, _when(stamp), who
    )


def clean_reason(reason: str | None) -> str:
    """The reason for reopening, cleaned; it may not be empty.

    Raises:
        UserError: empty, longer than 500 characters, or holding control characters.
    """
    text = clean_text(reason, REASON_MAX, "reason")
    if not text:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Say why the period is reopened: the reason is empty."),
            "reason",
        )
    return text


@announces(ChangeKind.SUBMISSIONS)
def reopen(
    workspace: Workspace, period_id: str, convention: str, reason: str, by: str, now: datetime
) -> SubmissionEntry:
    """Unlock a submitted period, recording when, by whom and why.

    Raises:
        UserError: a bad period, an empty or too long reason, or the period is not submitted.
    """
    period = parse_period(period_id, convention)
    why = clean_reason(reason)
    who = _by(by)
    with workspace.db.atomic():
        current = submissions_store.open_submission(workspace.db, period.id, period.convention)
        if current is None:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors", "The period {period} is not submitted, so there is nothing to reopen."
                ),
                "period",
                period=period.id,
            )
        stamp = _stamp(now)
        submissions_store.reopen_submission(workspace.db, current.id, stamp, who, why)
    return SubmissionEntry(
        submitted_at=_when(current.submitted_at),
        submitted_by=current.submitted_by,
        reopened_at=_when(stamp),
        reopened_by=who,
        reopen_reason=why,
    )


def status(workspace: Workspace, period_id: str, convention: str) -> SubmissionStatus | None:
    """The period's submission while it is submitted, or ``None`` when it is open to changes.

    Raises:
        UserError: a bad period id or convention.
    """
    period = parse_period(period_id, convention)
    current = submissions_store.open_submission(workspace.db, period.id, period.convention)
    if current is None:
        return None
    return SubmissionStatus(
        period.id,
        period.convention,
        current.start_day,
        current.end_day,
        _when(current.submitted_at),
        current.submitted_by,
    )


def _entry(record: SubmissionRecord) -> SubmissionEntry:
    return SubmissionEntry(
        submitted_at=_when(record.submitted_at),
        submitted_by=record.submitted_by,
        reopened_at=_when(record.reopened_at) if record.reopened_at else None,
        reopened_by=record.reopened_by,
        reopen_reason=record.reopen_reason,
    )


def history(workspace: Workspace, period_id: str, convention: str) -> list[SubmissionEntry]:
    """Every submission of the period and its reopening, oldest first.

    Raises:
        UserError: a bad period id or convention.
    """
    period = parse_period(period_id, convention)
    return [
        _entry(record)
        for record in submissions_store.submissions_of(workspace.db, period.id, period.convention)
    ]
