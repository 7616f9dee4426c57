"""Bad input sweep (issue 6, item 9) at the service level and through bulk import.

Every save function of every log, times every bad value of its fields: a ``UserError``
naming the field, and not one row of the database changed. Every column of the six
import layouts, times the bad values of its kind: the import is refused with a
problem naming the file, the row and the column, and nothing is stored. The values
and the decisions about emoji, long and formula-like text are in
tests/fixtures/bad_values.py.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.clubs import ClubMember, ClubSession
from desktop_app.domain.digital import DigitalService, MuseumRecord
from desktop_app.domain.import_layouts import LAYOUTS, CellKind, ImportColumn
from desktop_app.domain.messages import UserError
from desktop_app.domain.periods import parse_period
from desktop_app.services import (
    activities,
    baseline,
    clubs,
    digital,
    facilities,
    museum,
    setup,
    submissions,
    visits,
)
from desktop_app.services.importing import importing
from desktop_app.services.importing.importing import ImportRefused
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace
from tests.conftest import TODAY
from tests.fixtures.bad_values import (
    BAD_COUNT_TEXTS,
    BAD_COUNT_VALUES,
    BAD_DATE_TEXTS,
    EMOJI,
    FORMULA_TEXTS,
    LONG_TEXT,
    TOO_LONG,
    table_dump,
)
from tests.fixtures.commune import (
    DAY,
    facility_id,
    good_activity,
    good_club,
    good_facility,
    good_profile,
    good_visit,
    make_commune,
    open_copy,
)
from tests.import_samples import SAMPLES, write_csv

FUTURE = date(2027, 1, 1)
CONTROL = "Thư\x07viện"
QUARTER = parse_period("2026-Q1")


@pytest.fixture(scope="module")
def commune_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The set-up commune (tests/fixtures/commune.py), made once for the module."""
    return make_commune(tmp_path_factory.mktemp("sweep"))


