"""The template files the office issued, kept inside its database too (in ``settings``,
one row per file, keyed ``template_file/<file name>``), so that every backup of the
office's database holds its plans and a restore can put them back beside it."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

PREFIX = "template_file/"


def kept_files(db: Database) -> dict[str, str]:
    """The kept files by name, with their text."""
    rows = db.query(
        "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?", [len(PREFIX), PREFIX]
    )
    return {str(row["key"])[len(PREFIX) :]: str(row["value"]) for row in rows}


def keep(db: Database, files: dict[str, str]) -> None:
    """Keep these files (name -> text) in one transaction; a name kept already is left as
    it is (an issued version is never rewritten)."""
    with db.atomic():
        for name, text in files.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                [PREFIX + name, text],
            )


def read_kept_files(conn: sqlite3.Connection) -> dict[str, str]:
    """:func:`kept_files` through a plain (read-only) connection; {} without settings."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "settings" not in tables:
        return {}
    rows = conn.execute(
        "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?", [len(PREFIX), PREFIX]
    )
    return {str(key)[len(PREFIX) :]: str(value) for key, value in rows}
