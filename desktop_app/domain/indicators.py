"""The indicators of the province's report, Biểu 01 to 04 (domain.md §4).

Codes are stable machine names. Labels and units are English source texts;
the Vietnamese words of the form are their translations in the catalogue
(contexts ``Indicators`` and ``Units``): a workbook prints them through
``desktop_app.i18n.translate_in(DOCUMENT_LANGUAGE, ...)`` whatever the screen's
language, the screen through the same function in its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.digital import parse_count_text
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

FORMS: dict[str, str] = {
    "01": QT_TRANSLATE_NOOP("Indicators", "Form 01 - Libraries"),
    "02": QT_TRANSLATE_NOOP("Indicators", "Form 02 - Grassroots culture"),
    "03": QT_TRANSLATE_NOOP("Indicators", "Form 03 - Digital transformation"),
    "04": QT_TRANSLATE_NOOP("Indicators", "Form 04 - Museums"),
}
MUSEUM_FORM = "04"

# unit key -> (English source, highest plausible yearly value); the Vietnamese form prints
# the catalogue's translation, written out ("đơn vị", "lượt", domain.md §4)
UNITS: dict[str, tuple[str, int]] = {
    "facilities": (QT_TRANSLATE_NOOP("Units", "facilities"), 10_000),
    "visits": (QT_TRANSLATE_NOOP("Units", "visits"), 100_000_000),
    "cards": (QT_TRANSLATE_NOOP("Units", "cards"), 10_000_000),
    "copies": (QT_TRANSLATE_NOOP("Units", "copies"), 100_000_000),
    "events": (QT_TRANSLATE_NOOP("Units", "events"), 1_000_000),
    "clubs": (QT_TRANSLATE_NOOP("Units", "clubs"), 100_000),
    "people": (QT_TRANSLATE_NOOP("Units", "people"), 10_000_000),
    "sessions": (QT_TRANSLATE_NOOP("Units", "sessions"), 1_000_000),
    "computers": (QT_TRANSLATE_NOOP("Units", "computers"), 100_000),
    "documents": (QT_TRANSLATE_NOOP("Units", "documents"), 100_000_000),
    "objects": (QT_TRANSLATE_NOOP("Units", "objects"), 10_000_000),
    "percent": (QT_TRANSLATE_NOOP("Units", "%"), 0),
}


@dataclass(frozen=True)
class Indicator:
    """One row of a report form."""

    code: str
    form: str  # "01".."04"
    unit: str  # a key of UNITS
    label: str  # English source text, context "Indicators"
    parent: str | None = None  # the total this "of which" row is part of

    @property
    def is_percentage(self) -> bool:
        """TV10 and BT05 are growth rates, worked out from two periods."""
        return self.unit == "percent"

    @property
    def takes_baseline(self) -> bool:
        """A count that can be typed from an old paper report (not a percentage)."""
        return not self.is_percentage

    @property
    def unit_label(self) -> str:
        """The unit's English source text (context ``Units``)."""
        return UNITS[self.unit][0]

    @property
    def maximum(self) -> int:
        """The highest plausible value for a year; above it is a typing slip."""
        return UNITS[self.unit][1]


def _i(code: str, form: str, unit: str, label: str, parent: str | None = None) -> Indicator:
    return Indicator(code, form, unit, label, parent)


OF_WHICH_CHILDREN = QT_TRANSLATE_NOOP("Indicators", "of which: children")
OF_WHICH_ELDERLY = QT_TRANSLATE_NOOP("Indicators", "of which: elderly people")
OF_WHICH_WOMEN = QT_TRANSLATE_NOOP("Indicators", "of which: women")

