"""Agreement statistics on hand-built cases whose values are worked out by hand or published."""

from __future__ import annotations

import pytest

from reader_app.core.agreement import BOUNDARY, FIELD, ONLY_A, ONLY_B, alpha_by_label, compare, iou, match
from reader_app.core.model import Annotation
from reader_app.core.reliability import cohen_kappa, krippendorff_alpha_nominal


def _a(start, end, label="company", article=1, **fields) -> Annotation:
    return Annotation(0, article, label, start, end, "x" * (end - start), fields=fields)


def test_cohen_kappa_of_a_worked_two_by_two_table():
    # 50 units: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> po 0.7, pe 0.5, kappa 0.4
    pairs = [(1, 1)] * 20 + [(1, 0)] * 5 + [(0, 1)] * 10 + [(0, 0)] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa([(1, 1), (0, 0)]) == pytest.approx(1.0)
    assert cohen_kappa([(1, 1), (1, 1)]) is None  # no variation: undefined, not 1


def test_krippendorff_alpha_of_his_published_nominal_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, missing data
    n = None
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert krippendorff_alpha_nominal(list(zip(*observers, strict=True))) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha_nominal([(1, 1), (2, 2), (1, 1)]) == pytest.approx(1.0)


def test_iou_and_one_to_one_matching():
    assert iou(_a(0, 10), _a(5, 15)) == pytest.approx(5 / 15)
    assert iou(_a(0, 10), _a(10, 20)) == 0.0
    # two of B's overlap A's first; only the better one matches it
    first, second = [_a(0, 10), _a(20, 30)], [_a(1, 10), _a(0, 9), _a(20, 30)]
    assert match(first, second) == [(0, 0), (1, 2)]


def test_per_label_precision_recall_f1_and_the_disagreements():
    text = "One sentence here. Another one there. A third sentence. The last one."
    a = [_a(0, 3), _a(4, 12), _a(19, 26), _a(38, 45, canonical="Acme"), _a(56, 60, "quote", speaker="Kim")]
    # B: 2 company matches (one with another canonical), one company overlapping below 0.5, one quote elsewhere
    b = [_a(0, 3), _a(6, 30), _a(38, 45, canonical="Acme Corp"), _a(46, 54, "quote", speaker="Kim")]
    report = compare("ana", "bo", a, b, {1: text})
    scores = {s.label: s for s in report.scores}
    company = scores["company"]
    assert (company.matched, company.only_a, company.only_b) == (2, 2, 1)
    assert company.precision == pytest.approx(2 / 3) and company.recall == pytest.approx(2 / 4)
    assert company.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    quote = scores["quote"]
    assert (quote.matched, quote.precision, quote.recall, quote.f1) == (0, 0.0, 0.0, 0.0)
    kinds = [(d.kind, (d.a or d.b).start) for d in report.disagreements]
    assert kinds == [(BOUNDARY, 4), (ONLY_A, 19), (FIELD, 38), (ONLY_B, 46), (ONLY_A, 56)]


def test_sentence_level_kappa_counts_sentences_that_carry_a_label():
    text = "First one is here. Second one is here. Third one is here. Fourth one is here."
    starts = [0, 19, 39, 58]
    a = [_a(starts[0], starts[0] + 5), _a(starts[1], starts[1] + 6)]
    b = [_a(starts[0], starts[0] + 5), _a(starts[2], starts[2] + 5)]
    # sentences: A yes yes no no, B yes no yes no -> po 0.5, pe 0.5 -> kappa 0
    report = compare("ana", "bo", a, b, {1: text})
    assert report.scores[0].kappa == pytest.approx(0.0)
    same = compare("ana", "bo", a, a, {1: text})
    assert same.scores[0].kappa == pytest.approx(1.0) and same.scores[0].f1 == 1.0


def test_only_articles_both_annotated_count():
    report = compare("ana", "bo", [_a(0, 3), _a(0, 3, article=2)], [_a(0, 3)], {1: "Abc.", 2: "Abc."})
    assert report.article_ids == (1,) and report.scores[0].recall == 1.0 and report.disagreements == ()


def test_alpha_for_three_analysts_with_one_missing_article():
    text = "First one is here. Second one is here. Third one is here. Fourth one is here."
    ana = [_a(0, 5), _a(19, 25)]
    bo = [_a(0, 5), _a(19, 25)]
    cy = [_a(0, 5), _a(19, 25), _a(0, 5, article=2)]  # article 2: only cy, so it is not a unit
    alpha = alpha_by_label({"ana": ana, "bo": bo, "cy": cy}, {1: text, 2: "Alone here."})
    assert alpha == {"company": pytest.approx(1.0)}
    bo_differs = [_a(0, 5), _a(39, 45)]
    # sentences: ana 1100, bo 1010, cy 1100. Coincidences: o11 = 4, o00 = 4, o10 = o01 = 2, so n1 = n0 = 6,
    # n = 12, and alpha = 1 - (n - 1) * (o10 + o01) / (2 * n1 * n0) = 1 - 11 * 4 / 72 = 7/18
    alpha = alpha_by_label({"ana": ana, "bo": bo_differs, "cy": cy}, {1: text})
    assert alpha["company"] == pytest.approx(7 / 18)
