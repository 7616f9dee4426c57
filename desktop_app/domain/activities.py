"""Activities and events (hoạt động, sự kiện), domain.md §2."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.counts import check_count, check_day, check_of_which
from desktop_app.domain.facility import Facility
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.text import clean_text

TYPES: dict[str, str] = {
    "ngay_sach": QT_TRANSLATE_NOOP("Activities", "Vietnam Book and Reading Culture Day (21/4)"),
    "tuan_le_htsd": QT_TRANSLATE_NOOP("Activities", "Lifelong Learning Week (1-7/10)"),
    "ngay_sach_ban_quyen": QT_TRANSLATE_NOOP("Activities", "World Book and Copyright Day (23/4)"),
    "ngay_bao_tang": QT_TRANSLATE_NOOP("Activities", "International Museum Day (18/5)"),
    "ngay_di_san": QT_TRANSLATE_NOOP("Activities", "Vietnam Cultural Heritage Day (23/11)"),
    "trung_bay": QT_TRANSLATE_NOOP("Activities", "Display or exhibition"),
    "noi_chuyen": QT_TRANSLATE_NOOP("Activities", "Thematic talk"),
    "lop_hoc": QT_TRANSLATE_NOOP("Activities", "Class or training"),
    "luu_dong": QT_TRANSLATE_NOOP("Activities", "Mobile library"),
    "luan_chuyen": QT_TRANSLATE_NOOP("Activities", "Book rotation"),
    "van_nghe": QT_TRANSLATE_NOOP("Activities", "Performing arts"),
    "the_thao": QT_TRANSLATE_NOOP("Activities", "Sports"),
    "khac": QT_TRANSLATE_NOOP("Activities", "Other"),
}
# The named days and week the plans name, in the order Biểu 05's opening table prints them.
NAMED_DAYS = ("ngay_sach", "ngay_sach_ban_quyen", "ngay_bao_tang", "ngay_di_san", "tuan_le_htsd")
MODES: dict[str, str] = {
    "tai_cho": QT_TRANSLATE_NOOP("Activities", "On site"),
    "luu_dong": QT_TRANSLATE_NOOP("Activities", "Mobile"),
    "truc_tuyen": QT_TRANSLATE_NOOP("Activities", "Online"),
}
MAX_PARTICIPANTS = 1_000_000
MAX_DAYS = 366


@dataclass(frozen=True)
class Activity:
    """An activity at one facility, on one day or over a range of days.

    It counts in the period that contains its first day (domain.md §4).
    """

    start_day: date
    end_day: date
    facility_id: int
    type: str
    title: str
    partners: str = ""
    mode: str = "tai_cho"
    lifelong_learning: bool = False
    participants: int = 0
    children: int = 0
    elderly: int = 0
    women: int = 0
    id: int | None = None


def validated_activity(activity: Activity, facility: Facility, today: date) -> Activity:
    """Clean and check an activity; raise ``UserError`` naming the field."""
    check_day(activity.start_day, facility, today, "start_day")
    if activity.end_day < activity.start_day:
        raise error(QT_TRANSLATE_NOOP("Errors", "The last day is before the first day."), "end_day")
    if (activity.end_day - activity.start_day).days >= MAX_DAYS:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "An activity cannot last more than a year."), "end_day"
        )
    if activity.type not in TYPES:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a type of activity."),
            "type",
            value=activity.type,
        )
    if activity.mode not in MODES:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a way of holding it."),
            "mode",
            value=activity.mode,
        )
    title = clean_text(activity.title, 300, "title")
    if not title:
        raise error(QT_TRANSLATE_NOOP("Errors", "The title is empty."), "title")
    check_count(activity.participants, "participants", MAX_PARTICIPANTS)
    for name in ("children", "elderly", "women"):
        check_count(getattr(activity, name), name, MAX_PARTICIPANTS)
        check_of_which(getattr(activity, name), activity.participants, name)
    partners = clean_text(activity.partners, 300, "partners")
    if title == activity.title and partners == activity.partners:
        return activity  # already clean (the usual case): no copy
    return replace(activity, title=title, partners=partners)


@dataclass(frozen=True)
class ActivityTotals:
    """How many activities and how many participants."""

    activities: int
    participants: int


def required_first_day(value: date | None, field_name: str = "start_day") -> date:
    """The first day is the one date an activity must have."""
    if value is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "Type the first day."), field_name)
    return value
