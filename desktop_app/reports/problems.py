"""Why a report workbook is refused: a reason code and a translatable plain-English detail.

Reason codes are stable machine names the aggregation screens can group by:

- ``not_xlsx``: not an Excel .xlsx workbook at all (empty, text/CSV, an old .xls, an .ods);
- ``too_large``: more than the reader accepts (a "zip bomb", cells spread over millions of
  places, too many parts or sheets: a workbook that is not a report);
- ``encrypted``: protected by a password;
- ``macros``: holds macros (an .xlsm, a VBA project, Excel 4.0 macro sheets); reports never do;
- ``damaged``: an xlsx that cannot be read, or one whose machine sheets are broken;
- ``not_ours``: a readable workbook that is not a report of this program;
- ``unsupported_version``: a report written by a newer program (or an unknown kind);
- ``bad_value``: a visible indicator cell holds text, a date or a yes/no instead of a number;
- ``implausible``: an "of which" above its total, a negative count, and the like.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.domain.messages import Message

NOT_XLSX = "not_xlsx"
TOO_LARGE = "too_large"
ENCRYPTED = "encrypted"
MACROS = "macros"
DAMAGED = "damaged"
NOT_OURS = "not_ours"
UNSUPPORTED_VERSION = "unsupported_version"
BAD_VALUE = "bad_value"
IMPLAUSIBLE = "implausible"
REASONS = (
    NOT_XLSX,
    TOO_LARGE,
    ENCRYPTED,
    MACROS,
    DAMAGED,
    NOT_OURS,
    UNSUPPORTED_VERSION,
    BAD_VALUE,
    IMPLAUSIBLE,
)
CONTEXT = "Reports"


@dataclass(frozen=True)
class Problem:
    """One reason to refuse a workbook; ``code`` names the indicator concerned, if any."""

    reason: str
    message: Message
    code: str | None = None

    @property
    def detail(self) -> str:
        """The plain-English detail, filled in (the window translates ``message``)."""
        return self.message.source()


def problem(reason: str, text: str, code: str | None = None, /, **params: Any) -> Problem:
    """A :class:`Problem`; ``text`` is a literal marked ``QT_TRANSLATE_NOOP("Reports", ...)``."""
    assert reason in REASONS, reason
    return Problem(reason, Message(CONTEXT, text, params), code)


class Refused(Exception):
    """Raised inside the reader when a file is refused outright; carries the problem."""

    def __init__(self, found: Problem) -> None:
        super().__init__(found.detail)
        self.problem = found


def parser_failed(exc: BaseException) -> bool:
    """Whether ``exc`` is python-calamine failing on a bad file rather than the program's end.

    python-calamine turns a Rust panic into ``PanicException``, a ``BaseException``;
    ``KeyboardInterrupt`` and ``SystemExit`` must still go through.
    """
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"
