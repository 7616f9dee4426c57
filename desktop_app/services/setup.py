"""First-start set-up of a commune: who reports, to whom, under which plan."""

from __future__ import annotations

from dataclasses import replace

from desktop_app import resources
from desktop_app.domain.divisions import (
    default_receiving_office,
    find_commune,
    find_province,
    normalise_division_code,
    resolve_commune,
)
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message, error
from desktop_app.domain.templates import Template
from desktop_app.domain.unit import UnitSettings, validated_unit
from desktop_app.services.changes import ChangeKind, announces
from desktop_app.services.workspace import Workspace
from desktop_app.storage import settings_store

DEFAULT_TEMPLATE = "qd1520"
# What the database was set up for: a commune that records and reports, or the province's
# culture office that makes the plans' templates and aggregates the communes' reports.
ROLE_KEY = "role"
OFFICE = "office"
COMMUNE = "commune"
OFFICE_PROVINCE_KEY = "office_province_code"
OFFICE_NAME_KEY = "office_name"


def require_template(template_id: str) -> Template:
    """The template ``template_id`` (shipped or in the data folder).

    Raises:
        UserError: there is none; the message lists the known ones.
    """
    found = resources.template(template_id)
    if found is None:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no report template \u201c{id}\u201d. Known templates: {known}."
            ),
            "template_id",
            id=template_id,
            known=", ".join(sorted(resources.templates())),
        )
    return found


def check_template(template_id: str) -> str:
    """Return ``template_id`` when a template with that id ships; raise ``UserError`` if not."""
    return require_template(template_id).id


def templates_for(province_code: str, commune_code: str = "") -> list[str]:
    """Template ids in the order to offer them: the plan proposed for the commune
    (:func:`proposed_template`), the national default, the other plans written for
    ``province_code``, then the rest.
    """
    proposed = proposed_template(province_code, commune_code) if commune_code else None
    others = sorted(
        resources.templates().values(),
        key=lambda t: (province_code not in t.province_codes, t.name),
    )
    first = [proposed] if proposed and proposed != DEFAULT_TEMPLATE else []
    rest = [t.id for t in others if t.id not in (DEFAULT_TEMPLATE, proposed)]
    return [*first, DEFAULT_TEMPLATE, *rest]


def proposed_template(province_code: str, commune_code: str) -> str:
    """The plan that governs the commune: a provincial plan whose scope holds it, else
    the national default.

    Since the 2025 merger a province's communes may follow different plans: of today's
    Đắk Lắk, only the communes formed from former Phú Yên follow Phú Yên's plan
    (domain.md §8). A plan with a scope wins over one that covers a whole province.
    """
    found = [
        t
        for t in resources.templates().values()
        if t.province_codes and t.covers(province_code, commune_code)
    ]
    found.sort(key=lambda t: (t.scope_communes is None, t.name))
    return found[0].id if found else DEFAULT_TEMPLATE


def scope_warning(template: Template, province_code: str, commune_code: str) -> Message | None:
    """Why ``template`` does not govern this commune, or None when it does."""
    if template.covers(province_code, commune_code):
        return None
    commune = find_commune(commune_code)
    return Message(
        "Errors",
        QT_TRANSLATE_NOOP(
            "Errors",
            "\u201c{plan}\u201d does not govern {commune} ({code}): its targets and deadline "
            "are those of other communes. The plan for this commune is \u201c{proposed}\u201d.",
        ),
        {
            "plan": template.name,
            "commune": commune.name if commune else commune_code,
            "code": commune_code,
            "proposed": require_template(proposed_template(province_code, commune_code)).name,
        },
    )


def prepare_unit(
    *,
    province_code: str,
    commune_code: str,
    unit_name: str = "",
    template_id: str = "",
    preparer_name: str = "",
    head_name: str = "",
    receiving_office: str | None = None,
) -> UnitSettings:
    """Check a commune's settings without touching any database.

    An empty unit name becomes the commune's name, an empty template the
    national default, and no receiving office the province's culture department.

    Raises:
        UserError: an unknown code, a commune of another province, an unknown
        template, or bad text.
    """
    province, commune = resolve_commune(province_code, commune_code)
    unit = UnitSettings(
        province_code=province.code,
        commune_code=commune.code,
        unit_name=unit_name or commune.name,
        template_id=check_template(template_id or DEFAULT_TEMPLATE),
        preparer_name=preparer_name,
        head_name=head_name,
        receiving_office=(
            default_receiving_office(province) if receiving_office is None else receiving_office
        ),
    )
    return validated_unit(unit)


