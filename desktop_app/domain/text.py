"""Free text typed by users: trimmed, one line, bounded."""

from __future__ import annotations

import re
import unicodedata

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # exactly the characters of category Cc


def normalise_space(text: str) -> str:
    """Collapse runs of white space (the official list has "Xã  Bắc Đông Quan")."""
    return _SPACES.sub(" ", text or "").strip()


def clean_text(text: str | None, max_length: int, field_name: str | None = None) -> str:
    """NFC-normalise, collapse spaces and bound the length of a one-line text.

    Raises:
        UserError: the text is longer than ``max_length`` or holds control characters.
    """
    value = normalise_space(unicodedata.normalize("NFC", text or ""))
    if _CONTROL.search(value):  # Unicode category Cc
        raise error(QT_TRANSLATE_NOOP("Errors", "The text holds control characters."), field_name)
    if len(value) > max_length:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The text is longer than {max} characters."),
            field_name,
            max=max_length,
        )
    return value


def search_key(text: str) -> str:
    """Accent-free lower-case form for searching: "Hòa Phú" -> "hoa phu"."""
    decomposed = unicodedata.normalize(
        "NFD", normalise_space(text).replace("đ", "d").replace("Đ", "D")
    )
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
