"""Imported data is shown as plain text in every widget: a title or sentence holding an <img> tag pointing at a
local file never makes Qt open that file (tooltips, dialogs, labels, message bar, status bar, window title)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="the probe is a FIFO, which Windows does not have"),
    # Showing a tooltip on the offscreen platform says this; it is about the test platform, not the app.
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]

# A FIFO stands in for the image: Qt opening it is seen by a writer process that can only open it while a reader
# has it open (O_NONBLOCK|O_WRONLY fails otherwise). The writer closes at once, so Qt reads nothing and goes on.
_WATCHER = textwrap.dedent(
    """
    import os, sys, time
    path, log = sys.argv[1], sys.argv[2]
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            time.sleep(0.002)
            continue
        with open(log, "a") as out:
            out.write("opened\\n")
        os.close(fd)
    """
)


@pytest.fixture
def marker(tmp_path):
    path = tmp_path / "marker.png"
    os.mkfifo(path)
    log = tmp_path / "opened.log"
    watcher = subprocess.Popen([sys.executable, "-c", _WATCHER, str(path), str(log)])
    time.sleep(0.2)  # the watcher is polling before any widget shows anything

    def opened() -> int:
        return log.read_text().count("opened") if log.exists() else 0

    yield path, opened
    watcher.kill()
    watcher.wait()


def _hover(view, index) -> None:
    """What the mouse resting on a row does: a real tooltip event to the view's viewport."""
    view.scrollTo(index)
    point = view.visualRect(index).center()
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    QApplication.processEvents()
    QToolTip.hideText()


def _close_the_next_dialog(seen: list[str]) -> None:
    """Dismiss the modal dialog an action opens, once Qt has laid it out (that is when images would load)."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, close)
            return
        QApplication.processEvents()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(50, close)


@pytest.mark.allow_modal  # a QTimer dismisses the Delete Article and Properties dialogs, as the analyst would
def test_nothing_an_article_holds_is_ever_loaded_by_qt(qtbot, make_window, tmp_path, marker):
    path, opened = marker
    tag = f'<img src="file://{path}">'
    article = tmp_path / "hostile.txt"
    article.write_text(
        f"Acme {tag} weighs a bid for Beta\n\n"
        f"“The {tag} deal may close this year,” an Acme spokesman said on Tuesday.\n\n"
        f"Beta Inc {tag} could accept the offer, people familiar with the matter said.\n",
        encoding="utf-8",
    )
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([article])
    qtbot.waitUntil(lambda: window.reader.article is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.suggestion_panel.model.rowCount() > 0, timeout=20000)
    loaded: dict[str, int] = {}

    # The article list's title cell.
    view = window.article_pane.view
    _hover(view, view.model().index(0, 0))
    loaded["article list tooltip"] = opened()

    # The sidebar: an annotation over the tagged text, its cells and tooltip.
    text = window.reader.article.text
    start = text.index(tag)
    window.reader.select_stored_span(start - 4, start + len(tag) + 5)
    window.actions.tag["company"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.annotations.model.rowCount() == 1, timeout=5000)
    for column in range(window.sidebar.annotations.model.columnCount()):
        _hover(window.sidebar.annotations.view, window.sidebar.annotations.model.index(0, column))
    loaded["sidebar tooltips"] = opened() - sum(loaded.values())

    # The suggestions: every group expanded, every row hovered.
    tree = window.suggestion_panel.view
    tree.expandAll()
    model = tree.model()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            _hover(tree, model.index(row, 0, parent))
    loaded["suggestion tooltips"] = opened() - sum(loaded.values())

    # The Delete Article and Article Properties dialogs.
    seen: list[str] = []
    _close_the_next_dialog(seen)
    window.actions.delete_article.trigger()
    _close_the_next_dialog(seen)
    window.articles.edit_properties()
    assert len(seen) == 2, seen
    loaded["dialogs"] = opened() - sum(loaded.values())
    assert window.article_pane.model.rowCount() == 1  # the delete was not confirmed

    # The message bar, status bar and window title, with messages that quote the title.
    title = window.reader.article.title
    window.message_bar.show_message(f"Could not save “{title}”.")
    window.statusBar().showMessage(f"Opened {title}")
    window.setWindowTitle(f"Reader — {title}")
    window.repaint()
    QApplication.processEvents()
    loaded["message bar, status bar, title"] = opened() - sum(loaded.values())

    # The headline above the text, when the reader does not show it itself.
    window.reader_pane._update_header()
    QApplication.processEvents()
    loaded["reader header"] = opened() - sum(loaded.values())

    assert tag in title  # the hostile text really is the article's data
    assert not any(loaded.values()), loaded
