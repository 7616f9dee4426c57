"""The office's plans travel inside its backups.

The templates the office issues are files in the ``templates`` folder beside its
database (``template_plans``), and a backup is one database file. So every file the
office issues is kept in its database too, when it is issued (and, for files issued
before, when the next backup is taken); a restore writes back beside the database every
kept file that is not there. A file already there is never rewritten: an issued
version never changes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.template_files import MAX_BYTES, read_exchange
from desktop_app.services import setup
from desktop_app.services.output_paths import make_folder_for, write_output
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store, kept_templates_store


def keep_beside(workspace: Workspace) -> int:
    """Keep in the office's database each sound template file beside it not kept yet.

    Does nothing on a commune's database. Returns how many files were kept now.
    """
    if setup.database_role(workspace) != setup.OFFICE:
        return 0
    folder = resources.installed_templates_dir(workspace.path)
    if not folder.is_dir():
        return 0
    kept = kept_templates_store.kept_files(workspace.db)
    found: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        if path.name in kept or not path.is_file():
            continue
        try:
            raw = path.read_bytes()
            if len(raw) > MAX_BYTES:
                continue
            read_exchange(raw, path.name)  # only what a commune would accept
            found[path.name] = raw.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError, UserError):
            continue
    if found:
        kept_templates_store.keep(workspace.db, found)
    return len(found)


def keep_issued(workspace: Workspace, name: str, content: bytes) -> None:
    """Keep the file ``name`` the office is issuing now (inside the caller's transaction)."""
    kept_templates_store.keep(workspace.db, {name: content.decode("utf-8-sig")})


def put_back(db_path: Path) -> list[Path]:
    """Write beside the database at ``db_path`` each template file it keeps that is not
    there (after a restore). Returns the files written; one that cannot be written is
    left for the next restore, and the database keeps it meanwhile."""
    try:
        conn = backup_store.open_read_only(db_path)
        try:
            kept = kept_templates_store.read_kept_files(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    folder = resources.installed_templates_dir(db_path)
    written: list[Path] = []
    for name, text in sorted(kept.items()):
        target = folder / name
        if Path(name).name != name or not name.endswith(".json") or target.exists():
            continue  # never a path elsewhere, never a file rewritten
        with contextlib.suppress(UserError):
            make_folder_for(folder, "file")
            write_output(target, text.encode("utf-8"))
            written.append(target)
    return written
