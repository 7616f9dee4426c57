"""User-facing messages raised by Qt-free code and translated at the edge.

Domain, storage and service code never import Qt. They describe what went wrong
with a :class:`Message`: an English source text (the key of Qt's translation
catalogue), its translation context and the values to put into it. The window
and the command line render it through ``QCoreApplication.translate``; see
``desktop_app/i18n.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's translation catalogue without translating it now."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A translatable text with named ``{placeholders}`` and their values."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def source(self) -> str:
        """The untranslated English text, filled in (for logs and tests)."""
        return self.text.format(**self.params)


class UserError(Exception):
    """An error the user can act on; carries a translatable :class:`Message`."""

    def __init__(self, message: Message, *, field_name: str | None = None) -> None:
        super().__init__(message.source())
        self.message = message
        self.field_name = field_name


def error(text: str, field_name: str | None = None, /, **params: Any) -> UserError:
    """Build a :class:`UserError` in the shared ``Errors`` context.

    ``text`` must be a literal wrapped in ``QT_TRANSLATE_NOOP("Errors", ...)`` at
    the call site so that lupdate collects it.
    """
    return UserError(Message("Errors", text, params), field_name=field_name)
