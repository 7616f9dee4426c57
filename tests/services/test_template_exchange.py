"""Sending a template to communes and installing it: checked whole, nothing changed on refusal."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app import resources
from desktop_app.domain.messages import Message, UserError
from desktop_app.domain.template_files import exchange_bytes
from desktop_app.services import setup
from desktop_app.services.plans import template_exchange
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace
from tests.domain.test_template_files import office_template

NOW = datetime.fromisoformat("2026-12-10T09:00:00+07:00")


def province_template(version: int = 2, **changes: Any) -> dict[str, Any]:
    """The merged province's plan for all its communes (no scope list), ``version``."""
    data = office_template()
    del data["scope_communes"]
    data["version"] = version
    data["targets"][0]["by_year"]["2030"] = 65  # was 60 in Phú Yên's plan
    data["deadlines"] = {"year": "12-05"}
    data.update(changes)
    return data


def send(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / f"MauBaoCao_{data['id']}_v{data['version']}.htsd-mau"
    path.write_bytes(exchange_bytes(data))
    return path


def _state(workspace: Workspace) -> tuple[bytes, list[str]]:
    folder = resources.installed_templates_dir(workspace.path)
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []
    return workspace.path.read_bytes(), files


def _texts(value: Message | str) -> str:
    return value.source() if isinstance(value, Message) else value


def test_export_writes_the_file_a_person_recognises(tmp_path: Path) -> None:
    path = template_exchange.export_template("phu-yen-2023", tmp_path / "USB" / "mau")
    assert path.name == "MauBaoCao_phu-yen-2023_v1.htsd-mau"
    sent = template_exchange.check_file(path)
    assert sent.checksum == resources.template("phu-yen-2023").checksum  # type: ignore[union-attr]
    assert json.loads(path.read_text("utf-8"))["version"] == 1


def test_export_of_an_unknown_template_names_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="qd1520"):
        template_exchange.export_template("khong-co", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_install_shows_old_beside_new_then_the_unit_uses_it(
    configured: Workspace, tmp_path: Path
) -> None:
    path = send(tmp_path, province_template())
    plan = template_exchange.plan_install(configured, path)
    assert plan.replaces_in_use and not plan.already
    assert plan.current is not None and plan.current.id == "qd1520"
    changed = {_texts(c.label): (_texts(c.old), _texts(c.new)) for c in plan.changes if c.changed}
    assert changed["Template"] == (
        "qd1520, version 1",
        "dak-lak-2026, version 2, issued by Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
    )
    label = "Target: Thư viện công cộng cấp xã cung cấp dịch vụ phục vụ học tập suốt đời"
    assert changed[label] == ("2025: 40%; 2030: 60%", "2025: 40%; 2030: 65%")
    assert changed["Deadline of the yearly report"] == (
        "15 days after the period ends",  # qd1520: calendar periods, the default
        "before 05/12",
    )
    assert "Deadline of a monthly report" not in changed  # both the calendar default
    assert _state(configured)[1] == []  # planning writes nothing

    written = template_exchange.install(configured, plan)
    assert written == tmp_path / "templates" / "dak-lak-2026.json"
    assert configured.unit().template_id == "dak-lak-2026"  # type: ignore[union-attr]
    assert resources.template("dak-lak-2026").version == 2  # type: ignore[union-attr]


def test_a_second_commune_installs_it_and_its_export_carries_the_version(
    tmp_path: Path,
) -> None:
    """Phường Tuy Hòa (22015, formed from former Phú Yên), on Phú Yên's plan, receives it."""
    second = Workspace.open(tmp_path / "xa2" / "htsd.sqlite3")
    try:
        unit = setup.prepare_unit(
            province_code="66", commune_code="22015", template_id="phu-yen-2023"
        )
        setup.configure_unit(second, unit)
        path = send(tmp_path, province_template())
        template_exchange.install(second, template_exchange.plan_install(second, path))
        result = report_export.export_report(second, "2026-N", tmp_path / "out/", now=NOW)
    finally:
        second.close()
    workbook = openpyxl.load_workbook(result.path)
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    installed = resources.template("dak-lak-2026")
    assert installed is not None
    assert meta["template_id"] == "dak-lak-2026"
    assert meta["template_version"] == "2"
    assert meta["template_checksum"] == installed.checksum
    assert len(meta["template_checksum"]) == 64
    # the form judges against the new plan: 65% for 2030, the next milestone of 2026
    cells = [c for row in workbook["Bieu01"].iter_rows(values_only=True) for c in row if c]
    assert "65% (mốc 2030)" in cells


def test_a_newer_version_replaces_the_one_in_use(configured: Workspace, tmp_path: Path) -> None:
    template_exchange.install(
        configured, template_exchange.plan_install(configured, send(tmp_path, province_template()))
    )
    newer = province_template(3, deadlines={"year": "12-10"})
    plan = template_exchange.plan_install(configured, send(tmp_path, newer))
    assert plan.replaces_in_use and plan.current.version == 2  # type: ignore[union-attr]
    deadline = next(c for c in plan.changes if _texts(c.label) == "Deadline of the yearly report")
    assert (_texts(deadline.old), _texts(deadline.new)) == ("before 05/12", "before 10/12")
    template_exchange.install(configured, plan)
    assert resources.template("dak-lak-2026").version == 3  # type: ignore[union-attr]


def test_the_same_version_again_changes_nothing(configured: Workspace, tmp_path: Path) -> None:
    path = send(tmp_path, province_template())
    template_exchange.install(configured, template_exchange.plan_install(configured, path))
    again = template_exchange.plan_install(configured, path)
    assert again.already and not again.replaces_in_use
    assert not any(c.changed for c in again.changes)


@pytest.mark.parametrize(
    ("second", "reason"),
    [
        (province_template(1), "older than version 2, which is installed already"),
        (
            province_template(2, deadlines={"year": "12-20"}),
            "with other content than the version 2 installed already",
        ),
    ],
    ids=["older", "same version, other content"],
)
def test_an_older_or_changed_version_is_refused_and_nothing_changes(
    configured: Workspace, tmp_path: Path, second: dict[str, Any], reason: str
) -> None:
    template_exchange.install(
        configured, template_exchange.plan_install(configured, send(tmp_path, province_template()))
    )
    before = _state(configured)
    installed = (tmp_path / "templates" / "dak-lak-2026.json").read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(UserError) as caught:
        template_exchange.plan_install(configured, send(other, second))
    assert reason in caught.value.message.source()
    assert _state(configured) == before
    assert (tmp_path / "templates" / "dak-lak-2026.json").read_bytes() == installed


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            province_template(2, id="qd1520"),
            "comes with the program and cannot be replaced",
        ),
        (
            province_template(2, scope_communes=["22015"]),
            "does not govern Xã Hòa Phú (24175)",
        ),
        (province_template(2, province_codes=["24"]), "does not govern"),
    ],
    ids=["a shipped id", "another commune's scope", "another province"],
)
def test_a_file_not_for_this_commune_is_refused(
    configured: Workspace, tmp_path: Path, data: dict[str, Any], reason: str
) -> None:
    before = _state(configured)
    with pytest.raises(UserError) as caught:
        template_exchange.plan_install(configured, send(tmp_path, data))
    assert reason in caught.value.message.source()
    assert _state(configured) == before
    assert configured.unit().template_id == "qd1520"  # type: ignore[union-attr]