def database_role(workspace: Workspace) -> str | None:
    """``COMMUNE`` when a commune is set up (whatever else the settings say), ``OFFICE``
    when the database was set up for the office, None before either."""
    if workspace.unit() is not None:
        return COMMUNE
    return OFFICE if settings_store.read_value(workspace.db, ROLE_KEY) == OFFICE else None


def is_set_up(workspace: Workspace) -> bool:
    """Whether the first-start set-up is done (for a commune or for the office)."""
    return database_role(workspace) is not None


def office_name(workspace: Workspace) -> str:
    """The office's name as set up ("" for a database set up before the office role)."""
    return settings_store.read_value(workspace.db, OFFICE_NAME_KEY) or ""


def office_province(workspace: Workspace) -> str:
    """The province of the office's database ("" when not set up as the office)."""
    return settings_store.read_value(workspace.db, OFFICE_PROVINCE_KEY) or ""


@announces(ChangeKind.SETTINGS)
def configure_office(workspace: Workspace, province_code: str, name: str = "") -> str:
    """Set the database up for the province's culture office; its name is returned.

    An empty name becomes the province's culture department. The office's database
    holds no commune: a commune's database can never become the office's.

    Raises:
        UserError: an unknown province, a name too long, or a commune's database.
    """
    province = find_province(normalise_division_code(province_code, 2, "province"))
    if province is None:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "There is no province with code {code}."),
            "province",
            code=province_code.strip()[:10],
        )
    current = workspace.unit()
    if current is not None:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database belongs to {unit} ({code}), a commune: it cannot become the "
                "office's. The office sets up a database of its own.",
            ),
            "role",
            unit=current.unit_name,
            code=current.commune_code,
        )
    cleaned = " ".join(name.split()) or default_receiving_office(province)
    if len(cleaned) > 200:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "The office's name is longer than 200 characters."),
            "office_name",
        )
    settings_store.write_values(
        workspace.db,
        {ROLE_KEY: OFFICE, OFFICE_PROVINCE_KEY: province.code, OFFICE_NAME_KEY: cleaned},
    )
    return cleaned


@announces(ChangeKind.SETTINGS)
def configure_unit(
    workspace: Workspace, unit: UnitSettings, keep: set[str] | frozenset[str] = frozenset()
) -> UnitSettings:
    """Store a prepared unit. The commune of a database never changes once chosen.

    ``keep`` names fields whose stored value wins over ``unit``'s (options a
    repeated ``init`` did not give).

    Raises:
        UserError: the database already belongs to another commune, or to the office.
    """
    if settings_store.read_value(workspace.db, ROLE_KEY) == OFFICE:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was set up for the office ({office}); a commune needs a "
                "database of its own.",
            ),
            "role",
            office=office_name(workspace),
        )
    current = workspace.unit()
    if current and current.commune_code != unit.commune_code:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database already belongs to {unit} ({code}); a database serves one commune.",
            ),
            "commune",
            unit=current.unit_name,
            code=current.commune_code,
        )
    if current is not None and keep:
        unit = replace(unit, **{name: getattr(current, name) for name in keep})
    settings_store.write_unit(workspace.db, unit)
    return unit


@announces(ChangeKind.SETTINGS)
def update_report_settings(
    workspace: Workspace,
    *,
    unit_name: str,
    preparer_name: str,
    head_name: str,
    receiving_office: str,
    template_id: str,
) -> UnitSettings:
    """Change the names printed on reports and the template; the commune stays."""
    current = workspace.unit()
    if current is None:
        raise error(QT_TRANSLATE_NOOP("Errors", "The commune has not been set up yet."), "commune")
    unit = validated_unit(
        replace(
            current,
            unit_name=unit_name,
            preparer_name=preparer_name,
            head_name=head_name,
            receiving_office=receiving_office,
            template_id=check_template(template_id),
        )
    )
    settings_store.write_unit(workspace.db, unit)
    return unit
