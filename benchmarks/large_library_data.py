"""A generated large library for benchmarks: shuffled corpus sentences, raw executemany, cached in /tmp.

The library is built once per (articles, annotations) pair and kept in the temp folder, so a second benchmark
run starts at once. Nothing generated here is ever committed: the text comes from ../shared/corpus at run time.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
GENERATOR_VERSION = 4  # bump when the generated content changes, so a stale cache is not reused
HEAVY_ANNOTATIONS = 1000  # article 1 carries this many; article 2 has the same text and none

_SOURCES = ("Reuters", "연합뉴스", "Businesspost", "매일경제", "Korea Herald", "한국경제", "Bloomberg", "MBN")
_COMPANIES = ("KT", "LG Uplus", "Woori Financial Group", "Samsung Electronics", "SK Telecom", "Hana Financial Group")
_ANNOTATORS = ("kim", "lee", "park", "")
_LABELS = ("company", "quote", "speculation")


def corpus_sentences(corpus: Path = CORPUS) -> list[str]:
    """Every sentence-like line of the corpus .txt files (read at run time, never stored in the repository)."""
    sentences: list[str] = []
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            for piece in re.split(r"(?<=[.!?다])\s+", line.strip()):
                if len(piece) >= 20:
                    sentences.append(piece)
    if not sentences:
        raise SystemExit(f"No corpus sentences under {corpus}: the benchmark needs ../shared/corpus.")
    return sentences


def cached_path(articles: int, annotations: int) -> Path:
    from reader_app.storage.migrations import SCHEMA_VERSION

    name = f"reader-bench-{articles}a-{annotations}n-v{GENERATOR_VERSION}-s{SCHEMA_VERSION}.sqlite3"
    return Path(tempfile.gettempdir()) / name


def _article_text(rng: random.Random, sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    target = rng.randint(2000, 6000)
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    size = 0
    while size < target:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        spans.append((size, size + len(paragraph)))
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts), spans


def _annotation_rows(rng: random.Random, article_id: int, text: str, spans, count: int, stamp: str):
    for _ in range(count):
        p_start, p_end = rng.choice(spans)
        start = rng.randint(p_start, max(p_start, p_end - 12))
        end = min(p_end, start + rng.randint(2, 60))
        label = rng.choice(_LABELS)
        key = {"company": "canonical", "quote": "speaker", "speculation": "cue"}[label]
        fields = json.dumps({key: rng.choice(_COMPANIES)}, ensure_ascii=False)
        note = "check with desk" if rng.random() < 0.05 else ""
        yield (
            article_id,
            label,
            start,
            end,
            text[start:end],
            text[max(0, start - 32) : start],
            text[end : end + 32],
            note,
            fields,
            rng.choice(_ANNOTATORS),
            stamp,
            stamp,
        )


def generate(path: Path, articles: int, annotations: int, *, seed: int = 11) -> None:
    """Create the library with the app's own migrations, then fill it with raw executemany."""
    from reader_app.storage import open_library

    path.unlink(missing_ok=True)
    library = open_library(path)
    library.close()
    rng = random.Random(seed)
    sentences = corpus_sentences()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=off")
    per_article, extra = divmod(max(0, annotations - HEAVY_ANNOTATIONS), max(1, articles - 2))
    stamp = "2026-01-01T00:00:00+00:00"
    heavy_text = ""
    started = time.perf_counter()
    batch_articles: list[tuple] = []
    batch_notes: list[tuple] = []
    made = 0
    for article_id in range(1, articles + 1):
        if article_id == 2:
            text = heavy_text
            spans = []
        else:
            text, spans = _article_text(rng, sentences)
        if article_id == 1:
            heavy_text = text
        title = rng.choice(sentences)[:80]
        digest = hashlib.sha256(f"{article_id}:{text}".encode()).hexdigest()
        published = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
        batch_articles.append(
            (article_id, title, text, "txt", "utf-8", digest, stamp, rng.choice(_SOURCES), "", published,
             "", "", "ko" if re.search("[가-힣]", text[:200]) else "en", 0, len(text), "")
        )  # fmt: skip
        count = (
            HEAVY_ANNOTATIONS
            if article_id == 1
            else (0 if article_id == 2 else per_article + (article_id <= extra + 2))
        )
        if spans and made < annotations:
            count = min(count, annotations - made)
            batch_notes.extend(_annotation_rows(rng, article_id, text, spans, count, stamp))
            made += count
        if len(batch_articles) >= 2000 or article_id == articles:
            with con:
                con.executemany(f"INSERT INTO article VALUES ({','.join('?' * 16)})", batch_articles)
                con.executemany(
                    'INSERT INTO annotation (article_id, label, start, "end", text, prefix, suffix, note, fields, '
                    "annotator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch_notes,
                )
                # The company index's column, as storage/annotations.py keeps it for every write.
                con.execute(
                    "UPDATE annotation SET company_canonical = json_extract(fields, '$.canonical') "
                    "WHERE label = 'company' AND company_canonical IS NULL"
                )
            batch_articles.clear()
            batch_notes.clear()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"generated {articles} articles, {made} annotations in {time.perf_counter() - started:.1f} s -> {path}")
    from reader_app.storage import search_index

    started = time.perf_counter()
    library = open_library(path)
    with library.atomic():
        search_index.rebuild()
    library.close()
    took = time.perf_counter() - started
    print(f"built the search index in {took:.1f} s ({articles / took:.0f} articles/s)")


def library_for(articles: int, annotations: int) -> Path:
    """The cached generated library for these sizes, generating it when missing."""
    path = cached_path(articles, annotations)
    done = path.with_suffix(".done")
    if not done.exists():
        generate(path, articles, annotations)
        done.write_text("ok")
    return path
