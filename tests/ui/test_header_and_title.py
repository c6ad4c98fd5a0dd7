"""What the header and the title bar say about the open article and library."""

from __future__ import annotations

from reader_app.core.model import Article
from reader_app.ui.panes.reader_pane import metadata_line


def test_comma_joined_sections_read_as_a_list():
    article = Article(
        id=1, title="t", text="t", format="txt", encoding="utf-8", content_hash="h", imported_at="",
        source="Own Wire", section="Articles,Highlight,Legal,National",
    )  # fmt: skip
    assert metadata_line(article) == "Own Wire  ·  Articles, Highlight, Legal, National"


def test_window_title_names_the_library_once_and_the_app_once(make_window, tmp_path, qapp):
    window = make_window(tmp_path / "lib.sqlite")
    assert window.windowTitle() == "lib.sqlite"
    assert qapp.applicationDisplayName() == "Reader"  # Qt shows "lib.sqlite — Reader"
