"""How backups are shown: kinds in words, what each holds, the restore list's columns (the
line about the last backup, which the status bar and the overview show, is the shell's:
``ui/backup_status.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.i18n import render
from desktop_app.services.backup.backup import BackupInfo
from desktop_app.ui.table_model import Column
from desktop_app.ui.text_formats import when_text

KIND_NAMES = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "exit": QT_TRANSLATE_NOOP("Backups", "on closing"),
    "manual": QT_TRANSLATE_NOOP("Backups", "by hand"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "other": QT_TRANSLATE_NOOP("Backups", "other file"),
}

# The main tables, in the order the summary names them.
SUMMARY_TABLES = (
    ("visits", QT_TRANSLATE_NOOP("Backups", "visit days {n}")),
    ("activities", QT_TRANSLATE_NOOP("Backups", "activities {n}")),
    ("clubs", QT_TRANSLATE_NOOP("Backups", "clubs {n}")),
    ("club_sessions", QT_TRANSLATE_NOOP("Backups", "club sessions {n}")),
    ("digital_services", QT_TRANSLATE_NOOP("Backups", "digital services {n}")),
    ("museum_records", QT_TRANSLATE_NOOP("Backups", "museum days {n}")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def kind_name(kind: str) -> str:
    """The translated name of a backup kind."""
    return _tr(KIND_NAMES.get(kind, kind))


def size_text(size: int) -> str:
    """A file size as the user's language writes it: ``1,3 MB`` in Vietnamese."""
    locale = QLocale()
    if size >= 1_000_000:
        return f"{locale.toString(size / 1_000_000, 'f', 1)} MB"
    return f"{locale.toString(max(1, round(size / 1000)))} kB"


def contents(info: BackupInfo) -> str:
    """What a backup holds (``visit days 1.234, activities 56, …``; the office's: how many
    template files) or why it is unusable."""
    if info.problem is not None:
        return QCoreApplication.translate("Backups", "Unusable: {reason}").format(
            reason=render(info.problem)
        )
    locale = QLocale()
    if info.office_templates is not None:
        return QCoreApplication.translate(
            "Backups", "the office's database: {n} template files"
        ).format(n=locale.toString(info.office_templates))
    return ", ".join(
        _tr(text).format(n=locale.toString(info.counts.get(table, 0)))
        for table, text in SUMMARY_TABLES
    )


BACKUP_COLUMNS: tuple[Column[BackupInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Taken"),
        lambda i: when_text(i.taken_at),
        lambda i: i.taken_at.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda i: kind_name(i.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Size"), lambda i: size_text(i.size), lambda i: i.size, True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Contents"), contents),
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda i: i.path.name),
)
