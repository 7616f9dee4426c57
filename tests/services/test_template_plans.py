"""The office's plans: who may write them, versions never rewritten, a former province's scope."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.template_files import exchange_bytes
from desktop_app.services import setup
from desktop_app.services.plans import template_plans
from desktop_app.services.workspace import Workspace
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


def test_a_database_without_a_commune_is_an_office(workspace: Workspace) -> None:
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


def test_setting_the_role_is_stored(configured: Workspace) -> None:
    template_plans.set_office(configured, True)
    assert template_plans.is_office(configured)
    template_plans.set_office(configured, False)
    assert not template_plans.is_office(configured)
