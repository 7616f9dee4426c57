"""Choose one of the commune's facilities, optionally only those of one group."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import FacilityGroup, facility_type
from desktop_app.ui.preferences import user_preferences

_CHOICE = "facility"


class FacilityCombo(QComboBox):
    """A combo box of facilities, shown as "CODE – name"; data is the facility id.

    With ``remember``, it opens on the facility last chosen on any screen that remembers
    (kept in the preferences across restarts), else on the first library.
    """

    def __init__(
        self,
        groups: Iterable[FacilityGroup] | None = None,
        parent: QWidget | None = None,
        *,
        remember: bool = False,
    ) -> None:
        super().__init__(parent)
        self._groups = set(groups) if groups is not None else None
        self._facilities: dict[int, Facility] = {}
        self._remember = remember
        self._filling = False  # the list being filled: its first choice is not the user's
        if remember:
            self.currentIndexChanged.connect(self._remember_choice)

    def _remember_choice(self) -> None:
        if self._filling:
            return
        facility_id = self.current_id()
        if facility_id is not None:
            user_preferences().set_choice(_CHOICE, str(facility_id))

    def _opening_choice(self) -> int | None:
        """The remembered facility when it is listed, else the commune's library (TV_XA),
        else the first library of another type."""
        remembered = user_preferences().choice(_CHOICE)
        if remembered is not None and remembered.isdigit() and int(remembered) in self._facilities:
            return int(remembered)
        libraries = [
            (facility.type_code != "TV_XA", facility_id)
            for facility_id, facility in self._facilities.items()
            if (kind := facility_type(facility.type_code)) and kind.group == FacilityGroup.LIBRARY
        ]
        return min(libraries)[1] if libraries else None

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
        if current is None and self._remember:
            current = self._opening_choice()
        index = self.findData(current) if current is not None else -1
        self._filling = True
        try:
            self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
            if index < 0:
                self.currentIndexChanged.emit(self.currentIndex())
        finally:
            self._filling = False

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
            if self._remember:  # also when the caller blocks the signals
                self._remember_choice()
