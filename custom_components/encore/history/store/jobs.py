"""Job rows and imported files: what the history did, and which export files it holds.

Every import, export, purge and retention run is a job row (started,
counted, ended); an import in bulk mode settles when its job ends
(`store.bulk`), and the plays it added fold into the all-time totals then.
An export file's fingerprint is remembered with the job that imported it,
atomically with its plays (`import_file`).
"""

from typing import Any

import orjson
from sqlalchemy import Connection, select, update

from ..epoch import now_ms
from ..models import PlayColumns
from . import bulk
from .resolution import InsertResult, insert_ignore
from .rollups import fold
from .schema import accounts, imported_files, jobs
from .writes import WriterState


def start_job(
    conn: Connection,
    state: WriterState,
    kind: str,
    account: str | None,
    detail: dict[str, Any] | None = None,
) -> int:
    """Record that a job started; returns its id."""
    account_id = None if account is None else state.account_id(conn, account)
    return int(
        conn.execute(
            jobs.insert()
            .values(
                kind=kind,
                account_id=account_id,
                started_at=now_ms(),
                status="running",
                counts="{}",
                detail=None if detail is None else orjson.dumps(detail).decode(),
            )
            .returning(jobs.c.id)
        ).scalar_one()
    )


SETTLING = "settling"
"""An import that stored every file and is counting them (bulk mode's end)."""
UNFINISHED = frozenset({"running", SETTLING})


def update_job(
    conn: Connection,
    job_id: int,
    counts: dict[str, Any],
    *,
    status: str | None = None,
    error: str | None = None,
    ends_bulk: bool = True,
) -> None:
    """Store a job's counts; with a status other than running, it ended.

    A job that ends folds the plays it added into the all-time totals (see
    `store.rollups`): an import adds them in bulk, once. `ends_bulk` False:
    a job other than the import in bulk mode (a collector's run, an export)
    leaves bulk mode and the folding to the import's own end.
    """
    values: dict[str, Any] = {"counts": orjson.dumps(counts).decode()}
    ends = status is not None and status not in UNFINISHED
    if status is not None:
        values["status"] = status
        if ends:
            values["finished_at"] = now_ms()
    if error is not None:
        values["error"] = error
    conn.execute(update(jobs).where(jobs.c.id == job_id).values(values))
    if ends and (ends_bulk or bulk.pending(conn) is None):
        # An import in bulk mode ends here (`store.bulk`).
        bulk.settle(conn, conn.dialect.name)
        fold(conn, conn.dialect.name)


def mark_interrupted(conn: Connection) -> int:
    """Jobs still running when Home Assistant last stopped were cut short.

    Runs as the history opens, so it also settles an import that was in
    bulk mode (`store.bulk`) and folds what they left unfolded. An import
    that had stored every file and was settling (`SETTLING`) is complete:
    settling it here is all it still owed.
    """
    for job_id, counts in conn.execute(
        select(jobs.c.id, jobs.c.counts).where(jobs.c.status == SETTLING)
    ).tuples():
        failed = (orjson.loads(counts or "{}") or {}).get("files_failed", 0)
        conn.execute(
            update(jobs)
            .where(jobs.c.id == job_id)
            .values(
                status="completed_with_errors" if failed else "completed",
                finished_at=now_ms(),
            )
        )
    interrupted = conn.execute(
        update(jobs)
        .where(jobs.c.status == "running")
        .values(status="interrupted", finished_at=now_ms())
    ).rowcount
    bulk.settle(conn, conn.dialect.name)
    fold(conn, conn.dialect.name)
    return interrupted


def imported_fingerprints(conn: Connection, account: str) -> set[str]:
    """Fingerprints of the export files already imported for an account."""
    return set(
        conn.execute(
            select(imported_files.c.fingerprint)
            .join(accounts, accounts.c.id == imported_files.c.account_id)
            .where(accounts.c.key == account)
        ).scalars()
    )


def import_file(
    conn: Connection,
    state: WriterState,
    *,
    job_id: int,
    account: str,
    name: str,
    fingerprint: str,
    rows: int,
    columns: PlayColumns,
    batch: int = 20_000,
) -> InsertResult:
    """Store one export file's records and remember the file, atomically."""
    total = InsertResult()
    for start in range(0, columns.size, batch):
        _add(total, state.insert_columns(conn, columns.part(start, start + batch)))
    conn.execute(
        insert_ignore(state.dialect, imported_files).values(
            account_id=state.account_id(conn, account),
            fingerprint=fingerprint,
            name=name,
            rows=rows,
            job_id=job_id,
            imported_at=now_ms(),
        )
    )
    return total


def _add(total: InsertResult, part: InsertResult) -> None:
    total.inserted += part.inserted
    total.duplicates += part.duplicates
    total.merged += part.merged
    total.replaced += part.replaced
