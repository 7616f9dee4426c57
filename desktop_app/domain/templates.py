"""Report templates: one data file per provincial plan (domain.md §8).

A template is JSON so that a province issuing a new plan needs a new file, not
a new release. This module parses and checks one file's bytes; finding the
files is ``desktop_app.resources``' job.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.domain.deadlines import KINDS as DEADLINE_KINDS
from desktop_app.domain.deadlines import deadline_of, valid_rule
from desktop_app.domain.indicators import indicator
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.domain.periods import Period, year_period

CONVENTIONS = ("calendar", "nd09")
TARGET_KINDS = ("share", "growth", "amount")
# "commune": a commune's form and the consolidated report; "rollup": the consolidated one only
TARGET_LEVELS = ("commune", "rollup")
# The charts a template may ask for: two in the commune's workbook (month by month,
# this year against last year), one in the consolidated workbook (visits by unit).
CHARTS = ("visits_by_month", "activities_by_month", "visits_by_unit")
# A template that names none: the consolidated workbook's chart, which domain.md §7 requires.
DEFAULT_CHARTS = ("visits_by_unit",)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
_DEADLINE = re.compile(r"^(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Target:
    """A target of the plan: ``numerator`` over ``denominator`` (share), growth or amount.

    ``by_year`` holds each milestone's value as the plan writes it, a range's lower
    bound (what "Đạt" needs); ``upper_by_year`` a range's upper bound ("10-15%").
    ``level`` is "commune" (judged on a commune's form and on the consolidated one)
    or "rollup" (the consolidated one only: the provincial museum's figures);
    ``periods`` the period kinds it is judged on (deadlines.KINDS), empty for any.
    """

    id: str
    label: str
    kind: str
    numerator: str
    denominator: str | None
    by_year: dict[int, float]
    upper_by_year: dict[int, float] = field(default_factory=dict)
    level: str = "commune"
    periods: tuple[str, ...] = ()

    def judged_on(self, period_kind: str) -> bool:
        """Whether a period of this kind ("year", "quarter"...) is judged against it."""
        return not self.periods or period_kind in self.periods

    @property
    def for_communes(self) -> bool:
        """Judged on a commune's own form too (not the consolidated report alone)."""
        return self.level == "commune"


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
    deadline: tuple[int, int] | None = None  # the yearly report's own (month, day), if fixed
    targets: tuple[Target, ...] = ()
    rules: dict[str, float] = field(default_factory=dict)
    forms: tuple[Form, ...] = ()
    form_code_suffix: str = "HTSĐ"
    charts: tuple[str, ...] = DEFAULT_CHARTS
    # the template's own deadline rule per period kind (deadlines.py); a kind it leaves out
    # takes the default of domain.md §3; a kind set to None has no deadline
    deadlines: dict[str, str | None] = field(default_factory=dict)
    # the communes the plan governs (5-digit codes); None: the whole province
    scope_communes: frozenset[str] | None = None
    # the issued version: 1 for a file that names none (the first templates)
    version: int = 1
    issuer: str = ""  # the office that issued it; empty for the shipped ones
    issued_at: str = ""  # ISO 8601 with its offset; empty when not stated
    checksum: str = ""  # template_checksum() of the file's content

    def covers(self, province_code: str, commune_code: str) -> bool:
        """Whether the plan governs this commune (its province, and its scope if it has one)."""
        if self.province_codes and province_code not in self.province_codes:
            return False
        return self.scope_communes is None or commune_code in self.scope_communes

    def deadline_for(self, period: Period) -> date | None:
        """The deadline of ``period``'s kind; None when that kind has none (never late)."""
        return deadline_of(period, self.deadlines)

    def deadline_in(self, year: int) -> date | None:
        """The deadline of the report for the year ``year`` (the template's convention)."""
        return self.deadline_for(year_period(year, self.period_convention))


def template_checksum(data: dict[str, Any]) -> str:
    """The sha256 of a template's content as canonical JSON.

    The ``checksum`` key itself is left out and a missing ``version`` counts as 1,
    so an older file and the same template exported with ``"version": 1`` agree.
    Keys are sorted, no spaces, UTF-8 text as is.
    """
    content = {key: value for key, value in data.items() if key != "checksum"}
    content.setdefault("version", 1)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _no_repeated_keys(file_name: str) -> Any:
    """A ``json.loads`` hook that refuses an object naming one key twice."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Template file {file}: the key \u201c{key}\u201d appears twice."
                    ),
                    key,
                    file=file_name,
                    key=key[:60],
                )
            found[key] = value
        return found

    return hook


def _not_a_number(file_name: str) -> Any:
    def hook(word: str) -> Any:
        raise _bad(file_name, word)

    return hook


def load_json(raw: bytes, file_name: str) -> dict[str, Any]:
    """The JSON object in ``raw``: no repeated keys, no NaN or Infinity.

    Raises:
        UserError: not UTF-8, not JSON, nested too deep, or not an object.
    """
    try:
        data = json.loads(
            raw.decode("utf-8-sig"),
            object_pairs_hook=_no_repeated_keys(file_name),
            parse_constant=_not_a_number(file_name),
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = str(exc) if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Template file {file} is not valid JSON: {detail}."),
            file=file_name,
            detail=detail[:200],
        ) from None
    if not isinstance(data, dict):
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Template file {file} does not hold a template."),
            file=file_name,
        )
    return data


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
    return template_from_data(load_json(raw, file_name), file_name)


def template_from_data(data: dict[str, Any], file_name: str) -> Template:
    """The template in a file's parsed JSON object (see :func:`parse_template`)."""
    template_id = _field(data, "id", str, file_name)
    if not _ID.match(template_id):
        raise _bad(file_name, "id")
    convention = _field(data, "period_convention", str, file_name)
    if convention not in CONVENTIONS:
        raise _bad(file_name, "period_convention")
    deadlines = _parse_deadlines(data, file_name)
    year_rule = deadlines.get("year")
    fixed = _DEADLINE.match(year_rule) if year_rule else None
    provinces = _field(data, "province_codes", list, file_name)
    if not all(isinstance(p, str) and re.fullmatch(r"\d{2}", p) for p in provinces):
        raise _bad(file_name, "province_codes")
    targets = tuple(
        _parse_target(item, file_name, f"targets[{index}].")
        for index, item in enumerate(_field(data, "targets", list, file_name))
    )
    _unique(file_name, "targets", [t.id for t in targets])
    rules = _field(data, "rules", dict, file_name)
    for key, value in rules.items():  # a share of the period's months
        if not _finite(value) or not 0 < value <= 1:
            raise _bad(file_name, f"rules.{key}")
    forms = tuple(
        _parse_form(item, file_name, f"forms[{index}].")
        for index, item in enumerate(_field(data, "forms", list, file_name))
    )
    _unique(file_name, "forms", [f.number for f in forms])
    _unique(file_name, "forms", [f.sheet for f in forms])
    _unique(file_name, "forms", [row.code for f in forms for row in f.rows])
    version, issuer, issued_at, checksum = _issue(data, file_name)
    scope = data.get("scope_communes")
    if scope is not None and (
        not isinstance(scope, list)
        or not scope
        or not all(isinstance(c, str) and re.fullmatch(r"\d{5}", c) for c in scope)
    ):
        raise _bad(file_name, "scope_communes")
    charts = data.get("charts", list(DEFAULT_CHARTS))
    if not isinstance(charts, list) or not all(c in CHARTS for c in charts):
        raise _bad(file_name, "charts")
    return Template(
        charts=tuple(dict.fromkeys(charts)),
        forms=forms,
        form_code_suffix=str(data.get("form_code_suffix", "HTSĐ")),
        id=template_id,
        name=_field(data, "name", str, file_name),
        plan=_field(data, "plan", str, file_name),
        province_codes=tuple(provinces),
        period_convention=convention,
        deadline=(int(fixed.group(1)), int(fixed.group(2))) if fixed else None,
        deadlines=deadlines,
        scope_communes=frozenset(scope) if scope is not None else None,
        targets=targets,
        rules={k: float(v) for k, v in rules.items()},
        version=version,
        issuer=issuer,
        issued_at=issued_at,
        checksum=checksum,
    )


def _issue(data: dict[str, Any], file_name: str) -> tuple[int, str, str, str]:
    """Version, issuing office, moment of issue and checksum; a stated checksum must match."""
    version = data.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 9999:
        raise _bad(file_name, "version")
    issuer = data.get("issuer", "")
    if not isinstance(issuer, str) or len(issuer) > 300:
        raise _bad(file_name, "issuer")
    issued_at = data.get("issued_at", "")
    if not isinstance(issued_at, str):
        raise _bad(file_name, "issued_at")
    if issued_at:
        try:
            moment = datetime.fromisoformat(issued_at)
        except ValueError:
            raise _bad(file_name, "issued_at") from None
        if moment.tzinfo is None:
            raise _bad(file_name, "issued_at")
    computed = template_checksum(data)
    stated = data.get("checksum")
    if stated is not None and stated != computed:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Template file {file}: its checksum does not match its content: the file was "
                "changed after it was issued. Ask the office that issued it for a new copy.",
            ),
            "checksum",
            file=file_name,
        )
    return version, issuer.strip(), issued_at, computed


