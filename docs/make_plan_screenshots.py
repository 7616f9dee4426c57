"""Refresh the screenshots of the plans screen and the plan editor (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_plan_screenshots.py

An office database (Sở VHTTDL tỉnh Đắk Lắk) that copied Phú Yên's plan as
``dak-lak-2026`` and issued its version 2, at 1366x768, in Vietnamese.
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
from desktop_app.services import setup
from desktop_app.services.plans import template_plans# noqa: E402
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
        unit = setup.prepare_unit(
            province_code="66", commune_code="24175", unit_name="Sở VHTTDL tỉnh Đắk Lắk"
        )
        setup.configure_unit(workspace, unit)
        template_plans.set_office(workspace, True)
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
        editor = TemplateEditor(workspace, "dak-lak-2026", window)
        editor.tabs.setCurrentIndex(3)
        editor.show()
        app.processEvents()
        editor.grab().save(str(OUT / "soan-ke-hoach.png"))
        editor.close()
        window.close()
        workspace.close()


if __name__ == "__main__":
    main()
