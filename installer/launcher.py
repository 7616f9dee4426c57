"""Entry script of the frozen program (installer/htsd.spec): the same ``main`` as
``python -m desktop_app``: the window, or a command (see ``--help``)."""

from __future__ import annotations

from desktop_app.__main__ import main

if __name__ == "__main__":
    main()
