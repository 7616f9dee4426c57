"""The plan editor's forms tab: the forms, their rows and labels, and the charts (issue 20).

The forms (number and title) are a small table: a form is added with a number and a
title, removed unless it is the last one. Their rows are one table in the forms'
order: a row is added to the chosen form from the indicators the program computes
(never a code typed freely), removed with Delete, hidden from the form with Space,
its label changed with F2. :meth:`FormsTab.forms` checks it all before a save.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.indicators import INDICATORS, indicator
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.template_files import MAX_ITEMS, MAX_TEXT
from desktop_app.domain.templates import CHARTS, DEFAULT_CHARTS

CHART_NAMES = {
    "visits_by_month": QT_TRANSLATE_NOOP("TemplateEditor", "visits by month"),
    "activities_by_month": QT_TRANSLATE_NOOP("TemplateEditor", "activities by month"),
    "visits_by_unit": QT_TRANSLATE_NOOP("TemplateEditor", "visits by unit (consolidated)"),
}
# the list sheets every workbook carries: a form may not take their numbers
LIST_FORMS = ("05", "06")
_NUMBER = re.compile(r"^[0-9A-Za-z]{1,6}$")
KEY = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


def indicator_text(code: str) -> str:
    """ "TV04 – Total reader visits" in the window's language."""
    found = indicator(code)
    label = QCoreApplication.translate("Indicators", found.label) if found else "?"
    return f"{code} \u2013 {label}"


