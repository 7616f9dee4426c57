"""Command-line entry: dispatch, and turn every failure into one line and an exit status."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime

from desktop_app.cli import argparse_text
from desktop_app.cli.commands import (
    EXIT_BAD_INPUT,
    EXIT_DAMAGED,
    run_check,
    run_facility_add,
    run_init,
)
from desktop_app.cli.parser import UsageError, build_parser
from desktop_app.domain.messages import UserError
from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_language, render_error, translate
from desktop_app.paths import data_dir

COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("init", None): run_init,
    ("facility", "add"): run_facility_add,
    ("check", None): run_check,
}


def language_from_argv(argv: Sequence[str]) -> str:
    """``--lang en`` / ``--lang=en`` anywhere in ``argv``, else Vietnamese."""
    for index, word in enumerate(argv):
        value = None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith("--lang="):
            value = word.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


_VALUE_OPTIONS = ("--db", "--lang")


def wants_window(argv: Sequence[str]) -> bool:
    """True when ``argv`` names no command and no ``--help``/``--version``: open the window.

    Decided before anything else so that the window's ``QApplication`` is the
    first Qt application object of the process.
    """
    words = iter(argv)
    for word in words:
        if word in _VALUE_OPTIONS:
            next(words, None)
        elif word in ("-h", "--help", "--version") or not word.startswith("-"):
            return False
    return True


def _log_crash() -> str:
    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "htsd-errors.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()}\n{traceback.format_exc()}\n")
        return str(path)
    except OSError:
        return "-"


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; print failures as one line on stderr."""
    handler = COMMANDS[(args.command, getattr(args, "facility_command", None))]
    try:
        return handler(args)
    except UserError as exc:
        print(f"htsd: {render_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: say so in one line, keep the details in the log
        log = _log_crash()
        print(
            "htsd: "
            + translate("Cli", "unexpected error ({kind}); details in {log}.").format(
                kind=type(exc).__name__, log=log
            ),
            file=sys.stderr,
        )
        return EXIT_DAMAGED


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``; run a command, or open the window when there is none."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_window(argv):
        from desktop_app.ui.app import create_application  # the GUI is loaded only here

        create_application()
    install_language(language_from_argv(argv))
    argparse_text.install()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print("htsd: " + translate("Cli", "error: {detail}").format(detail=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version print and exit 0
        return int(exc.code or 0)
    if args.command is None:
        from desktop_app.ui.app import run_gui  # the GUI is loaded only here

        return run_gui(args.db, args.lang)
    return run_command(args)