INDICATORS: tuple[Indicator, ...] = (
    # Biểu 01 - Thư viện
    _i(
        "TV01",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP("Indicators", "Libraries, reading rooms and book cabinets in operation"),
    ),
    _i(
        "TV01a",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP("Indicators", "of which: commune libraries"),
        "TV01",
    ),
    _i(
        "TV01b",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators", "of which: private and community libraries serving the community"
        ),
        "TV01",
    ),
    _i(
        "TV02",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP("Indicators", "of which: providing lifelong-learning services"),
        "TV01",
    ),
    _i(
        "TV02a",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators", "of which: commune libraries providing lifelong-learning services"
        ),
        "TV01a",
    ),
    _i(
        "TV03",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP("Indicators", "of which: applying IT and digital transformation"),
        "TV01",
    ),
    _i(
        "TV03a",
        "01",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators", "of which: commune libraries applying IT and digital transformation"
        ),
        "TV01a",
    ),
    _i("TV04", "01", "visits", QT_TRANSLATE_NOOP("Indicators", "Reader visits")),
    _i("TV04a", "01", "visits", OF_WHICH_CHILDREN, "TV04"),
    _i("TV04b", "01", "visits", OF_WHICH_ELDERLY, "TV04"),
    _i(
        "TV04c",
        "01",
        "visits",
        QT_TRANSLATE_NOOP("Indicators", "of which: people with disabilities"),
        "TV04",
    ),
    _i(
        "TV04d",
        "01",
        "visits",
        QT_TRANSLATE_NOOP("Indicators", "of which: ethnic minority people"),
        "TV04",
    ),
    _i("TV04e", "01", "visits", OF_WHICH_WOMEN, "TV04"),
    _i(
        "TV04f", "01", "visits", QT_TRANSLATE_NOOP("Indicators", "of which: mobile service"), "TV04"
    ),
    _i("TV05", "01", "visits", QT_TRANSLATE_NOOP("Indicators", "Documents served or circulated")),
    _i("TV06", "01", "cards", QT_TRANSLATE_NOOP("Indicators", "New reader cards issued")),
    _i("TV07", "01", "copies", QT_TRANSLATE_NOOP("Indicators", "Books held (end of period)")),
    _i("TV08", "01", "events", QT_TRANSLATE_NOOP("Indicators", "Lifelong-learning activities")),
    _i("TV09", "01", "visits", QT_TRANSLATE_NOOP("Indicators", "Participants in those activities")),
    _i(
        "TV10",
        "01",
        "percent",
        QT_TRANSLATE_NOOP(
            "Indicators", "Change in reader visits against the same period last year"
        ),
    ),
    # Biểu 02 - Văn hóa cơ sở
    _i(
        "VH01",
        "02",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Culture houses, culture and sports centres and community learning centres "
            "in operation",
        ),
    ),
    _i(
        "VH01a",
        "02",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators", "of which: commune culture and sports centres and village culture houses"
        ),
        "VH01",
    ),
    _i(
        "VH02",
        "02",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators",
            "of which: with talent classes, clubs or interest groups and regular activities",
        ),
        "VH01a",
    ),
    _i(
        "VH03",
        "02",
        "clubs",
        QT_TRANSLATE_NOOP("Indicators", "Clubs, talent classes and interest groups in operation"),
    ),
    _i("VH03a", "02", "clubs", QT_TRANSLATE_NOOP("Indicators", "of which: clubs"), "VH03"),
    _i("VH03b", "02", "clubs", QT_TRANSLATE_NOOP("Indicators", "of which: talent classes"), "VH03"),
    _i(
        "VH03c", "02", "clubs", QT_TRANSLATE_NOOP("Indicators", "of which: interest groups"), "VH03"
    ),
    _i("VH04", "02", "people", QT_TRANSLATE_NOOP("Indicators", "Members")),
    _i("VH04a", "02", "people", OF_WHICH_WOMEN, "VH04"),
    _i("VH04b", "02", "people", OF_WHICH_CHILDREN, "VH04"),
    _i("VH04c", "02", "people", OF_WHICH_ELDERLY, "VH04"),
    _i("VH05", "02", "sessions", QT_TRANSLATE_NOOP("Indicators", "Club sessions")),
    _i("VH06", "02", "visits", QT_TRANSLATE_NOOP("Indicators", "Attendance at club sessions")),
    _i(
        "VH07",
        "02",
        "events",
        QT_TRANSLATE_NOOP("Indicators", "Cultural, arts, sports and learning activities held"),
    ),
    _i("VH08", "02", "visits", QT_TRANSLATE_NOOP("Indicators", "Participants and spectators")),
    _i(
        "VH09",
        "02",
        "visits",
        QT_TRANSLATE_NOOP("Indicators", "Visits to culture houses and centres"),
    ),
    # Biểu 03 - Chuyển đổi số
    _i("CS01", "03", "computers", QT_TRANSLATE_NOOP("Indicators", "Computers serving the public")),
    _i(
        "CS02",
        "03",
        "computers",
        QT_TRANSLATE_NOOP("Indicators", "of which: connected to the Internet"),
        "CS01",
    ),
    _i("CS03", "03", "visits", QT_TRANSLATE_NOOP("Indicators", "Computer and Internet use")),
    _i(
        "CS04",
        "03",
        "visits",
        QT_TRANSLATE_NOOP("Indicators", "Digital resource and digital library accesses"),
    ),
    _i(
        "CS05",
        "03",
        "documents",
        QT_TRANSLATE_NOOP("Indicators", "Documents digitised in the period"),
    ),
    _i("CS06", "03", "events", QT_TRANSLATE_NOOP("Indicators", "Activities held online")),
    _i("CS07", "03", "visits", QT_TRANSLATE_NOOP("Indicators", "Online participants")),
    _i("CS08", "03", "sessions", QT_TRANSLATE_NOOP("Indicators", "Digital skills sessions")),
    _i("CS09", "03", "visits", QT_TRANSLATE_NOOP("Indicators", "People guided in digital skills")),
    _i(
        "CS10",
        "03",
        "facilities",
        QT_TRANSLATE_NOOP(
            "Indicators", "Facilities using management software or a digital library"
        ),
    ),
    # Biểu 04 - Bảo tàng (only when a museum-type facility exists)
    _i("BT01", "04", "visits", QT_TRANSLATE_NOOP("Indicators", "Museum visitors")),
    _i(
        "BT01a",
        "04",
        "visits",
        QT_TRANSLATE_NOOP("Indicators", "of which: for research and learning"),
        "BT01",
    ),
    _i("BT02", "04", "objects", QT_TRANSLATE_NOOP("Indicators", "Objects digitised")),
    _i("BT03", "04", "objects", QT_TRANSLATE_NOOP("Indicators", "Documents and objects collected")),
    _i(
        "BT04",
        "04",
        "events",
        QT_TRANSLATE_NOOP("Indicators", "Thematic and travelling exhibitions"),
    ),
    _i(
        "BT05",
        "04",
        "percent",
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Change in research and learning visitors against the same period last year",
        ),
    ),
)

