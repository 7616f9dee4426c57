"""Screens built the first time they are shown, so the window opens at the speed of one screen.

The stack of the main window holds one empty holder per screen; a screen's module is
imported and its page constructed only when it is first shown or asked for. A built screen
that missed a change while hidden is marked stale and reads its data again when it is
next shown (a screen not yet built reads fresh data when it is).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop_app.ui.page import Page


@dataclass
class PageSlot:
    """One screen of the navigation: its key, label, where its class lives, how to make it."""

    key: str
    label: str
    module: str  # "desktop_app.ui.visits.visits_page"
    class_name: str  # "VisitsPage"
    make: Callable[[type], QWidget]  # the class -> the page (a QWidget that is a Page)
    page: QWidget | None = field(default=None, init=False)
    stale: bool = field(default=False, init=False)  # missed a change while hidden


class LazyPages:
    """The slots of a stacked widget, each page constructed on first use."""

    def __init__(
        self,
        stack: QStackedWidget,
        slots: list[PageSlot],
        wire: Callable[[str, QWidget], None] | None = None,
    ) -> None:
        self._stack = stack
        self.slots = slots
        self._wire = wire  # connects a screen's signals once it is built
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
            if self._wire is not None:
                self._wire(slot.key, slot.page)
        return slot.page

    def screen_at(self, index: int) -> Page:
        """The page at ``index`` as the window knows it (built now if it was not yet)."""
        return cast(Page, self.page_at(index))

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

    def built_pages(self) -> Iterator[tuple[int, Page]]:
        """The pages built so far with their index (the others read fresh data when built)."""
        for index, slot in enumerate(self.slots):
            if slot.page is not None:
                yield index, cast(Page, slot.page)

    def mark_stale(self, index: int) -> None:
        """The page at ``index`` missed a change: it reads its data when next shown."""
        self.slots[index].stale = self.slots[index].page is not None

    def refresh_if_stale(self, index: int) -> None:
        """Before the page at ``index`` is shown: read its data again if it missed a change."""
        slot = self.slots[index]
        if slot.stale and slot.page is not None:
            slot.stale = False
            cast(Page, slot.page).reload()
