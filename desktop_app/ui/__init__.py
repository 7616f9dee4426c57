"""The window: the only package that imports QtWidgets."""

from desktop_app.ui.signal_refcount import protect_singletons

protect_singletons()  # before any screen emits a signal or starts a thread: see signal_refcount.py
