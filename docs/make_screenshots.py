"""Refresh the screenshots in docs/screenshots/ (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

The pictures show the demo commune (``python -m desktop_app demo``) on 22/11/2026.
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

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.i18n import install_language  # noqa: E402
from desktop_app.services.demo import demo# noqa: E402
from desktop_app.services.workspace import Workspace  # noqa: E402
from desktop_app.storage.facility_store import find_facility_by_code  # noqa: E402

OUT = HERE / "screenshots"
TODAY = date(2026, 11, 22)


def shoot(widget: QWidget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))


def received_folder(workspace: Workspace, folder: Path) -> Path:
    """What an office receives: 30 communes' 2025 workbooks, a copy sent twice, two bad files."""
    from dataclasses import replace
    from datetime import timedelta

    from desktop_app.domain.divisions import communes_of
    from desktop_app.reports.unit_workbook import write_unit_workbook
    from desktop_app.services.reporting.report_export import build

    report = build(workspace, "2025-N")
    inbox = folder / "nhan-qua-zalo"
    inbox.mkdir()
    for n, commune in enumerate(communes_of(report.province_code)[:30]):
        copy = replace(
            report,
            unit_code=commune.code,
            unit_name=commune.name,
            generated_at=report.generated_at.replace(year=2025, month=12, day=1 + n % 20)
            + timedelta(days=10 * (n % 7 == 3)),
        )
        (inbox / copy.file_name).write_bytes(write_unit_workbook(copy))
        if n == 4:
            (inbox / f"bao cao {commune.name} (1).xlsx").write_bytes(write_unit_workbook(copy))
    (inbox / "so lieu thang 7.xlsx").write_text("ngay,tong_luot\n01/07/2025,12\n")
    (inbox / "HTSD_66_22342_2025-N.xlsx").write_bytes(b"PK\x03\x04 cut off while copying")
    return inbox


def main() -> None:
    app = QApplication(sys.argv[:1])
    install_language("vi")
    from desktop_app.ui.facilities.facility_dialog import FacilityDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.setup.setup_wizard import SetupWizard

    with tempfile.TemporaryDirectory() as folder:
        os.environ["HTSD_DATA_DIR"] = folder
        workspace = Workspace.open(Path(folder) / "htsd.sqlite3")
        wizard = SetupWizard(workspace)
        wizard.divisions.province_list.filter_edit.setText("dak lak")
        wizard.divisions.commune_list.filter_edit.setText("hoa phu")
        shoot(wizard, "wizard-commune.png")
        wizard.close()
        demo.build_demo(workspace, years=3, today=TODAY)
        window = MainWindow(workspace, "vi", lambda: TODAY)
        window.resize(1366, 740)
        tv1 = find_facility_by_code(workspace.db, "TV1")
        window.visits_page.select(tv1.id, 2026, 11)
        window.show()
        overview = window.overview_page
        if overview.overview is None:  # worked out in a thread: wait for it
            loop = QEventLoop()
            overview.updated.connect(loop.quit)
            loop.exec()
        window.show_page(window.index_of(overview))
        shoot(window, "overview.png")
        for page, name in (
            (window.visits_page, "visits.png"),
            (window.clubs_page, "clubs.png"),
            (window.activities_page, "activities.png"),
            (window.digital_page, "digital.png"),
            (window.baseline_page, "baseline.png"),
            (window.report_page, "report.png"),
            (window.facilities_page, "main-facilities.png"),
            (window.settings_page, "settings.png"),
        ):
            window.show_page(window.index_of(page))
            shoot(window, name)
        page = window.aggregation_page
        page.inputs.add_paths([received_folder(workspace, Path(folder))])
        page.choices.period_picker.set_period("2025-N")
        window.show_page(window.index_of(page))
        done = QEventLoop()
        page.work_done.connect(done.quit)
        page.check()
        done.exec()
        page.results.tabs.setCurrentIndex(0)
        shoot(window, "aggregation.png")
        page.results.tabs.setCurrentIndex(1)
        shoot(window, "aggregation-communes.png")
        dialog = FacilityDialog(workspace, tv1, TODAY)
        shoot(dialog, "facility-form.png")
        dialog.close()
        from desktop_app.services import audit
        from desktop_app.services.backup import backup
        from desktop_app.ui.backup.backup_dialog import RestoreDialog
        from desktop_app.ui.history.history_dialog import HistoryDialog

        for days in (3, 2, 1):
            taken = datetime(2026, 11, 22 - days, 7, 45).astimezone()
            backup.take_backup(workspace, "daily", taken)
        restore = RestoreDialog(workspace.path)
        restore.resize(900, 360)
        shoot(restore, "restore.png")
        restore.close()
        from dataclasses import replace

        from desktop_app.services import visits

        shown = visits.month(workspace, tv1.id, 2026, 11, TODAY)
        day = next(d for d in shown.records.values() if d.total)
        visits.save_visit(workspace, replace(day, total=day.total + 12, note="Sửa theo sổ"), TODAY)
        changes = audit.facility_history(workspace, tv1.id, date(2026, 11, 1), date(2026, 11, 30))
        history = HistoryDialog(f"{tv1.code} – {tv1.name}, 11/2026", changes)
        history.resize(900, 420)
        shoot(history, "history.png")
        history.close()
        window.close()
        workspace.close()
    app.quit()


if __name__ == "__main__":
    main()
