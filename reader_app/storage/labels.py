"""Label rows: the kinds of annotation, stored as data so analysts can add their own."""

from __future__ import annotations

from reader_app.core.model import Label
from reader_app.storage.schema import LabelRow


def all_labels() -> list[Label]:
    return [
        Label(
            name=r.name,
            display_name=r.display_name,
            color=r.color,
            icon=r.icon,
            shortcut=r.shortcut,
            field_key=r.field_key,
            field_title=r.field_title,
            position=r.position,
        )
        for r in LabelRow.select().order_by(LabelRow.position, LabelRow.name)
    ]
