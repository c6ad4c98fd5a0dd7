"""A small bar chart of one company month by month: its mentions and the speculative claims beside them.

Painted by hand (QPainter): QtCharts would add tens of MB to the bundle for two bar series.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader_app.ui.i18n import tr
from reader_app.ui.theme import chart_colors


class MonthChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._months: list[tuple[str, int, int]] = []
        self._title = ""

    def set_counts(self, title: str, months: list[tuple[str, int, int]]) -> None:
        """(YYYY-MM, mentions, claims) oldest first."""
        self._title = title
        self._months = list(months)
        self.setToolTip(
            "\n".join(f"{m}: {a} " + tr("mentions") + f", {b} " + tr("speculative claims") for m, a, b in months[-24:])
        )
        self.update()

    def months(self) -> list[tuple[str, int, int]]:
        return list(self._months)

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(8, line + 8, self.width() - 16, self.height() - 2 * line - 16)
        painter.setPen(self.palette().text().color())
        mention_color, claim_color = chart_colors(self.palette())  # the labels' colours, readable on this window
        x = 8.0
        for text, color in (
            (self._title, None),
            (tr("mentions"), mention_color),
            (tr("speculative claims"), claim_color),
        ):
            if color is not None:  # a legend swatch in the bar's colour
                painter.fillRect(QRectF(x, 4 + line / 4, line / 2, line / 2), color)
                x += line / 2 + 4
            painter.drawText(QRectF(x, 2, self.width(), line + 4), Qt.AlignmentFlag.AlignLeft, text)
            x += metrics.horizontalAdvance(text) + 14
        if not self._months or area.height() <= 4:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No dated mentions"))
            return
        peak = max(max(a, b) for _m, a, b in self._months) or 1
        slot = area.width() / len(self._months)
        bar = max(1.0, min(18.0, slot * 0.4))
        for n, (month, mentions, claims) in enumerate(self._months):
            x = area.left() + n * slot
            for offset, value, color in ((0.0, mentions, mention_color), (bar, claims, claim_color)):
                height = area.height() * value / peak
                painter.fillRect(QRectF(x + offset, area.bottom() - height, bar, height), color)
            if n == 0 or n == len(self._months) - 1 or month.endswith("-01"):
                label_x = min(max(area.left(), x), area.right() - metrics.horizontalAdvance(month))
                painter.drawText(QRectF(label_x, area.bottom() + 2, 80, line), Qt.AlignmentFlag.AlignLeft, month)
