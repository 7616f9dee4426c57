"""Start the window: language, database, first-start wizard, main window."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.crash_log import write_crash_log
from desktop_app.domain.messages import UserError
from desktop_app.i18n import install_language
from desktop_app.paths import config_file, default_db_path
from desktop_app.resources import resources_dir
from desktop_app.services import instance, setup
from desktop_app.services.backup import backup
from desktop_app.services.instance import OpenDatabase
from desktop_app.services.workspace import DamagedDatabaseError, Workspace
from desktop_app.storage.sqlite_errors import as_user_error
from desktop_app.ui import dialogs
from desktop_app.ui.preferences import Preferences

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class AppController:
    """Owns the open database and whichever top-level window is shown."""

    def __init__(self, db_path: Path, language: str, preferences: Preferences) -> None:
        self.db_path = db_path
        self.language = language
        self.preferences = preferences
        self.opened: OpenDatabase | None = None
        self.window: QWidget | None = None

    @property
    def workspace(self) -> Workspace | None:
        """The open database, or None before start and after close."""
        return self.opened.workspace if self.opened is not None else None

    def start(self) -> bool:
        """Lock, open and check the database; show the wizard or the main window.

        A damaged database offers the list of backups to restore from. False when
        nothing could be opened.
        """
        try:
            self.opened = instance.open_exclusive(self.db_path, check=False)
            checking = instance.BackgroundCheck(self.opened.workspace.path)
            # The window's code (and its first screen's) loads while the check reads.
            import desktop_app.ui.main_window
            import desktop_app.ui.overview.overview_page  # noqa: F401

            checking.result()
        except DamagedDatabaseError as exc:
            self._let_go()
            dialogs.show_error(None, exc)
            if not self._restore_damaged():
                return False
        except UserError as exc:
            self._let_go()
            dialogs.show_error(None, exc)
            return False
        assert self.workspace is not None
        self._backup(backup.backup_if_due)
        if not setup.is_set_up(self.workspace):
            from desktop_app.ui.setup.setup_wizard import SetupWizard

            wizard = SetupWizard(self.workspace)
            wizard.accepted.connect(self._first_start_done)
            self.window = wizard
            wizard.show()
        else:
            self.show_main_window()
        return True

    def _let_go(self) -> None:
        """Close the database and its lock after a failed start (a restore may follow)."""
        if self.opened is not None:
            self.opened.close()
            self.opened = None

    def _restore_damaged(self) -> bool:
        """Offer the backups of a damaged database; True when a sound one is open after."""
        from desktop_app.ui.backup.backup_dialog import RestoreDialog, restore_backup

        with contextlib.suppress(UserError):
            with instance.exclusive(self.db_path):
                chosen = RestoreDialog.choose(None, self.db_path)
                if chosen is None or not restore_backup(None, self.db_path, chosen):
                    return False
            self.opened = instance.open_exclusive(self.db_path)
            return True
        return False

    def _backup(self, take: Callable[[Workspace], object]) -> None:
        """A daily or closing backup; a failure is said, never blocks the work."""
        assert self.workspace is not None
        try:
            take(self.workspace)
        except UserError as exc:
            dialogs.show_error(self.window, exc)

    def restore(self, backup_path: Path) -> None:
        """Close the database, put the backup in its place and reopen it (keeping the lock)."""
        from desktop_app.ui.backup.backup_dialog import restore_backup
        from desktop_app.ui.main_window import MainWindow

        assert self.opened is not None and isinstance(self.window, MainWindow)
        page = self.window.stack.currentIndex()
        self.window.stop_work()
        self.opened.workspace.close()
        restore_backup(self.window, self.db_path, backup_path)
        try:
            self.opened.reopen()
        except UserError as exc:
            dialogs.show_error(self.window, exc)
            self.window.close()
            return
        self.show_main_window(page)

    def _first_start_done(self) -> None:
        window = self.show_main_window()
        office = self.workspace is not None and self.workspace.unit() is None
        # a commune adds its facilities first; the office starts on its plans
        window.show_page(window.index_of(window.plans_page if office else window.facilities_page))

    def show_main_window(self, page: int = 0) -> MainWindow:
        """Show (or rebuild) the main window on ``page``."""
        from desktop_app.ui.main_window import MainWindow

        assert self.workspace is not None
        old = self.window
        window = MainWindow(self.workspace, self.language)
        window.language_requested.connect(self.change_language)
        window.rebuild_requested.connect(self._rebuild)
        window.restore_requested.connect(self.restore)
        window.template_installed.connect(
            lambda: self.show_main_window(window.stack.currentIndex())
        )
        window.show_page(page)
        self.window = window
        window.show_on_screen()
        if old is not None and old is not window:
            if isinstance(old, MainWindow):
                old.stop_work()
            old.deleteLater()
        return window

    def _rebuild(self) -> None:
        window = self.show_main_window()
        window.show_page(window.index_of(window.facilities_page))

    def change_language(self, language: str) -> None:
        """Switch language now: remember it and rebuild the window in it."""
        from desktop_app.ui.main_window import MainWindow

        self.preferences.set_language(language)
        self.language = install_language(language)
        page = self.window.stack.currentIndex() if isinstance(self.window, MainWindow) else 0
        self.show_main_window(page)

    def close(self) -> None:
        """Take the closing backup (when anything changed), close the database, let others in."""
        from desktop_app.ui.main_window import MainWindow

        if self.opened is None:
            return
        if isinstance(self.window, MainWindow):
            self.window.stop_work()  # nothing reads the database after this
        try:
            self._backup(backup.backup_on_exit)
        finally:  # whatever happened to the backup, close and let others in
            self.opened.close()
            self.opened = None


def create_application() -> QApplication:
    """The QApplication, with the program's names and icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("HTSD")
    app.setOrganizationName("HTSD")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "htsd.svg")))
    return app  # type: ignore[return-value]


def _report_unexpected(
    kind: type[BaseException],
    value: BaseException,
    tb: TracebackType | None,
    db_path: Path | None = None,
) -> None:
    """Last safety net for bugs in the window: log them and tell the user, keep running.

    A full disk, a read-only folder or a USB stick pulled out is not a bug: it is
    said in plain words (nothing was half-written) and nothing is logged.
    """
    if (disk := as_user_error(value, db_path)) is not None:
        dialogs.show_error(QApplication.activeWindow(), disk)
        return
    log = write_crash_log(kind, value, tb)
    dialogs.warn(
        QApplication.activeWindow(),
        QCoreApplication.translate("App", "Unexpected error"),
        QCoreApplication.translate(
            "App",
            "Something went wrong ({kind}). What you saved before is safe. "
            "Details were written to {log}; please send that file to your support staff.",
        ).format(kind=kind.__name__, log=log),
    )


def run_gui(db_arg: str | None, language_arg: str | None) -> int:
    """Run the window until it closes; return the exit status."""
    app = create_application()
    db_path = Path(db_arg).expanduser() if db_arg else default_db_path()
    sys.excepthook = lambda kind, value, tb: _report_unexpected(kind, value, tb, db_path)
    preferences = Preferences(config_file())
    language = install_language(language_arg or preferences.language())
    controller = AppController(db_path, language, preferences)
    if not controller.start():
        return 2
    try:
        return app.exec()
    finally:
        controller.close()
