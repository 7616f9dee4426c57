"""What an aggregation is for: the period (and its convention), the template and the province.

A template brings its own period convention (as on the report screen) and,
when it was written for one province, that province; the user may still
change either afterwards.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop_app import resources
from desktop_app.domain.divisions import provinces
from desktop_app.domain.periods import CONVENTIONS, Period
from desktop_app.domain.templates import Template
from desktop_app.domain.text import search_key
from desktop_app.ui.preferences import user_preferences
from desktop_app.ui.text_formats import convention_name
from desktop_app.ui.widgets.period_picker import PeriodPicker


class ProvinceCombo(QComboBox):
    """The 34 provinces; type any part of a name (accents optional) or the code, then Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # found on Enter instead, without caring for accents
        self._keys: list[str] = []
        for province in provinces():
            label = f"{province.full_name} ({province.code})"
            self.addItem(label, province.code)
            self._keys.append(search_key(label))
        self.setMinimumContentsLength(22)
        self.lineEdit().editingFinished.connect(self._settle)

    def code(self) -> str | None:
        """The chosen province's code."""
        data = self.currentData()
        return str(data) if data else None

    def select(self, code: str | None) -> bool:
        """Choose the province with ``code``; False when there is none."""
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        return index >= 0

    def _settle(self) -> None:
        """Choose the first province whose name or code holds the typed words; when none
        does, show the chosen one again."""
        words = search_key(self.currentText()).split()
        found = next(
            (i for i, key in enumerate(self._keys) if all(word in key for word in words)), -1
        )
        if words and found >= 0 and found != self.currentIndex():
            self.setCurrentIndex(found)
        if self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))


class AggregationChoices(QWidget):
    """Period, convention, template and province; emits :attr:`changed` after any change."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.period_picker = PeriodPicker(today, "calendar", remember_as="aggregation_period")
        if user_preferences().choice("aggregation_period") is None:
            self.period_picker.set_period(f"{today.year}-N")  # this year, at first
        self.convention = QComboBox()
        for key in CONVENTIONS:
            self.convention.addItem(convention_name(key), key)
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(30)
        for item in resources.templates().values():
            self.template.addItem(item.name, item.id)
            self.template.setItemData(
                self.template.count() - 1, item.name, Qt.ItemDataRole.ToolTipRole
            )
        self.province = ProvinceCombo()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.period_picker, 0, 0, 1, 2)
        for row, column, text, widget in (
            (0, 2, self.tr("Provi&nce"), self.province),
            (1, 0, self.tr("Con&vention"), self.convention),
            (1, 2, self.tr("&Template"), self.template),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        # period_picker spans columns 0-1 in row 0, so its own caption lines up with row 1's
        self.setTabOrder(self.period_picker.number, self.province)
        self.setTabOrder(self.province, self.convention)
        self.setTabOrder(self.convention, self.template)

        self.period_picker.period_changed.connect(lambda _period: self._emit())
        self.convention.currentIndexChanged.connect(lambda _index: self._convention_changed())
        self.template.currentIndexChanged.connect(lambda _index: self._template_changed())
        self.province.currentIndexChanged.connect(lambda _index: self._emit())

    # -- reading the choice -----------------------------------------------------------------------
    def period(self) -> Period:
        """The chosen period, in the chosen convention."""
        return self.period_picker.period()

    def template_id(self) -> str | None:
        """The chosen template's id."""
        return self.template.currentData()

    def chosen_template(self) -> Template | None:
        """The chosen template."""
        key = self.template_id()
        return resources.template(key) if key else None

    def province_code(self) -> str | None:
        """The chosen province's code."""
        return self.province.code()

    # -- setting it -------------------------------------------------------------------------------
    def follow(self, template_id: str, province_code: str) -> None:
        """Choose the template (with its convention) and the province, those that are
        given (a commune's, or the office's).

        :attr:`changed` is emitted only when the choice is not the same as before.
        """
        before = self._state()
        self._quiet = True
        try:
            index = self.template.findData(template_id) if template_id else -1
            if index >= 0:
                self.template.setCurrentIndex(index)
            self._template_changed()
            if province_code:
                self.province.select(province_code)
        finally:
            self._quiet = False
        if self._state() != before:
            self._emit()

    def _state(self) -> tuple[object, ...]:
        period = self.period()
        return (self.template_id(), period.id, period.convention, self.province_code())

    def _template_changed(self) -> None:
        """A template brings its convention and, when it was made for one province, that one."""
        template = self.chosen_template()
        quiet, self._quiet = self._quiet, True
        try:
            if template is not None:
                index = self.convention.findData(template.period_convention)
                if index >= 0:
                    self.convention.setCurrentIndex(index)
                self._convention_changed()
                if len(template.province_codes) == 1:
                    self.province.select(template.province_codes[0])
        finally:
            self._quiet = quiet
        self._emit()

    def _convention_changed(self) -> None:
        convention = self.convention.currentData()
        if convention != self.period().convention:
            quiet, self._quiet = self._quiet, True
            try:
                self.period_picker.set_convention(convention)
            finally:
                self._quiet = quiet
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
