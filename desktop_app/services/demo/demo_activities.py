"""The demo commune's yearly activities and museum-room log."""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop_app.domain.activities import Activity
from desktop_app.domain.digital import MuseumRecord
from desktop_app.services.demo import demo_calendar as cal

TALKS = (
    "Phòng chống đuối nước cho trẻ em",
    "Chăm sóc sức khỏe người cao tuổi",
    "Kỹ thuật trồng rau an toàn",
    "Phòng chống lừa đảo trên mạng",
    "Pháp luật về đất đai cho người dân",
    "Nuôi dạy con trong gia đình",
)
SCHOOL = "Trường Tiểu học Hòa Phú"
YOUTH = "Đoàn Thanh niên xã"
LEARNING = "Hội Khuyến học xã"


def _people(
    rng: random.Random, low: int, high: int, children: float, elderly: float
) -> dict[str, int]:
    total = rng.randint(low, high)
    return {
        "participants": total,
        "children": round(total * children),
        "elderly": round(total * elderly),
        "women": round(total * rng.uniform(0.45, 0.65)),
    }


def _year(rng: random.Random, ids: dict[str, int], year: int) -> list[Activity]:
    tet = cal.tet(year)
    out = [
        Activity(
            date(year, 4, 21), date(year, 4, 21), ids["TV1"], "ngay_sach",
            f"Ngày Sách và Văn hóa đọc Việt Nam năm {year}", f"{SCHOOL}, {YOUTH}",
            lifelong_learning=True, **_people(rng, 250, 420, 0.55, 0.1),
        ),
        Activity(
            date(year, 4, 21), date(year, 4, 21), ids["PD1"], "ngay_sach",
            f"Ngày hội đọc sách thôn Phú Sen {year}", YOUTH,
            lifelong_learning=True, **_people(rng, 60, 110, 0.6, 0.1),
        ),
        Activity(
            date(year, 10, 1), date(year, 10, 7), ids["HT1"], "tuan_le_htsd",
            f"Tuần lễ hưởng ứng học tập suốt đời năm {year}", f"{LEARNING}, {SCHOOL}",
            lifelong_learning=True, **_people(rng, 300, 520, 0.4, 0.2),
        ),
        Activity(
            date(year, 10, 1), date(year, 10, 7), ids["TV1"], "trung_bay",
            f"Trưng bày sách hưởng ứng Tuần lễ học tập suốt đời {year}", LEARNING,
            lifelong_learning=True, **_people(rng, 150, 300, 0.45, 0.15),
        ),
        Activity(
            tet - timedelta(days=5), tet - timedelta(days=5), ids["VH1"], "van_nghe",
            f"Chương trình văn nghệ mừng Đảng, mừng Xuân {year}", YOUTH,
            **_people(rng, 400, 700, 0.25, 0.2),
        ),
        Activity(
            date(year, 3, 26), date(year, 3, 26), ids["VH1"], "the_thao",
            f"Giải bóng chuyền chào mừng ngày thành lập Đoàn 26/3/{year}", YOUTH,
            **_people(rng, 120, 250, 0.1, 0.05),
        ),
        Activity(
            date(year, 7, 12), date(year, 7, 14), ids["VH3"], "the_thao",
            f"Giải bóng đá thiếu nhi hè {year}", YOUTH, **_people(rng, 80, 160, 0.8, 0.0),
        ),
        Activity(
            date(year, 9, 1), date(year, 9, 1), ids["VH1"], "van_nghe",
            f"Văn nghệ mừng Quốc khánh 2/9/{year}", "", **_people(rng, 300, 600, 0.3, 0.2),
        ),
        Activity(
            date(year, 11, 18), date(year, 11, 18), ids["VH2"], "van_nghe",
            f"Ngày hội Đại đoàn kết toàn dân tộc thôn Phú Sen {year}", "Mặt trận Tổ quốc xã",
            **_people(rng, 150, 260, 0.3, 0.25),
        ),
        Activity(
            date(year, 3, 10), date(year, 3, 12), ids["HT1"], "lop_hoc",
            f"Lớp tập huấn kỹ năng số cho người dân đợt 1/{year}", "Bưu điện văn hóa xã",
            lifelong_learning=True, **_people(rng, 25, 45, 0.0, 0.3),
        ),
        Activity(
            date(year, 5, 18), date(year, 5, 25), ids["BT1"], "ngay_bao_tang",
            f"Hưởng ứng Ngày Quốc tế Bảo tàng: trưng bày chuyên đề Hòa Phú xưa và nay ({year})",
            SCHOOL,
            lifelong_learning=True, **_people(rng, 200, 400, 0.4, 0.2),
        ),
    ]  # fmt: skip
    for month in range(1, 13):
        visit_day = date(year, month, 8 + (3 - date(year, month, 8).weekday()) % 7)  # 2nd Thu
        out.append(
            Activity(
                visit_day, visit_day, ids["TV1"], "luu_dong",
                f"Thư viện lưu động tháng {month}/{year}", SCHOOL, mode="luu_dong",
                lifelong_learning=True, **_people(rng, 60, 130, 0.85, 0.0),
            )
        )  # fmt: skip
        if month % 2 == 0:
            out.append(
                Activity(
                    date(year, month, 20), date(year, month, 20), ids["HT1"], "noi_chuyen",
                    f"Nói chuyện chuyên đề: {TALKS[(year + month) % len(TALKS)]}", LEARNING,
                    lifelong_learning=True, **_people(rng, 30, 80, 0.05, 0.35),
                )
            )  # fmt: skip
        if month % 3 == 1:
            for code in ("PD1", "PD2"):
                out.append(
                    Activity(
                        date(year, month, 5), date(year, month, 5), ids[code], "luan_chuyen",
                        f"Luân chuyển sách quý {(month + 2) // 3}/{year}", "Thư viện xã",
                        lifelong_learning=True,
                    )
                )  # fmt: skip
        if month % 3 == 0:
            out.append(
                Activity(
                    date(year, month, 15), date(year, month, 15), ids["TV1"], "khac",
                    f"Cuộc thi tìm hiểu sách trực tuyến quý {month // 3}/{year}", YOUTH,
                    mode="truc_tuyen", lifelong_learning=True, **_people(rng, 40, 150, 0.5, 0.0),
                )
            )  # fmt: skip
    return out


