"""The office's aggregation: a folder of commune workbooks in, checked figures out (domain.md §7).

The same code serves the window (in a worker thread, with progress and
Cancel) and the ``aggregate`` command. ``file_reading`` reads the files (each
whole into memory only when it is small enough to be a report, handed to the
pure reader and dropped, so a folder of any size stays within bounded memory;
many files on every core). The rules that decide each file's fate are in
``aggregation_rules`` and ``aggregation_checks``; the units are counted and added up in
``aggregation_units``; the month tables of the counted files are added up here.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import resources
from desktop_app.domain.divisions import communes_of, find_province, provinces
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.reports.contract import Expected
from desktop_app.reports.month_table import MonthFigures, add_up
from desktop_app.services.aggregation.aggregation_rules import (
    CommuneStatus,
    FileOutcome,
    completeness,
    settle_files,
    unit_copies,
)
from desktop_app.services.aggregation.aggregation_units import UnitCopy, settle_units, unit_totals
from desktop_app.services.aggregation.file_reading import (
    AggregationCancelled as AggregationCancelled,
)
from desktop_app.services.aggregation.file_reading import IsCancelled, Progress, read_files
from desktop_app.services.aggregation.file_verdict import judge_file

if TYPE_CHECKING:
    from desktop_app.reports.reader import ReadResult

# what a folder is searched for; a file named on its own is always read
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xls", ".ods", ".csv")


@dataclass(frozen=True)
class Aggregation:
    """The outcome of reading a set of files for one period, province and template."""

    period: Period
    template: Template
    province_code: str
    province_name: str
    deadline: date | None  # of the period's kind; None where the template sets none
    files: tuple[FileOutcome, ...]
    communes: tuple[CommuneStatus, ...]
    current: dict[str, float | None]  # the province's figures, column 2
    previous: dict[str, float | None]  # last year's, column 1: the sum of the figures given
    with_previous: int  # counted units that gave both years' reader visits
    months: tuple[MonthFigures, ...] = ()  # the counted files' month tables added up
    month_units: int = 0  # how many units those tables add up
    units: tuple[UnitCopy, ...] = ()  # every unit counted, from the copy that counts

    @property
    def counted(self) -> tuple[FileOutcome, ...]:
        """The files whose figures are in the totals."""
        return tuple(f for f in self.files if f.counted)

    @property
    def usable(self) -> bool:
        """Whether there is anything to write."""
        return bool(self.counted)

    @property
    def units_included(self) -> tuple[str, ...]:
        """Every unit counted, directly or inside a rollup, in code order."""
        return tuple(sorted({unit for f in self.counted for unit in f.units}))


@functools.cache
def _all_communes() -> frozenset[str]:
    """Every commune code of the country (a consolidated file never comes from one)."""
    return frozenset(c.code for p in provinces() for c in communes_of(p.code))


def input_files(inputs: Iterable[Path | str]) -> list[Path]:
    """The files to read: each file named, and the spreadsheets inside each folder named.

    Folders are searched through their subfolders; hidden files, Excel's ``~$`` lock
    files and anything that is not a regular file (a pipe, a device) are skipped. A path
    that does not exist is kept, so that it is reported as unreadable rather than silently
    dropped.
    """
    found: dict[str, Path] = {}
    for given in inputs:
        path = Path(given).expanduser()
        if path.is_dir():
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith((".", "~$")):
                        continue
                    if name.lower().endswith(SPREADSHEET_SUFFIXES):
                        child = Path(folder) / name
                        if child.is_file():  # a pipe or a device in the folder is skipped
                            found.setdefault(os.path.normcase(str(child.absolute())), child)
        else:
            found.setdefault(os.path.normcase(str(path.absolute())), path)
    return list(found.values())


def month_totals(
    counted: Iterable[FileOutcome], period: Period
) -> tuple[tuple[MonthFigures, ...], int]:
    """The month tables of the counted files that list the period's months, added up, and
    how many units they add up (a consolidated file's table: the units its row 5 says)."""
    labels = [f"T{month}" for _year, month in period.months()]
    tables = [
        table
        for outcome in counted
        if outcome.result is not None
        and (table := outcome.result.month_table) is not None
        and [m.label for m in table.months] == labels
        and table.units <= len(outcome.units)
    ]
    months = add_up([table.months for table in tables])
    return months, sum(table.units for table in tables) if months else 0


def _known_province(template: Template, province_code: str | None) -> str | None:
    """The province asked for (checked), else the template's own; None when neither says.

    Raises:
        UserError: an unknown province code.
    """
    if province_code:
        if find_province(province_code) is None:
            raise error(
                QT_TRANSLATE_NOOP("Errors", "There is no province with code {code}."),
                "province",
                code=province_code,
            )
        return province_code
    if len(template.province_codes) == 1:
        return template.province_codes[0]
    return None


def _province(template: Template, province_code: str | None, results: Sequence[ReadResult]) -> str:
    """The province aggregated: the one asked for, else the template's own; never a vote of
    the files (a few stray files must not decide it).

    Raises:
        UserError: an unknown province, or none asked for with a template for many provinces
        (the message lists the provinces the files come from).
    """
    known = _known_province(template, province_code)
    if known:
        return known
    found = sorted({r.meta.get("province_code", "")[:8] for r in results if r.meta} - {""})
    raise error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Say which province is aggregated (--province): template {template} is not for one "
            "province. The files come from provinces: {found}.",
        ),
        "province",
        template=template.id,
        found=", ".join(found) or "-",
    )


