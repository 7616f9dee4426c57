"""Work-around for PySide6 6.12 releasing references it never took to ``True`` and ``None``.

Two faults, both measured on PySide6 6.12.0 with Python 3.11:

- ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every
  emit made from Python (``dataChanged.emit``, ``closeEditor.emit``, the screens' own
  signals...) takes one away from ``True``;
- a ``QThread`` whose ``run()`` is written in Python releases the ``None`` that ``run()``
  returns once more than it took, so every background job (the overview's figures, an
  import, an aggregation) takes one reference away from ``None``.

Python 3.12 made ``None``, ``True`` and ``False`` immortal; on 3.11, the Python this
program ships with on Linux, the counts run down as the program is used until the
interpreter aborts (``Fatal Python error: bool_dealloc`` / ``none_dealloc``), or frees
``None`` while it is in use and crashes: about one exit in four after some typing, and a
crash in a long session or a long test run.

:func:`protect_singletons` gives the three a reserve of references no session can use
up, which is what Python 3.12 does for them. It runs when the ``ui`` package is imported,
before any screen emits a signal or starts a thread.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QThread, Signal

# 2**40 references: a million emits a second would take twelve days to use them up.
_RESERVE = 1 << 40


class _Probe(QObject):
    fired = Signal()


class _Run(QThread):
    def run(self) -> None:  # returns None, which the fault releases once too often
        return None


def emit_loses_a_reference() -> bool:
    """Whether ``emit()`` takes a reference away from ``True`` in this PySide6."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    return sys.getrefcount(True) < before


def thread_run_loses_a_reference() -> bool:
    """Whether a Python ``QThread.run()`` takes a reference away from ``None``."""
    thread = _Run()
    before = sys.getrefcount(None)
    thread.start()
    thread.wait()
    return sys.getrefcount(None) < before


def protect_singletons() -> bool:
    """Give ``None``, ``True`` and ``False`` a reserve of references when this PySide6
    loses them (and they are not immortal already). Returns whether it did."""
    if sys.version_info >= (3, 12):
        return False
    if not (emit_loses_a_reference() or thread_run_loses_a_reference()):
        return False
    for value in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, the object's first field
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
