"""`reader-app --self-test`: check an installation end to end in a temp folder, with no display needed.

Imports the bundled samples (and a small HTML page) into a temporary library, renders Markdown in a child
process, runs the suggestion engine, tags one annotation of each label, exports CSV and reads it back, then
opens the real main window offscreen. One line per check (`ok   …` or `FAIL …`); exit status 0 only when
every check passed. The user's library and settings are never touched.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from reader_app.core.model import COMPANY, LABEL_FIELD, QUOTE, SPECULATION, Article, Suggestion

LABELS = (COMPANY, QUOTE, SPECULATION)

# trafilatura needs a few real paragraphs before it calls something an article.
_HTML_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Self-test page | Reader</title>
<meta property="og:site_name" content="Reader Self-Test"></head><body><nav>Home | Markets | About</nav>
<article><h1>Self-test page</h1>
<p>Harbor Street Securities said on Monday that quarterly revenue rose nine percent from a year earlier.</p>
<p>The company is expected to announce a new buyback plan, people familiar with the matter said.</p>
<p>"We are pleased with the quarter," the chief executive said in a statement to reporters.</p>
</article><footer>Copyright Reader</footer></body></html>
"""
_HTML_MARKER = "quarterly revenue rose nine percent"


class _Run:
    """State shared by the checks, and the tally of what passed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / "library.sqlite3"
        self.library = None
        self.articles: dict[int, Article] = {}
        self.suggestions: list[tuple[Article, Suggestion]] = []
        self.tagged = {}  # label -> Annotation
        self.passed = 0
        self.failed = 0

    def report(self, ok: bool, message: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        print(f"{'ok  ' if ok else 'FAIL'} {message}", flush=True)

    def check_result(self, name: str, step: Callable[[], list[tuple[bool, str]]]) -> None:
        try:
            for ok, message in step():
                self.report(ok, message)
        except Exception as exc:  # as in check(): report and go on
            self.report(False, f"{name}: {type(exc).__name__}: {exc}")

    def check(self, name: str, step: Callable[[], str]) -> None:
        try:
            self.report(True, f"{name}: {step()}")
        except Exception as exc:  # a self-test reports every failure and goes on to the next check
            where = traceback.extract_tb(exc.__traceback__)[-1]
            self.report(False, f"{name}: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})")


def _desktop_platform() -> list[tuple[bool, str]]:
    # The checks above run offscreen; a user's window needs the real platform plugin and its system libraries.
    from reader_app.ui.startup.platform_check import check_xcb_libraries, probe_display

    results = [check_xcb_libraries()]
    probed = probe_display()
    results.append(probed if probed is not None else (True, "desktop platform: no display here, not opened"))
    return results


def _resources() -> str:
    from reader_app.paths import resource_path, resources_dir

    for parts in (("icons", "reader-app.png"), ("styles", "app.qss"), ("samples",), ("registry",)):
        resource_path(*parts)
    return f"found in {resources_dir()}"


def _modules() -> str:
    # Every module of the app imports: a bundle that left out a library (or a Qt module) fails here, even
    # where only a code path the other checks do not take would reach it.
    import importlib
    import pkgutil

    import reader_app

    found = pkgutil.walk_packages(reader_app.__path__, "reader_app.")
    names = [m.name for m in found if m.name != "reader_app.__main__"]  # __main__ would start the app
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # report them all, not just the first
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    assert len(names) > 10, f"found only {len(names)} modules: cannot list the app's package"
    assert not failed, "; ".join(failed)
    return f"all {len(names)} reader_app modules import"


def _import_samples(run: _Run) -> str:
    from reader_app.paths import resource_path
    from reader_app.services import importing, library

    run.library = library.open_or_explain(run.db_path)
    report = importing.import_paths(run.library, [resource_path("samples")])
    assert report.count(importing.IMPORTED) >= 2, f"expected the two samples, got: {report.summary()}"
    for article_id in report.imported_ids:
        run.articles[article_id] = library.article(run.library, article_id)
    languages = sorted(a.language for a in run.articles.values())
    return f"{report.summary()} (languages: {', '.join(languages)})"


def _import_html(run: _Run) -> str:
    from reader_app.services import importing, library

    page = run.folder / "self-test.html"
    page.write_text(_HTML_PAGE, encoding="utf-8")
    item = importing.import_file(run.library, page)
    assert item.status == importing.IMPORTED, f"{item.status}: {item.message}"
    article = library.article(run.library, item.article_id)
    assert _HTML_MARKER in article.text, "the article text was not extracted from the page"
    return f"'{article.title}' extracted from a page with navigation and footer"


def _render(run: _Run) -> str:
    # The reading pane renders Markdown in a child process; a frozen app must be able to start one.
    from reader_app.core.rendering import markdown_to_safe_html_limited

    article = next(a for a in run.articles.values() if a.format == "md")
    started = time.perf_counter()
    html = markdown_to_safe_html_limited(article.text)
    assert html is not None, "no answer from the child process in time (frozen multiprocessing broken?)"
    assert "<p>" in html, "the rendered HTML has no paragraphs"
    return f"'{article.title[:30]}…' rendered in a child process in {(time.perf_counter() - started) * 1000:.0f} ms"


def _certificates() -> str:
    # Web import needs CA certificates; a frozen app finds them only if the bundle or the system has them.
    import ssl

    loaded = ssl.create_default_context().cert_store_stats()["x509_ca"]
    paths = ssl.get_default_verify_paths()
    # An empty folder (openssl without ca-certificates on a minimal system) holds nothing to verify with.
    folder = paths.capath if paths.capath and os.path.isdir(paths.capath) and any(os.scandir(paths.capath)) else None
    assert loaded or folder, "no CA certificates: importing from a web address would fail"
    return f"{loaded} CA certificates loaded" if loaded else f"CA certificates in {folder}"


def _suggest(run: _Run) -> str:
    try:
        from reader_app.core.suggest import CompanyRegistry, suggest
    except ImportError as exc:
        raise AssertionError(f"the suggestion engine is not importable ({exc})") from exc
    registry = CompanyRegistry.load_default()
    started = time.perf_counter()
    for article in run.articles.values():
        body = (article.body_start, article.body_end or len(article.text))
        for found in suggest(article.text, language=article.language, body=body, registry=registry):
            assert found.label in LABELS, f"unknown label {found.label!r}"
            assert article.text[found.start : found.end] == found.text, f"offsets do not match text {found.text!r}"
            run.suggestions.append((article, found))
    elapsed = (time.perf_counter() - started) * 1000
    counts = {label: sum(1 for _, s in run.suggestions if s.label == label) for label in LABELS}
    assert run.suggestions, "no suggestions at all for the sample articles"
    summary = ", ".join(f"{n} {label}" for label, n in counts.items())
    return f"{summary} over {len(run.articles)} articles in {elapsed:.0f} ms"


def _span_for(run: _Run, label: str) -> tuple[Article, int, int, dict[str, str], str]:
    """The first suggestion of this label (as an analyst would accept it), else a span of the first body."""
    for article, found in run.suggestions:
        if found.label == label:
            return article, found.start, found.end, dict(found.fields), "suggestion"
    article = next(iter(run.articles.values()))
    start = article.body_start
    return article, start, min(start + 24, article.body_end or len(article.text)), {}, "fallback span"


def _tag(run: _Run) -> str:
    from reader_app.services.annotating import tag_selection

    sources = []
    for label in LABELS:
        article, start, end, fields, source = _span_for(run, label)
        key = LABEL_FIELD[label]
        fields = {key: fields.get(key) or article.text[start:end].strip() or "self-test"}
        stored = tag_selection(run.library, article.id, label, start, end, annotator="self-test", fields=fields)
        assert stored.text == article.text[stored.start : stored.end], f"{label}: stored text is off its span"
        run.tagged[label] = stored
        sources.append(f"{label} from {source}")
    return ", ".join(sources)


def _export(run: _Run) -> str:
    from reader_app.services.exporting import export_csv

    out = run.folder / "annotations.csv"
    written = export_csv(run.library, out)
    assert written == len(LABELS), f"export_csv wrote {written} rows, expected {len(LABELS)}"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "CSV has no UTF-8 BOM (Excel would garble Korean)"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(LABELS), f"read back {len(rows)} rows"
    assert {row["label"] for row in rows} == set(LABELS), f"labels read back: {[r['label'] for r in rows]}"
    for row in rows:
        article = run.articles[int(row["article_id"])]
        start, end = int(row["start"]), int(row["end"])
        assert row["text"] == article.text[start:end], f"{row['label']}: CSV text differs from the article"
        assert row["text"] == run.tagged[row["label"]].text, f"{row['label']}: CSV text differs from the tag"
    run.library.close()  # the window opens the file next; one Library at a time
    return f"{written} rows written, read back and matched to the article text"


def run_self_test() -> int:
    """Run every check, print one line each, and return 0 only if all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(sys.stdout, "reconfigure"):  # a Windows console in cp1252 must not crash on a Korean title
        sys.stdout.reconfigure(errors="backslashreplace")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reader-selftest-", ignore_cleanup_errors=True) as tmp:
        run = _Run(Path(tmp))
        run.check("resources", _resources)
        run.check("modules", _modules)
        run.check("import samples", lambda: _import_samples(run))
        run.check("import html", lambda: _import_html(run))
        run.check("markdown render", lambda: _render(run))
        run.check("tls certificates", _certificates)
        run.check("suggestions", lambda: _suggest(run))
        run.check("tag", lambda: _tag(run))
        run.check("export csv", lambda: _export(run))
        if run.library is not None:
            run.library.close()
        try:
            from reader_app.ui.startup.selfcheck import run_window_checks

            for ok, message in run_window_checks(run.db_path, run.folder / "settings"):
                run.report(ok, message)
        except Exception as exc:
            run.report(False, f"window: {type(exc).__name__}: {exc}")
        run.check_result("desktop platform", _desktop_platform)
    total = run.passed + run.failed
    verdict = "passed" if not run.failed else f"FAILED ({run.failed} of {total} checks)"
    print(f"self-test {verdict}: {total} checks in {time.perf_counter() - started:.1f} s", flush=True)
    return 0 if not run.failed else 1


if __name__ == "__main__":
    sys.exit(run_self_test())
