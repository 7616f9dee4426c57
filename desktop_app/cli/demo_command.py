"""``demo --db PATH [--years 3]``: a realistic commune with years of data, in a new database."""

from __future__ import annotations

import argparse

from desktop_app.cli.commands import EXIT_OK, db_path
from desktop_app.domain.dates import format_date
from desktop_app.i18n import translate
from desktop_app.services.demo import demo
from desktop_app.services.workspace import Workspace


def run_demo(args: argparse.Namespace) -> int:
    """Build the demo commune; refuse a database that already holds data."""
    demo.check_years(args.years)
    workspace = Workspace.open(db_path(args))
    try:
        summary = demo.build_demo(workspace, years=args.years)
    finally:
        workspace.close()
    counts = summary.counts
    print(
        translate(
            "Cli",
            "Built the demo commune {unit} in {path}: {facilities} facilities, data from "
            "{first} to {last}: {visits} days of visits, {clubs} clubs with {sessions} "
            "sessions, {activities} activities, {digital} digital-service rows, {museum} "
            "museum days.",
        ).format(
            unit=summary.unit_name,
            path=workspace.path,
            facilities=summary.facilities,
            first=format_date(summary.first_day),
            last=format_date(summary.last_day),
            visits=counts["visits"],
            clubs=counts["clubs"],
            sessions=counts["club_sessions"],
            activities=counts["activities"],
            digital=counts["digital_services"],
            museum=counts["museum_records"],
        )
    )
    return EXIT_OK
