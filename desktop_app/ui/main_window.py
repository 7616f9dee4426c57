"""The main window: navigation, the screens that exist, the status bar.

Every signal between screens and the window is connected in :meth:`_wire`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from desktop_app.ui.activities_page import ActivitiesPage
from desktop_app.ui.aggregation_page import AggregationPage
from desktop_app.ui.backup_dialog import RestoreDialog, copy_to_usb
from desktop_app.ui.backup_labels import backup_status
from desktop_app.ui.baseline_page import BaselinePage
from desktop_app.ui.clubs_page import ClubsPage
from desktop_app.ui.digital_page import DigitalPage
from desktop_app.ui.facilities_page import FacilitiesPage
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.museum_page import MuseumPage
from desktop_app.ui.report_page import ReportPage
from desktop_app.ui.settings_page import SettingsPage
from desktop_app.ui.visits_page import VisitsPage


def _shortcut(index: int) -> str:
    """Ctrl+1 to Ctrl+9 for the first nine screens, Ctrl+0 for the tenth."""
    assert index < 10, "ten screens at most have a shortcut"
    return f"Ctrl+{(index + 1) % 10}"


def _first_focusable(page: QWidget) -> QWidget | None:
    """The first visible widget of ``page`` that Tab would stop on."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class MainWindow(QMainWindow):
    """The program's window over one open database."""

    language_requested = Signal(str)
    # The set of screens changed (a museum was added or removed): build the window anew.
    rebuild_requested = Signal()
    restore_requested = Signal(Path)  # a backup the user confirmed

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.import_dialog: ImportDialog | None = None
        self.setWindowTitle(self.tr("HTSD – Lifelong learning records"))
        self.facilities_page = FacilitiesPage(workspace, today)
        self.visits_page = VisitsPage(workspace, today)
        self.clubs_page = ClubsPage(workspace, today)
        self.activities_page = ActivitiesPage(workspace, today)
        self.digital_page = DigitalPage(workspace, today)
        self.museum_page = MuseumPage(workspace, today) if MuseumPage.is_needed(workspace) else None
        self.baseline_page = BaselinePage(workspace, today)
        self.report_page = ReportPage(workspace, today)
        self.aggregation_page = AggregationPage(workspace, today)
        self.settings_page = SettingsPage(workspace, language)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Visits"), self.visits_page),
            (self.tr("Clubs"), self.clubs_page),
            (self.tr("Activities"), self.activities_page),
            (self.tr("Digital services"), self.digital_page),
            *([(self.tr("Museum"), self.museum_page)] if self.museum_page else []),
            (self.tr("Earlier years"), self.baseline_page),
            (self.tr("Report"), self.report_page),
            (self.tr("Aggregation"), self.aggregation_page),
            (self.tr("Facilities"), self.facilities_page),
            (self.tr("Settings"), self.settings_page),
        ]
        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt } QListWidget::item { padding: 6px }")
        self.stack = QStackedWidget()
        for index, (label, page) in enumerate(self.pages):
            item = QListWidgetItem(label)
            item.setToolTip(_shortcut(index))
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
        import_action = QAction(self.tr("&Import from files…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.open_import)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        usb_action = QAction(self.tr("&Back up to a USB stick…"), self)
        usb_action.setShortcut(QKeySequence("Ctrl+B"))
        usb_action.triggered.connect(self.copy_to_usb)
        file_menu.addAction(usb_action)
        restore_action = QAction(self.tr("&Restore from a backup…"), self)
        restore_action.triggered.connect(self.choose_backup)
        file_menu.addAction(restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (label, _page) in enumerate(self.pages):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(_shortcut(index)))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.settings_page.unit_changed.connect(self._unit_changed)
        self.facilities_page.changed.connect(self._facilities_changed)
        self.report_page.changed.connect(self._data_changed)  # a period locked or reopened
        self.settings_page.language_requested.connect(self.language_requested)

    def open_import(self) -> ImportDialog:
        """Open the import dialog; the screens re-read everything after an import."""
        dialog = ImportDialog(self._workspace, self._today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._data_changed)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _data_changed(self) -> None:
        for _label, page in self.pages:
            if hasattr(page, "reload"):
                page.reload()

    def show_page(self, index: int) -> None:
        """Switch to the screen at ``index`` and put the cursor in its first field."""
        self.nav.setCurrentRow(index)
        page = self.stack.currentWidget()
        entry = getattr(page, "initial_focus", None)
        target = entry() if callable(entry) else _first_focusable(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def copy_to_usb(self) -> None:
        """ "Sao lưu ra USB": a checked copy of the data in a folder the user picks."""
        if copy_to_usb(self, self._workspace) is not None:
            self.refresh_status()

    def choose_backup(self) -> None:
        """Pick a backup to restore; the application closes the database and restores it."""
        chosen = RestoreDialog.choose(self, self._workspace.path)
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def stop_work(self) -> None:
        """Cancel and wait for work running in a screen's thread (before closing or rebuilding)."""
        self.aggregation_page.stop_work()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        super().closeEvent(event)

    def index_of(self, page: QWidget) -> int:
        """The navigation index of ``page``."""
        return [p for _label, p in self.pages].index(page)

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
        now = datetime.combine(self._today(), datetime.now().time()).astimezone()
        text, warning = backup_status(self._workspace, now)
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet("color: #b3261e; font-weight: 600" if warning else "")

    def _facilities_changed(self) -> None:
        if MuseumPage.is_needed(self._workspace) != (self.museum_page is not None):
            self.rebuild_requested.emit()
            return
        for _label, page in self.pages:
            if page is not self.facilities_page and hasattr(page, "reload"):
                page.reload()

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
