"""The main window: navigation, the screens that exist, the status bar.

Every connection of the window is made in one block, :meth:`MainWindow._wire` (menus,
navigation, the shared "data changed" signal) and :meth:`MainWindow._wire_page` (each
screen's own signals, connected when the screen is first built). Screens emit; they never
reach into the window or into each other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.unit import UnitSettings
from desktop_app.services import museum, setup
from desktop_app.services.changes import Change, ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs, theme
from desktop_app.ui.backup_status import backup_status
from desktop_app.ui.lazy_pages import LazyPages, PageSlot
from desktop_app.ui.shared_data import SharedData

if TYPE_CHECKING:
    from desktop_app.ui.activities.activities_page import ActivitiesPage
    from desktop_app.ui.aggregation.aggregation_page import AggregationPage
    from desktop_app.ui.clubs.clubs_page import ClubsPage
    from desktop_app.ui.facilities.facilities_page import FacilitiesPage
    from desktop_app.ui.importing.import_dialog import ImportDialog
    from desktop_app.ui.logs.baseline_page import BaselinePage
    from desktop_app.ui.logs.digital_page import DigitalPage
    from desktop_app.ui.logs.museum_page import MuseumPage
    from desktop_app.ui.overview.overview_page import OverviewPage
    from desktop_app.ui.plans.plans_page import PlansPage
    from desktop_app.ui.report.report_page import ReportPage
    from desktop_app.ui.setup.settings_page import SettingsPage
    from desktop_app.ui.visits.visits_page import VisitsPage


# Screens that have a key of their own ("Kế hoạch": Ctrl+K), wherever they are listed.
OWN_KEYS = {"plans": "Ctrl+K"}


def _shortcut(index: int, key: str = "") -> str:
    """Ctrl+1 to Ctrl+9 for the first nine screens, Ctrl+0 for the tenth; after that
    the screen's own key, if it has one."""
    return f"Ctrl+{(index + 1) % 10}" if index < 10 else OWN_KEYS.get(key, "")


def _shortcuts(index: int, key: str = "") -> list[str]:
    """Every key of a screen: its place in the list and its own key (at the office the
    plans are the first screen: Ctrl+1, and Ctrl+K as at a commune)."""
    keys = [_shortcut(index, key), OWN_KEYS.get(key, "")]
    return [k for i, k in enumerate(keys) if k and k not in keys[:i]]


