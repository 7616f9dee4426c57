"""Any grouping of the same units gives the same totals and growth rates, to the last digit.

The same communes aggregated all at once, as consolidated files of some of them
(aggregated again, and again), or as a mix of consolidated files and the other
communes' own files: the office counts units, so the province's figures cannot
depend on how the files were grouped on their way up (domain.md §6).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import resources
from desktop_app.domain.divisions import communes_of
from desktop_app.domain.periods import parse_period
from desktop_app.services.aggregation.aggregation import Aggregation, aggregate
from desktop_app.services.aggregation.rollup_export import write_rollup
from tests.services.aggregation_samples import ON_TIME, PROVINCE, unit_report, write

PERIOD = parse_period("2025-N", "calendar")


@pytest.fixture(autouse=True)
def _numpy_not_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hypothesis looks numpy up in ``sys.modules``; a test that blocked it (None) breaks it."""
    if "numpy" in sys.modules and sys.modules["numpy"] is None:
        monkeypatch.delitem(sys.modules, "numpy")


CODES = [commune.code for commune in communes_of(PROVINCE)[:6]]


def _run(*inputs: Path) -> Aggregation:
    template = resources.template("qd1520")
    assert template is not None
    return aggregate(list(inputs), PERIOD, template, PROVINCE)


unit = st.fixed_dictionaries(
    {
        "tv01": st.integers(1, 20),
        "tv04": st.integers(0, 90_000),
        "tv04_last": st.one_of(st.none(), st.integers(0, 90_000)),
    }
).map(lambda d: {**d, "tv02": d["tv01"] // 2, "tv03": d["tv01"] // 3})
# each unit's group: 0 = sent alone, 1-3 = inside that consolidated file
groupings = st.lists(st.integers(0, 3), min_size=len(CODES), max_size=len(CODES))


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    figures=st.lists(unit, min_size=len(CODES), max_size=len(CODES)),
    grouping=groupings,
    nest=st.booleans(),
)
def test_totals_and_growth_are_the_same_for_any_grouping(
    tmp_path_factory, figures: list[dict[str, int | None]], grouping: list[int], nest: bool
) -> None:
    root = tmp_path_factory.mktemp("groupings")
    communes = root / "communes"
    communes.mkdir()
    paths = {
        code: write(communes, unit_report(code, **given))  # type: ignore[arg-type]
        for code, given in zip(CODES, figures, strict=True)
    }
    at_once = _run(communes)

    inbox = root / "inbox"
    inbox.mkdir()
    rollups: list[Path] = []
    for group in sorted(set(grouping) - {0}):
        folder = root / f"group{group}"
        folder.mkdir()
        for code, where in zip(CODES, grouping, strict=True):
            if where == group:
                shutil.copy(paths[code], folder)
        rollups.append(write_rollup(_run(folder), root / f"rollup{group}.xlsx", now=ON_TIME))
    if nest and len(rollups) >= 2:  # two consolidated files consolidated again
        (root / "nested").mkdir()
        for path in rollups[:2]:
            shutil.copy(path, root / "nested")
        rollups = [
            write_rollup(_run(root / "nested"), root / "nested.xlsx", now=ON_TIME),
            *rollups[2:],
        ]
    for path in rollups:
        shutil.copy(path, inbox / path.name)
    for code, where in zip(CODES, grouping, strict=True):
        if where == 0:
            shutil.copy(paths[code], inbox)
    grouped = _run(inbox)

    assert grouped.current == at_once.current
    assert grouped.previous == at_once.previous
    assert grouped.with_previous == at_once.with_previous
    assert grouped.units_included == tuple(sorted(CODES))
    # and by hand: the sums, and TV10 over the units that gave both years
    assert at_once.current["TV04"] == sum(f["tv04"] for f in figures)  # type: ignore[misc]
    both = [f for f in figures if f["tv04_last"] is not None]
    if both and sum(f["tv04_last"] for f in both):  # type: ignore[misc]
        now = sum(f["tv04"] for f in both)  # type: ignore[misc]
        then = sum(f["tv04_last"] for f in both)  # type: ignore[misc]
        assert at_once.current["TV10"] == round((now - then) / then * 100, 1)
