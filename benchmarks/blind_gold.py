"""Blind gold kept in the repository as offsets and hashes, never as corpus text.

A blind-round file names its article (a path under ../shared/corpus), the sha256 of the article's bytes, and for
each annotation its label, offsets and the sha256 of the annotated text; quote speakers and speculation cues are
stored as hashes of their normalised value. `load_blind` checks every hash against the corpus and rebuilds the
ordinary gold form (the one ../shared/gold uses), recovering each field's text from the article so that fields
are compared with the evaluator's usual normalisation. `write_blind` is the inverse, for annotators.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

FIELD_HASHES = {"speaker_sha256": "speaker", "cue_sha256": "cue"}
# A speaker or cue is looked for near its annotation first (it is usually in the same or the previous sentence),
# then anywhere in the article (a pronoun resolved to a name given paragraphs earlier).
_NEAR = 600
_MAX_FIELD_CHARS = 80


class BlindGoldError(ValueError):
    """A blind gold file does not fit the corpus beside it (another version of the article, or a typo)."""


def normalise_field(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).replace("\u00a0", " ").split())


def sha256_text(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _find_field(text: str, digest: str, around: tuple[int, int]) -> str | None:
    windows = [(max(0, around[0] - _NEAR), min(len(text), around[1] + _NEAR)), (0, len(text))]
    for lo, hi in windows:
        for start in range(lo, hi):
            for end in range(start + 1, min(hi, start + _MAX_FIELD_CHARS) + 1):
                if sha256_text(normalise_field(text[start:end])) == digest:
                    return normalise_field(text[start:end])
    return None


def load_blind(path: Path, corpus: Path) -> tuple[dict, str]:
    """The gold of one blind file in the shared gold's form, and the article's text."""
    blind = json.loads(path.read_text(encoding="utf-8"))
    article = corpus / blind["article"]
    if not article.is_file():
        raise BlindGoldError(f"{path.name}: article {blind['article']} is not in {corpus}")
    data = article.read_bytes()
    if hashlib.sha256(data).hexdigest() != blind["sha256"]:
        raise BlindGoldError(f"{path.name}: {blind['article']} differs from the file that was annotated")
    text = data.decode("utf-8")
    annotations = []
    for item in blind["annotations"]:
        span = text[item["start"] : item["end"]]
        if sha256_text(span) != item["sha256"]:
            raise BlindGoldError(f"{path.name}: span {item['start']}-{item['end']} does not hold the annotated text")
        gold = {k: v for k, v in item.items() if k not in ("label", "sha256", *FIELD_HASHES)}
        gold.update(type=item["label"], text=span)
        for key, name in FIELD_HASHES.items():
            if key in item:
                found = _find_field(text, item[key], (item["start"], item["end"]))
                # A field the article never spells out (rare) cannot be compared: say so instead of guessing.
                gold[name] = found if found is not None else f"<unrecoverable {name}>"
        annotations.append(gold)
    gold_form = {
        "article": blind["article"],
        "language": blind.get("language", ""),
        "annotations": annotations,
        "source": blind.get("round", path.parent.name),
    }
    if "body" in blind:
        gold_form["body"] = blind["body"]
    if "labels" in blind:
        gold_form["labels"] = blind["labels"]
    return gold_form, text


def write_blind(
    path: Path,
    corpus: Path,
    article: str,
    language: str,
    round_name: str,
    annotated_by: str,
    body: tuple[int, int],
    annotations: list[dict],
    labels: list[str] | None = None,
) -> None:
    """Write a blind file from annotations given with `label`, `start`, `end` and plain `speaker`/`cue` values."""
    data = (corpus / article).read_bytes()
    text = data.decode("utf-8")
    items = []
    for a in annotations:
        item = {
            "label": a["label"],
            "start": a["start"],
            "end": a["end"],
            "sha256": sha256_text(text[a["start"] : a["end"]]),
        }
        for key in ("canonical", "optional"):
            if key in a:
                item[key] = a[key]
        for key, name in FIELD_HASHES.items():
            if a.get(name):
                item[key] = sha256_text(normalise_field(a[name]))
        items.append(item)
    out = {
        "article": article,
        "sha256": hashlib.sha256(data).hexdigest(),
        "language": language,
        "round": round_name,
        "annotated_by": annotated_by,
        "offsets": "code-point offsets into the file decoded as UTF-8, end exclusive",
        "body": {"start": body[0], "end": body[1]},
        "annotations": items,
    }
    if labels:
        out["labels"] = labels
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
