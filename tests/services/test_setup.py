import pytest

from desktop_app.domain.messages import UserError
from desktop_app.services import setup
from desktop_app.services.workspace import Workspace


def test_prepare_fills_name_office_and_the_national_template() -> None:
    unit = setup.prepare_unit(province_code="66", commune_code="24175")
    assert unit.unit_name == "Xã Hòa Phú"
    assert unit.template_id == "qd1520"
    assert unit.receiving_office == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    chosen = setup.prepare_unit(
        province_code="24", commune_code=_a_commune_of("24"), template_id="bac-giang-74-2023"
    )
    assert chosen.template_id == "bac-giang-74-2023"


def test_templates_are_offered_default_first_then_the_provinces_own() -> None:
    assert setup.templates_for("66") == ["qd1520", "phu-yen-2023", "bac-giang-74-2023"]
    assert setup.templates_for("24") == ["qd1520", "bac-giang-74-2023", "phu-yen-2023"]
    assert setup.templates_for("01")[0] == "qd1520"
    # a commune in a plan's scope is offered that plan first
    assert setup.templates_for("66", "22045")[:2] == ["phu-yen-2023", "qd1520"]
    assert setup.templates_for("66", "24175")[0] == "qd1520"


@pytest.mark.parametrize(
    ("province", "commune", "proposed"),
    [
        ("66", "22045", "phu-yen-2023"),  # Phường Bình Kiến, former Phú Yên
        ("66", "24175", "qd1520"),  # Xã Hòa Phú, former Đắk Lắk
        ("24", "07210", "bac-giang-74-2023"),  # Phường Bắc Giang
        ("24", "09187", "qd1520"),  # Phường Kinh Bắc, former Bắc Ninh
        ("01", "00004", "qd1520"),
    ],
)
def test_the_plan_governing_the_commune_is_proposed(
    province: str, commune: str, proposed: str
) -> None:
    assert setup.proposed_template(province, commune) == proposed
    template = setup.require_template(proposed)
    assert setup.scope_warning(template, province, commune) is None


def test_an_out_of_scope_commune_is_warned() -> None:
    phu_yen = setup.require_template("phu-yen-2023")
    found = setup.scope_warning(phu_yen, "66", "24175")
    assert found is not None and "Xã Hòa Phú (24175)" in found.source()
    assert setup.scope_warning(setup.require_template("bac-giang-74-2023"), "66", "22045")


def test_the_scopes_are_the_former_provinces_communes_on_the_official_list() -> None:
    """Generated once by the former province's code range (domain.md §8)."""
    from desktop_app.domain.divisions import communes_of

    phu_yen = setup.require_template("phu-yen-2023").scope_communes
    former_phu_yen = {c.code for c in communes_of("66") if c.code.startswith("22")}
    assert phu_yen == former_phu_yen and len(phu_yen) == 34  # not the 68 of former Đắk Lắk
    bac_giang = setup.require_template("bac-giang-74-2023").scope_communes
    former_bac_giang = {c.code for c in communes_of("24") if c.code.startswith("07")}
    assert bac_giang == former_bac_giang and len(bac_giang) == 58
    assert setup.require_template("qd1520").scope_communes is None


def test_configure_keeps_the_named_fields(workspace: Workspace) -> None:
    first = setup.prepare_unit(province_code="66", commune_code="24175", preparer_name="Lan")
    setup.configure_unit(workspace, first)
    again = setup.prepare_unit(province_code="66", commune_code="24175", head_name="Minh")
    stored = setup.configure_unit(workspace, again, keep={"preparer_name"})
    assert (stored.preparer_name, stored.head_name) == ("Lan", "Minh")


def _a_commune_of(province: str) -> str:
    from desktop_app.domain.divisions import communes_of

    return communes_of(province)[0].code


def test_prepare_refuses_unknown_template() -> None:
    with pytest.raises(UserError) as caught:
        setup.prepare_unit(province_code="66", commune_code="24175", template_id="hanoi-2030")
    assert caught.value.field_name == "template_id"


def test_configure_stores_and_refuses_another_commune(workspace: Workspace) -> None:
    unit = setup.prepare_unit(province_code="66", commune_code="24175", head_name="Trần Văn Minh")
    setup.configure_unit(workspace, unit)
    assert workspace.unit() == unit
    other = setup.prepare_unit(province_code="01", commune_code="00004")
    with pytest.raises(UserError) as caught:
        setup.configure_unit(workspace, other)
    assert "Xã Hòa Phú" in caught.value.message.source()
    assert workspace.unit() == unit


def test_update_report_settings_keeps_the_commune(configured: Workspace) -> None:
    unit = setup.update_report_settings(
        configured,
        unit_name="Thư viện xã Hòa Phú",
        preparer_name="Lê Thị Hoa",
        head_name="Trần Văn Minh",
        receiving_office="Thư viện tỉnh Đắk Lắk",
        template_id="qd1520",
    )
    assert configured.unit() == unit
    assert unit.commune_code == "24175"
    with pytest.raises(UserError):
        setup.update_report_settings(
            configured,
            unit_name="",
            preparer_name="",
            head_name="",
            receiving_office="",
            template_id="qd1520",
        )
    assert configured.unit() == unit
