"""Paints a search snippet with its hit marked: plain text drawn in three runs, never parsed as markup."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader_app.ui.models.library_tables import HIT_ROLE
from reader_app.ui.theme import search_hit_background


class SnippetDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        hit = index.data(HIT_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not hit or not isinstance(text, str) or not (0 <= hit[0] < hit[1] <= len(text)):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        area = option.rect.adjusted(4, 0, -4, 0)
        x = area.left()
        bold = QFont(option.font)
        bold.setBold(True)
        for part, is_hit in ((text[: hit[0]], False), (text[hit[0] : hit[1]], True), (text[hit[1] :], False)):
            if not part or x >= area.right():
                continue
            font = bold if is_hit else option.font
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(part)
            room = area.right() - x
            box = QRect(x, area.top(), min(width, room), area.height())
            if is_hit and not selected:
                painter.fillRect(box.adjusted(0, 3, 0, -3), search_hit_background(palette))
            # Elide only a run that does not fit; the box gets a pixel's slack so rounding never elides one that does.
            shown = part if width <= room else painter.fontMetrics().elidedText(part, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                box.adjusted(0, 0, 2, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
            )
            x += width
        painter.restore()
