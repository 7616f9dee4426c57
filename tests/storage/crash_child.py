"""The program that tests/storage/test_crash_safety.py kills with SIGKILL.

It opens a database as the window does (lock, then workspace) and writes
through the services, printing an acknowledgement only after each write
returned:

    python crash_child.py visits DB FACILITY_ID RUN FIRST_DAY COUNT
        saves one day at a time from FIRST_DAY (ISO), ``ack <day> <total>`` after each
    python crash_child.py import DB FILE...
        imports one file at a time, ``ack import <file>`` after each

``ready`` is printed once the database is open. Run from the project's root.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

# sqlite-utils loads pandas and numpy when they are installed (a benchmark extra);
# the program does not need them, and without them the child starts in a third of the time.
# Only in the child: a test that imports value() must keep numpy importable (Hypothesis asks).
if __name__ == "__main__":
    sys.modules["pandas"] = None  # type: ignore[assignment]
    sys.modules["numpy"] = None  # type: ignore[assignment]

from desktop_app.domain.visits import VisitDay
from desktop_app.services import visits
from desktop_app.services.importing import importing
from desktop_app.services.workspace import Workspace
from desktop_app.storage.instance_lock import acquire

TODAY = date(2026, 11, 22)


def value(run: int, day: date) -> int:
    """The total written on ``day`` by run ``run`` (each run writes other figures)."""
    return (run * 131 + day.toordinal()) % 9000 + 1


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def save_days(workspace: Workspace, facility_id: int, run: int, first: date, count: int) -> None:
    for n in range(count):
        day = first + timedelta(days=n)
        total = value(run, day)
        visits.save_visit(workspace, VisitDay(facility_id, day, total=total), TODAY)
        say(f"ack {day.isoformat()} {total}")


def import_files(workspace: Workspace, files: list[str]) -> None:
    for name in files:
        importing.apply(workspace, [name], today=TODAY)
        say(f"ack import {name}")


def main(argv: list[str]) -> int:
    mode, db = argv[0], argv[1]
    lock = acquire(db)
    workspace = Workspace.open(db, create=False)
    say("ready")
    try:
        if mode == "visits":
            facility_id, run, first, count = argv[2:6]
            save_days(workspace, int(facility_id), int(run), date.fromisoformat(first), int(count))
        else:
            import_files(workspace, argv[2:])
    finally:
        workspace.close()
        lock.release()
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
