"""The reading pane renders Markdown safely: sanitised, never loading resources, time-limited."""

from __future__ import annotations

import time

from PySide6.QtCore import QUrl

from reader_app.core.rendering import markdown_to_safe_html, markdown_to_safe_html_limited


def test_scripts_images_and_event_handlers_are_removed():
    html = markdown_to_safe_html(
        '<script>alert(1)</script>\n\n![x](http://example.com/a.png)\n\n<a href="javascript:x()" onclick="y()">l</a>'
        "\n\n[ok](https://example.com/page)"
    )
    assert "<script" not in html and "<img" not in html and "onclick" not in html and "javascript:" not in html
    assert 'href="https://example.com/page"' in html


def test_hostile_markdown_gives_up_within_the_time_limit():
    started = time.monotonic()
    assert markdown_to_safe_html_limited("[" * 20000, timeout=1.5) is None
    assert time.monotonic() - started < 10


def test_the_reader_never_loads_resources(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    assert window.reader.loadResource(2, QUrl("http://example.com/a.png")) is None
    assert window.reader.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert not window.reader.openLinks() and not window.reader.openExternalLinks()


def test_markdown_shows_at_once_as_text_then_rendered_with_offsets_intact(qtbot, make_window, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Acme weighs a bid\n\n**Acme Corp** may bid for *Beta Inc*, people said.\n", encoding="utf-8")
    window = make_window(tmp_path / "lib.sqlite3")
    with (
        qtbot.waitSignal(window.reader.render_finished, timeout=20000),
        qtbot.waitSignal(window.hub.articles_changed, timeout=20000),
    ):
        window.import_paths([path])
    assert window.reader.shows_rendered_markdown
    text = window.reader.article.text
    start = text.index("Beta Inc")
    window.reader.select_stored_span(start, start + len("Beta Inc"))
    assert window.reader.textCursor().selectedText() == "Beta Inc"
    window.actions.tag["company"].trigger()
    annotation = window.annotation_list.model.annotation(0)
    assert (annotation.start, annotation.end, annotation.text) == (start, start + 8, "Beta Inc")


def test_front_matter_is_not_rendered_as_a_paragraph():
    text = "---\ntitle: Harbor Chips files\nsource: Own Wire\n---\n\n# Harbor Chips files\n\nRevenue rose.\n"
    html = markdown_to_safe_html(text)
    assert "source:" not in html and "title:" not in html
    assert "<h1>Harbor Chips files</h1>" in html and "<p>Revenue rose.</p>" in html
