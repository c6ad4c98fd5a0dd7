"""Score the suggestion engine against gold annotations: precision, recall and F1 per label.

Matching follows ../shared/ANNOTATION_GUIDE.md: same label, character IoU >= 0.5, each gold span matched at
most once, optional gold spans neither count for nor against, suggestions outside the body do not count.
Also prints speaker accuracy on matched quotes and canonical-name accuracy on matched companies.

    python benchmarks/eval_suggestions.py            # shared gold, then the project's own gold
    python benchmarks/eval_suggestions.py -v         # also list misses and false alarms
    python benchmarks/eval_suggestions.py --gold DIR --corpus DIR --no-own   # a gold set kept elsewhere
    python benchmarks/eval_suggestions.py --blind --misses   # also every blind round in benchmarks/blind_gold/,
                                                             # per language and source, misses listed by kind

Blind rounds are kept as offsets and hashes (benchmarks/blind_gold.py), never as corpus text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmarks" / "blind_gold"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_gold import BlindGoldError, load_blind  # noqa: E402

from reader_app.core.suggest import suggest  # noqa: E402
from reader_app.core.suggest.engine import guess_body  # noqa: E402

LABELS = ("company", "quote", "speculation")
FIELD = {"company": "canonical", "quote": "speaker", "speculation": "cue"}
_LEGAL = re.compile(r"\b(?:inc|co|corp|corporation|company|ltd|limited|plc|llc|l\.l\.c|ag|nv|gmbh)\b\.?", re.I)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_ok: int = 0
    field_total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.field_ok += other.field_ok
        self.field_total += other.field_total

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def same_field(label: str, gold: str, got: str) -> bool:
    def norm(value: str) -> str:
        value = " ".join(value.split()).casefold()
        if label == "company":  # "KT Corp" and "KT Corporation" name the same company
            value = _LEGAL.sub("", value)
            value = re.sub(r"[^\w&]+", " ", value).strip()
        return value

    return norm(gold) == norm(got)


def match(label: str, gold: list[dict], got: list, verbose: bool) -> Score:
    score = Score()
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    pairs = sorted(
        (
            (iou((g["start"], g["end"]), (s.start, s.end)), gi, si)
            for gi, g in enumerate(required)
            for si, s in enumerate(got)
        ),
        reverse=True,
    )
    used_g, used_s = set(), set()
    for value, gi, si in pairs:
        if value < 0.5 or gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        score.tp += 1
        key = FIELD[label]
        if label != "speculation" and key in required[gi]:
            score.field_total += 1
            ok = same_field(label, required[gi][key], got[si].fields.get(key, ""))
            score.field_ok += ok
            if not ok and verbose:
                score.misses.append(
                    f"  {label} FIELD {required[gi]['start']}-{required[gi]['end']} "
                    f"gold={required[gi][key]!r} got={got[si].fields.get(key)!r}"
                )
    for si, s in enumerate(got):
        if si in used_s:
            continue
        if any(iou((g["start"], g["end"]), (s.start, s.end)) >= 0.5 for g in optional):
            continue
        score.fp += 1
        if verbose:
            score.misses.append(f"  {label} FP   {s.start}-{s.end} {s.text[:90]!r} {dict(s.fields)} [{s.rule}]")
    for gi, g in enumerate(required):
        if gi not in used_g:
            score.fn += 1
            if verbose:
                score.misses.append(f"  {label} MISS {g['start']}-{g['end']} {g['text'][:90]!r}")
    return score


def find_text(gold_path: Path, article: str, corpus: Path | None = None) -> Path | None:
    candidates = [gold_path.parent / article, gold_path.parent.parent / "corpus" / article]
    candidates += [gold_path.parent.parent / "corpus" / sub / article for sub in ("en", "ko")]
    if corpus is not None:  # gold kept apart from the texts it annotates (e.g. outside the repository)
        candidates += [corpus / article] + [corpus / sub / article for sub in ("en", "ko")]
    return next((c for c in candidates if c.is_file()), None)


_POOL_SOURCES = {"ko": "pool ko: Korean business 2025", "en": "pool en: English business 2014-23"}


def load_gold_set(gold_files: list[Path], corpus: Path | None) -> list[tuple[str, dict, str]]:
    """(name, gold, text) for each file whose text is here; blind files are checked against their hashes."""
    loaded = []
    for path in gold_files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if "sha256" in raw and corpus is not None:  # a blind-round file: offsets and hashes only
            try:
                gold, text = load_blind(path, corpus)
            except BlindGoldError as error:
                print(f"{path.name}: {error}, skipped")
                continue
        else:
            text_path = find_text(path, raw["article"], corpus)
            if text_path is None:
                print(f"{path.name}: text {raw['article']} not found, skipped")
                continue
            gold, text = raw, text_path.read_text(encoding="utf-8")
        gold.setdefault("source", _source_from_path(raw["article"], path))
        loaded.append((path.name, gold, text))
    return loaded


def _source_from_path(article: str, gold_path: Path) -> str:
    if article.startswith("pool/"):
        return _POOL_SOURCES.get(article.split("/")[1], "pool")
    if gold_path.parent.name == "gold_own":
        return "own: written by the team"
    name = Path(article).name
    if name.startswith("businesspost"):
        return "seed: Korean business 2020"
    number = int(name[:3]) if name[:3].isdigit() else -1
    if article.startswith("ko/") or (re.search(r"[가-힣]", name) and number >= 0):
        return "ko: Korean news 2016/2023"
    if 0 <= number <= 36:
        return "en: Reuters 1987"
    return "en: English web 2023"


def miss_kind(label: str, line_kind: str, overlaps: bool) -> str:
    if line_kind == "MISS":
        return f"{label} missed (boundary: a suggestion overlaps below IoU 0.5)" if overlaps else f"{label} missed"
    if line_kind == "FP":
        return f"{label} false alarm"
    return f"{label} wrong {FIELD[label]}"


def evaluate(
    gold_files: list[Path], title: str, verbose: bool, corpus: Path | None = None, misses: bool = False
) -> dict[str, Score]:
    totals = {label: Score() for label in LABELS}
    groups: dict[str, dict[str, dict[str, Score]]] = {"language": {}, "source": {}}
    by_kind: dict[str, list[str]] = {}
    loaded = load_gold_set(gold_files, corpus)
    print(f"\n== {title} ({len(loaded)} files)")
    for name, gold, text in loaded:
        body = (gold["body"]["start"], gold["body"]["end"]) if "body" in gold else guess_body(text)
        got = suggest(text, language=gold.get("language", ""), body=body)
        print(name)
        for label in gold.get("labels", LABELS):
            gold_spans = [a for a in gold["annotations"] if a["type"] == label]
            got_spans = [s for s in got if s.label == label and body[0] <= s.start and s.end <= body[1]]
            score = match(label, gold_spans, got_spans, verbose or misses)
            totals[label].add(score)
            for group, key in (("language", gold.get("language") or "?"), ("source", gold["source"])):
                groups[group].setdefault(key, {k: Score() for k in LABELS})[label].add(score)
            print("  " + _row(label, score))
            for line in score.misses:
                if verbose:
                    print("   " + line)
                kind = line.split()[1]
                overlaps = kind == "MISS" and _overlaps(line, got_spans)
                by_kind.setdefault(miss_kind(label, kind, overlaps), []).append(f"{name}: {line.strip()}")
    for group, scores_by_key in groups.items():
        if len(scores_by_key) > 1:
            for key, scores in sorted(scores_by_key.items()):
                print(f"-- {group} {key}: {title}")
                for label in LABELS:
                    if scores[label].tp + scores[label].fp + scores[label].fn:
                        print("  " + _row(label, scores[label]))
    print(f"-- overall: {title}")
    for label in LABELS:
        print("  " + _row(label, totals[label]))
    if misses:
        print(f"-- misses by kind: {title}")
        for kind, lines in sorted(by_kind.items()):
            print(f"  {kind}: {len(lines)}")
            for line in lines:
                print(f"    {line}")
    return totals


def _overlaps(line: str, got_spans: list) -> bool:
    start, end = (int(x) for x in line.split()[2].split("-"))
    return any(min(end, s.end) > max(start, s.start) for s in got_spans)


def _row(label: str, score: Score) -> str:
    p, r, f = score.prf()
    extra = ""
    if score.field_total:
        name = {"company": "canonical", "quote": "speaker"}[label]
        extra = f"  {name} acc {score.field_ok}/{score.field_total} = {score.field_ok / score.field_total:.2f}"
    return f"{label:<12} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (tp {score.tp} fp {score.fp} fn {score.fn}){extra}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus", help="where texts live")
    parser.add_argument("--own", type=Path, default=ROOT / "tests" / "gold_own")
    parser.add_argument("--no-own", action="store_true", help="skip the project's own gold")
    parser.add_argument("--no-shared", action="store_true", help="skip the shared gold")
    parser.add_argument(
        "--blind",
        nargs="*",
        type=Path,
        metavar="DIR",
        help=f"score blind rounds kept as offsets and hashes (default: every round under {BLIND.relative_to(ROOT)})",
    )
    parser.add_argument("--misses", action="store_true", help="list misses, false alarms and wrong fields by kind")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses under each file")
    args = parser.parse_args()
    if not args.no_shared:
        shared = sorted(args.gold.glob("*.json")) if args.gold.is_dir() else []
        if shared:
            evaluate(shared, f"gold {args.gold}", args.verbose, args.corpus, args.misses)
        else:
            print(f"no gold at {args.gold}")
    own = sorted(args.own.glob("*.json")) if args.own.is_dir() and not args.no_own else []
    if own:
        evaluate(own, "project's own gold (tests/gold_own)", args.verbose, misses=args.misses)
    if args.blind is not None:
        rounds = args.blind or sorted(d for d in BLIND.iterdir() if d.is_dir())
        for directory in rounds:
            files = sorted(directory.glob("*.json"))
            if files:
                evaluate(files, f"blind round {directory.name}", args.verbose, args.corpus, args.misses)
        every = [f for d in rounds for f in sorted(d.glob("*.json"))]
        if len(rounds) > 1 and every:
            evaluate(every, "all blind rounds", False, args.corpus, False)


if __name__ == "__main__":
    main()
