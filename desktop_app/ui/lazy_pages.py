"""Screens built the first time they are shown, so the window opens at the speed of one screen.

The stack of the main window holds one empty holder per screen; a screen's module is
imported and its page constructed only when it is first shown or asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget


@dataclass
class PageSlot:
    """One screen of the navigation: its key, label, where its class lives, how to wire it."""

    key: str
    label: str
    module: str  # "desktop_app.ui.visits.visits_page"
    class_name: str  # "VisitsPage"
    make: Callable[[type], QWidget]  # the class -> the page
    wire: Callable[[QWidget], None] | None = None  # connect its signals once built
    page: QWidget | None = field(default=None, init=False)


class LazyPages:
    """The slots of a stacked widget, each page constructed on first use."""

    def __init__(self, stack: QStackedWidget, slots: list[PageSlot]) -> None:
        self._stack = stack
        self.slots = slots
        for _slot in slots:
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            stack.addWidget(holder)
        stack.currentChanged.connect(self.page_at)

    def page_at(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not yet."""
        slot = self.slots[index]
        if slot.page is None:
            cls = getattr(importlib.import_module(slot.module), slot.class_name)
            slot.page = slot.make(cls)
            holder = self._stack.widget(index)
            holder.layout().addWidget(slot.page)
            slot.page.show()  # at once, not on the next turn of the event loop
            holder.setFocusProxy(slot.page)
            if slot.wire is not None:
                slot.wire(slot.page)
        return slot.page

    def page(self, key: str) -> QWidget:
        """The page called ``key`` (built now if needed)."""
        return self.page_at(self.index_of_key(key))

    def index_of_key(self, key: str) -> int:
        """The navigation index of the screen called ``key``."""
        for index, slot in enumerate(self.slots):
            if slot.key == key:
                return index
        raise KeyError(key)

    def index_of(self, page: QWidget) -> int:
        """The navigation index of a built ``page``."""
        for index, slot in enumerate(self.slots):
            if slot.page is page:
                return index
        raise ValueError("not a page of this window")

    def built(self) -> Iterator[QWidget]:
        """The pages built so far (the others will read fresh data when they are)."""
        return (slot.page for slot in self.slots if slot.page is not None)
