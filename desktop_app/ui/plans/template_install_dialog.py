"""File ▸ Nhận mẫu báo cáo… (or a .htsd-mau file dropped on the window).

Picks the file, shows what it changes (targets and deadlines, old beside new) and
asks to confirm, all through the dialogs seam; then installs it, and the unit
reports on it. A bad file is refused with its reason and nothing changes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.messages import Message, UserError
from desktop_app.domain.template_changes import Change, Text
from desktop_app.domain.template_files import EXTENSION
from desktop_app.i18n import render
from desktop_app.services.plans import template_exchange
from desktop_app.services.plans.template_exchange import InstallPlan
from desktop_app.services.workspace import Workspace
from desktop_app.ui import dialogs


def _text(value: Text) -> str:
    return escape(render(value) if isinstance(value, Message) else value)


def is_template_file(path: str | Path) -> bool:
    """Whether ``path`` is named like a template file (what a drop accepts)."""
    return str(path).lower().endswith(EXTENSION)


def changes_html(plan: InstallPlan, file_name: str) -> str:
    """The question: an introduction, a table of what changes (old beside new), how many
    lines stay as they are, and the question itself. Short enough for a 768-pixel screen."""
    rows = "".join(_row(change) for change in plan.changes if change.changed)
    same = sum(1 for change in plan.changes if not change.changed)
    intro = QCoreApplication.translate(
        "TemplateInstall", "The file {file} holds the report template below."
    ).format(file=escape(file_name))
    if plan.unit is not None:
        question = QCoreApplication.translate(
            "TemplateInstall", "Install it? From now on {unit} reports on this template."
        ).format(unit=escape(plan.unit.unit_name))
    else:
        question = QCoreApplication.translate("TemplateInstall", "Install it?")
    unchanged = QCoreApplication.translate(
        "TemplateInstall", "The other {count} lines (targets, deadlines, plan) stay as they are."
    ).format(count=same)
    headings = (
        QCoreApplication.translate("TemplateInstall", "Item"),
        QCoreApplication.translate("TemplateInstall", "Now"),
        QCoreApplication.translate("TemplateInstall", "After installing"),
    )
    header = "<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in headings) + "</tr>"
    return (
        f"<p>{intro}</p><table width='640' border='1' cellspacing='0' cellpadding='4'>"
        f"{header}{rows}</table><p>{unchanged if same else ''}</p><p><b>{question}</b></p>"
    )


def _row(change: Change) -> str:
    cells = (_text(change.label), _text(change.old), _text(change.new))
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def receive_template(parent: QWidget, workspace: Workspace, path: Path | None = None) -> bool:
    """Pick (unless ``path`` is given), check, show, confirm and install a template file.

    Returns True when something was installed or the unit's template changed.
    """
    title = QCoreApplication.translate("TemplateInstall", "Receive a report template")
    if path is None:
        chosen = dialogs.open_files(
            parent,
            title,
            QCoreApplication.translate("TemplateInstall", "Report templates (*{extension})").format(
                extension=EXTENSION
            ),
        )
        if not chosen:
            return False
        path = Path(chosen[0])
    try:
        plan = template_exchange.plan_install(workspace, path)
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return False
    if plan.already:
        dialogs.inform(
            parent,
            title,
            QCoreApplication.translate(
                "TemplateInstall",
                "Version {version} of the template {id} is installed and in use already.",
            ).format(version=plan.template.version, id=plan.template.id),
        )
        return False
    if not dialogs.confirm(parent, title, changes_html(plan, path.name)):
        return False
    try:
        template_exchange.install(workspace, plan)
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return False
    dialogs.inform(
        parent,
        title,
        QCoreApplication.translate(
            "TemplateInstall", "Installed the template {id}, version {version}: {name}."
        ).format(id=plan.template.id, version=plan.template.version, name=plan.template.name),
    )
    return True
