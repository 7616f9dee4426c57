"""One change notification: each screen refreshes for what it shows, when it is on view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.visits import VisitDay
from desktop_app.services import facilities, visits
from desktop_app.services.changes import Change, ChangeKind
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.page import Page
from tests.conftest import TODAY
from tests.ui.conftest import Prompts


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _count_reloads(page: QWidget) -> list[int]:
    """Count the window's calls of ``page.reload`` (the page still reloads)."""
    calls: list[int] = []
    reload: Callable[[], None] = page.reload  # type: ignore[attr-defined]

    def counting() -> None:
        calls.append(1)
        reload()

    page.reload = counting  # type: ignore[attr-defined]
    return calls


def _figures_done(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the overview's figures (its button is off while they are worked out)."""
    page = window.overview_page
    qtbot.waitUntil(
        lambda: page.overview is not None and page.refresh_button.isEnabled(), timeout=20000
    )


def _go(qtbot: QtBot, window: MainWindow, digit: str) -> None:
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)


def _tv1(workspace: Workspace) -> int:
    found = facilities.by_code(workspace, "TV1")
    assert found is not None and found.id is not None
    return found.id


def test_every_screen_is_a_page(qtbot: QtBot, configured: Workspace) -> None:
    window = _window(qtbot, configured)
    for label, page in window.pages:
        assert isinstance(page, Page), label
        assert isinstance(page.shows, frozenset) and page.shows <= frozenset(ChangeKind), label
    window.stop_work()


def test_typed_visits_refresh_the_overview_when_shown_and_never_the_clubs_screen(
    qtbot: QtBot, configured: Workspace
) -> None:
    window = _window(qtbot, configured)
    overview, clubs, grid = window.overview_page, window.clubs_page, window.visits_page
    _figures_done(qtbot, window)
    counts = {name: _count_reloads(p) for name, p in (("o", overview), ("c", clubs), ("v", grid))}
    _go(qtbot, window, "2")  # Ctrl+2: the visits screen, the cursor in the grid
    assert window.current_page() is grid
    grid.select(_tv1(configured), 2026, 11)
    grid.grid.setCurrentIndex(grid.model.index(1, 0))  # 02/11, total
    grid.grid.setFocus()
    with qtbot.waitSignal(window.shared.changed) as heard:
        for key in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_Return):
            qtbot.keyClick(QApplication.focusWidget(), key)
    assert heard.args == [Change(ChangeKind.VISITS, _tv1(configured), 2026, 11), False]
    assert grid.model.month is not None and grid.model.month.totals().total == 42
    # the screen that made the change shows it already; the hidden ones wait until shown
    assert {name: len(calls) for name, calls in counts.items()} == {"o": 0, "c": 0, "v": 0}
    _go(qtbot, window, "1")
    assert {name: len(calls) for name, calls in counts.items()} == {"o": 1, "c": 0, "v": 0}
    _figures_done(qtbot, window)  # worked out again in the background
    assert overview.overview is not None and overview.overview.visits_to_date == 42
    _go(qtbot, window, "3")
    _go(qtbot, window, "1")  # shown again with nothing new: not read again
    assert {name: len(calls) for name, calls in counts.items()} == {"o": 1, "c": 0, "v": 0}
    window.stop_work()


