"""The six bulk-import layouts of domain.md §9: column names, kinds, code lists, cell parsing.

A layout is told by its header row. Each column fills one field of a domain
record (``VisitDay``, ``Activity``, ``Club``, ``ClubSession``, ``DigitalService``,
``MuseumRecord``); facility and club codes are returned as normalised codes for
the import service to look up. Everything here is pure: strings in, values and
``UserError`` out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.domain.activities import MODES, TYPES
from desktop_app.domain.clubs import FIELDS, KINDS
from desktop_app.domain.counts import check_digits
from desktop_app.domain.dates import parse_date
from desktop_app.domain.digital import DIGITAL_KINDS
from desktop_app.domain.facility import normalise_code
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error


class CellKind(StrEnum):
    """How a cell's text becomes a value."""

    DATE = "date"  # dd/mm/yyyy or yyyy-mm-dd; empty = none
    COUNT = "count"  # whole number; empty = 0
    FLAG = "flag"  # 0 or 1; empty = 0
    TEXT = "text"  # free text, cleaned by the domain rules
    CHOICE = "choice"  # one code of a list; empty = the record's default
    FACILITY = "facility"  # a facility code (ma_thiet_che)
    CLUB = "club"  # a club code (ma_clb)


@dataclass(frozen=True)
class ImportColumn:
    """One column of a layout and the record field it fills."""

    name: str
    kind: CellKind
    field: str
    required: bool = False  # the column must be in the header and its cells filled
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layout:
    """One import layout: its columns and the natural key of its records."""

    key: str
    label: str  # English source text, context "Import"
    columns: tuple[ImportColumn, ...]
    natural_key: tuple[str, ...]  # the columns that name one record; a re-import replaces it

    @property
    def names(self) -> tuple[str, ...]:
        """Every column name, in the order of domain.md §9."""
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> ImportColumn | None:
        """The column called ``name``, or ``None``."""
        return next((c for c in self.columns if c.name == name), None)

    def column_for_field(self, field_name: str | None) -> str | None:
        """The column that fills the record field a domain rule complained about."""
        for column in self.columns:
            if column.field == field_name or (
                field_name == "facility" and column.kind == CellKind.FACILITY
            ):
                return column.name
        return None


def _col(
    name: str, kind: CellKind, field: str, required: bool = False, choices: Sequence[str] = ()
) -> ImportColumn:
    return ImportColumn(name, kind, field, required, tuple(choices))


_D, _N, _F, _T, _C = CellKind.DATE, CellKind.COUNT, CellKind.FLAG, CellKind.TEXT, CellKind.CHOICE
_FACILITY = _col("ma_thiet_che", CellKind.FACILITY, "facility_id", True)

