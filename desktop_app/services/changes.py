"""What changed in the database: announced once by the use case that changed it.

Services import no Qt, so the announcement is plain Python: the :class:`Workspace` keeps a
:class:`ChangeBoard` of listeners, a use case calls ``workspace.changes.announce(...)`` after its
writes, and the window's shell (``ui/shared_data.py``) turns each change into one Qt signal.

A use case that calls others (an import storing many months, a restore) runs them inside
``with workspace.changes.batch():``; what they announce is gathered and each distinct change is
heard once, when the outermost batch ends (also when it ends with an exception: a screen
reading again what did not change costs a moment, one missing a change shows stale figures).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar


class ChangeKind(StrEnum):
    """The kinds of data a screen may show."""

    VISITS = "visits"  # a facility-month of the visits log
    CLUBS = "clubs"  # clubs, their members and sessions
    ACTIVITIES = "activities"
    DIGITAL = "digital"  # digital services
    MUSEUM = "museum"
    BASELINE = "baseline"  # totals of earlier years
    FACILITIES = "facilities"  # service points and their profiles
    SETTINGS = "settings"  # the unit's names, template, role
    TEMPLATES = "templates"  # report templates installed, made or issued
    PERIOD_TEXTS = "period_texts"  # the unit's own words for a period
    SUBMISSIONS = "submissions"  # a period marked submitted or reopened
    BACKUPS = "backups"  # a backup taken (the time of the last one)


# Every kind.
EVERYTHING = frozenset(ChangeKind)
# What a dated log's screen shows beside its own kind: the service points to choose, the
# periods locked, and the template's convention for its period choice.
LOGGED = frozenset(
    {ChangeKind.FACILITIES, ChangeKind.SUBMISSIONS, ChangeKind.SETTINGS, ChangeKind.TEMPLATES}
)


@dataclass(frozen=True)
class Change:
    """One change: its kind and, where it has one, its scope.

    ``facility_id`` names the service point; ``year`` and ``month`` a month (visits);
    ``period_id`` a report period ("2026-N", "2026-Q1").
    """

    kind: ChangeKind
    facility_id: int | None = None
    year: int | None = None
    month: int | None = None
    period_id: str | None = None


Listener = Callable[[Change], None]


class ChangeBoard:
    """The listeners of one open database, and the changes of the use case running now."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._depth = 0
        self._pending: dict[Change, None] = {}  # ordered, each change once

    def listen(self, listener: Listener) -> None:
        """Call ``listener`` with every change from now on."""
        self._listeners.append(listener)

    def forget(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, *changes: Change) -> None:
        """Say what a use case changed: heard now, or at the end of the running batch."""
        with self.batch():
            self._pending.update(dict.fromkeys(changes))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Gather the changes announced inside; each distinct one is heard once at the end."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._deliver()

    def _deliver(self) -> None:
        while self._pending:  # a listener may announce again: heard in turn
            change = next(iter(self._pending))
            del self._pending[change]
            for listener in list(self._listeners):
                listener(change)


class HasChanges(Protocol):
    """What a use case is given: an open database with its :class:`ChangeBoard`."""

    changes: ChangeBoard


P = ParamSpec("P")
R = TypeVar("R")


def announces(
    kind: ChangeKind,
) -> Callable[[Callable[Concatenate[Any, P], R]], Callable[Concatenate[Any, P], R]]:
    """A use case that changes data of ``kind``: once it has succeeded, the change is heard
    once (whatever the use cases it called announced is gathered with it)."""

    def wrap(use_case: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
        @functools.wraps(use_case)
        def announcing(workspace: HasChanges, *args: P.args, **kwargs: P.kwargs) -> R:
            with workspace.changes.batch():
                result = use_case(workspace, *args, **kwargs)
                workspace.changes.announce(Change(kind))
                return result

        return announcing

    return wrap
