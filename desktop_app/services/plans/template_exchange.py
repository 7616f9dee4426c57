"""Sending and receiving report templates (issue 20): export, check, install.

An office exports a template as ``MauBaoCao_<id>_v<version>.htsd-mau``; a commune
(or support staff) checks it and installs it into the ``templates`` folder beside
its database, after seeing what it changes. The file is untrusted: it is read
bounded, checked whole (``domain.template_files``), and nothing is written until
every check passed. The window and the command line share this code.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app import resources
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.template_changes import Change, compare
from desktop_app.domain.template_files import (
    MAX_BYTES,
    exchange_bytes,
    exchange_file_name,
    read_exchange,
    too_large,
)
from desktop_app.domain.templates import Template
from desktop_app.domain.unit import UnitSettings
from desktop_app.services import setup
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.output_paths import make_folder_for, not_regular, write_output
from desktop_app.services.workspace import Workspace


@dataclass(frozen=True)
class InstallPlan:
    """What installing a file would do, worked out before anything is written.

    ``current`` is the template compared against: the one the unit uses, else an
    installed one with the same id. ``replaces_in_use`` is true when the unit's
    template changes (another template, or a newer version of its own), which a
    person confirms. ``already`` is true when this very version is installed.
    """

    template: Template
    content: bytes
    target: Path
    unit: UnitSettings | None
    current: Template | None
    changes: tuple[Change, ...]
    replaces_in_use: bool
    already: bool


def read_template_file(path: Path) -> tuple[Template, bytes]:
    """The template in an exchange file, read at most :data:`MAX_BYTES` + 1 bytes.

    Raises:
        UserError: missing, not a regular file, too large, or anything off inside.
    """
    path = Path(path).expanduser()
    try:
        info = path.stat()
    except OSError:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), "file", path=str(path)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a template file."),
            "file",
            path=str(path),
        )
    if not stat.S_ISREG(info.st_mode):
        raise not_regular(path, "file")
    if info.st_size > MAX_BYTES:
        raise too_large(path.name, info.st_size)
    with path.open("rb") as stream:
        raw = stream.read(MAX_BYTES + 1)
    return read_exchange(raw, path.name), raw


def check_file(path: Path) -> Template:
    """The template of ``path`` when every check passes (``template check``)."""
    return read_template_file(path)[0]


def export_template(template_id: str, folder: Path) -> Path:
    """Write ``MauBaoCao_<id>_v<version>.htsd-mau`` into ``folder`` (made if missing).

    Raises:
        UserError: no such template, the folder cannot be made or written, or the
        template would not pass the checks a commune makes (so it is not sent).
    """
    template = setup.require_template(template_id)
    source = resources.template_file(template.id)
    assert source is not None
    content = exchange_bytes(json.loads(source.read_bytes().decode("utf-8-sig")))
    read_exchange(content, source.name)  # what the communes will check, checked here first
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder."), "out", path=str(folder)
        )
    make_folder_for(folder, "out")
    target = folder / exchange_file_name(template)
    write_output(target, content)
    return target


def plan_install(workspace: Workspace, path: Path) -> InstallPlan:
    """Check ``path`` and work out what installing it into ``workspace`` changes.

    Raises:
        UserError: a bad file, a shipped template's id, an older version than the
        one installed, the same version with other content, or a plan that does
        not govern this commune. Nothing is written.
    """
    template, _raw = read_template_file(path)
    if resources.is_shipped(template.id):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template \u201c{id}\u201d comes with the program and cannot be replaced by "
                "a file. An office that changes a plan issues it under a new id.",
            ),
            "file",
            id=template.id,
        )
    installed = resources.template(template.id)
    if installed is not None and installed.version > template.version:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} holds version {version} of the template \u201c{id}\u201d, older than "
                "version {installed}, which is installed already. Nothing was changed.",
            ),
            "file",
            file=Path(path).name,
            version=template.version,
            id=template.id,
            installed=installed.version,
        )
    if (
        installed is not None
        and installed.version == template.version
        and installed.checksum != template.checksum
    ):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} holds version {version} of the template \u201c{id}\u201d with other "
                "content than the version {version} installed already. An issued version is "
                "never changed: ask the office for the file of a new version.",
            ),
            "file",
            file=Path(path).name,
            version=template.version,
            id=template.id,
        )
    unit = workspace.unit()
    if unit is not None and not template.covers(unit.province_code, unit.commune_code):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template \u201c{id}\u201d ({plan}) does not govern {unit} ({code}): it is "
                "written for other communes. Nothing was changed.",
            ),
            "file",
            id=template.id,
            plan=template.name,
            unit=unit.unit_name,
            code=unit.commune_code,
        )
    already = installed is not None and installed.checksum == template.checksum
    in_use = resources.template(unit.template_id) if unit is not None else None
    current = in_use if unit is not None else installed
    return InstallPlan(
        template=template,
        content=exchange_bytes(json.loads(_raw.decode("utf-8-sig"))),
        target=resources.installed_templates_dir(workspace.path) / f"{template.id}.json",
        unit=unit,
        current=current,
        changes=tuple(compare(current, template)),
        replaces_in_use=unit is not None and (unit.template_id != template.id or not already),
        already=already and (unit is None or unit.template_id == template.id),
    )


@announces(ChangeKind.TEMPLATES)
def install(workspace: Workspace, plan: InstallPlan) -> Path:
    """Write the template beside the database and make the unit use it.

    The file is written whole (a temporary file renamed into place); if the unit's
    setting cannot be stored, the folder is put back as it was.

    Raises:
        UserError: the folder cannot be written; nothing changed then.
    """
    target = plan.target
    previous = target.read_bytes() if target.is_file() else None
    wrote = False
    if previous != plan.content:
        make_folder_for(target.parent, "file")
        write_output(target, plan.content)
        wrote = True
    try:
        if plan.unit is not None and plan.unit.template_id != plan.template.id:
            setup.configure_unit(workspace, replace(plan.unit, template_id=plan.template.id))
    except BaseException:
        if wrote:
            with contextlib.suppress(OSError):
                if previous is None:
                    os.remove(target)
                else:
                    write_output(target, previous)
        raise
    return target
