"""Import a Last.fm or ListenBrainz history: through their APIs, or ListenBrainz's export.

Pages come from the services one call at a time (`scrobbling.pace`: a second
apart by default, waiting out rate limits and outages on the event loop);
`BATCH` scrobbles at a time go to the writer thread, which matches them with
the plays held (`store.scrobbles`) and stores the rest, in the transaction
that also writes the job's counts and its cursor: the oldest stamp stored so
far. An import cut short (even by kill -9) resumes from that cursor when run
again; a complete one's next run reads only what came since it began. Every
scrobble seen again is a play held, never a second one.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
import time
from typing import Any, Final

import orjson
from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ...const import DOMAIN, LOGGER
from ...scrobbling.export import (
    NotListenBrainzExportError,
    ParsedListens,
    listens_files,
    read_listens,
)
from ...scrobbling.lastfm import PAGE_LIMIT, LastfmClient, LastfmError
from ...scrobbling.listenbrainz import PAGE_COUNT, ListenBrainzClient, ListenBrainzError
from ...scrobbling.models import Scrobble
from ..manager import HistoryManager
from ..models import JobKind, Source
from ..store.jobs import imported_fingerprints, update_job
from ..store.scrobbles import (
    ScrobbleResult,
    ScrobbleRow,
    SongIndex,
    last_runs,
    remember_file,
    store_scrobbles,
)
from ..store.writes import WriterState
from .importer import ImportInProgressError, ImportProgress

BATCH: Final = 5_000
"""Scrobbles a write matches and stores (25 Last.fm pages, 5 ListenBrainz ones)."""
SEEN_AGAIN_S: Final = 1
"""A page's cursor reaches one second past its oldest stamp: scrobbles of that
same second on the next page are read again (held) rather than lost."""
RESUMABLE: Final = frozenset({"interrupted", "failed", "running"})

type ScrobbleProgressCallback = Callable[[ImportProgress], None]


@dataclass(slots=True)
class ScrobbleReport:
    """How a scrobble import went: the Spotify export report's keys, and its own."""

    job_id: int
    account: str
    source: str
    status: str = "running"
    result: ScrobbleResult = field(default_factory=ScrobbleResult)
    rows: int = 0
    unreadable: int = 0
    now_playing: int = 0
    calls: int = 0
    files: int = 0
    files_imported: int = 0
    files_already_imported: int = 0
    cursor: int | None = None
    since: int | None = None
    until: int | None = None
    error: str | None = None

    def counts(self) -> dict[str, Any]:
        """Totals for the job row, the response and the Import view."""
        skipped = dict(self.result.skipped)
        if self.unreadable:
            skipped["unreadable"] = self.unreadable
        return {
            "files": self.files,
            "files_imported": self.files_imported,
            "files_already_imported": self.files_already_imported,
            "files_failed": 0,
            "rows": self.rows,
            "imported": self.result.new,
            "duplicates": self.result.held,
            "already_held": self.result.held,
            "joined": self.result.joined,
            "new_songs": self.result.new_songs,
            "replaced": 0,
            "skipped": skipped,
            "truncated": self.result.truncated,
            "now_playing_dropped": self.now_playing,
            "calls": self.calls,
            "cursor": self.cursor,
            "since": self.since,
            "until": self.until,
        }

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain data (service responses, the Import view)."""
        return {
            "job_id": self.job_id,
            "account": self.account,
            "source": self.source,
            "status": self.status,
            "error": self.error,
            **self.counts(),
            "failed_files": [],
        }


def _rows_of(scrobbles: list[Scrobble]) -> list[ScrobbleRow]:
    return [
        ScrobbleRow(
            s.listened_at * 1000,
            s.artist,
            s.title,
            s.album,
            s.duration_ms,
            s.spotify_uri,
        )
        for s in scrobbles
    ]


class _Run:
    """One import's job, its writes and its progress."""

    def __init__(
        self,
        manager: HistoryManager,
        report: ScrobbleReport,
        source: Source,
        on_progress: ScrobbleProgressCallback | None,
    ) -> None:
        self.manager = manager
        self.report = report
        self.source = source
        self.on_progress = on_progress
        self.index = SongIndex()
        self.progress = ImportProgress(name=report.source, total_bytes=0)

    async def async_store(
        self,
        rows: list[ScrobbleRow],
        *,
        cursor: int | None = None,
        file: ParsedListens | None = None,
    ) -> None:
        """Store scrobbles with the job's counts (and cursor, or file) in one transaction."""
        report = self.report
        index = self.index
        job_id = report.job_id
        account = report.account
        source = self.source

        def write(conn: Connection, state: WriterState) -> ScrobbleResult:
            result = store_scrobbles(
                conn, state, index, account=account, source=source, rows=rows
            )
            # The counts as they stand once this batch is in (the report
            # itself moves on only once it is committed).
            merged = ScrobbleResult()
            merged.add(report.result)
            merged.add(result)
            counts = replace(
                report, result=merged, rows=report.rows + len(rows)
            ).counts()
            if cursor is not None:
                counts["cursor"] = cursor
            if file is not None:
                remember_file(
                    conn,
                    state,
                    job_id=job_id,
                    account=account,
                    name=file.name,
                    fingerprint=file.fingerprint,
                    rows=len(file.scrobbles) + file.unreadable,
                )
                counts["files_imported"] += 1
            update_job(conn, job_id, counts)
            return result

        result = await self.manager.async_write(write)
        report.result.add(result)
        report.rows += len(rows)
        if cursor is not None:
            report.cursor = cursor
        if file is not None:
            report.files_imported += 1

    def advance(self, done: int) -> None:
        """Say how far the import is (`done` of `progress.total_bytes`)."""
        self.progress.done_bytes = min(done, self.progress.total_bytes)
        self.progress.rows = self.report.rows
        if self.on_progress is not None:
            self.on_progress(self.progress)


