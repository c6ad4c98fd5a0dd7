"""Offsets never drift: random Unicode articles, random selections made in the real reading pane, and the stored
annotation always points at exactly the text that was selected (less the whitespace tagging trims)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from reader_app.services import annotating, importing

# The hard cases: astral emoji (two UTF-16 units), ZWJ sequences and flags, combining marks, NBSP, CRLF (the
# importer stores \n), Hangul syllables and conjoining jamo (composed on import), CJK, tabs and blank lines.
FRAGMENTS = [
    "Samsung",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "😀",
    "👩\u200d💻",
    "🇰🇷",
    "e\u0301",
    "a\u0308\u0323",
    "한국전력",
    "\u1100\u1161\u11a8",
    "\u1112\u1161",
    "中文",
    "“quoted”",
    ".",
    "\u200b",
]
BODY = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=4),
    ),
    min_size=1,
    max_size=40,
).map("".join)


def _utf16(text: str, offset: int) -> int:
    """A code point offset as a Qt (UTF-16) position, computed here rather than by the app's own maps."""
    return len(text[:offset].encode("utf-16-le")) // 2


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def test_stored_offsets_point_at_the_selected_text(make_window, tmp_path):
    window = make_window(tmp_path / "library.sqlite3")
    window.show()
    counter = iter(range(10**6))

    @settings(
        max_examples=50,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(body=BODY, data=st.data())
    def check(body: str, data) -> None:
        source = tmp_path / f"article-{next(counter)}.txt"
        source.write_bytes(("Headline\n\n" + body).encode("utf-8"))
        item = importing.import_file(window.library, source)
        if item.article_id is None:
            reject()  # refused by the importer (e.g. only control-like text): not an offsets question
        window.hub.articles_changed.emit()
        window.article_pane.select_article(item.article_id)
        view = window.reader
        article = view.article
        assert article is not None and article.id == item.article_id
        text = article.text
        assert view.document().toRawText().replace("\u2029", "\n") == text  # plain text shows as stored

        a = data.draw(st.integers(0, len(text)), label="start")
        b = data.draw(st.integers(0, len(text)), label="end")
        a, b = min(a, b), max(a, b)
        cursor = QTextCursor(view.document())
        cursor.setPosition(_utf16(text, a))
        cursor.setPosition(_utf16(text, b), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        assert view.textCursor().selectedText().replace("\u2029", "\n") == text[a:b]

        before = {x.id for x in annotating.annotations_for(window.library, article.id)}
        window.actions.tag["company"].trigger()
        created = [x for x in annotating.annotations_for(window.library, article.id) if x.id not in before]

        start, end = _trimmed(text, a, b)
        if start == end:
            assert created == []  # nothing but whitespace selected: nothing to tag
            return
        (annotation,) = created
        assert (annotation.start, annotation.end) == (start, end)
        assert annotation.text == text[start:end]
        assert annotation.text.strip() == text[a:b].strip()

    check()
