"""The annotation list's model: checked by qtmodeltester; edits leave as a signal for the controller."""

from __future__ import annotations

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing
from reader_app.ui.models.annotation_table import FIELD, NOTE, AnnotationTableModel


def _add(library, title: str, published: str, text: str) -> int:
    doc = ParsedDocument(text=text, title=title, format="txt", encoding="utf-8", published=published)
    return importing.store_document(library, doc).article_id


def test_annotation_table_model_passes_the_model_tester_and_edits_through_a_signal(qapp, qtmodeltester, library):
    from reader_app.storage import labels

    article_id = _add(library, "T", "", 'T\n\nAcme Corp said "yes".')
    annotating.tag_selection(library, article_id, "company", 3, 12, fields={"canonical": "Acme Corp"})
    annotating.tag_selection(library, article_id, "quote", 18, 23)
    model = AnnotationTableModel()
    model.set_labels(labels.all_labels())
    model.set_annotations(annotating.annotations_for(library, article_id))
    qtmodeltester.check(model, force_py=True)
    requests = []
    model.edit_requested.connect(lambda *args: requests.append(args))
    assert model.setData(model.index(1, FIELD), " a spokesman ")
    assert model.setData(model.index(0, NOTE), "check the ticker")
    assert requests == [
        (model.annotation(1).id, {"speaker": "a spokesman"}, None),
        (model.annotation(0).id, None, "check the ticker"),
    ]
