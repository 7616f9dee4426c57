"""The audit trail, kept by the database itself: who changed what, when, before and after.

Each user-data table has three triggers (AFTER INSERT, UPDATE and DELETE) that
append one row to ``audit_log``: the time (UTC, ISO 8601 with ``Z``), who acted,
the table, the row's key, the record's date (for period queries), the action and
``json_object`` of the row before and after. Every write path is covered: the
screens, the import, the demo builder, the command line and anything else that
writes through SQLite. A change rolled back leaves no audit row; an UPDATE that
changes nothing (bookkeeping columns such as ``updated_at`` aside) logs nothing.

Who acts is read from the one-row table ``_audit_actor``: ``Workspace.open``
writes the computer's user name there, and a trigger on ``settings`` copies the
preparer's name there whenever it is stored, so no caller has to remember it.

``audit_log`` is append-only: triggers refuse UPDATE and DELETE of it.

The triggers are generated from each table's columns when a schema step runs,
and the key, date and owner columns of each audited table are kept in
``_audit_tables``. Hence, in a later schema step:

- after adding columns to an audited table, call :func:`recreate_triggers`
  for it, or the new columns are not logged;
- after creating a new user-data table, call :func:`audit_table` with its
  :class:`AuditedTable`.

Released steps call :func:`create_audit_schema` and :func:`audit_table`; change
what they produce only by adding new functions, never by editing these.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

# Columns the program rewrites on every save: a change to them alone is not a change.
BOOKKEEPING_COLUMNS = frozenset({"updated_at", "created_at"})
ACTIONS = ("insert", "update", "delete")
PREPARER_KEY = "preparer_name"  # the settings key of UnitSettings.preparer_name
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


@dataclass(frozen=True)
class AuditedTable:
    """A table whose changes are logged.

    Attributes:
        name: the table.
        key: the column that identifies a row (``id``; ``key`` for settings).
        day: the record's date column, when it is a dated record.
        parent: the column naming the record it belongs to (a facility, a club).
    """

    name: str
    key: str = "id"
    day: str | None = None
    parent: str | None = None


def create_audit_schema(db: Database) -> None:
    """Create ``audit_log``, ``_audit_actor``, ``_audit_tables`` and their guards (step 0003)."""
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            os_user TEXT NOT NULL DEFAULT '',
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            day TEXT,
            moved_from TEXT,
            parent_id INTEGER,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old_json TEXT,
            new_json TEXT
        )
        """
    )
    # Undated rows only (settings, facilities, clubs, roster, baseline: few): dated rows, the
    # bulk of the log, are found through the day index, which keeps logging an import cheap.
    db.execute("CREATE INDEX idx_audit_log_row ON audit_log (table_name, row_id) WHERE day IS NULL")
    db.execute("CREATE INDEX idx_audit_log_day ON audit_log (day) WHERE day IS NOT NULL")
    db.execute(
        "CREATE INDEX idx_audit_log_moved ON audit_log (moved_from) WHERE moved_from IS NOT NULL"
    )
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER audit_log_no_{action.lower()} BEFORE {action} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
    db.execute(
        """
        CREATE TABLE _audit_actor (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            actor TEXT NOT NULL DEFAULT '',
            os_user TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        "INSERT INTO _audit_actor (id, actor) VALUES "
        "(1, coalesce((SELECT value FROM settings WHERE key = ?), ''))",
        [PREPARER_KEY],
    )
    db.execute(
        "CREATE TRIGGER audit_actor_kept BEFORE DELETE ON _audit_actor "
        "BEGIN SELECT RAISE(ABORT, 'the audit actor row is kept'); END"
    )
    for event in ("INSERT", "UPDATE"):
        db.execute(
            f"CREATE TRIGGER audit_actor_from_settings_{event.lower()} AFTER {event} ON settings "
            f"WHEN NEW.key = '{PREPARER_KEY}' "
            "BEGIN UPDATE _audit_actor SET actor = NEW.value WHERE id = 1; END"
        )
    db.execute(
        """
        CREATE TABLE _audit_tables (
            name TEXT PRIMARY KEY,
            key_column TEXT NOT NULL,
            day_column TEXT,
            parent_column TEXT
        )
        """
    )


def _columns(db: Database, table: str) -> list[str]:
    rows = db.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    if not rows:
        raise ValueError(f"no table {table!r} to audit")
    return [row[1] for row in rows]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _json(columns: Sequence[str], ref: str) -> str:
    pairs = ", ".join(f"'{c}', {ref}.{_quoted(c)}" for c in columns)
    return f"json_object({pairs})"


def _ref(ref: str, column: str | None) -> str:
    return f"{ref}.{_quoted(column)}" if column else "NULL"


def trigger_sql(spec: AuditedTable, columns: Sequence[str]) -> list[str]:
    """The three CREATE TRIGGER statements that log ``spec``'s table with ``columns``."""
    table = spec.name
    insert_into = (
        "INSERT INTO audit_log (at, actor, os_user, table_name, row_id, day, moved_from, "
        "parent_id, action, old_json, new_json) VALUES "
        f"({_NOW}, coalesce((SELECT actor FROM _audit_actor WHERE id = 1), ''), "
        "coalesce((SELECT os_user FROM _audit_actor WHERE id = 1), ''), "
        f"'{table}', "
    )
    moved = (
        f"CASE WHEN OLD.{_quoted(spec.day)} IS NOT NEW.{_quoted(spec.day)} "
        f"THEN OLD.{_quoted(spec.day)} END"
        if spec.day
        else "NULL"
    )
    compared = [c for c in columns if c not in BOOKKEEPING_COLUMNS]
    changed = " OR ".join(f"OLD.{_quoted(c)} IS NOT NEW.{_quoted(c)}" for c in compared)
    rows = {
        "insert": ("NEW", "NULL", "NULL", _json(columns, "NEW")),
        "update": ("NEW", moved, _json(columns, "OLD"), _json(columns, "NEW")),
        "delete": ("OLD", "NULL", _json(columns, "OLD"), "NULL"),
    }
    statements = []
    for action, (ref, moved_from, old, new) in rows.items():
        when = f" WHEN {changed}" if action == "update" else ""
        statements.append(
            f"CREATE TRIGGER {_quoted(f'audit_{table}_{action}')} "
            f"AFTER {action.upper()} ON {_quoted(table)}{when} BEGIN "
            f"{insert_into}{_ref(ref, spec.key)}, {_ref(ref, spec.day)}, {moved_from}, "
            f"{_ref(ref, spec.parent)}, '{action}', {old}, {new}); END"
        )
    return statements


def audit_table(db: Database, spec: AuditedTable) -> None:
    """Start logging ``spec``'s table: remember its columns' roles and create its triggers."""
    db.execute(
        "INSERT INTO _audit_tables (name, key_column, day_column, parent_column) "
        "VALUES (?, ?, ?, ?)",
        [spec.name, spec.key, spec.day, spec.parent],
    )
    for statement in trigger_sql(spec, _columns(db, spec.name)):
        db.execute(statement)


def audited_tables(db: Database) -> list[AuditedTable]:
    """Every table whose changes are logged, with its key, date and owner columns."""
    rows = db.query(
        "SELECT name, key_column, day_column, parent_column FROM _audit_tables ORDER BY rowid"
    )
    return [
        AuditedTable(r["name"], r["key_column"], r["day_column"], r["parent_column"]) for r in rows
    ]


def recreate_triggers(db: Database, table: str) -> None:
    """Regenerate ``table``'s triggers from its columns now (after a step added columns)."""
    spec = _spec(db, table)
    if spec is None:
        raise ValueError(f"{table!r} is not audited")
    with db.atomic():
        for action in ACTIONS:
            db.execute(f"DROP TRIGGER IF EXISTS {_quoted(f'audit_{table}_{action}')}")
        for statement in trigger_sql(spec, _columns(db, table)):
            db.execute(statement)


# -- who acts ------------------------------------------------------------------------------------
def has_audit(db: Database) -> bool:
    """Whether the schema has the audit trail (an old file opened without upgrading has not)."""
    rows = db.query(
        "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?", ["_audit_actor"]
    )
    return any(True for _ in rows)


def read_actor(db: Database) -> tuple[str, str] | None:
    """``(actor, os_user)`` the triggers write now, or ``None`` without an audit trail."""
    if not has_audit(db):
        return None
    row = next(db.query("SELECT actor, os_user FROM _audit_actor WHERE id = 1"), None)
    return (row["actor"], row["os_user"]) if row else ("", "")


def set_actor(db: Database, actor: str, os_user: str) -> None:
    """Name who acts from now on; writes only when it differs from what is stored."""
    current = read_actor(db)
    if current is None or current == (actor, os_user):
        return
    db.execute("UPDATE _audit_actor SET actor = ?, os_user = ? WHERE id = 1", [actor, os_user])


# -- reading the log -----------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log, its JSON read back into dictionaries."""

    id: int
    at: str
    actor: str
    os_user: str
    table_name: str
    row_id: str
    day: str | None
    moved_from: str | None
    parent_id: int | None
    action: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None


_SELECT = (
    "SELECT id, at, actor, os_user, table_name, row_id, day, moved_from, parent_id, action, "
    "old_json, new_json FROM audit_log"
)


def _entries(db: Database, where: str, params: Sequence[Any]) -> list[AuditEntry]:
    rows = db.query(f"{_SELECT} WHERE {where} ORDER BY id", list(params))
    return [
        AuditEntry(
            id=r["id"],
            at=r["at"],
            actor=r["actor"],
            os_user=r["os_user"],
            table_name=r["table_name"],
            row_id=str(r["row_id"]),
            day=r["day"],
            moved_from=r["moved_from"],
            parent_id=r["parent_id"],
            action=r["action"],
            old=json.loads(r["old_json"]) if r["old_json"] else None,
            new=json.loads(r["new_json"]) if r["new_json"] else None,
        )
        for r in rows
    ]


def _in(column: str, values: Sequence[Any]) -> str:
    return f"{column} IN ({', '.join('?' for _ in values)})"


def _spec(db: Database, table: str) -> AuditedTable | None:
    return next((s for s in audited_tables(db) if s.name == table), None)


def _day_column(db: Database, table: str) -> str | None:
    spec = _spec(db, table)
    return spec.day if spec else None


def entries_of_row(db: Database, table: str, row_id: object) -> list[AuditEntry]:
    """Every change of one row, oldest first.

    An undated row is found through the index of undated rows. A dated row is found
    through the day index: from the day it is stored on now, following each move back
    to the day it came from. A dated row no longer stored is searched for in the whole
    log (slower, and rare: the screens show stored rows).
    """
    key = str(row_id)
    spec = _spec(db, table)
    if spec is None or spec.day is None:
        return _entries(db, "day IS NULL AND table_name = ? AND row_id = ?", [table, key])
    stored = db.query(
        f"SELECT {_quoted(spec.day)} AS day FROM {_quoted(table)} WHERE {_quoted(spec.key)} = ?",
        [row_id],
    )
    current = next(stored, None)
    if current is None:
        return _entries(db, "table_name = ? AND row_id = ?", [table, key])
    found: dict[int, AuditEntry] = {}
    days, seen = [current["day"]], set()
    while days:
        day = days.pop()
        if day in seen:
            continue
        seen.add(day)
        for entry in _entries(db, "day = ? AND table_name = ? AND row_id = ?", [day, table, key]):
            found[entry.id] = entry
            if entry.moved_from:
                days.append(entry.moved_from)
    return sorted(found.values(), key=lambda e: e.id)


def entries_of_children(db: Database, tables: Sequence[str], parent_id: int) -> list[AuditEntry]:
    """Every change of the rows of ``tables`` that belong to ``parent_id``, oldest first.

    Undated tables go through the index; dated ones (a club's sessions) read the whole log.
    """
    undated = [t for t in tables if _day_column(db, t) is None]
    dated = [t for t in tables if t not in undated]
    entries = []
    if undated:
        where = f"day IS NULL AND {_in('table_name', undated)} AND parent_id = ?"
        entries += _entries(db, where, [*undated, parent_id])
    if dated:
        entries += _entries(
            db, f"{_in('table_name', dated)} AND parent_id = ?", [*dated, parent_id]
        )
    return sorted(entries, key=lambda e: e.id)


def entries_between(
    db: Database,
    first: date,
    last: date,
    *,
    tables: Sequence[str] | None = None,
    exclude: Sequence[str] = (),
    parent_id: int | None = None,
) -> list[AuditEntry]:
    """Changes to records dated ``first``..``last`` (or moved out of those days), oldest first."""
    span = [first.isoformat(), last.isoformat()]
    where = "(day BETWEEN ? AND ? OR moved_from BETWEEN ? AND ?)"
    params: list[Any] = [*span, *span]
    if tables:
        where += f" AND {_in('table_name', tables)}"
        params += list(tables)
    if exclude:
        where += f" AND NOT {_in('table_name', exclude)}"
        params += list(exclude)
    if parent_id is not None:
        where += " AND parent_id = ?"
        params.append(parent_id)
    return _entries(db, where, params)


def entries_matching(db: Database, table: str, values: Mapping[str, object]) -> list[AuditEntry]:
    """Changes to rows of ``table`` whose stored fields equal ``values`` (before or after)."""
    where = ("day IS NULL AND " if _day_column(db, table) is None else "") + "table_name = ?"
    params: list[Any] = [table]
    for column, value in values.items():
        path = f"$.{column}"
        where += " AND (json_extract(new_json, ?) IS ? OR json_extract(old_json, ?) IS ?)"
        params += [path, value, path, value]
    return _entries(db, where, params)


def count_entries(db: Database, tables: Iterable[str] | None = None) -> int:
    """How many audit rows there are (of ``tables``, when given)."""
    chosen = list(tables or ())
    where = f" WHERE {_in('table_name', chosen)}" if chosen else ""
    return int(next(db.query(f"SELECT count(*) AS n FROM audit_log{where}", chosen))["n"])
