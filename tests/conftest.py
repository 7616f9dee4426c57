"""Every test runs offscreen, with its own data folder, and never touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app import resources
from desktop_app.domain.facility import Facility, FacilityProfile
from desktop_app.services import facilities, setup
from desktop_app.services.workspace import Workspace

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the program's data folder at a fresh temporary folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("HTSD_DATA_DIR", str(folder))
    # no templates installed beside another test's database
    monkeypatch.setattr(resources, "_database_folder", None)
    return folder


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """An empty, not yet set-up database."""
    ws = Workspace.open(tmp_path / "commune.sqlite3")
    yield ws
    ws.close()


@pytest.fixture
def configured(workspace: Workspace) -> Workspace:
    """Xã Hòa Phú (66-24175), Phú Yên template, with two facilities."""
    unit = setup.prepare_unit(
        province_code="66",
        commune_code="24175",
        preparer_name="Nguyễn Thị Lan",
        head_name="Trần Văn Minh",
    )
    setup.configure_unit(workspace, unit)
    facilities.add_facility(
        workspace,
        Facility(
            code="TV1", type_code="TV_XA", name="Thư viện xã Hòa Phú", opened_on=date(2015, 3, 1)
        ),
        TODAY,
        FacilityProfile(
            effective_from=date(2015, 3, 1), computers=4, computers_internet=2, books=3200
        ),
    )
    facilities.add_facility(
        workspace,
        Facility(code="NVH1", type_code="NVH_THON", name="Nhà văn hóa thôn Phú Sen"),
        TODAY,
    )
    return workspace


OFFICE_NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"


@pytest.fixture
def office(workspace: Workspace) -> Workspace:
    """The culture office of Đắk Lắk (66): set up for the office, no commune."""
    setup.configure_office(workspace, "66")
    return workspace
