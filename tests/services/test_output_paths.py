"""The one check of an output path: what it becomes, and what it may never be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.services import output_paths
from desktop_app.services.output_paths import resolve_output, write_output
from desktop_app.services.workspace import Workspace

NAME = "HTSD_66_24175_2026-N.xlsx"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A real database with its backups folder beside it."""
    path = tmp_path / "xa" / "htsd.sqlite3"
    path.parent.mkdir()
    Workspace.open(path).close()
    (path.parent / "backups").mkdir(exist_ok=True)
    return path


def _refused(out: str | Path, **guards: object) -> str:
    with pytest.raises(UserError) as refused:
        resolve_output(out, NAME, **guards)  # type: ignore[arg-type]
    return refused.value.message.source()


def test_an_existing_folder_gets_the_standard_name(tmp_path: Path) -> None:
    assert resolve_output(tmp_path, NAME) == tmp_path / NAME
    assert resolve_output(str(tmp_path), NAME) == tmp_path / NAME


def test_a_missing_folder_ending_in_a_separator_is_made(tmp_path: Path) -> None:
    out = str(tmp_path / "BaoCao") + "/"
    assert resolve_output(out, NAME) == tmp_path / "BaoCao" / NAME
    assert (tmp_path / "BaoCao").is_dir()
    assert list((tmp_path / "BaoCao").iterdir()) == []  # nothing written yet


def test_a_file_name_gets_xlsx_when_it_lacks_it(tmp_path: Path) -> None:
    assert resolve_output(tmp_path / "BaoCao", NAME) == tmp_path / "BaoCao.xlsx"
    assert resolve_output(tmp_path / "bao.cao", NAME) == tmp_path / "bao.cao.xlsx"
    assert resolve_output(tmp_path / "a.XLSX", NAME) == tmp_path / "a.XLSX"
    assert not (tmp_path / "BaoCao").exists()


def test_the_open_database_and_its_companions_are_refused(db: Path) -> None:
    before = db.read_bytes()
    for out in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + ".lock")):
        text = _refused(out, databases=[db])
        assert "is the open database" in text
    assert db.read_bytes() == before


def test_a_link_to_the_database_is_refused(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.xlsx"
    link.symlink_to(db)
    assert "is the open database" in _refused(link, databases=[db])
    hard = tmp_path / "hard.xlsx"
    os.link(db, hard)
    assert "is the open database" in _refused(hard, databases=[db])


def test_any_database_file_is_refused_even_when_not_open(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    other.write_bytes(db.read_bytes())
    assert "is a database file" in _refused(other)


def test_the_backups_folder_is_refused(db: Path) -> None:
    backups = db.parent / "backups"
    assert "backups folder" in _refused(backups, databases=[db])
    assert "backups folder" in _refused(str(backups / "new") + "/", databases=[db])
    assert not (backups / "new").exists()


def test_an_input_of_the_command_is_refused(tmp_path: Path) -> None:
    commune = tmp_path / "in" / "xa1.xlsx"
    commune.parent.mkdir()
    commune.write_bytes(b"PK\x03\x04 workbook")
    assert "files this command reads" in _refused(commune, inputs=[commune])
    assert "files this command reads" in _refused(commune, inputs=[commune.parent])
    # a new file in an input folder is no input
    fresh = resolve_output(commune.parent / "tong-hop", NAME, inputs=[commune.parent])
    assert fresh == commune.parent / "tong-hop.xlsx"


def test_a_folder_named_like_the_file_and_a_device_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").mkdir()
    assert "is a folder" in _refused(tmp_path / "x")
    link = tmp_path / "zero.xlsx"
    link.symlink_to("/dev/null")
    assert "not a regular file" in _refused(link)
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    assert "not a regular file" in _refused(fifo)


def test_writing_replaces_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / NAME
    target.write_bytes(b"the previous workbook")
    seen: list[bytes] = []

    def killed(source: str, _target: str) -> None:
        seen.append(Path(source).read_bytes())  # the whole file sat beside the target
        assert Path(source).parent == tmp_path
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(output_paths.os, "replace", killed)
    with pytest.raises(UserError):
        write_output(target, b"the new workbook")
    assert seen == [b"the new workbook"]
    assert target.read_bytes() == b"the previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
