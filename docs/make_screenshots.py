"""Refresh the screenshots in docs/screenshots/ (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.domain.facility import Facility, FacilityProfile  # noqa: E402
from desktop_app.i18n import install_language  # noqa: E402
from desktop_app.services import facilities, setup  # noqa: E402
from desktop_app.services.workspace import Workspace  # noqa: E402
from desktop_app.storage.facility_store import find_facility_by_code  # noqa: E402

OUT = HERE / "screenshots"
TODAY = date(2026, 11, 22)


def shoot(widget, name: str) -> None:  # noqa: ANN001
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language("vi")
    from desktop_app.ui.facility_dialog import FacilityDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.setup_wizard import SetupWizard

    with tempfile.TemporaryDirectory() as folder:
        os.environ["HTSD_DATA_DIR"] = folder
        workspace = Workspace.open(Path(folder) / "htsd.sqlite3")
        wizard = SetupWizard(workspace)
        wizard.divisions.province_list.filter_edit.setText("dak lak")
        wizard.divisions.commune_list.filter_edit.setText("hoa phu")
        shoot(wizard, "wizard-commune.png")
        wizard.close()
        setup.configure_unit(
            workspace,
            setup.prepare_unit(
                province_code="66",
                commune_code="24175",
                preparer_name="Nguyễn Thị Lan",
                head_name="Trần Văn Minh",
            ),
        )
        rows = [
            ("TV1", "TV_XA", "Thư viện xã Hòa Phú", date(2015, 3, 1), None),
            ("PD1", "PD_THON", "Phòng đọc thôn Phú Sen", date(2019, 9, 5), None),
            ("PD2", "PD_THON", "Tủ sách thôn Phú Lộc", date(2018, 1, 1), date(2024, 6, 30)),
            ("VH1", "TTVH_XA", "Trung tâm văn hóa - thể thao xã Hòa Phú", date(2012, 1, 1), None),
            ("VH2", "NVH_THON", "Nhà văn hóa thôn Phú Sen", date(2016, 5, 1), None),
            ("HT1", "TTHTCD", "Trung tâm học tập cộng đồng xã Hòa Phú", date(2010, 1, 1), None),
        ]
        for code, kind, name, opened, closed in rows:
            facilities.add_facility(
                workspace,
                Facility(code, kind, name, opened_on=opened, closed_on=closed),
                TODAY,
                FacilityProfile(opened, area_m2=80.0, seats=30, computers=3, books=2400),
            )
        tv1 = find_facility_by_code(workspace.db, "TV1")
        facilities.save_profile(
            workspace,
            tv1.id,
            FacilityProfile(
                date(2026, 1, 1),
                area_m2=120.0,
                seats=40,
                computers=6,
                computers_internet=6,
                books=4100,
                library_software=True,
                web_presence=True,
            ),
            TODAY,
        )
        window = MainWindow(workspace, "vi", lambda: TODAY)
        window.resize(1366, 720)
        window.facilities_page.show_closed.setChecked(True)
        shoot(window, "main-facilities.png")
        dialog = FacilityDialog(workspace, tv1, TODAY)
        shoot(dialog, "facility-form.png")
        dialog.close()
        window.show_page(1)
        shoot(window, "settings.png")
        window.close()
        workspace.close()
    app.quit()


if __name__ == "__main__":
    main()
