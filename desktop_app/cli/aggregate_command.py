"""The ``aggregate`` command: many report workbooks in, one consolidated workbook out."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop_app.cli.commands import EXIT_BAD_INPUT, EXIT_OK, db_path
from desktop_app.domain.periods import parse_period
from desktop_app.i18n import render, translate
from desktop_app.services.aggregation.aggregation import aggregate, input_files
from desktop_app.services.aggregation.aggregation_rules import DUPLICATE, FLAGGED, REJECTED
from desktop_app.services.aggregation.rollup_export import default_file_name, write_rollup
from desktop_app.services.output_paths import resolve_output
from desktop_app.services.setup import DEFAULT_TEMPLATE, require_template


def run_aggregate(args: argparse.Namespace) -> int:
    """Check every input, write the consolidated workbook; list on stderr every file rejected,
    set aside as a duplicate or counted with flags, each with its reasons.

    Exit 0 when the workbook is written, even with some files refused; 2 when
    no file could be used (nothing is written then).
    """
    template = require_template(args.template or DEFAULT_TEMPLATE)
    period = parse_period(args.period, args.convention or template.period_convention)
    result = aggregate(args.inputs, period, template, args.province)
    labels = {
        REJECTED: translate("Cli", "rejected"),
        DUPLICATE: translate("Cli", "duplicate"),
        FLAGGED: translate("Cli", "counted, with flags"),
    }
    for outcome in result.files:
        if outcome.status in labels:
            label = labels[outcome.status]
            reasons = " ".join(render(note) for note in outcome.notes)
            print(f"htsd: {outcome.path}: {label}: {' '.join(reasons.split())}", file=sys.stderr)
    if not result.usable:
        print(
            "htsd: "
            + translate(
                "Cli", "No usable report for period {period} in {count} file(s); nothing written."
            ).format(period=period.id, count=len(result.files)),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    out = resolve_output(  # never a database, its backups or a file this command reads
        args.out,
        default_file_name(result),
        databases=[db_path(args)],  # --db, else the default database
        inputs=[*input_files(args.inputs), *(outcome.path for outcome in result.files)],
    )
    path = write_rollup(result, out, now=datetime.now().astimezone())
    received = sum(1 for c in result.communes if c.listed and c.status in ("on_time", "late"))
    expected = sum(1 for c in result.communes if c.listed)
    print(
        translate(
            "Cli",
            "Wrote the consolidated report of {period} ({counted} of {files} files counted; "
            "{received} of {expected} communes received) to {path}.",
        ).format(
            period=period.id,
            counted=len(result.counted),
            files=len(result.files),
            received=received,
            expected=expected,
            path=path,
        )
    )
    return EXIT_OK
