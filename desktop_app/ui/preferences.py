"""Per-user preferences (language; the facility, month and period the screens open on),
kept in an INI file in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from desktop_app.paths import config_file


class Preferences:
    """Read and write the user's preferences."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def language(self) -> str:
        """``vi`` (default) or ``en``."""
        value = str(self._settings.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        """Remember the language for the next start."""
        self._settings.setValue("language", language)
        self._settings.sync()

    # -- what the screens open on ---------------------------------------------------------
    def choice(self, name: str) -> str | None:
        """The last facility, month or period chosen on the screens (``name``), if any."""
        value = self._settings.value(f"choices/{name}")
        return str(value) if value not in (None, "") else None

    def set_choice(self, name: str, value: str) -> None:
        """Remember a choice for the next time a screen opens (also after a restart)."""
        key = f"choices/{name}"
        if self._settings.value(key) != value:
            self._settings.setValue(key, value)
            self._settings.sync()


def user_preferences() -> Preferences:
    """The preferences of the user running the program (in the data folder)."""
    return Preferences(config_file())