class MainWindow(QMainWindow):
    """The program's window over one open database."""

    language_requested = Signal(str)
    # The set of screens changed (a museum was added or removed): build the window anew.
    rebuild_requested = Signal()
    restore_requested = Signal(Path)  # a backup the user confirmed
    # A report template was installed: build the window anew on the same screen.
    template_installed = Signal()

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
        self._language = language
        # The province office's database: only the screens the office uses (no commune's).
        self.is_office = setup.database_role(workspace) == setup.OFFICE
        has_museum = not self.is_office and _museum_needed(workspace)
        self.has_museum = has_museum
        slots = [
            self._slot("overview", self.tr("Overview"), "overview.overview_page", "OverviewPage"),
            self._slot("visits", self.tr("Visits"), "visits.visits_page", "VisitsPage"),
            self._slot("clubs", self.tr("Clubs"), "clubs.clubs_page", "ClubsPage"),
            self._slot(
                "activities", self.tr("Activities"), "activities.activities_page", "ActivitiesPage"
            ),
            self._slot("digital", self.tr("Digital services"), "logs.digital_page", "DigitalPage"),
            *(
                [self._slot("museum", self.tr("Museum"), "logs.museum_page", "MuseumPage")]
                if has_museum
                else []
            ),
            self._slot("baseline", self.tr("Earlier years"), "logs.baseline_page", "BaselinePage"),
            self._slot("report", self.tr("Report"), "report.report_page", "ReportPage"),
            self._slot(
                "aggregation",
                self.tr("Aggregation"),
                "aggregation.aggregation_page",
                "AggregationPage",
            ),
            self._slot(
                "facilities", self.tr("Facilities"), "facilities.facilities_page", "FacilitiesPage"
            ),
            PageSlot(
                "settings",
                self.tr("Settings"),
                "desktop_app.ui.setup.settings_page",
                "SettingsPage",
                lambda cls: cls(workspace, language),
            ),
            self._slot("plans", self.tr("Plans, templates"), "plans.plans_page", "PlansPage"),
        ]
        if self.is_office:  # its plans first, the aggregation, the settings
            slots = [
                slots[-1],
                *(slot for slot in slots if slot.key in ("aggregation", "settings")),
            ]
        self.shared = SharedData(workspace, self)
        self.nav = QListWidget()
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(11)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px }")
        self.stack = QStackedWidget()
        self._pages = LazyPages(self.stack, slots, self._wire_page)
        for index, slot in enumerate(slots):
            item = QListWidgetItem(slot.label)
            item.setToolTip(", ".join(_shortcuts(index, slot.key)))
            self.nav.addItem(item)
        # As wide as its longest label (never cut: "Kế hoạch, mẫu báo cáo"), 190 at least.
        self.nav.setFixedWidth(max(190, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()))
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
        self.setAcceptDrops(True)  # a .htsd-mau template file dropped on the window
        self._wire()
        self.nav.setCurrentRow(0)
        self.refresh_status()
        self.resize(1100, 680)

    def show_on_screen(self) -> None:
        """Show the window maximized on a small screen (1366x768 and the like), where the
        default size would cut the charts' months and long labels; else at its size."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and (screen.width() <= 1440 or screen.height() <= 900):
            self.showMaximized()
        else:
            self.show()

    def _slot(
        self,
        key: str,
        label: str,
        module: str,
        class_name: str,
    ) -> PageSlot:
        """A screen built as ``class_name(workspace, today)`` from ``desktop_app.ui.<module>``."""
        workspace, today = self._workspace, self._today
        return PageSlot(
            key, label, f"desktop_app.ui.{module}", class_name, lambda cls: cls(workspace, today)
        )

    # The screens by name; each is built the first time it is asked for.
    @property
    def overview_page(self) -> OverviewPage:
        return cast("OverviewPage", self._pages.page("overview"))

    @property
    def visits_page(self) -> VisitsPage:
        return cast("VisitsPage", self._pages.page("visits"))

    @property
    def clubs_page(self) -> ClubsPage:
        return cast("ClubsPage", self._pages.page("clubs"))

    @property
    def activities_page(self) -> ActivitiesPage:
        return cast("ActivitiesPage", self._pages.page("activities"))

    @property
    def digital_page(self) -> DigitalPage:
        return cast("DigitalPage", self._pages.page("digital"))

    @property
    def museum_page(self) -> MuseumPage | None:
        """The museum screen, or None when the unit has no museum facility."""
        return cast("MuseumPage", self._pages.page("museum")) if self.has_museum else None

    @property
    def baseline_page(self) -> BaselinePage:
        return cast("BaselinePage", self._pages.page("baseline"))

    @property
    def report_page(self) -> ReportPage:
        return cast("ReportPage", self._pages.page("report"))

    @property
    def aggregation_page(self) -> AggregationPage:
        return cast("AggregationPage", self._pages.page("aggregation"))

    @property
    def facilities_page(self) -> FacilitiesPage:
        return cast("FacilitiesPage", self._pages.page("facilities"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self._pages.page("settings"))

    @property
    def plans_page(self) -> PlansPage:
        return cast("PlansPage", self._pages.page("plans"))

    @property
    def pages(self) -> list[tuple[str, QWidget]]:
        """Every screen with its label, all built (for tests and screenshots)."""
        return [(slot.label, self._pages.page_at(i)) for i, slot in enumerate(self._pages.slots)]

    def _build_menu(self) -> None:
        """The menus' actions (what they do is connected in :meth:`_wire`)."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # a commune's records are imported; the office's database holds none
        self.import_action: QAction | None = None
        if not self.is_office:
            self.import_action = _action(file_menu, self.tr("&Import from files…"), "Ctrl+I")
            file_menu.addSeparator()
        self.usb_action = _action(file_menu, self.tr("&Back up to a USB stick…"), "Ctrl+B")
        self.restore_action = _action(file_menu, self.tr("&Restore from a backup…"))
        file_menu.addSeparator()
        self.template_action = _action(file_menu, self.tr("Receive a report &template…"))
        file_menu.addSeparator()
        # Ctrl+Q: Windows has no standard one
        self.quit_action = _action(file_menu, self.tr("Quit"), "Ctrl+Q")
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_actions = [
            _action(go_menu, slot.label, *_shortcuts(index, slot.key))
            for index, slot in enumerate(self._pages.slots)
        ]
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = _action(help_menu, self.tr("&User guide"), "F1")
        self.keys_action = _action(help_menu, self.tr("&Keyboard shortcuts"))
        help_menu.addSeparator()
        self.about_action = _action(help_menu, self.tr("&About"))
        self.help_dialog: QDialog | None = None

    # -- wiring: every connection of the window ---------------------------------------------
    def _wire(self) -> None:
        """The menus, the navigation and the shared change signal."""
        if self.import_action is not None:
            self.import_action.triggered.connect(self.open_import)
        self.usb_action.triggered.connect(self.copy_to_usb)
        self.restore_action.triggered.connect(self.choose_backup)
        self.template_action.triggered.connect(lambda: self.receive_template())
        self.quit_action.triggered.connect(self.close)
        for index, action in enumerate(self.go_actions):
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
        self.guide_action.triggered.connect(self.open_guide)
        self.keys_action.triggered.connect(self.open_shortcuts)
        self.about_action.triggered.connect(self._about)
        self.nav.currentRowChanged.connect(self._show_index)
        self.shared.changed.connect(self._data_changed)

    def _wire_page(self, key: str, page: QWidget) -> None:
        """Each screen's own signals, connected when the screen is built."""
        if key == "overview":
            cast("OverviewPage", page).visits_requested.connect(self.open_visits)
        elif key == "settings":
            settings = cast("SettingsPage", page)
            settings.unit_changed.connect(self._unit_changed)
            settings.language_requested.connect(self.language_requested)
        elif key == "plans":
            cast("PlansPage", page).templates_changed.connect(self._templates_changed)

    def _wire_import(self, dialog: ImportDialog) -> None:
        """The import dialog's rows were written in its own thread's connection: the shell
        announces what they changed here."""
        dialog.imported.connect(
            lambda: self.shared.announce(*dialog.summary.changes()) if dialog.summary else None
        )

    # -- the data changed ---------------------------------------------------------------------
    def _data_changed(self, change: Change, from_shell: bool) -> None:
        """Refresh the screens that show ``change``: the one on screen now (unless it made the
        change itself, and so shows it already), the others when they are next shown."""
        if change.kind is ChangeKind.FACILITIES and _museum_needed(self._workspace) != (
            self.has_museum
        ):
            self.rebuild_requested.emit()  # the set of screens changed
            return
        if change.kind in (ChangeKind.SETTINGS, ChangeKind.BACKUPS):
            self.refresh_status()
        current = self.stack.currentIndex()
        for index, page in self._pages.built_pages():
            if change.kind not in page.shows:
                continue
            if index != current:
                self._pages.mark_stale(index)
            elif from_shell:
                page.reload()

    def _show_index(self, index: int) -> None:
        """Show the screen at ``index``; one that missed a change while hidden reads it first."""
        self._pages.refresh_if_stale(index)
        self.stack.setCurrentIndex(index)

    def open_guide(self) -> QDialog:
        """Help ▸ User guide (F1): the Vietnamese guide, offline."""
        from desktop_app.ui.help_dialogs import open_guide

        self.help_dialog = open_guide(self)
        return self.help_dialog

    def open_shortcuts(self) -> QDialog:
        """Help ▸ Keyboard shortcuts: every key of the program."""
        from desktop_app.ui.help_dialogs import open_shortcuts

        self.help_dialog = open_shortcuts(self, office=self.is_office)
        return self.help_dialog

    def open_import(self) -> ImportDialog:
        """Open the import dialog; the screens that show what it wrote read it again."""
        from desktop_app.ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self._workspace, self._today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._wire_import(dialog)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def show_page(self, index: int) -> None:
        """Switch to the screen at ``index`` and put the cursor in its first field."""
        self.nav.setCurrentRow(index)
        target = self._pages.screen_at(index).initial_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_visits(self, facility_id: int, year: int, month: int) -> None:
        """The visits screen on a service point's month (from the overview's days not typed)."""
        self.visits_page.select(facility_id, year, month)
        self.show_page(self._pages.index_of_key("visits"))

    def copy_to_usb(self) -> None:
        """ "Sao lưu ra USB": a checked copy of the data in a folder the user picks."""
        from desktop_app.ui.backup.backup_dialog import copy_to_usb

        if copy_to_usb(self, self._workspace) is not None:
            # written through the copy thread's own connection: the shell says it here
            self.shared.announce(Change(ChangeKind.BACKUPS))

    def choose_backup(self) -> None:
        """Pick a backup to restore; the application closes the database and restores it."""
        from desktop_app.ui.backup.backup_dialog import RestoreDialog

        chosen = RestoreDialog.choose(self, self._workspace.path)
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def receive_template(self, path: Path | None = None) -> None:
        """File ▸ Nhận mẫu báo cáo…: install a template file; the window then shows it."""
        from desktop_app.ui.plans.template_install_dialog import receive_template

        if receive_template(self, self._workspace, path):
            self.template_installed.emit()  # every template list and the status read it anew

    def _dropped_template(self, urls: list) -> Path | None:
        from desktop_app.ui.plans.template_install_dialog import is_template_file

        files = [url.toLocalFile() for url in urls if url.isLocalFile()]
        return next((Path(name) for name in files if is_template_file(name)), None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_template(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_template(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            # after the drop has returned: the file manager is not held while the dialog is open
            QTimer.singleShot(0, lambda: self.receive_template(path))

    def stop_work(self) -> None:
        """Cancel and wait for work running in a screen's thread (before closing or rebuilding);
        the window hears no more changes."""
        self.shared.detach()
        for _index, page in self._pages.built_pages():
            page.stop_work()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        super().closeEvent(event)

    def index_of(self, page: QWidget) -> int:
        """The navigation index of ``page``."""
        return self._pages.index_of(page)

    def current_page(self) -> QWidget:
        """The screen shown now."""
        return self._pages.page_at(self.stack.currentIndex())

    def refresh_status(self, unit: UnitSettings | None = None) -> None:
        """Show unit, database path and last backup in the status bar."""
        unit = unit or self._workspace.unit()
        if unit is not None:
            self.unit_label.setText(
                self.tr("Unit: {name} ({province}-{commune})").format(
                    name=unit.unit_name, province=unit.province_code, commune=unit.commune_code
                )
            )
        elif self.is_office:
            self.unit_label.setText(
                self.tr("Office: {name} ({province})").format(
                    name=setup.office_name(self._workspace),
                    province=setup.office_province(self._workspace),
                )
            )
        self.path_label.setText(self.tr("Database: {path}").format(path=self._workspace.path))
        now = datetime.combine(self._today(), datetime.now().time()).astimezone()
        text, warning = backup_status(self._workspace, now)
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet(
            theme.text_style(theme.PROBLEM, weight=600) if warning else ""
        )

    def _templates_changed(self) -> None:
        """The office made a template or issued a version: every template list reads them
        anew (after the editor's signal has returned)."""
        QTimer.singleShot(0, self.template_installed.emit)

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


def _action(menu: QMenu, text: str, *keys: str) -> QAction:
    """An action of ``menu`` with its shortcuts (the first is the one the menu shows)."""
    action = QAction(text, menu.parentWidget())
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
    menu.addAction(action)
    return action


def _museum_needed(workspace: Workspace) -> bool:
    """Whether the unit has a museum facility (the museum screen is shown)."""
    return museum.is_needed(workspace)
