"""Help ▸ Keyboard shortcuts and Help ▸ User guide: both read offline, in the window."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.resources import resources_dir
from desktop_app.ui.shortcut_list import COMMUNE, OFFICE, SHORTCUTS

GUIDE_FILE = "huong-dan-su-dung.md"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


class TextDialog(QDialog):
    """A window of text to read, closed with Esc or its button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # nothing leaves the program
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Shortcuts", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)


def shortcuts_html(office: bool = False) -> str:
    """The list as an HTML table, one section per place: a commune's window or the
    province office's (``office``), each with its own keys."""
    rows: list[str] = []
    place = None
    whose = OFFICE if office else COMMUNE
    for shortcut in SHORTCUTS:
        if shortcut.only not in (None, whose):
            continue
        if shortcut.place != place:
            place = shortcut.place
            rows.append(f'<tr><td colspan="2"><h3>{html.escape(_tr(place))}</h3></td></tr>')
        rows.append(
            f'<tr><td style="padding-right: 18px"><b>{html.escape(shortcut.shown)}</b></td>'
            f"<td>{html.escape(_tr(shortcut.action))}</td></tr>"
        )
    return f"<table>{''.join(rows)}</table>"


def open_shortcuts(parent: QWidget, office: bool = False) -> TextDialog:
    """Help ▸ Keyboard shortcuts, of a commune's window or the office's (``office``)."""
    dialog = TextDialog(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"), parent)
    dialog.browser.setHtml(shortcuts_html(office))
    dialog.open()
    return dialog


def _fit_pictures(document: QTextDocument, width: int) -> None:
    """Shrink the guide's screenshots to ``width`` pixels (keeping their proportions)."""
    block = document.begin()
    while block.isValid():
        for part in block:
            fragment = part.fragment()
            shape = fragment.charFormat()
            if not shape.isImageFormat():
                continue
            picture = shape.toImageFormat()
            image = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(picture.name())
            )
            if not isinstance(image, QImage | QPixmap) or image.isNull() or image.width() <= width:
                continue
            picture.setWidth(width)
            picture.setHeight(image.height() * width / image.width())
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(picture)
        block = block.next()


def guide_path() -> Path:
    """The Vietnamese guide, ``docs/huong-dan-su-dung.md``: beside ``resources/`` in a source
    checkout, and copied beside it into the frozen program (``installer/htsd.spec``)."""
    return resources_dir().parent / "docs" / GUIDE_FILE


def open_guide(parent: QWidget) -> TextDialog:
    """Help ▸ User guide: the Vietnamese guide shipped with the program, its pictures too."""
    path = guide_path()
    dialog = TextDialog(QCoreApplication.translate("Shortcuts", "User guide"), parent)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        text = QCoreApplication.translate(
            "Shortcuts", "The user guide ({file}) is missing: please reinstall the program."
        ).format(file=GUIDE_FILE)
    dialog.browser.setSearchPaths([str(path.parent)])
    dialog.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
    dialog.browser.setMarkdown(text)
    _fit_pictures(dialog.browser.document(), 680)
    dialog.open()
    return dialog
