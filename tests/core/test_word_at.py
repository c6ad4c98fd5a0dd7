"""The word under a right-click: edges, particles and possessives dropped."""

from __future__ import annotations

import pytest

from reader_app.core.word_at import word_at


@pytest.mark.parametrize(
    ("text", "inside", "word"),
    [
        ("하나금융은 LX전자와 손잡았다.", "X전", "LX전자"),
        ("그는 '도담'을 만들었다.", "도담", "도담"),
        ("Shares of Quay Metals' rival fell.", "Meta", "Metals"),
        ("Harlow's plant closed.", "arl", "Harlow"),
        ("(Quay) rose.", "ua", "Quay"),
        ("Quay Metals, a miner, rose.", "Meta", "Metals"),
        ("AT&T said so.", "T&", "AT&T"),
    ],
)
def test_the_word_under_an_offset(text, inside, word):
    offset = text.index(inside)
    start, end = word_at(text, offset)
    assert text[start:end] == word


def test_white_space_and_the_end_have_no_word():
    assert word_at("two words", 3) is None
    assert word_at("two words", 9) is None
    assert word_at("", 0) is None
