"""Folding SQLite's write-ahead log into the database beside the writer.

SQLite folds the log (a checkpoint) on the connection that commits, once the
log holds `wal_autocheckpoint` pages: the writer then copies pages and syncs
the file twice before it takes the next task. A checkpoint from a connection
of its own does the same work while the writer goes on: SQLite lets one run
beside a write transaction (a "passive" checkpoint copies what is committed
and skips what readers still need), and Python lets go of the interpreter
lock for the whole statement. Measured over the import of a million rows
(`scripts/bench import`): the writer's commits went from about 4.8 s to
1.5 s, the import from 32.7 s to 30.3 s.

The writer keeps its own automatic checkpoint, further off
(`BACKSTOP_FACTOR`), so the log stays bounded should this thread fall
behind or stop.
"""

import logging
import threading

from sqlalchemy import Engine

_LOGGER = logging.getLogger(__name__)

SPACING = 1.0
"""Seconds between two checkpoints at most: an import commits every half
second or so, and each checkpoint syncs the database file."""
BACKSTOP_FACTOR = 4
"""The writer's own automatic checkpoint waits for this many times the usual
log size (`engine.SQLITE_WAL_PAGES`)."""


class Checkpointer:
    """A thread that folds the log after commits, at most once per `SPACING`."""

    def __init__(self, engine: Engine) -> None:
        """Prepare; `start` opens the connection and starts the thread."""
        self._engine = engine
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        # Held while a checkpoint runs, and while a backup copies the file
        # (`hold`): a checkpoint writes into the database file.
        self._lock = threading.Lock()
        self._ran = threading.Condition()
        self.checkpoints = 0
        """Checkpoints run so far."""

    def start(self) -> None:
        """Start the thread."""
        self._thread = threading.Thread(
            target=self._run, name="encore-history-checkpoint", daemon=True
        )
        self._thread.start()

    def nudge(self) -> None:
        """Say that the writer committed (called on the writer's thread)."""
        self._wake.set()

    def wait_for(self, count: int, timeout: float) -> bool:
        """Wait until `count` checkpoints ran; False if `timeout` passed first."""
        with self._ran:
            return self._ran.wait_for(lambda: self.checkpoints >= count, timeout)

    def hold(self) -> None:
        """Wait for a checkpoint under way, and start none until `release`."""
        self._lock.acquire()

    def release(self) -> None:
        """Let checkpoints run again after `hold`."""
        self._lock.release()

    def stop(self) -> None:
        """End the thread; what is left in the log the next commit folds."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        try:
            with self._engine.connect() as conn:
                driver = conn.connection.driver_connection
                if driver is None:
                    return
                while not self._stopping.is_set():
                    self._wake.wait()
                    if self._stopping.is_set():
                        return
                    self._wake.clear()
                    # Straight to the driver: a checkpoint inside a
                    # transaction (SQLAlchemy's BEGIN) cannot run.
                    with self._lock:
                        driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    with self._ran:
                        self.checkpoints += 1
                        self._ran.notify_all()
                    self._stopping.wait(SPACING)
        except Exception:
            # The writer's own checkpoint (`BACKSTOP_FACTOR`) takes over.
            _LOGGER.exception("Stopped folding the history's log beside the writer")
