"""What installing a template changes: targets and deadlines, old beside new.

Pure comparison of two templates; the window and the command line render the
rows (``Message`` parts through Qt's translation, plain ``str`` parts as they are).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.deadlines import DEFAULTS, KINDS
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_app.domain.templates import Target, Template

Text = Message | str

KIND_LABELS = {
    "month": QT_TRANSLATE_NOOP("Templates", "Deadline of a monthly report"),
    "quarter": QT_TRANSLATE_NOOP("Templates", "Deadline of a quarterly report"),
    "6_months": QT_TRANSLATE_NOOP("Templates", "Deadline of a 6-month report"),
    "9_months": QT_TRANSLATE_NOOP("Templates", "Deadline of a 9-month report"),
    "year": QT_TRANSLATE_NOOP("Templates", "Deadline of the yearly report"),
}
CONVENTION_LABELS = {
    "calendar": QT_TRANSLATE_NOOP("Templates", "calendar periods"),
    "nd09": QT_TRANSLATE_NOOP("Templates", "Decree 09/2019 periods (15th to 14th)"),
}
NONE = Message("Templates", QT_TRANSLATE_NOOP("Templates", "(none)"))


@dataclass(frozen=True)
class Change:
    """One line of the comparison: what, its value before and after, and whether it differs."""

    label: Text
    old: Text
    new: Text
    changed: bool


def _t(text: str, **params: object) -> Message:
    return Message("Templates", text, dict(params))


def template_text(template: Template) -> Message:
    """``qd1520, version 1 (issued by …)``."""
    if template.issuer:
        return _t(
            QT_TRANSLATE_NOOP("Templates", "{id}, version {version}, issued by {issuer}"),
            id=template.id,
            version=template.version,
            issuer=template.issuer,
        )
    return _t(
        QT_TRANSLATE_NOOP("Templates", "{id}, version {version}"),
        id=template.id,
        version=template.version,
    )


def _amount(value: float) -> str:
    """A figure as a Vietnamese sheet writes it: 15.000, 12,5."""
    whole = float(value).is_integer()
    text = f"{int(value):,}" if whole else f"{value:,.2f}".rstrip("0")
    return text.replace(",", "\u00a0").replace(".", ",").replace("\u00a0", ".")


def target_values(target: Target) -> str:
    """``2025: 40%; 2030: 10-15%`` (a range stays a range; amounts without %)."""
    unit = "" if target.kind == "amount" else "%"
    parts = []
    for year, low in target.by_year.items():
        high = target.upper_by_year.get(year)
        value = _amount(low) if high is None else f"{_amount(low)}-{_amount(high)}"
        parts.append(f"{year}: {value}{unit}")
    return "; ".join(parts)


def target_text(target: Target) -> Text:
    """The milestones, and where the target is judged when not on the commune's form."""
    if target.for_communes:
        return target_values(target)
    return _t(
        QT_TRANSLATE_NOOP("Templates", "{values} (province level only)"),
        values=target_values(target),
    )


def deadline_text(template: Template, kind: str) -> Message:
    """The deadline of a period kind in words, the default rule included."""
    rule = (
        template.deadlines[kind]
        if kind in template.deadlines
        else DEFAULTS[template.period_convention][kind]
    )
    if rule is None:
        return _t(QT_TRANSLATE_NOOP("Templates", "no deadline"))
    if rule.startswith("+"):
        return _t(
            QT_TRANSLATE_NOOP("Templates", "{days} days after the period ends"), days=int(rule[1:])
        )
    if "-" in rule:
        month, day = rule.split("-")
        return _t(QT_TRANSLATE_NOOP("Templates", "before {day}/{month}"), day=day, month=month)
    return _t(
        QT_TRANSLATE_NOOP("Templates", "before day {day} of the period's last month"),
        day=int(rule),
    )


def _scope(template: Template) -> Text:
    if template.scope_communes is None:
        if not template.province_codes:
            return _t(QT_TRANSLATE_NOOP("Templates", "every commune"))
        return _t(
            QT_TRANSLATE_NOOP("Templates", "every commune of province {codes}"),
            codes=", ".join(template.province_codes),
        )
    return _t(
        QT_TRANSLATE_NOOP("Templates", "{count} communes of province {codes}"),
        count=len(template.scope_communes),
        codes=", ".join(template.province_codes),
    )


def _same(old: Text, new: Text) -> bool:
    if isinstance(old, Message) and isinstance(new, Message):
        return old.text == new.text and old.params == new.params
    return old == new


def _row(label: Text, old: Text | None, new: Text | None) -> Change:
    before, after = old if old is not None else NONE, new if new is not None else NONE
    return Change(label, before, after, not _same(before, after))


def compare(old: Template | None, new: Template) -> list[Change]:
    """The lines a person checks before installing ``new`` in place of ``old``:
    the template itself, plan, scope, period convention, every target, every deadline."""
    label = _t
    rows = [
        _row(
            label(QT_TRANSLATE_NOOP("Templates", "Template")),
            template_text(old) if old else None,
            template_text(new),
        ),
        _row(label(QT_TRANSLATE_NOOP("Templates", "Plan")), old.plan if old else None, new.plan),
        _row(
            label(QT_TRANSLATE_NOOP("Templates", "Communes it governs")),
            _scope(old) if old else None,
            _scope(new),
        ),
        _row(
            label(QT_TRANSLATE_NOOP("Templates", "Periods")),
            _t(CONVENTION_LABELS[old.period_convention]) if old else None,
            _t(CONVENTION_LABELS[new.period_convention]),
        ),
    ]
    old_targets = {t.id: t for t in old.targets} if old else {}
    new_targets = {t.id: t for t in new.targets}
    for target_id in [*new_targets, *(k for k in old_targets if k not in new_targets)]:
        before, after = old_targets.get(target_id), new_targets.get(target_id)
        shown = after or before
        assert shown is not None
        rows.append(
            _row(
                label(QT_TRANSLATE_NOOP("Templates", "Target: {label}"), label=shown.label),
                target_text(before) if before else None,
                target_text(after) if after else None,
            )
        )
    for kind in KINDS:
        rows.append(
            _row(
                label(KIND_LABELS[kind]),
                deadline_text(old, kind) if old else None,
                deadline_text(new, kind),
            )
        )
    return rows
