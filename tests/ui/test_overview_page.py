"""The overview screen over the demo commune: what it shows is what the report computes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import month_period, year_period
from desktop_app.domain.targets import check_all
from desktop_app.domain.visits import VisitDay
from desktop_app.services import facilities, visits
from desktop_app.services.demo import demo
from desktop_app.services.reporting import period_values
from desktop_app.services.setup import require_template
from desktop_app.services.workspace import Workspace
from desktop_app.ui import theme
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.overview.overview_page import OverviewPage
from tests.conftest import TODAY
from tests.ui.conftest import Prompts


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    workspace = Workspace.open(path)
    demo.build_demo(workspace, years=2, today=TODAY)
    workspace.close()
    return path


@pytest.fixture
def commune(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "commune.sqlite3"
    shutil.copy(demo_file, path)
    workspace = Workspace.open(path)
    yield workspace
    workspace.close()


def _shown(qtbot: QtBot, page: OverviewPage) -> OverviewPage:
    qtbot.addWidget(page)
    if page.overview is None:
        with qtbot.waitSignal(page.updated, timeout=20000):
            pass
    return page


@pytest.fixture
def page(qtbot: QtBot, commune: Workspace) -> OverviewPage:
    return _shown(qtbot, OverviewPage(commune, lambda: TODAY))


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0)


def test_tiles_show_the_years_figures(page: OverviewPage, commune: Workspace) -> None:
    # The demo's log ends yesterday, so the whole year's report is the year so far.
    year = period_values.indicator_values(commune, year_period(2026)).current
    assert page.visits_tile.head.text() == _number(year["TV04"] + year["VH09"])
    template = require_template(commune.unit().template_id)
    assert page.deadline_tile.detail.text() == (
        f"Hạn {template.deadline_in(2026):%d/%m/%Y}: còn "
        f"{(template.deadline_in(2026) - TODAY).days} ngày"
    )
    assert page.backup_tile.head.text() == "Cần sao lưu"  # the demo has never been copied


def test_targets_agree_with_the_report(page: OverviewPage, commune: Workspace) -> None:
    template = require_template(commune.unit().template_id)
    current = period_values.indicator_values(commune, year_period(2026)).current
    shares = {
        c.target.label: c.met
        for c in check_all(template, 2026, current)
        if c.target.kind == "share"
    }
    assert shares  # the demo's template has share targets
    shown = {name.text(): verdict.text() for name, _bar, verdict in page.target_rows}
    for label, met in shares.items():
        assert shown[label] == ("Đạt" if met else "Chưa đạt")
    met = sum(1 for text in shown.values() if text == "Đạt")
    assert f"{met}/{len(shown)}" in page.headline.text()
    assert page.targets_tile.head.text() == f"{met}/{len(shown)}"


def test_visits_chart_bars_are_the_months_of_the_report(
    page: OverviewPage, commune: Workspace
) -> None:
    chart = page.visits_chart.view.chart()
    bars = chart.series()[0].barSets()[0]
    line = chart.series()[1]
    assert bars.label() == "2026" and line.name() == "2025"
    for month in range(1, 12):
        values = period_values.indicator_values(commune, month_period(2026, month))
        assert bars.at(month - 1) == values.current["TV04"] + values.current["VH09"]
        before = values.previous
        assert line.at(month - 1).y() == before["TV04"] + before["VH09"]
    assert bars.at(11) == 0  # December has not begun
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == [f"T{m}" for m in range(1, 13)]


def test_activities_chart_shows_activities_and_club_sessions(
    page: OverviewPage, commune: Workspace
) -> None:
    activities, sessions = page.activities_chart.view.chart().series()[0].barSets()
    assert (activities.label(), sessions.label()) == ("Hoạt động", "Buổi sinh hoạt CLB")
    for month in (3, 10):
        values = period_values.indicator_values(commune, month_period(2026, month)).current
        assert activities.at(month - 1) == values["TV08"] + values["VH07"]
        assert sessions.at(month - 1) == values["VH05"]


def test_a_chart_is_saved_as_a_png(page: OverviewPage, prompts: Prompts, tmp_path: Path) -> None:
    prompts.answers.append(str(tmp_path / "luot-den"))  # no extension typed
    page.visits_chart.save_button.click()
    saved = tmp_path / "luot-den.png"
    picture = QImage(str(saved))
    assert not picture.isNull() and picture.width() > 300
    assert prompts.shown[-1][0] == "save_file"
    prompts.answers.append(str(tmp_path / "no-such-folder" / "x.png"))
    page.activities_chart.save_button.click()
    assert prompts.shown[-1][0] == "warn" and "no-such-folder" in prompts.shown[-1][1]
    prompts.answers.append(None)  # cancelled: nothing written, nothing said
    page.visits_chart.save_button.click()
    assert prompts.shown[-1][0] == "save_file"


def test_days_not_typed_open_the_visits_screen(qtbot: QtBot, commune: Workspace) -> None:
    tv1 = facilities.by_code(commune, "TV1")
    assert tv1 is not None and tv1.id is not None
    # 03/11 at TV1 cleared as the grid clears a day (Delete on its cells): never typed
    visits.save_visits(commune, [VisitDay(tv1.id, date(2026, 11, 3))], TODAY)
    window = MainWindow(commune, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.current_page() is window.overview_page  # the first screen
    page = _shown(qtbot, window.overview_page)
    codes = [gap.code for gap in page.gaps_model.rows()]
    row = codes.index("TV1")
    assert date(2026, 11, 3) in page.gaps_model.row_at(row).days
    page.gaps_table.setFocus()
    page.gaps_table.setCurrentIndex(page.gaps_model.index(row, 0))
    qtbot.keyClick(page.gaps_table, Qt.Key.Key_Return)
    assert window.current_page() is window.visits_page
    assert window.visits_page.facility.currentData() == tv1.id
    assert window.visits_page.month.currentIndex() == 11 - 1
    window.stop_work()


def test_a_change_elsewhere_is_shown_after_refresh(
    qtbot: QtBot, page: OverviewPage, commune: Workspace
) -> None:
    before = page.overview
    assert before is not None
    tv1 = facilities.by_code(commune, "TV1")
    assert tv1 is not None and tv1.id is not None
    day = date(2026, 11, 21)
    typed = visits.month(commune, tv1.id, 2026, 11, TODAY).records.get(day)
    total = (typed.total if typed else 0) + 1000
    visits.save_visits(commune, [VisitDay(tv1.id, day, total=total)], TODAY)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    with qtbot.waitSignal(page.updated, timeout=20000):
        qtbot.keyClick(page, Qt.Key.Key_F5)
    assert page.overview is not None
    assert page.overview.visits_to_date == before.visits_to_date + 1000


def test_english_labels(qtbot: QtBot, commune: Workspace) -> None:
    from desktop_app.i18n import install_language

    install_language("en")
    page = _shown(qtbot, OverviewPage(commune, lambda: TODAY))
    assert page.targets_box.title() == "This year's targets"
    assert page.visits_chart.view.chart().title() == "Visits by month, 2026 against 2025"
    axis = page.visits_chart.view.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == [f"M{m}" for m in range(1, 13)]  # not the Vietnamese T1…


def test_a_commune_without_service_points_is_told_to_add_them(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from desktop_app.services import setup

    setup.configure_unit(workspace, setup.prepare_unit(province_code="66", commune_code="24175"))
    page = _shown(qtbot, OverviewPage(workspace, lambda: TODAY))
    assert page.gaps_caption.text() == (
        "Chưa có thư viện, nhà văn hóa nào: hãy thêm trên màn hình Thiết chế."
    )
    assert page.gaps_table.isHidden()
    assert page.headline.text().startswith("Chưa có số liệu nào")  # grey: nothing to judge yet
    assert page.visits_tile.head.text() == "0"


def test_the_first_day_of_use_is_not_called_behind(qtbot: QtBot, configured: Workspace) -> None:
    page = _shown(qtbot, OverviewPage(configured, lambda: TODAY))
    assert page.headline.text() == (
        f"Chưa có số liệu nào của năm 2026: {len(page.overview.targets)} chỉ tiêu sẽ được "  # type: ignore[union-attr]
        "đánh giá khi có số liệu."
    )
    assert theme.PROBLEM not in page.headline.styleSheet()  # grey, not red
    assert theme.MUTED in page.headline.styleSheet()
    assert "Chậm tiến độ" not in page.headline.text()
