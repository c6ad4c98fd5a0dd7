"""Reading comfort in the real window: zoom keys, next/previous article keys, reopening, narrow windows, folders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog

from reader_app.core.model import ParsedDocument
from reader_app.services import importing
from reader_app.ui.dialogs import file_dialogs
from reader_app.ui.reading_width import READABLE_WIDTH, fit_sizes

TEXTS = [
    "Alpha Corp may open a plant in Ohio next spring.\n",
    "Beta Holdings said it sold its stake in Gamma.\n",
    "Delta Inc is expected to report higher sales.\n",
]


def _window(make_window, db, texts=TEXTS):
    window = make_window(db)
    for n, text in enumerate(texts):
        doc = ParsedDocument(text=text, title=f"Story {n}", format="txt", encoding="utf-8")
        importing.store_document(window.library, doc)
    window.hub.articles_changed.emit()
    return window


def _press(qtbot, window, key: str) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # window shortcuts need the active window
    target = QApplication.focusWidget() or window.reader
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())


def test_zoom_keys_change_the_text_size_and_a_new_window_remembers_it(qtbot, make_window, tmp_path):
    window = _window(make_window, tmp_path / "library.sqlite3")
    base = window.reader.point_size()
    window.reader.setFocus()
    _press(qtbot, window, "Ctrl+=")
    _press(qtbot, window, "Ctrl+=")
    assert window.reader.point_size() == base + 2
    _press(qtbot, window, "Ctrl+-")
    assert window.reader.point_size() == base + 1
    window.close()
    again = make_window(tmp_path / "library.sqlite3")
    assert again.reader.point_size() == base + 1
    _press(qtbot, again, "Ctrl+0")
    assert again.reader.point_size() == base


def test_alt_down_and_up_walk_the_article_list_and_the_window_reopens_on_the_last_read(qtbot, make_window, tmp_path):
    window = _window(make_window, tmp_path / "library.sqlite3")
    first = window.article_pane.current_article_id()
    assert first
    window.reader.setFocus()
    _press(qtbot, window, "Alt+Down")
    second = window.article_pane.current_article_id()
    assert second != first and window.reader.article.id == second
    _press(qtbot, window, "Alt+Down")
    _press(qtbot, window, "Alt+Up")
    assert window.article_pane.current_article_id() == second
    window.close()
    again = make_window(tmp_path / "library.sqlite3")
    assert again.article_pane.current_article_id() == second and again.reader.article.id == second


def test_at_1024_by_700_the_reader_keeps_a_readable_width_and_undo_stays_on_the_toolbar(qtbot, make_window, tmp_path):
    window = _window(make_window, tmp_path / "library.sqlite3")
    window.resize(1024, 700)  # before it is shown, as a window restored on a small screen is
    window.show()
    qtbot.waitUntil(lambda: window.reader_pane.width() >= READABLE_WIDTH)
    assert window.article_pane.width() > 0 and window.sidebar.width() > 0  # still there, narrower
    for action in (window.actions.undo, window.actions.redo):
        button = window.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    QApplication.processEvents()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_fit_sizes_takes_from_the_list_then_the_sidebar_and_leaves_wide_windows_alone():
    assert fit_sizes([320, 700, 400], 1420) == [320, 700, 400]
    narrow = fit_sizes([320, 306, 400], 1014)
    assert sum(narrow) == 1014 and narrow[1] >= READABLE_WIDTH and narrow[0] >= 170 and narrow[2] >= 260
    tiny = fit_sizes([320, 306, 400], 700)
    assert tiny[0] == 0 and sum(tiny) == 700


def test_file_dialogs_start_where_the_last_import_and_export_were(qtbot, make_window, tmp_path, monkeypatch):
    window = _window(make_window, tmp_path / "library.sqlite3", TEXTS[:1])
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "story.txt").write_text("Epsilon Ltd could merge with Zeta.\n", encoding="utf-8")
    exports = tmp_path / "exports"
    exports.mkdir()
    started: list[tuple[str, str]] = []

    def open_names(_parent, _title, start, _filter):  # the analyst picks a file in the articles folder
        started.append(("import", start))
        return [str(articles / "story.txt")]

    def save_name(_parent, _title, start, _filter):
        started.append(("export", start))
        return str(exports / "out.csv")

    # The app's own dialogs (ui/dialogs/file_dialogs.py) stand in for the analyst's choice here.
    monkeypatch.setattr(file_dialogs, "open_file_names", open_names)
    monkeypatch.setattr(file_dialogs, "save_file_name", save_name)
    window.imports.choose_files()
    qtbot.waitUntil(lambda: window.last_import_report is not None, timeout=20000)
    window.exports.choose_library_export()
    window.imports.choose_files()
    window.exports.choose_library_export()
    home = str(tmp_path / "home")
    assert started[0] == ("import", home) and started[1][1].startswith(home)
    assert started[2] == ("import", str(articles))
    assert started[3] == ("export", str(exports / "annotations.csv"))


def test_the_annotator_name_is_asked_once_on_the_first_tag_not_taken_from_the_system(
    qtbot, make_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings

    QSettings().remove("annotator/name")  # a first start: nobody has given a name yet
    asked: list[str] = []

    def answer(_parent, title, _label, *_args, **_kwargs):
        asked.append(title)
        return "Kim Analyst", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    window = _window(make_window, tmp_path / "library.sqlite3", TEXTS[:1])
    text = window.reader.article.text
    for word in ("Alpha Corp", "Ohio"):
        start = text.index(word)
        window.reader.select_stored_span(start, start + len(word))
        window.actions.tag["company"].trigger()
    model = window.annotation_list.model
    assert asked == ["Your Name"]
    assert [model.annotation(r).annotator for r in range(model.rowCount())] == ["Kim Analyst", "Kim Analyst"]