@pytest.fixture
def commune(commune_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the set-up commune."""
    ws = open_copy(commune_file, tmp_path)
    yield ws
    ws.close()


Call = Callable[[Workspace, object], object]


@dataclass(frozen=True)
class Case:
    """One field of one save function, and the words that refuse its bad values."""

    name: str
    field: str
    call: Call
    values: tuple[tuple[object, str], ...]


def _text(limit: int, empty: str | None = None) -> tuple[tuple[object, str], ...]:
    values: list[tuple[object, str]] = [(LONG_TEXT, f"{TOO_LONG} {limit}"), (CONTROL, "control")]
    if empty:
        values += [("", empty), ("   ", empty)]
    return tuple(values)


CODE = ((EMOJI, "may hold only"), ("TV 1", "may hold only"), (LONG_TEXT, "may hold only"))
FUTURE_DAY = ((FUTURE, "in the future"),)
COUNTS = BAD_COUNT_VALUES
TYPED_COUNTS = (
    *BAD_COUNT_TEXTS,
    ("31/02/2026", "is not a whole number"),
    (LONG_TEXT, "is not a whole number"),
)
BIRTH_YEARS = tuple((v, "plausible year") for v in ("abc", EMOJI, -1, 10**12, 1899))
VISIT_COUNTS = ("total", "children", "elderly", "disabled", "ethnic_minority", "women")
VISIT_COUNTS += ("mobile", "documents", "new_cards")
PROFILE_COUNTS = ("seats", "computers", "computers_internet", "books")
AREAS = ((-1, "negative"), ("abc", "Type a number"), (float("nan"), "Type a number"))
SETTINGS = ("unit_name", "preparer_name", "head_name", "receiving_office", "template_id")


# -- the save functions, each taking the workspace and the bad value of one field ---------------
def _facility_call(field: str) -> Call:
    return lambda ws, v: facilities.add_facility(ws, good_facility(**{field: v}), TODAY)


def _profile_call(field: str) -> Call:
    return lambda ws, v: facilities.add_facility(
        ws, good_facility(), TODAY, good_profile(**{field: v})
    )


def _saved_profile_call(field: str) -> Call:
    return lambda ws, v: facilities.save_profile(
        ws, facility_id(ws, "TV1"), good_profile(**{field: v}), TODAY
    )


def _visit_call(field: str) -> Call:
    """A block of two days: the good day is not stored either."""

    def call(ws: Workspace, v: object) -> object:
        good = good_visit(ws, day=date(2026, 3, 1))
        return visits.save_visits(ws, [good, good_visit(ws, **{field: v})], TODAY)

    return call


def _club_call(field: str) -> Call:
    return lambda ws, v: clubs.add_club(ws, good_club(ws, **{"code": "CLB2", field: v}), TODAY)


def _member_call(field: str) -> Call:
    def call(ws: Workspace, v: object) -> object:
        person = replace(ClubMember(0, "Trần Thị Bình", "nu", 1950, "0905123456"), **{field: v})
        return clubs.add_club(ws, good_club(ws, code="CLB2"), TODAY, [person])

    return call


def _session_call(field: str) -> Call:
    def call(ws: Workspace, v: object) -> object:
        club_id = clubs.list_rows(ws, QUARTER)[0].club.id or 0
        good = ClubSession(club_id, DAY, "Tập hát", 18)
        return clubs.add_session(ws, replace(good, **{field: v}), TODAY)

    return call


def _activity_call(field: str) -> Call:
    return lambda ws, v: activities.add_activity(ws, good_activity(ws, **{field: v}), TODAY)


def _digital_call(field: str) -> Call:
    def call(ws: Workspace, v: object) -> object:
        good = DigitalService(DAY, facility_id(ws, "TV1"), "ky_nang_so", 2, 18)
        return digital.save(ws, replace(good, **{field: v}), TODAY)

    return call


def _museum_call(field: str) -> Call:
    def call(ws: Workspace, v: object) -> object:
        good = MuseumRecord(DAY, facility_id(ws, "BT1"), 40, 25, 5, 1, 0)
        return museum.save(ws, replace(good, **{field: v}), TODAY)

    return call


def _settings_call(field: str) -> Call:
    def call(ws: Workspace, v: object) -> object:
        unit = ws.unit()
        assert unit is not None
        current = {name: getattr(unit, name) for name in SETTINGS}
        return setup.update_report_settings(ws, **{**current, field: v})

    return call


def _baseline_text(ws: Workspace, v: object) -> object:
    return baseline.set_text(ws, "2025-N", "calendar", "TV04", v)  # type: ignore[arg-type]


def _baseline_values(ws: Workspace, v: object) -> object:
    return baseline.store_values(ws, "2025-N", "calendar", {"TV04": 100, "TV04a": v})  # type: ignore[dict-item]


def _reopen(ws: Workspace, v: object) -> object:
    when = datetime(2026, 2, 1, 8, 0)
    return submissions.reopen(ws, "2025-Q4", "calendar", v, "Lan", when)  # type: ignore[arg-type]


def _case(name: str, field: str, call: Call, *values: tuple[object, str]) -> Case:
    return Case(name, field, call, values)


def _cases() -> list[Case]:
    cases = [
        _case("facility", "code", _facility_call("code"), *CODE, ("", "code is empty")),
        _case("facility", "name", _facility_call("name"), *_text(200, "name is empty")),
        _case("facility", "type_code", _facility_call("type_code"), ("XX", "not a facility type")),
        _case("facility", "opened_on", _facility_call("opened_on"), *FUTURE_DAY),
        _case(
            "facility",
            "closed_on",
            _facility_call("closed_on"),
            *FUTURE_DAY,
            (date(2019, 1, 1), "before the opening date"),
        ),
        _case("profile", "effective_from", _profile_call("effective_from"), *FUTURE_DAY),
        _case("profile", "area_m2", _profile_call("area_m2"), *AREAS),
        _case("saved-profile", "area_m2", _saved_profile_call("area_m2"), *AREAS),
        _case("visit", "note", _visit_call("note"), *_text(200)),
        _case("visit", "day", _visit_call("day"), *FUTURE_DAY),
        _case("visit", "children", _visit_call("children"), (26, "above the total")),
        _case("club", "code", _club_call("code"), *CODE),
        _case("club", "name", _club_call("name"), *_text(200, "name is empty")),
        _case("club", "leader", _club_call("leader"), *_text(100)),
        _case("club", "kind", _club_call("kind"), ("xx", "not a kind of club")),
        _case("club", "field", _club_call("field"), ("xx", "not a field")),
        _case("club", "facility_id", _club_call("facility_id"), (999, "Choose the facility")),
        _case("club", "founded_on", _club_call("founded_on"), *FUTURE_DAY),
        _case("club", "members_women", _club_call("members_women"), (26, "above the total")),
        _case("member", "name", _member_call("name"), *_text(100, "name is empty")),
        _case("member", "phone", _member_call("phone"), *_text(20)),
        _case("member", "sex", _member_call("sex"), ("x", "Sex must be")),
        _case("member", "birth_year", _member_call("birth_year"), *BIRTH_YEARS),
        _case("session", "topic", _session_call("topic"), *_text(200)),
        _case("session", "day", _session_call("day"), *FUTURE_DAY, (date(2019, 5, 1), "not exist")),
        _case("session", "attendance", _session_call("attendance"), *COUNTS),
        _case("activity", "title", _activity_call("title"), *_text(300, "title is empty")),
        _case("activity", "partners", _activity_call("partners"), *_text(300)),
        _case("activity", "type", _activity_call("type"), ("xx", "not a type of activity")),
        _case("activity", "mode", _activity_call("mode"), ("xx", "not a way")),
        _case("activity", "start_day", _activity_call("start_day"), *FUTURE_DAY),
        _case(
            "activity",
            "end_day",
            _activity_call("end_day"),
            (date(2026, 3, 1), "before the first"),
            (date(2027, 3, 3), "more than a year"),
        ),
        _case("digital", "kind", _digital_call("kind"), ("xx", "not a kind of digital")),
        _case("digital", "quantity", _digital_call("quantity"), (0, "above zero"), *COUNTS),
        _case("digital", "participants", _digital_call("participants"), *COUNTS),
        _case("digital", "day", _digital_call("day"), *FUTURE_DAY),
        _case("museum", "learners", _museum_call("learners"), (41, "above the total"), *COUNTS),
        _case("museum", "day", _museum_call("day"), *FUTURE_DAY),
        _case("settings", "unit_name", _settings_call("unit_name"), *_text(200, "name is empty")),
        _case(
            "settings", "template_id", _settings_call("template_id"), ("x", "no report template")
        ),
        _case("settings", "receiving_office", _settings_call("receiving_office"), *_text(200)),
        _case("baseline", "value", _baseline_text, *TYPED_COUNTS),
        _case("baseline", "value", _baseline_values, *COUNTS, (101, "above its total")),
        _case("reopen", "reason", _reopen, *_text(500, "reason is empty")),
    ]
    for field in ("preparer_name", "head_name"):
        cases.append(_case("settings", field, _settings_call(field), *_text(100)))
    for field in PROFILE_COUNTS:
        cases.append(_case("profile", field, _profile_call(field), *COUNTS))
        cases.append(_case("saved-profile", field, _saved_profile_call(field), *COUNTS))
    for field in VISIT_COUNTS:
        cases.append(_case("visit", field, _visit_call(field), *COUNTS))
    for field in ("members", "members_women", "members_children", "members_elderly"):
        cases.append(_case("club", field, _club_call(field), *COUNTS))
    for field in ("participants", "children", "elderly", "women"):
        cases.append(_case("activity", field, _activity_call(field), *COUNTS))
    for field in ("visitors", "digitised", "collected", "exhibitions"):
        cases.append(_case("museum", field, _museum_call(field), *COUNTS))
    return cases


SWEEP = [
    pytest.param(case, value, words, id=f"{case.name}-{case.field}-{index}")
    for case in _cases()
    for index, (value, words) in enumerate(case.values)
]


@pytest.mark.parametrize(("case", "value", "words"), SWEEP)
def test_a_bad_value_is_refused_naming_its_field_and_nothing_is_stored(
    commune: Workspace, case: Case, value: object, words: str
) -> None:
    before = table_dump(commune.db)
    with pytest.raises(UserError) as refused:
        case.call(commune, value)
    assert words in refused.value.message.source()
    assert refused.value.field_name == case.field
    assert len(refused.value.message.source()) < 300  # a message, not the text echoed back
    assert table_dump(commune.db) == before


# -- what is not refused: emoji and formula-like text are text -------------------------------
def test_emoji_in_free_text_is_stored_and_read_back_as_typed(commune: Workspace) -> None:
    name, title, note = f"CLB Đọc sách {EMOJI}", f"Ngày hội đọc {EMOJI}", f"Mưa to {EMOJI}"
    club = clubs.add_club(commune, good_club(commune, code="CLB2", name=name), TODAY)
    assert clubs.get(commune, club.id or 0).name == name
    activities.add_activity(commune, good_activity(commune, title=title, partners=EMOJI), TODAY)
    stored = activities.list_rows(commune, QUARTER)[0].activity
    assert (stored.title, stored.partners) == (title, EMOJI)
    visits.save_visit(commune, good_visit(commune, note=note), TODAY)
    month = visits.month(commune, facility_id(commune, "TV1"), 2026, 3, TODAY)
    assert month.records[DAY].note == note


def test_formula_like_text_of_every_exported_field_stays_text(
    commune: Workspace, tmp_path: Path
) -> None:
    """The report workbook carries the unit's names, facility, activity and club texts."""
    equals, plus, minus, at = FORMULA_TEXTS
    setup.update_report_settings(
        commune, unit_name=equals, preparer_name=plus, head_name=minus, receiving_office=at,
        template_id="qd1520",
    )  # fmt: skip
    tv1 = facilities.get(commune, facility_id(commune, "TV1"))
    facilities.update_facility(commune, replace(tv1, name=at), TODAY)
    activities.add_activity(commune, good_activity(commune, title=plus, partners=equals), TODAY)
    club = clubs.list_rows(commune, QUARTER)[0].club
    clubs.update_club(commune, replace(club, name=minus), TODAY)

    result = report_export.export_report(commune, "2026-N", tmp_path)
    data = result.path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in archive.namelist():
            if part.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(part) and b"<f " not in archive.read(part)
    texts = []
    for sheet in openpyxl.load_workbook(io.BytesIO(data)).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    if cell.value.startswith(("=", "+", "-", "@")):
                        assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate}"
    for text in (equals, plus, minus):  # each written alone in a cell somewhere
        assert text in texts, text
    assert any(f"TV1 - {at}" in t for t in texts)  # the facility, in the activity list


