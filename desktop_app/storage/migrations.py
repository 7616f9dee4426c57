"""The schema, as named sqlite-utils migration steps. Append; never edit a released step."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop_app.storage.audit_store import (
    AuditedTable,
    audit_table,
    create_audit_schema,
    has_audit,
    recreate_triggers,
)

MIGRATION_SET = "htsd"
migrations = Migrations(MIGRATION_SET)

FACILITY_TYPE_CODES = ("TV_XA", "TV_CD", "PD_THON", "BDVHX", "TTVH_XA", "NVH_THON", "TTHTCD", "BT")


@migrations(name="0001_unit_and_facilities")
def _unit_and_facilities(db: Database) -> None:
    type_list = ", ".join(f"'{code}'" for code in FACILITY_TYPE_CODES)
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """
    )
    db.execute(
        f"""
        CREATE TABLE facilities (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            type_code TEXT NOT NULL CHECK (type_code IN ({type_list})),
            name TEXT NOT NULL CHECK (length(name) > 0),
            opened_on TEXT,
            closed_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE facility_profiles (
            id INTEGER PRIMARY KEY,
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            effective_from TEXT NOT NULL,
            area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 >= 0),
            seats INTEGER CHECK (seats IS NULL OR seats >= 0),
            computers INTEGER CHECK (computers IS NULL OR computers >= 0),
            computers_internet INTEGER
                CHECK (computers_internet IS NULL OR computers_internet >= 0),
            books INTEGER CHECK (books IS NULL OR books >= 0),
            library_software INTEGER NOT NULL DEFAULT 0 CHECK (library_software IN (0, 1)),
            digital_library INTEGER NOT NULL DEFAULT 0 CHECK (digital_library IN (0, 1)),
            web_presence INTEGER NOT NULL DEFAULT 0 CHECK (web_presence IN (0, 1)),
            UNIQUE (facility_id, effective_from)
        )
        """
    )


@migrations(name="0002_daily_logs")
def _daily_logs(db: Database) -> None:
    of_which = ", ".join(
        f"{c} INTEGER NOT NULL DEFAULT 0 CHECK ({c} >= 0 AND {c} <= total)"
        for c in ("children", "elderly", "disabled", "ethnic_minority", "women", "mobile")
    )
    db.execute(
        f"""
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            day TEXT NOT NULL,
            total INTEGER NOT NULL CHECK (total >= 0),
            {of_which},
            documents INTEGER NOT NULL DEFAULT 0 CHECK (documents >= 0),
            new_cards INTEGER NOT NULL DEFAULT 0 CHECK (new_cards >= 0),
            estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (facility_id, day)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE clubs (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(name) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('clb', 'lop_nang_khieu', 'nhom_so_thich')),
            field TEXT NOT NULL CHECK (field IN
                ('van_nghe', 'the_thao', 'doc_sach', 'ky_nang_so', 'ngoai_ngu', 'khac')),
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            founded_on TEXT,
            closed_on TEXT,
            leader TEXT NOT NULL DEFAULT '',
            members INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
            members_women INTEGER NOT NULL DEFAULT 0
                CHECK (members_women >= 0 AND members_women <= members),
            members_children INTEGER NOT NULL DEFAULT 0
                CHECK (members_children >= 0 AND members_children <= members),
            members_elderly INTEGER NOT NULL DEFAULT 0
                CHECK (members_elderly >= 0 AND members_elderly <= members),
            CHECK (closed_on IS NULL OR founded_on IS NULL OR closed_on >= founded_on)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE club_members (
            id INTEGER PRIMARY KEY,
            club_id INTEGER NOT NULL REFERENCES clubs(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(name) > 0),
            sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'nam', 'nu')),
            birth_year INTEGER,
            phone TEXT NOT NULL DEFAULT '',
            joined_on TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE club_sessions (
            id INTEGER PRIMARY KEY,
            club_id INTEGER NOT NULL REFERENCES clubs(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            attendance INTEGER NOT NULL DEFAULT 0 CHECK (attendance >= 0),
            UNIQUE (club_id, day)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            start_day TEXT NOT NULL,
            end_day TEXT NOT NULL CHECK (end_day >= start_day),
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            type TEXT NOT NULL CHECK (type IN ('ngay_sach', 'tuan_le_htsd', 'trung_bay',
                'noi_chuyen', 'lop_hoc', 'luu_dong', 'luan_chuyen', 'van_nghe', 'the_thao',
                'khac')),
            title TEXT NOT NULL CHECK (length(title) > 0),
            partners TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL DEFAULT 'tai_cho'
                CHECK (mode IN ('tai_cho', 'luu_dong', 'truc_tuyen')),
            lifelong_learning INTEGER NOT NULL DEFAULT 0 CHECK (lifelong_learning IN (0, 1)),
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            children INTEGER NOT NULL DEFAULT 0
                CHECK (children >= 0 AND children <= participants),
            elderly INTEGER NOT NULL DEFAULT 0 CHECK (elderly >= 0 AND elderly <= participants),
            women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0 AND women <= participants),
            UNIQUE (facility_id, start_day, type, title)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE digital_services (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN
                ('may_tinh', 'tai_nguyen_so', 'so_hoa', 'truc_tuyen', 'ky_nang_so')),
            quantity INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            UNIQUE (facility_id, day, kind)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE museum_records (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            visitors INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
            learners INTEGER NOT NULL DEFAULT 0 CHECK (learners >= 0 AND learners <= visitors),
            digitised INTEGER NOT NULL DEFAULT 0 CHECK (digitised >= 0),
            collected INTEGER NOT NULL DEFAULT 0 CHECK (collected >= 0),
            exhibitions INTEGER NOT NULL DEFAULT 0 CHECK (exhibitions >= 0),
            UNIQUE (facility_id, day)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE baseline (
            id INTEGER PRIMARY KEY,
            period_id TEXT NOT NULL,
            convention TEXT NOT NULL CHECK (convention IN ('calendar', 'nd09')),
            indicator TEXT NOT NULL,
            value REAL NOT NULL CHECK (value >= 0),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (period_id, convention, indicator)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            period_id TEXT NOT NULL,
            convention TEXT NOT NULL CHECK (convention IN ('calendar', 'nd09')),
            start_day TEXT NOT NULL,
            end_day TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            submitted_by TEXT NOT NULL DEFAULT '',
            reopened_at TEXT,
            reopened_by TEXT NOT NULL DEFAULT '',
            reopen_reason TEXT NOT NULL DEFAULT ''
        )
        """
    )
    for table, columns in (
        ("visits", "day"),
        ("club_sessions", "day"),
        ("activities", "start_day"),
        ("digital_services", "day"),
        ("museum_records", "day"),
    ):
        db.execute(f"CREATE INDEX idx_{table}_{columns} ON {table} ({columns})")


