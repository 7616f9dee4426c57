"""Child process of ``test_clean_exit``: the real window started and closed once.

``python -m tests.ui.exit_child DB DELAY_MS`` runs ``run_gui`` on ``DB``; after ``DELAY_MS``
it posts a month of keys to the visits grid and closes the window while the overview's
worker may still be reading. Prints ``worker running: True/False`` at the close.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer

    from desktop_app.ui.app import create_application, run_gui
    from desktop_app.ui.main_window import MainWindow
    from tests.ui.keystrokes import month_keys, post_keys

    db, delay = sys.argv[1], int(sys.argv[2])
    app = create_application()

    def close() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        overview = window.overview_page
        window.show_page(window.index_of(window.visits_page))
        post_keys(window, month_keys([(12 + day, day % 5, day % 3) for day in range(31)]))
        overview.reload()  # a second reading queued behind the running one
        print(f"worker running: {overview.is_busy()}", flush=True)
        window.close()

    QTimer.singleShot(delay, close)
    return run_gui(db, "vi")


if __name__ == "__main__":
    sys.exit(main())
