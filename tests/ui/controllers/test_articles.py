"""Article-level actions in the window: edit properties, reopen with an encoding, delete."""

from __future__ import annotations

from reader_app.services import library as library_service
from reader_app.ui.dialogs.article_properties import ArticlePropertiesDialog

KOREAN = "우리금융 이사회\n\n우리금융지주는 KT와 협력을 논의했을 가능성이 있다.\n"


def _import(qtbot, window, path):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([path])


def test_properties_dialog_reports_only_changed_fields_and_saving_updates_the_panes(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Acme buys Beta\n\nAcme Corp may buy Beta Inc.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, path)
    article = window.reader.article
    dialog = ArticlePropertiesDialog(article, window)
    qtbot.addWidget(dialog)
    dialog.edits["source"].setText("Reader Wire")
    dialog.edits["published"].setText("2026-03-12")
    assert dialog.changed_values() == {"source": "Reader Wire", "published": "2026-03-12"}
    assert window.articles.save_properties(article.id, dialog.changed_values())
    assert library_service.article(window.library, article.id).source == "Reader Wire"
    assert "Reader Wire" in window.reader_pane.meta.text()
    assert window.article_pane.model.data(window.article_pane.model.index(0, 1)) == "Reader Wire"


def test_reopen_with_encoding_from_the_menu_fixes_the_text(qtbot, make_window, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(KOREAN.encode("cp949"))
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, path)
    window.articles.reopen_with_encoding("latin-1")
    assert "우리" not in window.reader.article.text
    action = next(a for a in window.encoding_menu.actions() if a.text() == "cp949")
    action.trigger()
    assert window.reader.article.text == KOREAN
    assert window.reader.toPlainText().startswith("우리금융 이사회")


def test_deleting_the_article_returns_to_the_first_screen(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, path)
    window.articles.delete(window.reader.article.id)
    assert window.pages.currentWidget() is window.welcome
    assert window.reader.article is None


def test_hiding_page_furniture_keeps_the_body_and_moves_the_headline_up(qtbot, make_window, seed_article, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, seed_article)
    article = window.reader.article
    assert article.body_start > 0  # the seed article starts with a site menu
    window.actions.show_furniture.setChecked(False)
    doc = window.reader.document()
    menu_block = doc.findBlock(0)
    body_block = doc.findBlock(window.reader.qt_span_of(article.body_start, article.body_start + 1)[0])
    assert not menu_block.isVisible() and body_block.isVisible()
    assert article.title in window.reader_pane.meta.text()
    window.actions.show_furniture.setChecked(True)
    assert doc.findBlock(0).isVisible() and article.title not in window.reader_pane.meta.text()


def test_preferences_show_where_the_library_is_and_keep_the_annotator_name(qtbot, make_window, tmp_path):
    from reader_app.ui.dialogs.preferences import PreferencesDialog

    window = make_window(tmp_path / "lib.sqlite3")
    dialog = PreferencesDialog(window.library.path, window)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(window.reader_pane.meta), "libraryPath").text() == str(window.library.path)
    dialog.annotator.setText("  Kim  Analyst ")
    dialog.save()
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nAcme Corp may buy Beta Inc.\n", encoding="utf-8")
    _import(qtbot, window, path)
    start = window.reader.article.text.index("Acme")
    window.reader.select_stored_span(start, start + 9)
    window.actions.tag["company"].trigger()
    assert window.annotation_list.model.annotation(0).annotator == "Kim Analyst"


def test_an_html_article_without_its_headline_in_the_text_shows_it_above(qtbot, make_window, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Acme weighs a bid | Test Wire</title>"
        '<meta property="og:title" content="Acme weighs a bid"></head><body><nav>Home | Markets</nav>'
        "<article><p>Acme Corp is considering an offer for Beta Inc, people familiar with the matter said.</p>"
        "<p>Talks are at an early stage and may not lead to a deal, the people said on Tuesday.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, page)
    assert not window.reader.headline_visible
    assert "Acme weighs a bid" in window.reader_pane.meta.text()
