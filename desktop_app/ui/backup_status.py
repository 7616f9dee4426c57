"""The line about the last backup, shown by the status bar and the overview."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.services.backup import backup
from desktop_app.services.workspace import Workspace
from desktop_app.ui.text_formats import when_text


def backup_status(workspace: Workspace, now: datetime | None = None) -> tuple[str, bool]:
    """The status bar's text about the last backup, and whether it is a warning.

    The warning comes when there has been no backup for ``backup.WARN_AFTER_DAYS`` days.
    """
    days = backup.days_since_last_backup(workspace, now)
    if days is None:
        return QCoreApplication.translate("Backups", "No backup yet."), workspace.unit() is not None
    text = when_text(datetime.fromisoformat(workspace.last_backup() or "").astimezone())
    if days >= backup.WARN_AFTER_DAYS:
        return (
            QCoreApplication.translate(
                "Backups",
                "No backup for {days} days (the last on {when}). Copy the data to a USB stick "
                "from the File menu.",
            ).format(days=days, when=text),
            True,
        )
    return QCoreApplication.translate("Backups", "Last backup: {when}").format(when=text), False