# -- bulk import: every column of every layout -------------------------------------------------
FUTURE_CELL = "01/01/2027"
LATER_DATES = {
    "ngay": (FUTURE_CELL, "in the future"),
    "ngay_thanh_lap": (FUTURE_CELL, "in the future"),
    "ngay_giai_the": (FUTURE_CELL, "must lie between"),
    "den_ngay": ("01/01/2028", "more than a year"),
}
FLAGS = (("2", "must be 0 or 1"), ("có", "must be 0 or 1"), (EMOJI, "must be 0 or 1"))
TEXT_LIMITS = {"ten": None, "doi_tac": 300, "chu_nhiem": 100, "noi_dung": 200}


def _bad_cells(key: str, column: ImportColumn) -> list[tuple[str, str]]:
    kind = column.kind
    if kind == CellKind.DATE:
        return [*BAD_DATE_TEXTS, (LONG_TEXT, "is not a date"), LATER_DATES[column.name]]
    if kind == CellKind.COUNT:
        return list(BAD_COUNT_TEXTS)
    if kind == CellKind.FLAG:
        return list(FLAGS)
    if kind == CellKind.CHOICE:
        return [(t, "is not one of") for t in ("xyz", EMOJI, LONG_TEXT)]
    if kind == CellKind.FACILITY:
        return [(t, "no facility with the code") for t in ("XYZ", EMOJI, LONG_TEXT)]
    if kind == CellKind.CLUB:
        return [(t, "no club with the code") for t in ("NOPE", EMOJI, LONG_TEXT)]
    if column.name == "ma_clb":
        return [(t, "may hold only") for t in (EMOJI, "CLB 1", LONG_TEXT)]
    limit = TEXT_LIMITS[column.name] or (300 if key == "activities" else 200)
    cells = [(LONG_TEXT, f"{TOO_LONG} {limit}")]
    return [*cells, ("   ", "is empty")] if column.required else cells