VISITS = Layout(
    "visits",
    QT_TRANSLATE_NOOP("Import", "Visits"),
    (
        _col("ngay", _D, "day", True),
        _FACILITY,
        _col("tong_luot", _N, "total", True),
        _col("thieu_nhi", _N, "children"),
        _col("cao_tuoi", _N, "elderly"),
        _col("khuyet_tat", _N, "disabled"),
        _col("dan_toc_thieu_so", _N, "ethnic_minority"),
        _col("nu", _N, "women"),
        _col("luu_dong", _N, "mobile"),
        _col("luot_tai_lieu", _N, "documents"),
        _col("the_moi", _N, "new_cards"),
        _col("uoc_tinh", _F, "estimated"),
    ),
    ("ngay", "ma_thiet_che"),
)
ACTIVITIES = Layout(
    "activities",
    QT_TRANSLATE_NOOP("Import", "Activities"),
    (
        _col("ngay", _D, "start_day", True),
        _col("den_ngay", _D, "end_day"),
        _FACILITY,
        _col("loai", _C, "type", True, TYPES),
        _col("ten", _T, "title", True),
        _col("doi_tac", _T, "partners"),
        _col("hinh_thuc", _C, "mode", False, MODES),
        _col("hoc_tap_suot_doi", _F, "lifelong_learning"),
        _col("tong_nguoi", _N, "participants"),
        _col("thieu_nhi", _N, "children"),
        _col("cao_tuoi", _N, "elderly"),
        _col("nu", _N, "women"),
    ),
    ("ngay", "ma_thiet_che", "loai", "ten"),
)
CLUBS = Layout(
    "clubs",
    QT_TRANSLATE_NOOP("Import", "Clubs"),
    (
        _col("ma_clb", _T, "code", True),
        _col("ten", _T, "name", True),
        _col("hinh_thuc", _C, "kind", True, KINDS),
        _col("linh_vuc", _C, "field", True, FIELDS),
        _FACILITY,
        _col("ngay_thanh_lap", _D, "founded_on"),
        _col("ngay_giai_the", _D, "closed_on"),
        _col("chu_nhiem", _T, "leader"),
        _col("thanh_vien", _N, "members"),
        _col("thanh_vien_nu", _N, "members_women"),
        _col("thanh_vien_thieu_nhi", _N, "members_children"),
        _col("thanh_vien_cao_tuoi", _N, "members_elderly"),
    ),
    ("ma_clb",),
)
SESSIONS = Layout(
    "sessions",
    QT_TRANSLATE_NOOP("Import", "Club sessions"),
    (
        _col("ma_clb", CellKind.CLUB, "club_id", True),
        _col("ngay", _D, "day", True),
        _col("noi_dung", _T, "topic"),
        _col("so_nguoi", _N, "attendance", True),
    ),
    ("ma_clb", "ngay"),
)
DIGITAL = Layout(
    "digital",
    QT_TRANSLATE_NOOP("Import", "Digital services"),
    (
        _col("ngay", _D, "day", True),
        _FACILITY,
        _col("loai", _C, "kind", True, DIGITAL_KINDS),
        _col("so_luong", _N, "quantity", True),
        _col("so_nguoi", _N, "participants"),
    ),
    ("ngay", "ma_thiet_che", "loai"),
)
MUSEUM = Layout(
    "museum",
    QT_TRANSLATE_NOOP("Import", "Museum"),
    (
        _col("ngay", _D, "day", True),
        _FACILITY,
        _col("khach", _N, "visitors", True),
        _col("khach_hoc_tap", _N, "learners"),
        _col("so_hoa", _N, "digitised"),
        _col("suu_tam", _N, "collected"),
        _col("trung_bay", _N, "exhibitions"),
    ),
    ("ngay", "ma_thiet_che"),
)

# Clubs come first: sessions may name a club created by the same import.
LAYOUTS: tuple[Layout, ...] = (CLUBS, VISITS, ACTIVITIES, SESSIONS, DIGITAL, MUSEUM)
_BY_KEY = {layout.key: layout for layout in LAYOUTS}
_WHOLE = re.compile(r"^[+-]?\d+$")


def layout_by_key(key: str) -> Layout:
    """The layout called ``key`` (``visits``, ``clubs``...)."""
    return _BY_KEY[key]


def normalise_header(name: str) -> str:
    """A header cell as compared with column names: trimmed, lower case, no BOM."""
    return (name or "").replace("\ufeff", "").strip().lower()


def detect_layout(header: Sequence[str]) -> Layout:
    """The layout whose columns the header names most (then: that misses fewest required ones).

    Raises ``UserError`` when the header names no column of any layout, or two
    layouts fit it equally well.

    Unknown and missing columns are reported afterwards by :func:`header_problems`.
    """
    names = {normalise_header(name) for name in header} - {""}

    def score(layout: Layout) -> tuple[int, int]:
        missing = sum(1 for c in layout.columns if c.required and c.name not in names)
        return len(names & set(layout.names)), -missing

    ranked = sorted(LAYOUTS, key=score, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if score(best)[0] == 0 or score(best) == score(runner_up):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The header row does not tell which kind of data the file holds. Name the "
                "columns as in one of the layouts, e.g. visits: {visits}; club sessions: "
                "{sessions}.",
            ),
            None,
            visits=", ".join(VISITS.names),
            sessions=", ".join(SESSIONS.names),
        )
    return best


def header_problems(layout: Layout, header: Sequence[str]) -> list[tuple[str, UserError]]:
    """Unknown, repeated and missing required columns, each with the column's name."""
    problems: list[tuple[str, UserError]] = []
    seen: set[str] = set()
    for raw in header:
        name = normalise_header(raw)
        if not name:
            continue
        if layout.column(name) is None:
            problems.append(
                (
                    name,
                    error(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "\u201c{name}\u201d is not a column of the {layout} layout; its "
                            "columns are: {columns}.",
                        ),
                        name,
                        name=raw.strip(),
                        layout=layout.key,
                        columns=", ".join(layout.names),
                    ),
                )
            )
        elif name in seen:
            problems.append(
                (
                    name,
                    error(
                        QT_TRANSLATE_NOOP("Errors", "The column \u201c{name}\u201d appears twice."),
                        name,
                        name=name,
                    ),
                )
            )
        seen.add(name)
    for column in layout.columns:
        if column.required and column.name not in seen:
            problems.append(
                (
                    column.name,
                    error(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The column \u201c{name}\u201d is missing; the {layout} layout "
                            "needs it.",
                        ),
                        column.name,
                        name=column.name,
                        layout=layout.key,
                    ),
                )
            )
    return problems


