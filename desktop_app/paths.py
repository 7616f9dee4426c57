"""Default locations of the user's data and settings, per operating system.

``HTSD_DATA_DIR`` overrides the data folder (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILE_NAME = "htsd.sqlite3"


def data_dir() -> Path:
    """The user's data folder: ``%LOCALAPPDATA%\\HTSD`` on Windows, XDG data home elsewhere."""
    override = os.environ.get("HTSD_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "HTSD"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "HTSD"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "htsd"


def default_db_path() -> Path:
    """The database the program opens when no ``--db`` is given."""
    return data_dir() / DB_FILE_NAME


def config_file() -> Path:
    """The per-user preferences file (language)."""
    return data_dir() / "preferences.ini"
