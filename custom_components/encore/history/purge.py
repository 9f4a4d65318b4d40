"""Deleting plays on purpose: a purge the user asks for, and daily retention.

Both are one writer transaction that records itself as a job, so the job list
tells who deleted what. A purge forgets which export files were imported (so
importing one again brings its plays back); retention keeps that note, or the
next import of the same export would bring back what retention removed.
"""

from sqlalchemy import Connection

from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.dispatcher import async_dispatcher_send

from ..const import LOGGER
from .epoch import now_ms
from .manager import SIGNAL_HISTORY_CHANGED, HistoryChange, HistoryManager
from .models import JobKind
from .store.deletes import count_plays, delete_plays
from .store.jobs import start_job, update_job
from .store.writes import WriterState

DAY_MS = 86_400_000


async def async_purge(
    manager: HistoryManager, account: str | None, before_ms: int | None
) -> int:
    """Delete an account's plays (or everyone's) that ended before a moment.

    Returns how many; listeners hear of it, so sensors count again. Raises
    the manager's translated errors when the database cannot be written.
    """
    deleted = await _async_delete(manager, JobKind.PURGE, account, before_ms)
    if deleted:
        async_dispatcher_send(
            manager.hass, SIGNAL_HISTORY_CHANGED, HistoryChange(account, deleted=True)
        )
    return deleted


async def async_count_purge(
    manager: HistoryManager, account: str | None, before_ms: int | None
) -> int:
    """Count what `async_purge` would delete with the same arguments.

    What a confirmation names before anything goes: a read, nothing changes.
    """
    return await manager.async_read(lambda conn: count_plays(conn, account, before_ms))


async def async_apply_retention(manager: HistoryManager, days: int) -> int:
    """Delete plays older than `days`; a failure is logged, not raised."""
    if days <= 0 or not manager.is_open:
        return 0
    try:
        deleted = await _async_delete(
            manager,
            JobKind.RETENTION,
            None,
            now_ms() - days * DAY_MS,
            detail={"days": days},
        )
    except HomeAssistantError as err:
        LOGGER.warning("Could not apply the history retention: %s", err)
        return 0
    if deleted:
        LOGGER.info(
            "History retention removed %s plays older than %s days", deleted, days
        )
    return deleted


async def _async_delete(
    manager: HistoryManager,
    kind: JobKind,
    account: str | None,
    before_ms: int | None,
    *,
    detail: dict[str, int] | None = None,
) -> int:
    def delete(conn: Connection, state: WriterState) -> int:
        job_id = start_job(conn, state, kind, account, detail)
        deleted = delete_plays(
            conn, state, account, before_ms, forget_files=kind is JobKind.PURGE
        )
        update_job(conn, job_id, {"deleted": deleted}, status="completed")
        return deleted

    return await manager.async_write(delete)
