"""Fixtures for widget tests without the whole window: a hub and an action runner over a real library file."""

from __future__ import annotations

import pytest


@pytest.fixture
def hub(qapp):
    from reader_app.ui.hub import SignalHub

    return SignalHub()


@pytest.fixture
def runner(qtbot, library, hub):
    """The ActionRunner a widget is given, with a status bar of its own; failures land in `runner.errors`."""
    from PySide6.QtWidgets import QStatusBar

    from reader_app.ui.action_runner import ActionRunner

    status_bar = QStatusBar()
    qtbot.addWidget(status_bar)
    runner = ActionRunner(library, hub, status_bar)
    runner.errors = []
    hub.error.connect(runner.errors.append)
    yield runner
    runner.stop()


@pytest.fixture
def labels(library):
    from reader_app.services import library as library_service

    return library_service.labels(library)


@pytest.fixture
def undo_stack(qapp):
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def article_with_text(library):
    """Store an article with the given text in the test's library; returns its id."""
    from reader_app.core.model import ParsedDocument
    from reader_app.services import importing

    def add(text: str, title: str = "") -> int:
        doc = ParsedDocument(text=text, title=title or text.split("\n")[0], format="txt", encoding="utf-8")
        return importing.store_document(library, doc).article_id

    return add
