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
