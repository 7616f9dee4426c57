"""The "Kế hoạch, mẫu báo cáo" screen (issue 20): every template, and the office's tools.

An office lists the templates, copies one to start a new plan, edits an installed one
(each save issues a new version), sends it to the communes as a ``.htsd-mau`` file and
prints its targets on one A4 page. A commune sees the same list, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.messages import UserError
from desktop_app.services.changes import ChangeKind
from desktop_app.services.plans import template_exchange, template_plans
from desktop_app.services.plans.template_plans import TemplateRow
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs


class PlansPage(QWidget):
    """The list of templates with create, edit, send and print.

    :attr:`templates_changed` is emitted when the editor closes after a template was
    made or a version issued, so that the window's other template lists read them anew.
    """

    templates_changed = Signal()

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = frozenset({ChangeKind.TEMPLATES, ChangeKind.SETTINGS})

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.rows: list[TemplateRow] = []
        self.editor: QWidget | None = None
        self._changed = False
        title = QLabel(self.tr("Plans and report templates"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Version"),
                self.tr("Plan"),
                self.tr("Province"),
                self.tr("Communes in scope"),
                self.tr("Source"),
                self.tr("Used here"),
                self.tr("Issued"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.activated.connect(lambda _index: self.edit())
        self.create_button = QPushButton(self.tr("Create fr&om template\u2026"))
        self.create_button.clicked.connect(self.create)
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.clicked.connect(self.edit)
        self.send_button = QPushButton(self.tr("&Send to the communes\u2026"))
        self.send_button.clicked.connect(self.send)
        self.print_button = QPushButton(self.tr("&Print targets\u2026"))
        self.print_button.clicked.connect(self.print_targets)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.edit_button, self.send_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def initial_focus(self) -> QWidget:
        return self.table

    def stop_work(self) -> None:
        """Nothing runs in a thread on this screen."""

    def reload(self, select: str | None = None) -> None:
        """Read the templates anew; keep (or move to) the selection."""
        keep = select or (self.selected().template.id if self.selected() else None)
        try:
            self.rows = template_plans.template_rows(self._workspace)
        except UserError as exc:
            self.rows = []
            dialogs.show_error(self, exc)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            found = row.template
            scope = row.scope_size
            cells = [
                found.id,
                str(found.version),
                found.name,
                ", ".join(found.province_codes) or self.tr("all"),
                self.tr("whole province") if scope is None else str(scope),
                self.tr("comes with the program") if row.shipped else self.tr("installed"),
                self.tr("yes") if row.in_use else "",
                _issued(found.issued_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(found.plan)
                self.table.setItem(index, column, item)
        chosen = next((i for i, r in enumerate(self.rows) if r.template.id == keep), 0)
        if self.rows:
            self.table.selectRow(chosen)
        self.note.setText(self._note())
        self._enable()

    def _note(self) -> str:
        """What this database may do with the templates, and why."""
        if template_plans.is_office(self._workspace):
            return self.tr(
                "Templates that come with the program are read-only: copy one to start a new "
                "plan. Each save issues a new version, sent to the communes as one file."
            )
        text = self.tr(
            "This database is a commune's: the templates are shown read-only. The province's "
            "culture office makes them in a database set up for the office (the set-up "
            "wizard's \u201coffice\u201d choice, or \u201cinit --office\u201d) and sends them; a "
            "commune installs one from File \u25b8 Receive a report template."
        )
        if template_plans.forged_role(self._workspace):
            text += " " + self.tr(
                "Its settings claim the office's role, which a commune's database cannot take: "
                "the claim is ignored."
            )
        return text

    def selected(self) -> TemplateRow | None:
        """The template chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select(self, template_id: str) -> None:
        """Choose the template ``template_id`` in the list."""
        for index, row in enumerate(self.rows):
            if row.template.id == template_id:
                self.table.selectRow(index)

    def _enable(self) -> None:
        office = template_plans.is_office(self._workspace)
        row = self.selected()
        self.create_button.setEnabled(office and row is not None)
        self.edit_button.setEnabled(office and row is not None and not row.shipped)
        self.send_button.setEnabled(office and row is not None and not row.shipped)
        self.print_button.setEnabled(row is not None)

    def create(self) -> None:
        """Tạo từ mẫu…: copy the selected template under a new id (version 1)."""
        row = self.selected()
        if row is None:
            return
        new_id, accepted = dialogs.ask_text(
            self,
            self.tr("Create from template"),
            self.tr(
                "Id of the new template (lower-case letters without accents, digits and "
                "hyphens, e.g. dak-lak-2026). It starts as a copy of {id}."
            ).format(id=row.template.id),
        )
        if not accepted:
            return
        try:
            made = template_plans.create_from(
                self._workspace, row.template.id, new_id, datetime.now()
            )
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self._changed = True
        self.reload(select=made.id)
        if self.edit() is None:
            self._tell_changed()

    def edit(self) -> QWidget | None:
        """Open the editor on the selected installed template (an office only)."""
        row = self.selected()
        if row is None or row.shipped or not template_plans.is_office(self._workspace):
            return None
        from desktop_app.ui.plans.template_editor import TemplateEditor

        editor = TemplateEditor(self._workspace, row.template.id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.finished.connect(lambda _result: self._tell_changed())
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, template_id: str) -> None:
        self._changed = True
        self.reload(select=template_id)

    def _tell_changed(self) -> None:
        if self._changed:
            self._changed = False
            self.templates_changed.emit()

    def send(self) -> Path | None:
        """Gửi cho các xã…: write the template's ``.htsd-mau`` file into a chosen folder."""
        row = self.selected()
        if row is None or row.shipped:
            return None
        folder = dialogs.choose_folder(self, self.tr("Folder or USB stick to write the file to"))
        if not folder:
            return None
        try:
            written = template_exchange.export_template(row.template.id, Path(folder))
        except UserError as exc:
            dialogs.show_error(self, exc)
            return None
        dialogs.inform(
            self,
            self.tr("Send to the communes"),
            self.tr(
                "Wrote {file}. Send it to the communes by Zalo, e-mail or USB stick; each "
                "installs it from File \u25b8 Receive a report template."
            ).format(file=str(written)),
        )
        return written

    def print_targets(self) -> Path | None:
        """In chỉ tiêu: the plan's targets on one A4 page (xlsx)."""
        row = self.selected()
        if row is None:
            return None
        from desktop_app.services.plans import template_summary

        suggested = dialogs.documents_folder() / template_summary.file_name(row.template)
        chosen = dialogs.save_file(
            self, self.tr("Print the targets"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        try:
            written = template_summary.write_summary(row.template, Path(chosen), self._today())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return None
        dialogs.inform(
            self, self.tr("Print the targets"), self.tr("Wrote {file}.").format(file=str(written))
        )
        return written


def _issued(moment: str) -> str:
    """``dd/mm/yyyy`` of an ISO moment of issue; empty when not stated."""
    try:
        return datetime.fromisoformat(moment).strftime("%d/%m/%Y") if moment else ""
    except ValueError:
        return ""
