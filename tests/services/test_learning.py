"""The engine learns only what the analyst meant, undo and redo take the learning along, and it can be forgotten."""

from __future__ import annotations

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing, learning, suggesting

FIRST = (
    "Quarterly notes\n\n"
    "The company said Zentrix Robotics will supply sensors to the plant. Word on the street is that the deal "
    "closes soon.\n"
)
SECOND = (
    "Later notes\n\n"
    "Zentrix Robotics opened a second line, the company said. Word on the street is that a third line follows.\n"
)
KOREAN = "제목\n\n한국전자통신연구원 기술원, 한국전자통신과 협력했다. 회사는 신제품을 내놓았다고 밝혔다.\n"
KOREAN_LATER = "다른 제목\n\n한국전자통신과 회사 측은 기술원, 한국전자통신 연구를 이어간다고 밝혔다.\n"


def _article(library, text: str) -> int:
    doc = ParsedDocument(text=text, title=text.split("\n", 1)[0], format="txt", encoding="utf-8", language="")
    return importing.store_document(library, doc).article_id


def _tag(library, article_id: int, text: str, phrase: str, label: str, **fields: str):
    start = text.index(phrase)
    return annotating.tag_selection(library, article_id, label, start, start + len(phrase), fields=fields)


def _companies(library, article_id: int) -> set[str]:
    return {s.text for s in suggesting.suggestions_for(library, article_id) if s.label == "company"}


def test_tagging_and_undoing_a_common_word_never_makes_it_a_suggestion(library):
    first, second = _article(library, FIRST), _article(library, SECOND)
    tag = _tag(library, first, FIRST, "company", "company", canonical="company")
    assert "company" not in _companies(library, second)
    annotating.delete_annotation(library, tag.id)  # undo of the tag
    assert "company" not in _companies(library, second)


def test_undo_of_a_company_tag_forgets_it_and_redo_brings_it_back(library):
    first, second = _article(library, FIRST), _article(library, SECOND)
    assert "Zentrix Robotics" not in _companies(library, second)
    tag = _tag(library, first, FIRST, "Zentrix Robotics", "company", canonical="Zentrix Robotics")
    assert "Zentrix Robotics" in _companies(library, second)
    annotating.delete_annotation(library, tag.id)  # what Undo of "Tag as Company" runs
    assert "Zentrix Robotics" not in _companies(library, second)
    annotating.restore_annotation(library, tag)  # what Redo runs
    assert "Zentrix Robotics" in _companies(library, second)


def test_a_mis_dragged_selection_or_a_sentence_is_not_learned(library):
    first, later = _article(library, KOREAN), _article(library, KOREAN_LATER)
    _tag(library, first, KOREAN, "술원, 한국전자통", "company", canonical="술원, 한국전자통")
    _tag(library, first, KOREAN, "회사는 신제품을 내놓았다고 밝혔다", "company", canonical="회사는 신제품")
    _tag(library, first, KOREAN, "한국전자통", "company", canonical="한국전자통")  # cut inside a word
    found = _companies(library, later)
    assert not any("술원" in t or "신제품" in t or t == "한국전자통" for t in found)
    assert learning.list_learned(library) == []


def test_a_rejected_suggestion_is_not_proposed_in_later_articles_until_forgotten(library):
    first, second = _article(library, FIRST), _article(library, SECOND)
    _tag(library, first, FIRST, "Zentrix Robotics", "company", canonical="Zentrix Robotics")
    third_text = "Third notes\n\nZentrix Robotics hired staff.\n"
    third = _article(library, third_text)
    proposal = next(s for s in suggesting.suggestions_for(library, second) if s.text == "Zentrix Robotics")
    suggesting.reject(library, second, proposal)
    assert "Zentrix Robotics" not in _companies(library, third)
    rejection = next(i for i in learning.list_learned(library) if i.kind == "rejection")
    assert (rejection.phrase, rejection.value, rejection.rule) == ("Zentrix Robotics", "company", proposal.rule)
    rows = learning.forget(library, rejection)
    assert "Zentrix Robotics" in _companies(library, third)
    learning.restore(library, rows)  # undo of the forget
    assert "Zentrix Robotics" not in _companies(library, third)
    suggesting.unreject(library, second, proposal)  # undo of the rejection itself
    assert "Zentrix Robotics" in _companies(library, third)


def test_a_sentence_tagged_by_hand_teaches_its_cue_and_undo_unteaches_it(library):
    first, second = _article(library, FIRST), _article(library, SECOND)
    sentence = "Word on the street is that the deal closes soon."
    tag = _tag(library, first, FIRST, sentence, "speculation", cue="Word on the street")
    taught = [s for s in suggesting.suggestions_for(library, second) if s.rule == "learned-cue"]
    assert [(s.text, s.fields["cue"]) for s in taught] == [
        ("Word on the street is that a third line follows.", "Word on the street")
    ]
    assert [(i.kind, i.phrase) for i in learning.list_learned(library)] == [("cue", "Word on the street")]
    annotating.delete_annotation(library, tag.id)
    assert not [s for s in suggesting.suggestions_for(library, second) if s.rule == "learned-cue"]


def test_a_whole_sentence_given_as_its_cue_is_not_learned(library):
    first = _article(library, FIRST)
    sentence = "Word on the street is that the deal closes soon."
    _tag(library, first, FIRST, sentence, "speculation", cue=sentence)
    assert learning.list_learned(library) == []


def test_a_learned_company_can_be_forgotten_and_the_forget_undone(library):
    first, second = _article(library, FIRST), _article(library, SECOND)
    _tag(library, first, FIRST, "Zentrix Robotics", "company", canonical="Zentrix Robotics")
    item = next(i for i in learning.list_learned(library) if i.kind == "company")
    assert item.as_dict() == {"kind": "company", "phrase": "Zentrix Robotics", "value": "Zentrix Robotics", "rule": ""}
    rows = learning.forget(library, item)
    assert "Zentrix Robotics" not in _companies(library, second)
    learning.restore(library, rows)
    assert "Zentrix Robotics" in _companies(library, second)


def test_rejecting_one_mention_keeps_the_other_mentions_of_that_article(library):
    # The guide tags each occurrence separately: rejecting one "Zentrix Robotics" is about that one place here,
    # and about the phrase only in the other articles.
    first = _article(library, FIRST)
    _tag(library, first, FIRST, "Zentrix Robotics", "company", canonical="Zentrix Robotics")  # teaches the name
    text = (
        "Notes\n\nZentrix Robotics supplies sensors. Rivals watch Zentrix Robotics closely. "
        "Zentrix Robotics said nothing.\n"
    )
    article = _article(library, text)
    later = _article(library, "More notes\n\nZentrix Robotics hired staff.\n")
    mentions = [s for s in suggesting.suggestions_for(library, article) if s.text == "Zentrix Robotics"]
    assert len(mentions) == 3
    suggesting.reject(library, article, mentions[1])
    left = [s for s in suggesting.suggestions_for(library, article) if s.text == "Zentrix Robotics"]
    assert [(s.start, s.end) for s in left] == [(m.start, m.end) for m in (mentions[0], mentions[2])]
    assert "Zentrix Robotics" not in _companies(library, later)
