"""What each command does: parse words, call services, print one result line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop_app.domain.dates import parse_date
from desktop_app.domain.divisions import find_province
from desktop_app.domain.facility import Facility
from desktop_app.domain.facility_types import facility_type
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.i18n import translate
from desktop_app.paths import default_db_path
from desktop_app.services import facilities, setup
from desktop_app.services.database_check import check_database
from desktop_app.services.workspace import Workspace

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

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_BAD_INPUT = 2
EXIT_READ_ONLY = 3  # check: sound, but the program could not save changes to it here


def db_path(args: argparse.Namespace) -> Path:
    """The ``--db`` path, or the default database."""
    return Path(args.db).expanduser() if args.db else default_db_path()


def run_init(args: argparse.Namespace) -> int:
    """``init``: check every value first, then create or update the database.

    Run again on a database of the same commune, it changes only the options given.
    With ``--office`` it sets the database up for the province's culture office.
    """
    if args.office:
        return _init_office(args)
    given = {
        "unit_name": args.unit_name,
        "template_id": args.template,
        "preparer_name": args.preparer,
        "head_name": args.head,
        "receiving_office": args.receiving_office,
    }
    unit = setup.prepare_unit(
        province_code=args.province,
        commune_code=args.commune,
        **{key: value for key, value in given.items() if value is not None},
    )
    workspace = Workspace.open(db_path(args))
    try:
        unit = setup.configure_unit(
            workspace, unit, keep={key for key, value in given.items() if value is None}
        )
    finally:
        workspace.close()
    province = find_province(unit.province_code)
    print(
        translate("Cli", "Set up {unit} (commune {commune}, {province}) in {path}.").format(
            unit=unit.unit_name,
            commune=unit.commune_code,
            province=province.full_name if province else unit.province_code,
            path=workspace.path,
        )
    )
    return EXIT_OK


def _init_office(args: argparse.Namespace) -> int:
    """``init --office``: the office's database (a commune's one is refused)."""
    workspace = Workspace.open(db_path(args))
    try:
        name = setup.configure_office(workspace, args.province, args.unit_name or "")
        province = find_province(setup.office_province(workspace))
    finally:
        workspace.close()
    print(
        translate("Cli", "Set up the office {office} ({province}) in {path}.").format(
            office=name,
            province=province.full_name if province else args.province,
            path=workspace.path,
        )
    )
    return EXIT_OK


def configured_workspace(args: argparse.Namespace) -> Workspace:
    """Open the ``--db`` database, which must exist and be set up."""
    workspace = Workspace.open(db_path(args), create=False)
    if workspace.unit() is None:
        workspace.close()
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {path} has not been set up; run \u201cinit\u201d first."
            ),
            path=str(workspace.path),
        )
    return workspace


def run_facility_add(args: argparse.Namespace) -> int:
    """``facility add``."""
    facility = Facility(
        code=args.code,
        type_code=args.type,
        name=args.name,
        opened_on=parse_date(args.opened, "opened"),
        closed_on=parse_date(args.closed, "closed"),
    )
    workspace = configured_workspace(args)
    try:
        added = facilities.add_facility(workspace, facility, date.today())
    finally:
        workspace.close()
    kind = facility_type(added.type_code)
    print(
        translate("Cli", "Added facility {code}: {name} ({type}).").format(
            code=added.code,
            name=added.name,
            type=translate("FacilityType", kind.name) if kind else added.type_code,
        )
    )
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """``check``: exit 0 when sound, 1 when damaged (naming the backup to restore), 2 when
    missing or not a database of this program, 3 when sound but read-only here."""
    from desktop_app.cli.backup_command import damaged_way_out
    from desktop_app.services.workspace import DamagedDatabaseError

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
