"""Where the program's data files are, the same way from source, wheel or frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from desktop_app.domain.templates import Template, parse_template
from desktop_app.paths import data_dir


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder.

    Frozen (PyInstaller): ``<bundle>/resources``. Installed wheel:
    ``desktop_app/resources``. Source checkout or editable install: the
    repository's top-level ``resources/``.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "resources", package_dir.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to " + str(package_dir))


def translations_dir() -> Path:
    """The folder of compiled ``.qm`` catalogues."""
    return resources_dir() / "translations"


def user_templates_dir() -> Path:
    """Where a province's new plan can be dropped as a template file, without a new release."""
    return data_dir() / "templates"


def templates() -> dict[str, Template]:
    """Every template, by id: the shipped ones, then those in the user's templates folder
    (a file there with a shipped id replaces the shipped one).

    Raises:
        UserError: a template file is malformed (the message names file and field).
    """
    folders = [resources_dir() / "templates", user_templates_dir()]
    files = tuple(
        (path, path.stat().st_mtime_ns)
        for folder in folders
        for path in sorted(folder.glob("*.json"))
    )
    return _parse_all(files)


@cache
def _parse_all(files: tuple[tuple[Path, int], ...]) -> dict[str, Template]:
    found: dict[str, Template] = {}
    for path, _modified in files:
        template = parse_template(path.read_bytes(), path.name)
        found[template.id] = template
    return found


def template(template_id: str) -> Template | None:
    """The template with this id, or ``None``."""
    return templates().get(template_id)
