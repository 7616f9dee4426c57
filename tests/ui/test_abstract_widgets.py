"""A log screen or a record form that leaves a hook out is refused when built, by name."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.digital import DigitalService
from desktop_app.services.workspace import Workspace
from desktop_app.ui.logs.digital_page import DigitalPage
from desktop_app.ui.logs.log_page import LogPage
from desktop_app.ui.widgets.form_dialog import FormDialog
from tests.conftest import TODAY


def test_a_log_screen_without_its_hooks_is_refused(configured: Workspace) -> None:
    class Unfinished(LogPage[DigitalService]):
        def columns(self) -> tuple:
            return ()

    with pytest.raises(TypeError) as caught:
        Unfinished(configured, lambda: TODAY)
    assert str(caught.value).startswith("Unfinished does not define clear_entry, delete_question")
    assert "columns" not in str(caught.value)
    assert LogPage.__abstractmethods__ >= {"store", "remove", "record_from_entry"}


def test_the_digital_log_gives_every_hook(qtbot: QtBot, configured: Workspace) -> None:
    assert not DigitalPage.__abstractmethods__
    page = DigitalPage(configured, lambda: TODAY)
    qtbot.addWidget(page)
    assert page.model.columnCount() == len(page.columns())


def test_a_form_without_save_form_is_refused() -> None:
    class Unfinished(FormDialog):
        def snapshot(self) -> object:
            return None

    with pytest.raises(TypeError, match=r"^Unfinished does not define save_form$"):
        Unfinished()
