"""The office's plans (issue 20): list the templates, copy one, issue a new version.

The office's database (set up for the office, or from before the office role and
holding no commune) writes templates into the ``templates`` folder beside it, each
version in its own file ``<id>_v<version>.json`` that is never rewritten; the highest
version is the one in force. A commune database only lists them. Every version written passes the
checks a commune makes on receiving it (``template_files.read_exchange``) first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app import resources
from desktop_app.domain.former_provinces import communes_formed_from, find_former
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.template_files import exchange_bytes, read_exchange
from desktop_app.domain.templates import Template
from desktop_app.services import setup
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.output_paths import make_folder_for, write_output
from desktop_app.services.workspace import Workspace
from desktop_app.storage import settings_store

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")


@dataclass(frozen=True)
class TemplateRow:
    """One line of the plans screen."""

    template: Template
    shipped: bool
    in_use: bool

    @property
    def scope_size(self) -> int | None:
        """How many communes the plan names; None for a whole province."""
        scope = self.template.scope_communes
        return None if scope is None else len(scope)


def is_office(workspace: Workspace) -> bool:
    """Whether this database is the office's, which makes and changes templates.

    It follows from what the database was set up for: the office's database holds no
    commune. A commune's database is never the office's, whatever its settings say (a
    ``role`` setting written into it by hand is ignored); a database from before the
    office role that holds no commune keeps working as the office's.
    """
    return setup.database_role(workspace) != setup.COMMUNE


def forged_role(workspace: Workspace) -> bool:
    """A commune's database whose settings claim the office's role (refused)."""
    return (
        setup.database_role(workspace) == setup.COMMUNE
        and settings_store.read_value(workspace.db, setup.ROLE_KEY) == setup.OFFICE
    )


def template_rows(workspace: Workspace) -> list[TemplateRow]:
    """Every template, shipped first, then the installed ones by id."""
    unit = workspace.unit()
    used = unit.template_id if unit is not None else None
    rows = [
        TemplateRow(found, resources.is_shipped(found.id), found.id == used)
        for found in resources.templates().values()
    ]
    return sorted(rows, key=lambda row: (not row.shipped, row.template.id))


def template_data(template_id: str) -> dict[str, Any]:
    """The JSON object of the template in force with this id."""
    setup.require_template(template_id)
    source = resources.template_file(template_id)
    assert source is not None
    data = json.loads(source.read_bytes().decode("utf-8-sig"))
    assert isinstance(data, dict)
    return data


def _issuer(workspace: Workspace) -> str:
    return setup.office_name(workspace)


def _write(workspace: Workspace, data: dict[str, Any], now: datetime) -> Template:
    """Stamp, check as a commune would, and write one new version file."""
    data = {key: value for key, value in data.items() if key != "checksum"}
    if "deadline" in data:  # an older file's single yearly deadline: kept as the year's
        deadlines = dict(data.get("deadlines") or {})
        deadlines.setdefault("year", data.pop("deadline"))
        data["deadlines"] = deadlines
    data["issuer"] = _issuer(workspace)
    data["issued_at"] = now.astimezone().isoformat(timespec="seconds")
    content = exchange_bytes(data)
    name = f"{data['id']}_v{data['version']}.json"
    template = read_exchange(content, name)
    folder = resources.installed_templates_dir(workspace.path)
    target = folder / name
    if target.exists():
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Version {version} of the template \u201c{id}\u201d is issued already; an "
                "issued version is never rewritten.",
            ),
            "version",
            version=template.version,
            id=template.id,
        )
    make_folder_for(folder, "file")
    write_output(target, content)
    return template


def _require_office(workspace: Workspace) -> None:
    if not is_office(workspace):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only the office that issues plans makes or changes report templates; this "
                "database is a commune's. The office sets up a database of its own (the "
                "set-up wizard, or \u201cinit --office\u201d).",
            ),
            "role",
        )


@announces(ChangeKind.TEMPLATES)
def create_from(workspace: Workspace, source_id: str, new_id: str, now: datetime) -> Template:
    """Copy the template ``source_id`` as version 1 of ``new_id``.

    Raises:
        UserError: not an office, a bad or taken id, or the copy fails the checks.
    """
    _require_office(workspace)
    new_id = new_id.strip()
    if not _ID.match(new_id):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "\u201c{id}\u201d cannot be a template id: use 2 to 41 lower-case letters "
                "without accents, digits and hyphens, e.g. dak-lak-2026.",
            ),
            "id",
            id=new_id[:60],
        )
    if resources.template(new_id) is not None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "A template with the id \u201c{id}\u201d exists already."),
            "id",
            id=new_id,
        )
    data = template_data(source_id)
    data["id"] = new_id
    data["version"] = 1
    return _write(workspace, data, now)


@announces(ChangeKind.TEMPLATES)
def save_version(workspace: Workspace, data: dict[str, Any], now: datetime) -> Template:
    """Issue ``data`` as the next version of its (installed, never shipped) template.

    Raises:
        UserError: not an office, a shipped template, or anything the checks refuse;
        nothing is written then.
    """
    _require_office(workspace)
    template_id = str(data.get("id", ""))
    if resources.is_shipped(template_id):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template \u201c{id}\u201d comes with the program and is read-only; make "
                "a copy with \u201cCreate from template\u201d.",
            ),
            "id",
            id=template_id,
        )
    current = setup.require_template(template_id)
    return _write(workspace, {**data, "version": current.version + 1}, now)


def former_province_communes(province_code: str, former_code: str) -> list[str]:
    """The communes of ``province_code`` formed from the former province ``former_code``
    ("54": former Phú Yên in Đắk Lắk), from the table of former provinces.

    Raises:
        UserError: ``former_code`` is not a former province that went into the province.
    """
    former = find_former(former_code.strip())
    if former is None or former.merged_into != province_code:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No former province with the code \u201c{former}\u201d went into province "
                "{province}.",
            ),
            "scope",
            province=province_code,
            former=former_code.strip()[:10],
        )
    return [commune.code for commune in communes_formed_from(former.code)]