def _unique(file_name: str, where: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Template file {file}: \u201c{id}\u201d appears twice in \u201c{field}\u201d.",
                ),
                where,
                file=file_name,
                id=item[:60],
                field=where,
            )
        seen.add(item)


def _known(file_name: str, field_path: str, code: Any) -> str:
    """``code`` when it names an indicator the program computes."""
    if not isinstance(code, str) or not code.strip():
        raise _bad(file_name, field_path)
    if indicator(code) is None:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Template file {file}: \u201c{field}\u201d names \u201c{code}\u201d, which is "
                "not an indicator the program computes.",
            ),
            field_path,
            file=file_name,
            field=field_path,
            code=code[:60],
        )
    return code


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _parse_deadlines(data: dict[str, Any], file_name: str) -> dict[str, str | None]:
    """``deadlines`` (kind -> rule or null); an older file's ``deadline`` is the year's."""
    found: dict[str, str | None] = {}
    if "deadline" in data:  # the single yearly deadline of the first templates
        if not valid_rule(data["deadline"]) or not _DEADLINE.match(str(data["deadline"])):
            raise _bad(file_name, "deadline")
        _real_day(file_name, "deadline", data["deadline"])
        found["year"] = data["deadline"]
    given = data.get("deadlines", {})
    if not isinstance(given, dict):
        raise _bad(file_name, "deadlines")
    for kind, rule in given.items():
        if kind not in DEADLINE_KINDS or not valid_rule(rule):
            raise _bad(file_name, f"deadlines.{kind}")
        _real_day(file_name, f"deadlines.{kind}", rule)
        found[kind] = rule
    return found


