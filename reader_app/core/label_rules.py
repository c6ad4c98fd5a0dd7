"""What makes a set of labels valid: the three built-ins kept, names, colours and shortcuts unique and well formed."""

from __future__ import annotations

import re
import unicodedata

from reader_app.core.errors import UserError
from reader_app.core.model import COMPANY, LABEL_FIELD, QUOTE, SPECULATION, Label

BUILT_IN = (COMPANY, QUOTE, SPECULATION)
DEFAULT_ICON = "mdi6.tag-outline"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def is_built_in(name: str) -> bool:
    return name in BUILT_IN


def key_for(display_name: str, taken: set[str]) -> str:
    """A stable key for a new label (stored on annotations, written in exports): its name, lower case, with dashes."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", display_name).lower())
    base = "-".join(words) or "label"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def field_key_for(field_title: str) -> str | None:
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", field_title).lower())
    return "_".join(words) or None


def check(labels: list[Label]) -> None:
    """Raise UserError (one line, naming the label and the fix) when the set cannot be saved."""
    names = [label.name for label in labels]
    for name in BUILT_IN:
        if name not in names:
            raise UserError(f"The built-in label '{name}' cannot be removed; keep it (you may rename it).")
    seen_keys: set[str] = set()
    seen_names: dict[str, str] = {}
    seen_keys_shortcut: dict[str, str] = {}
    for label in labels:
        shown = label.display_name.strip()
        if not shown:
            raise UserError("A label has no name: give every label a name.")
        if label.name in seen_keys:
            raise UserError(f"Two labels share the key '{label.name}': rename one of them.")
        seen_keys.add(label.name)
        folded = shown.casefold()
        if folded in seen_names:
            raise UserError(f"Two labels are called '{shown}': give each label its own name.")
        seen_names[folded] = label.name
        if not _COLOR.match(label.color):
            raise UserError(f"The colour of '{shown}' is not a colour like #2f7fd8: choose one with the colour button.")
        if is_built_in(label.name) and label.field_key != LABEL_FIELD[label.name]:
            raise UserError(f"The field of the built-in label '{shown}' is used by the suggestions: keep it.")
        if label.field_key and not (label.field_title or "").strip():
            raise UserError(f"The field of '{shown}' has no title: name it or remove the field.")
        shortcut = label.shortcut.strip()
        if shortcut:
            if shortcut in seen_keys_shortcut:
                other = seen_keys_shortcut[shortcut]
                raise UserError(f"'{shown}' and '{other}' both use {shortcut}: give one of them another shortcut.")
            seen_keys_shortcut[shortcut] = shown
