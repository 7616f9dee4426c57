"""Widgets with abstract methods: a base that leaves its hooks to subclasses says so in types.

Qt's metaclass and ``ABCMeta`` are combined in :class:`AbstractWidgetMeta`; Qt's constructor
does not look for abstract methods left out, so the base's constructor calls
:func:`refuse_unfinished`.
"""

from __future__ import annotations

from abc import ABCMeta

from PySide6.QtWidgets import QWidget


class AbstractWidgetMeta(ABCMeta, type(QWidget)):  # type: ignore[misc]
    """The metaclass of a widget class with abstract methods."""


def refuse_unfinished(widget: object) -> None:
    """Raise ``TypeError`` when ``widget``'s class leaves an abstract method out."""
    missing = sorted(getattr(type(widget), "__abstractmethods__", ()))
    if missing:
        raise TypeError(f"{type(widget).__name__} does not define {', '.join(missing)}")
