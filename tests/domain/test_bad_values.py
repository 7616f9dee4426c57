"""The parsing rules under every input: each bad text is refused with a short message."""

from __future__ import annotations

import pytest

from desktop_app.domain import import_layouts
from desktop_app.domain.clubs import ClubMember, validated_member
from desktop_app.domain.counts import check_count, parse_count
from desktop_app.domain.dates import parse_date
from desktop_app.domain.digital import parse_count_text
from desktop_app.domain.facility import Facility, FacilityProfile, validated_profile
from desktop_app.domain.messages import UserError
from desktop_app.domain.text import clean_text
from tests.conftest import TODAY
from tests.fixtures.bad_values import (
    BAD_COUNT_TEXTS,
    BAD_DATE_TEXTS,
    EMOJI,
    FORMULA_TEXTS,
    LONG_TEXT,
    TOO_LONG,
)

# A message is one line a person reads: never the whole pasted text echoed back.
MESSAGE_MAX = 300


@pytest.mark.parametrize(("text", "words"), [*BAD_DATE_TEXTS, (LONG_TEXT, "is not a date")])
def test_a_bad_date_is_refused_naming_the_field(text: str, words: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_date(text, "day")
    assert refused.value.field_name == "day"
    assert words in refused.value.message.source()
    assert len(refused.value.message.source()) < MESSAGE_MAX


@pytest.mark.parametrize(("text", "words"), BAD_COUNT_TEXTS)
def test_a_bad_typed_count_is_refused(text: str, words: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_count_text(text, "total")
    assert refused.value.field_name == "total"
    assert words in refused.value.message.source()
    assert len(refused.value.message.source()) < MESSAGE_MAX


@pytest.mark.parametrize(("text", "words"), BAD_COUNT_TEXTS)
def test_a_bad_imported_count_is_refused_by_the_parser_or_the_count_rule(
    text: str, words: str
) -> None:
    """The import parser lets negatives through to the domain rule, which refuses them."""
    with pytest.raises(UserError) as refused:
        check_count(import_layouts.parse_count(text, "tong_luot"), "total")
    assert words in refused.value.message.source()
    assert len(refused.value.message.source()) < MESSAGE_MAX


def test_a_pasted_block_of_digits_is_refused_not_a_crash() -> None:
    """Python cannot convert more than 4,300 digits: both parsers refuse long before."""
    for parse in (parse_count, import_layouts.parse_count):
        with pytest.raises(UserError, match="too many digits"):
            parse("1" * 10_000, "total")
        assert parse("1" * 15, "total") == 111_111_111_111_111  # 15 digits still parse


@pytest.mark.parametrize("text", ["2", "có", "-1", EMOJI, "1.0"])
def test_a_bad_flag_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="must be 0 or 1"):
        import_layouts.parse_flag(text, "uoc_tinh")


@pytest.mark.parametrize("text", ["xyz", EMOJI, LONG_TEXT])
def test_a_bad_choice_is_refused_with_a_short_message(text: str) -> None:
    with pytest.raises(UserError) as refused:
        import_layouts.parse_choice(text, ("clb", "lop_nang_khieu"), "hinh_thuc")
    assert "is not one of" in refused.value.message.source()
    assert len(refused.value.message.source()) < MESSAGE_MAX


def test_long_text_is_refused_with_the_limit_and_control_characters_too() -> None:
    with pytest.raises(UserError, match=f"{TOO_LONG} 200 characters") as refused:
        clean_text(LONG_TEXT, 200, "name")
    assert refused.value.field_name == "name"
    with pytest.raises(UserError, match="control characters"):
        clean_text("Thư\x00viện", 200, "name")


@pytest.mark.parametrize("text", [f"CLB Đọc sách {EMOJI}", *FORMULA_TEXTS])
def test_emoji_and_formula_like_text_is_kept_as_typed(text: str) -> None:
    assert clean_text(text, 200, "name") == text


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("seats", "abc", "Type a whole number"),
        ("books", 2.5, "Type a whole number"),
        ("computers", True, "Type a whole number"),
        ("area_m2", float("nan"), "Type a number"),
        ("area_m2", "60", "Type a number"),
        ("books", 10**12, "more than the highest plausible"),
    ],
)
def test_a_profile_figure_that_is_not_a_number_is_refused_not_a_crash(
    field: str, value: object, words: str
) -> None:
    facility = Facility("TV1", "TV_XA", "Thư viện xã")
    profile = FacilityProfile(effective_from=TODAY, **{field: value})  # type: ignore[arg-type]
    with pytest.raises(UserError, match=words) as refused:
        validated_profile(profile, facility, TODAY)
    assert refused.value.field_name == field


@pytest.mark.parametrize("year", ["abc", 1899, -1, 10**12, TODAY.year + 1, True])
def test_a_bad_year_of_birth_is_refused_not_a_crash(year: object) -> None:
    with pytest.raises(UserError, match="not a plausible year of birth") as refused:
        validated_member(ClubMember(1, "Lê Thị Chi", "nu", year), TODAY)  # type: ignore[arg-type]
    assert refused.value.field_name == "birth_year"
