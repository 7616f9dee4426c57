"""``BieuDo`` as LibreOffice prints it: the table and both charts on one A4 portrait page.

Needs LibreOffice and poppler-utils, as ``test_workbook_pdf.py`` does (never skips).
"""

from __future__ import annotations

from pathlib import Path

from tests.reports.test_month_charts import _report
from tests.reports.test_workbook_pdf import (
    A4,
    _page_count,
    _page_sizes,
    _pages_text,
    _squeezed,
    _to_pdf,
)

CHART_TEXTS = (
    "Lượt bạn đọc và người đến theo tháng",
    "Năm 2026",
    "Cùng kỳ năm trước (2025)",
    "Hoạt động và buổi sinh hoạt câu lạc bộ theo tháng",
    "Buổi sinh hoạt CLB",
)


def test_the_month_charts_print_on_one_a4_page(tmp_path: Path) -> None:
    pdf = _to_pdf(_report(), tmp_path)
    data = pdf.read_bytes()
    # Bieu01, Bieu02, Bieu05, Bieu06, then BieuDo on a single page, then GhiChu.
    assert _page_count(data) == 6
    sizes = _page_sizes(data)
    assert sizes and all(abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2 for w, h in sizes), sizes
    pages = _pages_text(pdf)
    charts = pages[4]
    assert _squeezed("BIỂU ĐỒ THEO THÁNG") in charts and _squeezed("GHI CHÚ") in pages[5]
    assert _squeezed("Tổng cộng") in charts and "T12" in charts
    for text in CHART_TEXTS:  # both charts are drawn on the same page
        assert _squeezed(text) in charts, text
