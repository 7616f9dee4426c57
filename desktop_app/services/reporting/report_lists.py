"""Biểu 05 and 06 of a commune's report, the named days and the unit's own words.

The words are the Vietnamese form's (data, not interface strings).
"""

from __future__ import annotations

from desktop_app.domain.activities import NAMED_DAYS, TYPES
from desktop_app.domain.clubs import FIELDS as CLUB_FIELDS
from desktop_app.domain.clubs import KINDS
from desktop_app.domain.indicator_rules import PeriodFacts, active_clubs
from desktop_app.domain.period_texts import FIELDS, HEADINGS
from desktop_app.domain.periods import Period
from desktop_app.reports.model import ActivityLine, ClubLine, NamedDayLine
from desktop_app.services.reporting import period_texts
from desktop_app.services.workspace import Workspace

MODES_VI = {"tai_cho": "Tại chỗ", "luu_dong": "Lưu động", "truc_tuyen": "Trực tuyến"}


def lists(facts: PeriodFacts) -> tuple[tuple[ActivityLine, ...], tuple[ClubLine, ...]]:
    """Biểu 05's activities and Biểu 06's clubs of the period, in the form's words."""
    period = facts.period
    names = {f.id: f"{f.code} - {f.name}" for f in facts.facilities}
    activities = tuple(
        ActivityLine(
            start=a.start_day,
            end=a.end_day or a.start_day,
            facility=names.get(a.facility_id, ""),
            type=_vi_type(a.type),
            title=a.title,
            partners=a.partners,
            mode=MODES_VI.get(a.mode, a.mode),
            lifelong_learning=a.lifelong_learning,
            participants=a.participants,
            children=a.children,
            elderly=a.elderly,
            women=a.women,
        )
        for a in facts.activities
    )
    active_ids = {c.id for c in active_clubs(facts)}
    clubs = []
    for club in facts.clubs:
        if not club.exists_during(period):
            continue
        mine = [s for s in facts.sessions if s.club_id == club.id]
        clubs.append(
            ClubLine(
                code=club.code,
                name=club.name,
                kind=_vi_kind(club.kind),
                field=_vi_field(club.field),
                facility=names.get(club.facility_id, ""),
                members=club.members,
                women=club.members_women,
                children=club.members_children,
                elderly=club.members_elderly,
                sessions=len(mine),
                attendance=sum(s.attendance for s in mine),
                active=club.id in active_ids,
            )
        )
    return activities, tuple(clubs)


_TYPE_VI = {
    "ngay_sach": "Ngày Sách và Văn hóa đọc Việt Nam (21/4)",
    "ngay_sach_ban_quyen": "Ngày Sách và Bản quyền thế giới (23/4)",
    "ngay_bao_tang": "Ngày Quốc tế Bảo tàng (18/5)",
    "ngay_di_san": "Ngày Di sản văn hóa Việt Nam (23/11)",
    "tuan_le_htsd": "Tuần lễ hưởng ứng học tập suốt đời (1-7/10)",
    "trung_bay": "Trưng bày, triển lãm",
    "noi_chuyen": "Nói chuyện chuyên đề",
    "lop_hoc": "Lớp học, tập huấn",
    "luu_dong": "Thư viện lưu động",
    "luan_chuyen": "Luân chuyển sách",
    "van_nghe": "Văn nghệ",
    "the_thao": "Thể dục thể thao",
    "khac": "Khác",
}
_KIND_VI = {
    "clb": "Câu lạc bộ",
    "lop_nang_khieu": "Lớp năng khiếu",
    "nhom_so_thich": "Nhóm sở thích",
}
_FIELD_VI = {
    "van_nghe": "Văn nghệ",
    "the_thao": "Thể dục thể thao",
    "doc_sach": "Đọc sách",
    "ky_nang_so": "Kỹ năng số",
    "ngoai_ngu": "Ngoại ngữ",
    "khac": "Khác",
}
assert (
    set(_TYPE_VI) == set(TYPES)
    and set(_KIND_VI) == set(KINDS)
    and set(_FIELD_VI) == set(CLUB_FIELDS)
)


def named_days(facts: PeriodFacts) -> tuple[NamedDayLine, ...]:
    """Biểu 05's opening table: each named day or week, its activities and participants."""
    return tuple(
        NamedDayLine(
            _TYPE_VI[code],
            sum(1 for a in facts.activities if a.type == code),
            sum(a.participants for a in facts.activities if a.type == code),
        )
        for code in NAMED_DAYS
    )


def texts(workspace: Workspace, period: Period) -> tuple[tuple[str, str], ...]:
    stored = period_texts.read(workspace, period)
    return tuple((HEADINGS[name], getattr(stored, name)) for name in FIELDS)


def _vi_type(code: str) -> str:
    return _TYPE_VI.get(code, code)


def _vi_kind(code: str) -> str:
    return _KIND_VI.get(code, code)


def _vi_field(code: str) -> str:
    return _FIELD_VI.get(code, code)
