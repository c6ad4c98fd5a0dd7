"""The 1–2-character gram tokens are exactly the distinct grams of a text, however the fast path builds them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.search_text import gram_token, normalise, short_grams


def _reference(normalised: str) -> set[str]:
    """Straight from the definition: one token per distinct character and per distinct neighbouring pair."""
    grams = set(normalised) | {normalised[i : i + 2] for i in range(len(normalised) - 1)}
    return {gram_token(g) for g in grams}


def _tokens(normalised: str) -> set[str]:
    spelled = short_grams(normalised)
    return set(spelled.split(" ")) if spelled else set()


# ASCII that is escaped and not, Hangul, a combining mark, an astral character, and a reserved one (slow path).
_alphabet = st.sampled_from([*"ab z09 .,\"'*-()\n\t가나다é", "\u0301", "\U0001f600", "\U000f0020", "\x7f", "\x00"])


@settings(max_examples=300, deadline=None)
@given(st.text(_alphabet, max_size=30))
def test_property_short_grams_equal_the_distinct_grams(text):
    assert _tokens(text) == _reference(text)


def test_short_texts_of_odd_and_even_length():
    for text in ("", "a", "ab", "abc", "가", "가나", "가나다", "a a", "aaaa", "\U0001f600x"):
        assert _tokens(text) == _reference(text), text


def test_corpus_texts_give_the_distinct_grams(corpus):
    for path in sorted(corpus.rglob("*.txt"))[:30]:
        text = normalise(path.read_text(encoding="utf-8", errors="replace"))
        assert _tokens(text) == _reference(text), path.name
