"""``make windows``: the Windows program and its installer, built under Wine on Linux.

    .venv/bin/python installer/windows_build.py

From a fresh clone to dist/windows/HTSD-Setup-<version>.exe, every download cached under
.cache/windows/ (a second run downloads nothing): CPython for Windows (its signatures
checked), the Windows wheels of the program's packages at the versions .venv has, and
Inno Setup's compiler; a Wine prefix in which that Python installs the wheels offline,
runs installer/build.py (PyInstaller: dist/htsd/) and ISCC compiles installer/htsd.iss.
Prints the bundle's and the setup's sizes against their targets. Exit 1 on any failure.
The system packages it needs: installer/windows-deps.sh.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import time
import tomllib
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wine_prefix import (
    BUILD_TOOLS,
    CACHE,
    PYTHON_HOME,
    ROOT,
    WHEELS,
    Wine,
    WineFailure,
    fetch_inno,
    fetch_python,
    fetch_wheels,
    say,
)

BUNDLE = ROOT / "dist" / "htsd"
OUTPUT = ROOT / "dist" / "windows"
BUNDLE_TARGET_MB = 100
SETUP_TARGET_MB = 40
TOOLS = ("wine", "wineserver", "x86_64-w64-mingw32-gcc", "osslsigncode", "npm")


def version() -> str:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise WineFailure("no __version__ in desktop_app/__init__.py")
    return found.group(1)


def requirements() -> list[str]:
    """The program's packages, pinned to the versions of this .venv, and the build tools."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = []
    for requirement in project["project"]["dependencies"]:
        name = re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0]
        try:
            pinned.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pinned.append(requirement)
    return pinned + BUILD_TOOLS


def install_packages(wine: Wine, wanted: list[str]) -> None:
    """pip of the Windows Python installs the cached wheels, offline, when ``wanted`` changed."""
    marker = PYTHON_HOME / "htsd-packages.txt"
    listing = "\n".join(wanted) + "\n"
    if marker.exists() and marker.read_text(encoding="utf-8") == listing:
        return
    say("installing the Windows wheels into the Windows Python (offline)")
    wine.run(
        [
            str(PYTHON_HOME / "python.exe"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--find-links",
            wine.windows_path(WHEELS),
            "--no-warn-script-location",
            "--disable-pip-version-check",
            *wanted,
        ],
        name="pip install",
    )
    marker.write_text(listing, encoding="utf-8")


def folder_size(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def main() -> int:
    started = time.monotonic()
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(
            f"windows: missing {', '.join(missing)}: run installer/windows-deps.sh (as root)",
            file=sys.stderr,
        )
        return 1
    value = version()
    try:
        python = fetch_python()
        iscc = fetch_inno()
        wanted = requirements()
        fetch_wheels(wanted)
        wine = Wine(CACHE / "prefix-build")
        wine.create()
        install_packages(wine, wanted)
        say("PyInstaller under Wine: installer/build.py --no-smoke-test")
        shutil.rmtree(BUNDLE, ignore_errors=True)
        done = wine.run(
            [str(python), str(ROOT / "installer" / "build.py"), "--no-smoke-test"],
            name="installer/build.py",
            check=False,
        )
        if done.returncode != 0 or not (BUNDLE / "htsd.exe").exists():
            raise WineFailure(f"installer/build.py: exit {done.returncode}\n{done.stdout[-4000:]}")
        if not (BUNDLE / "htsd-cli.exe").exists():
            raise WineFailure("installer/build.py made no htsd-cli.exe")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        for old in OUTPUT.glob("HTSD-Setup-*.exe"):
            old.unlink()
        say("ISCC under Wine: installer/htsd.iss")
        wine.run(
            [
                str(iscc),
                "/Q",
                f"/O{wine.windows_path(OUTPUT)}",
                wine.windows_path(ROOT / "installer" / "htsd.iss"),
            ],
            name="ISCC",
        )
        wine.wait()
    except (WineFailure, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"windows: BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    setup = OUTPUT / f"HTSD-Setup-{value}.exe"
    if not setup.exists():
        print(f"windows: BUILD FAILED: ISCC wrote no {setup}", file=sys.stderr)
        return 1
    bundle_mb, count = folder_size(BUNDLE)
    setup_mb = setup.stat().st_size / 1e6
    digest = hashlib.sha256(setup.read_bytes()).hexdigest()
    over = {True: "", False: " OVER THE TARGET"}
    say(
        f"bundle {BUNDLE.relative_to(ROOT)}: {bundle_mb:.1f} MB in {count} files "
        f"(target <= {BUNDLE_TARGET_MB} MB){over[bundle_mb <= BUNDLE_TARGET_MB]}"
    )
    say(
        f"setup {setup.relative_to(ROOT)}: {setup_mb:.1f} MB "
        f"(target <= {SETUP_TARGET_MB} MB){over[setup_mb <= SETUP_TARGET_MB]}"
    )
    say(f"setup sha256 {digest}")
    say(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
