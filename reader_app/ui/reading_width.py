"""Keep the reading pane readable when the window is narrow: the article list and the sidebar give way first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter

READABLE_WIDTH = 560  # px: about 60 Latin characters or 35 Korean ones at the default reading size
LIST_MINIMUM = 170
SIDEBAR_MINIMUM = 260


def fit_sizes(sizes: list[int], total: int, readable: int = READABLE_WIDTH) -> list[int]:
    """[list, reader, sidebar] widths summing to `total` in which the reader gets `readable` when it can.

    Width comes from the list down to its minimum, then the sidebar down to its, then the list collapses;
    a wide window is left exactly as the analyst arranged it.
    """
    list_w, reader_w, side_w = sizes
    if total <= 0:
        return list(sizes)
    scale = total / max(1, sum(sizes))
    list_w, side_w = round(list_w * scale), round(side_w * scale)
    reader_w = total - list_w - side_w
    if reader_w >= readable:
        return [list_w, reader_w, side_w]
    need = readable - reader_w
    for which, minimum in ((0, LIST_MINIMUM), (2, SIDEBAR_MINIMUM)):
        current = list_w if which == 0 else side_w
        give = max(0, min(need, current - minimum))
        if which == 0:
            list_w -= give
        else:
            side_w -= give
        need -= give
    if need > 0 and list_w:
        list_w = 0  # still too narrow: the list collapses (drag its edge or widen the window to get it back)
    return [list_w, total - list_w - side_w, side_w]


class ReadingWidthKeeper(QObject):
    """Refits the main splitter whenever it is resized (window resized, state restored, screen changed)."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        splitter.widget(0).setMinimumWidth(LIST_MINIMUM)
        splitter.widget(2).setMinimumWidth(SIDEBAR_MINIMUM)
        splitter.setChildrenCollapsible(False)
        splitter.setCollapsible(0, True)  # only the list may vanish, and only when the reader needs the room
        # After the splitter has laid itself out for the new size (a filter runs before it), once per burst.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        splitter.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def refit(self) -> None:
        sizes = self._splitter.sizes()
        if len(sizes) != 3 or self._splitter.width() <= 0:
            return
        total = self._splitter.width() - 2 * self._splitter.handleWidth()
        fitted = fit_sizes(sizes, total)
        if fitted != sizes:
            self._splitter.setSizes(fitted)
