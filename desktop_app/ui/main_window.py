"""The main window: navigation, the screens that exist, the status bar.

Every signal between screens and the window is connected in :meth:`_wire`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.unit import UnitSettings
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs
from desktop_app.ui.facilities_page import FacilitiesPage
from desktop_app.ui.settings_page import SettingsPage


class MainWindow(QMainWindow):
    """The program's window over one open database."""

    language_requested = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("HTSD – Lifelong learning records"))
        self.facilities_page = FacilitiesPage(workspace, today)
        self.settings_page = SettingsPage(workspace, language)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Facilities"), self.facilities_page),
            (self.tr("Settings"), self.settings_page),
        ]
        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt } QListWidget::item { padding: 6px }")
        self.stack = QStackedWidget()
        for index, (label, page) in enumerate(self.pages):
            item = QListWidgetItem(label)
            item.setToolTip(f"Ctrl+{index + 1}")
            self.nav.addItem(item)
            self.stack.addWidget(page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.unit_label = QLabel()
        self.path_label = QLabel()
        self.backup_label = QLabel()
        for label in (self.unit_label, self.path_label, self.backup_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(label)
        self._build_menu()
        self._wire()
        self.nav.setCurrentRow(0)
        self.refresh_status()
        self.resize(1100, 680)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (label, _page) in enumerate(self.pages):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.settings_page.unit_changed.connect(self._unit_changed)
        self.settings_page.language_requested.connect(self.language_requested)

    def show_page(self, index: int) -> None:
        """Switch to the screen at ``index`` in the navigation."""
        self.nav.setCurrentRow(index)

    def current_page(self) -> QWidget:
        """The screen shown now."""
        return self.stack.currentWidget()

    def refresh_status(self, unit: UnitSettings | None = None) -> None:
        """Show unit, database path and last backup in the status bar."""
        unit = unit or self._workspace.unit()
        if unit is not None:
            self.unit_label.setText(
                self.tr("Unit: {name} ({province}-{commune})").format(
                    name=unit.unit_name, province=unit.province_code, commune=unit.commune_code
                )
            )
        self.path_label.setText(self.tr("Database: {path}").format(path=self._workspace.path))
        last = self._workspace.last_backup()
        if last:
            when = datetime.fromisoformat(last).strftime("%d/%m/%Y %H:%M")
            self.backup_label.setText(self.tr("Last backup: {when}").format(when=when))
        else:
            self.backup_label.setText(self.tr("Last backup: none yet"))

    def _unit_changed(self, unit: UnitSettings) -> None:
        self.refresh_status(unit)

    def _about(self) -> None:
        dialogs.inform(
            self,
            self.tr("About HTSD"),
            self.tr(
                "HTSD {version}\nRecords and reports of the programme \u201cĐẩy mạnh các hoạt "
                "động phục vụ học tập suốt đời\u201d (Decision 1520/QĐ-TTg).\n"
                "Licence: GPL-3.0-or-later."
            ).format(version=__version__),
        )
