"""Bad input: every file either imports correctly or fails with one clear line naming it, never hangs."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader_app.core.importing import MAX_BYTES, SUPPORTED_SUFFIXES, ImportFailure, parse_bytes, parse_file


def _failure(data: bytes, name: str) -> str:
    with pytest.raises(ImportFailure) as caught:
        parse_bytes(data, filename=name)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{name}: ")
    return message


def test_an_empty_file_fails_clearly():
    assert "is empty" in _failure(b"", "empty.txt")


def test_whitespace_only_is_no_text():
    assert "no text" in _failure(b" \n\xc2\xa0\n\t", "blank.txt")


def test_binary_files_with_known_signatures_say_what_they_are():
    assert "PDF" in _failure(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.txt")
    assert "ZIP" in _failure(b"PK\x03\x04\x14\x00\x06\x00", "article.html")
    assert "PNG" in _failure(b"\x89PNG\r\n\x1a\n\x00\x00", "chart.md")


def test_nul_bytes_and_control_characters_are_binary():
    assert "NUL" in _failure(b"abc\x00def\x00\x01\x02\x03" * 10 + b"\xff\xfe\x00", "data.txt")
    assert "binary" in _failure(bytes(range(1, 9)) * 50, "data.txt")


def test_files_over_the_limit_fail_before_parsing(tmp_path):
    assert "limit" in _failure(b"a" * (MAX_BYTES + 1), "huge.txt")
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk and is never read
    with pytest.raises(ImportFailure, match=r"^huge\.txt: is .* MB, over the 20 MB limit"):
        parse_file(big)


def test_unsupported_suffixes_name_the_supported_ones(tmp_path):
    message = _failure(b"hello", "notes.docx")
    assert "'.docx' files are not supported" in message
    assert all(suffix in message for suffix in SUPPORTED_SUFFIXES)
    assert "without a suffix" in _failure(b"hello", "README")


def test_content_type_decides_when_the_name_has_no_suffix():
    doc = parse_bytes(
        b"<html><head><title>T</title></head><body><p>Body text here.</p></body></html>",
        filename="article",
        content_type="text/html; charset=utf-8",
        url="https://example.com/a",
    )
    assert doc.format == "html"
    assert doc.url == "https://example.com/a"


def test_an_html_content_type_wins_over_a_url_suffix_and_other_types_fail():
    page = b"<html><body><p>Served by a script, still a page of news text.</p></body></html>"
    assert parse_bytes(page, filename="read.php", content_type="text/html").format == "html"
    assert parse_bytes(page, filename="story.txt", content_type="text/html").format == "html"
    assert "image/png are not supported" in str(_failure_ct(b"\x89PNG", "chart", "image/png"))


def _failure_ct(data: bytes, name: str, content_type: str) -> ImportFailure:
    with pytest.raises(ImportFailure) as caught:
        parse_bytes(data, filename=name, content_type=content_type)
    return caught.value


def test_missing_files_and_folders_fail_clearly(tmp_path):
    with pytest.raises(ImportFailure, match=r"^gone\.txt: does not exist — check the path"):
        parse_file(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ImportFailure, match="is a folder"):
        parse_file(folder)


def test_mixed_line_endings_become_newlines_and_offsets_follow():
    doc = parse_bytes("제목\r\n\r\n첫 줄\r둘째 줄\n셋째 줄\r\n".encode(), filename="mixed.txt")
    assert doc.text == "제목\n\n첫 줄\n둘째 줄\n셋째 줄\n"
    assert doc.text[doc.body_start : doc.body_end] == "첫 줄\n둘째 줄\n셋째 줄"


def test_decomposed_hangul_from_macos_is_stored_composed_and_offsets_fit_the_stored_text():
    composed = "우리금융 실적 발표\n\n우리금융이 실적을 발표했다. 한자 \uf900 (호환 한자)는 그대로다.\n"
    # NFD itself would fold U+F900 too, so decompose around it as a macOS editor would leave it.
    head, tail = composed.split("\uf900")
    decomposed = unicodedata.normalize("NFD", head) + "\uf900" + unicodedata.normalize("NFD", tail)
    assert decomposed != composed
    doc = parse_bytes(decomposed.encode("utf-8"), filename="nfd.txt")
    assert doc.text == composed  # NFC; the compatibility ideograph U+F900 survives untouched
    assert "\uf900" in doc.text
    assert doc.title == "우리금융 실적 발표"
    assert doc.text[doc.body_start : doc.body_end].startswith("우리금융이")
    assert any("NFC" in warning for warning in doc.warnings)


def test_broken_html_imports_what_it_can():
    doc = parse_bytes(b"<html><body><p>Unclosed <b>bold <div><p>Second para", filename="broken.html")
    assert "Unclosed" in doc.text


def test_500_deep_nested_html_imports_its_text():
    paragraph = "Deep article text sits here, long enough for the extractor to keep as a paragraph."
    page = f"<html><body>{'<div>' * 500}<p>{paragraph}</p>{'</div>' * 500}<p>After the nest.</p></body></html>"
    doc = parse_bytes(page.encode(), filename="deep.html")
    assert paragraph in doc.text
    assert "After the nest." in doc.text


def test_absurdly_deep_html_fails_clearly_instead_of_losing_text_silently():
    page = "<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>"
    message = _failure(page.encode(), "deeper.html")
    assert "too deeply" in message


@pytest.mark.parametrize(
    "line",
    [
        "#a" * 30 + " x",  # hashtag line that once backtracked exponentially
        "By " + "Aand" * 24 + "!",  # byline whose names could split at every "and"
        "# " + " " * 50_000 + "x",  # heading with a long run of spaces
        "가" * 1_000_000,  # one enormous line: a paragraph, not a headline
        "  1. " + "관련 기사 " * 10_000,
    ],
)
def test_pathological_lines_are_parsed_quickly(line):
    started = time.monotonic()
    for name in ("p.txt", "p.md"):
        doc = parse_bytes(f"{line}\n\nbody text.\n".encode(), filename=name)
        assert len(doc.title) <= 300
    assert time.monotonic() - started < 5


def test_hostile_markdown_is_parsed_in_linear_time():
    started = time.monotonic()
    doc = parse_bytes(("[" * 20000 + "\n").encode(), filename="brackets.md")
    front = parse_bytes(("---\n" + "key: value\n" * 200_000).encode(), filename="front.md")  # never closed
    assert time.monotonic() - started < 5
    assert doc.format == front.format == "md"
    assert front.source == front.url == ""  # an unclosed block is not front matter


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_any_bytes_give_a_document_or_an_import_failure(data, suffix):
    try:
        doc = parse_bytes(data, filename=f"fuzz{suffix}")
    except ImportFailure as failure:
        assert str(failure).startswith(f"fuzz{suffix}: ")
        return
    assert 0 <= doc.body_start <= (doc.body_end if doc.body_end is not None else len(doc.text)) <= len(doc.text)
    assert "\r" not in doc.text


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=1500))
def test_any_text_keeps_offsets_inside_the_stored_text(text):
    try:
        doc = parse_bytes(text.encode("utf-8"), filename="fuzz.txt")
    except ImportFailure:
        return
    end = doc.body_end if doc.body_end is not None else len(doc.text)
    assert 0 <= doc.body_start <= end <= len(doc.text)
    if not any("\uf900" <= ch <= "\ufaff" or "\U0002f800" <= ch <= "\U0002fa1f" for ch in doc.text):
        assert unicodedata.is_normalized("NFC", doc.text)


def test_parse_file_reads_the_path_it_is_given(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_bytes("제목\n\n본문입니다.\n".encode("cp949"))
    doc = parse_file(path)
    assert (doc.title, doc.encoding, doc.format) == ("제목", "cp949", "txt")
    assert doc.raw == path.read_bytes()  # kept for "Reopen with encoding…"
    assert parse_bytes(doc.raw, filename="note.txt", encoding="cp949").text == doc.text
