"""Start the window: language, database, first-start wizard, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.crash_log import write_crash_log
from desktop_app.domain.messages import UserError
from desktop_app.i18n import install_language
from desktop_app.paths import config_file, default_db_path
from desktop_app.resources import resources_dir
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.setup_wizard import SetupWizard


class AppController:
    """Owns the open database and whichever top-level window is shown."""

    def __init__(self, db_path: Path, language: str, preferences: Preferences) -> None:
        self.db_path = db_path
        self.language = language
        self.preferences = preferences
        self.workspace: Workspace | None = None
        self.window: QWidget | None = None

    def start(self) -> bool:
        """Open the database and show the wizard or the main window. False on failure."""
        try:
            self.workspace = Workspace.open(self.db_path)
        except UserError as exc:
            dialogs.show_error(None, exc)
            return False
        if self.workspace.unit() is None:
            wizard = SetupWizard(self.workspace)
            wizard.accepted.connect(self._first_start_done)
            self.window = wizard
            wizard.show()
        else:
            self.show_main_window()
        return True

    def _first_start_done(self) -> None:
        window = self.show_main_window()
        window.show_page(window.index_of(window.facilities_page))  # add facilities first

    def show_main_window(self, page: int = 0) -> MainWindow:
        """Show (or rebuild) the main window on ``page``."""
        assert self.workspace is not None
        old = self.window
        window = MainWindow(self.workspace, self.language)
        window.language_requested.connect(self.change_language)
        window.rebuild_requested.connect(self._rebuild)
        window.show_page(page)
        self.window = window
        window.show()
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
        self.preferences.set_language(language)
        self.language = install_language(language)
        page = self.window.stack.currentIndex() if isinstance(self.window, MainWindow) else 0
        self.show_main_window(page)

    def close(self) -> None:
        """Close the database."""
        if self.workspace is not None:
            self.workspace.close()


def create_application() -> QApplication:
    """The QApplication, with the program's names and icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("HTSD")
    app.setOrganizationName("HTSD")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "htsd.svg")))
    return app  # type: ignore[return-value]


def _report_unexpected(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Last safety net for bugs in the window: log them and tell the user, keep running."""
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
    sys.excepthook = _report_unexpected
    preferences = Preferences(config_file())
    language = install_language(language_arg or preferences.language())
    db_path = Path(db_arg).expanduser() if db_arg else default_db_path()
    controller = AppController(db_path, language, preferences)
    if not controller.start():
        return 2
    try:
        return app.exec()
    finally:
        controller.close()