def activities_for(
    rng: random.Random, ids: dict[str, int], first: date, last: date
) -> list[Activity]:
    """Every activity of the years ``first``..``last`` whose first day lies in that span."""
    found = []
    for year in range(first.year, last.year + 1):
        for activity in _year(rng, ids, year):
            if first <= activity.start_day <= last:
                found.append(activity)
    return found


def museum_for(rng: random.Random, facility_id: int, first: date, last: date) -> list[MuseumRecord]:
    """Sunday visitors and Wednesday school groups; objects digitised and collected now and then."""
    rows = []
    for day in cal.days(first, last):
        if cal.is_tet_holiday(day) or day.weekday() not in (2, 6):
            continue
        school = day.weekday() == 2 and day.month not in (6, 7, 8)
        group = 35 if school else 0
        visitors = round(rng.randint(15, 60) * cal.season_factor(day)) + group
        exhibition_week = day.month in (5, 11) and 15 <= day.day <= 21 and day.weekday() == 2
        rows.append(
            MuseumRecord(
                day,
                facility_id,
                visitors=visitors,
                learners=min(visitors, round(visitors * rng.uniform(0.3, 0.6)) + group),
                digitised=rng.randint(3, 12) if day.day <= 7 and day.weekday() == 2 else 0,
                collected=1 if rng.random() < 0.04 else 0,
                exhibitions=int(exhibition_week),
            )
        )
    return rows
