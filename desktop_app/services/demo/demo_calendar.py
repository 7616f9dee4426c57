"""The rhythm of a Vietnamese commune's year, for the demo data.

Visits drop around Tết (the lunar new year, late January or February) and the
facilities close for the holiday itself; they peak on 21/4 (Ngày Sách và Văn
hóa đọc Việt Nam), in the summer holidays (June to August) and in the Lifelong
Learning Week (1-7/10).
"""

from __future__ import annotations

from datetime import date, timedelta

# Mùng 1 Tết of each year (the lunar calendar cannot be computed simply).
TET: dict[int, date] = {
    2000: date(2000, 2, 5),
    2001: date(2001, 1, 24),
    2002: date(2002, 2, 12),
    2003: date(2003, 2, 1),
    2004: date(2004, 1, 22),
    2005: date(2005, 2, 9),
    2006: date(2006, 1, 29),
    2007: date(2007, 2, 18),
    2008: date(2008, 2, 7),
    2009: date(2009, 1, 26),
    2010: date(2010, 2, 14),
    2011: date(2011, 2, 3),
    2012: date(2012, 1, 23),
    2013: date(2013, 2, 10),
    2014: date(2014, 1, 31),
    2015: date(2015, 2, 19),
    2016: date(2016, 2, 8),
    2017: date(2017, 1, 28),
    2018: date(2018, 2, 16),
    2019: date(2019, 2, 5),
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}
BOOK_DAY = (4, 21)
PUBLIC_HOLIDAYS = ((1, 1), (4, 30), (5, 1), (9, 2))


def tet(year: int) -> date:
    """Mùng 1 Tết of ``year`` (an early-February stand-in outside the table)."""
    return TET.get(year, date(year, 2, 5))


def days_from_tet(day: date) -> int:
    """Days since (positive) or until (negative) the nearest Tết."""
    return (day - tet(day.year)).days


def is_tet_holiday(day: date) -> bool:
    """The days around mùng 1 when everything is closed."""
    return -1 <= days_from_tet(day) <= 3


def in_tet_lull(day: date) -> bool:
    """The weeks around Tết when few people come (holiday included)."""
    return -10 <= days_from_tet(day) <= 10


def is_public_holiday(day: date) -> bool:
    """New Year, 30/4, 1/5, 2/9."""
    return (day.month, day.day) in PUBLIC_HOLIDAYS


def season_factor(day: date) -> float:
    """How busy an ordinary day is, relative to 1.0."""
    delta = days_from_tet(day)
    if -10 <= delta <= 10:
        return 0.3
    if 11 <= delta <= 20:
        return 0.7
    if (day.month, day.day) == BOOK_DAY:
        return 3.2
    if day.month == 4 and 15 <= day.day <= 27:
        return 1.6
    if day.month == 10 and day.day <= 7:
        return 1.5
    if day.month in (6, 7, 8):
        return 1.45
    if day.month == 9:
        return 1.1
    if day.month == 12:
        return 0.9
    return 1.0


def first_monday(day: date) -> bool:
    """The first Monday of its month (the commune library's housekeeping day)."""
    return day.weekday() == 0 and day.day <= 7


def days(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last``."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def weekly(first: date, last: date, weekday: int) -> list[date]:
    """Every ``weekday`` (0 = Monday) from ``first`` to ``last``."""
    start = first + timedelta(days=(weekday - first.weekday()) % 7)
    return [start + timedelta(weeks=n) for n in range((last - start).days // 7 + 1)]


def span(years: int, today: date) -> tuple[date, date]:
    """``years`` whole years of data ending yesterday."""
    last = today - timedelta(days=1)
    try:
        first = last.replace(year=last.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        first = last.replace(year=last.year - years, day=28) + timedelta(days=2)
    return first, last