async def _async_job(
    manager: HistoryManager,
    account: str,
    origin: str,
    source: Source,
    body: Callable[[_Run], Awaitable[None]],
    *,
    on_progress: ScrobbleProgressCallback | None,
) -> ScrobbleReport:
    """Run `body` as an import job of `account`, one import per account at a time."""
    lock = manager.import_lock(account)
    if lock.locked():
        raise ImportInProgressError(
            translation_domain=DOMAIN,
            translation_key="import_in_progress",
            translation_placeholders={"account": account},
        )
    async with lock:
        job_id = await manager.async_start_job(
            JobKind.IMPORT, account, {"source": origin}
        )
        report = ScrobbleReport(job_id=job_id, account=account, source=origin)
        run = _Run(manager, report, source, on_progress)
        try:
            await body(run)
        except (LastfmError, ListenBrainzError) as err:
            report.status = "failed"
            report.error = str(err)
            await manager.async_update_job(
                job_id, report.counts(), status="failed", error=report.error
            )
            raise _service_error(err) from err
        except BaseException as err:
            report.status = "failed"
            report.error = type(err).__name__
            await manager.async_update_job(
                job_id, report.counts(), status="failed", error=report.error
            )
            raise
        report.status = "completed"
        await manager.async_update_job(job_id, report.counts(), status="completed")
        LOGGER.info(
            "Imported %s for %s: %s new plays, %s already held",
            origin,
            account,
            report.result.new,
            report.result.held,
        )
        return report


def _service_error(err: LastfmError | ListenBrainzError) -> HomeAssistantError:
    """Return the user's words for a service's refusal (no key or token in them)."""
    if isinstance(err, LastfmError):
        key = "lastfm_auth_failed" if err.is_auth else "lastfm_failed"
        if err.code == 6:
            key = "lastfm_user_not_found"
        detail = f"{err.code}: {err.message}"
    else:
        key = "listenbrainz_auth_failed" if err.is_auth else "listenbrainz_failed"
        if err.status == 404:
            key = "listenbrainz_user_not_found"
        detail = f"{err.status}: {err.message}"
    return HomeAssistantError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders={"error": detail},
    )


async def _async_window(
    manager: HistoryManager, account: str, origin: str, now: int
) -> tuple[int | None, int, int]:
    """Return (since, until, cursor) of the run to make: resumed, after the last, or all."""
    runs = await manager.async_read(lambda conn: last_runs(conn, account, origin))
    since: int | None = None
    for status, counts_json in runs:
        counts = orjson.loads(counts_json)
        if status in RESUMABLE and counts.get("until") and counts.get("cursor"):
            return counts.get("since"), int(counts["until"]), int(counts["cursor"])
        if status == "completed" and counts.get("until"):
            since = int(counts["until"])
            break
    return since, now, now


async def _async_open(
    run: _Run, manager: HistoryManager, account: str, origin: str
) -> tuple[int | None, int, int]:
    """Open an API import's window (resumed, or since the last run), in its report."""
    since, until, cursor = await _async_window(
        manager, account, origin, int(time.time()) + 1
    )
    run.report.since, run.report.until, run.report.cursor = since, until, cursor
    return since, until, cursor


def _next_cursor(oldest: int, cursor: int) -> int:
    """Page onwards from one second past the oldest stamp read.

    Unless a page held nothing older (a second of a whole page of
    scrobbles): then past it, so paging never stands still.
    """
    return oldest + SEEN_AGAIN_S if oldest + SEEN_AGAIN_S < cursor else oldest


