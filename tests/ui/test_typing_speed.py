"""A month typed faster than the program handles keys: every value lands in its cell.

Keys are posted to the window the way the platform delivers them (all at once, or in
bursts that arrive while a slowed store is still saving), then the month stored in the
database is compared day by day with what was typed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import facilities, visits
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.visits.visits_model import COLUMNS
from tests.conftest import TODAY
from tests.ui.keystrokes import drain, month_keys, post_keys

TOTAL = COLUMNS.index("total")


def _typed_month() -> list[tuple[int, int, int]]:
    """October 2026 from a log book: total, children, elderly for each of its 31 days."""
    return [(20 + day * 3, day % 10, (day * 7) % 13) for day in range(1, 32)]


def _window_on_october(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tv1 = facilities.by_code(workspace, "TV1")
    window.open_visits(tv1.id, 2026, 10)
    page = window.visits_page
    page.grid.setCurrentIndex(page.model.index(0, TOTAL))
    assert QApplication.focusWidget() is page.grid
    return window


def _stored(workspace: Workspace) -> dict[int, tuple[int, int, int]]:
    tv1 = facilities.by_code(workspace, "TV1")
    rows = visits.between(workspace, tv1.id, date(2026, 10, 1), date(2026, 10, 31))
    return {v.day.day: (v.total, v.children, v.elderly) for v in rows}


def _expected() -> dict[int, tuple[int, int, int]]:
    return {day: values for day, values in enumerate(_typed_month(), start=1)}


def test_a_whole_month_posted_at_once_lands_day_by_day(qtbot: QtBot, configured: Workspace) -> None:
    window = _window_on_october(qtbot, configured)
    post_keys(window, month_keys(_typed_month()))
    drain(qtbot)
    assert _stored(configured) == _expected()
    assert window.visits_page.message.text() == "Đã lưu."


@pytest.fixture
def slow_store(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[], None]]:
    """Saving takes 50 ms (an old PC, a slow disk); whatever is queued in ``after_save``
    runs at the end of each save, so keys can arrive while the program is busy."""
    after_save: list[Callable[[], None]] = []
    real = visits.save_visits

    def slow(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        time.sleep(0.05)
        if after_save:
            after_save.pop(0)()
        return result

    monkeypatch.setattr(visits, "save_visits", slow)
    return after_save


@pytest.mark.parametrize("burst", [3, 17])
def test_bursts_arriving_while_a_slow_store_saves(
    qtbot: QtBot, configured: Workspace, slow_store: list[Callable[[], None]], burst: int
) -> None:
    window = _window_on_october(qtbot, configured)
    keys = month_keys(_typed_month(), home=True)
    chunks = [keys[i : i + burst] for i in range(0, len(keys), burst)]
    post_keys(window, chunks[0])
    slow_store.extend(lambda chunk=chunk: post_keys(window, chunk) for chunk in chunks[1:])
    while slow_store:  # each save lets the next burst in; drain until none is left
        drain(qtbot, rounds=1)
        if slow_store:
            slow_store.pop(0)()
    drain(qtbot)
    assert _stored(configured) == _expected()


def test_earlier_years_typed_at_once_land_on_their_indicators(
    qtbot: QtBot, configured: Workspace
) -> None:
    """The other typed table: values posted with Enter between them, none lost or shifted."""
    from desktop_app.services import baseline
    from desktop_app.ui.logs.baseline_model import VALUE_COLUMN

    window = MainWindow(configured, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page(window.index_of(window.baseline_page))
    page = window.baseline_page
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, VALUE_COLUMN))
    codes = [row.indicator.code for row in page.model.rows()[:12]]
    typed = {code: 500 - 7 * n for n, code in enumerate(codes)}  # each "of which" <= its total
    post_keys(window, "".join(f"{value}\n" for value in typed.values()))
    drain(qtbot)
    stored = baseline.values(configured, page.period_id(), page.convention())
    assert {code: stored.get(code) for code in codes} == {c: float(v) for c, v in typed.items()}
