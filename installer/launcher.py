"""Entry script of the frozen program (installer/htsd.spec): the same ``main`` as
``python -m desktop_app``: the window, or a command (see ``--help``)."""

from __future__ import annotations

from desktop_app.__main__ import main

if __name__ == "__main__":
    import multiprocessing

    # a worker process of the office's aggregation (file_reading) starts this program
    # again: freeze_support runs its task and ends it here, before any window or command
    multiprocessing.freeze_support()
    main()
