"""The province office's database is backed up, kept and restored like a commune's, and its
backups hold the plans it issued."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.i18n import render
from desktop_app.services import setup
from desktop_app.services.backup import backup
from desktop_app.services.backup.backup_restore import describe_unit, plan_restore, restore
from desktop_app.services.plans import template_plans
from desktop_app.services.workspace import Workspace
from desktop_app.storage import backup_store
from desktop_app.storage.backup_store import backups_dir
from tests.services.test_backup_restore import make_commune

NOW = datetime(2026, 11, 22, 8, 15, tzinfo=timezone(timedelta(hours=7)))
OFFICE_NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"


def make_office(path: Path, province: str = "66", name: str = OFFICE_NAME) -> Path:
    ws = Workspace.open(path)
    try:
        setup.configure_office(ws, province, name)
    finally:
        ws.close()
    return path


def office_name(path: Path) -> str:
    ws = Workspace.open(path, create=False)
    try:
        return setup.office_name(ws)
    finally:
        ws.close()


def rename_office(path: Path, name: str) -> None:
    ws = Workspace.open(path, create=False)
    try:
        setup.configure_office(ws, "66", name)
    finally:
        ws.close()


def test_the_office_gets_its_daily_and_closing_backups(office: Workspace) -> None:
    daily = backup.backup_if_due(office, NOW)
    assert daily is not None and daily.parent == office.path.parent / "backups"
    local = NOW.astimezone().strftime("%Y-%m-%d-%H%M")
    assert daily.name == f"{office.path.stem}-{local}-daily.sqlite3"  # named like a commune's
    assert backup.backup_if_due(office, NOW + timedelta(hours=3)) is None  # once a day
    assert backup.backup_on_exit(office, NOW + timedelta(hours=4)) is None  # nothing changed
    setup.configure_office(office, "66", "Thư viện tỉnh Đắk Lắk")
    closing = backup.backup_on_exit(office, NOW + timedelta(hours=5))
    assert closing is not None and closing.name.endswith("-exit.sqlite3")
    facts = backup_store.read_facts(closing)
    assert facts.problem is None and facts.unit.office
    assert facts.unit.unit_name == "Thư viện tỉnh Đắk Lắk" and facts.unit.province_code == "66"
    assert backup.days_since_last_backup(office, NOW + timedelta(days=2)) == 2


def test_the_office_keeps_14_daily_and_12_monthly_like_a_commune(office: Workspace) -> None:
    start = NOW - timedelta(days=400)
    for day in range(401):
        backup.backup_if_due(office, start + timedelta(days=day))
    kept = backup.list_backups(office.path)
    assert len(kept) == 14 + 12
    assert all(info.kind == "daily" and info.usable for info in kept)


def test_the_office_restores_its_backup(tmp_path: Path) -> None:
    db = make_office(tmp_path / "so-vhttdl.sqlite3")
    ws = Workspace.open(db, create=False)
    try:
        taken = backup.take_backup(ws, "daily", NOW)
    finally:
        ws.close()
    rename_office(db, "Tên đổi sau khi sao lưu")
    plan = plan_restore(db, taken)
    assert plan.same_unit  # the same office: no second confirmation
    result = restore(db, taken, NOW + timedelta(hours=1))
    assert office_name(db) == OFFICE_NAME
    assert result.safety_copy is not None and office_name(result.safety_copy) == (
        "Tên đổi sau khi sao lưu"
    )
    ws = Workspace.open(db, create=False)
    try:
        assert setup.database_role(ws) == setup.OFFICE and ws.unit() is None
    finally:
        ws.close()


@pytest.mark.parametrize("direction", ["commune onto office", "office onto commune"])
def test_a_commune_backup_and_the_office_database_are_not_mixed_up_unconfirmed(
    tmp_path: Path, direction: str
) -> None:
    office_db = make_office(tmp_path / "office" / "so.sqlite3")
    commune_db = make_commune(tmp_path / "commune" / "xa.sqlite3")
    target, source = (
        (office_db, commune_db) if direction == "commune onto office" else (commune_db, office_db)
    )
    before = target.read_bytes()
    plan = plan_restore(target, source)
    assert not plan.same_unit
    with pytest.raises(UserError) as refused:
        restore(target, source, NOW)
    words = render(refused.value.message)  # in the language installed, like the parts below
    assert "--yes" in words and "Nothing was changed" in refused.value.message.text
    office_facts = backup_store.read_facts(office_db).unit
    assert "province's office" in describe_unit(office_facts).text
    office_words = render(describe_unit(office_facts))
    commune_words = render(describe_unit(backup_store.read_facts(commune_db).unit))
    assert OFFICE_NAME in office_words
    assert "24175" in commune_words
    assert office_words in words and commune_words in words  # both named
    assert target.read_bytes() == before
    assert not backups_dir(target).exists()
    restore(target, source, NOW, other_unit=True)  # confirmed
    assert backup_store.read_facts(target).unit.office == (direction == "office onto commune")


def test_offices_of_two_provinces_are_two_units(tmp_path: Path) -> None:
    dak_lak = make_office(tmp_path / "a" / "so.sqlite3")
    bac_ninh = make_office(tmp_path / "b" / "so.sqlite3", "24", "Sở VHTTDL tỉnh Bắc Ninh")
    assert not plan_restore(dak_lak, bac_ninh).same_unit
    assert plan_restore(dak_lak, make_office(tmp_path / "c" / "so.sqlite3")).same_unit


# --- the office's plans travel inside its backups -------------------------------------------


def _issue_two_versions(db: Path) -> list[Path]:
    ws = Workspace.open(db, create=False)
    try:
        template_plans.create_from(ws, "phu-yen-2023", "dak-lak-2026", NOW)
        data = template_plans.template_data("dak-lak-2026")
        template_plans.save_version(ws, {**data, "name": "Kế hoạch 2026, sửa đổi"}, NOW)
    finally:
        ws.close()
    return sorted(resources.installed_templates_dir(db).glob("*.json"))


def test_a_lost_pc_gets_the_offices_plans_back_from_its_usb_copy(tmp_path: Path) -> None:
    db = make_office(tmp_path / "pc" / "so-vhttdl.sqlite3")
    issued = _issue_two_versions(db)
    assert [p.name for p in issued] == ["dak-lak-2026_v1.json", "dak-lak-2026_v2.json"]
    originals = {p.name: p.read_bytes() for p in issued}
    usb = tmp_path / "usb"
    usb.mkdir()
    ws = Workspace.open(db, create=False)
    try:
        copy = backup.copy_to_folder(ws, usb, NOW)
    finally:
        ws.close()

    new_pc = tmp_path / "new-pc" / "so-vhttdl.sqlite3"  # the old disk is gone
    new_pc.parent.mkdir()
    result = restore(new_pc, copy, NOW + timedelta(days=1))
    folder = resources.installed_templates_dir(new_pc)
    assert [p.name for p in result.templates_put_back] == list(originals)
    assert {p.name: p.read_bytes() for p in folder.glob("*.json")} == originals
    ws = Workspace.open(new_pc, create=False)
    try:
        current = template_plans.office_template(ws)
        assert current is not None and (current.id, current.version) == ("dak-lak-2026", 2)
        assert current.name == "Kế hoạch 2026, sửa đổi"
    finally:
        ws.close()


def test_files_issued_before_are_kept_at_the_next_backup_and_none_is_rewritten(
    tmp_path: Path,
) -> None:
    db = make_office(tmp_path / "so.sqlite3")
    issued = _issue_two_versions(db)
    ws = Workspace.open(db, create=False)
    try:  # as on a database from before: the files are there, the database keeps none
        ws.db.execute("DELETE FROM settings WHERE key LIKE 'template_file/%'")
        taken = backup.backup_on_exit(ws, NOW)  # nothing else changed: the files are a change
    finally:
        ws.close()
    assert taken is not None
    issued[0].unlink()  # one version lost since
    changed = b'{"hand-edited": true}'
    issued[1].write_bytes(changed)
    result = restore(db, taken, NOW + timedelta(hours=1))
    assert result.templates_put_back == (issued[0],)  # the lost one comes back
    assert issued[1].read_bytes() == changed  # a file there is never rewritten


def test_a_commune_backup_puts_no_template_back(tmp_path: Path) -> None:
    commune = make_commune(tmp_path / "xa.sqlite3")
    ws = Workspace.open(commune, create=False)
    try:
        taken = backup.take_backup(ws, "daily", NOW)
    finally:
        ws.close()
    assert restore(commune, taken, NOW).templates_put_back == ()
    assert not resources.installed_templates_dir(commune).exists()


def test_check_counts_the_offices_database_as_set_up(tmp_path: Path) -> None:
    from desktop_app.services.database_check import check_database

    db = make_office(tmp_path / "so.sqlite3")
    result = check_database(db)
    assert result.integrity.ok and result.configured
