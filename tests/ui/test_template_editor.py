"""The plan editor: a template made by the keyboard alone, issued as version 2, sent,
installed in a second commune and used for its export; hostile input refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from desktop_app import resources
from desktop_app.reports.reader import read_report
from desktop_app.services import setup
from desktop_app.services.plans import template_exchange, template_plans
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.plans.template_editor import TemplateEditor
from tests.conftest import OFFICE_NAME, TODAY
from tests.ui.conftest import Prompts, type_text

NOW = datetime.fromisoformat("2026-12-10T09:00:00+07:00")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "vi", lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _retype(qtbot: QtBot, text: str) -> None:
    """Select what the focused field holds and type ``text`` over it."""
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(qtbot, widget, text)


def _alt(qtbot: QtBot, editor: TemplateEditor, letter: str) -> None:
    qtbot.keyClick(editor, getattr(Qt.Key, f"Key_{letter}"), ALT)


def _office_editor(qtbot: QtBot, workspace: Workspace, prompts: Prompts) -> TemplateEditor:
    """Ctrl+K, then Alt+O (Tạo từ mẫu) on Phú Yên's plan: the editor of dak-lak-2026 v1."""
    window = _window(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    page = window.plans_page
    page.select("phu-yen-2023")
    prompts.answers.append(("dak-lak-2026", True))
    qtbot.keyClick(window, Qt.Key.Key_O, ALT)  # a mnemonic clicks the button animated
    qtbot.waitUntil(lambda: page.editor is not None)
    editor = page.editor
    assert isinstance(editor, TemplateEditor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def test_a_plan_made_by_the_keyboard_reaches_a_second_commune(
    qtbot: QtBot, office: Workspace, prompts: Prompts, tmp_path: Path
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _alt(qtbot, editor, "T")  # Tên kế hoạch
    _retype(qtbot, "Kế hoạch học tập suốt đời tỉnh Đắk Lắk 2026-2030")
    _alt(qtbot, editor, "S")  # Số kế hoạch
    _retype(qtbot, "15/KH-UBND")
    _alt(qtbot, editor, "N")  # Ngày ban hành
    _retype(qtbot, "20/01/2026")
    _alt(qtbot, editor, "V")  # Phạm vi
    _alt(qtbot, editor, "G")  # Tìm xã
    type_text(qtbot, QApplication.focusWidget(), "24175")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.communes.count() == 35  # the 34 of former Phú Yên and Hòa Phú
    _alt(qtbot, editor, "H")  # Hạn nộp
    _alt(qtbot, editor, "N")  # Báo cáo năm
    _retype(qtbot, "05/12")
    _alt(qtbot, editor, "I")  # Chỉ tiêu: the first one is shown
    _alt(qtbot, editor, "G")  # Giá trị theo năm
    _retype(qtbot, "2025: 45; 2030: 70")
    _alt(qtbot, editor, "U")  # Thêm chỉ tiêu: its name field has the cursor
    qtbot.waitUntil(lambda: editor.target_list.count() == 6)
    type_text(qtbot, QApplication.focusWidget(), "Số lượt bạn đọc trong năm")
    _alt(qtbot, editor, "D")  # Dạng: tỷ lệ -> tăng bình quân -> số lượng
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    _alt(qtbot, editor, "S")  # Tử số
    type_text(qtbot, QApplication.focusWidget(), "TV04")
    _alt(qtbot, editor, "G")
    type_text(qtbot, QApplication.focusWidget(), "2026: 15000; 2030: 18000-20000")
    _alt(qtbot, editor, "B")  # Biểu, biểu đồ
    _alt(qtbot, editor, "D")  # Các dòng của biểu: the first row, TV01
    table = QApplication.focusWidget()
    assert table is editor.rows
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(table, key)
    assert (table.currentRow(), table.currentColumn()) == (0, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    _retype(qtbot, "Số thư viện, phòng đọc sách, tủ sách đang hoạt động")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: table.state() != editing)  # the cell is stored on the next turn
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(13):  # to TV04f, the visits served outside the building
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.item(table.currentRow(), 1).text() == "TV04f"
    qtbot.keyClick(table, Qt.Key.Key_Space)  # not shown on the form any more
    editor.charts["visits_by_month"].click()  # the month chart of visits no longer asked for
    qtbot.keyClick(editor.rows, Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1] == ("inform", "Đã ban hành phiên bản 2 của mẫu dak-lak-2026.")

    issued = resources.template("dak-lak-2026")
    assert issued is not None and issued.version == 2 and issued.issuer == OFFICE_NAME
    assert issued.plan == "Kế hoạch số 15/KH-UBND ngày 20/01/2026"
    assert issued.name == "Kế hoạch học tập suốt đời tỉnh Đắk Lắk 2026-2030"
    assert issued.scope_communes is not None and "24175" in issued.scope_communes
    assert issued.deadlines["year"] == "12-05"
    assert issued.targets[0].by_year == {2025: 45.0, 2030: 70.0}
    added = issued.targets[-1]
    assert (added.kind, added.numerator, added.denominator) == ("amount", "TV04", None)
    assert added.by_year == {2026: 15000.0, 2030: 18000.0}
    assert added.upper_by_year == {2030: 20000.0}
    assert issued.forms[0].rows[0].label == "Số thư viện, phòng đọc sách, tủ sách đang hoạt động"
    assert issued.charts == ("activities_by_month", "visits_by_unit")
    shown = [row.code for form in issued.forms for row in form.rows]
    assert "TV04f" not in shown and "TV04e" in shown
    folder = resources.installed_templates_dir(office.path)
    assert sorted(p.name for p in folder.iterdir()) == [
        "dak-lak-2026_v1.json",
        "dak-lak-2026_v2.json",
    ]  # version 1 is kept as it was issued
    page = editor.parent()
    assert page.selected().template.version == 2  # the list shows the new version

    prompts.answers.append(str(tmp_path / "usb"))
    window = page.window()
    assert not editor.isVisible()
    with qtbot.waitActive(window):  # offscreen, closing a dialog does not give it back
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)  # Gửi cho các xã
    sent = tmp_path / "usb" / "MauBaoCao_dak-lak-2026_v2.htsd-mau"
    qtbot.waitUntil(sent.is_file)
    assert sent.is_file()

    second = Workspace.open(tmp_path / "xa2" / "htsd.sqlite3")
    try:
        unit = setup.prepare_unit(
            province_code="66", commune_code="22015", template_id="phu-yen-2023"
        )
        setup.configure_unit(second, unit)
        template_exchange.install(second, template_exchange.plan_install(second, sent))
        result = report_export.export_report(second, "2026-N", tmp_path / "out/", now=NOW)
    finally:
        second.close()
    workbook = openpyxl.load_workbook(result.path)
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert (meta["template_id"], meta["template_version"]) == ("dak-lak-2026", "2")
    assert meta["template_checksum"] == issued.checksum
    cells = [c for row in workbook["Bieu01"].iter_rows(values_only=True) for c in row if c]
    assert "70% (mốc 2030)" in cells  # the office's new value, not Phú Yên's 60%
    assert "Số thư viện, phòng đọc sách, tủ sách đang hoạt động" in cells
    read = read_report(result.path.read_bytes(), result.path.name)
    assert read.ok, read.reasons  # the office reads the file made on the new version
    assert "TV04f" not in read.data_values and "TV04e" in read.data_values


@pytest.mark.parametrize(
    ("tab", "field", "text", "message"),
    [
        ("I", "G", "2025: 40; 2030: 15-10", "bị ghi ngược"),
        ("H", "N", "31/02", "không phải là một ngày có thật"),
        ("C", "T", " ", "Chưa nhập tên kế hoạch."),
        ("C", "N", "31/02/2026", "31/02/2026"),
        ("V", "G", "Xã Không Có", "Không có xã, phường “Xã Không Có”"),
    ],
)
def test_hostile_input_is_refused_with_its_message_and_nothing_saved(
    qtbot: QtBot,
    office: Workspace,
    prompts: Prompts,
    tab: str,
    field: str,
    text: str,
    message: str,
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    folder = resources.installed_templates_dir(office.path)
    before = sorted(p.name for p in folder.iterdir())
    _alt(qtbot, editor, "S")  # the copy of Phú Yên's plan has no number nor date yet
    _retype(qtbot, "15/KH-UBND")
    _alt(qtbot, editor, "N")
    _retype(qtbot, "20/01/2026")
    _alt(qtbot, editor, tab)
    _alt(qtbot, editor, field)
    _retype(qtbot, text)
    if tab == "V":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert prompts.shown[-1][0] == "error" and message in prompts.shown[-1][1]
        assert editor.communes.count() == 34
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    if tab != "V":
        assert prompts.shown[-1][0] == "error", prompts.shown
        assert message in prompts.shown[-1][1]
        assert editor.isVisible()  # stays open with what was typed
    assert sorted(p.name for p in folder.iterdir()) == (
        before if tab != "V" else [*before, "dak-lak-2026_v2.json"]
    )
    assert resources.template("dak-lak-2026").version == (1 if tab != "V" else 2)


def test_a_shipped_template_is_never_edited(office: Workspace) -> None:
    with pytest.raises(Exception, match="read-only"):
        template_plans.save_version(office, template_plans.template_data("phu-yen-2023"), NOW)
    assert not resources.installed_templates_dir(office.path).exists()


def test_an_emptied_row_label_is_refused(qtbot: QtBot, office: Workspace, prompts: Prompts) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _alt(qtbot, editor, "S")
    _retype(qtbot, "15/KH-UBND")
    _alt(qtbot, editor, "N")
    _retype(qtbot, "20/01/2026")
    _alt(qtbot, editor, "B")
    _alt(qtbot, editor, "D")
    table = editor.rows
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_F2):
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(table, Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1] == (
        "error",
        "Biểu 01: tên dòng TV01 để trống hoặc dài quá 600 ký tự.",
    )
    assert resources.template("dak-lak-2026").version == 1


def test_a_row_a_target_uses_cannot_be_left_out(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _alt(qtbot, editor, "S")
    _retype(qtbot, "15/KH-UBND")
    _alt(qtbot, editor, "N")
    _retype(qtbot, "20/01/2026")
    _alt(qtbot, editor, "B")
    _alt(qtbot, editor, "D")
    table = editor.rows
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(4):  # TV02a: the libraries serving lifelong learning, a target's numerator
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.item(table.currentRow(), 1).text() == "TV02a"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1][0] == "error"
    assert prompts.shown[-1][1].startswith("Dòng TV02a được một chỉ tiêu sử dụng")
    assert resources.template("dak-lak-2026").version == 1


def test_a_copy_of_the_national_template_stays_national(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    window = _window(qtbot, office)
    page = window.plans_page
    page.select("qd1520")
    prompts.answers.append(("toan-quoc-2026", True))
    page.create()
    editor = page.editor
    assert isinstance(editor, TemplateEditor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.province.currentText() == "Mọi tỉnh (mẫu chung toàn quốc)"
    _alt(qtbot, editor, "S")
    _retype(qtbot, "01/KH-BVHTTDL")
    _alt(qtbot, editor, "N")
    _retype(qtbot, "05/01/2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    issued = resources.template("toan-quoc-2026")
    assert issued is not None and issued.version == 2
    assert issued.province_codes == () and issued.scope_communes is None


def _number_and_date(qtbot: QtBot, editor: TemplateEditor) -> None:
    _alt(qtbot, editor, "S")  # the copy of Phú Yên's plan has no number nor date yet
    _retype(qtbot, "15/KH-UBND")
    _alt(qtbot, editor, "N")
    _retype(qtbot, "20/01/2026")


def _row_of(table, code: str) -> int:
    return next(i for i in range(table.rowCount()) if table.item(i, 1).text() == code)


def test_rows_and_forms_added_and_removed_and_the_rules_set_by_the_keyboard(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _number_and_date(qtbot, editor)
    _alt(qtbot, editor, "B")  # Biểu, biểu đồ
    _alt(qtbot, editor, "D")  # the rows: CS08 (digital-skills sessions) leaves Biểu 03
    table = editor.rows
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(_row_of(table, "CS08")):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "CS08" not in editor.forms_tab.row_codes()
    _alt(qtbot, editor, "M")  # Thêm biểu mới: number 07 proposed, the cursor in its title
    forms = editor.forms_tab.form_table
    qtbot.waitUntil(lambda: forms.rowCount() == 5)
    qtbot.waitUntil(lambda: forms.state() == QAbstractItemView.State.EditingState)
    type_text(qtbot, QApplication.focusWidget(), "KỸ NĂNG SỐ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: forms.state() != QAbstractItemView.State.EditingState)
    assert forms.item(forms.rowCount() - 1, 0).text() == "07"
    _alt(qtbot, editor, "T")  # the indicators no form holds: only CS08 now
    combo = QApplication.focusWidget()
    assert combo is editor.forms_tab.new_row and combo.count() == 1
    _alt(qtbot, editor, "N")  # Thêm dòng: into Biểu 07, the cursor on its label
    qtbot.waitUntil(lambda: "CS08" in editor.forms_tab.row_codes())  # an animated click
    assert table.item(table.currentRow(), 1).text() == "CS08"
    assert table.item(table.currentRow(), 0).text() == "07"
    qtbot.keyClick(table, Qt.Key.Key_F2)
    _retype(qtbot, "Số buổi hướng dẫn kỹ năng số cho người dân")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    _alt(qtbot, editor, "Q")  # Quy tắc tính
    _alt(qtbot, editor, "L")  # a club is active: 60% of the months
    _retype(qtbot, "60")
    _alt(qtbot, editor, "X")  # regular activities: 0% is refused
    _retype(qtbot, "0")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1][0] == "error"
    assert prompts.shown[-1][1].startswith("Cơ sở văn hóa có hoạt động thường xuyên")
    assert "“0”" in prompts.shown[-1][1]
    assert resources.template("dak-lak-2026").version == 1  # nothing written
    _retype(qtbot, "80%")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1] == ("inform", "Đã ban hành phiên bản 2 của mẫu dak-lak-2026.")

    issued = resources.template("dak-lak-2026")
    assert issued.version == 2
    assert [form.number for form in issued.forms] == ["01", "02", "03", "04", "07"]
    added = issued.forms[-1]
    assert (added.sheet, added.title) == ("Bieu07", "KỸ NĂNG SỐ")
    assert [(r.code, r.label) for r in added.rows] == [
        ("CS08", "Số buổi hướng dẫn kỹ năng số cho người dân")
    ]
    assert "CS08" not in [r.code for r in issued.forms[2].rows]
    assert issued.rules == {
        "active_club_min_month_share": 0.6,
        "regular_activity_month_share": 0.8,
    }


def test_the_last_form_is_never_removed(qtbot: QtBot, office: Workspace, prompts: Prompts) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _number_and_date(qtbot, editor)
    _alt(qtbot, editor, "B")
    _alt(qtbot, editor, "U")
    forms = editor.forms_tab.form_table
    qtbot.keyClick(forms, Qt.Key.Key_Home, CTRL)
    for _ in range(3):
        qtbot.keyClick(forms, Qt.Key.Key_Delete)
    assert forms.rowCount() == 1 and prompts.shown[-1][0] == "ask_text"  # no error yet
    qtbot.keyClick(forms, Qt.Key.Key_Delete)
    assert forms.rowCount() == 1
    assert prompts.shown[-1] == (
        "error",
        "Mẫu báo cáo phải có ít nhất một biểu: đây là biểu cuối cùng.",
    )
    assert forms.item(0, 0).text() == "04"  # the museum's form, whose BT05 a target uses
    qtbot.keyClick(forms, Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1][1].startswith("Dòng TV01a, TV02a, TV03a, TV10, VH01a, VH02 được")
    assert resources.template("dak-lak-2026").version == 1


def test_a_new_form_without_rows_or_title_is_refused(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _number_and_date(qtbot, editor)
    _alt(qtbot, editor, "B")
    _alt(qtbot, editor, "M")
    forms = editor.forms_tab.form_table
    qtbot.waitUntil(lambda: forms.rowCount() == 5)
    qtbot.waitUntil(lambda: forms.state() == QAbstractItemView.State.EditingState)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the title left empty
    qtbot.waitUntil(lambda: forms.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(forms, Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1] == ("error", "Biểu 07: tên biểu để trống hoặc dài quá 600 ký tự.")
    qtbot.keyClick(forms, Qt.Key.Key_F2)
    type_text(qtbot, QApplication.focusWidget(), "BIỂU RIÊNG")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: forms.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(forms, Qt.Key.Key_S, CTRL)
    assert prompts.shown[-1][1].startswith("Biểu 07 không có dòng nào")
    assert resources.template("dak-lak-2026").version == 1


def test_the_communes_of_a_former_province_are_chosen_by_name(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _alt(qtbot, editor, "V")  # Phạm vi: Phú Yên's 34
    assert editor.communes.count() == 34
    combo = editor.former
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Phú Yên (mã 54): 34 xã, phường",
        "Đắk Lắk (mã 66): 68 xã, phường",
    ]
    _alt(qtbot, editor, "T")  # Tỉnh cũ
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # former Đắk Lắk
    _alt(qtbot, editor, "L")  # Lấy các xã
    qtbot.waitUntil(lambda: editor.communes.count() == 102)  # every commune of today's Đắk Lắk
    assert "24175" in editor.scope_codes()  # Hòa Phú, of former Đắk Lắk


def test_a_forms_number_of_a_list_or_taken_is_refused(
    qtbot: QtBot, office: Workspace, prompts: Prompts
) -> None:
    editor = _office_editor(qtbot, office, prompts)
    _number_and_date(qtbot, editor)
    _alt(qtbot, editor, "B")
    _alt(qtbot, editor, "U")  # the forms: Biểu 03's number typed over
    forms = editor.forms_tab.form_table
    qtbot.keyClick(forms, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(forms, Qt.Key.Key_Down)
    qtbot.keyClick(forms, Qt.Key.Key_Down)
    for number, rows_shown in (("05", "05"), ("01", "01"), ("09", "09")):
        qtbot.keyClick(forms, Qt.Key.Key_F2)
        _retype(qtbot, number)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: forms.state() != QAbstractItemView.State.EditingState)
        table = editor.rows  # the rows of the form follow its number
        assert table.item(_row_of(table, "CS01"), 0).text() == rows_shown
        qtbot.keyClick(forms, Qt.Key.Key_S, CTRL)
        if number != "09":
            assert prompts.shown[-1][0] == "error"
            assert prompts.shown[-1][1].startswith(f"“{number}” không dùng được làm số hiệu biểu")
            assert resources.template("dak-lak-2026").version == 1
    issued = resources.template("dak-lak-2026")
    assert issued.version == 2
    assert [(f.number, f.sheet) for f in issued.forms][2] == ("09", "Bieu03")  # its sheet kept
