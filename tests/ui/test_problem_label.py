"""One line for a refused value: shown in the problem style, hidden when empty, read aloud."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui import theme
from desktop_app.ui.widgets.problem_label import ProblemLabel


def _in_window(qtbot: QtBot, label: ProblemLabel) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(label)
    window.show()
    return window


def test_a_message_shows_in_red_and_an_empty_one_hides_the_line(qtbot: QtBot) -> None:
    label = ProblemLabel()
    window = _in_window(qtbot, label)  # noqa: F841 (keeps the window alive)
    assert label.isHidden()
    label.setText("Số lượt không hợp lệ.")
    assert label.isVisible() and label.wordWrap()
    assert label.styleSheet() == f"color: {theme.PROBLEM}"
    label.clear()
    assert label.isHidden() and label.text() == ""
    label.setText("Lần nữa.")
    label.setText("")
    assert label.isHidden()


def test_a_screen_reader_is_told_what_was_refused(qtbot: QtBot) -> None:
    label = ProblemLabel()
    window = _in_window(qtbot, label)  # noqa: F841 (keeps the window alive)
    label.setText("Tổng số phải là số nguyên.")
    face = QAccessible.queryAccessibleInterface(label)
    assert face.text(QAccessible.Text.Name) == "Lỗi: Tổng số phải là số nguyên."
    assert face.text(QAccessible.Text.Description) == "Tổng số phải là số nguyên."
    label.clear()
    assert face.text(QAccessible.Text.Name) == "Lỗi"


def test_a_warning_tone_is_amber_and_says_so(qtbot: QtBot) -> None:
    label = ProblemLabel(tone="warning", bold=True, object_name="warning")
    window = _in_window(qtbot, label)  # noqa: F841 (keeps the window alive)
    label.say("Buổi này ngoài thời gian hoạt động của câu lạc bộ.")
    assert label.objectName() == "warning"
    assert label.styleSheet() == f"color: {theme.WARNING}; font-weight: 600"
    assert label.accessibleName().startswith("Lưu ý: ")
    label.say("Đã lưu.", "info")
    assert label.styleSheet() == f"color: {theme.INFO}; font-weight: 600"
    assert label.accessibleName() == "Thông báo: Đã lưu."


def test_a_message_set_before_the_line_is_placed_shows_once_placed(qtbot: QtBot) -> None:
    label = ProblemLabel()
    label.setText("Hãy nhập ngày bắt đầu.")
    assert not label.isVisible()  # never a window of its own
    window = _in_window(qtbot, label)
    assert label.isVisibleTo(window)


def test_a_new_message_is_announced_once_when_a_screen_reader_listens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[str, object]] = []

    def listen(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    label = ProblemLabel()
    window = _in_window(qtbot, label)  # noqa: F841 (keeps the window alive)
    label.setText("Ngày 31/11/2026 không có.")
    label.setText("Ngày 31/11/2026 không có.")  # the same words again: not repeated
    label.clear()
    label.say("Đã lưu.", "info")
    assert heard == [
        ("Lỗi: Ngày 31/11/2026 không có.", QAccessible.AnnouncementPoliteness.Assertive),
        ("Thông báo: Đã lưu.", QAccessible.AnnouncementPoliteness.Polite),
    ]
