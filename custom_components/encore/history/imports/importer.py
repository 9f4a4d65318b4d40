"""Import a Spotify data export into the history, file by file.

Reading and parsing run in the executor and writing on the history's writer
thread, one after the other (see `_async_run`). A file's plays are committed
in the transaction of its note as imported (several files to a transaction,
`COMMIT_ROWS`): a file is either wholly in the history or not at all, so an
import cut short (even by kill -9) is resumed by running it again, which
skips the files it already has and adds nothing twice.
"""

import asyncio
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
import time
from typing import Any

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.translation import async_get_exception_message

from ...const import DOMAIN, LOGGER
from ..manager import HistoryManager
from ..models import JobKind, PlayColumns
from ..store.jobs import SETTLING, import_file, imported_fingerprints
from ..store.resolution import InsertResult
from ..store.turns import give_way
from ..store.writes import WriterState
from .spotify_export.reader import (
    DEFAULT_LIMITS,
    ExportBudget,
    ExportError,
    ExportFile,
    ExportFileError,
    ExportFileFormat,
    ExportLimits,
    ExportTooManyRecordsError,
    ParsedFile,
    discover,
    parse_bytes,
)

JOB_KIND = JobKind.IMPORT
BATCH_ROWS = 20_000
"""Small files are stored together up to this many rows (a large one alone)."""
BATCH_FILES = 500
COMMIT_ROWS = 160_000
"""Rows of stored files committed together, with the job's counts.

Each batch is stored, and its rows freed, as it comes; the transaction stays
open for the next (`holds_commit`), so memory holds no more than before.
Committed file by file, the writing of a million-row export spent 2.8 s in
its commits; 64,000 rows at a time 1.7 s, 128,000 rows 1.3 s. A crash loses
the files of the open transaction whole, with their notes: running the
import again stores them."""
JOB_UPDATE_EVERY = 1.0
"""Seconds between job updates while files need no writing (imported before)."""
_ACCOUNT_DATA = frozenset(
    {
        ExportFileFormat.ACCOUNT_MUSIC,
        ExportFileFormat.ACCOUNT_PODCAST,
        ExportFileFormat.ACCOUNT_AUDIOBOOK,
        ExportFileFormat.ACCOUNT_LEGACY,
    }
)


