"""The command-line grammar of domain.md §9, with translated help."""

from __future__ import annotations

import argparse

from desktop_app import __version__
from desktop_app.domain.facility_types import type_codes
from desktop_app.i18n import LANGUAGES, translate


class UsageError(Exception):
    """Bad command-line words; the message is already translated."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _common(*, in_command: bool) -> argparse.ArgumentParser:
    """``--db`` and ``--lang``, accepted before and after the command word.

    The copies inside a command default to SUPPRESS so that a value given before
    the command (``htsd --db x.sqlite3 init ...``) is not reset to None.
    """
    default = argparse.SUPPRESS if in_command else None
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        default=default,
        metavar=translate("Cli", "PATH"),
        help=translate("Cli", "the database file (default: the one in your data folder)"),
    )
    common.add_argument(
        "--lang",
        default=default,
        choices=LANGUAGES,
        help=translate("Cli", "language of messages: vi (default) or en"),
    )
    return common


def _period_options(command: argparse.ArgumentParser) -> None:
    """``--period`` and ``--convention``, as ``export`` and ``aggregate`` take them."""
    command.add_argument(
        "--period",
        required=True,
        help=translate("Cli", "the period: 2026-N, 2026-S1, 2026-9T, 2026-Q3 or 2026-M07"),
    )
    command.add_argument(
        "--convention",
        choices=("calendar", "nd09"),
        help=translate(
            "Cli", "calendar periods or Decree 09 periods (default: the template's convention)"
        ),
    )


def _out_option(command: argparse.ArgumentParser) -> None:
    """``--out FILE``: a workbook to write, or a folder for the standard name."""
    command.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "the xlsx file to write, or a folder"),
    )


def build_parser() -> Parser:
    """The full parser. Call after the language is installed."""
    common = _common(in_command=True)
    parser = Parser(
        prog="htsd",
        description=translate(
            "Cli",
            "Records and reports of the lifelong-learning programme for commune libraries "
            "and culture houses. Without a command, opens the window.",
        ),
        parents=[_common(in_command=False)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"htsd {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    init = commands.add_parser(
        "init",
        parents=[common],
        help=translate("Cli", "set up the database for a commune or for the office"),
        description=translate(
            "Cli", "Set up the database for a commune, or (--office) for the province's office."
        ),
    )
    init.add_argument(
        "--province", required=True, help=translate("Cli", "province code, 2 digits (e.g. 66)")
    )
    unit = init.add_mutually_exclusive_group(required=True)
    unit.add_argument(
        "--commune",
        help=translate("Cli", "commune code, 5 digits with leading zeros (e.g. 24175)"),
    )
    unit.add_argument(
        "--office",
        action="store_true",
        help=translate(
            "Cli",
            "set the database up for the province's culture office (it makes the report "
            "templates and aggregates; it records no commune)",
        ),
    )
    init.add_argument(
        "--unit-name", help=translate("Cli", "name of the reporting unit (or of the office)")
    )
    init.add_argument(
        "--template",
        help=translate("Cli", "report template: qd1520, phu-yen-2023 or bac-giang-74-2023"),
    )
    init.add_argument("--preparer", help=translate("Cli", "who prepares the report"))
    init.add_argument("--head", help=translate("Cli", "head of the unit"))
    init.add_argument("--receiving-office", help=translate("Cli", "the office that receives it"))

    facility = commands.add_parser(
        "facility",
        parents=[common],
        help=translate("Cli", "manage facilities"),
        description=translate("Cli", "Manage the commune's facilities."),
    )
    facility_commands = facility.add_subparsers(
        dest="facility_command", metavar=translate("Cli", "ACTION"), required=True
    )
    add = facility_commands.add_parser(
        "add",
        parents=[common],
        help=translate("Cli", "add a facility"),
        description=translate("Cli", "Add a facility."),
    )
    add.add_argument("--code", required=True, help=translate("Cli", "short code, e.g. TV1"))
    add.add_argument("--type", required=True, choices=type_codes(), help=translate("Cli", "type"))
    add.add_argument("--name", required=True, help=translate("Cli", "name"))
    add.add_argument(
        "--opened", default="", help=translate("Cli", "opening date, dd/mm/yyyy or yyyy-mm-dd")
    )
    add.add_argument(
        "--closed", default="", help=translate("Cli", "closing date, dd/mm/yyyy or yyyy-mm-dd")
    )

    imports = commands.add_parser(
        "import",
        parents=[common],
        help=translate("Cli", "import logs from CSV or XLSX files"),
        description=translate(
            "Cli",
            "Import visits, activities, clubs, club sessions, digital services or museum "
            "figures from CSV (UTF-8) or XLSX files. The header row tells the kind of data. "
            "Either every file is imported or nothing is.",
        ),
    )
    imports.add_argument(
        "files", nargs="+", metavar=translate("Cli", "FILE"), help=translate("Cli", "files")
    )

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=translate("Cli", "build a demo commune with years of data"),
        description=translate(
            "Cli",
            "Build a realistic demo commune (Xã Hòa Phú) with facilities, clubs and years "
            "of logs ending yesterday, in a new, empty database.",
        ),
    )
    demo.add_argument(
        "--years", type=int, default=3, help=translate("Cli", "years of data (default 3)")
    )

    export = commands.add_parser(
        "export",
        parents=[common],
        help=translate("Cli", "write the report workbook of a period"),
        description=translate(
            "Cli",
            "Write the commune's report workbook (xlsx) for one period. The file name "
            "HTSD_<province>_<commune>_<period>.xlsx is used when --out is a folder.",
        ),
    )
    _period_options(export)
    export.add_argument(
        "--template", help=translate("Cli", "report template (default: the commune's template)")
    )
    _out_option(export)

    aggregate = commands.add_parser(
        "aggregate",
        parents=[common],
        help=translate("Cli", "consolidate the communes' report workbooks of a period"),
        description=translate(
            "Cli",
            "Read the report workbooks of the communes (files, or folders searched with their "
            "subfolders), check each, and write one consolidated workbook. Rejected files "
            "are listed on stderr; the exit status is 2 when no file could be used.",
        ),
    )
    _period_options(aggregate)
    aggregate.add_argument(
        "--template", help=translate("Cli", "report template (default: qd1520, the national one)")
    )
    aggregate.add_argument(
        "--province",
        help=translate(
            "Cli",
            "province code, 2 digits (default: the template's province; required with a "
            "national template)",
        ),
    )
    _out_option(aggregate)
    aggregate.add_argument(
        "inputs",
        nargs="+",
        metavar=translate("Cli", "INPUT"),
        help=translate("Cli", "report workbooks, or folders holding them"),
    )

    commands.add_parser(
        "check",
        parents=[common],
        help=translate("Cli", "check that a database is sound"),
        description=translate("Cli", "Check that a database file is sound."),
    )
    _backup_commands(commands, common)
    _template_commands(commands, common)
    return parser


def _template_commands(
    commands: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    """``template list | export ID --out DIR | install FILE [--yes] | check FILE``."""
    template = commands.add_parser(
        "template",
        parents=[common],
        help=translate("Cli", "list, send, check and install report templates"),
        description=translate(
            "Cli",
            "Report templates (one per provincial plan): list them, export one as a "
            "MauBaoCao_<id>_v<version>.htsd-mau file to send to the communes, check such a "
            "file, or install it beside a commune's database.",
        ),
    )
    actions = template.add_subparsers(
        dest="template_command", metavar=translate("Cli", "ACTION"), required=True
    )
    actions.add_parser(
        "list",
        parents=[common],
        help=translate("Cli", "list the templates, shipped and installed"),
        description=translate(
            "Cli", "List the templates the database sees; the one it uses is marked with *."
        ),
    )
    export = actions.add_parser(
        "export",
        parents=[common],
        help=translate("Cli", "write a template as a file to send to the communes"),
        description=translate(
            "Cli", "Write MauBaoCao_<id>_v<version>.htsd-mau into a folder (made if missing)."
        ),
    )
    export.add_argument("id", metavar="ID", help=translate("Cli", "the template's id"))
    export.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "the folder to write the file into"),
    )
    install = actions.add_parser(
        "install",
        parents=[common],
        help=translate("Cli", "install a template file beside a database"),
        description=translate(
            "Cli",
            "Check a .htsd-mau file, print what it changes (targets and deadlines, old and "
            "new), and install it into the templates folder beside the database; the commune "
            "then reports on it. An older version than the one installed is refused.",
        ),
    )
    install.add_argument(
        "file", metavar=translate("Cli", "FILE"), help=translate("Cli", "the .htsd-mau file")
    )
    install.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "install even when it replaces the template the commune uses"),
    )
    check = actions.add_parser(
        "check",
        parents=[common],
        help=translate("Cli", "check a template file without installing it"),
        description=translate(
            "Cli", "Check a .htsd-mau file; exit status 2 with the reason when anything is off."
        ),
    )
    check.add_argument(
        "file", metavar=translate("Cli", "FILE"), help=translate("Cli", "the .htsd-mau file")
    )


def _backup_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``backup --db PATH --to DIR`` and ``restore --db PATH FILE``."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=translate("Cli", "write a checked copy of the database into a folder"),
        description=translate(
            "Cli",
            "Write a consistent, checked copy of the database into a folder (a USB stick, "
            "for example). The copy is named <name>-<date>-<time>-manual.sqlite3.",
        ),
    )
    backup.add_argument(
        "--to",
        required=True,
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "the folder to write the copy into; it must exist"),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate("Cli", "put a backup back in place of the database"),
        description=translate(
            "Cli",
            "Put a backup back in place of the database. The database as it is now is "
            "first copied into its backups folder, so the restore can be undone. Close "
            "the window first.",
        ),
    )
    restore.add_argument(
        "file",
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "the backup file to restore"),
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help=translate(
            "Cli", "restore even when the backup belongs to another commune than the database"
        ),
    )
