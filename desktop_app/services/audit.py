"""The history of a record, of a facility's days and of a period, read from the audit trail.

The database logs every insert, change and delete itself (``storage.audit_store``);
this module turns those rows into :class:`Change` values a screen can show:
when (local time), who, what was done to which record, and the fields that
changed with their old and new values. Field names are the stored column names;
the window words them (``ui/history/history_labels.py``). Submissions and reopenings of
a period come from the submissions themselves, so the reasons given for
reopening are always in the period's history, older ones included.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from desktop_app.domain.activities import Activity
from desktop_app.domain.clubs import Club, ClubSession
from desktop_app.domain.dates import format_date
from desktop_app.domain.digital import DigitalService, MuseumRecord
from desktop_app.domain.facility import Facility
from desktop_app.domain.periods import parse_period
from desktop_app.services.workspace import Workspace
from desktop_app.storage import audit_store, clubs_store, facility_store, submissions_store
from desktop_app.storage.audit_store import AuditEntry

HIDDEN = frozenset({"id"}) | audit_store.BOOKKEEPING_COLUMNS
DATE_COLUMNS = frozenset(
    {"day", "start_day", "end_day", "opened_on", "closed_on", "founded_on", "joined_on",
     "effective_from"}
)  # fmt: skip
FLAG_COLUMNS = frozenset(
    {"estimated", "library_software", "digital_library", "web_presence", "lifelong_learning"}
)
TEXT_COLUMNS = frozenset(
    {"code", "name", "title", "note", "topic", "leader", "partners", "phone", "value",
     "period_id", "indicator", "submitted_by", "reopened_by", "reopen_reason", "submitted_at",
     "reopened_at", "type_code", "type", "mode", "kind", "field", "sex", "convention"}
)  # fmt: skip
OWNER_COLUMNS = {"facility_id": "facilities", "club_id": "clubs"}
# Tables whose rows belong to a facility and carry a date (a facility's days).
FACILITY_DAY_TABLES = (
    "visits", "activities", "digital_services", "museum_records", "facility_profiles"
)  # fmt: skip
# The table each kind of stored record lives in.
RECORD_TABLES: dict[type, str] = {
    Facility: "facilities",
    Club: "clubs",
    ClubSession: "club_sessions",
    Activity: "activities",
    DigitalService: "digital_services",
    MuseumRecord: "museum_records",
}
# A code shown after the record's summary (the window words it).
SUMMARY_CODES = {"digital_services": "kind", "activities": "type"}


@dataclass(frozen=True)
class FieldChange:
    """One field of a change; ``old`` is ``None`` for an insert, ``new`` for a delete.

    ``kind`` says how to show the values: ``date`` (a ``datetime.date``), ``flag``
    (a ``bool``), ``number``, ``code`` (a stored code the window words) or ``text``.
    """

    field: str
    old: Any
    new: Any
    kind: str


@dataclass(frozen=True)
class Change:
    """One change to one record (or a period submitted or reopened)."""

    id: int
    when: datetime  # in the computer's time zone
    actor: str  # the preparer named in the settings at the time
    os_user: str  # the computer's user name
    action: str  # insert, update, delete, submit or reopen
    table: str
    row_id: str
    day: date | None
    what: str  # the record in words: facility or club, date, title
    code: tuple[str, str] | None  # (column, code) the window words after ``what``
    fields: tuple[FieldChange, ...]

    @property
    def who(self) -> str:
        """``"Nguyễn Thị Lan (lan)"``; either part alone when the other is unknown."""
        if self.actor and self.os_user:
            return f"{self.actor} ({self.os_user})"
        return self.actor or self.os_user


def kind_of(table: str, column: str) -> str:
    """How a column's values are shown (see :class:`FieldChange`)."""
    if table == "baseline" and column == "value":
        return "number"
    if column in DATE_COLUMNS:
        return "date"
    if column in FLAG_COLUMNS:
        return "flag"
    if column in TEXT_COLUMNS:
        return "code" if column in {"type_code", "type", "mode", "kind", "field", "sex"} else "text"
    return "number"


