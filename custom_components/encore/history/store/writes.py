"""What the writer thread does to the database; every function runs there.

`WriterState` is the writer's one object. It holds its parts rather than
inheriting them: the id caches and remembered names (`resolution.py`),
resolving records to ids (`resolver.py`, which merges items through
`merging.py`), merging what collectors observe into plays other sources
reported (`observed.py`), the overlap of an export's two packages
(`overlaps.py`) and bulk mode (`BulkMode`, here). Storing a batch of records
is its own (`insert_columns`). Jobs and imported files are `jobs.py`'s,
deleting on purpose `deletes.py`'s.
"""

from collections.abc import Iterable, Sequence
from itertools import compress, count, repeat
from operator import is_, lshift, not_, sub
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects import sqlite

from ..models import PlayColumns, PlayRecord, Source
from . import attribution, bulk, recordings
from .merging import ItemMerger
from .observed import ObservedPlays
from .overlaps import ExportOverlaps
from .prepared import fetch_prepared, highest_id
from .resolution import (
    PLAY_COLUMNS,
    IdCaches,
    InsertResult,
    Names,
    Resolved,
    Rows,
    executemany,
    in_parts,
    insert_ignore,
)
from .resolver import ItemResolver
from .rollups import add_plays_between, maybe_fold
from .schema import plays

# Stored plays of a batch's time range read to leave out its repeats, per
# row of the batch at most (`WriterState._unstored`).
_STORED_FACTOR = 4


class BulkMode:
    """Whether an import's bulk mode (`store.bulk`) is on, and ending it."""

    def __init__(self, dialect: str) -> None:
        """Not known to be off until asked."""
        self.dialect = dialect
        # Known not to be in bulk mode: only `begin` starts it, so absence
        # is safe to remember; a rollback forgets it.
        self._off = False

    def forget(self) -> None:
        """Ask the database again (after a rollback)."""
        self._off = False

    def begin(
        self, conn: Connection, account_id: int, export_bytes: int, *, resumed: bool
    ) -> bool:
        """Enter bulk mode for an import of this many bytes, if it pays."""
        if not bulk.worth_it(conn, account_id, export_bytes, resumed=resumed):
            return False
        self._off = False
        bulk.begin(conn)
        return True

    def settle(self, conn: Connection) -> None:
        """End bulk mode, if on: indexes built, rollups counted (`bulk.settle`).

        First thing in every write that changes plays other than the
        import's inserts, or reads the rollups of the plays it touches.
        """
        if not self._off:
            bulk.settle(conn, self.dialect)
            self._off = True

    def owed(self, conn: Connection) -> list[tuple[int, int]] | None:
        """Return the id ranges whose rollups bulk mode owes; None when it is off."""
        if self._off:
            return None
        owed = bulk.pending(conn)
        self._off = owed is None
        return owed