def aggregate(
    inputs: Sequence[Path | str],
    period: Period,
    template: Template,
    province_code: str | None = None,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    now: datetime | None = None,
) -> Aggregation:
    """Read every input file and settle the province's figures for ``period``.

    ``province_code`` is the province aggregated, else the template's own when it names
    one (else a refusal). ``now`` is the moment of aggregation (a report made later is
    refused). ``progress(done, total)`` is called
    after each file; when ``is_cancelled()`` turns true,
    :class:`AggregationCancelled` is raised.

    Raises:
        UserError: an unknown province code, or no province given for a national template.
        AggregationCancelled: the user cancelled.
    """
    paths = input_files(inputs)
    known = _known_province(template, province_code)
    expected = (
        Expected(known, period.id, period.convention) if known else None
    )  # other provinces' and periods' reports: read no further than their _meta
    read = [
        (path, refused, result)
        for path, (refused, result) in zip(
            paths, read_files(paths, progress, is_cancelled, expected=expected), strict=True
        )
    ]
    province = known or _province(template, province_code, [r for _, _, r in read if r])
    # the deadline of the period's own kind (domain.md §3); a kind without one is never late
    deadline = template.deadline_for(period)
    moment = now or datetime.now(UTC)
    communes = frozenset(c.code for c in communes_of(province))
    outcomes = []
    for path, refused, result in read:
        if refused is not None:
            outcomes.append(refused)
        else:
            assert result is not None
            own = resources.template(result.meta.get("template_id", "")) or template
            outcomes.append(
                judge_file(
                    path,
                    result,
                    period,
                    province,
                    template.id,
                    deadline,
                    own,
                    now=moment,
                    communes=communes,
                    in_scope=template.scope_communes,
                    all_communes=_all_communes(),
                    template_version=template.version,
                )
            )
    settled = settle_units(unit_copies(outcomes, period.end, deadline))
    files = settle_files(outcomes, settled)
    current, previous, with_previous = unit_totals(settled.copies)
    months, month_units = month_totals((o for o in files if o.counted), period)
    scope = template.scope_communes
    expected = [(c.code, c.name) for c in communes_of(province) if scope is None or c.code in scope]
    found = find_province(province) if province else None
    return Aggregation(
        period=period,
        template=template,
        province_code=province,
        province_name=found.full_name if found else province,
        deadline=deadline,
        files=tuple(files),
        communes=tuple(completeness(expected, files, settled)),
        current=current,
        previous=previous,
        with_previous=with_previous,
        months=months,
        month_units=month_units,
        units=tuple(settled.copies),
    )
