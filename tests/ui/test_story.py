"""The analyst's story from issue 2, through the real window: import, tag three labels, reopen, export."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt

from reader_app.ui.models.annotation_table import FIELD


def _select(window, text: str, fragment: str, end_fragment: str | None = None) -> tuple[int, int]:
    start = text.index(fragment)
    end = text.index(end_fragment, start) + len(end_fragment) if end_fragment else start + len(fragment)
    window.reader.select_stored_span(start, end)
    assert window.reader.selected_span() == (start, end)
    return start, end


def _import(qtbot, window, paths):
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        job = window.import_paths(paths)
        assert job is not None
    return window.last_import_report


def _set_field(qtbot, window, annotation_id: int, value: str) -> None:
    model = window.annotation_list.model
    row = model.row_of(annotation_id)
    assert model.setData(model.index(row, FIELD), value, Qt.ItemDataRole.EditRole)


def test_the_seed_article_story(qtbot, make_window, seed_article, tmp_path):
    db = tmp_path / "library.sqlite3"
    window = make_window(db)
    window.show()
    assert window.pages.currentWidget() is window.welcome

    report = _import(qtbot, window, [seed_article])
    assert report.count("imported") == 1
    assert window.pages.currentWidget() is window.splitter
    article = window.reader.article
    assert article is not None and "우리금융지주" in article.text
    text = article.text

    # company: 우리금융지주 (first mention in the body), via the toolbar action
    start, end = _select(window, text, "우리금융지주")
    window.findChild(type(window.actions.tag["company"]), "actionTagCompany").trigger()
    # quote: the KT official's words, with the speaker typed in place
    q_start, q_end = _select(window, text, '"AI원팀은', '기다리고 있다"')
    window.actions.tag["quote"].trigger()
    quote_id = window.annotation_list.current_annotation_id()
    _set_field(qtbot, window, quote_id, "KT 관계자")
    # speculation: the financial-industry sentence with its cue
    s_start, s_end = _select(window, text, "금융업계에서는", "보고 있다.")
    window.actions.tag["speculation"].trigger()
    _set_field(qtbot, window, window.annotation_list.current_annotation_id(), "강화할 수 있다고 보고 있다")

    model = window.annotation_list.model
    assert [model.annotation(r).label for r in range(model.rowCount())] == ["company", "speculation", "quote"]
    assert window.annotation_list.heading.text().endswith("(3)")
    window.close()

    # reopen: everything is there
    window = make_window(db)
    assert window.reader.article is not None and window.reader.article.id == article.id
    stored = {
        a.label: a
        for a in (window.annotation_list.model.annotation(r) for r in range(window.annotation_list.model.rowCount()))
    }
    assert (stored["company"].start, stored["company"].end, stored["company"].text) == (
        start,
        end,
        "우리금융지주",
    )
    assert stored["company"].fields["canonical"] == "Woori Financial Group"  # resolved through the registry
    assert (stored["quote"].start, stored["quote"].end) == (q_start, q_end)
    assert stored["quote"].fields["speaker"] == "KT 관계자"
    assert (stored["speculation"].start, stored["speculation"].end) == (s_start, s_end)
    assert stored["speculation"].fields["cue"] == "강화할 수 있다고 보고 있다"

    # export: Excel-ready CSV whose offsets point into the file's decoded text
    out = tmp_path / "annotations.csv"
    assert window.export_csv_to(out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    source_text = seed_article.read_bytes().decode("utf-8")
    for row in rows:
        assert source_text[int(row["start"]) : int(row["end"])] == row["text"]
    assert {row["label"] for row in rows} == {"company", "quote", "speculation"}
    assert next(r for r in rows if r["label"] == "quote")["speaker"] == "KT 관계자"


def test_undo_and_redo_of_create_edit_and_delete(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _import(
        qtbot,
        window,
        [_write(tmp_path, "a.txt", "Acme buys Beta\n\nAcme Corp may buy Beta Inc, people said.\n")],
    )
    text = window.reader.article.text
    _select(window, text, "Beta Inc")
    window.actions.tag["company"].trigger()
    annotation_id = window.annotation_list.current_annotation_id()
    _set_field(qtbot, window, annotation_id, "Beta Incorporated")
    model = window.annotation_list.model

    window.actions.undo.trigger()  # the edit
    assert model.annotation(0).fields["canonical"] == "Beta Inc"
    window.actions.undo.trigger()  # the creation
    assert model.rowCount() == 0
    window.actions.redo.trigger()
    window.actions.redo.trigger()
    assert model.rowCount() == 1 and model.annotation(0).fields["canonical"] == "Beta Incorporated"

    window.annotation_list.view.selectRow(0)
    window.actions.delete_annotation.trigger()
    assert model.rowCount() == 0
    window.actions.undo.trigger()
    assert model.rowCount() == 1 and model.annotation(0).id == annotation_id
    # what the sidebar shows is what is on disk
    from reader_app.services import annotating

    assert [a.id for a in annotating.annotations_for(window.library, window.reader.article.id)] == [annotation_id]


def test_an_empty_selection_does_nothing_but_says_why(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, [_write(tmp_path, "a.txt", "Title\n\nSome body text.\n")])
    window.reader.moveCursor(window.reader.textCursor().MoveOperation.Start)
    with qtbot.waitSignal(window.hub.status) as blocker:
        window.actions.tag["quote"].trigger()
    assert "Select some text" in blocker.args[0]
    assert window.annotation_list.model.rowCount() == 0


def test_clicking_a_row_flashes_the_highlight_and_clicking_a_highlight_selects_the_row(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    body = "Title\n\n" + "Filler sentence number one. " * 40 + "\n\nAcme Corp said it may buy Beta Inc.\n"
    _import(qtbot, window, [_write(tmp_path, "a.txt", body)])
    text = window.reader.article.text
    for fragment in ("Acme Corp", "Beta Inc"):
        _select(window, text, fragment)
        window.actions.tag["company"].trigger()
    window.reader.moveCursor(window.reader.textCursor().MoveOperation.Start)
    first_id = window.annotation_list.model.annotation(0).id
    second_id = window.annotation_list.model.annotation(1).id

    qtbot.mouseClick(
        window.annotation_list.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.annotation_list.view.visualRect(window.annotation_list.model.index(1, 1)).center(),
    )
    assert window.reader.flashing_annotation_id == second_id
    assert window.reader.selected_span() is None

    q_start, _ = window.reader.qt_span_of(
        window.reader.article.text.index("Acme Corp") + 2, text.index("Acme Corp") + 3
    )
    cursor = window.reader.textCursor()
    cursor.setPosition(q_start)
    point = window.reader.cursorRect(cursor).center()
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotation_list.current_annotation_id() == first_id


def test_window_geometry_and_splitter_sizes_persist(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    _import(qtbot, window, [_write(tmp_path, "a.txt", "Title\n\nBody.\n")])
    window.show()
    window.splitter.setSizes([200, 800, 400])
    sizes = window.splitter.sizes()
    window.close()
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    assert window.splitter.sizes() == sizes


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_speaker_is_typed_into_the_editor_that_opens_after_tagging_a_quote(qtbot, make_window, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    text = 'Acme buys Beta\n\nShares rose. "We are pleased with the deal," the chief executive told reporters.\n'
    window = make_window(tmp_path / "lib.sqlite3")
    window.show()
    qtbot.waitExposed(window)
    _import(qtbot, window, [_write(tmp_path, "b.txt", text)])
    stored = window.reader.article.text
    start = stored.index('"We')
    end = stored.index('deal,"') + len('deal,"')
    window.reader.select_stored_span(start, end)
    window.actions.tag["quote"].trigger()
    editor = window.annotation_list.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    assert "Speaker" in editor.placeholderText()
    qtbot.keyClicks(editor, "the chief executive")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.annotation_list.model.annotation(0).fields.get("speaker") == "the chief executive")
    window.actions.undo.trigger()  # the typed speaker is its own undo step
    assert window.annotation_list.model.annotation(0).fields.get("speaker", "") == ""
