import json

import pytest

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.templates import parse_template


def test_the_three_shipped_templates_load_with_the_targets_of_section_5() -> None:
    templates = resources.templates()
    assert set(templates) == {"qd1520", "phu-yen-2023", "bac-giang-74-2023"}
    phu_yen = {t.id: t for t in templates["phu-yen-2023"].targets}
    assert phu_yen["lll_libraries"].by_year == {2025: 40.0, 2030: 60.0}
    assert phu_yen["it_libraries"].by_year == {2025: 20.0, 2030: 30.0}
    assert phu_yen["culture_houses_active"].numerator == "VH02"
    assert templates["phu-yen-2023"].province_codes == ("66",)
    assert templates["phu-yen-2023"].deadline == (12, 1)
    assert templates["phu-yen-2023"].deadlines == {"year": "12-01"}
    bac_giang = {t.id: t for t in templates["bac-giang-74-2023"].targets}
    assert bac_giang["it_libraries"].by_year == {2025: 15.0, 2030: 30.0}
    assert bac_giang["visit_growth"].by_year[2025] == 8.0
    assert templates["qd1520"].deadline is None and templates["qd1520"].deadlines == {}
    assert templates["bac-giang-74-2023"].deadlines == {}  # its text names no date


def _valid() -> dict:
    return json.loads((resources.resources_dir() / "templates" / "qd1520.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("name"), "name"),
        (lambda d: d.update(id="Bad Id"), "id"),
        (lambda d: d.update(period_convention="lunar"), "period_convention"),
        (lambda d: d.update(deadline="15/12"), "deadline"),
        (lambda d: d.update(deadlines={"year": "15/12"}), "deadlines.year"),
        (lambda d: d.update(deadlines={"week": "+3"}), "deadlines.week"),
        (lambda d: d.update(deadlines={"month": "32"}), "deadlines.month"),
        (lambda d: d.update(province_codes=[66]), "province_codes"),
        (lambda d: d["targets"][0].update(kind="share", denominator=None), "targets[0].kind"),
        (lambda d: d["targets"][1].pop("label"), "targets[1].label"),
        (lambda d: d.update(rules={"x": "half"}), "rules"),
        (lambda d: d.update(charts=["pie_of_everything"]), "charts"),
        (lambda d: d.update(charts="visits_by_month"), "charts"),
    ],
)
def test_a_malformed_template_names_file_and_field(mutate, field: str) -> None:
    data = _valid()
    mutate(data)
    with pytest.raises(UserError) as caught:
        parse_template(json.dumps(data).encode(), "mine.json")
    text = caught.value.message.source()
    assert "mine.json" in text
    assert field in text


def test_charts_are_what_the_template_asks_for() -> None:
    templates = resources.templates()
    for template in templates.values():  # the shipped plans ask for all three
        assert template.charts == ("visits_by_month", "activities_by_month", "visits_by_unit")
    data = _valid()
    data.pop("charts")  # an older or hand-made template: the consolidated chart only
    assert parse_template(json.dumps(data).encode(), "old.json").charts == ("visits_by_unit",)
    data["charts"] = []
    assert parse_template(json.dumps(data).encode(), "none.json").charts == ()


def test_not_json_is_refused_with_the_file_name() -> None:
    with pytest.raises(UserError) as caught:
        parse_template(b"{not json", "broken.json")
    assert "broken.json" in caught.value.message.source()


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["forms"][0].update(sheet="Biểu 01!"), "forms[0].sheet"),
        (lambda d: d["forms"][1]["rows"][0].pop("label"), "forms[1].rows[0].label"),
        (lambda d: d.pop("forms"), "forms"),
    ],
)
def test_a_malformed_form_names_file_and_field(mutate, field: str) -> None:
    data = _valid()
    mutate(data)
    with pytest.raises(UserError) as caught:
        parse_template(json.dumps(data).encode(), "new-plan.json")
    assert "new-plan.json" in caught.value.message.source()
    assert field in caught.value.message.source()


def test_a_new_plan_is_a_file_in_the_data_folder(data_dir) -> None:
    data = _valid()
    data.update(id="hanoi-2026", name="Kế hoạch của UBND thành phố Hà Nội", province_codes=["01"])
    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "hanoi-2026.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert resources.template("hanoi-2026").name == "Kế hoạch của UBND thành phố Hà Nội"
    assert "qd1520" in resources.templates()
    (folder / "broken.json").write_text("{", "utf-8")
    with pytest.raises(UserError, match=r"broken\.json"):
        resources.templates()


def test_a_shipped_template_stays_read_only(data_dir) -> None:
    data = _valid()
    data.update(version=5, name="Bản sửa tay")
    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "qd1520.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    shipped = resources.template("qd1520")
    assert shipped is not None and shipped.version == 1 and shipped.name != "Bản sửa tay"
    assert resources.template_file("qd1520") == resources.shipped_templates_dir() / "qd1520.json"
