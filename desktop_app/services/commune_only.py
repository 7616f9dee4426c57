"""What only a commune's database does (facilities, logs, its report, the demo commune):
on the province office's database each says what that database is for and what to use
instead, rather than "not set up yet"."""

from __future__ import annotations

from desktop_app.domain.divisions import find_province
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.services import setup
from desktop_app.services.workspace import Workspace

EXPORT = "export"
FACILITY = "facility"
IMPORT = "import"
DEMO = "demo"

_TEXTS = {
    EXPORT: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the database of {office} ({province}), the province's office: it holds "
        "the plans and report templates the office issues, not a commune's records, so it "
        "has no report to export. A commune exports its report from its own database; the "
        "office adds the communes' reports up with \u201caggregate\u201d. Nothing was changed.",
    ),
    FACILITY: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the database of {office} ({province}), the province's office: it holds "
        "the plans and report templates the office issues and has no facilities. A commune "
        "adds its facilities in its own database (made with \u201cinit --province "
        "--commune\u201d and another --db). Nothing was changed.",
    ),
    IMPORT: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the database of {office} ({province}), the province's office: it holds "
        "the plans and report templates the office issues, not a commune's visits, clubs or "
        "activities. Import a commune's files into that commune's own database; the "
        "communes' report workbooks are added up with \u201caggregate\u201d. Nothing was "
        "changed.",
    ),
    DEMO: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the database of {office} ({province}), the province's office: it holds "
        "the plans and report templates the office issues, and the demo commune would mix "
        "a commune's data into it. Build the demo in a new database: give --db the name of "
        "a file that does not exist yet. Nothing was changed.",
    ),
}


def refuse_office(workspace: Workspace, action: str) -> None:
    """Raise, naming the office and the way to go, when ``workspace`` is the office's.

    Raises:
        UserError: the database was set up for the province's office.
    """
    if setup.database_role(workspace) != setup.OFFICE:
        return
    province = find_province(setup.office_province(workspace))
    raise error(
        _TEXTS[action],
        "role",
        path=str(workspace.path),
        office=setup.office_name(workspace),
        province=province.full_name if province else setup.office_province(workspace),
    )