def local_time(stamp: str) -> datetime:
    """An ISO time stamp (UTC ``Z`` or with an offset) in the computer's time zone."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:  # not written by this program; show it as the oldest
        return datetime.min.replace(tzinfo=UTC)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone()


class _Names:
    """Facility and club names by id, current ones first, then as last logged."""

    def __init__(self, workspace: Workspace) -> None:
        self._db = workspace.db
        self._names: dict[str, dict[int, str]] = {
            "facilities": {
                f.id: f"{f.code} \u2013 {f.name}"
                for f in facility_store.list_facilities(self._db)
                if f.id is not None
            },
            "clubs": {
                c.id: f"{c.code} \u2013 {c.name}"
                for c in clubs_store.list_clubs(self._db)
                if c.id is not None
            },
        }

    def of(self, table: str, row_id: Any) -> str:
        if row_id is None:
            return ""
        known = self._names[table]
        if row_id not in known:
            logged = [e.old or e.new for e in audit_store.entries_of_row(self._db, table, row_id)]
            last = logged[-1] if logged else None
            known[row_id] = f"{last['code']} \u2013 {last['name']}" if last else f"#{row_id}"
        return known[row_id]


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:  # not written by this program
        return None


def _value(column: str, value: Any, names: _Names) -> Any:
    if value is None:
        return None
    if column in DATE_COLUMNS:
        return _date(str(value)) or value
    if column in FLAG_COLUMNS:
        return bool(value)
    if column in OWNER_COLUMNS:
        return names.of(OWNER_COLUMNS[column], value)
    return value


def _summary(entry: AuditEntry, names: _Names) -> tuple[str, tuple[str, str] | None]:
    row = entry.new or entry.old or {}
    table = entry.table_name
    parts: list[str] = []
    if table in ("facilities", "clubs"):
        parts.append(f"{row.get('code', '')} \u2013 {row.get('name', '')}")
    elif "facility_id" in row:
        parts.append(names.of("facilities", row["facility_id"]))
    elif "club_id" in row:
        parts.append(names.of("clubs", row["club_id"]))
    if table in ("baseline", "submissions"):
        parts.append(f"{row.get('period_id', '')} ({row.get('convention', '')})")
    parts.append(format_date(_date(entry.day)))
    for column in ("title", "name", "indicator"):
        if column in row and table not in ("facilities", "clubs"):
            parts.append(str(row[column]))
    code_column = SUMMARY_CODES.get(table)
    code = (code_column, str(row[code_column])) if code_column in row else None
    return ", ".join(p for p in parts if p), code


def _fields(entry: AuditEntry, names: _Names) -> tuple[FieldChange, ...]:
    old, new = entry.old or {}, entry.new or {}
    if entry.table_name == "settings":
        key = str((entry.new or entry.old or {}).get("key", entry.row_id))
        return (FieldChange(key, old.get("value"), new.get("value"), "text"),)
    shown_in_summary = {"facility_id", "club_id", "period_id", "convention", "title", "code",
                        "name", "indicator", "day", "start_day", "effective_from"}  # fmt: skip
    if entry.table_name == "clubs":  # its summary is its code and name, not its host
        shown_in_summary.discard("facility_id")
    changes = []
    for column in dict.fromkeys([*old, *new]):
        if column in HIDDEN:
            continue
        before, after = old.get(column), new.get(column)
        if entry.action == "update":
            if before == after:
                continue
        elif column in shown_in_summary or (before or after) in (None, "", 0):
            continue
        changes.append(
            FieldChange(
                column,
                _value(column, before, names),
                _value(column, after, names),
                kind_of(entry.table_name, column),
            )
        )
    return tuple(changes)


def _change(entry: AuditEntry, names: _Names) -> Change:
    what, code = _summary(entry, names)
    return Change(
        id=entry.id,
        when=local_time(entry.at),
        actor=entry.actor,
        os_user=entry.os_user,
        action=entry.action,
        table=entry.table_name,
        row_id=entry.row_id,
        day=_date(entry.day),
        what=what,
        code=code,
        fields=_fields(entry, names),
    )


def _without_rewrites(entries: Sequence[AuditEntry]) -> list[AuditEntry]:
    """Drop a roster row deleted and inserted again unchanged in the same second.

    Saving a club rewrites its whole roster; a member who did not change is not a change.
    """

    def content(row: dict[str, Any] | None) -> tuple[Any, ...]:
        return tuple(sorted((k, v) for k, v in (row or {}).items() if k != "id"))

    pending: dict[tuple[Any, ...], list[int]] = {}  # deleted, not yet inserted again
    dropped: set[int] = set()
    for e in entries:  # oldest first: an insert can only undo a delete before it
        if e.table_name != "club_members" or e.action == "update":
            continue
        key = (e.at, e.parent_id, content(e.old if e.action == "delete" else e.new))
        if e.action == "delete":
            pending.setdefault(key, []).append(e.id)
        elif pending.get(key):
            dropped.update((pending[key].pop(0), e.id))
    return [e for e in entries if e.id not in dropped]


def _changes(workspace: Workspace, entries: Iterable[AuditEntry]) -> list[Change]:
    """Newest first."""
    names = _Names(workspace)
    kept = _without_rewrites(sorted(entries, key=lambda e: e.id))
    return [_change(e, names) for e in reversed(kept)]


def record_history(workspace: Workspace, table: str, row_id: object) -> list[Change]:
    """Every change of one record, newest first; a facility's profiles and a club's roster
    and sessions are part of its history."""
    db = workspace.db
    entries = audit_store.entries_of_row(db, table, row_id)
    children = {"facilities": ("facility_profiles",), "clubs": ("club_members", "club_sessions")}
    if table in children:
        entries += audit_store.entries_of_children(db, children[table], int(str(row_id)))
    return _changes(workspace, entries)


def history_of(workspace: Workspace, record: Any) -> list[Change]:
    """The history of a stored record (a facility, club, activity, digital or museum row)."""
    table = RECORD_TABLES.get(type(record))
    if table is None or getattr(record, "id", None) is None:
        return []
    return record_history(workspace, table, record.id)


def facility_history(
    workspace: Workspace,
    facility_id: int,
    first: date,
    last: date,
    tables: Sequence[str] = FACILITY_DAY_TABLES,
) -> list[Change]:
    """Changes to a facility's records dated ``first``..``last`` (its month of visits)."""
    entries = audit_store.entries_between(
        workspace.db, first, last, tables=tables, parent_id=facility_id
    )
    return _changes(workspace, entries)


