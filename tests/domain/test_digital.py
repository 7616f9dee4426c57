"""Digital-service and museum rows: typed counts, entry rules, adding to a stored row."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.digital import (
    DIGITAL_INDICATORS,
    DIGITAL_KINDS,
    MUSEUM_FIELDS,
    MUSEUM_INDICATORS,
    DigitalService,
    MuseumRecord,
    check_museum_entry,
    combined_digital,
    combined_museum,
    parse_count_text,
    validated_digital,
    validated_museum,
)
from desktop_app.domain.facility import Facility
from desktop_app.domain.indicators import indicator
from desktop_app.domain.messages import UserError

TODAY = date(2026, 11, 22)
LIBRARY = Facility("TV1", "TV_XA", "Thư viện xã", opened_on=date(2015, 3, 1), id=1)
MUSEUM = Facility("BT1", "BT", "Nhà truyền thống", opened_on=date(2020, 1, 1), id=2)


@pytest.mark.parametrize(
    ("text", "value"),
    [("", 0), ("  ", 0), ("12", 12), (" 7 ", 7), ("1.234", 1234), ("1,234", 1234), ("1 234", 1234)],
)
def test_counts_as_typed(text: str, value: int) -> None:
    assert parse_count_text(text, "quantity") == value


@pytest.mark.parametrize("text", ["abc", "12a", "1.5", "12,50", "--3", "1e3"])
def test_text_that_is_not_a_whole_number_is_refused(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_count_text(text, "quantity")
    assert caught.value.field_name == "quantity"


def test_negative_and_implausible_counts_are_refused() -> None:
    with pytest.raises(UserError, match="negative"):
        parse_count_text("-3", "visitors")
    with pytest.raises(UserError, match="highest plausible"):
        parse_count_text("100001", "visitors")
    assert parse_count_text("100000", "visitors") == 100_000
    with pytest.raises(UserError, match="highest plausible"):
        parse_count_text("11", "visitors", maximum=10)


def test_every_kind_adds_up_to_known_indicators() -> None:
    assert set(DIGITAL_INDICATORS) == set(DIGITAL_KINDS)
    codes = [c for pair in DIGITAL_INDICATORS.values() for c in pair if c]
    assert codes == ["CS03", "CS04", "CS05", "CS06", "CS07", "CS08", "CS09"]
    assert all(indicator(code) is not None for code in codes)
    assert [MUSEUM_INDICATORS[n] for n in MUSEUM_FIELDS] == [
        "BT01",
        "BT01a",
        "BT02",
        "BT03",
        "BT04",
    ]


def test_a_typed_digital_row_needs_a_quantity() -> None:
    with pytest.raises(UserError) as caught:
        validated_digital(DigitalService(TODAY, 1, "may_tinh", quantity=0), LIBRARY, TODAY)
    assert caught.value.field_name == "quantity"


def test_participants_only_where_the_kind_counts_them() -> None:
    with pytest.raises(UserError) as caught:
        validated_digital(
            DigitalService(TODAY, 1, "may_tinh", quantity=5, participants=3), LIBRARY, TODAY
        )
    assert caught.value.field_name == "participants"
    row = DigitalService(TODAY, 1, "ky_nang_so", quantity=1, participants=25)
    assert validated_digital(row, LIBRARY, TODAY) == row


def test_validated_digital_refuses_an_unknown_kind_and_a_future_day() -> None:
    with pytest.raises(UserError) as caught:
        validated_digital(DigitalService(TODAY, 1, "fax", quantity=1), LIBRARY, TODAY)
    assert caught.value.field_name == "kind"
    with pytest.raises(UserError) as caught:
        validated_digital(DigitalService(date(2026, 11, 23), 1, "so_hoa", 1), LIBRARY, TODAY)
    assert caught.value.field_name == "day"


def test_learners_above_visitors_are_refused() -> None:
    record = MuseumRecord(TODAY, 2, visitors=10, learners=11)
    with pytest.raises(UserError) as caught:
        validated_museum(record, MUSEUM, TODAY)
    assert caught.value.field_name == "learners"
    assert validated_museum(MuseumRecord(TODAY, 2, visitors=10, learners=10), MUSEUM, TODAY)


def test_a_museum_row_at_a_library_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        validated_museum(MuseumRecord(TODAY, 1, visitors=10), LIBRARY, TODAY)
    assert caught.value.field_name == "facility"


def test_an_empty_museum_row_is_refused() -> None:
    with pytest.raises(UserError):
        check_museum_entry(MuseumRecord(TODAY, 2))
    assert check_museum_entry(MuseumRecord(TODAY, 2, exhibitions=1)).exhibitions == 1


def test_adding_to_a_stored_row_keeps_its_id_and_adds_every_count() -> None:
    stored = DigitalService(TODAY, 1, "truc_tuyen", quantity=2, participants=40, id=9)
    more = combined_digital(stored, DigitalService(TODAY, 1, "truc_tuyen", 1, 15))
    assert (more.id, more.quantity, more.participants) == (9, 3, 55)
    museum = MuseumRecord(TODAY, 2, visitors=30, learners=10, digitised=1, id=4)
    total = combined_museum(museum, MuseumRecord(TODAY, 2, visitors=5, learners=5, collected=2))
    assert total == MuseumRecord(TODAY, 2, 35, 15, 1, 2, 0, id=4)
