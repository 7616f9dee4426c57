"""Hostile and careless files for the commands that take or write files.

Each :class:`Case` prepares its files beside a real commune database and gives
the command line to run, the exit status and the words the one line on stderr
must hold (English, ``--lang en``). ``test_hostile_files.py`` runs every case
as a user does (a separate process) and checks that the database is byte for
byte what it was.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.facility import Facility
from desktop_app.domain.visits import VisitDay
from desktop_app.services import facilities, setup, visits
from desktop_app.services.workspace import Workspace
from tests.services.aggregation_samples import three_communes

TODAY = date(2026, 11, 22)
EXIT_DAMAGED = 1
EXIT_BAD_INPUT = 2


def commune_database(path: Path) -> Path:
    """Commune 24175 (Đắk Lắk) with library TV1 and two stored days (10 and 3 visits)."""
    ws = Workspace.open(path)
    setup.configure_unit(ws, setup.prepare_unit(province_code="66", commune_code="24175"))
    library = facilities.add_facility(
        ws,
        Facility(code="TV1", type_code="TV_XA", name="Thư viện xã", opened_on=date(2020, 1, 1)),
        TODAY,
    )
    for day, total in ((date(2026, 3, 2), 10), (date(2026, 3, 3), 3)):
        visits.save_visit(ws, VisitDay(library.id or 0, day, total=total), day)
    ws.close()
    return path


@dataclass(frozen=True)
class Case:
    """One hostile input: how to make it, what to run, what must be said."""

    name: str
    make: Callable[[Path, Path], list[str]]  # (database, folder) -> the command's words
    status: int
    words: tuple[str, ...]  # each must be in the one line on stderr
    untouched: Callable[[Path], list[Path]] = lambda _folder: []  # files that must not change


# -- output paths ----------------------------------------------------------------------------


def _export_over_database(db: Path, _folder: Path) -> list[str]:
    return ["export", "--db", str(db), "--period", "2026-N", "--out", str(db)]


def _export_over_wal(db: Path, _folder: Path) -> list[str]:
    return ["export", "--db", str(db), "--period", "2026-N", "--out", f"{db}-wal"]


def _export_into_backups(db: Path, _folder: Path) -> list[str]:
    (db.parent / "backups").mkdir(exist_ok=True)
    return ["export", "--db", str(db), "--period", "2026-N", "--out", str(db.parent / "backups")]


def _export_over_a_link_to_the_database(db: Path, folder: Path) -> list[str]:
    link = folder / "bao-cao.xlsx"
    link.symlink_to(db)
    return ["export", "--db", str(db), "--period", "2026-N", "--out", str(link)]


def _inbox(folder: Path) -> Path:
    inbox = folder / "nhan"
    inbox.mkdir(exist_ok=True)
    three_communes(inbox)
    return inbox


def _aggregate_over_an_input(_db: Path, folder: Path) -> list[str]:
    inbox = _inbox(folder)
    first = sorted(inbox.iterdir())[0]
    return ["aggregate", "--period", "2026-N", "--out", str(first), str(inbox)]


def _aggregate_over_the_database(db: Path, folder: Path) -> list[str]:
    return [
        "aggregate",
        "--db",
        str(db),
        "--period",
        "2026-N",
        "--out",
        str(db),
        str(_inbox(folder)),
    ]


def _aggregate_over_another_database(db: Path, folder: Path) -> list[str]:
    other = folder / "xa-khac.xlsx"
    other.write_bytes(db.read_bytes())
    return ["aggregate", "--period", "2026-N", "--out", str(other), str(_inbox(folder))]


def _export_to_a_fifo(db: Path, folder: Path) -> list[str]:
    import os

    pipe = folder / "pipe.xlsx"
    os.mkfifo(pipe)
    return ["export", "--db", str(db), "--period", "2026-N", "--out", str(pipe)]


OUTPUT_CASES = (
    Case("export over the database", _export_over_database, EXIT_BAD_INPUT, ("open database",)),
    Case("export over its WAL", _export_over_wal, EXIT_BAD_INPUT, ("open database",)),
    Case("export into the backups", _export_into_backups, EXIT_BAD_INPUT, ("backups folder",)),
    Case(
        "export over a link to the database",
        _export_over_a_link_to_the_database,
        EXIT_BAD_INPUT,
        ("open database",),
    ),
    Case(
        "aggregate over one of its inputs",
        _aggregate_over_an_input,
        EXIT_BAD_INPUT,
        ("files this command reads",),
        lambda folder: sorted((folder / "nhan").iterdir()),
    ),
    Case(
        "aggregate over the database",
        _aggregate_over_the_database,
        EXIT_BAD_INPUT,
        ("open database",),
    ),
    Case(
        "aggregate over another database",
        _aggregate_over_another_database,
        EXIT_BAD_INPUT,
        ("is a database file",),
        lambda folder: [folder / "xa-khac.xlsx"],
    ),
    Case("export to a pipe", _export_to_a_fifo, EXIT_BAD_INPUT, ("not a regular file",)),
)


def xlsx_bytes(members: dict[str, bytes | str]) -> bytes:
    """A zip of ``members`` (name -> content)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


CASES = (*OUTPUT_CASES,)
