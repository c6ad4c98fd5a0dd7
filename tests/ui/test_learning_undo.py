"""In the window, Undo and Redo of a company tag or a rejection take what the engine learned along."""

from __future__ import annotations

from reader_app.services import suggesting

FIRST = "Sensor deal\n\nThe buyer said Zentrix Robotics will supply sensors to the plant.\n"
SECOND = "Second line\n\nZentrix Robotics opened a second line in Ulsan.\n"


def _import(qtbot, window, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.hub.articles_changed, timeout=20000):
        window.import_paths([path])
    return window.reader.article.id


def _suggested(window, article_id) -> set[str]:
    return {s.text for s in suggesting.suggestions_for(window.library, article_id) if s.label == "company"}


def test_undo_of_a_company_tag_in_the_window_forgets_it_in_other_articles(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    first = _import(qtbot, window, tmp_path, "a.txt", FIRST)
    second = _import(qtbot, window, tmp_path, "b.txt", SECOND)
    assert "Zentrix Robotics" not in _suggested(window, second)
    start = FIRST.index("Zentrix Robotics")
    assert window.annotations.tag(first, "company", "Company", start, start + 16, {"canonical": "Zentrix Robotics"})
    assert "Zentrix Robotics" in _suggested(window, second)
    window.undo_stack.undo()
    assert "Zentrix Robotics" not in _suggested(window, second)
    window.undo_stack.redo()
    assert "Zentrix Robotics" in _suggested(window, second)


def test_undo_of_a_tagged_common_word_leaves_nothing_behind(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "lib.sqlite3")
    first = _import(qtbot, window, tmp_path, "a.txt", FIRST)
    second = _import(qtbot, window, tmp_path, "b.txt", SECOND + "The company said more.\n")
    start = FIRST.index("buyer")
    window.annotations.tag(first, "company", "Company", start, start + 5, {"canonical": "buyer"})
    window.undo_stack.undo()
    start = SECOND.index("second")
    window.annotations.tag(second, "company", "Company", start, start + 6, {"canonical": "second"})
    assert not {"buyer", "company", "second"} & _suggested(window, first)
