"""Every screen opens on the facility, month and period last used, even after a restart,
and on a library the first time (not on whichever facility sorts first)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop_app.domain.facility import Facility
from desktop_app.domain.visits import VisitDay
from desktop_app.paths import config_file
from desktop_app.services import facilities
from desktop_app.services import visits as visits_service
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import Preferences
from tests.conftest import TODAY


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_time_a_library_and_this_month(qtbot: QtBot, configured: Workspace) -> None:
    facilities.add_facility(configured, Facility("PD0", "PD_THON", "Tủ sách thôn"), TODAY)
    window = _window(qtbot, configured)
    visits = window.visits_page
    assert [visits.facility.itemText(i)[:4] for i in range(visits.facility.count())] == [
        "NVH1",
        "PD0 ",
        "TV1 ",
    ]  # a culture house and a village book-case sort first...
    assert visits.facility.currentText().startswith("TV1")  # ...the commune library is shown
    assert (visits.year.value(), visits.month.currentIndex() + 1) == (2026, 11)
    assert window.digital_page.facility_combo.currentText().startswith("TV1")
    assert window.clubs_page.period_picker.period_id() == "2026-M11"


def test_the_last_choices_come_back_after_a_restart(qtbot: QtBot, configured: Workspace) -> None:
    facilities.add_facility(
        configured, Facility("BT1", "BT", "Nhà truyền thống", opened_on=date(2010, 1, 1)), TODAY
    )
    window = _window(qtbot, configured)
    nvh = facilities.by_code(configured, "NVH1")
    window.visits_page.select(nvh.id, 2026, 9)
    window.clubs_page.period_picker.set_period("2026-Q3")
    assert len(window.pages) == 12  # every screen built after the choice: the museum screen
    # opens on its own facility without taking that for the user's choice
    window.close()
    window.stop_work()
    assert Preferences(config_file()).choice("visits_month") == "2026-09"  # in the file
    typed = [VisitDay(nvh.id, date(2026, 9, day), total=10 + day) for day in (1, 2, 3)]
    visits_service.save_visits(configured, typed, TODAY)

    again = _window(qtbot, configured)
    visits = again.visits_page
    assert visits.facility.current_id() == nvh.id
    assert (visits.year.value(), visits.month.currentIndex() + 1) == (2026, 9)
    assert visits.model.month is not None and visits.model.month.month == 9
    current = visits.grid.currentIndex()
    assert (current.row(), current.column()) == (3, 0)  # 04/09: where the typing goes on
    for page in (again.clubs_page, again.activities_page, again.digital_page):
        assert page.period_picker.period_id() == "2026-Q3"
    assert again.digital_page.facility_combo.current_id() == nvh.id
    again.stop_work()


def test_a_remembered_month_after_today_is_not_used(qtbot: QtBot, configured: Workspace) -> None:
    Preferences(config_file()).set_choice("visits_month", "2027-05")
    Preferences(config_file()).set_choice("period", "nonsense")
    window = _window(qtbot, configured)
    assert window.visits_page.month.currentIndex() + 1 == 11
    assert window.clubs_page.period_picker.period_id() == "2026-M11"
    window.stop_work()


def test_the_report_and_aggregation_screens_keep_their_own_period(
    qtbot: QtBot, configured: Workspace
) -> None:
    """Each opens on this year at first and on its last period after a restart; a
    report's period is not an aggregation's (an office sums last year while typing this)."""
    window = _window(qtbot, configured)
    report = window.report_page
    aggregation = window.aggregation_page
    assert report.period_picker.period_id() == "2026-N"
    assert aggregation.choices.period_picker.period_id() == "2026-N"
    report.period_picker.set_period("2026-Q3")
    aggregation.choices.period_picker.set_period("2025-N")
    window.close()
    window.stop_work()

    again = _window(qtbot, configured)
    assert again.report_page.period_picker.period_id() == "2026-Q3"
    assert again.aggregation_page.choices.period_picker.period_id() == "2025-N"
    assert again.clubs_page.period_picker.period_id() == "2026-M11"  # the logs' own choice
    again.stop_work()
