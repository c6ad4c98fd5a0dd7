"""How far two analysts agree on the same articles: matched spans, per-label P/R/F1, kappa, disagreements.

Spans match as the annotation guide matches a suggestion to gold: same label, intersection over union of at
least 0.5, each annotation matched at most once. Analyst A is the reference: precision is the share of B's
annotations that A also made, recall the share of A's that B found. Only articles both analysts annotated
count, so an article one of them never opened does not look like disagreement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reader_app.core.model import Annotation
from reader_app.core.reliability import cohen_kappa, krippendorff_alpha_nominal
from reader_app.core.suggest.sentences import sentences

IOU_THRESHOLD = 0.5
ONLY_A, ONLY_B, BOUNDARY, FIELD = "only A", "only B", "boundary", "field"


@dataclass(frozen=True)
class LabelScore:
    label: str
    matched: int
    only_a: int  # A's annotations B has no match for (B's misses)
    only_b: int  # B's annotations A has no match for
    precision: float | None
    recall: float | None
    f1: float | None
    kappa: float | None  # sentence level: does the sentence carry this label, for A and for B


@dataclass(frozen=True)
class Disagreement:
    article_id: int
    label: str
    kind: str  # only A, only B, boundary (overlap below the threshold), field (matched, field differs)
    a: Annotation | None
    b: Annotation | None


@dataclass(frozen=True)
class AgreementReport:
    annotator_a: str
    annotator_b: str
    article_ids: tuple[int, ...]
    scores: tuple[LabelScore, ...]
    disagreements: tuple[Disagreement, ...]


def iou(a: Annotation, b: Annotation) -> float:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    if overlap <= 0:
        return 0.0
    return overlap / (max(a.end, b.end) - min(a.start, b.start))


def _groups(annotations: Sequence[Annotation]) -> dict[tuple[int, str], list[int]]:
    """Indexes of annotations by (article, label): only these can match, so pairs are never tried across them."""
    groups: dict[tuple[int, str], list[int]] = {}
    for i, a in enumerate(annotations):
        groups.setdefault((a.article_id, a.label), []).append(i)
    return groups


def match(first: Sequence[Annotation], second: Sequence[Annotation]) -> list[tuple[int, int]]:
    """Index pairs of matched annotations (same article and label, IoU >= 0.5), best overlaps first."""
    theirs = _groups(second)
    pairs = []
    for key, mine in _groups(first).items():
        candidates = []
        for i in mine:
            for j in theirs.get(key, ()):
                score = iou(first[i], second[j])
                if score >= IOU_THRESHOLD:
                    candidates.append((-score, i, j))
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _score, i, j in sorted(candidates):
            if i not in used_a and j not in used_b:
                used_a.add(i)
                used_b.add(j)
                pairs.append((i, j))
    return sorted(pairs)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def sentence_units(texts: Mapping[int, str]) -> list[tuple[int, int, int]]:
    """(article id, start, end) of every sentence of the given articles, in order."""
    return [(article_id, s.start, s.end) for article_id in sorted(texts) for s in sentences(texts[article_id])]


def _marks(units, annotations: Sequence[Annotation], label: str) -> list[bool]:
    """For each sentence: does one of these annotations of `label` touch it."""
    by_article: dict[int, list[Annotation]] = {}
    for a in annotations:
        if a.label == label:
            by_article.setdefault(a.article_id, []).append(a)
    return [
        any(a.start < end and start < a.end for a in by_article.get(article_id, ())) for article_id, start, end in units
    ]


def compare(
    annotator_a: str,
    annotator_b: str,
    first: Sequence[Annotation],
    second: Sequence[Annotation],
    texts: Mapping[int, str],
) -> AgreementReport:
    """Compare two analysts' annotations; `texts` holds the article texts (for sentence-level kappa)."""
    shared = sorted({a.article_id for a in first} & {b.article_id for b in second})
    keep = set(shared)
    first = [a for a in first if a.article_id in keep]
    second = [b for b in second if b.article_id in keep]
    pairs = match(first, second)
    units = sentence_units({k: texts[k] for k in shared if k in texts})
    scores = []
    for label in sorted({a.label for a in first} | {b.label for b in second}):
        n_a = sum(1 for a in first if a.label == label)
        n_b = sum(1 for b in second if b.label == label)
        hits = sum(1 for i, _ in pairs if first[i].label == label)
        precision, recall = _ratio(hits, n_b), _ratio(hits, n_a)
        kappa = cohen_kappa(list(zip(_marks(units, first, label), _marks(units, second, label), strict=True)))
        scores.append(LabelScore(label, hits, n_a - hits, n_b - hits, precision, recall, _f1(precision, recall), kappa))
    return AgreementReport(
        annotator_a, annotator_b, tuple(shared), tuple(scores), tuple(_disagreements(first, second, pairs))
    )


def _disagreements(first, second, pairs) -> list[Disagreement]:
    found = []
    matched_a = {i for i, _ in pairs}
    matched_b = {j for _, j in pairs}
    for i, j in pairs:
        a, b = first[i], second[j]
        if a.field_value() != b.field_value():
            found.append(Disagreement(a.article_id, a.label, FIELD, a, b))
    lone_b = [j for j in range(len(second)) if j not in matched_b]
    for i, a in enumerate(first):
        if i in matched_a:
            continue
        # an unmatched pair of the same label that overlaps is one boundary disagreement, not two misses
        near = next(
            (
                j
                for j in lone_b
                if second[j].article_id == a.article_id and second[j].label == a.label and iou(a, second[j]) > 0
            ),
            None,
        )
        if near is not None:
            lone_b.remove(near)
            found.append(Disagreement(a.article_id, a.label, BOUNDARY, a, second[near]))
        else:
            found.append(Disagreement(a.article_id, a.label, ONLY_A, a, None))
    found.extend(Disagreement(second[j].article_id, second[j].label, ONLY_B, None, second[j]) for j in lone_b)
    found.sort(key=lambda d: (d.article_id, (d.a or d.b).start, d.label))  # type: ignore[union-attr]
    return found


def alpha_by_label(
    by_annotator: Mapping[str, Sequence[Annotation]], texts: Mapping[int, str]
) -> dict[str, float | None]:
    """Krippendorff's alpha per label over sentences, for any number of analysts.

    A sentence is a unit; each analyst who annotated its article says whether it carries the label; the
    others are missing data, which alpha allows.
    """
    annotated = {name: {a.article_id for a in anns} for name, anns in by_annotator.items()}
    shared = {k for k in texts if sum(k in ids for ids in annotated.values()) >= 2}
    units = sentence_units({k: texts[k] for k in shared})
    labels = sorted({a.label for anns in by_annotator.values() for a in anns})
    result = {}
    for label in labels:
        columns = []
        for name, anns in by_annotator.items():
            marks = _marks(units, anns, label)
            columns.append([m if u[0] in annotated[name] else None for m, u in zip(marks, units, strict=True)])
        result[label] = krippendorff_alpha_nominal(list(zip(*columns, strict=True))) if columns else None
    return result
