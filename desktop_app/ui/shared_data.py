"""The one Qt signal for "the data changed", fed by the services' announcements.

Services import no Qt: a use case announces a :class:`Change` through its workspace's
``ChangeBoard``. :class:`SharedData` listens there and emits :attr:`SharedData.changed` once
per distinct change, on the next turn of the event loop (so a screen that announced is done
with its own work first, and changes announced together are heard together). The main
window wires the signal to its screens.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, Signal

from desktop_app.services.changes import Change
from desktop_app.services.workspace import Workspace


class SharedData(QObject):
    """The window's end of one open database's change announcements."""

    # A Change, and whether the shell made it (a menu's import or backup: the screen on
    # view did not make it, so it reads it too).
    changed = Signal(object, bool)
    _arrived = Signal()  # from any thread: the changes wait in ``_pending``

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lock = threading.Lock()
        self._pending: dict[Change, bool] = {}
        self._from_shell = False
        self._attached = True
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        workspace.changes.listen(self._heard)

    def detach(self) -> None:
        """Hear nothing more (the window is closing or being rebuilt)."""
        self._attached = False
        self._workspace.changes.forget(self._heard)
        with self._lock:
            self._pending.clear()

    @contextmanager
    def shell_action(self) -> Iterator[None]:
        """Changes announced inside were made by the window itself, not by a screen."""
        self._from_shell = True
        try:
            yield
        finally:
            self._from_shell = False

    def announce(self, *changes: Change) -> None:
        """Announce changes made where this workspace did not see them (another thread's
        connection: an import), as the shell's."""
        with self.shell_action():
            self._workspace.changes.announce(*changes)

    def _heard(self, change: Change) -> None:
        with self._lock:
            first = not self._pending
            self._pending[change] = self._pending.get(change, False) or self._from_shell
        if first:
            self._arrived.emit()

    def _deliver(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        if not self._attached:
            return
        for change, from_shell in pending.items():
            self.changed.emit(change, from_shell)
