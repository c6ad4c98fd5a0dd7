"""Label rows: the kinds of annotation, stored as data so analysts can add their own."""

from __future__ import annotations

from reader_app.core.model import Label
from reader_app.storage.schema import AnnotationRow, LabelRow


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


def annotation_counts() -> dict[str, int]:
    """How many annotations use each label (a label in use cannot be deleted)."""
    from peewee import fn

    query = AnnotationRow.select(AnnotationRow.label, fn.COUNT(AnnotationRow.id).alias("n")).group_by(
        AnnotationRow.label
    )
    return {row.label_id: row.n for row in query}


def save(label: Label) -> None:
    """Insert or update one label, by name."""
    values = {
        "display_name": label.display_name,
        "color": label.color,
        "icon": label.icon,
        "shortcut": label.shortcut,
        "field_key": label.field_key,
        "field_title": label.field_title,
        "position": label.position,
    }
    if LabelRow.update(values).where(LabelRow.name == label.name).execute() == 0:
        LabelRow.insert(name=label.name, **values).execute()


def delete(name: str) -> None:
    LabelRow.delete().where(LabelRow.name == name).execute()
