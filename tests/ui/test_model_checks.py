"""Every model of the window runs under Qt's QAbstractItemModelTester (tests/ui/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_app.services.workspace import Workspace
from desktop_app.ui.aggregation.aggregation_results import StatusFilter
from desktop_app.ui.facilities.facilities_page import FacilitiesPage, _OpenOnlyFilter
from desktop_app.ui.logs.baseline_model import BaselineModel
from desktop_app.ui.logs.baseline_page import BaselinePage
from desktop_app.ui.table_model import RowTableModel
from desktop_app.ui.visits.visits_model import VisitMonthModel
from desktop_app.ui.visits.visits_page import VisitsPage
from desktop_app.ui.widgets.search_list import _AccentFreeFilter
from tests.conftest import TODAY
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


@pytest.mark.parametrize("make", [VisitsPage, BaselinePage, FacilitiesPage])
def test_the_models_a_page_builds_carry_the_tester(
    qtbot: QtBot, configured: Workspace, checked_models: list[Any], make: Any
) -> None:
    page = make(configured, lambda: TODAY)
    qtbot.addWidget(page)
    models = [  # the window's own models, not the combo boxes' Qt ones
        m
        for m in page.findChildren(QAbstractItemModel)
        if type(m).__module__.startswith("desktop_app")
    ]
    assert models
    for model in models:
        assert model in checked_models
        assert len(model.findChildren(QAbstractItemModelTester)) == 1