def test_an_import_refreshes_the_screen_on_view_now_and_the_visits_screen_when_shown(
    qtbot: QtBot, configured: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    from tests.import_samples import VISITS_HEADER, write_csv

    window = _window(qtbot, configured)
    overview, clubs, grid = window.overview_page, window.clubs_page, window.visits_page
    _figures_done(qtbot, window)
    counts = {name: _count_reloads(p) for name, p in (("o", overview), ("c", clubs), ("v", grid))}
    row = ["02/11/2026", "TV1", "25", "8", "4", "0", "1", "13", "0", "30", "2", "0"]
    path = write_csv(tmp_path / "luot.csv", VISITS_HEADER, [row])
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_dialog
    assert dialog is not None
    prompts.answers.append([str(path)])
    with qtbot.waitSignal(dialog.work_done, timeout=20000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.shared.changed, timeout=20000) as heard:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert heard.args == [Change(ChangeKind.VISITS), True]
    # the overview is on view: it reads the import at once, the others when shown
    assert {name: len(calls) for name, calls in counts.items()} == {"o": 1, "c": 0, "v": 0}
    with qtbot.waitActive(window):  # the dialog has closed: the window is active again
        window.activateWindow()
    _go(qtbot, window, "2")
    assert window.current_page() is grid, QApplication.activeWindow()
    assert {name: len(calls) for name, calls in counts.items()} == {"o": 1, "c": 0, "v": 1}
    grid.select(_tv1(configured), 2026, 11)
    assert grid.model.month is not None and grid.model.month.totals().total == 25
    _go(qtbot, window, "3")
    assert {name: len(calls) for name, calls in counts.items()} == {"o": 1, "c": 0, "v": 1}
    window.stop_work()


def test_one_change_announced_twice_is_one_notification(
    qtbot: QtBot, configured: Workspace
) -> None:
    window = _window(qtbot, configured)
    heard: list[tuple[Change, bool]] = []
    window.shared.changed.connect(lambda change, shell: heard.append((change, shell)))
    tv1 = _tv1(configured)
    # one use case storing two days of one month
    with qtbot.waitSignal(window.shared.changed), configured.changes.batch():
        visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 2), total=5), TODAY)
        visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 3), total=6), TODAY)
    with qtbot.waitSignal(window.shared.changed):  # two use cases before the window looks
        visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 4), total=5), TODAY)
        visits.save_visit(configured, VisitDay(tv1, date(2026, 11, 5), total=6), TODAY)
    QApplication.processEvents()
    change = Change(ChangeKind.VISITS, tv1, 2026, 11)
    assert heard == [(change, False), (change, False)]
    window.stop_work()


def test_a_window_closed_or_rebuilt_hears_no_more_changes(
    qtbot: QtBot, configured: Workspace
) -> None:
    window = _window(qtbot, configured)
    heard: list[Change] = []
    window.shared.changed.connect(lambda change, _shell: heard.append(change))
    window.close()
    visits.save_visit(configured, VisitDay(_tv1(configured), date(2026, 11, 2), total=5), TODAY)
    QApplication.processEvents()
    assert heard == []


def test_a_hidden_screen_reads_once_when_shown_whatever_it_missed(
    qtbot: QtBot, configured: Workspace
) -> None:
    window = _window(qtbot, configured)
    clubs = window.clubs_page
    calls = _count_reloads(clubs)
    window.shared.announce(Change(ChangeKind.CLUBS))
    window.shared.announce(Change(ChangeKind.FACILITIES))
    with qtbot.waitSignal(window.shared.changed):
        window.shared.announce(Change(ChangeKind.PERIOD_TEXTS))  # not shown there
    QApplication.processEvents()
    assert calls == []  # hidden: not before it is shown
    _go(qtbot, window, "3")
    assert window.current_page() is clubs and len(calls) == 1
    _go(qtbot, window, "1")
    with qtbot.waitSignal(window.shared.changed):
        window.shared.announce(Change(ChangeKind.PERIOD_TEXTS))
    _go(qtbot, window, "3")
    assert len(calls) == 1  # a change it does not show: not read again
    window.stop_work()


def test_a_change_announced_in_another_thread_is_heard_in_the_windows(
    qtbot: QtBot, configured: Workspace
) -> None:
    import threading

    window = _window(qtbot, configured)
    threads: list[threading.Thread] = []
    window.shared.changed.connect(lambda *_args: threads.append(threading.current_thread()))
    worker = threading.Thread(target=configured.changes.announce, args=(Change(ChangeKind.CLUBS),))
    with qtbot.waitSignal(window.shared.changed):
        worker.start()
        worker.join()
    assert threads == [threading.main_thread()]
    window.stop_work()
