"""Work-around for PySide6's ``Signal.emit()`` dropping a reference to ``True``.

PySide6 6.12 returns ``True`` from ``SignalInstance.emit()`` without taking a reference
to it, so every emit made from Python (``dataChanged.emit``, ``closeEditor.emit``, the
screens' own signals...) takes one away from ``True``. Python 3.12 made the booleans
immortal; on 3.11, the Python this program ships with, the count runs down as the program
is used and the interpreter aborts while closing (``Fatal Python error: bool_dealloc:
deallocating True or False``), about one exit in four after some typing.

:func:`protect_booleans` checks whether this PySide6 has the fault (one emit, counted) and,
when it has, gives both booleans a reserve of references no session can use up, which is
what Python 3.12 does for them. It runs when the ``ui`` package is imported.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# 2**40 references: a million emits a second would take twelve days to use them up.
_RESERVE = 1 << 40


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    """Whether ``emit()`` takes a reference away from ``True`` in this PySide6."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    return sys.getrefcount(True) < before


def protect_booleans() -> bool:
    """Give ``True`` and ``False`` a reserve of references when ``emit()`` loses them
    (and the booleans are not immortal already). Returns whether it did."""
    if sys.version_info >= (3, 12) or not emit_loses_a_reference():
        return False
    for value in (True, False):
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, the object's first field
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
