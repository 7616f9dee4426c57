"""``export --db PATH --period 2026-N [--convention] [--template] --out FILE.xlsx``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop_app.cli.commands import EXIT_OK, configured_workspace
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.i18n import render, translate
from desktop_app.services import commune_only
from desktop_app.services.reporting import report_export


def run_export(args: argparse.Namespace) -> int:
    """Build the period's report and write its workbook; one line names the file written."""
    workspace = configured_workspace(args, commune_only.EXPORT)
    try:
        result = report_export.export_report(
            workspace,
            args.period,
            args.out,
            convention=args.convention,
            template_id=args.template,
            now=datetime.now().astimezone(),
        )
    finally:
        workspace.close()
    report = result.report
    if result.warning is not None:
        print(
            translate("Cli", "Warning: {text}").format(text=render(result.warning)), file=sys.stderr
        )
    text = (
        QT_TRANSLATE_NOOP(
            "Cli", "Wrote the report of {period} ({start} to {end}, template {template}) to {path}."
        )
        if report.data_until is None
        else QT_TRANSLATE_NOOP(
            "Cli",
            "Wrote the report of {period} ({start} to {end}: the period has not ended, "
            "template {template}) to {path}.",
        )
    )
    print(
        translate("Cli", text).format(
            period=report.period_id,
            start=report.period_start.strftime("%d/%m/%Y"),
            end=(report.data_until or report.period_end).strftime("%d/%m/%Y"),
            template=report.template_id,
            path=result.path,
        )
    )
    return EXIT_OK
