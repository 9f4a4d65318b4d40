"""Import an export outside Home Assistant, optionally dying mid-file.

Run as a program by test_crash_resume: `python -m tests.history.crash_import
DB EXPORT ACCOUNT [--die-in-file N] [--bulk] [--held]`. It uses Encore's own
reader and writer functions; with --die-in-file it writes half of file N inside
its transaction, says "mid" on stdout and waits to be killed with SIGKILL. With
--bulk the import is in bulk mode (`store.bulk`) whatever the export's size.
With --held the files are stored as the importer stores them, several to a
transaction (`holds_commit`): the first one is committed on its own, the
others wait for a commit that comes only at the end.
"""

import argparse
from pathlib import Path
import sys
import threading

from sqlalchemy import Connection

from custom_components.encore.history.imports.spotify_export.reader import (
    ExportBudget,
    discover,
    parse_bytes,
)
from custom_components.encore.history.models import PlayRecord
from custom_components.encore.history.store.engine import HistoryStore, sqlite_url
from custom_components.encore.history.store.jobs import import_file, start_job
from custom_components.encore.history.store.writes import WriterState


def main() -> None:
    """Import, or die in the middle of a file."""
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("export")
    parser.add_argument("account")
    parser.add_argument("--die-in-file", type=int, default=-1)
    parser.add_argument("--bulk", action="store_true")
    parser.add_argument("--held", action="store_true")
    args = parser.parse_args()
    store = HistoryStore(sqlite_url(Path(args.db)))
    store.open()
    job = store.submit(lambda c, s: start_job(c, s, "import", args.account)).result()
    if args.bulk:
        store.submit(
            lambda c, s: s.begin_bulk(c, args.account, 10**12), bulk_safe=True
        ).result()
    budget = ExportBudget()
    for index, file in enumerate(discover(Path(args.export))):
        data = file.read()
        parsed = parse_bytes(
            file.name, file.format, data, file.fingerprint, args.account, budget=budget
        )
        if index == args.die_in_file:
            half = parsed.records[: len(parsed.records) // 2]

            def die(
                conn: Connection, state: WriterState, half: list[PlayRecord] = half
            ) -> None:
                state.insert_records(conn, half)
                sys.stdout.write("mid\n")
                sys.stdout.flush()
                threading.Event().wait()

            store.submit(die, bulk_safe=True)
            threading.Event().wait()
        store.submit(
            lambda c, s, p=parsed: import_file(
                c,
                s,
                job_id=job,
                account=args.account,
                name=p.name,
                fingerprint=p.fingerprint,
                rows=p.rows,
                columns=p.columns,
            ),
            bulk_safe=True,
            holds_commit=args.held,
        ).result()
        if args.held and index == 0:
            store.submit(lambda c, s: None, bulk_safe=True).result()  # a commit
    store.close()
    sys.stdout.write("done\n")
    sys.exit(0)


if __name__ == "__main__":
    main()
