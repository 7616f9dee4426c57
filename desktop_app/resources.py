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


def shipped_templates_dir() -> Path:
    """The templates that come with the program (read-only: never written, never replaced)."""
    return resources_dir() / "templates"


def user_templates_dir() -> Path:
    """Where a province's new plan can be dropped as a template file, without a new release."""
    return data_dir() / "templates"


# The folder of the database opened last (Workspace.open): its ``templates`` folder holds
# the templates installed for that commune (``template install``, File ▸ Nhận mẫu báo cáo).
_database_folder: Path | None = None


def use_database(db_path: Path) -> None:
    """Find the templates installed beside ``db_path`` from now on."""
    global _database_folder
    _database_folder = Path(db_path).expanduser().absolute().parent


def installed_templates_dir(db_path: Path | None = None) -> Path:
    """The ``templates`` folder beside ``db_path`` (default: the database opened last,
    else the data folder, which holds the default database)."""
    if db_path is not None:
        return Path(db_path).expanduser().absolute().parent / "templates"
    return (_database_folder or data_dir()) / "templates"


def _folders() -> list[Path]:
    folders = [shipped_templates_dir(), user_templates_dir()]
    beside = installed_templates_dir()
    if beside not in folders:
        folders.append(beside)
    return folders


def templates() -> dict[str, Template]:
    """Every template, by id: the shipped ones, then those in the user's templates folder
    and the one beside the open database. Of two files with one id the higher version
    wins, at equal versions the later folder's; a shipped template is read-only: a file
    elsewhere with its id is left out.

    Raises:
        UserError: a template file is malformed (the message names file and field).
    """
    return {key: found for key, (found, _path) in _found().items()}


def _files(folder: Path) -> tuple[tuple[Path, int], ...]:
    return tuple(
        (path, path.stat().st_mtime_ns) for path in sorted(folder.glob("*.json")) if path.is_file()
    )


def _found() -> dict[str, tuple[Template, Path]]:
    shipped, *others = _folders()
    return _parse_all(_files(shipped), tuple(f for folder in others for f in _files(folder)))


@cache
def _parse_all(
    shipped: tuple[tuple[Path, int], ...], others: tuple[tuple[Path, int], ...] = ()
) -> dict[str, tuple[Template, Path]]:
    found: dict[str, tuple[Template, Path]] = {}
    for path, _modified in shipped:
        template = parse_template(path.read_bytes(), path.name)
        found[template.id] = (template, path)
    read_only = set(found)
    for path, _modified in others:
        template = parse_template(path.read_bytes(), path.name)
        earlier = found.get(template.id)
        if template.id in read_only:
            continue
        if earlier is None or template.version >= earlier[0].version:
            found[template.id] = (template, path)
    return found


def template(template_id: str) -> Template | None:
    """The template with this id, or ``None``."""
    return templates().get(template_id)


def template_file(template_id: str) -> Path | None:
    """The file the template ``template_id`` is read from, or ``None``."""
    found = _found().get(template_id)
    return found[1] if found else None


def is_shipped(template_id: str) -> bool:
    """Whether a template with this id comes with the program (read-only)."""
    return template_id in _parse_all(_files(shipped_templates_dir()))
