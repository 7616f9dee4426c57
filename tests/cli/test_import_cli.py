"""``import``: exit 0 and one summary line, or exit 2, problems on stderr and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.workspace import Workspace
from desktop_app.storage import import_store
from tests.cli.test_cli import htsd
from tests.import_samples import SAMPLES, VISITS_HEADER, add_museum, sample, write_csv


@pytest.fixture
def db(configured: Workspace) -> Path:
    add_museum(configured)
    path = configured.path
    configured.close()
    return path


def _counts(db: Path) -> dict[str, int]:
    workspace = Workspace.open(db, create=False)
    try:
        return import_store.count_rows(workspace.db)
    finally:
        workspace.close()


def test_good_files_import_with_a_one_line_summary(
    db: Path, tmp_path: Path, data_dir: Path
) -> None:
    paths = [str(sample(tmp_path, key)) for key in SAMPLES]
    result = htsd("import", "--db", str(db), *paths, "--lang", "en", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Imported 6 file(s)") and "Visits 3" in lines[0]
    assert "Club sessions 2" in lines[0]
    assert _counts(db)["visits"] == 3
    # The same files again replace the rows instead of doubling them.
    assert htsd("import", "--db", str(db), *paths, data_dir=data_dir).returncode == 0
    assert _counts(db) == {
        "visits": 3, "clubs": 2, "club_sessions": 2, "activities": 2, "digital_services": 2,
        "museum_records": 1,
    }  # fmt: skip


def test_problems_one_per_line_and_nothing_written(
    db: Path, tmp_path: Path, data_dir: Path
) -> None:
    good = sample(tmp_path, "clubs")
    bad = write_csv(
        tmp_path / "luot.csv",
        [*VISITS_HEADER[:4], "ghi_chu"],
        [["01/03/2026", "TV1", "5", "6", ""], ["31/02/2026", "TV1", "x", "", ""]],
    )
    result = htsd("import", "--db", str(db), str(good), str(bad), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"htsd: {bad}, row 1, column ghi_chu: \u201cghi_chu\u201d is not a column of the visits "
        "layout; its columns are: " + ", ".join(VISITS_HEADER) + ".",
        f"htsd: {bad}, row 2, column thieu_nhi: An \u201cof which\u201d count (6) is above the "
        "total (5).",
        f"htsd: {bad}, row 3, column ngay: 31/02/2026 is not a day of the calendar.",
        f"htsd: {bad}, row 3, column tong_luot: \u201cx\u201d is not a whole number.",
    ]
    assert sum(_counts(db).values()) == 0


def test_at_most_twenty_lines(db: Path, tmp_path: Path, data_dir: Path) -> None:
    rows = [[f"{day:02d}/03/2026", "TV9", "1"] for day in range(1, 31)]
    bad = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    result = htsd("import", "--db", str(db), str(bad), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 20
    assert all(", column ma_thiet_che: There is no facility" in line for line in lines[:19])
    assert "11 more problems" in lines[-1]


def test_unreadable_and_foreign_files(db: Path, tmp_path: Path, data_dir: Path) -> None:
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    result = htsd(
        "import", "--db", str(db), str(pdf), str(tmp_path / "none.csv"), data_dir=data_dir
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"htsd: {pdf}: ")
    assert lines[1].startswith(f"htsd: {tmp_path / 'none.csv'}: ")


def test_a_database_not_set_up_is_refused(tmp_path: Path, data_dir: Path) -> None:
    csv = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], [["01/03/2026", "TV1", "1"]])
    result = htsd(
        "import", "--db", str(tmp_path / "none.sqlite3"), str(csv), "--lang", "en",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 2
    assert "does not exist" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_import_needs_a_file(db: Path, data_dir: Path) -> None:
    assert htsd("import", "--db", str(db), data_dir=data_dir).returncode == 2
