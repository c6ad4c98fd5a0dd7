"""An agreement report as the lead reads it: plain text for the terminal and window, a dict for JSON."""

from __future__ import annotations

from reader_app.core.agreement import AgreementReport, Disagreement


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _side(annotation) -> dict | None:
    if annotation is None:
        return None
    return {
        "id": annotation.id,
        "start": annotation.start,
        "end": annotation.end,
        "text": annotation.text,
        "field": annotation.field_value(),
    }


def disagreement_as_dict(item: Disagreement) -> dict:
    return {
        "article_id": item.article_id,
        "label": item.label,
        "kind": item.kind,
        "a": _side(item.a),
        "b": _side(item.b),
    }


def report_as_dict(report: AgreementReport, alpha: dict[str, float | None], alpha_annotators: list[str]) -> dict:
    return {
        "annotator_a": report.annotator_a,
        "annotator_b": report.annotator_b,
        "articles": list(report.article_ids),
        "labels": [
            {
                "label": s.label,
                "matched": s.matched,
                "only_a": s.only_a,
                "only_b": s.only_b,
                "precision": _round(s.precision),
                "recall": _round(s.recall),
                "f1": _round(s.f1),
                "sentence_kappa": _round(s.kappa),
                "krippendorff_alpha": _round(alpha.get(s.label)),
            }
            for s in report.scores
        ],
        "alpha_annotators": alpha_annotators,
        "disagreements": [disagreement_as_dict(d) for d in report.disagreements],
    }


def _shown(annotation) -> str:
    if annotation is None:
        return "—"
    text = " ".join(annotation.text.split())
    text = text if len(text) <= 40 else text[:39] + "…"
    # A cue or speaker selected across a line break would otherwise split the disagreement's line in two.
    field = " ".join(annotation.field_value().split())
    return f"{annotation.start}-{annotation.end} {text}" + (f" [{field}]" if field else "")


def report_as_text(report: AgreementReport, alpha: dict[str, float | None], alpha_annotators: list[str]) -> str:
    a, b = report.annotator_a, report.annotator_b
    lines = [
        f"Agreement of {b} against {a} on {len(report.article_ids)} articles both annotated "
        f"(spans match at IoU >= 0.5; alpha over {', '.join(alpha_annotators)})",
        "",
        f"{'label':12} {'matched':>7} {'only ' + a[:6]:>11} {'only ' + b[:6]:>11} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'kappa':>6} {'alpha':>6}",
    ]
    for s in report.scores:
        lines.append(
            f"{s.label:12} {s.matched:7} {s.only_a:11} {s.only_b:11} {_number(s.precision):>6} "
            f"{_number(s.recall):>6} {_number(s.f1):>6} {_number(s.kappa):>6} {_number(alpha.get(s.label)):>6}"
        )
    lines += ["", f"{len(report.disagreements)} disagreements ({a} | {b}):"]
    for d in report.disagreements:
        lines.append(f"  article {d.article_id:<5} {d.label:11} {d.kind:8}  {_shown(d.a)}  |  {_shown(d.b)}")
    return "\n".join(lines)
