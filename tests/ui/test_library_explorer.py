"""The library explorer: search with filters, companies with a chart, all annotations; rows open in context."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing
from reader_app.ui.models.library_tables import HIT_ROLE, AnnotationsModel, CompaniesModel, SearchResultsModel

ARTICLES = [
    ("통신 협력", "2024-05-03", "KT와 우리금융이 지분을 맞교환할 가능성이 있다는 관측이 나온다."),
    ("Telecom dividends", "2024-06-11", "Analysts said KT could raise its dividend, a person familiar said."),
    ("Bank results", "2024-06-20", "Hana Financial Group reported higher profit for the quarter."),
]


def _fill(library) -> list[int]:
    ids = []
    for title, published, body in ARTICLES:
        doc = ParsedDocument(text=f"{title}\n\n{body}\n", title=title, format="txt", encoding="utf-8",
                             published=published)  # fmt: skip
        ids.append(importing.store_document(library, doc).article_id)
    first, second, _third = ids
    kt_at = ARTICLES[0][0].__len__() + 2
    annotating.tag_selection(library, first, "company", kt_at, kt_at + 2, fields={"canonical": "KT"})
    at = len(ARTICLES[1][0]) + 2 + ARTICLES[1][2].index("KT")
    annotating.tag_selection(library, second, "company", at, at + 2, fields={"canonical": "KT"})
    annotating.tag_selection(library, second, "speculation", len(ARTICLES[1][0]) + 2, len(ARTICLES[1][0]) + 40)
    return ids


def test_the_explorer_models_pass_the_model_tester(qapp, qtmodeltester, library):
    ids = _fill(library)
    search = SearchResultsModel(library)
    search.set_results("kt", ids[:2])
    qtmodeltester.check(search, force_py=True)
    for row in range(2):  # the snippet delegate marks exactly the hit
        index = search.index(row, SearchResultsModel.SNIPPET)
        start, end = search.data(index, HIT_ROLE)
        assert search.data(index)[start:end] == "KT"
    annotations = AnnotationsModel(library)
    annotations.reload()
    assert annotations.rowCount() == 3
    qtmodeltester.check(annotations, force_py=True)
    companies = CompaniesModel(library)
    companies.reload()
    qtmodeltester.check(companies, force_py=True)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen test platform has no stacking
def test_search_filters_companies_and_annotations_open_in_context(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "library.sqlite3")
    ids = _fill(window.library)
    window.hub.articles_changed.emit()
    window.show()
    explorer = window.explorer.open()
    qtbot.waitExposed(explorer)
    search = explorer.search

    search.query.setText("KT")
    qtbot.waitUntil(lambda: search.model.rowCount() == 2)
    assert all("KT" in search.model.hit(r).snippet for r in range(2))
    search.label.setCurrentIndex(search.label.findData("speculation"))
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    assert search.model.hit(0).article_id == ids[1]

    search.label.setCurrentIndex(0)
    search.query.setText("KT와")
    qtbot.waitUntil(lambda: search.model.ids() == [ids[0]])
    search.view.activated.emit(search.model.index(0, 0))
    assert window.reader.article.id == ids[0]
    start, end = window.reader.selected_span()
    assert window.reader.article.text[start:end] == "KT와"

    explorer.tabs.setCurrentWidget(explorer.companies)
    companies = explorer.companies
    row = next(r for r in range(companies.model.rowCount()) if companies.model.company(r) == "KT")
    companies.view.selectRow(row)
    assert companies.mentions.rowCount() == 2
    assert companies.chart.months() == [("2024-05", 1, 0), ("2024-06", 1, 1)]
    companies.mentions_view.doubleClicked.emit(companies.mentions.index(0, 0))
    assert window.reader.article.id == companies.mentions.annotation(0).article_id

    annotations = explorer.annotations
    annotations.contains.setText("Analysts")
    qtbot.waitUntil(lambda: annotations.model.rowCount() == 1)
    annotations.view.sortByColumn(AnnotationsModel.TEXT, Qt.SortOrder.AscendingOrder)
    assert annotations.model.annotation(0).label == "speculation"
    explorer.grab().save(str(tmp_path / "explorer.png"))
