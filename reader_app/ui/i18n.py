"""User-visible strings go through tr(); resources/i18n/reader_ko.ts holds their Korean translation."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from reader_app.core.model import Label


def tr(text: str, context: str = "Reader") -> str:
    return QCoreApplication.translate(context, text)


def tr_noop(text: str) -> str:
    """Marks a literal for the catalogue where it is defined; the code passes it through tr() where it is shown."""
    return text


# The built-in labels' names and field titles are data (the labels table), shown in the interface's language.
BUILT_IN_LABEL_WORDS = (
    tr_noop("Company"),
    tr_noop("Quote"),
    tr_noop("Speculation"),
    tr_noop("Speaker"),
    tr_noop("Cue"),
)


def shown_label(label: Label) -> Label:
    """The label as the interface shows it: a built-in name translated, an analyst's own name as they wrote it."""
    title = tr(label.field_title) if label.field_title else label.field_title
    return dataclasses.replace(label, display_name=tr(label.display_name), field_title=title)
