"""``backup --db PATH --to DIR`` and ``restore --db PATH FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.commands import EXIT_OK, db_path
from desktop_app.i18n import render, translate
from desktop_app.services.backup import backup
from desktop_app.services.backup.backup_restore import describe_unit, plan_restore, restore
from desktop_app.services.workspace import Workspace


def run_backup(args: argparse.Namespace) -> int:
    """Write a verified copy into ``--to``; one line names the file written."""
    workspace = Workspace.open(db_path(args), create=False)
    try:
        path = backup.copy_to_folder(workspace, Path(args.to))
    finally:
        workspace.close()
    print(
        translate("Cli", "Wrote a checked copy of {db} to {path}.").format(
            db=workspace.path, path=path
        )
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore ``FILE`` over ``--db``; one line says where the database as it was went."""
    target = db_path(args)
    plan = plan_restore(target, Path(args.file))
    print(
        translate("Cli", "Backup:           {unit}").format(unit=render(describe_unit(plan.backup)))
    )
    print(
        translate("Cli", "Current database: {unit}").format(
            unit=render(describe_unit(plan.current))
        )
    )
    result = restore(target, Path(args.file), other_unit=bool(getattr(args, "yes", False)))
    if result.safety_copy is None:
        print(
            translate("Cli", "Restored {db} from {file}.").format(
                db=target, file=result.restored_from
            )
        )
    else:
        print(
            translate(
                "Cli",
                "Restored {db} from {file}. The database as it was before is kept in {copy}.",
            ).format(db=target, file=result.restored_from, copy=result.safety_copy)
        )
    if result.templates_put_back:
        print(
            translate("Cli", "Put back {count} template file(s) of the office in {folder}.").format(
                count=len(result.templates_put_back), folder=result.templates_put_back[0].parent
            )
        )
    return EXIT_OK


def damaged_way_out(path: Path) -> str:
    """The sentence ``check`` adds to a damaged database: the restore command to type."""
    newest = backup.newest_good_backup(path)
    if newest is None:
        return translate(
            "Cli",
            "No good backup was found in {folder}; restore a copy from a USB stick with: "
            'htsd restore --db "{path}" FILE',
        ).format(folder=backup.backups_dir(path), path=path)
    return translate(
        "Cli",
        "The newest good backup is {backup}; restore it with: "
        'htsd restore --db "{path}" "{backup}"',
    ).format(backup=newest, path=path)
