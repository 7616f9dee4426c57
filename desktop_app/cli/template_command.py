"""``template list | export ID --out DIR | install FILE --db PATH [--yes] | check FILE``.

For support staff: the same checks and the same install as File ▸ Nhận mẫu báo cáo.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from desktop_app import resources
from desktop_app.cli.commands import EXIT_BAD_INPUT, EXIT_OK, db_path
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, error
from desktop_app.domain.template_changes import Change, Text
from desktop_app.domain.templates import Template
from desktop_app.i18n import render, translate
from desktop_app.services.plans import template_exchange
from desktop_app.services.workspace import Workspace


def _text(value: Text) -> str:
    return render(value) if isinstance(value, Message) else value


def describe(template: Template) -> str:
    """``dak-lak-2026, version 2, issued by … on 20/11/2026 08:00``."""
    text = translate("Cli", "{id}, version {version}").format(
        id=template.id, version=template.version
    )
    if template.issuer:
        text += translate("Cli", ", issued by {issuer}").format(issuer=template.issuer)
    if template.issued_at:
        moment = template.issued_at[8:10] + "/" + template.issued_at[5:7] + "/"
        text += translate("Cli", " on {day}").format(day=moment + template.issued_at[:4])
    return text


def change_lines(changes: tuple[Change, ...] | list[Change]) -> list[str]:
    """One line per row: ``* label: old → new`` when it changes, ``  label: value`` if not."""
    lines = []
    for change in changes:
        label = _text(change.label)
        if change.changed:
            lines.append(f"* {label}: {_text(change.old)} \u2192 {_text(change.new)}")
        else:
            lines.append(
                "  "
                + translate("Cli", "{label}: {value} (unchanged)").format(
                    label=label, value=_text(change.new)
                )
            )
    return lines


def run_template_list(args: argparse.Namespace) -> int:
    """Every template the database would see: shipped and installed, the one in use marked."""
    path = db_path(args)
    resources.use_database(path)
    in_use = _template_in_use(path)
    for template in sorted(resources.templates().values(), key=lambda t: t.id):
        where = (
            translate("Cli", "comes with the program")
            if resources.is_shipped(template.id)
            else translate("Cli", "installed: {path}").format(
                path=resources.template_file(template.id)
            )
        )
        mark = "*" if template.id == in_use else " "
        print(f"{mark} {describe(template)} \u2013 {template.name} ({where})")
    if in_use:
        print(translate("Cli", "* the template this database uses"))
    return EXIT_OK


def _template_in_use(path: Path) -> str:
    """The unit's template id, when ``path`` is a database set up for a commune."""
    if not path.is_file():
        return ""
    with contextlib.suppress(Exception):  # a listing never fails on a database it only peeks at
        workspace = Workspace.open(path, create=False, migrate=False)
        try:
            unit = workspace.unit()
        finally:
            workspace.close()
        return unit.template_id if unit else ""
    return ""


def run_template_export(args: argparse.Namespace) -> int:
    """Write ``MauBaoCao_<id>_v<version>.htsd-mau`` into ``--out``."""
    resources.use_database(db_path(args))
    path = template_exchange.export_template(args.id, Path(args.out))
    print(translate("Cli", "Wrote {path}: send it to the communes.").format(path=path))
    return EXIT_OK


def run_template_check(args: argparse.Namespace) -> int:
    """Check a file the way installing does; exit 2 with the reason when anything is off."""
    template = template_exchange.check_file(Path(args.file))
    print(
        translate("Cli", "{file}: {template}. The file is sound (checksum {checksum}).").format(
            file=Path(args.file).name, template=describe(template), checksum=template.checksum
        )
    )
    return EXIT_OK


def run_template_install(args: argparse.Namespace) -> int:
    """Print what changes, old beside new; install (``--yes`` when it replaces the one in use)."""
    path = db_path(args)
    if not path.is_file():
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."),
            "db",
            path=str(path),
        )
    workspace = Workspace.open(path, create=False)
    try:
        plan = template_exchange.plan_install(workspace, Path(args.file))
        print(
            translate("Cli", "Template file {file}: {template}.").format(
                file=Path(args.file).name, template=describe(plan.template)
            )
        )
        for line in change_lines(plan.changes):
            print(line)
        if plan.already:
            print(translate("Cli", "This version is installed already; nothing was changed."))
            return EXIT_OK
        if plan.replaces_in_use and not args.yes:
            assert plan.unit is not None
            print(
                "htsd: "
                + translate(
                    "Cli",
                    "Nothing was installed: this replaces the template {unit} reports on. "
                    "Check the lines marked * above, then run the command again with --yes.",
                ).format(unit=plan.unit.unit_name),
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        target = template_exchange.install(workspace, plan)
    finally:
        workspace.close()
    print(
        translate("Cli", "Installed {template} into {path}.").format(
            template=describe(plan.template), path=target
        )
    )
    if plan.unit is not None:
        print(
            translate("Cli", "{unit} now reports on this template.").format(
                unit=plan.unit.unit_name
            )
        )
    return EXIT_OK