def baseline_history(workspace: Workspace, period_id: str, convention: str) -> list[Change]:
    """Changes to the baseline typed for one period, newest first."""
    entries = audit_store.entries_matching(
        workspace.db, "baseline", {"period_id": period_id, "convention": convention}
    )
    return _changes(workspace, entries)


def _submission_changes(workspace: Workspace, period_id: str, convention: str) -> list[Change]:
    changes = []
    for record in submissions_store.submissions_of(workspace.db, period_id, convention):
        what = f"{record.period_id} ({record.convention})"
        events = [("submit", record.submitted_at, record.submitted_by, ())]
        if record.reopened_at:
            reason = (FieldChange("reopen_reason", None, record.reopen_reason, "text"),)
            events.append(("reopen", record.reopened_at, record.reopened_by, reason))
        for action, at, by, fields in events:
            changes.append(
                Change(0, local_time(at), by, "", action, "submissions", str(record.id),
                       record.start_day, what, None, fields)
            )  # fmt: skip
    return changes


def period_history(
    workspace: Workspace,
    start: date,
    end: date,
    *,
    period_id: str | None = None,
    convention: str = "calendar",
) -> list[Change]:
    """Every change to records dated ``start``..``end``, newest first.

    With ``period_id`` it also holds the period's submissions and reopenings (with
    their reasons), changes to its "Thuyết minh" texts and to the baseline of the same
    period a year earlier, which the report compares with.
    """
    entries = audit_store.entries_between(workspace.db, start, end, exclude=("submissions",))
    if period_id is not None:
        earlier = parse_period(period_id, convention).previous_year()
        entries += audit_store.entries_matching(
            workspace.db, "baseline", {"period_id": earlier.id, "convention": convention}
        )
        entries += audit_store.entries_matching(  # the unit's own words for the period
            workspace.db, "period_texts", {"period_id": period_id, "convention": convention}
        )
    changes = _changes(workspace, entries)
    if period_id is not None:
        changes += _submission_changes(workspace, period_id, convention)
        changes.sort(key=lambda c: c.when, reverse=True)
    return changes
