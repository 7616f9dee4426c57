"""Layers point one way: only ui imports QtWidgets; domain and storage import no Qt at all."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "storage", "services", "reports", "cli"])
def test_no_qtwidgets_or_qtgui_outside_ui(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _files(layer)
        for name in _imports(path)
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", ["domain", "storage", "reports"])
def test_domain_storage_and_reports_run_without_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _files(layer)
        for name in _imports(path)
        if name.startswith("PySide6") or name.startswith("desktop_app.ui")
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", ["domain", "storage", "reports", "services"])
def test_lower_layers_never_import_the_ui(layer: str) -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _files(layer)
        if any(name.startswith(("desktop_app.ui", "desktop_app.cli")) for name in _imports(path))
    ]
    assert offenders == []


def test_report_writing_and_reading_are_pure() -> None:
    """reports/ turns numbers into bytes and back: it never finds files (resources, paths)
    nor calls a service; whatever it writes comes in through its arguments."""
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _files("reports")
        for name in _imports(path)
        if name.startswith(("desktop_app.resources", "desktop_app.paths", "desktop_app.services"))
        or name in ("desktop_app.resources", "desktop_app.paths")
    ]
    assert offenders == []


def test_sql_lives_only_in_storage() -> None:
    sql = re.compile(
        r"^\s*(SELECT\s.+\sFROM\s|INSERT INTO\s|UPDATE\s+\w+\s+SET\s|DELETE FROM\s"
        r"|CREATE (TABLE|INDEX|TRIGGER)\s|PRAGMA\s)",
        re.S,
    )
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "storage" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and sql.match(node.value):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def _reaches_storage(path: Path) -> bool:
    return any(
        name == "desktop_app.storage" or name.startswith("desktop_app.storage.")
        for name in _imports(path)
    )


def test_ui_tests_set_up_and_check_data_through_services() -> None:
    """A UI test does what a user's action does: through the services, never the storage."""
    ui_tests = sorted((PACKAGE.parent / "tests" / "ui").rglob("*.py"))
    assert ui_tests
    assert [p.name for p in ui_tests if _reaches_storage(p)] == []


def test_the_storage_detector_sees_every_spelling(tmp_path: Path) -> None:
    for text in (
        "from desktop_app.storage import visits_store\n",
        "from desktop_app.storage.facility_store import find_facility_by_code\n",
        "import desktop_app.storage.clubs_store\n",
        "def f():\n    from desktop_app.storage import settings_store\n",
    ):
        probe = tmp_path / "probe.py"
        probe.write_text(text)
        assert _reaches_storage(probe), text
    probe.write_text("from desktop_app.services import visits\n")
    assert not _reaches_storage(probe)


def test_the_detector_would_catch_a_leak(tmp_path: Path) -> None:
    leak = tmp_path / "leak.py"
    leak.write_text("from PySide6.QtWidgets import QLabel\nimport PySide6.QtGui\n")
    assert {"PySide6.QtWidgets", "PySide6.QtGui"} <= _imports(leak)


def test_importing_the_lower_layers_loads_no_qt_at_all() -> None:
    import subprocess
    import sys

    modules = sorted(
        f"desktop_app.{path.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for layer in ("domain", "storage", "reports")
        for path in _files(layer)
        if path.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