IMPORT_SWEEP = [
    pytest.param(layout.key, column.name, _bad_cells(layout.key, column),
                 id=f"{layout.key}-{column.name}")
    for layout in LAYOUTS
    for column in layout.columns
]  # fmt: skip


@pytest.mark.parametrize(("key", "column", "cells"), IMPORT_SWEEP)
def test_a_bad_cell_refuses_the_import_naming_file_row_and_column(
    commune: Workspace, tmp_path: Path, key: str, column: str, cells: list[tuple[str, str]]
) -> None:
    header, rows = SAMPLES[key]
    good = list(rows[0] if key in ("sessions", "museum") else rows[-1])
    good_file = write_csv(tmp_path / "good.csv", header, [good])
    assert importing.preview(commune, [good_file], today=TODAY).ok  # only the bad cell is bad
    before = table_dump(commune.db)
    for number, (text, words) in enumerate(cells):
        row = good.copy()
        row[header.index(column)] = text
        path = write_csv(tmp_path / f"{key}-{number}.csv", header, [row])
        with pytest.raises(ImportRefused) as refused:
            importing.apply(commune, [path], today=TODAY)
        problems = [(p.file, p.row, p.column, p.source()) for p in refused.value.problems]
        assert any(
            (file, row_number, named) == (str(path), 2, column) and words in text_
            for file, row_number, named, text_ in problems
        ), (text[:20], problems)
        assert all(len(p[3]) < 300 for p in problems), problems
        assert table_dump(commune.db) == before
