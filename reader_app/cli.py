"""Command line: `reader-app [--db PATH] COMMAND ...` (import, export, exchange, suggest, backups); none: the window."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader_app import __version__, cli_backups
from reader_app.core.model import LABEL_FIELD
from reader_app.core.printable import printable
from reader_app.paths import default_library_path
from reader_app.services.errors import UserError
from reader_app.storage import LibraryError
from reader_app.storage.error_text import DATABASE_ERRORS, describe


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader-app", description="Read business news and annotate companies, quotes and speculation."
    )
    parser.add_argument(
        "--db", type=Path, default=None, help="library file (default: %(default)s in the user data folder)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--new-library",
        action="store_true",
        help="create the library if it is missing, even where one was opened before (never done silently)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end (no display needed) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_import = sub.add_parser("import", help="import article files and folders")
    p_import.add_argument("items", nargs="+", help="files (.txt, .md, .html), folders, or http(s) addresses")
    p_import.add_argument("--json", action="store_true", help="print the per-item report as JSON")

    p_export = sub.add_parser("export", help="export annotations to CSV (spreadsheets) or JSON (colleagues)")
    p_export.add_argument("out", type=Path, help="the file to write: OUT.csv or OUT.json")
    p_export.add_argument("--article", type=int, default=None, help="only this article's annotations")
    p_export.add_argument("--label", action="append", default=None, help="only this label (repeatable)")
    p_export.add_argument("--no-articles", action="store_true", help="JSON: leave the articles' text out")
    p_export.add_argument("--no-bom", action="store_true", help="CSV: plain UTF-8, without a byte-order mark")

    p_import_ann = sub.add_parser("import-annotations", help="merge a colleague's exported annotations (JSON or CSV)")
    p_import_ann.add_argument("file", type=Path, help="a Reader export: .json or .csv")
    p_import_ann.add_argument(
        "--take-theirs", action="store_true", help="on a conflict the file's annotation replaces yours"
    )
    p_import_ann.add_argument("--json", action="store_true", help="print the report as JSON")

    p_agree = sub.add_parser("agreement", help="how far analysts agree on the articles they both annotated")
    p_agree.add_argument("annotators", nargs="+", metavar="ANNOTATOR", help="A B [C ...]: B is compared with A")
    p_agree.add_argument("--json", action="store_true", help="print the report as JSON")

    p_suggest = sub.add_parser(
        "suggest", help="print suggestions for a file, or accept the library's suggestions (--accept-all)"
    )
    p_suggest.add_argument("file", nargs="?", type=Path, help="an article file to analyse (no library needed)")
    p_suggest.add_argument("--json", action="store_true", help="print a JSON array")
    p_suggest.add_argument("--accept-all", action="store_true", help="accept every pending suggestion into the library")
    p_suggest.add_argument("--article", type=int, default=None, help="with --accept-all: only this article")

    p_list = sub.add_parser("list", help="list the library's articles")
    p_list.add_argument("--json", action="store_true", help="one JSON object per line")

    p_search = sub.add_parser("search", help="full-text search of titles and bodies (any length, Korean and English)")
    p_search.add_argument("query", help="text to find, e.g. KT or 가능성")
    p_search.add_argument("--json", action="store_true", help="one JSON object per line (id, title, snippet)")
    cli_backups.add_subcommands(sub)
    return parser


def _library_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_library_path()


def open_library_for(args: argparse.Namespace, *, create: bool = True):
    """The library a command works on; a remembered one that went missing is not silently recreated, and a
    command that only reads (create=False) never creates one.

    While a window has the library, a command that only reads does so through a read-only connection (which
    cannot touch the window's WAL) and any other command is refused with one line naming the window's process.
    """
    from reader_app.services import library

    return library.open_or_explain(
        _library_path(args),
        allow_new=getattr(args, "new_library", False),
        remember=True,
        create=create,
        reads_only=not create,
    )


def _cmd_import(args: argparse.Namespace) -> int:
    from reader_app.services import importing

    report = _import_in_window(args)
    by_window = report is not None
    if report is None:
        lib = open_library_for(args)
        try:
            report = importing.import_paths(lib, [i if importing.is_url(i) else Path(i) for i in args.items])
        finally:
            lib.close()
    if args.json:
        data = importing.report_as_dict(report)
        print(json.dumps({"items": data["items"], "summary": data["summary"]}, ensure_ascii=False, indent=2))
    else:
        for item in report.items:
            detail = f" ({item.message})" if item.message else ""
            print(printable(f"{item.status:9} {item.source}{detail}"))
        print(report.summary() + (" (by the Reader window that has the library open)" if by_window else ""))
    return 1 if report.count(importing.FAILED) and not report.count(importing.IMPORTED) else 0


def _import_in_window(args: argparse.Namespace):
    """A window that has the library imports the items itself (its report), or None when no window has it."""
    from reader_app.core.instance_socket import WindowRefused, hand_import
    from reader_app.services import importing

    path = _library_path(args).expanduser().resolve()
    items = [i if importing.is_url(i) else str(Path(i).expanduser().resolve()) for i in args.items]
    try:
        data = hand_import(path, items)
    except WindowRefused as exc:
        raise UserError(f"The Reader window on {path} did not import: {exc}.") from exc
    if data is None:
        return None
    return importing.report_from_dict(data)


def _cmd_export(args: argparse.Namespace) -> int:
    from reader_app.services import exporting

    exporting.check_suffix(args.out)  # before the library opens: a wrong name is the first thing to hear about
    suffix = args.out.suffix.lower()
    if args.no_articles and suffix != ".json":
        raise UserError("--no-articles is for a .json export (a CSV never holds the articles' text).")
    if args.no_bom and suffix != ".csv":
        raise UserError("--no-bom is for a .csv export (JSON is always plain UTF-8).")
    lib = open_library_for(args, create=False)
    try:
        rows = exporting.export_file(
            lib,
            args.out,
            article_id=args.article,
            labels=args.label,
            include_articles=not args.no_articles,
            bom=not args.no_bom,
        )
    finally:
        lib.close()
    print(printable(f"wrote {rows} annotations to {args.out}"))
    return 0


def _cmd_import_annotations(args: argparse.Namespace) -> int:
    from reader_app.services import annotation_import

    lib = open_library_for(args)
    try:
        plan, applied = annotation_import.import_annotations(lib, args.file, take_theirs=args.take_theirs)
    finally:
        lib.close()
    if args.json:
        print(json.dumps(annotation_import.plan_as_json(plan, applied), ensure_ascii=False, indent=2))
        return 0
    print(plan.summary())
    for conflict in plan.conflicts:
        kept = "theirs" if args.take_theirs else "yours kept"
        print(printable(f"conflict  row {conflict.row}: {conflict.local.label} “{conflict.local.text[:40]}” ({kept})"))
    for item in plan.unplaced:
        print(printable(f"unplaced  row {item.row}: {item.reason}"))
    return 0


def _cmd_agreement(args: argparse.Namespace) -> int:
    from reader_app.core.agreement_report import report_as_dict, report_as_text
    from reader_app.services import agreement

    lib = open_library_for(args, create=False)
    try:
        result = agreement.agreement(lib, args.annotators)
    finally:
        lib.close()
    if args.json:
        print(json.dumps(report_as_dict(result.report, result.alpha, list(result.annotators)), ensure_ascii=False))
    else:
        text = report_as_text(result.report, result.alpha, list(result.annotators))
        print("\n".join(printable(line) for line in text.splitlines()))  # quotes may hold control characters
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from reader_app.services import library

    lib = open_library_for(args, create=False)
    try:
        for item in library.iter_article_metadata(lib):  # streamed: bounded memory at any library size
            if args.json:
                print(json.dumps(library.article_as_json(item), ensure_ascii=False))
            else:
                print(printable(f"{item.id:6}  {item.published[:10]:10}  {item.source[:20]:20}  {item.title}"))
    finally:
        lib.close()
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from reader_app.services import searching

    lib = open_library_for(args, create=False)
    try:
        found = 0
        for hit in searching.search(lib, args.query):
            found += 1
            if args.json:
                item = {"id": hit.article_id, "title": hit.title, "snippet": hit.snippet, "offset": hit.offset}
                print(json.dumps(item, ensure_ascii=False))
            else:
                print(printable(f"{hit.article_id:6}  {hit.title[:50]:50}  {hit.snippet}"))
    finally:
        lib.close()
    if not args.json:
        print(f"{found} articles")
    return 0


def _suggestion_json(suggestion) -> dict:
    item = {
        "label": suggestion.label,
        "start": suggestion.start,
        "end": suggestion.end,
        "text": suggestion.text,
        "confidence": round(suggestion.confidence, 3),
        "rule": suggestion.rule,
    }
    key = LABEL_FIELD.get(suggestion.label)
    if key:
        item[key] = suggestion.fields.get(key, "")
    return item


def _cmd_suggest(args: argparse.Namespace) -> int:
    if args.accept_all:
        return _accept_all(args)
    if args.file is None:
        raise UserError("Name an article file to analyse, or use --accept-all to accept suggestions in the library.")
    from reader_app.core.importing import ImportFailure, parse_file
    from reader_app.core.suggest import suggest

    try:
        doc = parse_file(args.file)
    except ImportFailure as exc:
        raise UserError(str(exc)) from exc
    body = (doc.body_start, len(doc.text) if doc.body_end is None else doc.body_end)
    suggestions = suggest(doc.text, language=doc.language, body=body, title=doc.title)
    if args.json:
        print(json.dumps([_suggestion_json(s) for s in suggestions], ensure_ascii=False, indent=2))
    else:
        for s in suggestions:
            field = s.fields.get(LABEL_FIELD.get(s.label, ""), "")
            shown = " ".join(s.text.split())[:70]
            print(printable(f"{s.label:11} {s.start:6}-{s.end:<6} {s.confidence:4.2f}  {shown}  [{field}]"))
    return 0


def _accept_all(args: argparse.Namespace) -> int:
    from reader_app.services import library, suggesting

    lib = open_library_for(args)
    try:
        if args.article is not None:
            if library.article(lib, args.article) is None:
                raise UserError(f"No article with id {args.article} in {lib.path}.")
            ids = [args.article]
        else:
            ids = library.article_ids(lib)  # ids only: no article text is needed to accept its suggestions
        total = 0
        for article_id in ids:
            created = suggesting.accept_all(lib, article_id, suggesting.suggestions_for(lib, article_id))
            total += len(created)
            if args.json:
                print(json.dumps({"article_id": article_id, "accepted": len(created)}))
    finally:
        lib.close()
    if not args.json:
        print(f"accepted {total} suggestions in {len(ids)} articles")
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from reader_app.app import run_gui

    return run_gui(_library_path(args), allow_new=args.new_library)


COMMANDS = {
    "import": _cmd_import,
    "export": _cmd_export,
    "import-annotations": _cmd_import_annotations,
    "agreement": _cmd_agreement,
    "list": _cmd_list,
    "search": _cmd_search,
    "suggest": _cmd_suggest,
    **cli_backups.COMMANDS,
    None: _cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    # Markdown renders in a child process; a frozen bundle must let that child start as a worker.
    multiprocessing.freeze_support()
    if os.environ.get("READER_APP_PLATFORM_PROBE"):  # the self-test's child: does the desktop platform load?
        from reader_app.ui.startup.platform_check import run_probe_child

        return run_probe_child()
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            from reader_app.selftest import run_self_test

            return run_self_test()
        return COMMANDS[args.command](args)
    except (UserError, LibraryError) as exc:
        print(f"reader-app: {printable(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `reader-app list --json | head`: the reader of our output is gone, which is not an error of ours.
        # Point stdout at nothing so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, *DATABASE_ERRORS) as exc:
        # What the system or SQLite said, in one line naming the problem; a traceback helps no analyst.
        print(f"reader-app: {printable(describe(exc, _library_path(args)))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
