"""Bulk import of the six layouts of domain.md §9, for the window and the ``import`` command.

:func:`preview` reads and checks files without writing; :func:`apply` checks
them the same way and then writes everything in one transaction, or nothing
when any row has a problem (or the user cancels). Every row goes through the
domain rules and the submission lock; every problem names the file, the row as
Excel shows it (header = row 1) and the column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.import_layouts import (
    LAYOUTS,
    Layout,
    detect_layout,
    header_problems,
    normalise_header,
)
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, error
from desktop_app.services.import_checks import ImportRun, SessionRow
from desktop_app.services.import_files import (
    RawRow,
    check_import_file,
    fault_error,
    read_table,
)
from desktop_app.services.workspace import Workspace
from desktop_app.storage import (
    activities_store,
    clubs_store,
    digital_store,
    import_store,
    museum_store,
)
from desktop_app.storage.sqlite_errors import maps_disk_errors

PREVIEW_ROWS = 50
REPORT_EVERY = 500  # rows between two progress reports and cancel checks
WRITE_CHUNK = 2000

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import file."""

    file: str  # the path as given
    row: int | None  # as Excel shows it; None for the whole file
    column: str | None  # the column's name in the header (or its letter)
    message: Message

    def source(self) -> str:
        """The English text (logs, tests)."""
        return self.message.source()


@dataclass
class FileCheck:
    """What one file holds and what is wrong with it."""

    path: Path
    layout: Layout | None = None
    header: list[str] = field(default_factory=list)
    preview: list[RawRow] = field(default_factory=list)
    row_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    records: list[Any] = field(default_factory=list)


@dataclass
class ImportPreview:
    """Every file of one import, checked."""

    files: list[FileCheck]

    @property
    def problems(self) -> list[Problem]:
        """All problems, file by file, in row order."""
        return [p for f in self.files for p in f.problems]

    @property
    def ok(self) -> bool:
        """True when the files can be imported."""
        return bool(self.files) and not self.problems


@dataclass(frozen=True)
class ImportSummary:
    """How many rows of each layout were written."""

    counts: dict[str, int]
    files: int


