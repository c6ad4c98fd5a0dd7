"""Markdown to sanitised HTML for the reading pane: allowlisted tags only, no scripts, no remote loads."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import markdown
import nh3

from reader_app.core.importing.markdown_meta import read_front_matter

# Above this, Markdown is shown as plain text: the converter's time grows badly on some inputs.
MAX_MARKDOWN_CHARS = 200_000
# Python-Markdown is quadratic on some inputs ("[" * 20000 takes a minute), so conversion runs in a child
# process that is killed after this many seconds; the article then stays as plain text.
RENDER_TIMEOUT_S = 4.0

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "sup",
    "sub",
}
# No src anywhere (no images) and links keep only their href, which the view never follows by itself.
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}


def markdown_to_safe_html(text: str) -> str | None:
    """Sanitised HTML for Markdown text, or None when it is too large to convert safely."""
    if len(text) > MAX_MARKDOWN_CHARS:
        return None
    # Front matter is metadata (shown in the header), not a paragraph of the article.
    text = text[read_front_matter(text).end :]
    html = markdown.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
    return sanitise_html(html)


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
    )


def markdown_to_safe_html_limited(text: str, timeout: float = RENDER_TIMEOUT_S) -> str | None:
    """markdown_to_safe_html in a child process with a time limit; None when too large or too slow.

    Blocks the calling thread (the UI calls it from a worker), never for longer than `timeout` plus start-up.
    """
    if len(text) > MAX_MARKDOWN_CHARS:
        return None
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        return pool.submit(markdown_to_safe_html, text).result(timeout=timeout)
    except FutureTimeout:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()  # the converter cannot be interrupted any other way
        return None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
