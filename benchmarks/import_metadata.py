"""Benchmark: import every article in ../shared/corpus and print how often each field matches gold.

Run as `python benchmarks/import_metadata.py [--throughput N]`. Prints, per field, the exact-match rate
over the gold files that carry that field, then every mismatch, then HTML pages against their text
twins, then parse throughput over N generated articles (no database: that figure is the services').
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # runnable from a checkout without installing

from reader_app.core.importing import ImportFailure, parse_bytes, parse_file  # noqa: E402

SHARED = REPO.parent / "shared"
FIELDS = ("title", "published", "byline", "source", "section", "body_start", "body_end")
# HTML pages whose text twins are in the corpus (corpus/README.md).
TWINS = {"en-ctv-": "en/061-", "ko-mbn-": "ko/001-", "ko-ytn-": "ko/002-", "ko-sbs-": "ko/007-"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--throughput", type=int, default=10_000, help="generated articles to parse (0: skip)")
    args = parser.parse_args()
    corpus, gold_dir = SHARED / "corpus", SHARED / "gold"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}; nothing to measure")
        return 1
    docs = _parse_all(corpus)
    _gold_report(docs, gold_dir)
    _twin_report(docs)
    if args.throughput:
        _throughput(args.throughput)
    return 0


def _parse_all(corpus: Path) -> dict[str, object]:
    docs: dict[str, object] = {}
    started = time.perf_counter()
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html")):
        key = path.relative_to(corpus).as_posix()
        try:
            docs[key] = parse_file(path)
        except ImportFailure as failure:
            docs[key] = failure
            print(f"FAILED {key}: {failure}")
    elapsed = time.perf_counter() - started
    failed = sum(isinstance(d, ImportFailure) for d in docs.values())
    print(f"corpus: {len(docs)} articles parsed in {elapsed:.2f} s, {failed} failed\n")
    return docs


def _gold_report(docs: dict[str, object], gold_dir: Path) -> None:
    counts = {f: [0, 0] for f in FIELDS}  # matches, compared
    mismatches: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = docs.get(gold["article"])
        expected = dict(gold.get("metadata", {}))
        if "body" in gold:
            expected.update(body_start=gold["body"]["start"], body_end=gold["body"]["end"])
        for field in FIELDS:
            if field not in expected:
                continue
            got = getattr(doc, field, "<failed>")
            counts[field][1] += 1
            if got == expected[field]:
                counts[field][0] += 1
            else:
                mismatches.append(f"  {gold['article']}: {field}: got {got!r}, gold {expected[field]!r}")
    print(f"exact match with gold ({len(list(gold_dir.glob('*.json')))} gold files):")
    for field, (hit, total) in counts.items():
        rate = f"{100 * hit / total:5.1f}%" if total else "   n/a"
        print(f"  {field:<11} {rate}  ({hit}/{total})")
    print("mismatches:" if mismatches else "mismatches: none")
    print("\n".join(mismatches))
    print()


def _twin_report(docs: dict[str, object]) -> None:
    print("HTML pages against their text twins (body text, whitespace collapsed):")
    for html_prefix, text_prefix in TWINS.items():
        page = next((d for k, d in docs.items() if k.startswith(f"html/{html_prefix}")), None)
        twin = next((d for k, d in docs.items() if k.startswith(text_prefix)), None)
        if page is None or twin is None or isinstance(page, ImportFailure) or isinstance(twin, ImportFailure):
            continue
        a, b = _body(page), _body(twin)
        verdict = "equal" if a == b else f"differ ({len(a)} vs {len(b)} chars)"
        title = "equal" if page.title == twin.title else f"differs ({page.title!r} vs {twin.title!r})"
        print(f"  {html_prefix:<8} ↔ {text_prefix:<8} body {verdict}; title {title}")
    print()


def _body(doc) -> str:
    return re.sub(r"\s+", " ", doc.text[doc.body_start : doc.body_end]).strip()


def _throughput(n: int) -> None:
    rng = random.Random(3)
    words = ["시장", "금융", "인공지능", "투자", "실적", "발표", "전망", "기업", "반도체", "수출", "market", "profit"]
    articles = []
    for i in range(n):
        body = "\n\n".join(" ".join(rng.choices(words, k=rng.randint(8, 30))) + "." for _ in range(rng.randint(3, 12)))
        text = f"기사 제목 {i}\n\n홍길동 기자\n2023-04-0{1 + i % 9} 10:00\n{body}\n\n[예시신문 홍길동 기자]\n"
        articles.append(text.encode("utf-8"))
    started = time.perf_counter()
    for i, data in enumerate(articles):
        parse_bytes(data, filename=f"a{i}.txt")
    elapsed = time.perf_counter() - started
    print(f"parse throughput: {n} generated articles in {elapsed:.2f} s = {n / elapsed:,.0f} articles/s")


if __name__ == "__main__":
    sys.exit(main())
