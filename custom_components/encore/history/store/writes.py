"""What the writer thread does to the database; every function runs there.

`WriterState` is the writer's one object, built in layers by concern:
`resolution.ItemResolver` (the small tables' id caches, resolving records to
ids), `observed.ObservedPlays` (merging what collectors observe into plays
other sources reported), and here bulk mode, storing a batch of records and
replacing an account's rows. Jobs and imported files are `jobs.py`'s,
deleting on purpose `deletes.py`'s.
"""

from collections.abc import Iterable, Sequence
from itertools import compress, count, repeat
from operator import is_, lshift, not_, sub
from typing import Any, override

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.dialects import sqlite

from ..models import PlayColumns, PlayRecord, Source
from . import attribution, bulk, recordings
from .identity import SAME_END_MS, match_streams
from .observed import ObservedPlays
from .prepared import fetch_prepared, highest_id
from .resolution import (
    CHUNK,
    MISSING,
    PLAY_COLUMNS,
    InsertResult,
    Resolved,
    executemany,
    in_parts,
    insert_ignore,
)
from .rollups import add_plays_between, after_delete, apply_changed, maybe_fold
from .schema import item_songs, plays

# Stored plays of a batch's time range read to leave out its repeats, per
# row of the batch at most (`WriterState._unstored`).
_STORED_FACTOR = 4


