"""The copy to a USB stick, off the GUI thread: a small window with progress and Cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.services.backup import backup
from desktop_app.services.workspace import Workspace
from desktop_app.ui.operations import Operation
from desktop_app.ui.worker import IsCancelled, Progress


class UsbCopyDialog(QDialog):
    """Writes a checked copy of the database into a folder while showing how far it got.

    The copy runs in a thread on a connection of its own; Cancel (or closing the
    window) stops it between two steps and nothing is left in the folder. The outcome
    is in :attr:`written` (the copy), :attr:`error` (what the folder refused) or
    neither (cancelled).
    """

    def __init__(
        self, db_path: Path, folder: Path, now: datetime | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy to a USB stick"))
        self.setModal(True)
        self.written: Path | None = None
        self.error: UserError | None = None
        self.cancelled = False
        self.label = QLabel(self.tr("Copying the data to {folder}\u2026").format(folder=folder))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(440, 120)

        def copy(progress: Progress, is_cancelled: IsCancelled) -> Path:
            workspace = Workspace.open(db_path, create=False)  # this thread's own connection
            try:
                return backup.copy_to_folder(
                    workspace, folder, now, progress=progress, is_cancelled=is_cancelled
                )
            finally:
                workspace.close()

        self.operation = Operation(
            self,
            copy,
            self._copied,
            failure=self._refused,
            cancelled=self._cancelled,
            ended=self.accept,
            stops=(backup.BackupCancelled,),
            bar=self.bar,
            cancel_button=self.cancel_button,
            label=self.label,
            text=self.label.text(),
        )

    def _copied(self, path: Path) -> None:
        self.written = path

    def _refused(self, exc: UserError) -> None:
        self.error = exc

    def _cancelled(self) -> None:
        self.cancelled = True

    def exec(self) -> int:
        """Start the copy and wait for it, the window responsive meanwhile."""
        self.operation.start()
        return super().exec()

    def reject(self) -> None:
        """Escape or closing the window asks the copy to stop; the window closes when it has."""
        if self.operation.running:
            self.operation.cancel()
        else:
            super().reject()

    @classmethod
    def copy(
        cls, parent: QWidget | None, workspace: Workspace, folder: Path, now: datetime | None
    ) -> UsbCopyOutcome:
        """Copy ``workspace``'s database to ``folder`` and say how it went."""
        dialog = cls(workspace.path, folder, now, parent)
        try:
            dialog.exec()
            return UsbCopyOutcome(dialog.written, dialog.error, dialog.cancelled)
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class UsbCopyOutcome:
    """The copy written, or what the folder refused, or that Cancel stopped it (all three
    empty: a bug, which the crash handler has reported)."""

    written: Path | None
    error: UserError | None
    cancelled: bool
