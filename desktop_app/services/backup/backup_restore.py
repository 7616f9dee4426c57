"""Putting a backup back in place of the database, after keeping a copy of the current one.

The window closes its ``Workspace`` before calling :func:`restore` and opens the
database again afterwards; the command line does the same. Nothing else may
have the database open meanwhile (the single-instance lock sees to that).

The order matters, and each step leaves a usable state if the next one fails:

1. The chosen backup is read without changing it: a damaged file, a file that is
   not ours or one written by a newer program is refused, nothing changed.
2. The current database is copied into the backups folder (``before-restore``),
   its ``-wal`` included, or its raw bytes when SQLite cannot read it.
3. The backup is copied beside the database under a temporary name and opened
   the normal way (an older schema is upgraded there), then closed.
4. The old database's ``-wal``/``-shm``/``-journal`` are removed (SQLite would
   replay the old log onto the new file) and the copy is renamed over the
   database in one step.
5. The template files the office's database keeps (``template_keeping``) and that are
   not beside it are written back, so its plans come back with it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.divisions import find_province
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, error
from desktop_app.i18n import render
from desktop_app.services.backup.backup import aware_now, folder_error, local_time
from desktop_app.services.output_paths import not_regular
from desktop_app.services.plans import template_keeping
from desktop_app.storage import backup_store, settings_store
from desktop_app.storage.backup_store import UnitFacts, backups_dir
from desktop_app.storage.database import close_database, open_database
from desktop_app.storage.migrations import step_names


@dataclass(frozen=True)
class RestoreResult:
    """Where the restored data came from and where the database as it was went."""

    restored_from: Path
    safety_copy: Path | None  # None when there was no database to keep
    templates_put_back: tuple[Path, ...] = ()  # the office's template files written back


def _refusal(path: Path, facts: backup_store.BackupFacts) -> UserError:
    if facts.problem == backup_store.NEWER:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {path} was written by a newer version of the program (schema "
                "{found}, this version knows {known}). Install the newer version to restore "
                "it. Nothing was changed.",
            ),
            path=str(path),
            found=facts.schema,
            known=len(step_names()),
        )
    if facts.problem == backup_store.DAMAGED:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {path} is damaged ({detail}). Nothing was changed; choose an "
                "older backup.",
            ),
            path=str(path),
            detail=facts.detail,
        )
    if facts.problem == backup_store.UNREADABLE:
        return error(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} cannot be read ({detail}). Nothing was changed."
            ),
            path=str(path),
            detail=facts.detail,
        )
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a backup of this program's database. Nothing was changed.",
        ),
        path=str(path),
    )


@dataclass(frozen=True)
class RestorePlan:
    """Whose data the backup holds, next to whose the database holds now."""

    backup: UnitFacts
    current: UnitFacts | None  # None: no database there yet, or one that cannot be read

    @property
    def same_unit(self) -> bool:
        """Whether the backup is of the database's own commune, or of the same province's
        office (or either is not set up)."""
        return self.current is None or self.backup.same_unit(self.current)


def describe_unit(facts: UnitFacts | None) -> Message:
    """``Thư viện xã Hòa Phú (commune 24175, Tỉnh Đắk Lắk), newest record 02/03/2026``."""
    if facts is not None and facts.office:
        return _describe_office(facts)
    if facts is None or not facts.commune_code:
        return Message("Errors", QT_TRANSLATE_NOOP("Errors", "no commune set up"), {})
    province = find_province(facts.province_code)
    params = {
        "name": facts.unit_name,
        "commune": facts.commune_code,
        "province": province.full_name if province else facts.province_code,
    }
    if not facts.newest_record:
        return Message(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "{name} (commune {commune}, {province}), no dated record"),
            params,
        )
    newest = date.fromisoformat(facts.newest_record[:10]).strftime("%d/%m/%Y")
    return Message(
        "Errors",
        QT_TRANSLATE_NOOP("Errors", "{name} (commune {commune}, {province}), newest record {day}"),
        {**params, "day": newest},
    )


def _describe_office(facts: UnitFacts) -> Message:
    """``Sở Văn hóa… (the province office's database, Tỉnh Đắk Lắk: plans and templates)``."""
    province = find_province(facts.province_code)
    return Message(
        "Errors",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} (the database of the province's office, {province}: its plans and report "
            "templates, no commune)",
        ),
        {"name": facts.unit_name, "province": province.full_name if province else ""},
    )


