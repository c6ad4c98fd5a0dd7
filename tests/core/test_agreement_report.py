"""The agreement report as text: one line per disagreement, whatever line breaks the annotations hold."""

from __future__ import annotations

from reader_app.core.agreement import alpha_by_label, compare
from reader_app.core.agreement_report import report_as_text
from reader_app.core.model import Annotation

TEXT = "Nova Freight may\nsell its depot soon. Nobody at the firm would say more."


def _speculation(start: int, end: int, cue: str) -> Annotation:
    return Annotation(0, 1, "speculation", start, end, TEXT[start:end], fields={"cue": cue})


def test_a_cue_that_spans_a_line_break_stays_on_its_disagreement_line():
    end = TEXT.index(".") + 1
    first = [_speculation(0, end, "may\nsell")]
    second = [_speculation(0, end, "may")]
    report = compare("ana", "bo", first, second, {1: TEXT})
    text = report_as_text(report, alpha_by_label({"ana": first, "bo": second}, {1: TEXT}), ["ana", "bo"])
    lines = text.splitlines()
    header = lines.index("1 disagreements (ana | bo):")
    assert len(lines) == header + 2, text
    assert "[may sell]" in lines[-1] and "[may]" in lines[-1]
