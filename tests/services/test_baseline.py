"""Baseline use cases: typed values stored, refused or cleared; rows shown; no lock."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import UserError
from desktop_app.services import baseline, facilities
from desktop_app.services.workspace import Workspace
from desktop_app.storage import baseline_store, submissions_store
from tests.conftest import TODAY


def test_the_convention_comes_from_the_template(
    configured: Workspace, workspace: Workspace
) -> None:
    assert baseline.template_convention(configured) == "calendar"


def test_before_set_up_the_convention_is_calendar(workspace: Workspace) -> None:
    assert baseline.template_convention(workspace) == "calendar"


def test_typed_values_are_stored_and_an_empty_one_clears(configured: Workspace) -> None:
    assert baseline.set_text(configured, "2025-N", "calendar", "TV04", "12.500") == 12500.0
    assert baseline.set_text(configured, "2025-N", "calendar", "TV01", " 3 ") == 3.0
    assert baseline.values(configured, "2025-N", "calendar") == {"TV04": 12500.0, "TV01": 3.0}
    assert baseline.set_text(configured, "2025-N", "calendar", "TV04", "") is None
    assert baseline.values(configured, "2025-N", "calendar") == {"TV01": 3.0}


@pytest.mark.parametrize("text", ["abc", "-5", "12,5", "999999999999"])
def test_letters_negatives_fractions_and_absurd_values_store_nothing(
    configured: Workspace, text: str
) -> None:
    baseline.set_text(configured, "2025-N", "calendar", "TV04", "100")
    with pytest.raises(UserError):
        baseline.set_text(configured, "2025-N", "calendar", "TV04", text)
    assert baseline.values(configured, "2025-N", "calendar") == {"TV04": 100.0}


def test_percentages_and_unknown_periods_are_refused(configured: Workspace) -> None:
    with pytest.raises(UserError, match="percentage"):
        baseline.set_text(configured, "2025-N", "calendar", "TV10", "12")
    with pytest.raises(UserError):
        baseline.set_text(configured, "2025", "calendar", "TV04", "12")
    with pytest.raises(UserError):
        baseline.set_text(configured, "2025-N", "lunar", "TV04", "12")
    assert baseline_store.baseline_periods(configured.db) == []


def test_an_of_which_above_its_total_is_refused(configured: Workspace) -> None:
    baseline.set_text(configured, "2025-N", "calendar", "TV04", "1000")
    with pytest.raises(UserError, match="cannot be above"):
        baseline.set_text(configured, "2025-N", "calendar", "TV04a", "1001")
    baseline.set_text(configured, "2025-N", "calendar", "TV04a", "400")
    with pytest.raises(UserError, match="cannot be above"):
        baseline.set_text(configured, "2025-N", "calendar", "TV04", "300")
    assert baseline.values(configured, "2025-N", "calendar") == {"TV04": 1000.0, "TV04a": 400.0}


def test_store_values_is_all_or_nothing(configured: Workspace) -> None:
    baseline.store_values(configured, "2025-N", "calendar", {"TV04": 500, "TV04e": 300})
    with pytest.raises(UserError):
        baseline.store_values(configured, "2025-N", "calendar", {"TV06": 20, "TV04a": 600})
    assert baseline.values(configured, "2025-N", "calendar") == {"TV04": 500.0, "TV04e": 300.0}


def test_a_submitted_period_does_not_lock_the_baseline(configured: Workspace) -> None:
    submissions_store.insert_submission(
        configured.db, "2025-N", "calendar", date(2025, 1, 1), date(2025, 12, 31), "x", "Lan"
    )
    assert baseline.set_text(configured, "2025-N", "calendar", "TV04", "900") == 900.0


def test_rows_list_counts_and_show_the_museum_form_only_with_a_museum(
    configured: Workspace,
) -> None:
    codes = [r.indicator.code for r in baseline.rows(configured, "2025-N", "calendar")]
    assert codes[:7] == ["TV01", "TV01a", "TV01b", "TV02", "TV02a", "TV03", "TV03a"]
    assert "TV10" not in codes and "BT05" not in codes
    assert not any(code.startswith("BT") for code in codes)
    baseline.set_text(configured, "2025-N", "calendar", "CS03", "321")
    rows = {r.indicator.code: r.value for r in baseline.rows(configured, "2025-N", "calendar")}
    assert rows["CS03"] == 321.0 and rows["CS04"] is None
    facilities.add_facility(configured, Facility("BT1", "BT", "Nhà truyền thống"), TODAY)
    codes = [r.indicator.code for r in baseline.rows(configured, "2025-N", "calendar")]
    assert codes[-5:] == ["BT01", "BT01a", "BT02", "BT03", "BT04"]
