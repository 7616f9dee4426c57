"""``python -m desktop_app``: the window, or a command (see ``--help``)."""

from __future__ import annotations

import sys


def utf8_output() -> None:
    """Write the commands' output in UTF-8, whatever the console, pipe or file.

    On Windows a pipe or a file gets the ANSI code page (cp1252), which has no
    Vietnamese letters: every command printing a commune's name would fail with
    UnicodeEncodeError. A stream that is missing (``htsd.exe`` has no console)
    or already UTF-8 is left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            reconfigure(encoding="utf-8")


def main() -> None:
    """Entry point of ``python -m desktop_app`` and the installed ``htsd`` scripts."""
    utf8_output()
    from desktop_app.cli.main import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
