"""What each command does: parse words, call services, print one result line."""

from __future__ import annotations

import argparse
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
from desktop_app.services.workspace import Workspace

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
