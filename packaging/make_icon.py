"""Draw the app icon (a page with three coloured highlight strokes) to resources/icons/reader-app.png.

Run once when the design changes: `python packaging/make_icon.py`. build.py turns the PNG into .ico/.icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons" / "reader-app.png"


def draw(size: int = 512) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 512
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f3b63"))
    p.drawRoundedRect(QRectF(24 * s, 24 * s, 464 * s, 464 * s), 96 * s, 96 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(112 * s, 84 * s, 288 * s, 344 * s), 22 * s, 22 * s)
    strokes = [("#2f7fd8", 150, 210), ("#1f9d6b", 230, 170), ("#e08a1e", 310, 230)]
    for color, y, width in strokes:
        p.setBrush(QColor(color))
        p.drawRoundedRect(QRectF(148 * s, y * s, width * s, 34 * s), 8 * s, 8 * s)
    pen = QPen(QColor("#c9ced6"), 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for y in (200, 280, 360):
        p.drawLine(148 * s, (y + 4) * s, 364 * s, (y + 4) * s)
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(str(OUT))
    print(f"wrote {OUT}")
