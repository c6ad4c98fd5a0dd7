"""User actions on labels: the analyst's own kinds of annotation, saved as one set in one transaction."""

from __future__ import annotations

from dataclasses import replace

from reader_app.core import label_rules
from reader_app.core.model import Label
from reader_app.services.errors import UserError
from reader_app.services.uses_library import uses_library
from reader_app.storage import Library
from reader_app.storage import labels as label_store


@uses_library
def labels(library: Library) -> list[Label]:
    return label_store.all_labels()


@uses_library
def usage(library: Library) -> dict[str, int]:
    """Annotations per label name: a label in use cannot be deleted."""
    return label_store.annotation_counts()


@uses_library
def save_labels(library: Library, wanted: list[Label]) -> list[Label]:
    """Make the library's labels exactly `wanted`, in that order; returns them as stored.

    Built-ins stay; a removed label must have no annotations (the analyst deletes or relabels those first).
    """
    wanted = [replace(label, display_name=label.display_name.strip(), position=i) for i, label in enumerate(wanted)]
    label_rules.check(wanted)
    with library.atomic():
        counts = label_store.annotation_counts()
        keep = {label.name for label in wanted}
        for old in label_store.all_labels():
            if old.name in keep:
                continue
            if counts.get(old.name):
                raise UserError(
                    f"'{old.display_name}' is used by {counts[old.name]} annotations: delete them first, "
                    "or keep the label."
                )
            label_store.delete(old.name)
        for label in wanted:
            label_store.save(label)
        return label_store.all_labels()
