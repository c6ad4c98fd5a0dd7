"""Command line for backups: `backup` (now), `backups` (list) and `restore BACKUP_FILE`, which works even when
the current library cannot be opened."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reader_app.core.printable import printable
from reader_app.paths import default_library_path
from reader_app.services.errors import UserError


def add_subcommands(sub) -> None:
    p_backup = sub.add_parser("backup", help="make a verified backup of the library now")
    p_backup.add_argument("--auto", action="store_true", help="mark it automatic (the window's exit backup)")
    p_list = sub.add_parser("backups", help="list the library's backups, newest first")
    p_list.add_argument("--json", action="store_true", help="one JSON object per line")
    p_restore = sub.add_parser(
        "restore", help="replace the library with a backup (the current file is kept aside, never deleted)"
    )
    p_restore.add_argument("backup_file", type=Path, help="a backup file (a name from `backups` is enough)")


def _library_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_library_path()


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    from reader_app.services import backups, library

    lib = library.open_or_explain(_library_path(args), remember=True)
    try:
        made = backups.backup_now(lib, kind=backups.AUTO if getattr(args, "auto", False) else backups.MANUAL)
    finally:
        lib.close()
    print(printable(f"backed up to {made.path} ({_size(made.size)}, verified)"))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from reader_app.services import backups

    path = _library_path(args)
    found = backups.list_backups(path)
    if not found and not path.exists():  # a mistyped --db: say so rather than "no backups yet"
        raise UserError(f"No library at {path} and no backups of it. Check the path given with --db.")
    for info in found:
        if args.json:
            row = {"path": str(info.path), "created": info.created.isoformat(), "kind": info.kind, "size": info.size}
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(printable(f"{info.created:%Y-%m-%d %H:%M:%S}  {info.kind:12}  {_size(info.size):>9}  {info.path}"))
    if not found and not args.json:
        print(printable(f"no backups yet in {backups.backups_folder(path)}"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from reader_app.core.instance_socket import is_open_elsewhere  # no Qt: restore runs where Qt cannot
    from reader_app.services import backups, library

    path = _library_path(args)
    # The library's lock refuses too, whoever holds it; a window that answers gets the message that says where.
    if is_open_elsewhere(path):
        who = library.holder_of(path) or "a Reader window"
        raise UserError(f"{path} is open in {who}; restore from there (File › Restore from Backup…) or close it first.")
    previous = backups.restore(args.backup_file, path)
    kept = f"; the previous library was kept as {previous}" if previous else ""
    print(printable(f"restored {path} from {args.backup_file}{kept}"))
    return 0


COMMANDS = {"backup": cmd_backup, "backups": cmd_backups, "restore": cmd_restore}
