"""Runs the W3C Web Annotation test suite's MUST assertions (JSON Schema draft-04 files) over a JSON object.

The suite's own runner is JavaScript (ajv); this does what its README describes: each assertion is a schema
validated against the whole object, passing when the outcome equals its `expectedResult`. ajv's "fast" formats
are reproduced for `uri` and `date-time`, which jsonschema would otherwise not check without extra packages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

# ajv 4's "fast" formats, which the suite was written against
_URI = re.compile(r"^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$", re.IGNORECASE)
_DATE_TIME = re.compile(
    r"^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$",
    re.IGNORECASE,
)


def _checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("uri")(lambda value: not isinstance(value, str) or bool(_URI.match(value)))
    checker.checks("date-time")(lambda value: not isinstance(value, str) or bool(_DATE_TIME.match(value)))
    return checker


class Suite:
    def __init__(self, root: Path) -> None:
        self.root = root
        resources = []
        for path in sorted((root / "definitions").glob("*.json")):
            schema = json.loads(path.read_text(encoding="utf-8"))
            resources.append((schema["id"], Resource.from_contents(schema, default_specification=DRAFT4)))
        self.registry = Registry().with_resources(resources)
        self.checker = _checker()

    def must_assertions(self, test_file: str) -> list[tuple[str, dict]]:
        test = json.loads((self.root / test_file).read_text(encoding="utf-8"))
        found = []
        for entry in test["assertions"]:
            assert isinstance(entry, str), f"{test_file}: only file assertions are expected in a MUST test"
            schema = json.loads((self.root / entry).read_text(encoding="utf-8"))
            if schema.get("assertionType", "must") == "must":
                found.append((entry, schema))
        return found

    def failures(self, test_file: str, instance: dict) -> list[str]:
        """The MUST assertions of one .test file that `instance` fails, each with the suite's error message."""
        failed = []
        for name, schema in self.must_assertions(test_file):
            validator = Draft4Validator(schema, registry=self.registry, format_checker=self.checker)
            valid = validator.is_valid(instance)
            if valid != (schema.get("expectedResult", "valid") == "valid"):
                failed.append(f"{name}: {schema.get('errorMessage', '')}")
        return failed


ANNOTATION_TESTS = (
    "annotations/annotationMusts.test",
    "bodiesTargets/bodyMusts.test",
    "bodiesTargets/targetMusts.test",
    "specificResource/specificResourceMusts.test",
)
COLLECTION_TEST = "collections/collectionMusts.test"
PAGE_TEST = "collections/pages/pageMusts.test"
