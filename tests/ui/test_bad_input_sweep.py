"""Bad input sweep (issue 6, item 9) on the screens, typed from the keyboard.

Each form is filled with a good record, then one field gets a bad value typed (or,
for very long text, pasted with Ctrl+V) and Enter is pressed. What must happen
depends on the widget, decided here once:
- a date, a code or a required name that is bad: the form stays open, the problem is
  said in red, the cursor is put in that field, and nothing is stored;
- a number field (spin box) refuses the keys themselves: letters, emoji and "-" never
  appear, so the good figure is what Enter stores;
- free text longer than the field's limit stops at that limit (the same as the
  domain's), and emoji in free text is text, stored as typed;
- the log screens' entry lines, the visits grid and the baseline grid take any text
  and refuse a bad count or date in red, storing nothing.
Messages are checked in English (the catalogue is the lead's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain import facility as facility_rules
from desktop_app.domain.visits import COUNTS as VISIT_COUNTS
from desktop_app.i18n import install_language
from desktop_app.services import activities, clubs, facilities
from desktop_app.services.workspace import Workspace
from desktop_app.ui.activities.activity_dialog import ActivityDialog
from desktop_app.ui.clubs.club_dialog import ClubDialog
from desktop_app.ui.facilities.facility_dialog import FacilityDialog
from desktop_app.ui.logs.baseline_page import BaselinePage
from desktop_app.ui.logs.digital_page import DigitalPage
from desktop_app.ui.logs.log_page import LogPage
from desktop_app.ui.logs.museum_page import MuseumPage
from desktop_app.ui.visits.visits_model import COLUMNS, NOTE
from desktop_app.ui.visits.visits_page import VisitsPage
from desktop_app.ui.widgets.form_dialog import FormDialog
from tests.conftest import TODAY
from tests.fixtures.bad_values import (
    BAD_COUNT_TEXTS,
    BAD_DATE_TEXTS,
    EMOJI,
    LONG_TEXT,
    table_dump,
)
from tests.fixtures.commune import facility_id, good_visit, make_commune, open_copy
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
FUTURE = ("01/01/2027", "in the future")
TYPED_AWAY = ("abc", EMOJI, "-5")  # keys a number field refuses
TOO_BIG = "1000000000000"


@pytest.fixture(scope="module")
def commune_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_commune(tmp_path_factory.mktemp("ui-sweep"))


@pytest.fixture
def commune(commune_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    install_language("en")  # the messages are checked in English
    ws = open_copy(commune_file, tmp_path)
    yield ws
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FormDialog) and widget.isVisible():
            widget.done(0)  # close a form left open, without the question
            widget.deleteLater()
    ws.close()


def _shown(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` active. A form is not left to pytest-qt, whose closing would ask
    whether to throw away what was typed; ``commune`` closes it without asking."""
    if not isinstance(widget, FormDialog):
        qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def _enter_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` over all ``widget`` holds (Ctrl+A first); long text is pasted (Ctrl+V)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if len(text) > 100:
        QGuiApplication.clipboard().setText(text)
        qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)
    else:
        type_text(qtbot, widget, text)


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


# -- the three record forms ------------------------------------------------------------------
@dataclass(frozen=True)
class Form:
    """A record form, how to fill it with a good record, and how to read what it stored."""

    make: Callable[[Workspace], FormDialog]
    good: dict[str, str]  # field -> text of a good record
    stored: Callable[[Workspace], dict[str, object] | None]  # the new record, if stored


def _stored_facility(ws: Workspace) -> dict[str, object] | None:
    found = facilities.by_code(ws, "TV9")
    if found is None:
        return None
    profile = facilities.profiles(ws, found.id or 0)[0]
    return {**found.__dict__, **{k: v for k, v in profile.__dict__.items() if k != "id"}}


def _stored_club(ws: Workspace) -> dict[str, object] | None:
    found = clubs.by_code(ws, "CLB2")
    return None if found is None else dict(found.__dict__)


def _stored_activity(ws: Workspace) -> dict[str, object] | None:
    rows = activities.between(ws, date(2000, 1, 1), date(2100, 1, 1))  # the commune had none
    return dict(rows[0].__dict__) if rows else None


FORMS: dict[str, Form] = {
    "facility": Form(
        lambda ws: FacilityDialog(ws, None, TODAY),
        {"code": "TV9", "name": "Tủ sách Phú Lâm", "opened_on": "01/01/2020",
         "closed_on": "", "effective_from": "01/01/2020", "area_m2": "40", "seats": "20",
         "computers": "4", "computers_internet": "2", "books": "900"},
        _stored_facility,
    ),
    "club": Form(
        lambda ws: ClubDialog(ws, None, TODAY),
        {"code": "CLB2", "name": "CLB Đọc sách", "founded_on": "01/01/2020", "closed_on": "",
         "leader": "Lê Thị Hoa", "members": "25", "members_women": "20",
         "members_children": "2", "members_elderly": "6"},
        _stored_club,
    ),
    "activity": Form(
        lambda ws: ActivityDialog(ws, None, TODAY),
        {"start_day": "02/03/2026", "end_day": "", "title": "Nói chuyện chuyên đề",
         "partners": "Hội Khuyến học", "participants": "40", "children": "10",
         "elderly": "5", "women": "20"},
        _stored_activity,
    ),
}  # fmt: skip


def _open_form(qtbot: QtBot, ws: Workspace, name: str) -> FormDialog:
    form = FORMS[name]
    dialog = form.make(ws)
    _shown(qtbot, dialog)
    for field, text in form.good.items():
        widget = dialog.fields[field]
        if isinstance(widget, QAbstractSpinBox):
            widget.lineEdit().setText(text)
            widget.interpretText()
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(text)
    return dialog


def _date_values(form: str, field: str) -> list[tuple[str, str]]:
    later = {
        ("activity", "end_day"): ("01/03/2026", "before the first day"),
        ("facility", "closed_on"): ("01/06/2019", "before the opening date"),
        ("club", "closed_on"): ("01/06/2019", "between the founding date and today"),
    }.get((form, field), FUTURE)
    return [*BAD_DATE_TEXTS, later]


CODE_VALUES = [(EMOJI, "may hold only"), ("TV 1", "may hold only"), (LONG_TEXT, "may hold only")]
REFUSED = [
    *((f, field, _date_values(f, field)) for f, field in (
        ("facility", "opened_on"), ("facility", "closed_on"), ("facility", "effective_from"),
        ("club", "founded_on"), ("club", "closed_on"), ("activity", "start_day"),
        ("activity", "end_day"))),
    ("facility", "code", CODE_VALUES),
    ("club", "code", CODE_VALUES),
    ("facility", "name", [("   ", "name is empty")]),
    ("club", "name", [("   ", "name is empty")]),
    ("activity", "title", [("   ", "title is empty")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("form", "field", "values"), [pytest.param(*r, id=f"{r[0]}-{r[1]}") for r in REFUSED]
)
def test_a_bad_value_keeps_the_form_open_with_the_problem_in_red(
    qtbot: QtBot, commune: Workspace, form: str, field: str, values: list[tuple[str, str]]
) -> None:
    dialog = _open_form(qtbot, commune, form)
    widget = dialog.fields[field]
    before = table_dump(commune.db)
    for text, words in values:
        dialog.problem.clear()
        _enter_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert dialog.isVisible(), text[:20]
        assert words in dialog.problem.text(), (text[:20], dialog.problem.text())
        assert _has_focus(widget), text[:20]
        assert table_dump(commune.db) == before


SPIN_FIELDS = {"area_m2", "seats", "computers", "computers_internet", "books", "members"}
SPIN_FIELDS |= {"members_women", "members_children", "members_elderly", "participants"}
SPIN_FIELDS |= {"children", "elderly", "women"}
SPINS = [
    (form, field) for form, spec in FORMS.items() for field in spec.good if field in SPIN_FIELDS
]


@pytest.mark.parametrize(("form", "field"), SPINS, ids=[f"{f}-{n}" for f, n in SPINS])
def test_a_number_field_refuses_letters_emoji_and_minus_keys(
    qtbot: QtBot, commune: Workspace, form: str, field: str
) -> None:
    dialog = _open_form(qtbot, commune, form)
    widget = dialog.fields[field]
    assert isinstance(widget, QAbstractSpinBox)
    good = widget.value()  # type: ignore[attr-defined]
    for text in TYPED_AWAY:
        _enter_text(qtbot, widget, text)
        assert widget.value() == good, text  # type: ignore[attr-defined]
        assert not any(ch.isalpha() or ch == EMOJI for ch in widget.lineEdit().text()), text
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.problem.text()
    stored = FORMS[form].stored(commune)
    assert stored is not None and stored[field] == good


@pytest.mark.parametrize(
    ("form", "field"),
    [pytest.param(*spin, id="-".join(spin)) for spin in SPINS],
)
def test_a_number_far_too_big_is_never_stored_as_another_number(
    qtbot: QtBot, commune: Workspace, form: str, field: str
) -> None:
    dialog = _open_form(qtbot, commune, form)
    widget = dialog.fields[field]
    good = widget.value()  # type: ignore[attr-defined]
    before = table_dump(commune.db)
    _enter_text(qtbot, widget, TOO_BIG)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    stored = FORMS[form].stored(commune)
    if stored is None:  # refused: said in red, nothing stored
        assert dialog.isVisible() and dialog.problem.text()
        assert table_dump(commune.db) == before
    else:  # or the good figure kept
        assert stored[field] == good


# The free-text fields and the domain's limit for each (tests/services/test_bad_values_sweep.py
# shows the domain refusing one character more).
TEXTS = [
    ("facility", "name", facility_rules.NAME_MAX),
    ("club", "name", 200),
    ("club", "leader", 100),
    ("activity", "title", 300),
    ("activity", "partners", 300),
]


@pytest.mark.parametrize("emoji", [False, True], ids=["long", "emoji"])
@pytest.mark.parametrize(("form", "field", "limit"), TEXTS, ids=[f"{f}-{n}" for f, n, _ in TEXTS])
def test_long_text_stops_at_the_domain_limit_and_emoji_is_text(
    qtbot: QtBot, commune: Workspace, form: str, field: str, limit: int, emoji: bool
) -> None:
    dialog = _open_form(qtbot, commune, form)
    widget = dialog.fields[field]
    assert isinstance(widget, QLineEdit) and widget.maxLength() == limit
    text = f"Đọc sách {EMOJI}" if emoji else LONG_TEXT
    _enter_text(qtbot, widget, text)
    assert widget.text() == text[:limit]  # pasted long text stops at the limit
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.problem.text()
    stored = FORMS[form].stored(commune)
    assert stored is not None and stored[field] == text[:limit].strip()


# -- the log screens' entry lines --------------------------------------------------------------
# A count field holds at most 15 characters: a pasted long text is cut there, then refused.
LINE_COUNTS = [
    *((t, w) for t, w in BAD_COUNT_TEXTS if len(t) <= 15),
    ("9" * 5000, "more than the highest plausible"),
    (LONG_TEXT, "is not a whole number"),
]
LOG_FIELDS = [
    ("digital", "day"), ("digital", "quantity"), ("digital", "participants"),
    ("museum", "day"), ("museum", "visitors"), ("museum", "learners"),
    ("museum", "digitised"), ("museum", "collected"), ("museum", "exhibitions"),
]  # fmt: skip
GOOD_ROWS = {
    "digital": {"day": "02/03/2026", "quantity": "2", "participants": "18"},
    "museum": {"day": "02/03/2026", "visitors": "40", "learners": "25", "digitised": "5",
               "collected": "1", "exhibitions": "0"},
}  # fmt: skip


def _log_page(qtbot: QtBot, ws: Workspace, name: str) -> LogPage:
    page: LogPage = (
        DigitalPage(ws, lambda: TODAY) if name == "digital" else MuseumPage(ws, lambda: TODAY)
    )
    _shown(qtbot, page)
    if isinstance(page, DigitalPage):
        page.kind_combo.setCurrentIndex(page.kind_combo.findData("ky_nang_so"))
    for field, text in GOOD_ROWS[name].items():
        widget = page._entry_widgets[field]
        assert isinstance(widget, QLineEdit)
        widget.setText(text)
    return page


@pytest.mark.parametrize(("name", "field"), LOG_FIELDS, ids=[f"{n}-{f}" for n, f in LOG_FIELDS])
def test_a_bad_entry_in_a_log_is_refused_in_red(
    qtbot: QtBot, commune: Workspace, name: str, field: str
) -> None:
    page = _log_page(qtbot, commune, name)
    widget = page._entry_widgets[field]
    before = table_dump(commune.db)
    values = [*BAD_DATE_TEXTS, FUTURE] if field == "day" else LINE_COUNTS
    for text, words in values:
        _enter_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert words in page.problem.text(), (text[:20], page.problem.text())
        assert _has_focus(widget), text[:20]
        assert table_dump(commune.db) == before


# -- the visits grid ---------------------------------------------------------------------------
def _visits_page(qtbot: QtBot, ws: Workspace) -> VisitsPage:
    page = VisitsPage(ws, lambda: TODAY)
    _shown(qtbot, page)
    page.select(facility_id(ws, "TV1"), 2026, 3)
    return page


def _type_in_cell(qtbot: QtBot, page: VisitsPage, column: int, text: str) -> None:
    """F2 on 02/03 opens the cell's editor; the text replaces what it holds; Enter commits.
    A refused text stays in the editor, selected, until Escape drops it."""
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(1, column))
    qtbot.keyClick(page.grid, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    _enter_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if page.grid.state() == page.grid.State.EditingState:  # refused: still there
        assert QApplication.focusWidget() is editor
        assert editor.selectedText() == editor.text() != ""
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.grid.state() != page.grid.State.EditingState


GRID_COUNTS = [*BAD_COUNT_TEXTS, (LONG_TEXT, "is not a whole number")]


@pytest.mark.parametrize("name", VISIT_COUNTS)
def test_a_bad_count_typed_in_the_visits_grid_is_refused(
    qtbot: QtBot, commune: Workspace, name: str
) -> None:
    page = _visits_page(qtbot, commune)
    before = table_dump(commune.db)
    for text, words in GRID_COUNTS:
        _type_in_cell(qtbot, page, COLUMNS.index(name), text)
        assert words in page.message.text(), (text[:20], page.message.text())
        assert table_dump(commune.db) == before


def test_a_long_note_is_refused_and_emoji_is_text(qtbot: QtBot, commune: Workspace) -> None:
    page = _visits_page(qtbot, commune)
    before = table_dump(commune.db)
    _type_in_cell(qtbot, page, NOTE, LONG_TEXT)
    assert "longer than 200" in page.message.text()
    assert table_dump(commune.db) == before
    _type_in_cell(qtbot, page, NOTE, f"Mưa to {EMOJI}")
    assert page.model.record_at(1).note == f"Mưa to {EMOJI}"


PASTED_BLOCKS = [
    ("12\t3\nabc\t4\n", "Row 2, column 1 of the pasted block"),
    (f"12\t3\n5\t{EMOJI}\n", "Row 2, column 2 of the pasted block"),
    ("12\t-3\n", "cannot be negative"),
    ("1000000000000\n", "more than the highest plausible"),
    ("12 người\t3\n", "is not a whole number"),
]


def test_a_pasted_block_with_text_in_it_stores_nothing(qtbot: QtBot, commune: Workspace) -> None:
    page = _visits_page(qtbot, commune)
    before = table_dump(commune.db)
    for block, words in PASTED_BLOCKS:
        page.grid.setFocus()
        page.grid.setCurrentIndex(page.model.index(0, COLUMNS.index("total")))
        QGuiApplication.clipboard().setText(block)
        qtbot.keyClick(page.grid, Qt.Key.Key_V, CTRL)
        assert words in page.message.text(), (block, page.message.text())
        assert table_dump(commune.db) == before


def test_text_pasted_into_the_estimated_column_is_refused(qtbot: QtBot, commune: Workspace) -> None:
    page = _visits_page(qtbot, commune)
    page.store([good_visit(commune, estimated=True)])
    before = table_dump(commune.db)
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(1, COLUMNS.index("estimated")))
    QGuiApplication.clipboard().setText("abc\n")
    qtbot.keyClick(page.grid, Qt.Key.Key_V, CTRL)
    assert table_dump(commune.db) == before


# -- the baseline grid -------------------------------------------------------------------------
def test_a_bad_baseline_value_is_refused_in_red(qtbot: QtBot, commune: Workspace) -> None:
    page = BaselinePage(commune, lambda: TODAY)
    _shown(qtbot, page)
    before = table_dump(commune.db)
    values = [*BAD_COUNT_TEXTS, ("31/02/2026", "is not a whole number")]
    for text, words in [*values, (LONG_TEXT, "is not a whole number")]:
        page.select_code("TV04")
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        editor = QApplication.focusWidget()
        _enter_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert page.problem.text().startswith("TV04: ") and words in page.problem.text(), text[:20]
        assert page.table.state() == page.table.State.EditingState  # kept to be corrected
        assert editor.selectedText() == editor.text() != ""
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert table_dump(commune.db) == before