class WriterState:
    """The writer thread's parts (caches, resolver, merging, bulk mode), and storing.

    One per writer thread; what it remembers is dropped after a rollback
    (`forget`).
    """

    def __init__(self, dialect: str) -> None:
        """Assemble the parts and prepare statements for this database."""
        self.dialect = dialect
        self.bulk = BulkMode(dialect)
        self.caches = IdCaches()
        self.names = Names()
        merger = ItemMerger(dialect, self.caches, self.names, self.bulk.settle)
        self.resolver = ItemResolver(
            dialect, self.caches, self.names, Rows(dialect), merger
        )
        self.overlaps = ExportOverlaps(dialect, self.names, self.bulk.settle)
        self._insert_plays = insert_ignore(dialect, plays)
        self.observed = ObservedPlays(
            dialect,
            self.resolver,
            self._play_rows,
            self._insert_plays,
            self.bulk.settle,
        )
        # SQLite takes a plain executemany of tuples, which is several times
        # faster than SQLAlchemy's per-row parameter processing; the SQL is
        # still the one SQLAlchemy compiled, with placeholders.
        self._sqlite_insert_sql = (
            str(
                self._insert_plays.values(dict.fromkeys(PLAY_COLUMNS)).compile(
                    dialect=sqlite.dialect()
                )
            )
            if dialect == "sqlite"
            else None
        )

    def forget(self) -> None:
        """Drop every cached id (after a rollback)."""
        self.caches.forget()
        self.names.forget()
        self.bulk.forget()
        self.overlaps.forget()

    # -- what the store and the collectors ask of the parts -----------------

    def account_id(self, conn: Connection, key: str) -> int:
        """Return the id of an account, added on first sight."""
        return self.resolver.account_id(conn, key)

    def begin_bulk(
        self,
        conn: Connection,
        account: str,
        export_bytes: int,
        *,
        resumed: bool = False,
    ) -> bool:
        """Enter bulk mode for an import of this many bytes, if it pays.

        `resumed`: the account has files of this export imported already.
        """
        account_id = self.account_id(conn, account)
        return self.bulk.begin(conn, account_id, export_bytes, resumed=resumed)

    def settle_bulk(self, conn: Connection) -> None:
        """End bulk mode, if on (`BulkMode.settle`)."""
        self.bulk.settle(conn)

    def record_observed(
        self, conn: Connection, records: Sequence[PlayRecord], window_ms: int
    ) -> InsertResult:
        """Store collector records, merged into plays other sources saw (`observed.py`)."""
        return self.observed.record_observed(conn, records, window_ms)

    def extend_play(
        self, conn: Connection, *, play_id: int, record: PlayRecord, window_ms: int
    ) -> int:
        """Make a play recorded before a restart cover the whole stream."""
        return self.observed.extend_play(
            conn, play_id=play_id, record=record, window_ms=window_ms
        )

    def replace_account_rows(
        self, conn: Connection, account_id: int, low: int, high: int
    ) -> int:
        """Delete the Account Data plays in a range that Extended plays hold."""
        return self.overlaps.replace_in_range(conn, account_id, low, high)

    # -- storing a batch ----------------------------------------------------

    def _album_keys_of(
        self, artist_ids: Sequence[int | None], albums: Sequence[str | None]
    ) -> list[int | None]:
        keys: list[int | None] = in_parts(
            map(self.names.album_keys.get, zip(artist_ids, albums, strict=True))
        )
        for index in compress(count(), map(is_, keys, repeat(None))):
            album = albums[index]
            if album is not None:
                keys[index] = self.names.album_key(artist_ids[index], album)
        return keys

    def _play_rows(
        self, conn: Connection, account_id: int, columns: PlayColumns
    ) -> list[tuple[Any, ...]]:
        """Return the plays' values (`PLAY_COLUMNS` order), a tuple per record."""
        return self._rows(account_id, columns, self.resolver.resolve(conn, columns))

    def _unstored(
        self,
        conn: Connection,
        account_id: int,
        columns: PlayColumns,
        resolved: Resolved,
    ) -> tuple[PlayColumns, Resolved]:
        """Leave out the records whose stream the plays hold (their unique key).

        The plays of the batch's time range are read by the index that
        starts with the account and the end (it holds the rest of the key),
        and compared in memory: an export imported again then costs no
        insert at all, where SQLite refused each row by the unique key at
        the price of storing it (`scripts/bench import`, re-import with every
        row checked). Up to `_STORED_FACTOR` times the batch's rows: a range
        that holds more (a small file spanning years of a large history) is
        left to the unique key, which refuses repeats all the same.
        """
        size = columns.size
        limit = size * _STORED_FACTOR
        ended = columns.ended_at
        stored = set(
            fetch_prepared(
                conn,
                "streams in range",
                lambda: (
                    select(plays.c.ended_at, plays.c.item_id, plays.c.ms_played)
                    .where(
                        plays.c.account_id == bindparam("account_id"),
                        plays.c.ended_at >= bindparam("low"),
                        plays.c.ended_at <= bindparam("high"),
                    )
                    .limit(bindparam("limit"))
                ),
                account_id=account_id,
                low=min(ended),
                high=max(ended),
                limit=limit + 1,
            )
        )
        if not stored or len(stored) > limit:
            return columns, resolved
        keep: list[bool] = in_parts(
            map(
                not_,
                map(
                    stored.__contains__,
                    zip(ended, resolved[0], columns.ms_played, strict=True),
                ),
            )
        )
        if all(keep):
            return columns, resolved
        if not any(keep):
            return PlayColumns.empty(), ([], [], [], [])
        item_ids, artist_ids, device_ids, albums = resolved
        return columns.pick(keep), (
            list(compress(item_ids, keep)),
            list(compress(artist_ids, keep)),
            list(compress(device_ids, keep)),
            list(compress(albums, keep)),
        )

    def _rows(
        self, account_id: int, columns: PlayColumns, resolved: Resolved
    ) -> list[tuple[Any, ...]]:
        """Return the plays' values of records whose ids are resolved."""
        item_ids, artist_ids, device_ids, albums = resolved
        size = columns.size
        ended = columns.ended_at
        played = columns.ms_played
        started: Iterable[int | None] = columns.started_at
        if columns.started_at.count(None) == size:
            started = map(sub, ended, played, strict=True)
        elif None in columns.started_at:
            started = [
                end - ms if start is None else start
                for start, end, ms in zip(started, ended, played, strict=True)
            ]
        sources = columns.source
        return in_parts(
            zip(
                repeat(account_id, size),
                map(int, sources),
                map(lshift, repeat(1, size), sources, strict=True),
                started,
                ended,
                played,
                map(int, columns.kind),
                item_ids,
                artist_ids,
                columns.context_uri,
                device_ids,
                columns.source_kind,
                columns.reason_start,
                columns.reason_end,
                columns.shuffle,
                columns.skipped,
                columns.offline,
                columns.incognito,
                self._album_keys_of(artist_ids, albums),
                strict=True,
            )
        )

    def insert_records(
        self, conn: Connection, records: Sequence[PlayRecord]
    ) -> InsertResult:
        """Store records of one account; see `insert_columns`."""
        return self.insert_columns(conn, PlayColumns.of(records))

    def insert_columns(self, conn: Connection, columns: PlayColumns) -> InsertResult:
        """Store records of one account; an exact repeat of a stream is skipped.

        Account-data rows (minute precision, no URI) that repeat an extended
        row already stored are skipped; extended rows replace account-data
        rows they repeat. Both packages of one export overlap for a year.
        """
        result = InsertResult()
        if not columns.size:
            return result
        accounts_seen = set(columns.account)
        if len(accounts_seen) > 1:
            raise ValueError("one account per batch")
        account_id = self.account_id(conn, accounts_seen.pop())
        source = columns.source[0]
        if source == Source.EXPORT_ACCOUNT:
            kept = self.overlaps.without_extended_repeats(conn, account_id, columns)
            result.duplicates += columns.size - kept.size
            columns = kept
            if not columns.size:
                return result
            self.overlaps.note_account_rows(account_id)
        elif source == Source.EXPORT_EXTENDED:
            # Before the insert: an Account Data row that ended on the whole
            # minute the Extended row did holds its key (same item, end and
            # length) and would make it a duplicate.
            result.replaced = self.overlaps.replace_for_batch(conn, account_id, columns)
        size = columns.size
        resolved = self.resolver.resolve(conn, columns)
        # In bulk mode (`store.bulk`) the rollups of the new plays are owed,
        # and nothing folds before they are counted. The plays are few
        # beside the import's: the unique key alone keeps repeats out.
        owed = self.bulk.owed(conn)
        if owed is None:
            columns, resolved = self._unstored(conn, account_id, columns, resolved)
        result.duplicates += size - columns.size
        if not columns.size:
            if owed is None:
                maybe_fold(conn, self.dialect)
            return result
        params = self._rows(account_id, columns, resolved)
        # Rows this batch adds are the ones above the highest id now: one
        # writer, ids only grow. Their lengths and the time buckets take them
        # in a few statements; the all-time totals when the tail is folded.
        before = highest_id(conn, plays)
        if self._sqlite_insert_sql is not None:
            inserted = executemany(conn, self._sqlite_insert_sql, params)
        else:
            inserted = len(
                conn.execute(
                    self._insert_plays.returning(plays.c.id),
                    [dict(zip(PLAY_COLUMNS, row, strict=True)) for row in params],
                ).all()
            )
        result.inserted += inserted
        result.duplicates += len(params) - inserted
        if inserted:
            after = highest_id(conn, plays)
            attribution.reattach(conn, before, after)  # corrections of replaced rows
            if owed is None:
                add_plays_between(conn, self.dialect, before, after)
                # After the lengths: they tell one recording from another.
                recordings.refresh_added(conn, before, after)
            else:
                bulk.note_added(conn, bulk.owe(owed, before, after))
        if owed is None:
            maybe_fold(conn, self.dialect)
        return result
