"""``python -m desktop_app``: the window, or a command (see ``--help``)."""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of ``python -m desktop_app`` and the installed ``htsd`` scripts."""
    from desktop_app.cli.main import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
