"""The window: the only package that imports QtWidgets."""

from desktop_app.ui.signal_refcount import protect_booleans

protect_booleans()  # before any screen emits a signal: see signal_refcount.py
