"""Qt translation for the window and the command line (QtCore only, no GUI).

Source texts are English; ``resources/translations/htsd_vi.qm`` is the
complete Vietnamese catalogue and Vietnamese is the default language.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.domain.messages import Message, UserError
from desktop_app.resources import translations_dir

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
CATALOGUE = "htsd"

_installed: list[QTranslator] = []


def install_language(language: str) -> str:
    """Install the catalogues for ``language`` (``vi`` or ``en``) on the running application.

    A ``QCoreApplication`` is created when none exists (the command line). The
    previous language's catalogues are removed first. Returns the language used.
    """
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
            QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedKingdom,
        )
    )
    if language == "en":
        return language
    ours = QTranslator()
    if not ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        raise FileNotFoundError(f"{CATALOGUE}_{language}.qm missing in {translations_dir()}")
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    # Qt's own widget texts. Qt ships no Vietnamese catalogue, so ours comes first.
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", str(translations_dir())) or qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context``.

    Fill placeholders afterwards (``translate(...).format(...)``): lupdate does
    not collect calls that carry keyword arguments.
    """
    return QCoreApplication.translate(context, text)


def render(message: Message) -> str:
    """The translated, filled-in text of a domain :class:`Message`."""
    translated = QCoreApplication.translate(message.context, message.text)
    return translated.format(**message.params) if message.params else translated


def render_error(exc: UserError) -> str:
    """The translated text of a ``UserError``."""
    return render(exc.message)


# The official report is a Vietnamese document whatever the screen's language: every
# label it prints goes through the same catalogue entry as the screen's, in this language.
DOCUMENT_LANGUAGE = "vi"

_catalogues: dict[str, QTranslator | None] = {}


def _catalogue(language: str) -> QTranslator | None:
    if language not in _catalogues:
        translator = QTranslator()
        loaded = language != "en" and translator.load(
            f"{CATALOGUE}_{language}", str(translations_dir())
        )
        _catalogues[language] = translator if loaded else None
    return _catalogues[language]


def translate_in(language: str | None, context: str, text: str) -> str:
    """``text`` (an English source marked for translation in ``context``) in ``language``.

    The one way a label is rendered: ``None`` is the screen's language (the installed
    catalogue); a language code reads that catalogue whatever the screen shows, as a
    workbook does with :data:`DOCUMENT_LANGUAGE`. English, or a text the catalogue
    lacks, is the source itself.
    """
    if language is None:
        return QCoreApplication.translate(context, text)
    found = _catalogue(language)
    return (found.translate(context, text) if found else "") or text


def name_of(context: str, names: Mapping[str, str], code: str, language: str | None = None) -> str:
    """The name of ``code`` in ``names`` (code -> source marked in ``context``), in
    ``language`` (``None``: the screen's); a code ``names`` does not know, as it is."""
    return translate_in(language, context, names[code]) if code in names else code


def render_in(language: str, message: Message) -> str:
    """``message`` in ``language`` whatever the screen's language (for Vietnamese documents)."""
    text = translate_in(language, message.context, message.text)
    return text.format(**message.params) if message.params else text