_BY_CODE = {indicator.code: indicator for indicator in INDICATORS}
# The growth rates (TV10, BT05): printed with one decimal, never added up, no last year.
PERCENTAGES = frozenset(i.code for i in INDICATORS if i.is_percentage)


def indicator(code: str) -> Indicator | None:
    """The indicator with this code, or ``None``."""
    return _BY_CODE.get(code)


def baseline_indicators() -> tuple[Indicator, ...]:
    """Every indicator a baseline can be typed for, in the order of the forms."""
    return tuple(i for i in INDICATORS if i.takes_baseline)


def parts_of(code: str) -> tuple[Indicator, ...]:
    """The "of which" rows of a total."""
    return tuple(i for i in INDICATORS if i.parent == code)


def baseline_indicator(code: str) -> Indicator:
    """The indicator ``code`` if it can have a baseline.

    Raises:
        UserError: an unknown code, or a percentage (TV10, BT05).
    """
    found = _BY_CODE.get(code)
    if found is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{code}\u201d is not an indicator."),
            "indicator",
            code=code,
        )
    if not found.takes_baseline:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{code} is a percentage worked out from two years; type the counts instead.",
            ),
            "indicator",
            code=code,
        )
    return found


def parse_baseline_text(text: str | None, code: str) -> int | None:
    """A baseline value as typed: empty means none; otherwise a plausible whole count.

    Raises:
        UserError: letters, a fraction, a negative number, or above the indicator's
        plausible maximum.
    """
    found = baseline_indicator(code)
    if text is None or not text.strip():
        return None
    return parse_count_text(text, "value", found.maximum)


def check_baseline_parts(code: str, value: float | None, stored: dict[str, float]) -> None:
    """An "of which" baseline may not exceed its total, nor a total fall below a part.

    ``stored`` holds the other values of the same period (code -> value).

    Raises:
        UserError: naming both figures.
    """
    if value is None:
        return
    found = baseline_indicator(code)
    if found.parent is not None and found.parent in stored and value > stored[found.parent]:
        raise _part_above_total(code, value, found.parent, stored[found.parent])
    for part in parts_of(code):
        if part.code in stored and stored[part.code] > value:
            raise _part_above_total(part.code, stored[part.code], code, value)


def _part_above_total(part: str, part_value: float, total: str, total_value: float) -> Exception:
    return error(
        QT_TRANSLATE_NOOP(
            "Errors", "{part} ({part_value}) cannot be above its total {total} ({total_value})."
        ),
        "value",
        part=part,
        part_value=_plain(part_value),
        total=total,
        total_value=_plain(total_value),
    )


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