class WriterState(ObservedPlays):
    """Id caches and prepared statements, owned by the writer thread.

    Item resolution is `ItemResolver`'s (`resolution.py`), merging observed
    plays `ObservedPlays`' (`observed.py`); here: bulk mode, storing a
    batch of records, and replacing an account's rows.
    """

    def __init__(self, dialect: str) -> None:
        """Prepare statements for this database."""
        super().__init__(dialect)
        self._has_account_rows: dict[int, bool] = {}
        # Known not to be in bulk mode (`store.bulk`): only `begin_bulk`
        # starts it, so absence is safe to remember; a rollback forgets it.
        self._no_bulk = False
        self._insert_plays = insert_ignore(dialect, plays)
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

    @override
    def forget(self) -> None:
        """Drop every cached id (after a rollback)."""
        super().forget()
        self._no_bulk = False
        self._has_account_rows.clear()

    # -- bulk mode (`store.bulk`) ------------------------------------------

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
        if not bulk.worth_it(conn, account_id, export_bytes, resumed=resumed):
            return False
        self._no_bulk = False
        bulk.begin(conn)
        return True

    @override
    def settle_bulk(self, conn: Connection) -> None:
        """End bulk mode, if on: indexes built, rollups counted (`bulk.settle`).

        First thing in every write that changes plays other than the
        import's inserts, or reads the rollups of the plays it touches.
        """
        if not self._no_bulk:
            bulk.settle(conn, self.dialect)
            self._no_bulk = True

    def _bulk_owed(self, conn: Connection) -> list[tuple[int, int]] | None:
        if self._no_bulk:
            return None
        owed = bulk.pending(conn)
        self._no_bulk = owed is None
        return owed

    # -- plays --------------------------------------------------------------

    def _album_keys_of(
        self, artist_ids: Sequence[int | None], albums: Sequence[str | None]
    ) -> list[int | None]:
        keys: list[int | None] = in_parts(
            map(self._album_keys.get, zip(artist_ids, albums, strict=True))
        )
        for index in compress(count(), map(is_, keys, repeat(None))):
            album = albums[index]
            if album is not None:
                keys[index] = self._album_key(artist_ids[index], album)
        return keys

    @override
    def _play_rows(
        self, conn: Connection, account_id: int, columns: PlayColumns
    ) -> list[tuple[Any, ...]]:
        """Return the plays' values (`PLAY_COLUMNS` order), a tuple per record."""
        return self._rows(account_id, columns, self._resolve(conn, columns))

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
            kept = self._without_extended_repeats(conn, account_id, columns)
            result.duplicates += columns.size - kept.size
            columns = kept
            if not columns.size:
                return result
            self._has_account_rows[account_id] = True
        elif source == Source.EXPORT_EXTENDED:
            # Before the insert: an Account Data row that ended on the whole
            # minute the Extended row did holds its key (same item, end and
            # length) and would make it a duplicate.
            result.replaced = self._replace_account_rows(conn, account_id, columns)
        size = columns.size
        resolved = self._resolve(conn, columns)
        # In bulk mode (`store.bulk`) the rollups of the new plays are owed,
        # and nothing folds before they are counted. The plays are few
        # beside the import's: the unique key alone keeps repeats out.
        owed = self._bulk_owed(conn)
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

    def _songs_of(self, columns: PlayColumns) -> list[str | None]:
        """Return the song of each record (`identity.song_key`)."""
        songs: dict[tuple[int, str | None, str | None, str | None], str | None] = {}
        found: list[str | None] = []
        for names in zip(
            columns.kind, columns.artist, columns.title, columns.album, strict=True
        ):
            song = songs.get(names, MISSING)
            if song is MISSING:
                song = songs[names] = self._song(*names)
            found.append(song)
        return found

    def _streams_of(
        self, conn: Connection, account_id: int, source: Source, low: int, high: int
    ) -> list[tuple[str | None, tuple[int, int, int]]]:
        """Return (song, (id, end, length)) of one export's plays ending in a range.

        The range is widened by the overlap rule's minute either way.
        """
        return [
            (song, (play_id, ended, played))
            for play_id, ended, played, song in conn.execute(
                select(
                    plays.c.id,
                    plays.c.ended_at,
                    plays.c.ms_played,
                    item_songs.c.song_key,
                )
                .join(item_songs, item_songs.c.item_id == plays.c.item_id)
                .where(
                    plays.c.account_id == account_id,
                    plays.c.source == int(source),
                    plays.c.ended_at > low - SAME_END_MS,
                    plays.c.ended_at < high + SAME_END_MS,
                )
            ).tuples()
        ]

    def _without_extended_repeats(
        self, conn: Connection, account_id: int, columns: PlayColumns
    ) -> PlayColumns:
        """Leave out the Account Data rows whose stream an Extended row holds.

        Rows repeated inside the batch are one stream: they go together.
        """
        extended = self._streams_of(
            conn,
            account_id,
            Source.EXPORT_EXTENDED,
            min(columns.ended_at),
            max(columns.ended_at),
        )
        if not extended:
            return columns
        songs = self._songs_of(columns)
        first: dict[tuple[str | None, int, int], int] = {}
        streams = zip(songs, columns.ended_at, columns.ms_played, strict=True)
        keys = [first.setdefault(key, index) for index, key in enumerate(streams)]
        rows = [
            (song, (index, ended, played))
            for (song, ended, played), index in first.items()
        ]
        matched = {row for row, _ in match_streams(rows, extended)}
        if not matched:
            return columns
        return columns.pick([key not in matched for key in keys])

    def _has_account_data(self, conn: Connection, account_id: int) -> bool:
        """Whether the account has Account Data plays (remembered once true)."""
        has_rows = self._has_account_rows.get(account_id)
        if has_rows is None:
            has_rows = self._has_account_rows[account_id] = (
                conn.execute(
                    select(plays.c.id)
                    .where(
                        plays.c.account_id == account_id,
                        plays.c.source == int(Source.EXPORT_ACCOUNT),
                    )
                    .limit(1)
                ).first()
                is not None
            )
        return has_rows

    def _replace_account_rows(
        self, conn: Connection, account_id: int, columns: PlayColumns
    ) -> int:
        """Delete the Account Data plays of the streams an Extended batch holds."""
        if not self._has_account_data(conn, account_id):
            return 0
        stored = self._streams_of(
            conn,
            account_id,
            Source.EXPORT_ACCOUNT,
            min(columns.ended_at),
            max(columns.ended_at),
        )
        if not stored:
            return 0
        # A row the batch repeats is one stream: it takes one Account Data row.
        first: dict[tuple[str | None, int, int], int] = {}
        for index, stream in enumerate(
            zip(
                self._songs_of(columns),
                columns.ended_at,
                columns.ms_played,
                strict=True,
            )
        ):
            first.setdefault(stream, index)
        batch = [
            (song, (index, ended, played))
            for (song, ended, played), index in first.items()
        ]
        return self._delete_plays(
            conn, sorted(row for row, _ in match_streams(stored, batch))
        )

    def replace_account_rows(
        self, conn: Connection, account_id: int, low: int, high: int
    ) -> int:
        """Delete the Account Data plays in a range whose streams Extended plays hold.

        For a history stored by an older rule (migrations).
        """
        if not self._has_account_data(conn, account_id):
            return 0
        account_rows = self._streams_of(
            conn, account_id, Source.EXPORT_ACCOUNT, low, high
        )
        if not account_rows:
            return 0
        extended = self._streams_of(conn, account_id, Source.EXPORT_EXTENDED, low, high)
        repeated = sorted(row for row, _ in match_streams(account_rows, extended))
        return self._delete_plays(conn, repeated)

    def _delete_plays(self, conn: Connection, play_ids: list[int]) -> int:
        """Delete plays by id, out of the rollups first."""
        self.settle_bulk(conn)
        deleted = 0
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
            apply_changed(conn, self.dialect, chosen, -1)
            deleted += conn.execute(delete(plays).where(chosen)).rowcount
        if deleted:
            after_delete(conn)
        return deleted
