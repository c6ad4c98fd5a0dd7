"""What full-text search matches: normalised text, the index tokens made from it, and snippets around a hit.

Search is substring search on normalised text (NFC, non-breaking spaces as spaces, lower case), so a query
finds `KT와` or `경제는` where word tokenisers would miss the particle. The stored text is never changed: these
functions make the *indexed* form and map a hit back to an offset in the stored text.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array

# SQLite's "ascii" tokenizer keeps ASCII letters, digits and every non-ASCII character inside a token and splits
# on the rest. So ASCII spaces and punctuation are spelled as characters of Private Use Area-A (U+F00xx) in the
# 1–2-character index; a gram that itself contains such a character (never seen in news) is spelled in hex.
_ESCAPE = {c: 0xF0000 + c for c in range(128) if not (48 <= c <= 57 or 97 <= c <= 122)}
_RESERVED = re.compile("[\U000f0000-\U000f007f]")
SNIPPET_CONTEXT = 40
# Native byte order, so a pair of UTF-32 code units read as one unsigned 64-bit integer gives the same bytes back.
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_TWO_CHARACTERS = re.compile("..", re.DOTALL)


def normalise(text: str) -> str:
    """The form both the index and a query are matched in; its length may differ from the stored text's."""
    return unicodedata.normalize("NFC", text).replace("\xa0", " ").lower()


def normalise_query(query: str) -> str:
    return normalise(query).strip()


def gram_token(gram: str) -> str:
    """The index token of a 1- or 2-character gram (the same for a query and for the text it should find)."""
    kind = "u" if len(gram) == 1 else "b"
    if _RESERVED.search(gram):
        return kind + "x" + gram.encode("utf-32-be").hex()
    return kind + gram.translate(_ESCAPE)


def short_grams(normalised: str) -> str:
    """Every distinct 1- and 2-character gram of an already normalised field, as a space-separated token list.

    Queries of one or two characters are answered from these exactly (the trigram index cannot). Token order
    carries no meaning (the gram table keeps no positions), so the index may be built and cleared in any order.
    """
    if _RESERVED.search(normalised):  # rare: spell each gram on its own
        grams = set(normalised)
        grams.update(normalised[i : i + 2] for i in range(len(normalised) - 1))
        return " ".join(gram_token(g) for g in grams)
    if len(normalised) < 2:
        return "u" + normalised.translate(_ESCAPE) if normalised else ""
    # Why not a slice per position: that builds one string object per character (most of an import's cost).
    # In UTF-32 two neighbouring characters are one 8-byte integer, so the distinct pairs are a set of the
    # integers at even offsets and at odd offsets, made in C; only the distinct pairs become strings again.
    wide = memoryview(normalised.encode(_UTF32))
    pairs = set(wide[: len(wide) // 8 * 8].cast("Q"))
    pairs.update(wide[4 : 4 + (len(wide) - 4) // 8 * 8].cast("Q"))
    spelled = array("Q", pairs).tobytes().decode(_UTF32).translate(_ESCAPE)
    # Every character is in a pair, so the distinct characters come from the (much shorter) distinct pairs.
    return "u" + " u".join(set(spelled)) + " b" + " b".join(_TWO_CHARACTERS.findall(spelled))


def original_offset(text: str, normalised_offset: int) -> int:
    """The offset in the stored text whose normalised prefix first reaches `normalised_offset` characters."""
    if len(normalise(text)) == len(text):
        return normalised_offset
    low, high = 0, len(text)
    while low < high:  # normalising a prefix never shrinks as the prefix grows, so bisect on its length
        middle = (low + high) // 2
        if len(normalise(text[:middle])) < normalised_offset:
            low = middle + 1
        else:
            high = middle
    return low


def find_hit(text: str, query: str) -> int:
    """Offset in the stored `text` of the first match of an already normalised query, or -1."""
    at = normalise(text).find(query)
    return -1 if at < 0 else original_offset(text, at)


def snippet(text: str, query: str, context: int = SNIPPET_CONTEXT) -> tuple[str, int, int]:
    """(snippet, hit start, hit end) in the snippet: one line of text around the first hit, whitespace folded.

    The hit bounds let a view highlight it; an article without a hit in `text` gets its opening words.
    """
    at = find_hit(text, query)
    if at < 0:
        head = " ".join(text[: context * 2].split())
        return head, 0, 0
    end = at + len(query)
    before = " ".join(text[max(0, at - context) : at].split())
    hit = " ".join(text[at:end].split())
    after = " ".join(text[end : end + context].split())
    if before and text[at - 1 : at].isspace():
        before += " "
    if after and text[end : end + 1].isspace():
        after = " " + after
    prefix = "…" if at > context else ""
    suffix = "…" if end + context < len(text) else ""
    start = len(prefix) + len(before)
    return f"{prefix}{before}{hit}{after}{suffix}", start, start + len(hit)
