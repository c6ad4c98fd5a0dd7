"""The reading pane: shows an article, highlights its annotations, and maps selections to stored offsets."""

from __future__ import annotations

import heapq

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit

from reader_app.core.anchoring import Utf16Map
from reader_app.core.display_map import DisplayMap
from reader_app.core.model import Annotation, Article, Label, Suggestion
from reader_app.core.reflow import reflowed
from reader_app.core.word_at import word_at
from reader_app.ui.i18n import tr
from reader_app.ui.jobs.render_job import MarkdownRenderJob
from reader_app.ui.panes.reader_layout import style_plain_text
from reader_app.ui.theme import is_dark, reading_selection

READING_FONTS = [
    "Noto Serif",
    "Georgia",
    "Noto Serif CJK KR",
    "Noto Sans CJK KR",
    "Malgun Gothic",
    "AppleMyungjo",
]
_HIGHLIGHT_ALPHA = 90
_LONG_SPAN = 40  # characters: longer annotations (sentences, quotes) are tinted more lightly
_FLASH_ALPHA = 160  # 190 left black text at 4.1:1 on the darkest new-label colour (#2c3e50)
_FLASH_ALPHA_DARK = 130  # over a dark page 160 would leave light text below 4.5:1 on the orange tint
_CURRENT_FRAME_WIDTH = 2.0  # the suggestion the walk shows is framed in its label's colour
_FLASH_STEPS = 6  # on/off changes in one flash
_FLASH_INTERVAL_MS = 140


def flash_alpha(palette: QPalette) -> int:
    return _FLASH_ALPHA_DARK if is_dark(palette) else _FLASH_ALPHA


def _mark_order(mark: tuple) -> tuple:
    return mark[0]


