"""First-start set-up of a commune: who reports, to whom, under which plan."""

from __future__ import annotations

from dataclasses import replace

from desktop_app import resources
from desktop_app.domain.divisions import default_receiving_office, resolve_commune
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.templates import Template
from desktop_app.domain.unit import UnitSettings, validated_unit
from desktop_app.services.workspace import Workspace
from desktop_app.storage import settings_store

DEFAULT_TEMPLATE = "qd1520"


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


def templates_for(province_code: str) -> list[str]:
    """Template ids in the order to offer them: the national default, then the plans
    written for ``province_code``, then the rest.

    A merged province holds communes of several former provinces (Đắk Lắk holds
    the former Phú Yên), so no provincial plan is chosen for the user.
    """
    others = sorted(
        resources.templates().values(),
        key=lambda t: (province_code not in t.province_codes, t.name),
    )
    return [DEFAULT_TEMPLATE, *(t.id for t in others if t.id != DEFAULT_TEMPLATE)]


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


def configure_unit(
    workspace: Workspace, unit: UnitSettings, keep: set[str] | frozenset[str] = frozenset()
) -> UnitSettings:
    """Store a prepared unit. The commune of a database never changes once chosen.

    ``keep`` names fields whose stored value wins over ``unit``'s (options a
    repeated ``init`` did not give).

    Raises:
        UserError: the database already belongs to another commune.
    """
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
