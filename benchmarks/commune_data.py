"""Build a benchmark commune database through the program's own services.

Today the schema holds the unit, facilities and their dated profiles, so "ten
years of data" is six facilities with a profile revised every year. The daily
log tables join this builder when they join the schema.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.services import facilities, setup
from desktop_app.services.workspace import Workspace

FACILITIES = (
    ("TV1", "TV_XA", "Thư viện xã Hòa Phú"),
    ("PD1", "PD_THON", "Phòng đọc thôn Phú Sen"),
    ("PD2", "PD_THON", "Tủ sách thôn Phú Lộc"),
    ("VH1", "TTVH_XA", "Trung tâm văn hóa - thể thao xã Hòa Phú"),
    ("VH2", "NVH_THON", "Nhà văn hóa thôn Phú Sen"),
    ("HT1", "TTHTCD", "Trung tâm học tập cộng đồng xã Hòa Phú"),
)


def build_commune(path: Path, years: int = 10, last_year: int = 2026) -> Path:
    """Create ``path`` (replacing it) with a set-up commune and ``years`` of profiles."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    workspace = Workspace.open(path)
    try:
        setup.configure_unit(
            workspace,
            setup.prepare_unit(
                province_code="66",
                commune_code="24175",
                preparer_name="Nguyễn Thị Lan",
                head_name="Trần Văn Minh",
            ),
        )
        today = date(last_year, 12, 31)
        first_year = last_year - years + 1
        for index, (code, type_code, name) in enumerate(FACILITIES):
            added = facilities.add_facility(
                workspace,
                Facility(code, type_code, name, opened_on=date(first_year, 1, 1)),
                today,
            )
            for year in range(first_year, last_year + 1):
                grown = year - first_year
                facilities.save_profile(
                    workspace,
                    added.id,
                    FacilityProfile(
                        effective_from=date(year, 1, 1),
                        area_m2=60.0 + 10 * index,
                        seats=20 + index,
                        computers=1 + grown // 3,
                        computers_internet=grown // 3,
                        books=1500 + 180 * grown + 50 * index,
                        library_software=grown > 4,
                        web_presence=grown > 6,
                    ),
                    today,
                )
    finally:
        workspace.close()
    return path
