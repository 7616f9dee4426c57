"""The template exchange file is untrusted: every hostile file is refused with its reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app import resources
from desktop_app.domain.messages import UserError
from desktop_app.domain.template_files import (
    MAX_BYTES,
    exchange_bytes,
    exchange_file_name,
    read_exchange,
)
from desktop_app.domain.templates import template_checksum

NAME = "MauBaoCao_dak-lak-2026_v2.htsd-mau"


def office_template() -> dict[str, Any]:
    """Phú Yên's plan reissued by the merged province's office as a new template, version 2."""
    source = resources.shipped_templates_dir() / "phu-yen-2023.json"
    data = json.loads(source.read_text("utf-8"))
    data.update(
        id="dak-lak-2026",
        version=2,
        issuer="Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
        issued_at="2026-11-20T08:00:00+07:00",
        name="Kế hoạch năm 2026 của UBND tỉnh Đắk Lắk",
    )
    return data


def test_a_file_the_office_wrote_is_read_with_its_version_issuer_and_checksum() -> None:
    data = office_template()
    template = read_exchange(exchange_bytes(data), NAME)
    assert (template.id, template.version) == ("dak-lak-2026", 2)
    assert template.issuer == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    assert template.issued_at == "2026-11-20T08:00:00+07:00"
    assert template.checksum == template_checksum(data)
    assert exchange_file_name(template) == NAME
    # everything the plans' rules work gave a template is still there
    assert template.deadlines == {"year": "12-01"}
    assert len(template.scope_communes or ()) == 34
    growth = {t.id: t for t in template.targets}["visit_growth"]
    assert (growth.by_year[2030], growth.upper_by_year[2030]) == (10.0, 15.0)


def test_the_checksum_is_the_sha256_of_the_content_as_canonical_json() -> None:
    import hashlib

    data = {"id": "x", "b": [1, "Đắk Lắk"], "a": {"z": 1, "y": 2}}
    canonical = '{"a":{"y":2,"z":1},"b":[1,"Đắk Lắk"],"id":"x","version":1}'
    assert template_checksum(data) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    # the spacing of the file and the order of its keys do not matter; a value does
    assert template_checksum({"a": {"y": 2, "z": 1}, "id": "x", "b": [1, "Đắk Lắk"]}) == (
        template_checksum(data)
    )
    assert template_checksum({**data, "id": "y"}) != template_checksum(data)


def test_older_template_files_without_version_fields_stay_valid_as_version_1() -> None:
    for template in resources.templates().values():
        assert template.version == 1 and template.issuer == "" and template.issued_at == ""
        # exporting states "version": 1 and keeps the checksum the report carries
        raw = (resources.shipped_templates_dir() / f"{template.id}.json").read_bytes()
        exported = read_exchange(exchange_bytes(json.loads(raw)), "x.htsd-mau")
        assert exported.checksum == template.checksum
        assert exported.version == 1


def _refused(raw: bytes) -> str:
    with pytest.raises(UserError) as caught:
        read_exchange(raw, NAME)
    text = caught.value.message.source()
    assert NAME in text
    return text


def _with(mutate: Callable[[dict[str, Any]], object]) -> bytes:
    data = office_template()
    mutate(data)
    return exchange_bytes(data)  # a correct checksum: the content itself is what is wrong


HOSTILE = [
    # wrong types
    ("version as text", _with(lambda d: d.update(version="2")), "\u201cversion\u201d"),
    ("version zero", _with(lambda d: d.update(version=0)), "\u201cversion\u201d"),
    ("version true", _with(lambda d: d.update(version=True)), "\u201cversion\u201d"),
    ("targets not a list", _with(lambda d: d.update(targets="all")), "\u201ctargets\u201d"),
    (
        "a milestone as yes",
        _with(lambda d: d["targets"][0]["by_year"].update({"2030": True})),
        "targets[0].by_year.2030",
    ),
    ("province as a number", _with(lambda d: d.update(province_codes=[66])), "province_codes"),
    ("issuer a number", _with(lambda d: d.update(issuer=5)), "issuer"),
    ("issued_at in words", _with(lambda d: d.update(issued_at="20/11/2026")), "issued_at"),
    ("issued_at no offset", _with(lambda d: d.update(issued_at="2026-11-20T08:00")), "issued_at"),
    (
        "rule in words",
        _with(lambda d: d["rules"].update(regular_activity_month_share="half")),
        "rules",
    ),
    (
        "rule above every month",
        _with(lambda d: d["rules"].update(active_club_min_month_share=1.5)),
        "rules.active_club_min_month_share",
    ),
    (
        "rule of no month",
        _with(lambda d: d["rules"].update(regular_activity_month_share=0)),
        "rules.regular_activity_month_share",
    ),
    # unknown indicators
    (
        "unknown row",
        _with(lambda d: d["forms"][0]["rows"][0].update(code="TV99")),
        "\u201cTV99\u201d, which is not an indicator",
    ),
    (
        "unknown numerator",
        _with(lambda d: d["targets"][0].update(numerator="__import__")),
        "which is not an indicator",
    ),
    # duplicate ids
    (
        "two targets with one id",
        _with(lambda d: d["targets"].append(dict(d["targets"][0]))),
        "\u201clll_libraries\u201d appears twice in \u201ctargets\u201d",
    ),
    (
        "one row twice",
        _with(lambda d: d["forms"][1]["rows"].append(dict(d["forms"][0]["rows"][0]))),
        "appears twice in \u201cforms\u201d",
    ),
    # a range with its ends swapped
    (
        "range 15-10",
        _with(lambda d: d["targets"][2]["by_year"].update({"2030": "15-10"})),
        "the range \u201c15-10\u201d in \u201ctargets[2].by_year.2030\u201d has its ends swapped",
    ),
    # a deadline of 31/02 (and 31/04)
    (
        "31/02",
        _with(lambda d: d["deadlines"].update(year="02-31")),
        "the deadline 31/02 in \u201cdeadlines.year\u201d is not a day of the year",
    ),
    ("31/04", _with(lambda d: d["deadlines"].update(quarter="04-31")), "31/04"),
    # things that are not template fields, or not data
    (
        "code to run",
        _with(lambda d: d.update(on_install="import os; os.remove('x')")),
        "\u201con_install\u201d is not a field of a report template",
    ),
    (
        "unknown target key",
        _with(lambda d: d["targets"][0].update(formula="=1+1")),
        "\u201ctargets[0].formula\u201d is not a field",
    ),
    (
        "a control character",
        _with(lambda d: d.update(name="Kế hoạch\x00")),
        "too long or holds control characters",
    ),
    ("a label of a book", _with(lambda d: d.update(plan="x" * 5000)), "too long"),
    (
        "five hundred targets",
        _with(lambda d: d.update(targets=[d["targets"][0]] * 500)),
        "holds 500 items; a report template has at most 100",
    ),
    ("nested deep", _with(lambda d: d.update(rules=[[[[[[[[1]]]]]]]])), "nested too deep"),
]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(raw, reason) for _, raw, reason in HOSTILE],
    ids=[name for name, _, _ in HOSTILE],
)
def test_a_hostile_template_file_is_refused_with_its_reason(raw: bytes, reason: str) -> None:
    assert reason in _refused(raw)


def test_a_changed_value_after_issue_breaks_the_checksum() -> None:
    data = json.loads(exchange_bytes(office_template()))
    data["targets"][0]["by_year"]["2030"] = 5  # a lower target slipped into the file
    assert "checksum does not match" in _refused(json.dumps(data).encode())


def test_a_file_sent_to_communes_states_its_version_and_checksum() -> None:
    data = json.loads(exchange_bytes(office_template()))
    del data["checksum"]
    assert "\u201cchecksum\u201d is missing" in _refused(json.dumps(data).encode())
    data = json.loads(exchange_bytes(office_template()))
    del data["version"]
    assert "\u201cversion\u201d is missing" in _refused(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe not text", "not valid JSON"),
        (b"PK\x03\x04" + bytes(200), "not valid JSON"),
        (b"[1, 2, 3]", "does not hold a template"),
        (b'{"id": "a", "id": "b"}', "the key \u201cid\u201d appears twice"),
        (b'{"version": NaN}', "\u201cNaN\u201d"),
        (b'{"version": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"[" * 200_000 + b"]" * 200_000, "not valid JSON"),
    ],
    ids=["binary", "a zip", "a list", "a key twice", "NaN", "a 5000-digit number", "deep"],
)
def test_what_is_not_json_data_is_refused(raw: bytes, reason: str) -> None:
    assert reason in _refused(raw)


def test_an_infinite_milestone_is_refused() -> None:
    raw = exchange_bytes(office_template()).replace(b'"2025": 40', b'"2025": 1e999', 1)
    assert "by_year.2025" in _refused(raw)


def test_a_huge_file_is_refused_before_it_is_parsed() -> None:
    raw = exchange_bytes(office_template())
    huge = raw[:-2] + b" " * MAX_BYTES + b"}\n"
    text = _refused(huge)
    assert "too large for a report template (at most 1024 kB)" in text


def test_29_02_is_a_day_of_the_year() -> None:
    template = read_exchange(_with(lambda d: d["deadlines"].update(year="02-29")), NAME)
    assert template.deadlines["year"] == "02-29"
