"""Report templates: one data file per provincial plan (domain.md §8).

A template is JSON so that a province issuing a new plan needs a new file, not
a new release. This module parses and checks one file's bytes; finding the
files is ``desktop_app.resources``' job.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error

CONVENTIONS = ("calendar", "nd09")
TARGET_KINDS = ("share", "growth", "amount")
# The charts a template may ask for: two in the commune's workbook (month by month,
# this year against last year), one in the consolidated workbook (visits by unit).
CHARTS = ("visits_by_month", "activities_by_month", "visits_by_unit")
# A template that names none: the consolidated workbook's chart, which domain.md §7 requires.
DEFAULT_CHARTS = ("visits_by_unit",)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
_DEADLINE = re.compile(r"^(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Target:
    """A target of the plan: ``numerator`` over ``denominator`` (share), growth or amount."""

    id: str
    label: str
    kind: str
    numerator: str
    denominator: str | None
    by_year: dict[int, float]


@dataclass(frozen=True)
class FormRow:
    """One indicator row of a form, with the label the sheet prints."""

    code: str
    label: str


@dataclass(frozen=True)
class Form:
    """One report form (Biểu): its number, sheet name, title and rows in order."""

    number: str
    sheet: str
    title: str
    rows: tuple[FormRow, ...]


@dataclass(frozen=True)
class Template:
    """A provincial plan's report template."""

    id: str
    name: str
    plan: str
    province_codes: tuple[str, ...]
    period_convention: str
    deadline: tuple[int, int]  # (month, day) of the yearly report deadline
    targets: tuple[Target, ...] = ()
    rules: dict[str, float] = field(default_factory=dict)
    forms: tuple[Form, ...] = ()
    form_code_suffix: str = "HTSĐ"
    charts: tuple[str, ...] = DEFAULT_CHARTS
    # the communes the plan governs (5-digit codes); None: the whole province
    scope_communes: frozenset[str] | None = None

    def deadline_in(self, year: int) -> date:
        """The yearly report's deadline in ``year`` (29/02 falls back to 28/02)."""
        month, day = self.deadline
        try:
            return date(year, month, day)
        except ValueError:
            return date(year, month, 28)


def _bad(file_name: str, field_path: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            "Errors", "Template file {file}: the field \u201c{field}\u201d is missing or wrong."
        ),
        field_path,
        file=file_name,
        field=field_path,
    )


def _field(data: dict[str, Any], key: str, kind: type, file_name: str, where: str = "") -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise _bad(file_name, f"{where}{key}")
    return value


def parse_template(raw: bytes, file_name: str) -> Template:
    """Parse one template file.

    Raises:
        UserError: naming ``file_name`` and the first field that is missing or wrong.
    """
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Template file {file} is not valid JSON: {detail}."),
            file=file_name,
            detail=str(exc),
        ) from None
    if not isinstance(data, dict):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Template file {file} does not hold a template."),
            file=file_name,
        )
    template_id = _field(data, "id", str, file_name)
    if not _ID.match(template_id):
        raise _bad(file_name, "id")
    convention = _field(data, "period_convention", str, file_name)
    deadline = _DEADLINE.match(_field(data, "deadline", str, file_name))
    if (
        convention not in CONVENTIONS
        or not deadline
        or not (1 <= int(deadline.group(1)) <= 12 and 1 <= int(deadline.group(2)) <= 31)
    ):
        bad = "period_convention" if convention not in CONVENTIONS else "deadline"
        raise _bad(file_name, bad)
    provinces = _field(data, "province_codes", list, file_name)
    if not all(isinstance(p, str) and re.fullmatch(r"\d{2}", p) for p in provinces):
        raise _bad(file_name, "province_codes")
    targets = tuple(
        _parse_target(item, file_name, f"targets[{index}].")
        for index, item in enumerate(_field(data, "targets", list, file_name))
    )
    rules = _field(data, "rules", dict, file_name)
    if not all(isinstance(v, (int, float)) for v in rules.values()):
        raise _bad(file_name, "rules")
    forms = tuple(
        _parse_form(item, file_name, f"forms[{index}].")
        for index, item in enumerate(_field(data, "forms", list, file_name))
    )
    charts = data.get("charts", list(DEFAULT_CHARTS))
    if not isinstance(charts, list) or not all(c in CHARTS for c in charts):
        raise _bad(file_name, "charts")
    scope = data.get("scope_communes")
    if scope is not None and (
        not isinstance(scope, list)
        or not all(isinstance(c, str) and re.fullmatch(r"\d{5}", c) for c in scope)
    ):
        raise _bad(file_name, "scope_communes")
    return Template(
        scope_communes=frozenset(scope) if scope is not None else None,
        charts=tuple(dict.fromkeys(charts)),
        forms=forms,
        form_code_suffix=str(data.get("form_code_suffix", "HTSĐ")),
        id=template_id,
        name=_field(data, "name", str, file_name),
        plan=_field(data, "plan", str, file_name),
        province_codes=tuple(provinces),
        period_convention=convention,
        deadline=(int(deadline.group(1)), int(deadline.group(2))),
        targets=targets,
        rules={k: float(v) for k, v in rules.items()},
    )


def _parse_form(item: Any, file_name: str, where: str) -> Form:
    if not isinstance(item, dict):
        raise _bad(file_name, where.rstrip("."))
    rows = []
    for index, row in enumerate(_field(item, "rows", list, file_name, where)):
        if not isinstance(row, dict):
            raise _bad(file_name, f"{where}rows[{index}]")
        rows.append(
            FormRow(
                code=_field(row, "code", str, file_name, f"{where}rows[{index}]."),
                label=_field(row, "label", str, file_name, f"{where}rows[{index}]."),
            )
        )
    number = _field(item, "number", str, file_name, where)
    sheet = _field(item, "sheet", str, file_name, where)
    if not re.fullmatch(r"[A-Za-z0-9_]{1,31}", sheet):
        raise _bad(file_name, f"{where}sheet")
    return Form(number, sheet, _field(item, "title", str, file_name, where), tuple(rows))


def _parse_target(item: Any, file_name: str, where: str) -> Target:
    if not isinstance(item, dict):
        raise _bad(file_name, where.rstrip("."))
    kind = _field(item, "kind", str, file_name, where)
    by_year_raw = _field(item, "by_year", dict, file_name, where)
    try:
        by_year = {int(year): float(value) for year, value in by_year_raw.items()}
    except (TypeError, ValueError):
        by_year = {}
    denominator = item.get("denominator")
    if kind not in TARGET_KINDS or not by_year or (kind == "share" and not denominator):
        raise _bad(file_name, f"{where}kind")
    return Target(
        id=_field(item, "id", str, file_name, where),
        label=_field(item, "label", str, file_name, where),
        kind=kind,
        numerator=_field(item, "numerator", str, file_name, where),
        denominator=denominator,
        by_year=by_year,
    )
