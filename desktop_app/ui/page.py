"""What the window expects of a screen: the :class:`Page` protocol.

Every screen of the navigation is a ``QWidget`` that also says which kinds of change it
shows, reads its data again on :meth:`Page.reload`, stops its background work on
:meth:`Page.stop_work` and names where the cursor goes when it is opened. The window calls
these and nothing else (see ``main_window.py``: a screen is refreshed only for a change it
shows, and only when it is on screen; one that missed a change while hidden reads it when it
is next shown).
"""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.services.changes import ChangeKind


@runtime_checkable
class Page(Protocol):
    """A screen of the main window (a ``QWidget``)."""

    # The kinds of change whose data the screen shows.
    shows: ClassVar[frozenset[ChangeKind]]

    def reload(self) -> None:
        """Read again what the screen shows."""

    def stop_work(self) -> None:
        """Cancel and wait for work running in the screen's thread (closing or rebuilding)."""

    def initial_focus(self) -> QWidget | None:
        """Where the cursor goes when the screen is opened."""


def first_focusable(page: QWidget) -> QWidget | None:
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
