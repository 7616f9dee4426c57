"""GUI fixtures: the Vietnamese catalogue installed, and every prompt answered through the seam."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from desktop_app.i18n import install_language
from desktop_app.ui import dialogs


@pytest.fixture(autouse=True)
def vietnamese(qapp: Any) -> Iterator[None]:
    """Vietnamese is the default language: every GUI test starts in it."""
    install_language("vi")
    yield
    install_language("vi")


@dataclass
class Prompts:
    """Scripted answers for ``desktop_app.ui.dialogs``; records every prompt shown."""

    answers: list[Any] = field(default_factory=list)
    shown: list[tuple[str, str]] = field(default_factory=list)

    def _next(self, kind: str, text: str) -> Any:
        self.shown.append((kind, text))
        if kind in ("inform", "warn", "error"):
            return None
        if not self.answers:
            raise AssertionError(f"unexpected {kind} prompt: {text}")
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    """Replace every prompt of the seam; a question with no scripted answer fails the test."""
    from desktop_app.i18n import render_error

    script = Prompts()
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: script._next("inform", text))
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: script._next("warn", text))
    monkeypatch.setattr(
        dialogs, "show_error", lambda _p, exc: script._next("error", render_error(exc))
    )
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text: script._next("confirm", text))
    monkeypatch.setattr(
        dialogs, "ask_date", lambda _p, _t, label, _default: script._next("ask_date", label)
    )
    monkeypatch.setattr(
        dialogs, "choose", lambda _p, _t, text, _options: script._next("choose", text)
    )
    monkeypatch.setattr(
        dialogs, "open_files", lambda _p, title, _filter: script._next("open_files", title)
    )
    monkeypatch.setattr(
        dialogs,
        "save_file",
        lambda _p, _t, suggested, _filter: script._next("save_file", suggested),
    )
    monkeypatch.setattr(dialogs, "ask_text", lambda _p, _t, label: script._next("ask_text", label))
    monkeypatch.setattr(
        dialogs, "choose_folder", lambda _p, title: script._next("choose_folder", title)
    )
    monkeypatch.setattr(
        dialogs, "open_folder", lambda path: script.shown.append(("open_folder", str(path)))
    )
    return script


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Vietnamese included.

    QTest only knows ASCII keys. A Vietnamese input method (Unikey, EVKey)
    delivers each composed letter as a key event that carries the text, so
    non-ASCII letters are sent that way; ASCII goes through ``qtbot.keyClicks``.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _window_models() -> list[type]:
    """Every item model class the window defines (its modules imported first)."""
    import importlib
    import pkgutil

    from PySide6.QtCore import QAbstractItemModel

    import desktop_app.ui

    for module in pkgutil.walk_packages(desktop_app.ui.__path__, "desktop_app.ui."):
        importlib.import_module(module.name)
    found: list[type] = []
    pending = list(QAbstractItemModel.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("desktop_app.ui") and cls not in found:
            found.append(cls)
    return sorted(found, key=lambda cls: cls.__mro__.__len__())  # bases before subclasses


WINDOW_MODELS = _window_models()


@pytest.fixture(autouse=True)
def checked_models(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Run Qt's ``QAbstractItemModelTester`` (Fatal mode) on every model the window builds.

    Each model class of ``desktop_app.ui`` gets the tester attached as its constructor ends,
    so every edit, reload, filter and month change a test drives is checked against Qt's
    model rules as it happens; a broken rule aborts the run with Qt's message.
    Returns the models checked so far in this test.
    """
    from PySide6.QtTest import QAbstractItemModelTester

    checked: list[Any] = []

    def wrap(cls: type) -> None:
        original = cls.__init__

        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            original(self, *args, **kwargs)
            if type(self) is cls:  # the object is whole: its own constructor has ended
                QAbstractItemModelTester(
                    self, QAbstractItemModelTester.FailureReportingMode.Fatal, self
                )
                checked.append(self)

        monkeypatch.setattr(cls, "__init__", __init__)

    for cls in WINDOW_MODELS:
        wrap(cls)
    return checked


@contextmanager
def announced(qtbot: Any, workspace: Any) -> Iterator[list[Any]]:
    """What a screen's action announced through the services (``workspace.changes``), as the
    window hears it: waits (as for a signal: a button's Alt+letter clicks after a moment)
    until at least one change is heard; none means the action stored nothing."""
    heard: list[Any] = []
    workspace.changes.listen(heard.append)
    try:
        yield heard
        qtbot.waitUntil(lambda: bool(heard))
    finally:
        workspace.changes.forget(heard.append)
