"""The museum screen (Biểu 04): daily figures of a museum-type facility and the period's totals.

Shown only where a museum, heritage house or exhibition room (type BT) exists:
the main window asks :meth:`MuseumPage.is_needed`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QTableView, QWidget

from desktop_app.domain.dates import format_date
from desktop_app.domain.digital import MUSEUM_FIELDS, MuseumRecord
from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup
from desktop_app.domain.periods import Period
from desktop_app.services import museum
from desktop_app.services.changes import LOGGED, ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui.logs.log_page import CountEdit, LogPage, log_table
from desktop_app.ui.logs.museum_labels import MUSEUM_COLUMNS, MUSEUM_TOTAL_COLUMNS
from desktop_app.ui.table_model import Column, RowTableModel
from desktop_app.ui.text_formats import count_text


class MuseumPage(LogPage[MuseumRecord]):
    """Daily museum figures at one museum-type facility; the services announce what it stores."""

    # The kinds of change whose data this screen shows (see ui/page.py).
    shows = LOGGED | {ChangeKind.MUSEUM}

    history_table = "museum_records"

    @staticmethod
    def is_needed(workspace: Workspace) -> bool:
        """Whether the commune has a museum-type facility, so the screen is worth showing."""
        return museum.is_needed(workspace)

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, today, parent)
        self.title.setText(self.tr("Museum"))
        self.empty_hint.setText(
            self.tr(
                "No museum, heritage house or exhibition room yet. Add one on the Facilities "
                "screen to keep its log here."
            )
        )
        self.totals_caption.setText(self.tr("Totals of the period at this facility:"))
        self.reload()

    # -- the parts of the screen --------------------------------------------------------
    def facility_groups(self) -> tuple[FacilityGroup, ...]:
        return (FacilityGroup.MUSEUM,)

    def columns(self) -> tuple[Column[MuseumRecord], ...]:
        return MUSEUM_COLUMNS

    def make_entry_fields(self) -> list[tuple[str, str, QWidget]]:
        self.counts: dict[str, CountEdit] = {name: CountEdit() for name in MUSEUM_FIELDS}
        captions = {
            "visitors": self.tr("&Visitors"),
            "learners": self.tr("of which for &learning"),
            "digitised": self.tr("D&igitised"),
            "collected": self.tr("C&ollected"),
            "exhibitions": self.tr("E&xhibitions"),
        }
        return [(name, captions[name], self.counts[name]) for name in MUSEUM_FIELDS]

    def make_totals(self) -> QWidget:
        self.totals_model: RowTableModel[MuseumRecord] = RowTableModel(MUSEUM_TOTAL_COLUMNS, self)
        self.totals_table: QTableView = log_table(self.totals_model)
        self.totals_table.setMaximumHeight(
            self.totals_table.horizontalHeader().sizeHint().height()
            + self.totals_table.verticalHeader().defaultSectionSize()
            + 4
        )
        return self.totals_table

    # -- reading ------------------------------------------------------------------------
    def list_facilities(self) -> list[Facility]:
        return museum.museum_facilities(self._workspace)

    def list_rows(self, facility_id: int, period: Period) -> list[MuseumRecord]:
        return museum.rows(self._workspace, facility_id, period)

    def refresh_totals(self, facility_id: int | None, period: Period) -> None:
        self.totals_model.set_rows(
            [museum.totals(self._workspace, period, facility_id)] if facility_id else []
        )

    def totals(self) -> MuseumRecord | None:
        """The shown totals of the period."""
        rows = self.totals_model.rows()
        return rows[0] if rows else None

    # -- the entry line -----------------------------------------------------------------
    def record_from_entry(self, facility_id: int, day: date) -> MuseumRecord:
        return MuseumRecord(
            day=day,
            facility_id=facility_id,
            **{name: self.counts[name].count(name) for name in MUSEUM_FIELDS},
        )

    def fill_entry(self, record: MuseumRecord) -> None:
        for name in MUSEUM_FIELDS:
            self.counts[name].set_count(getattr(record, name))

    def clear_entry(self) -> None:
        for edit in self.counts.values():
            edit.clear()

    def existing(self, record: MuseumRecord) -> MuseumRecord | None:
        return museum.existing(self._workspace, record.facility_id, record.day)

    def replace_question(
        self, current: MuseumRecord, record: MuseumRecord
    ) -> tuple[str, list[str]]:
        text = self.tr(
            "{day} already holds {visitors} visitors. Replace that row with the figures typed, "
            "or add them to it?"
        ).format(day=format_date(record.day), visitors=count_text(current.visitors))
        return text, [self.tr("Replace the row"), self.tr("Add to the row")]

    def store(self, record: MuseumRecord, add: bool) -> MuseumRecord:
        return museum.save(self._workspace, record, self._today(), add=add)

    def remove(self, record: MuseumRecord) -> None:
        museum.delete(self._workspace, record.id or 0)

    def delete_question(self, record: MuseumRecord) -> str:
        return self.tr("Delete the row of {day} ({visitors} visitors)?").format(
            day=format_date(record.day), visitors=count_text(record.visitors)
        )
