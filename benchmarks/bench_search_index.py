"""Search index maintenance: rebuild time and the text work under it, on N articles made from corpus sentences.

Run: `python benchmarks/bench_search_index.py [--articles 2000]`. Articles (2–6k characters) are shuffled
sentences of ../shared/corpus, made at run time and never stored in the repository. Prints, in one run:
  1. `normalise` and `short_grams` per article, beside the gram set built straight from the definition
     (one slice per position, the way short_grams used to), as the baseline;
  2. `search_index.rebuild` of the whole library (one transaction), in articles per second, and the
     projection to 100,000 articles; and that a few queries still find exactly what a plain scan finds.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_library_data import corpus_sentences

from reader_app.core.search_text import gram_token, normalise, normalise_query, short_grams
from reader_app.storage import articles as article_store
from reader_app.storage import open_library, search_index

QUERIES = ("KT", "은", "삼성", "the", "said", "가능성이", "Bank", "관계자는")


def make_texts(count: int, seed: int = 11) -> list[tuple[str, str]]:
    sentences = corpus_sentences()
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts, size = [], 0
        target = rng.randint(2000, 6000)
        while size < target:
            paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
            parts.append(paragraph)
            size += len(paragraph) + 2
        texts.append((rng.choice(sentences)[:60], "\n\n".join(parts)))
    return texts


def definition_grams(normalised: str) -> str:
    """The baseline: every distinct 1–2-character gram by one slice per position."""
    grams = set(normalised) | {normalised[i : i + 2] for i in range(len(normalised) - 1)}
    return " ".join(gram_token(g) for g in grams)


def _per_article_ms(function, values: list[str]) -> float:
    best = float("inf")
    for _ in range(3):  # best of three: the machine is shared
        started = time.perf_counter()
        for value in values:
            function(value)
        best = min(best, time.perf_counter() - started)
    return best / len(values) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    texts = make_texts(args.articles)
    bodies = [text for _title, text in texts]
    normalised = [normalise(text) for text in bodies]
    chars = sum(map(len, bodies)) / len(bodies)
    print(f"articles: {len(texts)}, {chars:,.0f} characters each on average")
    print(f"normalise: {_per_article_ms(normalise, bodies):.3f} ms/article")
    fast, slow = _per_article_ms(short_grams, normalised), _per_article_ms(definition_grams, normalised)
    print(f"short_grams: {fast:.3f} ms/article beside {slow:.3f} ms by one slice per position ({slow / fast:.1f}x)")

    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "library.sqlite3")
        try:
            with library.atomic():
                for n, (title, text) in enumerate(texts):
                    values = {"title": title, "text": text, "content_hash": f"h{n}", "imported_at": "2026-01-01"}
                    article_store.insert(values, index=False)
            started = time.perf_counter()
            with library.atomic():
                count = search_index.rebuild()
            elapsed = time.perf_counter() - started
            print(
                f"rebuild: {count} articles in {elapsed:.2f} s = {count / elapsed:,.0f} articles/s "
                f"(100,000 articles: about {100_000 / count * elapsed:,.0f} s)"
            )
            rows = library.db.execute_sql("SELECT id, title, text FROM article").fetchall()
            exact = 0
            for query in QUERIES:
                wanted = normalise_query(query)
                scan = sorted(i for i, title, text in rows if wanted in normalise(title) or wanted in normalise(text))
                exact += search_index.matching_ids(query) == scan
            print(f"queries whose results equal a plain scan: {exact}/{len(QUERIES)}")
        finally:
            library.close()


if __name__ == "__main__":
    main()