# The tables step 0003 logs, with each one's key, date and owner columns. Frozen: a later
# step that adds a user-data table calls audit_store.audit_table() for it, and one that adds
# columns to a table below calls audit_store.recreate_triggers() (see audit_store).
_AUDITED_IN_0003 = (
    AuditedTable("settings", key="key"),
    AuditedTable("facilities"),
    AuditedTable("facility_profiles", day="effective_from", parent="facility_id"),
    AuditedTable("visits", day="day", parent="facility_id"),
    AuditedTable("clubs", parent="facility_id"),
    AuditedTable("club_members", parent="club_id"),
    AuditedTable("club_sessions", day="day", parent="club_id"),
    AuditedTable("activities", day="start_day", parent="facility_id"),
    AuditedTable("digital_services", day="day", parent="facility_id"),
    AuditedTable("museum_records", day="day", parent="facility_id"),
    AuditedTable("baseline"),
    AuditedTable("submissions", day="start_day"),
)


@migrations(name="0003_audit")
def _audit(db: Database) -> None:
    create_audit_schema(db)
    for spec in _AUDITED_IN_0003:
        audit_table(db, spec)


ACTIVITY_TYPES_0004 = (
    "ngay_sach", "ngay_sach_ban_quyen", "ngay_bao_tang", "ngay_di_san", "tuan_le_htsd",
    "trung_bay", "noi_chuyen", "lop_hoc", "luu_dong", "luan_chuyen", "van_nghe", "the_thao",
    "khac",
)  # fmt: skip


@migrations(name="0004_named_days_and_period_texts")
def _named_days_and_period_texts(db: Database) -> None:
    """The named days 23/4, 18/5 and 23/11 as activity types (SQLite cannot change a CHECK:
    the table is copied, ids kept, its index and audit triggers made again); the unit's own
    words for a period, printed on the "Thuyết minh" sheet (domain.md §4)."""
    type_list = ", ".join(f"'{code}'" for code in ACTIVITY_TYPES_0004)
    db.execute(
        f"""
        CREATE TABLE activities_0004 (
            id INTEGER PRIMARY KEY,
            start_day TEXT NOT NULL,
            end_day TEXT NOT NULL CHECK (end_day >= start_day),
            facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT,
            type TEXT NOT NULL CHECK (type IN ({type_list})),
            title TEXT NOT NULL CHECK (length(title) > 0),
            partners TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL DEFAULT 'tai_cho'
                CHECK (mode IN ('tai_cho', 'luu_dong', 'truc_tuyen')),
            lifelong_learning INTEGER NOT NULL DEFAULT 0 CHECK (lifelong_learning IN (0, 1)),
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            children INTEGER NOT NULL DEFAULT 0
                CHECK (children >= 0 AND children <= participants),
            elderly INTEGER NOT NULL DEFAULT 0 CHECK (elderly >= 0 AND elderly <= participants),
            women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0 AND women <= participants),
            UNIQUE (facility_id, start_day, type, title)
        )
        """
    )
    columns = (
        "id, start_day, end_day, facility_id, type, title, partners, mode, lifelong_learning, "
        "participants, children, elderly, women"
    )
    db.execute(f"INSERT INTO activities_0004 ({columns}) SELECT {columns} FROM activities")
    db.execute("DROP TABLE activities")
    db.execute("ALTER TABLE activities_0004 RENAME TO activities")
    db.execute("CREATE INDEX idx_activities_start_day ON activities (start_day)")
    if has_audit(db):
        recreate_triggers(db, "activities")
    db.execute(
        """
        CREATE TABLE period_texts (
            id INTEGER PRIMARY KEY,
            period_id TEXT NOT NULL,
            convention TEXT NOT NULL CHECK (convention IN ('calendar', 'nd09')),
            assessment TEXT NOT NULL DEFAULT '',
            difficulties TEXT NOT NULL DEFAULT '',
            proposals TEXT NOT NULL DEFAULT '',
            UNIQUE (period_id, convention)
        )
        """
    )
    if has_audit(db):
        audit_table(db, AuditedTable("period_texts"))


def step_names(steps: Migrations = migrations) -> list[str]:
    """The names of every step of ``steps``, in order.

    sqlite-utils has no public list of registered steps; every step is pending
    on an empty database, so ask it that.
    """
    return [m.name for m in steps.pending(Database(memory=True, execute_plugins=False))]


SCHEMA_VERSION = len(step_names())
