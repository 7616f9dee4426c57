"""``import --db PATH FILE...``: all files or nothing; problems one per line on stderr."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.commands import EXIT_BAD_INPUT, EXIT_OK, configured_workspace
from desktop_app.domain.import_layouts import layout_by_key
from desktop_app.i18n import render, translate
from desktop_app.services import commune_only
from desktop_app.services.importing import importing
from desktop_app.services.importing.importing import ImportRefused, Problem

MAX_PROBLEM_LINES = 20


def problem_line(problem: Problem) -> str:
    """One problem on one line, naming the file, the row and the column."""
    text = " ".join(render(problem.message).split())
    if problem.row is None:
        return translate("Cli", "{file}: {problem}").format(file=problem.file, problem=text)
    if problem.column is None:
        return translate("Cli", "{file}, row {row}: {problem}").format(
            file=problem.file, row=problem.row, problem=text
        )
    return translate("Cli", "{file}, row {row}, column {column}: {problem}").format(
        file=problem.file, row=problem.row, column=problem.column, problem=text
    )


def problem_lines(
    problems: list[Problem], limit: int = MAX_PROBLEM_LINES, total: int | None = None
) -> list[str]:
    """At most ``limit`` lines: the first problems, then how many more there are (of
    ``total``, when only some problems were kept)."""
    total = len(problems) if total is None else total
    if total <= limit:
        return [problem_line(p) for p in problems]
    shown = [problem_line(p) for p in problems[: limit - 1]]
    more = translate("Cli", "\u2026 and {count} more problems; nothing was imported.")
    return [*shown, more.format(count=total - len(shown))]


def summary_line(summary: importing.ImportSummary, path: object) -> str:
    """``Imported 2 file(s) into PATH: Visits 365, Clubs 8.``"""
    counts = ", ".join(
        f"{translate('Import', layout_by_key(key).label)} {count}"
        for key, count in summary.counts.items()
    )
    return translate("Cli", "Imported {files} file(s) into {path}: {counts}.").format(
        counts=counts or "0", files=summary.files, path=path
    )


def run_import(args: argparse.Namespace) -> int:
    """Check every file; write them all in one transaction, or nothing (exit 2)."""
    workspace = configured_workspace(args, commune_only.IMPORT)
    try:
        summary = importing.apply(workspace, args.files)
    except ImportRefused as refused:
        for line in problem_lines(refused.problems, total=refused.count):
            print(f"htsd: {line}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        workspace.close()
    print(summary_line(summary, workspace.path))
    return EXIT_OK
