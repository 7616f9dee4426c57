"""The Vietnamese catalogue is complete, current with the code, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "htsd_vi.ts"
QM = ROOT / "resources" / "translations" / "htsd_vi.qm"
QT_TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"
QT_QM = ROOT / "resources" / "translations" / "qtbase_vi.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\(\w+\)[rsd]|%[sdn]")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is shipped inside the PySide6 wheel"
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.findall("context")
        for message in context.findall("message")
    ]


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))


def _unfinished(path: Path) -> list[tuple[str, str]]:
    return [
        (context, source)
        for context, source, translation in _messages(path)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]


def test_catalogue_has_no_unfinished_or_empty_translation() -> None:
    assert _unfinished(TS) == []
    assert _unfinished(QT_TS) == []


def test_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *_sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    missing = [
        (context, source)
        for context, source, translation in _messages(fresh)
        if translation.get("type") == "unfinished"
    ]
    assert missing == [], "run `make translations` and translate the new strings"
    assert len(_messages(fresh)) == len(_messages(TS)), "run `make translations`"


def test_placeholders_survive_translation() -> None:
    wrong = [
        (source, translation.text)
        for _context, source, translation in _messages(TS)
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert wrong == []


def test_compiled_catalogues_are_current(tmp_path: Path) -> None:
    for source, compiled in ((TS, QM), (QT_TS, QT_QM)):
        out = tmp_path / compiled.name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(out)],
            check=True,
            capture_output=True,
        )
        assert out.read_bytes() == compiled.read_bytes(), "run `make translations`"


def test_the_completeness_check_catches_unfinished_and_empty_entries(tmp_path: Path) -> None:
    text = TS.read_text(encoding="utf-8")
    unfinished = tmp_path / "unfinished.ts"
    unfinished.write_text(
        text.replace("<translation>", '<translation type="unfinished">', 1), "utf-8"
    )
    assert len(_unfinished(unfinished)) == 1
    empty = tmp_path / "empty.ts"
    empty.write_text(
        text.replace("<translation>Mã</translation>", "<translation></translation>", 1), "utf-8"
    )
    assert len(_unfinished(empty)) == 1 and _unfinished(empty)[0][1] == "Code"
