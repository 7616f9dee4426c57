"""Command-line entry: dispatch, and turn every failure into one line and an exit status."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from desktop_app.cli import argparse_text
from desktop_app.cli.commands import EXIT_BAD_INPUT, EXIT_DAMAGED, db_path
from desktop_app.cli.parser import UsageError, build_parser
from desktop_app.crash_log import write_crash_log
from desktop_app.domain.messages import UserError
from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_language, render_error, translate
from desktop_app.services import instance
from desktop_app.services.workspace import DamagedDatabaseError
from desktop_app.storage.sqlite_errors import DiskError, as_user_error

# command -> (module, function); a command's module is imported only when it runs, so
# that opening the window does not load the code of every command.
COMMANDS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("init", None): ("commands", "run_init"),
    ("facility", "add"): ("commands", "run_facility_add"),
    ("check", None): ("check_command", "run_check"),
    ("import", None): ("import_command", "run_import"),
    ("demo", None): ("demo_command", "run_demo"),
    ("export", None): ("export_command", "run_export"),
    ("aggregate", None): ("aggregate_command", "run_aggregate"),
    ("backup", None): ("backup_command", "run_backup"),
    ("restore", None): ("backup_command", "run_restore"),
    ("template", "list"): ("template_command", "run_template_list"),
    ("template", "export"): ("template_command", "run_template_export"),
    ("template", "install"): ("template_command", "run_template_install"),
    ("template", "check"): ("template_command", "run_template_check"),
}


def handler_of(key: tuple[str, str | None]) -> Callable[[argparse.Namespace], int]:
    """The function that runs command ``key``."""
    module, function = COMMANDS[key]
    found: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(f"desktop_app.cli.{module}"), function
    )
    return found


# Commands that write to the database hold its lock while they run; reading ones need not.
# (Opening records who acts, for the audit trail: export and backup take the lock too.)
WRITES = {
    ("init", None),
    ("facility", "add"),
    ("import", None),
    ("demo", None),
    ("restore", None),
    ("export", None),
    ("backup", None),
    ("template", "install"),
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


def one_line(text: str) -> str:
    """Fold a message onto one line (details from SQLite may hold line breaks)."""
    return " ".join(text.split())


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; print failures as one line on stderr."""
    action = getattr(args, "facility_command", None) or getattr(args, "template_command", None)
    key = (args.command, action)
    handler = handler_of(key)
    try:
        if key not in WRITES:
            return handler(args)
        with instance.exclusive(db_path(args)):  # not while a window has it open
            return handler(args)
    except (DamagedDatabaseError, DiskError) as exc:  # damaged, in use, disk full, stick out
        print(f"htsd: {one_line(render_error(exc))}", file=sys.stderr)
        return EXIT_DAMAGED
    except UserError as exc:
        print(f"htsd: {one_line(render_error(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: say so in one line, keep the details in the log
        if (disk := as_user_error(exc, getattr(args, "db", None))) is not None:
            print(f"htsd: {one_line(render_error(disk))}", file=sys.stderr)
            return EXIT_DAMAGED
        log = write_crash_log(type(exc), exc, exc.__traceback__)
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
