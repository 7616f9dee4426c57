"""The office's plans: who may write them, versions never rewritten, a former province's scope."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.template_files import exchange_bytes
from desktop_app.services import setup
from desktop_app.services.plans import template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.storage import settings_store
from tests.conftest import OFFICE_NAME
from tests.domain.test_template_files import office_template

NOW = datetime.fromisoformat("2026-12-10T09:00:00+07:00")


def _files(workspace: Workspace) -> list[str]:
    folder = resources.installed_templates_dir(workspace.path)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_commune_database_writes_no_template(configured: Workspace) -> None:
    assert not template_plans.is_office(configured)
    with pytest.raises(UserError, match="commune's"):
        template_plans.create_from(configured, "phu-yen-2023", "dak-lak-2026", NOW)
    assert _files(configured) == []


def test_a_database_from_before_without_a_commune_is_still_an_office(
    workspace: Workspace,
) -> None:
    assert setup.database_role(workspace) is None  # neither set up nor a commune's
    assert template_plans.is_office(workspace)
    made = template_plans.create_from(workspace, "qd1520", "tinh-moi-2026", NOW)
    assert (made.version, made.issuer, made.issued_at) == (1, "", NOW.astimezone().isoformat())
    again = template_plans.save_version(
        workspace, template_plans.template_data("tinh-moi-2026"), NOW
    )
    assert again.version == 2 and again.targets == made.targets
    assert _files(workspace) == ["tinh-moi-2026_v1.json", "tinh-moi-2026_v2.json"]


def test_an_older_files_single_deadline_is_kept_as_the_years(workspace: Workspace) -> None:
    data = office_template()
    data.pop("deadlines")
    data["deadline"] = "11-30"
    folder = resources.installed_templates_dir(workspace.path)
    folder.mkdir()
    (folder / "dak-lak-2026.json").write_bytes(exchange_bytes(data))
    made = template_plans.save_version(workspace, template_plans.template_data("dak-lak-2026"), NOW)
    assert made.version == 3 and made.deadlines == {"year": "11-30"}


def test_the_communes_of_a_former_province_as_the_shipped_scopes() -> None:
    codes = template_plans.former_province_communes("66", "54")  # former Phú Yên
    assert set(codes) == setup.require_template("phu-yen-2023").scope_communes
    assert len(template_plans.former_province_communes("24", "24")) == 58  # former Bắc Giang
    for former in ("99", "24", ""):  # none, or Bắc Giang, which did not go into Đắk Lắk
        with pytest.raises(UserError, match="went into province 66"):
            template_plans.former_province_communes("66", former)


def test_the_office_is_set_up_as_such_and_issues_under_its_name(office: Workspace) -> None:
    assert setup.database_role(office) == setup.OFFICE and setup.is_set_up(office)
    assert template_plans.is_office(office) and office.unit() is None
    assert setup.office_province(office) == "66"
    made = template_plans.create_from(office, "phu-yen-2023", "dak-lak-2026", NOW)
    assert made.issuer == OFFICE_NAME


def test_a_commune_database_never_becomes_the_office(configured: Workspace) -> None:
    with pytest.raises(UserError, match=r"Xã Hòa Phú \(24175\), a commune"):
        setup.configure_office(configured, "66")
    assert settings_store.read_value(configured.db, setup.ROLE_KEY) is None
    assert setup.database_role(configured) == setup.COMMUNE


def test_a_forged_role_in_a_commune_database_is_refused(configured: Workspace) -> None:
    settings_store.write_values(configured.db, {setup.ROLE_KEY: setup.OFFICE})  # by hand
    assert not template_plans.is_office(configured)
    assert template_plans.forged_role(configured)
    with pytest.raises(UserError, match="this database is a commune's"):
        template_plans.create_from(configured, "phu-yen-2023", "dak-lak-2026", NOW)
    assert _files(configured) == []


def test_the_offices_database_takes_no_commune(office: Workspace) -> None:
    unit = setup.prepare_unit(province_code="66", commune_code="24175")
    with pytest.raises(UserError, match="set up for the office"):
        setup.configure_unit(office, unit)
    assert office.unit() is None and template_plans.is_office(office)


def test_a_released_commune_database_upgraded_stays_a_commune(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema-2.sqlite3", copy)
    upgraded = Workspace.open(copy)
    try:
        assert setup.database_role(upgraded) == setup.COMMUNE and setup.is_set_up(upgraded)
        assert not template_plans.is_office(upgraded) and not template_plans.forged_role(upgraded)
    finally:
        upgraded.close()


def test_an_unknown_province_or_an_overlong_name_sets_nothing(workspace: Workspace) -> None:
    for province, name, words in (("99", "", "no province"), ("66", "x" * 201, "200")):
        with pytest.raises(UserError, match=words):
            setup.configure_office(workspace, province, name)
    assert not setup.is_set_up(workspace)
