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


UI = PACKAGE / "ui"
# What every layer below the window may be: what a feature of the window may import besides
# the shell, the widgets and its own folder (``storage`` and ``cli`` are not among them).
_BELOW_UI = ("services", "domain", "reports", "i18n", "paths", "resources", "crash_log")


def _features() -> list[str]:
    return sorted(
        path.name
        for path in UI.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name != "widgets"
    )


def _shell() -> set[str]:
    return {path.stem for path in UI.glob("*.py") if path.stem != "__init__"}


def _allowed_in_feature(name: str, feature: str, shell: set[str]) -> bool:
    """Whether a module of ``ui/<feature>/`` may import ``name``."""
    parts = name.split(".")
    if parts[0] != "desktop_app":
        return True  # the standard library, PySide6 and the other packages
    if len(parts) == 1:
        return True  # ``from desktop_app import __version__``
    if parts[1] != "ui":
        return parts[1] in _BELOW_UI
    if len(parts) == 2:
        return True  # ``from desktop_app.ui import dialogs``: checked as ``desktop_app.ui.dialogs``
    return parts[2] in shell or parts[2] == "widgets" or parts[2] == feature


def _feature_offenders(ui: Path) -> list[str]:
    shell = {path.stem for path in ui.glob("*.py") if path.stem != "__init__"}
    offenders = []
    for path in sorted(ui.rglob("*.py")):
        inside = path.relative_to(ui).parts
        if len(inside) < 2:
            continue  # the shell may use any feature (lazily, see lazy_pages.py)
        feature = inside[0]
        offenders += [
            f"ui/{'/'.join(inside)}: {name}"
            for name in sorted(_imports(path))
            if not _allowed_in_feature(name, feature, shell)
        ]
    return offenders


def test_a_feature_of_the_window_never_reaches_into_another() -> None:
    """A folder under ui/ imports only the shell (ui/*.py), ui/widgets/, its own files and the
    layers below (never storage, never the command line, never another feature's files);
    widgets import no feature either."""
    assert len(_features()) >= 12 and "history" in _features()
    assert _feature_offenders(UI) == []


def test_the_feature_detector_would_catch_a_reach(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    for folder in ("clubs", "history", "widgets"):
        (ui / folder).mkdir(parents=True)
    (ui / "dialogs.py").write_text("")
    (ui / "clubs" / "page.py").write_text(
        "from desktop_app.ui.history.history_dialog import HistoryDialog\n"
        "from desktop_app.ui import dialogs\n"
        "from desktop_app.ui.widgets.count_spin import CountSpin\n"
        "from desktop_app.ui.clubs.club_labels import CLUB_COLUMNS\n"
        "from desktop_app.storage import clubs_store\n"
        "from desktop_app.services import clubs\n"
    )
    (ui / "widgets" / "box.py").write_text("from desktop_app.ui.clubs import club_labels\n")
    assert _feature_offenders(ui) == [
        "ui/clubs/page.py: desktop_app.storage",
        "ui/clubs/page.py: desktop_app.storage.clubs_store",
        "ui/clubs/page.py: desktop_app.ui.history.history_dialog",
        "ui/clubs/page.py: desktop_app.ui.history.history_dialog.HistoryDialog",
        "ui/widgets/box.py: desktop_app.ui.clubs",
        "ui/widgets/box.py: desktop_app.ui.clubs.club_labels",
    ]
