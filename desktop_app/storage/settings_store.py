"""The unit's settings: one key/value table."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlite_utils import Database

from desktop_app.domain.unit import UnitSettings

LAST_BACKUP_KEY = "last_backup_at"


def read_value(db: Database, key: str) -> str | None:
    """One setting, or ``None`` when unset."""
    rows = db.query("SELECT value FROM settings WHERE key = ?", [key])
    return next((row["value"] for row in rows), None)


def write_values(db: Database, values: dict[str, str]) -> None:
    """Set several settings in one transaction."""
    with db.atomic():
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )


def read_unit(db: Database) -> UnitSettings | None:
    """The unit's settings, or ``None`` before the commune has been set up."""
    names = [f.name for f in fields(UnitSettings)]
    placeholders = ", ".join("?" for _ in names)
    query = f"SELECT key, value FROM settings WHERE key IN ({placeholders})"
    rows = {row["key"]: row["value"] for row in db.query(query, names)}
    if not all(rows.get(key) for key in ("province_code", "commune_code", "unit_name")):
        return None
    return UnitSettings(**{name: rows.get(name, "") for name in names})


def write_unit(db: Database, unit: UnitSettings) -> None:
    """Store every field of the unit's settings."""
    write_values(db, {key: str(value) for key, value in asdict(unit).items()})
