"""The history database: one writer thread fed by a queue, a few reader threads.

This follows the recorder's model. Every change goes through one thread that
batches the queued tasks into a transaction, so SQLite never sees two writers
and the event loop never waits on the disk. Reads run on threads of the
store's own (`store.reads` says how many and who goes first), each on a
pooled connection; with WAL they run beside the writer.
"""

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
import logging
from pathlib import Path
import queue
import re
import threading
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    RootTransaction,
    create_engine,
    event,
    make_url,
)
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from .migrations import migrate
from .person_scopes import note_begin
from .reads import READ_LIMIT
from .writes import WriterState

_LOGGER = logging.getLogger(__name__)

# Tasks taken into one transaction at most; the recorder commits about once a
# second, Encore's writes are fewer and larger (an import file is one task).
MAX_BATCH = 64
HELD_SECONDS = 1.0
"""Seconds a transaction left open by `holds_commit` writes waits for the next
write before it is committed anyway."""
# SQLite page cache of the writer, in KiB (negative means KiB to SQLite).
SQLITE_CACHE_KIB = 32768
# WAL pages before SQLite folds the log into the database (default 1000,
# 4 MB). Each fold syncs the file twice; with the default, every file of an
# import folded once, a third of the import's time (`scripts/bench import`).
# 40 MB is a few files of an import, and days of collectors' writes.
SQLITE_WAL_PAGES = 10_000

type WriteFn[T] = Callable[[Connection, WriterState], T]


@dataclass(slots=True)
class _Task[T]:
    fn: WriteFn[T]
    future: Future[T] = field(default_factory=Future)
    keeps_answers: bool = False
    """It changes nothing a shared answer holds (artwork, which answers read
    beside theirs): its commit alone starts no new generation."""
    bulk_safe: bool = False
    """It may run while an import is in bulk mode (`store.bulk`); any other
    write ends bulk mode first."""
    holds_commit: bool = False
    """It leaves its transaction open for the writes after it, and its future
    resolves once it ran (`HistoryStore.submit`)."""


class _Stop:
    """Sentinel: the writer drains what is queued before it, then ends."""


class _Pause:
    """Sentinel: checkpoint, then hold every write until released (backups)."""

    def __init__(self) -> None:
        self.paused: Future[None] = Future()
        self.release = threading.Event()


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def is_sqlite(url: str) -> bool:
    """Whether `url` names a SQLite database."""
    return make_url(url).get_backend_name() == "sqlite"


_SECRET_QUERY = re.compile(r"pass|secret|key|token", re.IGNORECASE)


def redact_url(url: str) -> str:
    """Return the URL without its password, for logs and diagnostics.

    Drivers also take secrets as query arguments (`?password=`,
    `sslpassword=`, `passwd=`, `sslkey=`): their values are hidden too.
    """
    try:
        parsed = make_url(url)
    except ArgumentError, ValueError:
        return "(a database URL that cannot be read)"
    hidden = {
        key: "redacted" for key in parsed.query if _SECRET_QUERY.search(key) is not None
    }
    return parsed.update_query_dict(hidden).render_as_string(hide_password=True)


def _sqlite_on_connect(
    dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry
) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT; SQLAlchemy's
    # documented cure is to turn it off and emit BEGIN from the "begin" event.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_WAL_PAGES}")
    cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")
    note_begin(conn)


def create_history_engine(url: str) -> Engine:
    """Create an engine with the settings the history needs for this backend."""
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4)


