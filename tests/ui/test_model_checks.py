"""Every model of the window runs under Qt's QAbstractItemModelTester (tests/ui/conftest.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.aggregation.aggregation_results import StatusFilter
from desktop_app.ui.facilities.facilities_page import _OpenOnlyFilter
from desktop_app.ui.logs.baseline_model import BaselineModel
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.visits.visits_model import VisitMonthModel
from desktop_app.ui.widgets.search_list import _AccentFreeFilter
from tests.ui.conftest import WINDOW_MODELS


def test_every_model_class_of_the_window_is_checked() -> None:
    for cls in (
        RowTableModel,
        VisitMonthModel,
        BaselineModel,
        StatusFilter,
        _OpenOnlyFilter,
        _AccentFreeFilter,
    ):
        assert cls in WINDOW_MODELS
    names = {cls.__name__ for cls in WINDOW_MODELS}
    assert {"StatusTableModel", "BackupTableModel"} <= names


def test_a_model_built_by_a_page_carries_the_tester(
    qtbot: QtBot, configured: Workspace, checked_models: list[Any]
) -> None:
    from desktop_app.ui.visits.visits_page import VisitsPage
    from tests.conftest import TODAY

    page = VisitsPage(configured, lambda: TODAY)
    qtbot.addWidget(page)
    assert page.model in checked_models
    assert page.model.findChildren(QAbstractItemModelTester)
