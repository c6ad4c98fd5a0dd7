"""How a plain-text article is laid out for reading: paragraph spacing, the headline, page furniture dimmed or hidden.

Functions over the reading pane's QTextDocument, apart from the pane so the pane keeps to showing, highlighting and
mapping offsets. Offsets come in as stored code points and are turned into Qt's UTF-16 positions here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from reader_app.core.anchoring import Utf16Map
from reader_app.core.importing.inner_furniture import inner_furniture
from reader_app.core.model import Article
from reader_app.ui.theme import dimmed_text

_HEADLINE_SEARCH = 2000  # the headline is near the top: past this the text does not show it


def style_plain_text(
    doc: QTextDocument, article: Article, *, palette: QPalette, zoom: float, show_furniture: bool
) -> int | None:
    """Lay the article out for reading; returns where the text shows its headline (None when it does not)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    body_fmt = QTextBlockFormat()
    body_fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body_fmt.setBottomMargin(4)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(body_fmt)
    # Blank lines already separate paragraphs; at full line height they would leave holes.
    gap_fmt = QTextBlockFormat()
    gap_fmt.setLineHeight(45, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block = doc.begin()
    while block.isValid():
        if not block.text().strip():
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(gap_fmt)
        block = block.next()

    end = article.body_end or len(article.text)
    u16 = Utf16Map(article.text)
    furniture = QTextCharFormat()
    furniture.setForeground(dimmed_text(palette))
    furniture.setFontPointSize(10 * zoom)
    # Furniture inside the body too (a repeated headline, a photo caption, the closing byline): the engines
    # skip it, so the reader shows it as furniture rather than as text that was somehow not analysed.
    holes = inner_furniture(article.text, (article.body_start, end), article.title)
    for lo, hi in ((0, article.body_start), (end, len(article.text)), *holes):
        if hi > lo:
            cursor.setPosition(u16.to_utf16(lo))
            cursor.setPosition(u16.to_utf16(hi), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(furniture)
    if not show_furniture:
        inner = [(u16.to_utf16(lo), u16.to_utf16(hi)) for lo, hi in holes]
        hide_blocks_outside(doc, u16.to_utf16(article.body_start), u16.to_utf16(end), inner)
    headline = style_headline(doc, article, cursor, palette=palette, zoom=zoom)
    cursor.endEditBlock()
    return headline


def style_headline(
    doc: QTextDocument, article: Article, cursor: QTextCursor, *, palette: QPalette, zoom: float
) -> int | None:
    """Set the first block that is the article's title in the headline's style; returns its position."""
    block = doc.begin()
    while block.isValid():
        text = block.text().strip()
        if text:
            if article.title and text == article.title.strip():
                headline = QTextCharFormat()
                headline.setFontPointSize(17 * zoom)
                headline.setFontWeight(QFont.Weight.DemiBold)
                headline.setForeground(palette.color(QPalette.ColorRole.Text))
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(headline)
                return block.position()
            if block.position() > _HEADLINE_SEARCH:
                return None
        block = block.next()
    return None


def hide_blocks_outside(doc: QTextDocument, lo: int, hi: int, holes: Sequence[tuple[int, int]] = ()) -> None:
    """Show only the blocks inside [lo, hi) that are not wholly furniture (holes: a caption line)."""
    block = doc.begin()
    while block.isValid():
        start, stop = block.position(), block.position() + max(0, block.length() - 1)
        inside = stop + 1 > lo and start < hi
        furniture = stop > start and any(h_lo <= start and stop <= h_hi for h_lo, h_hi in holes)
        block.setVisible(inside and not furniture)
        block = block.next()
    doc.markContentsDirty(0, doc.characterCount())
