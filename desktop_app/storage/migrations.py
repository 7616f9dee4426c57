"""The schema, as named sqlite-utils migration steps. Append; never edit a released step."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

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


def step_names(steps: Migrations = migrations) -> list[str]:
    """The names of every step of ``steps``, in order.

    sqlite-utils has no public list of registered steps; every step is pending
    on an empty database, so ask it that.
    """
    return [m.name for m in steps.pending(Database(memory=True, execute_plugins=False))]


SCHEMA_VERSION = len(step_names())
