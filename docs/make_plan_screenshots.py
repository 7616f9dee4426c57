"""Refresh the screenshots of the plans screen and the plan editor (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_plan_screenshots.py

The office's database (Sở VHTTDL tỉnh Đắk Lắk, set up for the office) that copied Phú Yên's
plan as ``dak-lak-2026`` and issued its version 2, at 1366x768, in Vietnamese: the office's
window on its plans screen and on its aggregation screen, the editor's targets, scope (a
former province by name), forms and counting rules, and the set-up wizard's choice of the
office.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.i18n import install_language  # noqa: E402
from desktop_app.services import setup  # noqa: E402
from desktop_app.services.plans import template_plans  # noqa: E402
from desktop_app.services.workspace import Workspace  # noqa: E402

OUT = HERE / "screenshots"
NOW = datetime.fromisoformat("2026-01-20T09:00:00+07:00")


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language("vi")
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.plans.template_editor import TemplateEditor

    with tempfile.TemporaryDirectory() as folder:
        os.environ["HTSD_DATA_DIR"] = folder
        workspace = Workspace.open(Path(folder) / "htsd.sqlite3")
        setup.configure_office(workspace, "66")
        template_plans.create_from(workspace, "phu-yen-2023", "dak-lak-2026", NOW)
        data = template_plans.template_data("dak-lak-2026")
        data["name"] = "Kế hoạch học tập suốt đời tỉnh Đắk Lắk giai đoạn 2026-2030"
        data["plan"] = "Kế hoạch số 15/KH-UBND ngày 20/01/2026"
        data["targets"][0]["by_year"] = {"2025": 45, "2030": 70}
        template_plans.save_version(workspace, data, NOW)
        window = MainWindow(workspace, "vi", lambda: date(2026, 11, 22))
        window.resize(1366, 768)
        window.show()
        window.show_page(window.index_of(window.plans_page))
        window.plans_page.select("dak-lak-2026")
        app.processEvents()
        window.grab().save(str(OUT / "ke-hoach-mau-bao-cao.png"))
        window.show_page(window.index_of(window.aggregation_page))  # its province, its plan
        app.processEvents()
        window.grab().save(str(OUT / "co-quan-tong-hop.png"))
        window.show_page(window.index_of(window.plans_page))
        editor = TemplateEditor(workspace, "dak-lak-2026", window)
        editor.show()
        for tab, name in ((3, "soan-ke-hoach"), (1, "soan-ke-hoach-pham-vi")):
            editor.tabs.setCurrentIndex(tab)
            if tab == 1:
                editor.former.setCurrentIndex(0)  # former Phú Yên, chosen by name
            app.processEvents()
            editor.grab().save(str(OUT / f"{name}.png"))
        forms = editor.forms_tab
        forms.add_form()  # Biểu 07, its title typed, CS08 moved into it
        forms.form_table.item(forms.form_table.rowCount() - 1, 1).setText("KỸ NĂNG SỐ")
        forms.form_table.setCurrentCell(2, 1)
        forms.rows.setCurrentCell(
            next(i for i in range(forms.rows.rowCount()) if forms.rows.item(i, 1).text() == "CS08"),
            1,
        )
        forms.remove_row()
        forms.form_table.setCurrentCell(forms.form_table.rowCount() - 1, 1)
        forms.new_row.setCurrentIndex(forms.new_row.findData("CS08"))
        forms.add_row()
        editor.tabs.setCurrentIndex(4)
        app.processEvents()
        editor.grab().save(str(OUT / "soan-ke-hoach-bieu.png"))
        editor.rules_tab.fields["regular_activity_month_share"].setText("50")
        editor.tabs.setCurrentIndex(5)
        app.processEvents()
        editor.grab().save(str(OUT / "soan-ke-hoach-quy-tac.png"))
        editor.close()
        window.close()
        workspace.close()

        from desktop_app.ui.setup.setup_wizard import SetupWizard

        fresh = Workspace.open(Path(folder) / "moi.sqlite3")
        wizard = SetupWizard(fresh)
        wizard.show()
        wizard.divisions.office_role.setChecked(True)
        wizard.divisions.province_list.filter_edit.setText("dak lak")
        app.processEvents()
        wizard.grab().save(str(OUT / "thiet-lap-co-quan.png"))
        wizard.close()
        fresh.close()


if __name__ == "__main__":
    main()