def test_a_failed_setting_puts_the_folder_back(
    configured: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = template_exchange.plan_install(configured, send(tmp_path, province_template()))

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise UserError(Message("Errors", "The disk is full."))

    monkeypatch.setattr(setup, "configure_unit", full_disk)
    with pytest.raises(UserError):
        template_exchange.install(configured, plan)
    assert list((tmp_path / "templates").iterdir()) == []
    assert configured.unit().template_id == "qd1520"  # type: ignore[union-attr]


def test_a_device_or_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a regular file"):
        template_exchange.check_file(Path("/dev/zero"))
    huge = tmp_path / "MauBaoCao_x_v1.htsd-mau"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: 50 MB that are never read
    with pytest.raises(UserError, match="51200 kB, too large"):
        template_exchange.check_file(huge)
    with pytest.raises(UserError, match="does not exist"):
        template_exchange.check_file(tmp_path / "none.htsd-mau")


def test_an_office_database_installs_without_a_unit_to_switch(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A database not set up for a commune (an office's) only gets the file."""
    plan = template_exchange.plan_install(workspace, send(tmp_path, province_template()))
    assert plan.unit is None and plan.current is None and not plan.replaces_in_use
    first = plan.changes[0]
    assert first.changed and _texts(first.old) == "(none)"
    template_exchange.install(workspace, plan)
    assert resources.template("dak-lak-2026").version == 2  # type: ignore[union-attr]
    assert workspace.unit() is None
    again = template_exchange.plan_install(workspace, send(tmp_path, province_template()))
    assert again.already
