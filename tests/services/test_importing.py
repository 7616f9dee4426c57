"""The import use case: every layout, every kind of bad file, all or nothing, no doubling."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.importing import importing
from desktop_app.services.importing.importing import ImportCancelled, ImportRefused
from desktop_app.services.workspace import Workspace
from desktop_app.storage import activities_store, clubs_store, import_store, visits_store
from desktop_app.storage.activities_store import ActivityFilter
from desktop_app.storage.facility_store import find_facility_by_code
from desktop_app.storage.submissions_store import insert_submission
from tests.conftest import TODAY
from tests.import_samples import (
    CLUBS_HEADER,
    SAMPLES,
    VISITS_HEADER,
    VISITS_ROWS,
    add_museum,
    sample,
    write_csv,
    write_xlsx,
)

TABLES = {
    "visits": "visits",
    "activities": "activities",
    "clubs": "clubs",
    "sessions": "club_sessions",
    "digital": "digital_services",
    "museum": "museum_records",
}


def _counts(workspace: Workspace) -> dict[str, int]:
    return import_store.count_rows(workspace.db)


def _problems(workspace: Workspace, *paths: Path) -> list[tuple[str, int | None, str | None, str]]:
    checked = importing.preview(workspace, paths, today=TODAY)
    return [(Path(p.file).name, p.row, p.column, p.source()) for p in checked.problems]


def _all_files(folder: Path, kind: str = "csv", **options: object) -> list[Path]:
    return [sample(folder, key, kind=kind, **options) for key in SAMPLES]


@pytest.mark.parametrize(
    ("kind", "options"),
    [("csv", {}), ("csv", {"bom": True}), ("csv", {"sep": ";", "bom": True}), ("xlsx", {})],
)
def test_good_files_of_all_six_layouts_import(
    configured: Workspace, tmp_path: Path, kind: str, options: dict
) -> None:
    add_museum(configured)
    paths = _all_files(tmp_path, kind, **options)
    checked = importing.preview(configured, paths, today=TODAY)
    assert checked.ok, [p.source() for p in checked.problems]
    assert [f.layout.key for f in checked.files] == list(SAMPLES)
    assert _counts(configured)["visits"] == 0  # a preview writes nothing

    summary = importing.apply(configured, paths, today=TODAY)
    assert summary.files == 6
    assert summary.counts == {key: len(rows) for key, (_h, rows) in SAMPLES.items()}
    counts = _counts(configured)
    for key, (_header, rows) in SAMPLES.items():
        assert counts[TABLES[key]] == len(rows), key


def test_imported_values_land_in_the_right_fields(configured: Workspace, tmp_path: Path) -> None:
    importing.apply(configured, [sample(tmp_path, "visits")], today=TODAY)
    tv1 = find_facility_by_code(configured.db, "TV1")
    rows = visits_store.visits_between(configured.db, tv1.id, date(2026, 3, 1), date(2026, 3, 31))
    first = rows[0]
    assert (first.day, first.total, first.children, first.elderly, first.ethnic_minority) == (
        date(2026, 3, 1), 25, 8, 4, 1,
    )  # fmt: skip
    assert (first.women, first.documents, first.new_cards, first.estimated) == (13, 30, 2, False)
    assert rows[1].day == date(2026, 3, 2) and rows[1].elderly == 0  # empty count = 0
    nvh1 = find_facility_by_code(configured.db, "NVH1")
    estimated = visits_store.visits_between(configured.db, nvh1.id, date(2026, 3, 2), TODAY)
    assert estimated[0].estimated is True


def test_clubs_and_their_sessions_in_one_run_in_any_order(
    configured: Workspace, tmp_path: Path
) -> None:
    sessions, clubs = sample(tmp_path, "sessions"), sample(tmp_path, "clubs")
    summary = importing.apply(configured, [sessions, clubs], today=TODAY)
    assert summary.counts == {"clubs": 2, "sessions": 2}
    stored = clubs_store.clubs_by_code(configured.db)
    assert set(stored) == {"CLB1", "CLB2"}  # codes upper-cased by the domain rules
    assert stored["CLB1"].founded_on == date(2020, 1, 1) and stored["CLB1"].members_women == 20


def test_reimporting_replaces_instead_of_doubling(configured: Workspace, tmp_path: Path) -> None:
    add_museum(configured)
    paths = _all_files(tmp_path)
    importing.apply(configured, paths, today=TODAY)
    before = _counts(configured)
    changed = [[*VISITS_ROWS[0][:2], "99", *VISITS_ROWS[0][3:]], *VISITS_ROWS[1:]]
    write_csv(tmp_path / "visits.csv", VISITS_HEADER, changed)
    importing.apply(configured, paths, today=TODAY)
    assert _counts(configured) == before
    tv1 = find_facility_by_code(configured.db, "TV1")
    day = visits_store.visits_between(configured.db, tv1.id, date(2026, 3, 1), date(2026, 3, 1))
    assert day[0].total == 99


def test_a_reimported_empty_day_removes_the_stored_one(
    configured: Workspace, tmp_path: Path
) -> None:
    header = ["ngay", "ma_thiet_che", "tong_luot"]
    for total in ("5", ""):
        path = write_csv(tmp_path / "v.csv", header, [["01/03/2026", "TV1", total]])
        importing.apply(configured, [path], today=TODAY)
    assert _counts(configured)["visits"] == 0


BAD_VISITS = [
    (["ngay", "ma_thiet_che", "tong_luot", "ghi_chu"], ["01/03/2026", "TV1", "5", "x"],
     (1, "ghi_chu", "is not a column of the visits layout")),
    (["ngay", "ma_thiet_che", "nu"], ["01/03/2026", "TV1", "5"],
     (1, "tong_luot", "\u201ctong_luot\u201d is missing")),
    (VISITS_HEADER[:3], ["31/02/2026", "TV1", "5"], (2, "ngay", "not a day of the calendar")),
    (VISITS_HEADER[:3], ["01/03/2026", "TV1", "12a"], (2, "tong_luot", "not a whole number")),
    (VISITS_HEADER[:4], ["01/03/2026", "TV1", "5", "-1"],
     (2, "thieu_nhi", "A count cannot be negative")),
    (VISITS_HEADER[:4], ["01/03/2026", "TV1", "5", "6"], (2, "thieu_nhi", "above the total (5)")),
    (VISITS_HEADER[:3], ["01/03/2026", "TV9", "5"],
     (2, "ma_thiet_che", "no facility with the code \u201cTV9\u201d")),
    (VISITS_HEADER[:3], ["01/03/2027", "TV1", "5"], (2, "ngay", "is in the future")),
    (VISITS_HEADER[:3], ["01/03/2014", "TV1", "5"], (2, "ngay", "opened on 01/03/2015")),
    ([*VISITS_HEADER[:3], "uoc_tinh"], ["01/03/2026", "TV1", "5", "2"],
     (2, "uoc_tinh", "must be 0 or 1")),
    (VISITS_HEADER[:3], ["", "TV1", "5"], (2, "ngay", "is empty")),
]  # fmt: skip


@pytest.mark.parametrize(("header", "bad_row", "expected"), BAD_VISITS)
def test_each_bad_visits_cell_is_named_and_nothing_is_written(
    configured: Workspace, tmp_path: Path, header: list[str], bad_row: list[str], expected: tuple
) -> None:
    good = [["02/03/2026", "TV1", *["1"] * (len(header) - 2)]]
    path = write_csv(tmp_path / "v.csv", header, [bad_row, *good])
    problems = _problems(configured, path)
    row, column, text = expected
    assert problems and problems[0][:3] == ("v.csv", row, column), problems
    assert text in problems[0][3]
    with pytest.raises(ImportRefused) as refused:
        importing.apply(configured, [path], today=TODAY)
    assert refused.value.problems[0].column == column
    assert _counts(configured)["visits"] == 0


@pytest.mark.parametrize(
    ("key", "row", "column", "text"),
    [
        ("activities", ["21/04/2026", "", "TV1", "hoi_thao", "X"], "loai", "is not one of"),
        ("activities", ["21/04/2026", "20/04/2026", "TV1", "khac", "X"], "den_ngay",
         "before the first day"),
        ("activities", ["21/04/2026", "", "TV1", "khac", ""], "ten", "is empty"),
        ("clubs", ["CLB Ã", "Tên", "clb", "van_nghe", "NVH1"], "ma_clb", "may hold only letters"),
        ("clubs", ["CLB9", "Tên", "doi", "van_nghe", "NVH1"], "hinh_thuc", "is not one of"),
        ("clubs", ["CLB9", "Tên", "clb", "van_nghe", "NVH1", "", "", "", "5", "6"],
         "thanh_vien_nu", "above the total"),
        ("sessions", ["CLB404", "06/03/2026", "", "5"], "ma_clb",
         "no club with the code \u201cCLB404\u201d"),
        ("digital", ["01/03/2026", "TV1", "wifi", "3"], "loai", "is not one of"),
        ("digital", ["01/03/2026", "TV1", "may_tinh", "-3"], "so_luong", "cannot be negative"),
        ("digital", ["02/03/2026", "TV1", "may_tinh", "4", "6"], "so_nguoi",
         "Participants are counted only for online activities and digital skills sessions."),
        ("digital", ["02/03/2026", "TV1", "so_hoa", "0"], "so_luong", "a number above zero"),
        ("digital", ["02/03/2026", "TV1", "truc_tuyen", "", "30"], "so_luong",
         "a number above zero"),
        ("museum", ["01/03/2026", "TV1", "40"], "ma_thiet_che", "is not a museum"),
        ("museum", ["01/03/2026", "BT1", "40", "41"], "khach_hoc_tap", "above the total"),
    ],
)  # fmt: skip
def test_bad_rows_of_the_other_layouts(
    configured: Workspace, tmp_path: Path, key: str, row: list[str], column: str, text: str
) -> None:
    add_museum(configured)
    if key == "sessions":
        importing.apply(configured, [sample(tmp_path, "clubs")], today=TODAY)
    before = _counts(configured)
    header = SAMPLES[key][0][: len(row)]
    path = write_csv(tmp_path / f"{key}.csv", header, [SAMPLES[key][1][0][: len(row)], row])
    problems = _problems(configured, path)
    assert [(p[1], p[2]) for p in problems] == [(3, column)], problems
    assert text in problems[0][3]
    with pytest.raises(ImportRefused):
        importing.apply(configured, [path], today=TODAY)
    assert _counts(configured) == before


def test_one_bad_file_stops_every_file(configured: Workspace, tmp_path: Path) -> None:
    good = sample(tmp_path, "clubs")
    rows = [*(r[:3] for r in VISITS_ROWS), ["03/03/2026", "TV1", "x"]]
    bad = write_csv(tmp_path / "bad.csv", VISITS_HEADER[:3], rows)
    with pytest.raises(ImportRefused) as refused:
        importing.apply(configured, [good, bad], today=TODAY)
    assert [(Path(p.file).name, p.row, p.column) for p in refused.value.problems] == [
        ("bad.csv", 5, "tong_luot")
    ]
    assert sum(_counts(configured).values()) == 0


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("empty.csv", b"", "The file is empty."),
        ("header.csv", b"ngay,ma_thiet_che,tong_luot\r\n", "no data rows"),
        ("notes.pdf", b"%PDF-1.4", "not a CSV or XLSX file"),
        ("torn.xlsx", b"PK\x03\x04\x00\x00broken", "is damaged"),
        ("who.csv", b"ho_ten,dien_thoai\r\nAn,0905\r\n", "does not tell which kind of data"),
    ],
)
def test_bad_files_are_named_whole(
    configured: Workspace, tmp_path: Path, name: str, data: bytes, text: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    problems = _problems(configured, path)
    assert len(problems) == 1 and problems[0][0] == name and text in problems[0][3]
    with pytest.raises(ImportRefused):
        importing.apply(configured, [path], today=TODAY)


def test_a_missing_file_is_a_problem_not_a_crash(configured: Workspace, tmp_path: Path) -> None:
    problems = _problems(configured, tmp_path / "nowhere.csv")
    assert problems[0][:3] == ("nowhere.csv", None, None)
    assert "cannot be read" in problems[0][3]


def test_a_record_twice_in_one_run_is_a_problem(configured: Workspace, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", VISITS_HEADER[:3], [["01/03/2026", "TV1", "5"]])
    second = write_xlsx(tmp_path / "b.xlsx", VISITS_HEADER[:3], [["2026-03-01", "tv1", 6]])
    problems = _problems(configured, first, second)
    assert problems[0][:3] == ("b.xlsx", 2, "ngay")
    assert "Row 2 of" in problems[0][3] and "a.csv" in problems[0][3]


def test_rows_in_a_submitted_period_are_refused(configured: Workspace, tmp_path: Path) -> None:
    insert_submission(
        configured.db, "2026-M03", "calendar", date(2026, 3, 1), date(2026, 3, 31), "x", "Lan"
    )
    rows = [["28/02/2026", "TV1", "5"], ["01/03/2026", "TV1", "5"], ["01/04/2026", "TV1", "5"]]
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    problems = _problems(configured, path)
    assert [(p[1], p[2]) for p in problems] == [(3, "ngay")]
    assert "2026-M03" in problems[0][3] and "submitted" in problems[0][3]
    with pytest.raises(ImportRefused):
        importing.apply(configured, [path], today=TODAY)
    assert _counts(configured)["visits"] == 0


def test_an_unnamed_column_with_values_is_a_problem(configured: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_bytes(b"ngay,ma_thiet_che,tong_luot\r\n01/03/2026,TV1,5,oops\r\n")
    assert _problems(configured, path)[0][1:3] == (2, "D")


def test_progress_is_reported_and_cancelling_writes_nothing(
    configured: Workspace, tmp_path: Path
) -> None:
    start = date(2023, 1, 1).toordinal()
    rows = [[date.fromordinal(start + n).isoformat(), "TV1", "3"] for n in range(1200)]
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    seen: list[tuple[int, int]] = []
    importing.preview(configured, [path], today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1200, 1200) and len(seen) >= 3
    assert all(total == 1200 for _done, total in seen)  # the line ends, counted first

    start = date(2020, 1, 1).toordinal()
    rows = [[date.fromordinal(start + n).isoformat(), "TV1", "3"] for n in range(5000)]
    write_csv(path, VISITS_HEADER[:3], rows)
    stored: list[int] = []

    def stop_after_a_written_batch() -> bool:  # the transaction's own view
        stored.append(_counts(configured)["visits"])
        return stored[-1] > 0

    with pytest.raises(ImportCancelled):
        importing.apply(configured, [path], today=TODAY, is_cancelled=stop_after_a_written_batch)
    assert stored[-1] == importing.WRITE_CHUNK  # rows had been written before the cancel
    assert _counts(configured)["visits"] == 0


def test_reimported_clubs_keep_the_columns_the_second_file_lacks(
    configured: Workspace, tmp_path: Path
) -> None:
    importing.apply(configured, [sample(tmp_path, "clubs")], today=TODAY)
    short = write_csv(
        tmp_path / "clubs-short.csv",
        CLUBS_HEADER[:5],
        [["CLB1", "CLB Văn nghệ Phú Sen", "clb", "the_thao", "NVH1"]],
    )
    assert importing.apply(configured, [short], today=TODAY).counts == {"clubs": 1}
    club = clubs_store.clubs_by_code(configured.db)["CLB1"]
    assert (club.name, club.field) == ("CLB Văn nghệ Phú Sen", "the_thao")  # columns it has
    assert club.leader == "Lê Thị Hoa" and club.founded_on == date(2020, 1, 1)
    assert (club.members, club.members_women, club.members_children, club.members_elderly) == (
        25, 20, 2, 6,
    )  # fmt: skip
    # A column the file has is applied even when its cell is empty.
    emptied = write_csv(
        tmp_path / "clubs-empty.csv",
        [*CLUBS_HEADER[:5], "chu_nhiem", "ngay_thanh_lap"],
        [["CLB1", "CLB Văn nghệ Phú Sen", "clb", "the_thao", "NVH1", "", ""]],
    )
    importing.apply(configured, [emptied], today=TODAY)
    club = clubs_store.clubs_by_code(configured.db)["CLB1"]
    assert (club.leader, club.founded_on, club.members) == ("", None, 25)


def test_reimported_visits_keep_new_cards_and_the_typed_note(
    configured: Workspace, tmp_path: Path
) -> None:
    importing.apply(configured, [sample(tmp_path, "visits")], today=TODAY)
    tv1 = find_facility_by_code(configured.db, "TV1")
    first = date(2026, 3, 1)
    (stored,) = visits_store.visits_between(configured.db, tv1.id, first, first)
    visits_store.upsert_visits(configured.db, [replace(stored, note="Mất điện buổi chiều")])
    header = [name for name in VISITS_HEADER if name != "the_moi"]
    row = ["01/03/2026", "TV1", "30", "8", "4", "0", "1", "13", "0", "35", "0"]
    importing.apply(configured, [write_csv(tmp_path / "v2.csv", header, [row])], today=TODAY)
    (day,) = visits_store.visits_between(configured.db, tv1.id, first, first)
    assert (day.total, day.documents, day.new_cards) == (30, 35, 2)
    assert day.note == "Mất điện buổi chiều"
    # A file with every column replaces the counts and still keeps the note.
    full = [*row[:10], "", "0"]
    path = write_csv(tmp_path / "v3.csv", VISITS_HEADER, [full])
    importing.apply(configured, [path], today=TODAY)
    (day,) = visits_store.visits_between(configured.db, tv1.id, first, first)
    assert (day.total, day.new_cards, day.note) == (30, 0, "Mất điện buổi chiều")


def test_a_kept_value_that_no_longer_fits_is_refused(configured: Workspace, tmp_path: Path) -> None:
    importing.apply(configured, [sample(tmp_path, "visits")], today=TODAY)  # 01/03: 8 children
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], [["01/03/2026", "TV1", "5"]])
    problems = _problems(configured, path)
    assert [(p[1], p[2]) for p in problems] == [(2, "thieu_nhi")]
    assert "above the total (5)" in problems[0][3]


def test_a_reimported_activity_keeps_its_last_day_and_mode(
    configured: Workspace, tmp_path: Path
) -> None:
    importing.apply(configured, [sample(tmp_path, "activities")], today=TODAY)
    header = ["ngay", "ma_thiet_che", "loai", "ten", "tong_nguoi"]
    row = ["01/10/2026", "NVH1", "tuan_le_htsd", "Tuần lễ  học tập suốt đời", "450"]
    importing.apply(configured, [write_csv(tmp_path / "a.csv", header, [row])], today=TODAY)
    nvh1 = find_facility_by_code(configured.db, "NVH1")
    (stored,) = activities_store.list_activities(
        configured.db, ActivityFilter(date(2026, 10, 1), date(2026, 10, 1), nvh1.id)
    )
    assert (stored.participants, stored.end_day, stored.partners) == (
        450, date(2026, 10, 7), "Hội Khuyến học",
    )  # fmt: skip
    assert _counts(configured)["activities"] == 2  # the same activity, updated


def test_a_problem_after_written_batches_leaves_nothing(
    configured: Workspace, tmp_path: Path
) -> None:
    start = date(2016, 1, 1).toordinal()  # after TV1 opened, before today
    rows = [[date.fromordinal(start + n).isoformat(), "TV1", "3"] for n in range(3800)]
    rows[3500][2] = "ba"  # row 3502 as Excel shows it, after a written batch
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    with pytest.raises(ImportRefused) as refused:
        importing.apply(configured, [path], today=TODAY)
    [problem] = refused.value.problems
    assert (problem.row, problem.column) == (3502, "tong_luot")
    assert _counts(configured)["visits"] == 0


def test_very_many_problems_are_counted_and_the_first_ones_kept(
    configured: Workspace, tmp_path: Path
) -> None:
    rows = [["01/03/2026", "TV9", "3"]] * 1500  # no facility TV9
    path = write_csv(tmp_path / "v.csv", VISITS_HEADER[:3], rows)
    with pytest.raises(ImportRefused) as refused:
        importing.apply(configured, [path], today=TODAY)
    assert refused.value.count == 1500 and len(refused.value.problems) == 1000
    assert refused.value.problems[0].row == 2
    assert "1500 problem(s)" in refused.value.message.source()


def test_a_file_with_a_wrong_header_still_shows_its_first_rows(
    configured: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "who.csv"
    path.write_bytes(b"ho_ten,dien_thoai\r\nAn,0905\r\nBinh,0906\r\n")
    [check] = importing.preview(configured, [path], today=TODAY).files
    assert check.layout is None and check.problem_count == 1
    assert check.row_count == 2 and [r.cells for r in check.preview] == [
        ["An", "0905"],
        ["Binh", "0906"],
    ]