def _real_day(file_name: str, field_path: str, rule: str | None) -> None:
    """A fixed "MM-DD" deadline must be a day of the year (29/02 allowed, 31/02 not)."""
    fixed = _DEADLINE.match(rule) if rule else None
    if fixed is None:
        return
    month, day = int(fixed.group(1)), int(fixed.group(2))
    if day > calendar.monthrange(2000, month)[1]:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Template file {file}: the deadline {day:02d}/{month:02d} in \u201c{field}\u201d "
                "is not a day of the year.",
            ),
            field_path,
            file=file_name,
            day=day,
            month=month,
            field=field_path,
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
                code=_known(file_name, f"{where}rows[{index}].code", row.get("code")),
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
    by_year: dict[int, float] = {}
    upper: dict[int, float] = {}
    for year, value in _field(item, "by_year", dict, file_name, where).items():
        _swapped(file_name, f"{where}by_year.{year}", value)
        bounds = _bounds(value)
        if not re.fullmatch(r"\d{4}", str(year)) or bounds is None:
            raise _bad(file_name, f"{where}by_year.{year}")
        by_year[int(year)] = bounds[0]
        if bounds[1] is not None:
            upper[int(year)] = bounds[1]
    denominator = item.get("denominator")
    if denominator is not None:
        _known(file_name, f"{where}denominator", denominator)
    if kind not in TARGET_KINDS or not by_year or (kind == "share" and not denominator):
        raise _bad(file_name, f"{where}kind")
    level = item.get("level", "commune")
    if level not in TARGET_LEVELS:
        raise _bad(file_name, f"{where}level")
    periods = item.get("periods", [])
    if not isinstance(periods, list) or not all(p in DEADLINE_KINDS for p in periods):
        raise _bad(file_name, f"{where}periods")
    return Target(
        id=_field(item, "id", str, file_name, where),
        label=_field(item, "label", str, file_name, where),
        kind=kind,
        numerator=_known(file_name, f"{where}numerator", item.get("numerator")),
        denominator=denominator,
        by_year=dict(sorted(by_year.items())),
        upper_by_year=upper,
        level=level,
        periods=tuple(periods),
    )


def _bounds(value: Any) -> tuple[float, float | None] | None:
    """A milestone's value: a number, or a range written "10-15" (lower, upper)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return (float(value), None) if math.isfinite(value) and value >= 0 else None
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*", str(value))
    if not found or float(found.group(1)) >= float(found.group(2)):
        return None
    return float(found.group(1)), float(found.group(2))


def _swapped(file_name: str, field_path: str, value: Any) -> None:
    """A range written with its upper bound first ("15-10") is refused with that reason."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*", str(value))
    if found and float(found.group(1)) > float(found.group(2)):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Template file {file}: the range \u201c{value}\u201d in \u201c{field}\u201d has "
                "its ends swapped; write the lower bound first.",
            ),
            field_path,
            file=file_name,
            value=str(value)[:40],
            field=field_path,
        )
