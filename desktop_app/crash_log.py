"""Write unexpected errors (bugs) to a log file in the data folder."""

from __future__ import annotations

import traceback
from datetime import datetime
from types import TracebackType

from desktop_app.paths import data_dir


def write_crash_log(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    """Append the traceback to ``<data>/logs/htsd-errors.log``.

    Returns the log's path, or "-" when it cannot be written.
    """
    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "htsd-errors.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()}\n")
            handle.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        return str(path)
    except OSError:
        return "-"
