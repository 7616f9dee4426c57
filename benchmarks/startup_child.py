"""One measured start (run by startup.py): prints the wall-clock time the window was shown.

``app DB``: the real start-up path of ``python -m desktop_app --db DB``.
``bare``: a bare PySide6 main window, the floor.
"""

from __future__ import annotations

import sys
import time


def _peak_rss_mb() -> float:
    try:
        import resource  # not on Windows
    except ImportError:
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report_and_quit() -> None:
    from PySide6.QtWidgets import QApplication

    shown = time.time()
    rss_mb = _peak_rss_mb()
    print(f"{shown:.6f} {rss_mb:.1f}", flush=True)
    QApplication.quit()


def run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("HTSD"))
    window.resize(1100, 680)
    window.show()
    QTimer.singleShot(0, _report_and_quit)
    return app.exec()


def run_app(db: str) -> int:
    from PySide6.QtCore import QTimer

    import desktop_app.ui.app as app_module
    from desktop_app.cli.main import main

    real_start = app_module.AppController.start

    def start_then_report(self: app_module.AppController) -> bool:
        ok = real_start(self)
        from desktop_app.ui.main_window import MainWindow

        if not isinstance(self.window, MainWindow):
            raise SystemExit("the benchmark database is not set up")
        QTimer.singleShot(0, _report_and_quit)
        return ok

    app_module.AppController.start = start_then_report  # type: ignore[method-assign]
    return main(["--db", db])


if __name__ == "__main__":
    sys.exit(run_bare() if sys.argv[1] == "bare" else run_app(sys.argv[2]))
