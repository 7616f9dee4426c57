"""Choose one of the commune's facilities, optionally only those of one group."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup, facility_type


class FacilityCombo(QComboBox):
    """A combo box of facilities, shown as "CODE – name"; data is the facility id."""

    def __init__(
        self, groups: Iterable[FacilityGroup] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._groups = set(groups) if groups is not None else None
        self._facilities: dict[int, Facility] = {}

    def set_facilities(self, facilities: Iterable[Facility]) -> None:
        """Fill the list, keeping the current choice when it is still there."""
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        self._facilities = {}
        for facility in facilities:
            kind = facility_type(facility.type_code)
            if self._groups is not None and (kind is None or kind.group not in self._groups):
                continue
            self._facilities[facility.id or 0] = facility
            self.addItem(f"{facility.code} – {facility.name}", facility.id)
        self.blockSignals(False)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        if index < 0:
            self.currentIndexChanged.emit(self.currentIndex())

    def current_id(self) -> int | None:
        """The chosen facility's id, or ``None`` when the list is empty."""
        data = self.currentData()
        return int(data) if data is not None else None

    def current_facility(self) -> Facility | None:
        """The chosen facility."""
        facility_id = self.current_id()
        return self._facilities.get(facility_id) if facility_id is not None else None

    def select_id(self, facility_id: int) -> None:
        """Choose the facility with ``facility_id``."""
        index = self.findData(facility_id)
        if index >= 0:
            self.setCurrentIndex(index)
