"""Bulk import of the six layouts of domain.md §9, for the window and the ``import`` command.

:func:`preview` reads and checks files without writing; :func:`apply` checks
them the same way, reading each file once as a stream, and writes the rows in
batches inside one transaction: everything, or nothing when any row has a
problem (or the user cancels). Every row goes through the
domain rules and the submission lock; every problem names the file, the row as
Excel shows it (header = row 1) and the column.
"""

from __future__ import annotations

import contextlib
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
from desktop_app.services.changes import Change, ChangeKind
from desktop_app.services.importing.import_checks import ImportRun, SessionRow
from desktop_app.services.importing.import_files import RawRow, TableStream, fault_error, open_table
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
MAX_KEPT_PROBLEMS = 1_000  # per file: a file with a million bad rows is told, not listed

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
    problems: list[Problem] = field(default_factory=list)  # the first MAX_KEPT_PROBLEMS
    problem_count: int = 0  # all of them

    def add(self, problem: Problem) -> None:
        """Count ``problem``; keep it while fewer than :data:`MAX_KEPT_PROBLEMS` are kept."""
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)


@dataclass
class ImportPreview:
    """Every file of one import, checked."""

    files: list[FileCheck]

    @property
    def problems(self) -> list[Problem]:
        """All problems, file by file, in row order."""
        return [p for f in self.files for p in f.problems]

    @property
    def problem_count(self) -> int:
        """How many problems there are, kept or not."""
        return sum(f.problem_count for f in self.files)

    @property
    def ok(self) -> bool:
        """True when the files can be imported."""
        return bool(self.files) and not self.problem_count


@dataclass(frozen=True)
class ImportSummary:
    """How many rows of each layout were written."""

    counts: dict[str, int]
    files: int

    def changes(self) -> list[Change]:
        """What the import changed, for the screens that show it."""
        kinds = dict.fromkeys(_CHANGED[key] for key in self.counts)
        return [Change(kind) for kind in kinds]


class ImportRefused(UserError):
    """At least one problem: nothing was written. ``problems`` lists them all."""

    def __init__(self, problems: Sequence[Problem], count: int | None = None) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Nothing was imported: the files have {count} problem(s)."
                ),
                {"count": len(problems) if count is None else count},
            )
        )
        self.problems = list(problems)
        self.count = len(self.problems) if count is None else count


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


def _open(path: Path, check: FileCheck, files: contextlib.ExitStack) -> TableStream | None:
    """Open the file and read its header; problems go into ``check``."""
    try:
        table = files.enter_context(open_table(path))
    except OSError as exc:
        failure = error(
            QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {detail}"),
            None,
            detail=exc.strerror or str(exc),
        )
        check.add(_problem(path, None, None, failure))
        return None
    except UserError as exc:
        check.add(_problem(path, None, None, exc))
        return None
    check.header = table.header
    for fault in table.faults:  # never imported as 0 nor as "keep the stored value"
        name = table.header[fault.column] if fault.column < len(table.header) else ""
        column = name or column_letter(fault.column)
        check.add(_problem(path, fault.row, column, fault_error(fault, table.sheet)))
    try:
        check.layout = detect_layout(table.header)
    except UserError as exc:
        check.add(_problem(path, table.header_row, None, exc))
        return _skim(table, check)
    for name, exc in header_problems(check.layout, table.header):
        check.add(_problem(path, table.header_row, name, exc))
    names = {normalise_header(name) for name in table.header}
    if any(c.required and c.name not in names for c in check.layout.columns):
        return _skim(table, check)  # every row would repeat the missing column
    return table


def _skim(table: TableStream, check: FileCheck) -> None:
    """Only show the rows of a file whose header is wrong: its first rows, and how many."""
    try:
        for raw in table.rows:
            if len(check.preview) < PREVIEW_ROWS:
                check.preview.append(raw)
            check.row_count += 1
    except UserError as exc:
        check.add(_problem(check.path, None, None, exc))


Writer = Callable[[Layout, list[Any]], None]


