"""The unit's own words for a period (domain.md §4): the "Thuyết minh" sheet.

Three plain texts, which Phú Yên's plan asks for with every report: Đánh giá
chung; Khó khăn, vướng mắc; Đề xuất, kiến nghị. Several lines are kept (a
paragraph each); control characters other than line breaks are refused; the
workbook writes them as text, never as a formula.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

MAX_LENGTH = 4_000  # per text: about a printed page
FIELDS = ("assessment", "difficulties", "proposals")
# The headings the sheet prints (the Vietnamese form's words, data).
HEADINGS = {
    "assessment": "Đánh giá chung",
    "difficulties": "Khó khăn, vướng mắc",
    "proposals": "Đề xuất, kiến nghị",
}


@dataclass(frozen=True)
class PeriodTexts:
    """The three texts of one period; empty when not written."""

    assessment: str = ""
    difficulties: str = ""
    proposals: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.assessment or self.difficulties or self.proposals)


def clean_paragraphs(text: str | None, field_name: str) -> str:
    """NFC, Windows line ends made plain, spaces collapsed inside each line, blank lines
    at both ends dropped.

    Raises:
        UserError: control characters other than line breaks and tabs, or above
        :data:`MAX_LENGTH` characters.
    """
    value = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in value.split("\n")]
    value = "\n".join(lines).strip("\n")
    if any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in value):
        raise error(QT_TRANSLATE_NOOP("Errors", "The text holds control characters."), field_name)
    if len(value) > MAX_LENGTH:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The text is longer than {max} characters."),
            field_name,
            max=MAX_LENGTH,
        )
    return value


def validated_texts(texts: PeriodTexts) -> PeriodTexts:
    """``texts`` cleaned (see :func:`clean_paragraphs`); raises ``UserError`` naming the field."""
    return PeriodTexts(**{name: clean_paragraphs(getattr(texts, name), name) for name in FIELDS})