def parse_count(text: str, field_name: str | None = None) -> int:
    """A whole number; empty = 0. Negative numbers pass (the domain rules refuse them)."""
    text = (text or "").strip()
    if not text:
        return 0
    check_digits(text, field_name)
    if text.isascii() and text.isdigit():  # the usual case, checked fast
        return int(text)
    if not _WHOLE.match(text):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{text}\u201d is not a whole number."),
            field_name,
            text=text[:40],
        )
    return int(text)


def parse_flag(text: str, field_name: str | None = None) -> bool:
    """``0`` or ``1``; empty = 0."""
    text = (text or "").strip()
    if text in ("", "0"):
        return False
    if text == "1":
        return True
    raise error(
        QT_TRANSLATE_NOOP("Errors", "\u201c{text}\u201d must be 0 or 1."),
        field_name,
        text=text[:40],
    )


def parse_choice(text: str, choices: Sequence[str], field_name: str | None = None) -> str | None:
    """One code of ``choices`` (case and spaces ignored); empty = ``None``."""
    value = (text or "").strip().lower()
    if not value:
        return None
    if value not in choices:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{text}\u201d is not one of: {choices}."),
            field_name,
            text=text.strip()[:40],
            choices=", ".join(choices),
        )
    return value


def _empty_required(name: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP("Errors", "The cell of column \u201c{name}\u201d is empty."),
        name,
        name=name,
    )


_PARSERS: dict[CellKind, Any] = {
    CellKind.DATE: lambda column, text: parse_date(text, column.name),
    CellKind.COUNT: lambda column, text: parse_count(text, column.name),
    CellKind.FLAG: lambda column, text: parse_flag(text, column.name),
    CellKind.CHOICE: lambda column, text: parse_choice(text, column.choices, column.name),
    CellKind.FACILITY: lambda _column, text: normalise_code(text),
    CellKind.CLUB: lambda _column, text: normalise_code(text),
    CellKind.TEXT: lambda _column, text: text,
}


def parse_cell(column: ImportColumn, text: str) -> Any:
    """The value of one cell; raise ``UserError`` naming the column."""
    text = (text or "").strip()
    if not text and column.required and column.kind != CellKind.COUNT:
        raise _empty_required(column.name)
    return _PARSERS[column.kind](column, text)


def parse_row(
    layout: Layout, cells: Mapping[str, str]
) -> tuple[dict[str, Any], list[tuple[str, UserError]]]:
    """Parse every cell of a row (keyed by column name; absent columns are empty).

    Returns the values of the cells that parsed, keyed by column name, and one
    problem per cell that did not.
    """
    values: dict[str, Any] = {}
    problems: list[tuple[str, UserError]] = []
    for name, column, parser, empty in _plan(layout):
        text = cells.get(name)
        try:
            if text and not text.isspace():
                text = text.strip()
                values[name] = parser(column, text)
            elif empty is _NO_EMPTY:  # an empty cell this column refuses: said each time
                values[name] = parse_cell(column, "")
            else:  # an empty cell always parses alike: worked out once per column
                values[name] = empty
        except UserError as exc:
            problems.append((name, exc))
    return values, problems


_NO_EMPTY = object()
_PLANS: dict[int, tuple[Layout, tuple[tuple[str, ImportColumn, Any, Any], ...]]] = {}


def _plan(layout: Layout) -> tuple[tuple[str, ImportColumn, Any, Any], ...]:
    """Each column's name, parser and the value of an empty cell (by the layout's identity:
    hashing a layout costs more than the lookup saves)."""
    known = _PLANS.get(id(layout))
    if known is not None and known[0] is layout:
        return known[1]
    plan = []
    for column in layout.columns:
        try:
            empty = parse_cell(column, "")
        except UserError:
            empty = _NO_EMPTY
        plan.append((column.name, column, _PARSERS[column.kind], empty))
    _PLANS[id(layout)] = (layout, tuple(plan))
    return _PLANS[id(layout)][1]