def _tint(color: str, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


DEFAULT_POINT_SIZE = 12.5
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0


class ReaderView(QTextBrowser):
    """A read-only view whose positions convert to and from stored character offsets."""

    annotation_clicked = Signal(int)
    render_finished = Signal(int)
    suggestion_clicked = Signal(object)  # article id whose Markdown rendering finished (or was given up)
    # the context menu asks the window's actions to fill it: (menu, stored offset under the mouse)
    context_menu_requested = Signal(QMenu, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setReadOnly(True)
        self.setOpenLinks(False)  # links never navigate the pane; the window decides what to do
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setPointSizeF(DEFAULT_POINT_SIZE)
        self.document().setDefaultFont(font)
        self._zoom = 1.0  # the headline and furniture sizes follow the body's
        self.document().setDocumentMargin(28)
        # The selection must stay clearly visible when focus moves to the sidebar or toolbar.
        palette = self.palette()
        selection, selected_text = reading_selection()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, selection)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, selected_text)
        self.setPalette(palette)

        self._article: Article | None = None
        self._display_map: DisplayMap | None = None
        self._utf16: Utf16Map | None = None
        self._annotations: list[Annotation] = []
        self._suggestions: list[Suggestion] = []
        self._current_suggestion: Suggestion | None = None
        self._labels: dict[str, Label] = {}
        self._show_furniture = True
        self._headline_position: int | None = None  # where the text shows the article's title, if it does
        self._rendered: dict[str, str | None] = {}  # content hash -> sanitised HTML (None: show plain)
        self._rendered_html = False
        self._render_jobs: set[MarkdownRenderJob] = set()
        self._flash_id = 0
        self._flash_step = 0
        # Built once per change of their own (None: to build), not per flash step or for the other kind's change.
        self._annotation_marks: list[tuple[tuple, QTextEdit.ExtraSelection]] | None = None  # (paint order, mark)
        self._mark_formats: dict[tuple[str, int], QTextCharFormat] = {}
        self._suggestion_marks: list[tuple[tuple, QTextEdit.ExtraSelection]] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(_FLASH_INTERVAL_MS)
        self._flash_timer.timeout.connect(self._flash_tick)

    # --- loading -------------------------------------------------------------------------------
    @property
    def article(self) -> Article | None:
        return self._article

    def point_size(self) -> float:
        return self.document().defaultFont().pointSizeF()

    def set_point_size(self, size: float) -> float:
        """Zoom the text (bounded); the article is laid out again at the same place. Returns the size used."""
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, float(size)))
        font = self.document().defaultFont()
        font.setPointSizeF(size)
        self.document().setDefaultFont(font)
        self._zoom = size / DEFAULT_POINT_SIZE
        if self._article is not None:
            bar = self.verticalScrollBar()
            where = bar.value() / bar.maximum() if bar.maximum() else 0.0
            self.show_article(self._article, self._annotations)
            bar.setValue(round(where * bar.maximum()))
        return size

    def set_labels(self, labels: list[Label]) -> None:
        self._labels = {label.name: label for label in labels}
        # A label's new colour shows at once: drop the cached formats and marks, then paint again.
        self._mark_formats = {}
        self._annotation_marks = None
        self._suggestion_marks = None
        self._show_highlights()

    @property
    def headline_visible(self) -> bool:
        """The article's title is in the text and not hidden with the page furniture.

        HTML extracts often start with the body, and a scraped page's headline sits in its furniture.
        """
        if self._headline_position is None:
            return False
        return self.document().findBlock(self._headline_position).isVisible()

    def set_show_furniture(self, show: bool) -> None:
        self._show_furniture = show
        if self._article is not None:
            self.show_article(self._article, self._annotations)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # Light or dark now: furniture and headline colours were set from the old palette when the text was laid out.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_article", None) is not None:
            self.show_article(self._article, self._annotations)

    def clear_article(self) -> None:
        self._article = None
        self._display_map = None
        self._utf16 = None
        self._annotations = []
        self._suggestions = []
        self._current_suggestion = None
        self._annotation_marks = self._suggestion_marks = None
        self.clear()

    def show_article(self, article: Article, annotations: list[Annotation]) -> None:
        self._flash_timer.stop()
        if self._article is None or self._article.id != article.id or self._article.text != article.text:
            # Another article (or the same one decoded anew): the old suggestions' offsets mean nothing here.
            self._suggestions = []
            self._current_suggestion = None
        self._suggestion_marks = None  # a new document: every mark's cursor is rebuilt on it
        self._article = article
        html = self._rendered.get(article.content_hash) if article.format == "md" else None
        if html is not None:
            self.document().setHtml(html)
        else:
            self.document().setPlainText(reflowed(article.text))
            self._headline_position = style_plain_text(
                self.document(), article, palette=self.palette(), zoom=self._zoom, show_furniture=self._show_furniture
            )
            if article.format == "md" and article.content_hash not in self._rendered:
                self._start_render(article)
        self._rendered_html = html is not None
        displayed = self._displayed_text()
        self._display_map = DisplayMap(displayed, article.text, same_positions=html is None)
        self._utf16 = Utf16Map(displayed)
        self.set_annotations(annotations)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if html is not None:
            # Rendered Markdown: a title heading, if there is one, is the first thing shown anyway.
            self._headline_position = 0 if article.title and article.title in displayed[:500] else None
        target = self._headline_position
        self._scroll_to(target if target is not None else self.qt_span_of(article.body_start, article.body_start + 1))

    def _start_render(self, article: Article) -> None:
        """Markdown shows as plain text at once and as rendered text when the converter is done."""
        job = MarkdownRenderJob(article.id, article.content_hash, article.text, self)
        job.rendered.connect(self._on_rendered)
        job.finished.connect(job.deleteLater)
        self._render_jobs.add(job)
        job.finished.connect(lambda: self._render_jobs.discard(job))
        job.start()

    @Slot(int, str, object)
    def _on_rendered(self, article_id: int, content_hash: str, html) -> None:
        if len(self._rendered) > 64:
            self._rendered.pop(next(iter(self._rendered)))
        self._rendered[content_hash] = html
        article = self._article
        if html is not None and article is not None and article.id == article_id:
            scroll = self.verticalScrollBar().value()
            self.show_article(article, self._annotations)
            self.verticalScrollBar().setValue(scroll if scroll else self.verticalScrollBar().value())
        self.render_finished.emit(article_id)

    @property
    def shows_rendered_markdown(self) -> bool:
        return self._rendered_html

    def wait_for_renders(self, msecs: int = 10_000) -> None:
        for job in list(self._render_jobs):
            job.wait(msecs)

    def _scroll_to(self, target) -> None:
        """Open at the headline (or the body) rather than at a site's menu lines."""
        position = target[0] if isinstance(target, tuple) else target
        if not position:
            self.verticalScrollBar().setValue(0)
            return
        block = self.document().findBlock(position)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(max(0, int(top) - 12))

    def _displayed_text(self) -> str:
        # toRawText keeps NBSP (toPlainText turns it into a space) but marks block ends with U+2029.
        return self.document().toRawText().replace("\u2029", "\n")

    # --- offsets -------------------------------------------------------------------------------
    def stored_span_of(self, qt_start: int, qt_end: int) -> tuple[int, int] | None:
        if self._display_map is None or self._utf16 is None:
            return None
        return self._display_map.stored_span(self._utf16.to_cp(qt_start), self._utf16.to_cp(qt_end))

    def qt_span_of(self, start: int, end: int) -> tuple[int, int] | None:
        if self._display_map is None or self._utf16 is None:
            return None
        if not 0 <= start <= end <= self._display_map.stored_length:
            return None  # offsets from another text (a stale signal) must never reach a QTextCursor
        span = self._display_map.displayed_span(start, end)
        if span is None:
            return None
        return self._utf16.to_utf16(span[0]), self._utf16.to_utf16(span[1])

    def selected_span(self) -> tuple[int, int] | None:
        """The current selection as stored offsets (start, end), or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.stored_span_of(cursor.selectionStart(), cursor.selectionEnd())

    def select_stored_span(self, start: int, end: int) -> None:
        span = self.qt_span_of(start, end)
        if span is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def annotation_at(self, stored_offset: int) -> Annotation | None:
        """The innermost annotation covering a stored offset (a company inside a speculative sentence wins)."""
        covering = [a for a in self._annotations if a.start <= stored_offset < a.end]
        return min(covering, key=lambda a: a.end - a.start) if covering else None

    # --- highlights ----------------------------------------------------------------------------
    def set_annotations(self, annotations: list[Annotation]) -> None:
        # An annotation whose text was lost on re-decoding has no trustworthy place to highlight.
        self._annotations = [a for a in annotations if not a.anchor_lost]
        self._annotation_marks = None
        self._show_highlights()

    def _selection_for(self, annotation: Annotation, alpha: int) -> QTextEdit.ExtraSelection | None:
        selection = self._span_selection(annotation.start, annotation.end)
        if selection is None:
            return None
        # Sentences get a lighter tint than names inside them, so a company within a claim still stands out.
        long_span = annotation.end - annotation.start > _LONG_SPAN
        selection.format = self._mark_format(
            annotation.label, alpha // 2 if long_span and alpha == _HIGHLIGHT_ALPHA else alpha
        )
        return selection

    def _mark_format(self, label_name: str, alpha: int) -> QTextCharFormat:
        """One format per label and tint, shared by every highlight (an article may carry a thousand)."""
        key = (label_name, alpha)
        fmt = self._mark_formats.get(key)
        if fmt is None:
            label = self._labels.get(label_name)
            color = label.color if label else "#888888"
            fmt = QTextCharFormat()
            fmt.setBackground(_tint(color, alpha))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(color))
            fmt.setToolTip(label.display_name if label else label_name)
            self._mark_formats[key] = fmt
        return fmt

    def _span_selection(self, start: int, end: int) -> QTextEdit.ExtraSelection | None:
        """An extra selection over stored offsets start..end, or None when that text is not shown."""
        span = self.qt_span_of(start, end)
        if span is None:
            return None
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self._suggestions = list(suggestions)
        if self._current_suggestion not in self._suggestions:
            self._current_suggestion = None  # accepted or rejected: nothing is shown as current any more
        self._suggestion_marks = None
        self._show_highlights()

    def suggestion_at(self, stored_offset: int) -> Suggestion | None:
        covering = [s for s in self._suggestions if s.start <= stored_offset < s.end]
        return min(covering, key=lambda s: s.end - s.start) if covering else None

    def _suggestion_selection(self, suggestion: Suggestion) -> QTextEdit.ExtraSelection | None:
        selection = self._span_selection(suggestion.start, suggestion.end)
        if selection is None:
            return None
        label = self._labels.get(suggestion.label)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor(label.color if label else "#888888"))
        selection.format = fmt
        return selection

    def focus_suggestion(self, suggestion: Suggestion) -> None:
        """Show a suggestion as the current one: scrolled to and marked in its label's colour, not selected
        (a selection would look like something the analyst did). Ctrl+1/2/3 still tag it by hand."""
        span = self.qt_span_of(suggestion.start, suggestion.end)
        if span is None:
            return
        self._current_suggestion = suggestion
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[1])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(span[0])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._show_highlights()

    @property
    def current_suggestion(self) -> Suggestion | None:
        """The suggestion the walk (or a click) last showed, while it is still pending."""
        return self._current_suggestion

    def _current_selection(self, suggestion: Suggestion) -> QTextEdit.ExtraSelection | None:
        selection = self._suggestion_selection(suggestion)
        if selection is not None:
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        return selection

    def current_suggestion_rects(self) -> list[QRectF]:
        """Viewport rectangles of the current suggestion, one per line it covers (where its frame is drawn)."""
        current = self._current_suggestion
        span = self.qt_span_of(current.start, current.end) if current is not None else None
        if span is None:
            return []
        layout = self.document().documentLayout()
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        rects: list[QRectF] = []
        block = self.document().findBlock(span[0])
        while block.isValid() and block.position() < span[1]:
            if block.isVisible():
                top_left = layout.blockBoundingRect(block).topLeft() + offset
                text_layout = block.layout()
                for i in range(text_layout.lineCount()):
                    line = text_layout.lineAt(i)
                    lo = max(span[0] - block.position(), line.textStart())
                    hi = min(span[1] - block.position(), line.textStart() + line.textLength())
                    if hi > lo:
                        x0, x1 = line.cursorToX(lo)[0], line.cursorToX(hi)[0]
                        rects.append(QRectF(top_left.x() + x0, top_left.y() + line.y(), x1 - x0, line.height()))
            block = block.next()
        return rects

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        rects = self.current_suggestion_rects()
        if not rects:
            return
        # A frame in the label's colour: unlike a selection (filled) and unlike an accepted tag (tinted).
        label = self._labels.get(self._current_suggestion.label)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(label.color if label else "#888888"), _CURRENT_FRAME_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in rects:
            painter.drawRoundedRect(rect.adjusted(-2, 1, 2, -1), 3, 3)
        painter.end()

    def _show_highlights(self) -> None:
        # Longest first, so whatever lies inside a sentence is painted on top and stays visible: a company
        # inside a highlighted claim, and a pending suggestion's dashed underline inside an accepted one.
        # At the same length the annotation comes last (the analyst's decision wins). Each kind's marks are
        # built once per change and kept in that order; a refresh (a flash, the current suggestion) only merges.
        if self._suggestion_marks is None:
            marks = [
                ((-(g.end - g.start), 0, g.start), s)
                for g in self._suggestions
                if (s := self._suggestion_selection(g)) is not None
            ]
            self._suggestion_marks = sorted(marks, key=_mark_order)
        if self._annotation_marks is None:
            marks = [
                ((-(a.end - a.start), 1, a.start), s)
                for a in self._annotations
                if (s := self._selection_for(a, _HIGHLIGHT_ALPHA)) is not None
            ]
            self._annotation_marks = sorted(marks, key=_mark_order)
        selections = [s for _order, s in heapq.merge(self._suggestion_marks, self._annotation_marks, key=_mark_order)]
        current = self._current_suggestion
        if current is not None and (s := self._current_selection(current)) is not None:
            selections.append(s)
        if self._flash_id and self._flash_step % 2 == 1:
            flashed = next((a for a in self._annotations if a.id == self._flash_id), None)
            if flashed is not None and (s := self._selection_for(flashed, flash_alpha(self.palette()))) is not None:
                selections.append(s)
        self.setExtraSelections(selections)

    def focus_annotation(self, annotation_id: int) -> None:
        """Scroll to an annotation and flash it so the eye finds it."""
        annotation = next((a for a in self._annotations if a.id == annotation_id), None)
        if annotation is None:
            return
        span = self.qt_span_of(annotation.start, annotation.end)
        if span is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(span[0])
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self._flash_id = annotation_id
        self._flash_step = 0
        self._flash_timer.start()
        self._flash_tick()

    @property
    def flashing_annotation_id(self) -> int:
        return self._flash_id if self._flash_timer.isActive() else 0

    @Slot()
    def _flash_tick(self) -> None:
        self._flash_step += 1
        if self._flash_step > _FLASH_STEPS:
            self._flash_timer.stop()
            self._flash_step = 0
        self._show_highlights()  # only the flashed one changes: the others are not rebuilt

    # --- mouse ---------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection() or self._display_map is None or self._utf16 is None:
            return
        stored = self._stored_offset_at(event.position().toPoint())
        annotation = self.annotation_at(stored)
        if annotation is not None:
            self.annotation_clicked.emit(annotation.id)
            return
        suggestion = self.suggestion_at(stored)
        if suggestion is not None:
            self.focus_suggestion(suggestion)
            self.suggestion_clicked.emit(suggestion)
        elif self._current_suggestion is not None:
            self._current_suggestion = None  # a click elsewhere: Ctrl+1 must not tag a suggestion out of sight
            self._show_highlights()

    def _stored_offset_at(self, point) -> int:
        """The stored offset of the character under a viewport point (not the nearest gap between two)."""
        cursor = self.cursorForPosition(point)
        qt_pos = cursor.position()
        if qt_pos > cursor.block().position() and point.x() < self.cursorRect(cursor).x():
            qt_pos -= 1  # the point is on the right half of the character before the gap
        return self._display_map.stored_offset(self._utf16.to_cp(qt_pos))

    def contextMenuEvent(self, event) -> None:
        """Right-click acts on what was clicked: the selection it is inside, else the name or word under it."""
        stored = -1
        if self._display_map is not None and self._utf16 is not None:
            stored = self._stored_offset_at(event.pos())
            selected = self.selected_span()
            if not (selected and selected[0] <= stored < selected[1]):
                target = self._target_at(stored)
                if target is not None:
                    self.select_stored_span(*target)
                else:
                    self.moveCursor(QTextCursor.MoveOperation.Start)  # clicked white space: nothing selected
        # Our own menu rather than Qt's standard one: a read-only article needs no "Copy Link Location".
        menu = QMenu(self)
        self.context_menu_requested.emit(menu, stored)
        menu.addSeparator()
        copy = menu.addAction(tr("Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.textCursor().hasSelection())
        select_all = menu.addAction(tr("Select All"), self.selectAll)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _target_at(self, stored: int) -> tuple[int, int] | None:
        """What a right-click at a stored offset means: a short annotation or suggestion there (a name, not a
        sentence), else the word, without particle or quotes."""
        article = self._article
        if article is None:
            return None
        spans = [(a.start, a.end) for a in self._annotations] + [(s.start, s.end) for s in self._suggestions]
        names = [
            (lo, hi)
            for lo, hi in spans
            if lo <= stored < hi and hi - lo <= _LONG_SPAN and "\n" not in article.text[lo:hi]
        ]
        if names:
            return min(names, key=lambda span: span[1] - span[0])
        return word_at(article.text, stored)

    def loadResource(self, resource_type: int, url: QUrl):
        """Never fetch anything an article refers to: no remote images, no local files."""
        return None
