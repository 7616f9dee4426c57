"""Sample import files of the six layouts (domain.md §9), written as CSV or XLSX."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop_app.domain.facility import Facility
from desktop_app.services import facilities
from desktop_app.services.workspace import Workspace
from tests.conftest import TODAY

Rows = Sequence[Sequence[object]]

VISITS_HEADER = [
    "ngay", "ma_thiet_che", "tong_luot", "thieu_nhi", "cao_tuoi", "khuyet_tat",
    "dan_toc_thieu_so", "nu", "luu_dong", "luot_tai_lieu", "the_moi", "uoc_tinh",
]  # fmt: skip
VISITS_ROWS = [
    ["01/03/2026", "TV1", "25", "8", "4", "0", "1", "13", "0", "30", "2", "0"],
    ["2026-03-02", "tv1", "18", "5", "", "", "", "9", "", "20", "", ""],
    ["02/03/2026", "NVH1", "40", "", "", "", "", "", "", "", "", "1"],
]
ACTIVITIES_HEADER = [
    "ngay", "den_ngay", "ma_thiet_che", "loai", "ten", "doi_tac", "hinh_thuc",
    "hoc_tap_suot_doi", "tong_nguoi", "thieu_nhi", "cao_tuoi", "nu",
]  # fmt: skip
ACTIVITIES_ROWS = [
    ["21/04/2026", "", "TV1", "ngay_sach", "Ngày Sách và Văn hóa đọc 2026", "Trường TH",
     "tai_cho", "1", "300", "150", "20", "160"],
    ["01/10/2026", "07/10/2026", "NVH1", "tuan_le_htsd", "Tuần lễ học tập suốt đời",
     "Hội Khuyến học", "", "1", "400", "100", "80", "200"],
]  # fmt: skip
CLUBS_HEADER = [
    "ma_clb", "ten", "hinh_thuc", "linh_vuc", "ma_thiet_che", "ngay_thanh_lap", "ngay_giai_the",
    "chu_nhiem", "thanh_vien", "thanh_vien_nu", "thanh_vien_thieu_nhi", "thanh_vien_cao_tuoi",
]  # fmt: skip
CLUBS_ROWS = [
    ["CLB1", "CLB Văn nghệ thôn Phú Sen", "clb", "van_nghe", "NVH1", "01/01/2020", "",
     "Lê Thị Hoa", "25", "20", "2", "6"],
    ["clb2", "Lớp vẽ thiếu nhi", "lop_nang_khieu", "van_nghe", "TV1", "", "", "", "12", "6",
     "12", "0"],
]  # fmt: skip
SESSIONS_HEADER = ["ma_clb", "ngay", "noi_dung", "so_nguoi"]
SESSIONS_ROWS = [
    ["CLB1", "06/03/2026", "Tập hát dân ca", "18"],
    ["CLB2", "07/03/2026", "", "10"],
]
DIGITAL_HEADER = ["ngay", "ma_thiet_che", "loai", "so_luong", "so_nguoi"]
DIGITAL_ROWS = [
    ["01/03/2026", "TV1", "may_tinh", "7", ""],
    ["10/03/2026", "TV1", "ky_nang_so", "1", "15"],
]
MUSEUM_HEADER = ["ngay", "ma_thiet_che", "khach", "khach_hoc_tap", "so_hoa", "suu_tam", "trung_bay"]
MUSEUM_ROWS = [["01/03/2026", "BT1", "40", "25", "5", "1", "0"]]

SAMPLES: dict[str, tuple[list[str], list[list[str]]]] = {
    "visits": (VISITS_HEADER, VISITS_ROWS),
    "activities": (ACTIVITIES_HEADER, ACTIVITIES_ROWS),
    "clubs": (CLUBS_HEADER, CLUBS_ROWS),
    "sessions": (SESSIONS_HEADER, SESSIONS_ROWS),
    "digital": (DIGITAL_HEADER, DIGITAL_ROWS),
    "museum": (MUSEUM_HEADER, MUSEUM_ROWS),
}


def _quote(cell: object, sep: str) -> str:
    text = str(cell)
    if sep in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(
    path: Path, header: Sequence[str], rows: Rows, *, sep: str = ",", bom: bool = False
) -> Path:
    """Write a CSV as Excel does (CRLF line ends), UTF-8 with or without BOM."""
    lines = [sep.join(_quote(c, sep) for c in line) for line in [header, *rows]]
    path.write_bytes(("\ufeff" if bom else "").encode() + "\r\n".join(lines).encode() + b"\r\n")
    return path


def write_xlsx(path: Path, header: Sequence[str], rows: Rows) -> Path:
    """Write the first sheet of an XLSX with openpyxl (numbers and dates as Excel types)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.create_sheet("Ghi chú").append(["this second sheet is ignored"])
    workbook.save(path)
    return path


def sample(folder: Path, key: str, *, kind: str = "csv", **options: object) -> Path:
    """The sample file of layout ``key`` in ``folder``."""
    header, rows = SAMPLES[key]
    path = folder / f"{key}.{kind}"
    if kind == "xlsx":
        return write_xlsx(path, header, rows)
    return write_csv(path, header, rows, **options)  # type: ignore[arg-type]


def add_museum(workspace: Workspace) -> Facility:
    """A museum-type room BT1 (the museum layout needs one)."""
    return facilities.add_facility(
        workspace,
        Facility("BT1", "BT", "Phòng trưng bày truyền thống", opened_on=date(2018, 1, 1)),
        TODAY,
    )
