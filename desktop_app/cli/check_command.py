"""``check``: is the database sound, and if not, which backup to restore."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.backup_command import damaged_way_out
from desktop_app.cli.commands import EXIT_DAMAGED, EXIT_OK, EXIT_READ_ONLY, db_path
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.i18n import translate
from desktop_app.services.database_check import check_database
from desktop_app.services.workspace import DamagedDatabaseError

# What each table holds, in words (for ``check``).
TABLE_NAMES = {
    "settings": QT_TRANSLATE_NOOP("Tables", "settings"),
    "facilities": QT_TRANSLATE_NOOP("Tables", "facilities"),
    "facility_profiles": QT_TRANSLATE_NOOP("Tables", "facility profiles"),
    "visits": QT_TRANSLATE_NOOP("Tables", "days of visits"),
    "clubs": QT_TRANSLATE_NOOP("Tables", "clubs"),
    "club_members": QT_TRANSLATE_NOOP("Tables", "club members"),
    "club_sessions": QT_TRANSLATE_NOOP("Tables", "club sessions"),
    "activities": QT_TRANSLATE_NOOP("Tables", "activities"),
    "digital_services": QT_TRANSLATE_NOOP("Tables", "digital-service rows"),
    "museum_records": QT_TRANSLATE_NOOP("Tables", "museum days"),
    "baseline": QT_TRANSLATE_NOOP("Tables", "earlier-year figures"),
    "submissions": QT_TRANSLATE_NOOP("Tables", "submissions"),
    "period_texts": QT_TRANSLATE_NOOP("Tables", "assessments of periods"),
    "audit_log": QT_TRANSLATE_NOOP("Tables", "recorded changes"),
}


def run_check(args: argparse.Namespace) -> int:
    """``check``: exit 0 when sound, 1 when damaged (naming the backup to restore), 2 when
    missing or not a database of this program, 3 when sound but read-only here."""
    path = db_path(args).expanduser().absolute()
    try:
        result = check_database(path)
    except DamagedDatabaseError as exc:  # so damaged that it cannot even be opened
        result = None
        detail = str(exc.message.params.get("detail", "")) or exc.message.source()
    if result is not None and result.integrity.ok:
        counts = ", ".join(
            f"{translate('Tables', TABLE_NAMES.get(name, name))} {count}"
            for name, count in sorted(result.counts.items())
        )
        print(
            translate(
                "Cli", "The database {path} is sound (schema {version}; rows: {counts})."
            ).format(path=result.path, version=result.schema_version, counts=counts or "0")
        )
        if not result.read_only:
            return EXIT_OK
        print(
            translate(
                "Cli",
                "It is read-only here (a write-protected USB stick or a read-only folder): the "
                "program can show it but not save changes. Copy it to a folder that can be "
                "written to, or remove the write protection.",
            ),
            file=sys.stderr,
        )
        return EXIT_READ_ONLY
    if result is not None:
        detail = " ".join("; ".join(result.integrity.problems[:3]).split())[:300] or translate(
            "Cli", "{n} broken links between records"
        ).format(n=result.integrity.foreign_key_violations)
    print(
        translate(
            "Cli",
            "The database {path} is damaged ({detail}). Restore the newest good backup.",
        ).format(path=path, detail=" ".join(detail.split())[:300])
        + " "
        + damaged_way_out(path),
        file=sys.stderr,
    )
    return EXIT_DAMAGED