async def async_import_lastfm(
    manager: HistoryManager,
    account: str,
    client: LastfmClient,
    user: str,
    *,
    on_progress: ScrobbleProgressCallback | None = None,
) -> ScrobbleReport:
    """Import `user`'s Last.fm scrobbles for `account` (resumed, or since the last run)."""
    origin = f"lastfm:{user.casefold()}"

    async def body(run: _Run) -> None:
        report = run.report
        since, _until, cursor = await _async_open(run, manager, account, origin)
        pending: list[Scrobble] = []
        first = True
        while True:
            page = await client.recent_tracks(user, since=since, until=cursor)
            report.calls = client.pacer.calls
            report.now_playing += page.now_playing
            report.unreadable += page.unreadable
            if first:
                run.progress.total_bytes = page.total
                first = False
            pending += page.scrobbles
            oldest = min((s.listened_at for s in page.scrobbles), default=None)
            done = (
                oldest is None
                or page.total_pages <= 1
                or len(page.scrobbles) + page.unreadable < PAGE_LIMIT
            )
            if oldest is not None:
                cursor = _next_cursor(oldest, cursor)
            if pending and (len(pending) >= BATCH or done):
                await run.async_store(_rows_of(pending), cursor=cursor)
                run.advance(report.rows)
                pending = []
            if done:
                break

    return await _async_job(
        manager, account, origin, Source.LASTFM, body, on_progress=on_progress
    )


async def async_import_listenbrainz(
    manager: HistoryManager,
    account: str,
    client: ListenBrainzClient,
    user: str,
    *,
    on_progress: ScrobbleProgressCallback | None = None,
) -> ScrobbleReport:
    """Import `user`'s ListenBrainz listens for `account` through the API."""
    origin = f"listenbrainz:{user.casefold()}"

    async def body(run: _Run) -> None:
        report = run.report
        since, until, cursor = await _async_open(run, manager, account, origin)
        pending: list[Scrobble] = []
        while True:
            page = await client.listens(user, max_ts=cursor)
            report.calls = client.pacer.calls
            report.unreadable += page.unreadable
            floor = max(since or 0, page.first_ever or 0)
            run.progress.total_bytes = max(1, until - floor)
            fresh = [
                s for s in page.scrobbles if since is None or s.listened_at >= since
            ]
            pending += fresh
            oldest = page.oldest
            done = (
                oldest is None
                or (since is not None and oldest < since)
                or len(page.scrobbles) + page.unreadable < PAGE_COUNT
            )
            if oldest is not None:
                cursor = _next_cursor(oldest, cursor)
            if pending and (len(pending) >= BATCH or done):
                await run.async_store(_rows_of(pending), cursor=cursor)
                run.advance(until - cursor)
                pending = []
            if done:
                break

    return await _async_job(
        manager, account, origin, Source.LISTENBRAINZ, body, on_progress=on_progress
    )


def _unreadable(path: Path) -> HomeAssistantError:
    """Return the user's words for an export Encore cannot read."""
    return HomeAssistantError(
        translation_domain=DOMAIN,
        translation_key="listenbrainz_export_unreadable",
        translation_placeholders={"file": path.name},
    )


async def async_import_listenbrainz_export(
    hass: HomeAssistant,
    manager: HistoryManager,
    account: str,
    path: Path,
    *,
    on_progress: ScrobbleProgressCallback | None = None,
) -> ScrobbleReport:
    """Import a ListenBrainz export ZIP, month by month (a month stored whole or not)."""
    origin = f"listenbrainz_export:{path.name}"

    async def body(run: _Run) -> None:
        report = run.report
        try:
            files = await hass.async_add_executor_job(listens_files, path)
        except NotListenBrainzExportError as err:
            raise _unreadable(path) from err
        done = await manager.async_read(
            lambda conn: imported_fingerprints(conn, account)
        )
        report.files = len(files)
        run.progress.total_bytes = sum(file.size for file in files)
        progressed = 0
        for file in files:
            try:
                parsed = await hass.async_add_executor_job(
                    read_listens, path, file, done
                )
            except (NotListenBrainzExportError, OSError) as err:
                raise _unreadable(path) from err
            progressed += file.size
            if isinstance(parsed, str):
                report.files_already_imported += 1
            else:
                report.unreadable += parsed.unreadable
                await run.async_store(_rows_of(parsed.scrobbles), file=parsed)
            run.advance(progressed)

    return await _async_job(
        manager, account, origin, Source.LISTENBRAINZ, body, on_progress=on_progress
    )
