"""Flashing an annotation repaints that one highlight; the others are built once per change, not per step."""

from __future__ import annotations

from reader_app.services import annotating, importing


def test_flash_steps_do_not_rebuild_every_highlight(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window(tmp_path / "library.sqlite3")
    window.show()
    source = tmp_path / "a.txt"
    words = " ".join(f"Word{n:02}" for n in range(40))
    source.write_text(f"Headline\n\n{words}\n", encoding="utf-8")
    (article_id,) = importing.import_paths(window.library, [source]).imported_ids
    created = [
        annotating.tag_selection(window.library, article_id, "company", 10 + 7 * n, 16 + 7 * n) for n in range(8)
    ]
    window.hub.articles_changed.emit()
    window.article_pane.select_article(article_id)
    qtbot.waitUntil(lambda: len(window.reader.extraSelections()) >= 8)

    reader = window.reader.view if hasattr(window.reader, "view") else window.reader
    built = []
    real = reader._span_selection
    monkeypatch.setattr(reader, "_span_selection", lambda start, end: built.append(start) or real(start, end))
    reader.focus_annotation(created[3].id)
    for _ in range(8):
        reader._flash_tick()
    assert len(built) <= 6, f"{len(built)} highlights built for one flash of one annotation"
    assert len(reader.extraSelections()) >= 8  # the others are still shown


def test_opening_an_article_builds_each_highlight_once(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window(tmp_path / "library.sqlite3")
    window.show()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Other\n\nNothing here.\n", encoding="utf-8")
    second.write_text("Headline\n\n" + " ".join(f"Word{n:02}" for n in range(40)) + "\n", encoding="utf-8")
    other_id, article_id = importing.import_paths(window.library, [first, second]).imported_ids
    for n in range(8):
        annotating.tag_selection(window.library, article_id, "company", 10 + 7 * n, 16 + 7 * n)
    window.hub.articles_changed.emit()
    window.article_pane.select_article(other_id)
    reader = window.reader
    built = []
    real = reader._span_selection
    monkeypatch.setattr(reader, "_span_selection", lambda start, end: built.append(start) or real(start, end))
    with qtbot.waitSignal(window.hub.suggestions_changed, timeout=20000, check_params_cb=lambda a, _s: a == article_id):
        window.article_pane.select_article(article_id)
    built.clear()
    window.hub.suggestions_changed.emit(article_id, list(reader._suggestions))  # suggestions arrive again
    assert len(built) == len(reader._suggestions), "new suggestions rebuilt the annotations' highlights too"
    assert len(reader.extraSelections()) == 8 + len(reader._suggestions)
