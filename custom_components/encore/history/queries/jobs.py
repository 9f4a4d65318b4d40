"""The job list: what collectors, imports, exports and purges did, newest first."""

from typing import Any

import orjson
from sqlalchemy import Connection, select

from ..epoch import iso_seconds
from ..models import JobKind
from ..store.schema import accounts, jobs

RECENT_JOBS = 20
RECENT_IMPORTS = 10


def recent_jobs(
    conn: Connection, account_keys: list[str] | None
) -> dict[str, list[dict[str, Any]]]:
    """Return the latest jobs and the latest imports (of the given accounts)."""
    query = (
        select(
            jobs.c.id,
            jobs.c.kind,
            accounts.c.key.label("account"),
            jobs.c.status,
            jobs.c.started_at,
            jobs.c.finished_at,
            jobs.c.counts,
            jobs.c.detail,
            jobs.c.error,
        )
        .select_from(jobs.outerjoin(accounts, accounts.c.id == jobs.c.account_id))
        .order_by(jobs.c.id.desc())
    )
    if account_keys is not None:
        query = query.where(accounts.c.key.in_(account_keys))
    return {
        "recent_jobs": [
            _job_row(row) for row in conn.execute(query.limit(RECENT_JOBS))
        ],
        "recent_imports": [
            _job_row(row)
            for row in conn.execute(
                query.where(jobs.c.kind == JobKind.IMPORT).limit(RECENT_IMPORTS)
            )
        ],
    }


def _job_row(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "account": row.account,
        "status": row.status,
        "started_at": iso_seconds(row.started_at),
        "finished_at": iso_seconds(row.finished_at),
        "counts": orjson.loads(row.counts) if row.counts else {},
        "detail": orjson.loads(row.detail) if row.detail else None,
        "error": row.error,
    }
