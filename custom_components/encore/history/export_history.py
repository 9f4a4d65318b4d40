"""Write the history out as CSV or JSON lines: the data is the user's to take."""

from collections.abc import Iterator
import csv
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Select, select

from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from ..const import DOMAIN
from .manager import HistoryManager
from .models import JobKind, PlayKind, Source
from .store.schema import accounts, artists, devices, items, plays


class ExportFormat(StrEnum):
    """File formats of `encore.export_history`."""

    CSV = "csv"
    JSONL = "jsonl"


COLUMNS = (
    "account",
    "source",
    "started_at",
    "ended_at",
    "ms_played",
    "kind",
    "title",
    "artist",
    "album",
    "uri",
    "context_uri",
    "device",
    "source_kind",
    "reason_start",
    "reason_end",
    "shuffle",
    "skipped",
    "offline",
    "incognito",
)

_FETCH = 5000


def export_query(
    account: str | None, start_ms: int | None, end_ms: int | None
) -> Select[Any]:
    """Plays with their names, oldest first."""
    query = (
        select(
            accounts.c.key,
            plays.c.source,
            plays.c.started_at,
            plays.c.ended_at,
            plays.c.ms_played,
            plays.c.kind,
            items.c.title,
            artists.c.name,
            items.c.album,
            items.c.uri,
            plays.c.context_uri,
            devices.c.name,
            plays.c.source_kind,
            plays.c.reason_start,
            plays.c.reason_end,
            plays.c.shuffle,
            plays.c.skipped,
            plays.c.offline,
            plays.c.incognito,
        )
        .join(accounts, accounts.c.id == plays.c.account_id)
        .join(items, items.c.id == plays.c.item_id)
        .outerjoin(artists, artists.c.id == plays.c.artist_id)
        .outerjoin(devices, devices.c.id == plays.c.device_id)
        .order_by(plays.c.ended_at, plays.c.id)
    )
    if account is not None:
        query = query.where(accounts.c.key == account)
    if start_ms is not None:
        query = query.where(plays.c.ended_at >= start_ms)
    if end_ms is not None:
        query = query.where(plays.c.ended_at < end_ms)
    return query


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


def _rows(
    conn: Connection, account: str | None, start_ms: int | None, end_ms: int | None
) -> Iterator[dict[str, Any]]:
    result = conn.execution_options(yield_per=_FETCH).execute(
        export_query(account, start_ms, end_ms)
    )
    for row in result:
        values = dict(zip(COLUMNS, row, strict=True))
        values["source"] = Source(values["source"]).name.lower()
        values["kind"] = PlayKind(values["kind"]).name.lower()
        values["started_at"] = _iso(values["started_at"])
        values["ended_at"] = _iso(values["ended_at"])
        yield values


def export_suffix(file_format: ExportFormat) -> str:
    """Return the ending (".csv", ".jsonl") the path of a `file_format` export must have."""
    return f".{file_format.value}"


def write_export(
    conn: Connection,
    path: Path,
    file_format: ExportFormat,
    *,
    account: str | None = None,
    start_ms: int | None = None,
    end_ms: int | None = None,
    overwrite: bool = False,
) -> int:
    """Write plays to `path` and return how many; blocking (executor only).

    The file appears complete or not at all: it is written beside the target
    and renamed into place. Without `overwrite`, a file already at `path`
    (even one created while the export ran) raises FileExistsError and stays.
    """
    partial = path.with_name(f".{path.name}.partial")
    count = 0
    try:
        if file_format is ExportFormat.CSV:
            with partial.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=COLUMNS)
                writer.writeheader()
                for values in _rows(conn, account, start_ms, end_ms):
                    writer.writerow(values)
                    count += 1
        else:
            with partial.open("wb") as handle:
                for values in _rows(conn, account, start_ms, end_ms):
                    handle.write(orjson.dumps(values) + b"\n")
                    count += 1
        if overwrite:
            partial.replace(path)
        else:
            # Linking fails if the target exists, where a rename would
            # silently replace it.
            path.hardlink_to(partial)
            partial.unlink()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


async def async_export(
    manager: HistoryManager,
    path: Path,
    file_format: ExportFormat,
    *,
    account: str | None,
    start_ms: int | None,
    end_ms: int | None,
    overwrite: bool,
) -> int:
    """Write the export as a job of the history; return how many plays.

    The caller has checked the path (allowed, the right suffix, not public).
    A file that appeared meanwhile, or one the disk refuses, fails the job
    and raises a translated error.
    """
    job_id = await manager.async_start_job(JobKind.EXPORT, account, {"path": path.name})
    try:
        rows = await manager.async_read(
            lambda conn: write_export(
                conn,
                path,
                file_format,
                account=account,
                start_ms=start_ms,
                end_ms=end_ms,
                overwrite=overwrite,
            )
        )
    except FileExistsError as err:
        # Created by someone else between the caller's check and the rename.
        await manager.async_update_job(job_id, {}, status="failed", error=str(err))
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="export_exists",
            translation_placeholders={"path": str(path)},
        ) from err
    except OSError as err:
        await manager.async_update_job(job_id, {}, status="failed", error=str(err))
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="export_write_failed",
            translation_placeholders={"path": str(path), "error": err.strerror or ""},
        ) from err
    await manager.async_update_job(job_id, {"rows": rows}, status="completed")
    return rows