class ImportRefused(UserError):
    """At least one problem: nothing was written. ``problems`` lists them all."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Nothing was imported: the files have {count} problem(s)."
                ),
                {"count": len(problems)},
            )
        )
        self.problems = list(problems)


def _problem(path: Path, row: int | None, column: str | None, exc: UserError) -> Problem:
    return Problem(str(path), row, column, exc.message)


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (how Excel names an unnamed column)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _read(path: Path, check: FileCheck) -> list[RawRow]:
    """Read the file and its header; problems go into ``check``."""
    try:
        check_import_file(path)
        table = read_table(path.name, path.read_bytes())
    except OSError as exc:
        failure = error(
            QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {detail}"),
            None,
            detail=exc.strerror or str(exc),
        )
        check.problems.append(_problem(path, None, None, failure))
        return []
    except UserError as exc:
        check.problems.append(_problem(path, None, None, exc))
        return []
    check.header = table.header
    check.preview = table.rows[:PREVIEW_ROWS]
    check.row_count = len(table.rows)
    for fault in table.faults:  # never imported as 0 nor as "keep the stored value"
        name = table.header[fault.column] if fault.column < len(table.header) else ""
        column = name or column_letter(fault.column)
        check.problems.append(_problem(path, fault.row, column, fault_error(fault, table.sheet)))
    try:
        check.layout = detect_layout(table.header)
    except UserError as exc:
        check.problems.append(_problem(path, table.header_row, None, exc))
        return []
    for name, exc in header_problems(check.layout, table.header):
        check.problems.append(_problem(path, table.header_row, name, exc))
    names = {normalise_header(name) for name in table.header}
    if any(c.required and c.name not in names for c in check.layout.columns):
        return []  # every row would repeat the missing column
    if not table.rows:
        empty = error(QT_TRANSLATE_NOOP("Errors", "The file has a header row but no data rows."))
        check.problems.append(_problem(path, table.header_row, None, empty))
    return table.rows


def _check_rows(
    run: ImportRun, check: FileCheck, rows: list[RawRow], tick: Callable[[int], None]
) -> None:
    layout = check.layout
    assert layout is not None
    names = [normalise_header(n) for n in check.header]
    unnamed = [i for i, n in enumerate(names) if not n]
    width = len(names)
    dated: list[tuple[int, date]] = []
    for index, raw in enumerate(rows):
        if index % REPORT_EVERY == 0:
            tick(index)
        stray = [i for i in unnamed if i < len(raw.cells) and raw.cells[i]]
        stray += [i for i in range(width, len(raw.cells)) if raw.cells[i]]
        for i in stray:
            exc = error(
                QT_TRANSLATE_NOOP(
                    "Errors", "Column {letter} holds a value but has no name in the header row."
                ),
                None,
                letter=column_letter(i),
            )
            check.problems.append(_problem(check.path, raw.number, column_letter(i), exc))
        cells = {name: raw.cells[i] if i < len(raw.cells) else "" for i, name in enumerate(names)}
        outcome = run.check_row(layout, cells, str(check.path), raw.number)
        for column, exc in outcome.problems:
            check.problems.append(_problem(check.path, raw.number, column, exc))
        if outcome.record is not None and not stray:
            check.records.append(outcome.record)
            if outcome.day is not None:
                dated.append((raw.number, outcome.day))
    tick(len(rows))
    for row, column, exc in run.lock_problems(layout, dated):
        check.problems.append(_problem(check.path, row, column, exc))
    check.problems.sort(key=lambda p: p.row or 0)


def _check_all(
    workspace: Workspace,
    paths: Sequence[str | Path],
    today: date | None,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
    scale: int = 1,
) -> ImportPreview:
    checks = [FileCheck(Path(p)) for p in paths]
    rows = [_read(check.path, check) for check in checks]
    total = sum(len(r) for r in rows) * scale
    run = ImportRun(workspace, today or date.today())
    done = 0

    def tick_for(base: int) -> Callable[[int], None]:
        def tick(n: int) -> None:
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(base + n, total)

        return tick

    order = sorted(range(len(checks)), key=lambda i: _rank(checks[i].layout))
    for i in order:
        if checks[i].layout is not None and rows[i]:
            _check_rows(run, checks[i], rows[i], tick_for(done))
            done += len(rows[i])
    return ImportPreview(checks)


def _rank(layout: Layout | None) -> int:
    return LAYOUTS.index(layout) if layout in LAYOUTS else len(LAYOUTS)


@maps_disk_errors
def preview(
    workspace: Workspace,
    paths: Sequence[str | Path],
    *,
    today: date | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportPreview:
    """Read and check ``paths`` without writing anything.

    ``progress(done, total)`` is called every few hundred rows; when
    ``is_cancelled()`` turns true, :class:`ImportCancelled` is raised.
    """
    return _check_all(workspace, paths, today, progress, is_cancelled)


# Each layout's bulk upsert (sessions get their club's id first, see _resolve_sessions).
_WRITERS: dict[str, Callable[[Any, list[Any]], object]] = {
    "clubs": clubs_store.upsert_clubs,
    "visits": import_store.write_visit_days,
    "activities": activities_store.upsert_activities,
    "sessions": clubs_store.upsert_sessions,
    "digital": digital_store.upsert_digital,
    "museum": museum_store.upsert_museum,
}


@maps_disk_errors
def apply(
    workspace: Workspace,
    paths: Sequence[str | Path],
    *,
    today: date | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportSummary:
    """Check ``paths`` and write every row in one transaction.

    Raises:
        ImportRefused: any file has a problem; nothing was written.
        ImportCancelled: ``is_cancelled()`` turned true; nothing was written.
        DiskError: the disk is full, read-only or gone; nothing was written.
    """
    checked = _check_all(workspace, paths, today, progress, is_cancelled, scale=2)
    if not checked.ok:
        raise ImportRefused(checked.problems)
    total = sum(len(f.records) for f in checked.files)
    done = total  # the checking half of the progress bar
    counts = {layout.key: 0 for layout in LAYOUTS}
    files = sorted(checked.files, key=lambda f: _rank(f.layout))
    db = workspace.db
    with db.atomic():
        for check in files:
            assert check.layout is not None
            key = check.layout.key
            for start in range(0, len(check.records), WRITE_CHUNK):
                chunk = check.records[start : start + WRITE_CHUNK]
                if key == "sessions":
                    chunk = _resolve_sessions(workspace, chunk)
                _WRITERS[key](db, chunk)
                counts[key] += len(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total * 2)
                if is_cancelled is not None and is_cancelled():
                    raise ImportCancelled  # rolls the transaction back
    return ImportSummary({k: n for k, n in counts.items() if n}, len(checked.files))


def _resolve_sessions(workspace: Workspace, rows: list[SessionRow]) -> list[Any]:
    ids = clubs_store.club_ids_by_code(workspace.db)
    return [replace(row.session, club_id=ids[row.code]) for row in rows]
