"""The template exchange file ``MauBaoCao_<id>_v<version>.htsd-mau`` (issue 20).

An office sends its template to the communes as one small JSON file, by Zalo,
e-mail or USB stick. A commune receives it from anyone, so it is untrusted
input: bounded in size, every key and every list checked against a strict
schema, parsed as data (never executed) and refused with the reason when
anything is off. The same JSON, once checked, is what the ``templates`` folder
beside the database holds.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.domain.templates import (
    Template,
    load_json,
    template_checksum,
    template_from_data,
)

EXTENSION = ".htsd-mau"
MAX_BYTES = 1024 * 1024  # a real template is 10-40 kB, a whole province's scope included
MAX_TEXT = 600  # characters in one label, name or plan
# how many items a list may hold
MAX_ITEMS = {"targets": 100, "forms": 20, "rows": 200, "scope_communes": 4000, "charts": 10}

TOP_KEYS = frozenset(
    {
        "id",
        "version",
        "issuer",
        "issued_at",
        "checksum",
        "name",
        "plan",
        "province_codes",
        "scope_communes",
        "period_convention",
        "deadline",
        "deadlines",
        "charts",
        "rules",
        "targets",
        "forms",
        "form_code_suffix",
    }
)
TARGET_KEYS = frozenset(
    {"id", "label", "kind", "numerator", "denominator", "by_year", "level", "periods"}
)
FORM_KEYS = frozenset({"number", "sheet", "title", "rows"})
ROW_KEYS = frozenset({"code", "label"})
RULE_KEYS = frozenset({"active_club_min_month_share", "regular_activity_month_share"})
MAX_DEPTH = 5
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def exchange_file_name(template: Template) -> str:
    """``MauBaoCao_<id>_v<version>.htsd-mau``, the name a person recognises."""
    return f"MauBaoCao_{template.id}_v{template.version}{EXTENSION}"


def too_large(file_name: str, size: int) -> UserError:
    """The refusal of a file above :data:`MAX_BYTES` (told before it is read)."""
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Template file {file} is {size} kB, too large for a report template (at most "
            "{limit} kB): it is not a template sent by an office.",
        ),
        file=file_name,
        size=-(-size // 1024),
        limit=MAX_BYTES // 1024,
    )


def read_exchange(raw: bytes, file_name: str) -> Template:
    """The template of an exchange file, checked in full.

    Raises:
        UserError: the first thing that is off, naming the file and the field.
    """
    if len(raw) > MAX_BYTES:
        raise too_large(file_name, len(raw))
    data = load_json(raw, file_name)
    check_schema(data, file_name)
    for key in ("version", "checksum"):
        if key not in data:
            raise _missing(file_name, key)
    return template_from_data(data, file_name)


def exchange_bytes(data: dict[str, Any]) -> bytes:
    """A template's JSON object as an exchange file: its version stated (1 when the file
    named none) and its checksum added, keys in the order a person reads them."""
    content = {key: value for key, value in data.items() if key != "checksum"}
    content.setdefault("version", 1)
    first = ("id", "version", "issuer", "issued_at")
    ordered = {key: content[key] for key in first if key in content}
    ordered.update((key, value) for key, value in content.items() if key not in first)
    ordered["checksum"] = template_checksum(content)
    return (json.dumps(ordered, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_schema(data: dict[str, Any], file_name: str) -> None:
    """Every key known, every list bounded, every text short and free of control characters.

    Raises:
        UserError: an unknown key, an overlong list or text (named by its path).
    """
    _keys(data, TOP_KEYS, "", file_name)
    rules = data.get("rules")
    if isinstance(rules, dict):
        _keys(rules, RULE_KEYS, "rules.", file_name)
    for name in ("targets", "forms", "scope_communes", "charts"):
        _bounded(data.get(name), name, file_name)
    for index, target in enumerate(_list(data.get("targets"))):
        if isinstance(target, dict):
            _keys(target, TARGET_KEYS, f"targets[{index}].", file_name)
    for index, form in enumerate(_list(data.get("forms"))):
        if isinstance(form, dict):
            where = f"forms[{index}]."
            _keys(form, FORM_KEYS, where, file_name)
            _bounded(form.get("rows"), f"{where}rows", file_name, limit=MAX_ITEMS["rows"])
            for number, row in enumerate(_list(form.get("rows"))):
                if isinstance(row, dict):
                    _keys(row, ROW_KEYS, f"{where}rows[{number}].", file_name)
    _texts(data, "", file_name)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _keys(data: dict[str, Any], known: frozenset[str], where: str, file_name: str) -> None:
    for key in data:
        if key not in known:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Template file {file}: \u201c{field}\u201d is not a field of a report "
                    "template.",
                ),
                f"{where}{key}",
                file=file_name,
                field=f"{where}{key}"[:80],
            )


def _bounded(value: Any, where: str, file_name: str, limit: int | None = None) -> None:
    most = limit if limit is not None else MAX_ITEMS[where]
    if isinstance(value, list) and len(value) > most:
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Template file {file}: \u201c{field}\u201d holds {count} items; a report "
                "template has at most {limit}.",
            ),
            where,
            file=file_name,
            field=where,
            count=len(value),
            limit=most,
        )


def _texts(value: Any, where: str, file_name: str, depth: int = 0) -> None:
    """Walk the parsed data: no text longer than :data:`MAX_TEXT` or with control characters,
    nothing nested deeper than a template nests (forms, rows, fields: 4 levels)."""
    if depth > MAX_DEPTH:
        raise error(
            QT_TRANSLATE_NOOP("Errors", "Template file {file}: “{field}” is nested too deep."),
            where.rstrip("."),
            file=file_name,
            field=where.rstrip(".")[:80],
        )
    if isinstance(value, dict):
        for key, item in value.items():
            _texts(item, f"{where}{key}.", file_name, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _texts(item, f"{where.rstrip('.')}[{index}].", file_name, depth + 1)
    elif isinstance(value, str) and (len(value) > MAX_TEXT or _CONTROL.search(value)):
        raise error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Template file {file}: the text in \u201c{field}\u201d is too long or holds "
                "control characters.",
            ),
            where.rstrip("."),
            file=file_name,
            field=where.rstrip(".")[:80],
        )


def _missing(file_name: str, key: str) -> UserError:
    return error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Template file {file}: the field \u201c{field}\u201d is missing; a template sent "
            "to communes states its version and checksum.",
        ),
        key,
        file=file_name,
        field=key,
    )
