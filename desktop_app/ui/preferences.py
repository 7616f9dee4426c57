"""Per-user preferences (language), kept in an INI file in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.i18n import DEFAULT_LANGUAGE, LANGUAGES


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
