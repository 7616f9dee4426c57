"""The quick check at start runs beside the window's loading, on its own connection."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import instance
from desktop_app.services.workspace import Workspace
from desktop_app.storage.sqlite_errors import DamagedDatabaseError
from tests.storage.test_disk_errors import damaged_database


def test_a_sound_database_passes_the_background_check(configured: Workspace) -> None:
    configured.db.conn.commit()
    instance.BackgroundCheck(configured.path).result()  # returns, raises nothing


def test_a_damaged_page_is_found_by_the_background_check(tmp_path: Path) -> None:
    path = damaged_database(tmp_path)
    opened = instance.open_exclusive(path, check=False)  # the window's own open sees nothing
    try:
        checking = instance.BackgroundCheck(path)
        with pytest.raises(DamagedDatabaseError) as caught:
            checking.result()
        assert caught.value.message.params["path"] == str(path)
        assert caught.value.message.params["detail"]  # what SQLite found
    finally:
        opened.close()


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"not a database at all" * 500)
    with pytest.raises(DamagedDatabaseError):
        instance.BackgroundCheck(path).result()