class HistoryStore:
    """The database, its writer thread and the queue in front of it."""

    def __init__(self, url: str) -> None:
        """Prepare; nothing is opened until `open` runs in a worker thread."""
        self.url = url
        self.dialect = make_url(url).get_backend_name()
        self._engine: Engine | None = None
        self._queue: queue.SimpleQueue[_Task[Any] | _Stop | _Pause] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._pause: _Pause | None = None
        self._readers: ThreadPoolExecutor | None = None
        # The writer thread's transaction left open by `holds_commit` writes,
        # and whether they changed what readers see (a new generation is owed).
        self._held: RootTransaction | None = None
        self._changed = False
        self.generation = 0
        """Commits so far: reads asked in one generation saw the same data."""

    @property
    def engine(self) -> Engine:
        """The engine; only valid between `open` and `close`."""
        if self._engine is None:
            raise RuntimeError("history store is not open")
        return self._engine

    def open(self) -> int:
        """Connect, migrate and start the writer. Blocking: run in the executor.

        Returns the schema version the database had (0 when it was created).
        """
        engine = create_history_engine(self.url)
        try:
            with engine.begin() as conn:
                found = migrate(conn)
            writer_conn = engine.connect()
        except BaseException:
            engine.dispose()
            raise
        self._engine = engine
        state = WriterState(self.dialect)
        self._thread = threading.Thread(
            target=self._run,
            args=(writer_conn, state),
            name="encore-history-writer",
            daemon=True,
        )
        self._thread.start()
        self._readers = ThreadPoolExecutor(
            max_workers=READ_LIMIT, thread_name_prefix="encore-history-read"
        )
        return found

    def submit[T](
        self,
        fn: WriteFn[T],
        *,
        keeps_answers: bool = False,
        bulk_safe: bool = False,
        holds_commit: bool = False,
    ) -> Future[T]:
        """Queue a write; the future resolves once its transaction committed.

        `keeps_answers`: the write changes nothing a shared read answers
        (`reads`), so the answers of this generation stay good. `bulk_safe`:
        it is an import's batch in bulk mode, or leaves plays and rollups
        alone (`store.bulk`); other writes settle bulk mode first.

        `holds_commit`: the future resolves once the write ran, and its
        transaction stays open for the writes after it; the next write that
        does not hold commits them all (or a pause, the end, or
        `HELD_SECONDS` without a write). An import's files go several to a
        transaction this way, each file's rows freed once stored: every
        commit writes the pages the files changed, and the random keys of
        new items and songs change pages all over their indexes, so a
        million-row export committed file by file wrote its indexes to the
        WAL dozens of times (`scripts/bench import`). Whoever holds learns
        that the writes were stored only when a later write returns; a
        failed commit raises from that one, and the held writes were rolled
        back with it.
        """
        task: _Task[T] = _Task(
            fn,
            keeps_answers=keeps_answers,
            bulk_safe=bulk_safe,
            holds_commit=holds_commit,
        )
        if self._thread is None or not self._thread.is_alive():
            task.future.set_exception(RuntimeError("history store is closed"))
            return task.future
        self._queue.put(task)
        return task.future

    def read[T](self, fn: Callable[[Connection], T]) -> T:
        """Run a read on a pooled connection. Blocking."""
        with self.engine.connect() as conn:
            return fn(conn)

    def submit_read[T](self, fn: Callable[[Connection], T]) -> Future[T]:
        """Start a read on a reader thread; raises RuntimeError once closed.

        The threads are `READ_LIMIT`: whoever submits more waits for one
        (`reads.ReadQueue` submits no more than that).
        """
        if self._readers is None:
            raise RuntimeError("history store is closed")
        return self._readers.submit(self.read, fn)

    def pause(self) -> Future[None]:
        """Flush and hold writes so a file copy of the database is consistent.

        The future resolves when everything queued before is committed and, on
        SQLite, the WAL is folded into the main file. Writes queued meanwhile
        wait until `resume`.
        """
        pause = _Pause()
        self._pause = pause
        if self._thread is None or not self._thread.is_alive():
            pause.paused.set_result(None)
        else:
            self._queue.put(pause)
        return pause.paused

    def resume(self) -> None:
        """Let the writer go on after `pause`."""
        if self._pause is not None:
            self._pause.release.set()
            self._pause = None

    def close(self) -> None:
        """Commit what is queued, stop the writer, close every connection.

        Blocking: run in the executor.
        """
        self.resume()
        readers, self._readers = self._readers, None
        if readers is not None:
            # The reads under way end first: the engine is disposed below.
            readers.shutdown(wait=True)
        if self._thread is not None:
            self._queue.put(_Stop())
            self._thread.join()
            self._thread = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _run(self, conn: Connection, state: WriterState) -> None:
        try:
            while True:
                try:
                    item = self._queue.get(
                        timeout=None if self._held is None else HELD_SECONDS
                    )
                except queue.Empty:
                    self._commit(conn, state, [])
                    continue
                batch: list[_Task[Any]] = []
                stop = False
                while True:
                    if isinstance(item, _Stop):
                        stop = True
                        break
                    if isinstance(item, _Pause):
                        self._commit(conn, state, batch)
                        batch = []
                        self._hold(conn, item)
                    else:
                        batch.append(item)
                    if len(batch) >= MAX_BATCH:
                        break
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                self._commit(conn, state, batch, hold=not stop)
                if stop:
                    return
        finally:
            if self._held is not None:
                self._held.rollback()
                self._held = None
            conn.close()

    def _commit(
        self,
        conn: Connection,
        state: WriterState,
        batch: list[_Task[Any]],
        *,
        hold: bool = False,
    ) -> None:
        """Run the tasks of `batch`, each in a savepoint, and commit.

        With `hold`, a batch of `holds_commit` tasks only runs: the
        transaction stays open (`submit`). An empty batch commits what is
        held.
        """
        tasks = [task for task in batch if task.future.set_running_or_notify_cancel()]
        if not tasks and self._held is None:
            return
        holding = hold and bool(tasks) and all(task.holds_commit for task in tasks)
        results: list[tuple[_Task[Any], Any, BaseException | None]] = []
        try:
            if self._held is None:
                self._held = conn.begin()
            for task in tasks:
                try:
                    with conn.begin_nested():
                        if not task.bulk_safe:
                            state.settle_bulk(conn)
                        results.append((task, task.fn(conn, state), None))
                except Exception as err:  # noqa: BLE001 - handed to the caller
                    state.forget()
                    results.append((task, None, err))
            if not holding:
                transaction, self._held = self._held, None
                try:
                    transaction.commit()
                except BaseException:
                    # SQLAlchemy rolls nothing back after a failed commit, but
                    # SQLite may keep the transaction open (a busy database),
                    # and every later BEGIN would fail: the driver rolls back.
                    with suppress(Exception):
                        transaction.rollback()
                        driver = conn.connection.driver_connection
                        if driver is not None:
                            driver.rollback()
                    raise
        except Exception as err:  # the commit itself failed
            _LOGGER.exception("Could not write to the listening history")
            self._held = None
            state.forget()
            self.generation += 1  # rolled back, but a new generation costs nothing
            for task in tasks:
                if not task.future.done():
                    task.future.set_exception(err)
            return
        # Before the writers hear of it: a read asked after a write returned
        # is of the next generation and cannot share an older read's answer.
        # Held writes are seen by no reader yet; their commit counts.
        if not holding and (self._changed or not all(t.keeps_answers for t in tasks)):
            self.generation += 1
        self._changed = holding and (
            self._changed or not all(task.keeps_answers for task in tasks)
        )
        for task, result, error in results:
            if error is None:
                task.future.set_result(result)
            else:
                task.future.set_exception(error)

    def _hold(self, conn: Connection, pause: _Pause) -> None:
        try:
            if self.dialect == "sqlite":
                # Straight to the driver: SQLAlchemy would wrap it in BEGIN,
                # and a checkpoint inside a transaction cannot truncate.
                driver = conn.connection.driver_connection
                if driver is not None:
                    driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as err:  # noqa: BLE001 - the backup goes on regardless
            _LOGGER.warning("Could not checkpoint the history before a backup: %s", err)
        pause.paused.set_result(None)
        pause.release.wait()


def check_db_url(url: str) -> str | None:
    """Try a database URL; None when it works, else an options-flow error key.

    Blocking: run in the executor.
    """
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError, ValueError:  # ValueError: a port that is no number
        return "db_url_invalid"
    if backend not in ("sqlite", "postgresql", "mysql", "mariadb"):
        return "db_url_unsupported"
    try:
        engine = create_history_engine(url)
    except ArgumentError, ImportError:
        return "db_url_invalid"
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as err:
        _LOGGER.debug("Database check of %s failed: %s", redact_url(url), err)
        return "db_unreachable"
    finally:
        engine.dispose()
    return None