def plan_restore(db_path: Path, backup_path: Path) -> RestorePlan:
    """Read both files without changing them: whose data each holds.

    Raises:
        UserError: the backup is missing, damaged, not ours or from a newer program.
    """
    db_path = Path(db_path).expanduser().absolute()
    backup_path = Path(backup_path).expanduser().absolute()
    facts = _check_backup(db_path, backup_path)
    current = backup_store.read_facts(db_path) if db_path.is_file() else None
    return RestorePlan(facts.unit, current.unit if current and current.problem is None else None)


def _other_unit(plan: RestorePlan, backup_path: Path) -> UserError:
    return UserError(
        Message(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {path} holds the data of {backup}, not of {current}. Nothing was "
                "changed; confirm to restore it anyway (--yes on the command line).",
            ),
            {
                "path": str(backup_path),
                "backup": render(describe_unit(plan.backup)),
                "current": render(describe_unit(plan.current)),
            },
        )
    )


def _check_backup(db_path: Path, backup_path: Path) -> backup_store.BackupFacts:
    if backup_path.exists() and not backup_path.is_file() and not backup_path.is_dir():
        raise not_regular(backup_path)  # a device or a pipe: never read
    if not backup_path.is_file():
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} does not exist."),
            path=str(backup_path),
        )
    if db_path.exists() and os.path.samefile(db_path, backup_path):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is the database itself, not a backup of it. Choose a backup."
            ),
            path=str(backup_path),
        )
    facts = backup_store.read_facts(backup_path)
    if facts.problem is not None:
        raise _refusal(backup_path, facts)
    return facts


def _safety_copy(db_path: Path, now: datetime) -> Path | None:
    """Keep the current database (even a damaged one) before it is replaced."""
    if not db_path.exists():
        return None
    folder = backups_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = backup_store.free_name(folder, db_path.stem, local_time(now), "before-restore")
        return backup_store.copy_database_file(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise folder_error(exc, folder) from None


def _stage(backup_path: Path, staged: Path, now: datetime) -> None:
    """Copy the backup to ``staged`` and open it the normal way (upgrading an older schema)."""
    try:
        backup_store.stage_copy(backup_path, staged)
    except (OSError, sqlite3.Error, backup_store.CopyNotSoundError) as exc:
        raise folder_error(exc, staged.parent) from None
    db = open_database(staged, create=False)
    try:
        # The data now in place is the one of a backup file: the status bar counts from here.
        settings_store.write_values(
            db, {settings_store.LAST_BACKUP_KEY: now.isoformat(timespec="seconds")}
        )
    finally:
        close_database(db)


def restore(
    db_path: Path,
    backup_path: Path,
    now: datetime | None = None,
    *,
    other_unit: bool = False,
) -> RestoreResult:
    """Replace the database at ``db_path`` with the backup ``backup_path``.

    The caller must have closed every ``Workspace`` on ``db_path`` first. A
    backup of another commune than the database's is restored only when
    ``other_unit`` says the person confirmed it (see :func:`plan_restore`).

    Raises:
        UserError: the backup is missing, damaged, not ours, from a newer program
        or of another commune unconfirmed (nothing changed), or the disk refused
        a step (the database is unchanged, or the safety copy named in the
        message holds it).
    """
    now = aware_now(now)
    db_path = Path(db_path).expanduser().absolute()
    backup_path = Path(backup_path).expanduser().absolute()
    plan = plan_restore(db_path, backup_path)
    if not plan.same_unit and not other_unit:
        raise _other_unit(plan, backup_path)
    safety = _safety_copy(db_path, now)
    # "htsd.restoring": not a *.sqlite3 name, and its stem is the database's, so an
    # upgrade names its pre-upgrade copy like the database's own.
    staged = db_path.with_name(f"{db_path.stem}.restoring")
    backup_store.discard(staged)
    try:
        _stage(backup_path, staged, now)
        try:
            backup_store.swap_in(staged, db_path)
        except OSError as exc:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot put the backup in place of {path} ({detail}); is the database "
                    "open in another window? Close it and try again.",
                ),
                path=str(db_path),
                detail=exc.strerror or str(exc),
            ) from None
    finally:
        backup_store.discard(staged)
    return RestoreResult(
        restored_from=backup_path,
        safety_copy=safety,
        templates_put_back=tuple(template_keeping.put_back(db_path)),
    )
