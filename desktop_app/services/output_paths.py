"""Where a workbook may be written: one check for every command and save dialog.

:func:`resolve_output` turns what the person typed or picked into the file to
write, before anything is written: a folder (an existing one, or a name ending
in a separator, which is then created) gets the standard file name inside it; a
file name gets ``.xlsx`` when it lacks it. It refuses the open database (and
the files SQLite keeps beside it), its backups folder, any input of the same
command, any other SQLite database, a folder and anything that is not a
regular file. :func:`write_output` then writes the bytes to a temporary file
beside the target and renames it into place only when complete
(``os.replace``), so a kill or a full disk leaves the previous file intact.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.storage.backup_store import backups_dir
from desktop_app.storage.database import SQLITE_HEADER

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_SEPARATORS = tuple({"/", os.sep, os.altsep or "/"})
_SIDECARS = ("-wal", "-shm", "-journal", ".lock")  # what SQLite and the lock keep beside a db
SUFFIX = ".xlsx"


def _key(path: Path) -> str:
    """A comparable form of ``path``: links followed, case folded where the system does."""
    return os.path.normcase(os.path.realpath(path))


def _inside(path: Path, folder: Path) -> bool:
    target, root = _key(path), _key(folder)
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _same_file(first: Path, second: Path) -> bool:
    if _key(first) == _key(second):
        return True
    try:
        return os.path.samefile(first, second)  # a hard link, another spelling of the path
    except OSError:
        return False


def named_target(out: str | Path, file_name: str) -> tuple[Path, bool]:
    """The file ``out`` names and whether its folder must be made, checking nothing.

    A folder (existing, or ``out`` ending in a separator) gets ``file_name``
    inside it; a file name without ``.xlsx`` gets it added.
    """
    text = os.fspath(out)
    as_folder = text.endswith(_SEPARATORS)
    path = Path(text).expanduser().absolute()
    if as_folder or path.is_dir():
        return path / file_name, not path.is_dir()
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    return path, False


def database_files(db_path: Path) -> list[Path]:
    """The database file and the files kept beside it (journal, WAL, lock)."""
    db_path = Path(db_path).expanduser().absolute()
    return [db_path, *(db_path.with_name(db_path.name + end) for end in _SIDECARS)]


def resolve_output(
    out: str | Path,
    file_name: str,
    *,
    databases: Iterable[Path] = (),
    inputs: Sequence[Path] = (),
) -> Path:
    """The checked file to write for ``out``; its folder is made when ``out`` ends in ``/``.

    Args:
        out: what the person typed or picked (a file, or a folder).
        file_name: the standard file name, used when ``out`` is a folder.
        databases: the databases open for this command (never overwritten, nor
            anything in their backups folders).
        inputs: the files and folders this command reads (never overwritten, nor
            an existing file inside an input folder).

    Raises:
        UserError: the path is one of those above, a folder, not a regular file,
        a database, or its folder cannot be made; nothing has been written.
    """
    if not os.fspath(out).strip():
        raise error(QT_TRANSLATE_NOOP("Errors", "No output file was given."), "out")
    target, make_folder = named_target(out, file_name)
    given = Path(os.fspath(out)).expanduser().absolute()  # before ".xlsx" was added
    for db_path in databases:
        if any(
            _same_file(path, guarded)
            for guarded in database_files(db_path)
            for path in (given, target)
        ):
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is the open database; a report is never written over it. "
                    "Choose another file name or folder.",
                ),
                "out",
                path=str(target),
            )
        if _inside(target, backups_dir(Path(db_path).expanduser().absolute())):
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is inside the backups folder {folder}; reports are never written "
                    "there. Choose another folder.",
                ),
                "out",
                path=str(target),
                folder=str(backups_dir(Path(db_path).expanduser().absolute())),
            )
    for read in inputs:
        read = Path(read).expanduser().absolute()
        if (
            _same_file(target, read)
            or _same_file(given, read)
            or (read.is_dir() and target.exists() and _inside(target, read))
        ):
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is one of the files this command reads; it is never written over. "
                    "Choose another file name or folder.",
                ),
                "out",
                path=str(target),
            )
    if given != target and given.is_file():
        _check_existing(given)  # "--out xa.sqlite3"-like names: a database is told as such
    _check_existing(target)
    if make_folder:
        make_folder_for(target.parent, "out")
    return target


def make_folder_for(folder: Path, field: str) -> None:
    """Make ``folder`` (and its parents) for a file about to be written.

    Raises:
        UserError: the folder cannot be made, named with the system's reason; ``field``
        is the input the message is about ("out", "file").
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Cannot make the folder {folder} ({detail})."),
            field,
            folder=str(folder),
            detail=exc.strerror or type(exc).__name__,
        ) from None


def _check_existing(target: Path) -> None:
    """Refuse replacing a folder, a device or pipe, or a database."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # nothing there yet (or a dangling link, which is replaced)
    if stat.S_ISDIR(mode):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder; give a file name or choose another folder."
            ),
            "out",
            path=str(target),
        )
    if not stat.S_ISREG(mode):
        raise not_regular(target, "out")
    try:
        with open(target, "rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except OSError:
        return  # unreadable: writing will say why
    if head == SQLITE_HEADER:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a database file; a report is never written over it. Choose "
                "another file name.",
            ),
            "out",
            path=str(target),
        )


def not_regular(path: Path, field_name: str | None = None) -> UserError:
    """The error for a device, a pipe or a socket where a file was expected."""
    return error(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a regular file (a device, a pipe or a link to one)."
        ),
        field_name,
        path=str(path),
    )


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file, then a rename).

    Raises:
        UserError: the folder is missing or cannot be written, or the file is
        open in another program (Excel locks it on Windows).
    """
    folder = path.parent
    if not folder.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            "out",
            folder=str(folder),
        )
    temporary: str | None = None
    try:
        # Made like any new file (the umask applies), unlike tempfile's private files.
        name = str(folder / f".{path.name}.{secrets.token_hex(4)}.tmp")
        handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        temporary = name
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write the file {path} ({detail}). Check that the folder can be "
                "written to and that the file is not open in another program.",
            ),
            "out",
            path=str(path),
            detail=exc.strerror or type(exc).__name__,
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.remove(temporary)