@dataclass(slots=True)
class FileReport:
    """What happened to one file of the export."""

    name: str
    status: str
    """imported, already_imported, or failed."""
    rows: int = 0
    imported: int = 0
    """Plays the history holds now and did not before the file."""
    duplicates: int = 0
    replaced: int = 0
    """Account Data plays whose rows the file's Extended rows took the place
    of: stored, but no play more than before."""
    skipped: dict[str, int] = field(default_factory=dict)
    truncated: int = 0
    """Records stored with a name cut to its cap (`models.TEXT_CAPS`)."""
    error: str | None = None
    error_key: str | None = None
    """The error's translation key: the page says it in its user's language."""
    error_placeholders: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ImportProgress:
    """How far an import is; `percent` counts bytes of history files."""

    name: str
    total_bytes: int
    done_bytes: int = 0
    rows: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def percent(self) -> int:
        """Whole percent done."""
        if self.total_bytes <= 0:
            return 100
        return min(100, self.done_bytes * 100 // self.total_bytes)

    @property
    def eta_seconds(self) -> int | None:
        """Seconds left at the rate so far, or None before there is a rate."""
        elapsed = time.monotonic() - self.started
        if self.done_bytes <= 0 or elapsed <= 0:
            return None
        rate = self.done_bytes / elapsed
        return round((self.total_bytes - self.done_bytes) / rate)


_SUMMED = ("rows", "imported", "duplicates", "replaced", "truncated")
"""FileReport fields the report sums over its files."""


def _tally(totals: Counter[str], skipped: Counter[str], report: FileReport) -> None:
    """Add one file's report to running totals."""
    totals[f"files_{report.status}"] += 1
    for key in _SUMMED:
        totals[key] += getattr(report, key)
    skipped.update(report.skipped)


def _as_counts(
    files: int, totals: Counter[str], skipped: Counter[str]
) -> dict[str, Any]:
    """Return totals as the job row and the service response hold them."""
    return {
        "files": files,
        "files_imported": totals["files_imported"],
        "files_already_imported": totals["files_already_imported"],
        "files_failed": totals["files_failed"],
        "rows": totals["rows"],
        "imported": totals["imported"],
        "duplicates": totals["duplicates"],
        "replaced": totals["replaced"],
        "skipped": dict(skipped),
        "truncated": totals["truncated"],
    }


@dataclass(slots=True)
class ImportReport:
    """The final report of an import, also kept as the job's counts."""

    job_id: int
    account: str
    source: str
    status: str = "running"
    files: list[FileReport] = field(default_factory=list)
    error: str | None = None

    _totals: Counter[str] = field(default_factory=Counter, repr=False)
    _skipped: Counter[str] = field(default_factory=Counter, repr=False)
    _counted: int = field(default=0, repr=False)

    def counts(self) -> dict[str, Any]:
        """Totals over the files, for the job row and the service response.

        Asked on the event loop after every file: the files reported since the
        last call are added to running totals (a report is final once it is
        in `files`), so an archive of thousands of files costs no more per file.
        """
        for report in self.files[self._counted :]:
            _tally(self._totals, self._skipped, report)
        self._counted = len(self.files)
        return _as_counts(len(self.files), self._totals, self._skipped)

    def counts_with(self, files: list[FileReport]) -> dict[str, Any]:
        """Return `counts` as if `files` were reported too (they are not yet)."""
        self.counts()
        totals, skipped = self._totals.copy(), self._skipped.copy()
        for report in files:
            _tally(totals, skipped, report)
        return _as_counts(len(self.files) + len(files), totals, skipped)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain data (service responses, notifications)."""
        return {
            "job_id": self.job_id,
            "account": self.account,
            "source": self.source,
            "status": self.status,
            "error": self.error,
            **self.counts(),
            "failed_files": [
                {
                    "name": r.name,
                    "error": r.error,
                    "translation_key": r.error_key,
                    "translation_placeholders": r.error_placeholders,
                }
                for r in self.files
                if r.status == "failed"
            ],
        }


@dataclass(slots=True)
class _Uncommitted:
    """Files stored in the writer's open transaction (`COMMIT_ROWS`), unreported."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def rows(self) -> int:
        """Rows of the files held."""
        return sum(report.rows for report in self.files)

    async def async_commit(
        self,
        manager: HistoryManager,
        report: ImportReport,
        *,
        status: str | None = None,
        error: str | None = None,
    ) -> None:
        """Commit them with the job's counts (and an end), then report them.

        The report says no more than was stored: a failed commit rolled the
        files back with it, and they are not reported.
        """
        try:
            await manager.async_update_job(
                report.job_id,
                report.counts_with(self.files),
                status=status,
                error=error,
                # A failed import ends its bulk mode too: what it stored is counted.
                ends_bulk=True,
            )
        except HomeAssistantError:
            self.files.clear()
            raise
        report.files.extend(self.files)
        self.files.clear()


class ImportInProgressError(ServiceValidationError):
    """Another import for the same account is running.

    The user's to wait for, not the administrator's to fix: a refusal (HTTP
    400, debug log), not an error (HTTP 500, an ERROR line each).
    """


type ProgressCallback = Callable[[ImportProgress], None]


def _error_text(err: ExportError) -> str:
    """Return the error in the user's words (English before translations load)."""
    return async_get_exception_message(
        DOMAIN, err.translation_key, err.translation_placeholders
    )


async def async_import_export(
    hass: HomeAssistant,
    manager: HistoryManager,
    account: str,
    path: Path,
    *,
    limits: ExportLimits = DEFAULT_LIMITS,
    on_progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import the export at `path` (ZIP, JSON file or folder) for `account`.

    Raises HomeAssistantError (translated) when the export as a whole cannot
    be read; a single unreadable file is reported and the others imported.
    Whatever was stored before an error stays stored.
    """
    lock = manager.import_lock(account)
    if lock.locked():
        raise ImportInProgressError(
            translation_domain=DOMAIN,
            translation_key="import_in_progress",
            translation_placeholders={"account": account},
        )
    async with lock:
        job_id = await manager.async_start_job(JOB_KIND, account, {"source": path.name})
        report = ImportReport(job_id=job_id, account=account, source=path.name)
        uncommitted = _Uncommitted()
        try:
            await _async_run(
                hass,
                manager,
                report,
                uncommitted,
                path=path,
                limits=limits,
                on_progress=on_progress,
            )
        except ExportError as err:
            report.status = "failed"
            report.error = _error_text(err)
            await uncommitted.async_commit(
                manager, report, status="failed", error=report.error
            )
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key=err.translation_key,
                translation_placeholders=err.translation_placeholders,
            ) from err
        except BaseException as err:
            report.status = "failed"
            report.error = type(err).__name__
            await asyncio.shield(
                uncommitted.async_commit(
                    manager, report, status="failed", error=str(err)
                )
            )
            raise
        failed = report.counts()["files_failed"] > 0
        # Every file is stored: a cut while bulk mode settles (the next write)
        # then leaves a complete job, which the next start settles.
        await manager.async_update_job(job_id, report.counts(), status=SETTLING)
        report.status = "completed_with_errors" if failed else "completed"
        await manager.async_update_job(
            job_id, report.counts(), status=report.status, ends_bulk=True
        )
        counts = report.counts()
        LOGGER.info(
            "Imported %s for %s: %s new plays, %s duplicates, %s files skipped as "
            "already imported, %s failed",
            path.name,
            account,
            counts["imported"],
            counts["duplicates"],
            counts["files_already_imported"],
            counts["files_failed"],
        )
        return report


async def _async_run(
    hass: HomeAssistant,
    manager: HistoryManager,
    report: ImportReport,
    uncommitted: _Uncommitted,
    *,
    path: Path,
    limits: ExportLimits,
    on_progress: ProgressCallback | None,
) -> None:
    account = report.account
    files, done = await _async_files(hass, manager, account, path, limits)
    progress = ImportProgress(
        name=path.name, total_bytes=sum(file.size for file in files)
    )
    budget = ExportBudget()

    def read(file: ExportFile) -> bytes | None:
        """Read a file (None if it was imported before)."""
        return file.read_unless(done)

    def parse(file: ExportFile, data: bytes) -> ParsedFile:
        return parse_bytes(
            file.name, file.format, data, file.fingerprint, account, limits, budget
        )

    # A file to import is read, parsed and stored with nothing beside it:
    # reading the next file while the writer works looked free (unzip and
    # sha256 let other threads run), but three threads then took turns at the
    # interpreter lock, Home Assistant's event loop waited longest, and the
    # import was slower too (scripts/bench import). Files imported before only
    # need reading: while they come, the next two are read at once.
    ahead: deque[asyncio.Future[bytes | None]] = deque()
    batch = _Batch(manager, report, uncommitted, progress, on_progress)
    try:
        for index, file in enumerate(files):
            loaded = await _async_load(
                hass, files, index, ahead=ahead, read=read, parse=parse
            )
            if isinstance(loaded, ParsedFile):
                batch.add(file, loaded)
                del loaded  # the writer is to be the last to hold its rows
                if batch.full:
                    await batch.async_store()
                continue
            # In the order of the files: what waits goes first.
            await batch.async_store(commit=True)
            _report_unstored(report, file, loaded)
            progress.done_bytes += file.size
            if on_progress is not None:
                on_progress(progress)
            if time.monotonic() - batch.last_update >= JOB_UPDATE_EVERY:
                await manager.async_update_job(report.job_id, report.counts())
                batch.last_update = time.monotonic()
        await batch.async_store(commit=True)
    finally:
        # Let reads in flight finish before giving up.
        await asyncio.gather(*ahead, return_exceptions=True)


async def _async_files(
    hass: HomeAssistant,
    manager: HistoryManager,
    account: str,
    path: Path,
    limits: ExportLimits,
) -> tuple[list[ExportFile], set[str]]:
    """Return the export's files in the order to import, and those imported before.

    Bulk mode begins here when the export is worth it.
    """
    files = await hass.async_add_executor_job(discover, path, limits)
    # The Extended history first: Account Data rows of the same streams are
    # then left out, where the other way round they would be stored and
    # replaced (the same plays in the end, twice the writing).
    files.sort(key=lambda file: file.format in _ACCOUNT_DATA)
    done = await manager.async_read(lambda conn: imported_fingerprints(conn, account))
    # A first import of a long history: indexes and time buckets once, at the
    # end (`store.bulk`), if the export is large beside the history; also one
    # resumed after a cut (the store tells, `bulk.worth_it`).
    extended = sum(
        file.size for file in files if file.format is ExportFileFormat.EXTENDED
    )
    await manager.async_write(
        lambda conn, state: state.begin_bulk(
            conn, account, extended, resumed=bool(done)
        ),
        bulk_safe=True,
    )
    return files, done


async def _async_load(
    hass: HomeAssistant,
    files: list[ExportFile],
    index: int,
    *,
    ahead: deque[asyncio.Future[bytes | None]],
    read: Callable[[ExportFile], bytes | None],
    parse: Callable[[ExportFile, bytes], ParsedFile],
) -> ParsedFile | str | ExportError:
    """Read and parse the file at `index`: its rows, or why there are none.

    Its fingerprint when it was imported before (the next two are then read
    at once, into `ahead`), its error when it failed.
    """
    file = files[index]
    try:
        data = await (
            ahead.popleft() if ahead else hass.async_add_executor_job(read, file)
        )
        if data is None:
            following = files[index + 1 + len(ahead) : index + 3]
            ahead.extend(hass.async_add_executor_job(read, f) for f in following)
            return file.fingerprint
        loaded = await hass.async_add_executor_job(parse, file, data)
        del data
    except ExportTooManyRecordsError:
        raise  # the import's budget, not this file's fault alone
    except ExportError as err:
        return err  # this file only: the others are still imported
    except Exception as err:  # noqa: BLE001 - one file must not end the import
        # A bug met by unusual content: the file is reported as failed,
        # the rest imported, and the traceback logged for a bug report.
        LOGGER.error("Unexpected error reading %s", file.name, exc_info=err)
        return ExportFileError("import_file_failed", file.name)
    return loaded


class _Batch:
    """Parsed files waiting to be stored in one write.

    Small files are stored several to a write (up to a batch's rows): a
    write's and the rollups' fixed cost per file made an export of 2,000
    small files take twice as long. Writes share a transaction up to
    `COMMIT_ROWS`. Each file still goes in whole or not at all: its plays
    and its note as imported share the transaction, so a crash leaves
    whole files.
    """

    def __init__(
        self,
        manager: HistoryManager,
        report: ImportReport,
        uncommitted: _Uncommitted,
        progress: ImportProgress,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Start empty; `last_update` is when the job was last updated."""
        self._manager = manager
        self._report = report
        self._uncommitted = uncommitted
        self._progress = progress
        self._on_progress = on_progress
        self._pending: list[tuple[ExportFile, ParsedFile]] = []
        self._rows = 0
        self.last_update = time.monotonic()

    def add(self, file: ExportFile, parsed: ParsedFile) -> None:
        """Hold a parsed file for the next write."""
        self._pending.append((file, parsed))
        self._rows += parsed.rows

    @property
    def full(self) -> bool:
        """Whether the files held make a write."""
        return self._rows >= BATCH_ROWS or len(self._pending) >= BATCH_FILES

    async def async_store(self, *, commit: bool = False) -> None:
        """Store the parsed files; commit if asked, or at `COMMIT_ROWS`."""
        pending, uncommitted = self._pending, self._uncommitted
        if pending:
            done_bytes = sum(file.size for file, _ in pending)
            rows = sum(parsed.rows for _, parsed in pending)
            # The only hold on the parsed files (see `_async_store_parsed`).
            parsed_files = [parsed for _, parsed in pending]
            pending.clear()
            self._rows = 0
            uncommitted.files += await _async_store_parsed(
                self._manager, self._report, parsed_files
            )
            self._progress.done_bytes += done_bytes
            self._progress.rows += rows
            if self._on_progress is not None:
                self._on_progress(self._progress)
        if uncommitted.files and (commit or uncommitted.rows >= COMMIT_ROWS):
            await uncommitted.async_commit(self._manager, self._report)
            self.last_update = time.monotonic()


def _report_unstored(
    report: ImportReport, file: ExportFile, loaded: str | ExportError
) -> None:
    """Report a file that failed, or was imported before (nothing to write)."""
    if isinstance(loaded, ExportError):
        LOGGER.warning("Skipped %s: %s", file.name, loaded)
        report.files.append(
            FileReport(
                name=file.name,
                status="failed",
                error=_error_text(loaded),
                error_key=loaded.translation_key,
                error_placeholders=dict(loaded.translation_placeholders),
            )
        )
        return
    report.files.append(FileReport(name=file.name, status="already_imported"))


def _release(rows: list[PlayColumns]) -> None:
    """Free stored rows a column at a time, emptying `rows`.

    A batch's rows are hundreds of thousands of objects. Freed at once, in
    any thread, they hold the interpreter lock 20-30 ms, and Home Assistant's
    event loop waits that out (`scripts/bench import`); a column at a time
    takes about a millisecond per step, after which the loop is offered a
    turn (`give_way`).
    """
    while rows:
        columns = list(rows.pop())
        while columns:
            columns.pop()
            give_way()


async def _async_store_parsed(
    manager: HistoryManager, report: ImportReport, batch: list[ParsedFile]
) -> list[FileReport]:
    """Store parsed files, each with its note as imported; return their reports.

    In the writer's open transaction (`COMMIT_ROWS`): the caller commits.
    Takes the files out of `batch`, which must be the caller's only hold on
    them: the writer's thread frees their rows once stored (`_release`).
    """
    job_id = report.job_id
    account = report.account
    rows = [parsed.columns for parsed in batch]
    files = [replace(parsed, columns=PlayColumns.empty()) for parsed in batch]
    batch.clear()

    def write(conn: Connection, state: WriterState) -> list[InsertResult]:
        try:
            return [
                import_file(
                    conn,
                    state,
                    job_id=job_id,
                    account=account,
                    name=parsed.name,
                    fingerprint=parsed.fingerprint,
                    rows=parsed.rows,
                    columns=columns,
                )
                for parsed, columns in zip(files, rows, strict=True)
            ]
        finally:
            _release(rows)

    results = await manager.async_write(write, bulk_safe=True, holds_commit=True)
    return [
        FileReport(
            name=parsed.name,
            status="imported",
            rows=parsed.rows,
            imported=result.inserted - result.replaced,
            duplicates=result.duplicates,
            replaced=result.replaced,
            skipped=dict(parsed.skipped),
            truncated=parsed.truncated,
        )
        for parsed, result in zip(files, results, strict=True)
    ]
