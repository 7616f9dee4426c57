"""The office's aggregation: a folder of commune workbooks in, checked figures out (domain.md §7).

The same code serves the window (in a worker thread, with progress and
Cancel) and the ``aggregate`` command. ``file_reading`` reads the files (each
whole into memory only when it is small enough to be a report, handed to the
pure reader and dropped, so a folder of any size stays within bounded memory;
many files on every core). The rules that decide each file's fate are in
``aggregation_rules``; the month tables of the counted files are added up here.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import resources
from desktop_app.domain.divisions import communes_of, find_province
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, error
from desktop_app.domain.periods import Period
from desktop_app.domain.templates import Template
from desktop_app.reports.month_table import MonthFigures, add_up
from desktop_app.services.aggregation_rules import (
    CommuneStatus,
    FileOutcome,
    completeness,
    judge_file,
    settle_duplicates,
    totals,
)
from desktop_app.services.file_reading import AggregationCancelled as AggregationCancelled
from desktop_app.services.file_reading import IsCancelled, Progress, read_files

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
    deadline: date | None  # the yearly report's; None for shorter periods
    files: tuple[FileOutcome, ...]
    communes: tuple[CommuneStatus, ...]
    current: dict[str, float | None]  # the province's figures, column 2
    previous: dict[str, float | None]  # last year's, column 1 (when every file gave it)
    with_previous: int  # counted files that gave last year's reader visits
    months: tuple[MonthFigures, ...] = ()  # the counted files' month tables added up
    month_units: int = 0  # how many units those tables add up

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


def input_files(inputs: Iterable[Path | str]) -> list[Path]:
    """The files to read: each file named, and the spreadsheets inside each folder named.

    Folders are searched through their subfolders; hidden files and Excel's
    ``~$`` lock files are skipped. A path that does not exist is kept, so that
    it is reported as unreadable rather than silently dropped.
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


def _province(template: Template, province_code: str | None, results: Sequence[ReadResult]) -> str:
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
    votes = Counter(r.meta.get("province_code", "") for r in results if r.ok)
    votes.pop("", None)
    if not votes:
        return ""
    return votes.most_common(1)[0][0]


def aggregate(
    inputs: Sequence[Path | str],
    period: Period,
    template: Template,
    province_code: str | None = None,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Aggregation:
    """Read every input file and settle the province's figures for ``period``.

    ``province_code`` is the template's own province when it names one, else the
    province most readable files come from. ``progress(done, total)`` is called
    after each file; when ``is_cancelled()`` turns true,
    :class:`AggregationCancelled` is raised.

    Raises:
        UserError: an unknown province code.
        AggregationCancelled: the user cancelled.
    """
    paths = input_files(inputs)
    read = [
        (path, refused, result)
        for path, (refused, result) in zip(
            paths, read_files(paths, progress, is_cancelled), strict=True
        )
    ]
    province = _province(template, province_code, [r for _, _, r in read if r is not None])
    # the plan's deadline is for the yearly report; shorter periods are never "late"
    deadline = template.deadline_in(period.end.year) if period.id.endswith("-N") else None
    outcomes = []
    for path, refused, result in read:
        if refused is not None:
            outcomes.append(refused)
        else:
            assert result is not None
            own = resources.template(result.meta.get("template_id", "")) or template
            outcomes.append(judge_file(path, result, period, province, template.id, deadline, own))
    settled = settle_duplicates(outcomes)
    current, previous, with_previous = totals(o for o in settled if o.counted)
    months, month_units = month_totals((o for o in settled if o.counted), period)
    expected = [(c.code, c.name) for c in communes_of(province)] if province else []
    found = find_province(province) if province else None
    return Aggregation(
        period=period,
        template=template,
        province_code=province,
        province_name=found.full_name if found else province,
        deadline=deadline,
        files=tuple(settled),
        communes=tuple(completeness(expected, settled)),
        current=current,
        previous=previous,
        with_previous=with_previous,
        months=months,
        month_units=month_units,
    )
