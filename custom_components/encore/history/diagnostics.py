"""What the history tells in diagnostics: its shape and recent jobs, no plays."""

from typing import Any

import orjson
from sqlalchemy import Connection, func, select

from .manager import HistoryManager
from .models import Source
from .store.migrations import schema_version
from .store.schema import accounts, jobs, plays

RECENT_JOBS = 20


def _summary(conn: Connection) -> dict[str, Any]:
    by_source = {
        Source(source).name.lower(): count
        for source, count in conn.execute(
            select(plays.c.source, func.count()).group_by(plays.c.source)
        ).tuples()
    }
    recent = [
        {
            "kind": row.kind,
            "status": row.status,
            "started_at": row.started_at,
            "finished_at": row.finished_at,
            "counts": orjson.loads(row.counts),
            "error": row.error,
        }
        for row in conn.execute(
            select(jobs).order_by(jobs.c.id.desc()).limit(RECENT_JOBS)
        )
    ]
    return {
        "schema_version": schema_version(conn),
        "accounts": conn.execute(
            select(func.count()).select_from(accounts)
        ).scalar_one(),
        "plays_by_source": by_source,
        "recent_jobs": recent,
    }


async def async_history_diagnostics(manager: HistoryManager) -> dict[str, Any]:
    """Return the database's backend, reads, size by source and recent jobs."""
    if not manager.is_open:
        return {"open": False}
    reads = manager.reads
    return {
        "open": True,
        # The URL may hold a host and a password: only the kind of database.
        "backend": manager.store.dialect,
        # Whether answers wait: reads at once, in line, run and shared so far.
        "reads": {
            "limit": reads.limit,
            "running": reads.running,
            "waiting": reads.waiting,
            "started": reads.started,
            "shared": reads.shared,
        },
        **await manager.async_read(_summary),
    }
