"""The ActionRunner: one service call, failures as one line on the message bar, typed changes on the hub."""

from __future__ import annotations

from reader_app.core.model import ParsedDocument
from reader_app.services import annotating, importing
from reader_app.services import library as library_service
from reader_app.services.errors import UserError
from reader_app.ui.hub import Change

TEXT = "Lumen Harbor raised prices\n\nLumen Harbor may raise prices again, a person familiar with it said.\n"


def _article(library) -> int:
    doc = ParsedDocument(text=TEXT, title="Lumen Harbor raised prices", format="txt", encoding="utf-8")
    return importing.store_document(library, doc).article_id


def test_a_successful_action_returns_its_value_and_announces_the_typed_change(qtbot, runner, hub, library):
    article_id = _article(library)
    with qtbot.waitSignal(hub.changed) as announced, qtbot.waitSignal(hub.annotations_changed) as derived:
        done = runner.run(annotating.tag_selection, article_id, "company", 28, 40, change=Change.ANNOTATIONS,
                          article_id=article_id)  # fmt: skip
    assert done.ok and done.value.text == "Lumen Harbor"
    assert announced.args == [Change.ANNOTATIONS, article_id]
    assert derived.args == [article_id]
    assert runner.errors == []


def test_an_expected_failure_is_one_line_on_the_message_bar_and_announces_nothing(qtbot, runner, hub, library):
    article_id = _article(library)
    changes = []
    hub.changed.connect(lambda *args: changes.append(args))
    done = runner.run(
        annotating.tag_selection, article_id, "company", 26, 28,  # only the blank line between title and body
        change=Change.ANNOTATIONS, article_id=article_id, failure="Could not save the annotation: {0}",
    )  # fmt: skip
    assert not done.ok and done.value is None
    assert runner.errors == ["Could not save the annotation: Select some text in the article first, then tag it."]
    assert changes == []


def test_a_bug_in_a_service_is_shown_and_never_escapes_into_qt(runner, library):
    def broken(_library):
        raise KeyError("no such thing")

    done = runner.run(broken)
    assert not done.ok
    assert runner.errors == ["KeyError: 'no such thing'"]


def test_a_read_only_library_refuses_the_write_as_a_message(qtbot, tmp_path, hub):
    from PySide6.QtWidgets import QStatusBar

    from reader_app.storage import open_library
    from reader_app.ui.action_runner import ActionRunner

    path = tmp_path / "shared.sqlite3"
    writable = open_library(path)
    article_id = _article(writable)
    writable.close()
    library = open_library(path, read_only=True)
    try:
        status_bar = QStatusBar()
        qtbot.addWidget(status_bar)
        errors = []
        hub.error.connect(errors.append)
        runner = ActionRunner(library, hub, status_bar)
        assert runner.read_only
        assert not runner.run(library_service.delete_article, article_id, change=Change.ARTICLES).ok
        assert len(errors) == 1 and "read-only" in errors[0]
        assert library_service.article_count(library) == 1
    finally:
        library.close()


def test_a_long_action_runs_on_a_worker_with_progress_then_announces(qtbot, runner, hub, library, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\nBody {i}.\n", encoding="utf-8")
    reports, steps = [], []
    with qtbot.waitSignal(hub.articles_changed, timeout=20000):
        job = runner.start(importing.import_paths, [folder], change=Change.ARTICLES, on_done=reports.append)
        assert job is not None and runner.running
        job.progress.connect(lambda done, total, _name: steps.append((done, total)))
        assert runner.start(importing.import_paths, [folder]) is None  # one at a time
    assert not runner.running and not runner.progress.isVisible()
    assert reports[0].count(importing.IMPORTED) == 3
    assert library_service.article_count(library) == 3


def test_a_failure_on_the_worker_reaches_the_message_bar(qtbot, runner, hub):
    def refuses(_library, *, progress, cancelled):
        raise UserError("nothing to import in that folder")

    failures = []
    with qtbot.waitSignal(hub.error, timeout=20000):
        runner.start(refuses, on_failed=failures.append)
    assert runner.errors == ["nothing to import in that folder"] == failures
    assert not runner.running
