"""First-start set-up of a commune: who reports, to whom, under which plan."""

from __future__ import annotations

from dataclasses import replace

from desktop_app import resources
from desktop_app.domain.divisions import default_receiving_office, resolve_commune
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.unit import UnitSettings, validated_unit
from desktop_app.services.workspace import Workspace
from desktop_app.storage import settings_store

DEFAULT_TEMPLATE = "qd1520"


def check_template(template_id: str) -> str:
    """Return ``template_id`` when a template with that id ships; raise ``UserError`` if not."""
    if resources.template(template_id) is None:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no report template \u201c{id}\u201d. Known templates: {known}."
            ),
            "template_id",
            id=template_id,
            known=", ".join(sorted(resources.templates())),
        )
    return template_id


def suggested_template(province_code: str) -> str:
    """The province's own plan when one ships, else the national default."""
    for template in resources.templates().values():
        if province_code in template.province_codes:
            return template.id
    return DEFAULT_TEMPLATE


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
    province's own plan (or the national default), and no receiving office the
    province's culture department.

    Raises:
        UserError: an unknown code, a commune of another province, an unknown
        template, or bad text.
    """
    province, commune = resolve_commune(province_code, commune_code)
    unit = UnitSettings(
        province_code=province.code,
        commune_code=commune.code,
        unit_name=unit_name or commune.name,
        template_id=check_template(template_id or suggested_template(province.code)),
        preparer_name=preparer_name,
        head_name=head_name,
        receiving_office=(
            default_receiving_office(province) if receiving_office is None else receiving_office
        ),
    )
    return validated_unit(unit)


def configure_unit(workspace: Workspace, unit: UnitSettings) -> UnitSettings:
    """Store a prepared unit. The commune of a database never changes once chosen.

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
