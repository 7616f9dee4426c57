import pytest

from desktop_app.domain.divisions import (
    communes_of,
    default_receiving_office,
    find_commune,
    find_province,
    normalise_division_code,
    provinces,
    resolve_commune,
)
from desktop_app.domain.messages import UserError
from desktop_app.domain.text import search_key


def test_the_official_list_has_34_provinces_and_3321_communes() -> None:
    assert len(provinces()) == 34
    assert sum(len(communes_of(p.code)) for p in provinces()) == 3321
    assert all(len(p.code) == 2 for p in provinces())


def test_codes_keep_leading_zeros() -> None:
    hanoi = find_province("01")
    assert hanoi is not None and hanoi.full_name == "Thành phố Hà Nội"
    ba_dinh = find_commune("00004")
    assert ba_dinh is not None and ba_dinh.name == "Phường Ba Đình"
    assert normalise_division_code("4", 5, "commune") == "00004"
    assert resolve_commune("1", "4")[1].code == "00004"


def test_names_have_single_spaces() -> None:
    names = [c.name for p in provinces() for c in communes_of(p.code)]
    assert not [n for n in names if "  " in n]
    assert "Xã Bắc Đông Quan" in names


def test_merged_provinces_of_the_two_plans() -> None:
    assert find_province("66").full_name == "Tỉnh Đắk Lắk"
    assert find_province("24").full_name == "Tỉnh Bắc Ninh"
    assert find_commune("24175").name == "Xã Hòa Phú"


@pytest.mark.parametrize(
    ("province", "commune", "field"),
    [
        ("99", "24175", "province"),
        ("66", "99999", "commune"),
        ("24", "24175", "commune"),
        ("6x", "24175", "province"),
        ("66", "241750", "commune"),
        ("66", "", "commune"),
    ],
)
def test_refuses_unknown_or_foreign_communes(province: str, commune: str, field: str) -> None:
    with pytest.raises(UserError) as caught:
        resolve_commune(province, commune)
    assert caught.value.field_name == field


def test_foreign_commune_message_names_its_real_province() -> None:
    with pytest.raises(UserError) as caught:
        resolve_commune("24", "24175")
    assert "belongs to tỉnh Đắk Lắk, not to tỉnh Bắc Ninh" in caught.value.message.source()


def test_search_key_ignores_accents_and_case() -> None:
    assert search_key("Xã  Hòa Phú") == "xa hoa phu"
    assert search_key("Đắk Lắk") == "dak lak"


def test_default_receiving_office() -> None:
    assert (
        default_receiving_office(find_province("66"))
        == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    )
    assert default_receiving_office(find_province("01")).endswith("thành phố Hà Nội")


def test_the_data_file_read_matches_the_packages_own_api() -> None:
    from vietnam_provinces import Province as VnProvince
    from vietnam_provinces import Ward

    official_provinces = {
        f"{int(p.code):02d}": " ".join(p.name.split()) for p in VnProvince.iter_all()
    }
    assert {p.code: p.name for p in provinces()} == official_provinces
    official = {
        f"{int(w.code):05d}": (" ".join(w.name.split()), f"{int(w.province_code):02d}")
        for w in Ward.iter_all()
    }
    ours = {c.code: (c.name, c.province_code) for p in provinces() for c in communes_of(p.code)}
    assert ours == official


def test_frozen_build_reads_the_data_file_from_the_bundle(monkeypatch, tmp_path) -> None:
    from desktop_app.domain import divisions

    monkeypatch.setattr(divisions.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(divisions.sys, "_MEIPASS", str(tmp_path), raising=False)
    expected = tmp_path / "vietnam_provinces" / "data" / "nested-divisions.json"
    assert divisions._nested_divisions_file() == expected


def test_source_run_prefers_the_installed_package(monkeypatch, tmp_path) -> None:
    from desktop_app.domain import divisions

    monkeypatch.setattr(divisions.sys, "_MEIPASS", str(tmp_path), raising=False)
    found = divisions._nested_divisions_file()
    assert found.is_file()
    assert not found.is_relative_to(tmp_path)


def test_missing_package_outside_a_frozen_build_is_an_error(monkeypatch) -> None:
    from desktop_app.domain import divisions

    monkeypatch.setattr(divisions.importlib.util, "find_spec", lambda name: None)
    monkeypatch.delattr(divisions.sys, "_MEIPASS", raising=False)
    with pytest.raises(ModuleNotFoundError):
        divisions._nested_divisions_file()