class FormsTab(QWidget):
    """Forms, rows and charts of the template being edited."""

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheets: dict[int, str] = {}  # a form's key -> its sheet (kept for old forms)
        self._next_key = 0
        layout = QVBoxLayout(self)
        self.form_table = QTableWidget(0, 2)
        self.form_table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Title of the form")])
        self.form_table.verticalHeader().hide()
        self.form_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.form_table.setMaximumHeight(150)
        self.form_table.itemChanged.connect(self._form_renamed)
        QShortcut(QKeySequence("Delete"), self.form_table, self.remove_form).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        forms_label = QLabel(self.tr("F&orms (number and title; F2 changes them)"))
        forms_label.setBuddy(self.form_table)
        self.add_form_button = QPushButton(self.tr("Add a &new form"))
        self.add_form_button.clicked.connect(self.add_form)
        self.remove_form_button = QPushButton(self.tr("Remove the chosen form (Delete)"))
        self.remove_form_button.clicked.connect(self.remove_form)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(forms_label, 1)
        form_buttons.addWidget(self.add_form_button)
        form_buttons.addWidget(self.remove_form_button)
        layout.addLayout(form_buttons)
        layout.addWidget(self.form_table)

        self.rows = QTableWidget(0, 3)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Form"), self.tr("Code"), self.tr("Label printed on the form")]
        )
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows_label = QLabel(self.tr("&Rows of the forms (Space: shown or not; F2 changes a label)"))
        rows_label.setBuddy(self.rows)
        QShortcut(QKeySequence("Delete"), self.rows, self.remove_row).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        layout.addWidget(rows_label)
        layout.addWidget(self.rows, 1)

        adding = QHBoxLayout()
        self.new_row = QComboBox()
        new_row_label = QLabel(self.tr("&Indicator to add to the chosen form"))
        new_row_label.setBuddy(self.new_row)
        self.add_row_button = QPushButton(self.tr("Add the ro&w"))
        self.add_row_button.clicked.connect(self.add_row)
        remove_row = QPushButton(self.tr("Remove the row (Delete)"))
        remove_row.clicked.connect(self.remove_row)
        adding.addWidget(new_row_label)
        adding.addWidget(self.new_row, 1)
        adding.addWidget(self.add_row_button)
        adding.addWidget(remove_row)
        layout.addLayout(adding)

        charts = QHBoxLayout()
        charts.addWidget(QLabel(self.tr("Charts:")))
        self.charts: dict[str, QCheckBox] = {}
        chosen = data.get("charts", list(DEFAULT_CHARTS))
        for chart in CHARTS:
            box = QCheckBox(_tr(CHART_NAMES[chart]))
            box.setChecked(chart in chosen)
            self.charts[chart] = box
            charts.addWidget(box)
        charts.addStretch(1)
        layout.addLayout(charts)

        for form in data.get("forms", []):
            key = self._append_form(str(form["number"]), str(form["title"]))
            self._sheets[key] = str(form["sheet"])
            for row in form.get("rows", []):
                self._append_row(key, str(row["code"]), str(row["label"]))
        if self.form_table.rowCount():
            self.form_table.setCurrentCell(0, 1)
        self._offer_rows()

    # -- forms ------------------------------------------------------------------------
    def _append_form(self, number: str, title: str) -> int:
        key = self._next_key
        self._next_key += 1
        line = self.form_table.rowCount()
        self.form_table.blockSignals(True)
        self.form_table.insertRow(line)
        number_item = QTableWidgetItem(number)
        number_item.setData(KEY, key)
        self.form_table.setItem(line, 0, number_item)
        self.form_table.setItem(line, 1, QTableWidgetItem(title))
        self.form_table.blockSignals(False)
        return key

    def _form_key(self, line: int) -> int:
        return int(self.form_table.item(line, 0).data(KEY))

    def _form_number(self, key: int) -> str:
        for line in range(self.form_table.rowCount()):
            if self._form_key(line) == key:
                return self.form_table.item(line, 0).text()
        return ""

    def chosen_form(self) -> int | None:
        """The key of the form chosen in the forms table."""
        line = self.form_table.currentRow()
        return self._form_key(line) if 0 <= line < self.form_table.rowCount() else None

    def add_form(self) -> None:
        """A new form at the end, its number proposed; the cursor goes to its title."""
        taken = {self.form_table.item(i, 0).text() for i in range(self.form_table.rowCount())}
        number = next(
            f"{n:02d}" for n in range(1, 100) if f"{n:02d}" not in taken | set(LIST_FORMS)
        )
        self._append_form(number, "")
        line = self.form_table.rowCount() - 1
        self.form_table.setFocus()
        self.form_table.setCurrentCell(line, 1)
        self.form_table.editItem(self.form_table.item(line, 1))

    def remove_form(self) -> None:
        """Remove the chosen form and its rows; the last form stays."""
        key = self.chosen_form()
        if key is None:
            return
        if self.form_table.rowCount() == 1:
            from desktop_app.ui import dialogs

            dialogs.show_error(
                self,
                error(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A template keeps at least one form: this is the last one."
                    ),
                    "forms",
                ),
            )
            return
        for line in reversed(range(self.rows.rowCount())):
            if self._row_form(line) == key:
                self.rows.removeRow(line)
        self.form_table.removeRow(self.form_table.currentRow())
        self._sheets.pop(key, None)
        self._offer_rows()

    def _form_renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        key = int(item.data(KEY))
        for line in range(self.rows.rowCount()):
            if self._row_form(line) == key:
                self.rows.item(line, 0).setText(item.text())

    # -- rows -------------------------------------------------------------------------
    def _row_form(self, line: int) -> int:
        return int(self.rows.item(line, 0).data(KEY))

    def _append_row(self, key: int, code: str, label: str, at: int | None = None) -> int:
        line = self.rows.rowCount() if at is None else at
        self.rows.insertRow(line)
        for column, text in enumerate((self._form_number(key), code, label)):
            item = QTableWidgetItem(text)
            if column < 2:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column == 0:  # ticked: the form shows the row (Space changes it)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(KEY, key)
            self.rows.setItem(line, column, item)
        return line

    def row_codes(self) -> list[str]:
        """The codes in the rows table, in order."""
        return [self.rows.item(i, 1).text() for i in range(self.rows.rowCount())]

    def _offer_rows(self) -> None:
        """The indicators the program computes that no form holds yet."""
        have = set(self.row_codes())
        self.new_row.clear()
        for found in INDICATORS:
            if found.code not in have:
                self.new_row.addItem(indicator_text(found.code), found.code)
        self.add_row_button.setEnabled(self.new_row.count() > 0)

    def add_row(self) -> None:
        """Add the indicator chosen below to the chosen form, after its last row."""
        key = self.chosen_form()
        code = self.new_row.currentData()
        if key is None or not code:
            return
        found = indicator(str(code))
        assert found is not None
        after = [i for i in range(self.rows.rowCount()) if self._row_form(i) == key]
        if len(after) >= MAX_ITEMS["rows"]:
            return
        line = self._append_row(
            key,
            found.code,
            QCoreApplication.translate("Indicators", found.label),
            at=after[-1] + 1 if after else self._first_line_after(key),
        )
        self._offer_rows()
        self.rows.setFocus()
        self.rows.setCurrentCell(line, 2)

    def _first_line_after(self, key: int) -> int:
        """Where a first row of the form ``key`` goes: before the rows of later forms."""
        order = [self._form_key(i) for i in range(self.form_table.rowCount())]
        later = set(order[order.index(key) + 1 :])
        return next(
            (i for i in range(self.rows.rowCount()) if self._row_form(i) in later),
            self.rows.rowCount(),
        )

    def remove_row(self) -> None:
        """Remove the row the cursor is on."""
        line = self.rows.currentRow()
        if 0 <= line < self.rows.rowCount():
            self.rows.removeRow(line)
            self._offer_rows()

    # -- the result -------------------------------------------------------------------
    def charts_chosen(self) -> list[str]:
        """The charts ticked."""
        return [chart for chart, box in self.charts.items() if box.isChecked()]

    def forms(self, targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The forms as the tables hold them: numbers, titles, the rows ticked.

        Raises:
            UserError: a number or title that is wrong or repeated, a label left empty
            or too long, a row a target uses left out, or a form left without rows.
        """
        shown = {
            self.rows.item(i, 1).text()
            for i in range(self.rows.rowCount())
            if self.rows.item(i, 0).checkState() == Qt.CheckState.Checked
        }
        used = {code for t in targets for code in (t["numerator"], t.get("denominator")) if code}
        if used - shown:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The row {code} is used by a target: a form must show it. Tick it again, "
                    "or remove the target first.",
                ),
                "forms",
                code=", ".join(sorted(used - shown)),
            )
        forms: list[dict[str, Any]] = []
        numbers: set[str] = set()
        sheets = set(self._sheets.values())
        for line in range(self.form_table.rowCount()):
            key = self._form_key(line)
            number = self.form_table.item(line, 0).text().strip()
            title = " ".join(self.form_table.item(line, 1).text().split())
            _check_form(number, title, numbers)
            numbers.add(number)
            sheet = self._sheets.get(key) or _new_sheet(number, sheets)
            sheets.add(sheet)
            rows = [
                _row(number, self.rows.item(i, 1).text(), self.rows.item(i, 2).text())
                for i in range(self.rows.rowCount())
                if self._row_form(i) == key
                and self.rows.item(i, 0).checkState() == Qt.CheckState.Checked
            ]
            if not rows:
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Form {form} would show no row: add a row to it or tick one of its rows.",
                    ),
                    "forms",
                    form=number,
                )
            forms.append({"number": number, "sheet": sheet, "title": title, "rows": rows})
        return forms


def _check_form(number: str, title: str, taken: set[str]) -> None:
    if not _NUMBER.match(number) or number in LIST_FORMS or number in taken:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "\u201c{number}\u201d cannot be a form's number: write 1 to 6 letters or digits "
                "(e.g. 07), not 05 or 06 (the lists of activities and clubs), and not the "
                "number of another form.",
            ),
            "forms",
            number=number[:20],
        )
    if not title or len(title) > MAX_TEXT:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "Form {form}: its title is empty or longer than {limit} characters."
            ),
            "forms",
            form=number,
            limit=MAX_TEXT,
        )


def _new_sheet(number: str, taken: set[str]) -> str:
    """``Bieu07`` for a new form 07; another free name when that one is taken."""
    reserved = {f"Bieu{n}" for n in LIST_FORMS}
    first = f"Bieu{number}"
    if first not in taken and first not in reserved:
        return first
    return next(f"BieuThem{n}" for n in range(1, 100) if f"BieuThem{n}" not in taken)


def _row(form: str, code: str, label: str) -> dict[str, str]:
    text = " ".join(label.split())
    if not text or len(text) > MAX_TEXT:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Form {form}: the label of row {code} is empty or longer than {limit} characters.",
            ),
            "forms",
            form=form,
            code=code,
            limit=MAX_TEXT,
        )
    return {"code": code, "label": text}