def _check_rows(
    run: ImportRun,
    check: FileCheck,
    table: TableStream,
    tick: Callable[[int], None],
    write: Writer | None,
    clean: Callable[[], bool],
) -> None:
    """Check the rows as they are read; hand each batch of records to ``write`` while
    ``clean()`` (no problem anywhere so far)."""
    layout = check.layout
    assert layout is not None
    names = [normalise_header(n) for n in check.header]
    unnamed = [i for i, n in enumerate(names) if not n]
    width = len(names)
    named = [(i, name) for i, name in enumerate(names) if name]
    batch: list[Any] = []
    dated: list[tuple[int, date]] = []

    def flush() -> None:
        for row, column, exc in run.lock_problems(layout, dated):
            check.add(_problem(check.path, row, column, exc))
        if write is not None and batch and clean():
            write(layout, batch)
        batch.clear()
        dated.clear()

    count = 0
    try:
        for raw in table.rows:
            if count % REPORT_EVERY == 0:
                tick(count)
            count += 1
            if len(check.preview) < PREVIEW_ROWS:
                check.preview.append(raw)
            cells = raw.cells
            if len(cells) > width or unnamed:
                stray = [i for i in unnamed if i < len(cells) and cells[i]]
                stray += [i for i in range(width, len(cells)) if cells[i]]
                for i in stray:
                    exc = error(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Column {letter} holds a value but has no name in the header row.",
                        ),
                        None,
                        letter=column_letter(i),
                    )
                    check.add(_problem(check.path, raw.number, column_letter(i), exc))
            else:
                stray = []
            given = {name: cells[i] if i < len(cells) else "" for i, name in named}
            outcome = run.check_row(layout, given, str(check.path), raw.number)
            for column, exc in outcome.problems:
                check.add(_problem(check.path, raw.number, column, exc))
            if outcome.record is not None and not stray:
                batch.append(outcome.record)
                if outcome.day is not None:
                    dated.append((raw.number, outcome.day))
                if len(batch) >= WRITE_CHUNK:
                    flush()
    except UserError as exc:  # the rest of the file cannot be read (not UTF-8, damaged)
        check.add(_problem(check.path, None, None, exc))
    check.row_count = count
    flush()
    if count == 0:
        empty = error(QT_TRANSLATE_NOOP("Errors", "The file has a header row but no data rows."))
        check.add(_problem(check.path, table.header_row, None, empty))
    tick(count)
    check.problems.sort(key=lambda p: p.row or 0)


def _check_all(
    workspace: Workspace,
    paths: Sequence[str | Path],
    today: date | None,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
    write: Writer | None = None,
) -> ImportPreview:
    """Check every file, reading each once; ``write`` gets the records while none has a problem."""
    checks = [FileCheck(Path(p)) for p in paths]
    with contextlib.ExitStack() as files:
        tables = [_open(check.path, check, files) for check in checks]
        total = sum(t.estimated_rows for t in tables if t is not None)
        run = ImportRun(workspace, today or date.today())
        done = 0

        def tick_for(base: int) -> Callable[[int], None]:
            def tick(n: int) -> None:
                if is_cancelled is not None and is_cancelled():
                    raise ImportCancelled
                if progress is not None:
                    progress(base + n, max(total, base + n))

            return tick

        def clean() -> bool:
            return not any(check.problem_count for check in checks)

        order = sorted(range(len(checks)), key=lambda i: _rank(checks[i].layout))
        for i in order:
            table = tables[i]
            if table is not None:
                _check_rows(run, checks[i], table, tick_for(done), write, clean)
                total += checks[i].row_count - table.estimated_rows  # the guess, corrected
                done += checks[i].row_count
        if progress is not None:
            progress(done, done)
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


# What each layout's rows change.
_CHANGED = {
    "clubs": ChangeKind.CLUBS,
    "visits": ChangeKind.VISITS,
    "activities": ChangeKind.ACTIVITIES,
    "sessions": ChangeKind.CLUBS,
    "digital": ChangeKind.DIGITAL,
    "museum": ChangeKind.MUSEUM,
}

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
    """Check ``paths`` and write every row in one transaction, or nothing.

    Each file is read once, row by row: the rows are checked as they come and
    written in batches inside the one transaction while no problem has been
    found, so a large file never sits whole in memory; any problem (or a
    cancel, or a full disk) rolls the transaction back.

    Raises:
        ImportRefused: any file has a problem; nothing was written.
        ImportCancelled: ``is_cancelled()`` turned true; nothing was written.
        DiskError: the disk is full, read-only or gone; nothing was written.
    """
    counts = {layout.key: 0 for layout in LAYOUTS}
    db = workspace.db

    def write(layout: Layout, records: list[Any]) -> None:
        chunk = _resolve_sessions(workspace, records) if layout.key == "sessions" else records
        _WRITERS[layout.key](db, chunk)
        counts[layout.key] += len(chunk)

    with import_store.bulk_cache(db), db.atomic():
        checked = _check_all(workspace, paths, today, progress, is_cancelled, write)
        if not checked.ok:
            raise ImportRefused(checked.problems, checked.problem_count)  # rolls back
    summary = ImportSummary({k: n for k, n in counts.items() if n}, len(checked.files))
    workspace.changes.announce(*summary.changes())
    return summary


def _resolve_sessions(workspace: Workspace, rows: list[SessionRow]) -> list[Any]:
    ids = clubs_store.club_ids_by_code(workspace.db)
    return [replace(row.session, club_id=ids[row.code]) for row in rows]


def stored_rows(workspace: Workspace) -> dict[str, int]:
    """How many rows each log of the commune holds (what an import adds to)."""
    return import_store.count_rows(workspace.db)
