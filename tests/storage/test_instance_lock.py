"""One program per database: a second window or command is refused in words, never let in."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage import instance_lock
from desktop_app.storage.instance_lock import DatabaseInUseError, acquire, lock_path
from desktop_app.storage.sqlite_errors import DiskError

ROOT = Path(__file__).resolve().parents[2]

# A second program: try to take the lock, say what happened, optionally keep it until killed.
SECOND = textwrap.dedent(
    """
    import sys, time
    from desktop_app.storage.instance_lock import DatabaseInUseError, acquire
    try:
        lock = acquire(sys.argv[1])
    except DatabaseInUseError as exc:
        print("IN USE", exc, flush=True)
        sys.exit(3)
    print("LOCKED", flush=True)
    if sys.argv[2] == "hold":
        time.sleep(120)
    lock.release()
    """
)


def second_program(db: Path, mode: str = "release") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SECOND, str(db), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process that holds the lock of ``commune.sqlite3`` until killed."""
    db = tmp_path / "commune.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", SECOND, str(db), "hold"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "LOCKED", child.stderr.read() if child.stderr else ""
    try:
        yield db, child
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()


def test_the_lock_file_sits_beside_the_database_and_names_its_holder(tmp_path: Path) -> None:
    db = tmp_path / "commune.sqlite3"
    with acquire(db) as lock:
        assert lock.path == tmp_path / "commune.sqlite3.lock" == lock_path(db)
        info = json.loads(lock.path.read_text(encoding="utf-8"))
        assert info["pid"] == str(os.getpid())
        assert info["host"] and info["started"]
        assert lock.held
    assert not lock.held
    assert lock.path.read_text(encoding="utf-8") == ""  # released: nobody holds it


def test_a_second_program_is_refused_with_who_holds_the_database(
    tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "commune.sqlite3"
    with acquire(db):
        result = second_program(db)
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("IN USE")
    assert "already open in another HTSD window" in result.stdout
    assert str(db) in result.stdout and f"program {os.getpid()}" in result.stdout
    assert "Traceback" not in result.stderr


def test_once_released_another_program_may_open_it(tmp_path: Path) -> None:
    db = tmp_path / "commune.sqlite3"
    acquire(db).release()
    result = second_program(db)
    assert result.returncode == 0 and result.stdout.strip() == "LOCKED", result.stderr


def test_a_killed_program_leaves_no_lock_behind(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    db, child = holder
    with pytest.raises(DatabaseInUseError, match=f"program {child.pid}"):
        acquire(db)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    with acquire(db) as lock:  # no clean-up was needed
        assert lock.held
        assert json.loads(lock.path.read_text(encoding="utf-8"))["pid"] == str(os.getpid())


def test_the_same_process_cannot_open_it_twice(tmp_path: Path) -> None:
    db = tmp_path / "commune.sqlite3"
    with acquire(db), pytest.raises(DatabaseInUseError):
        acquire(db)
    acquire(db).release()


def test_different_databases_do_not_block_each_other(tmp_path: Path) -> None:
    with acquire(tmp_path / "a.sqlite3"), acquire(tmp_path / "b.sqlite3") as second:
        assert second.held


def test_the_message_without_holder_details_still_says_what_to_do(tmp_path: Path) -> None:
    exc = instance_lock.in_use_error(tmp_path / "x.sqlite3", {})
    assert "already open in another HTSD window" in str(exc)
    assert "close it and open the database again" in str(exc)
    assert isinstance(exc, DiskError)


def test_a_folder_that_cannot_be_written_is_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / "x.sqlite3.lock"))

    monkeypatch.setattr(instance_lock.os, "open", refuse)
    with pytest.raises(DiskError, match="read-only") as caught:
        acquire(tmp_path / "x.sqlite3")
    assert str(tmp_path / "x.sqlite3") in str(caught.value)
    assert ".lock" not in str(caught.value)  # the user chose the database, not the lock file


def test_a_release_after_release_does_nothing(tmp_path: Path) -> None:
    lock = acquire(tmp_path / "x.sqlite3")
    lock.release()
    lock.release()
    assert not lock.held


def test_the_holder_names_the_computer_without_asking_wmi(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # platform.node() asks WMI on Windows (slow; it aborts the program under Wine 8): the
    # lock must name the computer through the network stack instead
    import platform
    import socket

    def no_wmi() -> str:
        raise AssertionError("platform.node() was called")

    monkeypatch.setattr(platform, "node", no_wmi)
    monkeypatch.setattr(platform, "uname", no_wmi)
    with acquire(tmp_path / "x.sqlite3") as lock:
        info = json.loads(lock.path.read_text(encoding="utf-8"))
    assert info["host"] == socket.gethostname()
