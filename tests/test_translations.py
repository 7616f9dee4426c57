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


def test_catalogue_has_no_unfinished_or_empty_translation() -> None:
    unfinished = [
        (context, source)
        for context, source, translation in _messages(TS)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


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


def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    out = tmp_path / "htsd_vi.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_a_missing_translation_is_detected(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    text = TS.read_text(encoding="utf-8")
    broken.write_text(text.replace("<translation>", '<translation type="unfinished">', 1), "utf-8")
    assert any(t.get("type") == "unfinished" for _c, _s, t in _messages(broken))
