"""What the writer thread does to the database; every function runs there.

Artists, items and devices are small tables the plays point into. The writer
keeps their ids in memory so a million-row import costs a dict lookup per row
rather than a query; the caches are dropped whenever a transaction rolls back,
since the ids they learnt in it may no longer exist.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
import hashlib
from itertools import compress, count, islice, repeat
from operator import attrgetter, is_, lshift, not_, sub
from typing import Any, NamedTuple

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Insert,
    and_,
    bindparam,
    delete,
    exists,
    func,
    select,
    update,
)
from sqlalchemy.dialects import mysql, postgresql, sqlite

from ...const import LOGGER
from ..epoch import now_ms
from ..models import PlayColumns, PlayRecord, Source
from . import bulk, recordings
from .cross_source import find_other_observers, find_same_stream
from .identity import SAME_END_MS, match_streams, song_key
from .names import album_key, normalize_name
from .prepared import fetch_prepared, highest_id, run_prepared
from .rollups import (
    add_play,
    add_plays_between,
    after_delete,
    apply_changed,
    apply_play,
    clear_rollups,
    fold,
    maybe_fold,
)
from .schema import (
    accounts,
    artists,
    devices,
    imported_files,
    item_lengths,
    item_recordings,
    item_songs,
    items,
    jobs,
    plays,
)
from .turns import give_way
from .uri_items import UriItems

# Keys per IN (...) lookup: SQLite allows 32766 variables, stay far below.
_CHUNK = 500
_KEY_NAMES = tuple(f"key_{index}" for index in range(_CHUNK))
_SHORTEST_RECENT = 30_000
# Stored plays of a batch's time range read to leave out its repeats, per
# row of the batch at most (`WriterState._unstored`).
_STORED_FACTOR = 4

PLAY_COLUMNS = (
    "account_id",
    "source",
    "sources",
    "started_at",
    "ended_at",
    "ms_played",
    "kind",
    "item_id",
    "artist_id",
    "context_uri",
    "device_id",
    "source_kind",
    "reason_start",
    "reason_end",
    "shuffle",
    "skipped",
    "offline",
    "incognito",
    "album_key",
)
_ITEM = PLAY_COLUMNS.index("item_id")
_ARTIST = PLAY_COLUMNS.index("artist_id")
_DEVICE = PLAY_COLUMNS.index("device_id")
_ALBUM_KEY = PLAY_COLUMNS.index("album_key")
_PART = 1_000
_MISSING: Any = object()
# Items named without a URI (`local_item_key`). Not `uri IS NULL`: the first
# schema's items kept their URI in the key only.
_NAMED = items.c.key.startswith("local:", autoescape=True)
# Album keys remembered by the writer; an import meets tens of thousands.
_ALBUM_CACHE = 65_536
# Songs remembered by their names: a batch's names repeat, few beyond it.
_SONG_CACHE = 16_384


def _in_parts[T](values: Iterable[T]) -> list[T]:
    """Return `list(values)`, made a thousand at a time.

    One C call that builds 20,000 tuples holds the interpreter lock for tens
    of milliseconds, and Home Assistant's event loop waits that out; between
    calls of a thousand, other threads get their turn.
    """
    made: list[T] = []
    iterator = iter(values)
    while part := list(islice(iterator, _PART)):
        made += part
        give_way()
    return made


def _executemany(conn: Connection, sql: str, rows: list[Any]) -> int:
    """Run SQLite's `sql` for each row, `_PART` at a time; return the rows changed.

    SQLite lets go of the interpreter lock for each row's step and takes it
    straight back: a thread waiting for the lock, Home Assistant's event loop
    above all, gets it only once it has waited a whole switch interval
    (5 ms), each time. Its wake-ups ran 14-18 ms late while the writer stored
    a batch (`scripts/bench import`). Between parts the writer offers it a
    turn (`give_way`).
    """
    changed = 0
    for start in range(0, len(rows), _PART):
        changed += conn.exec_driver_sql(sql, rows[start : start + _PART]).rowcount
        give_way()
    return changed


def _make_room(cache: dict[Any, Any], size: int) -> None:
    """Forget the oldest `_PART` entries of a cache that holds `size`.

    Emptying a full cache at once frees tens of thousands of strings in one
    step that holds the interpreter lock (14 ms measured), which Home
    Assistant's event loop would wait out; a slice at a time is one step per
    entry.
    """
    if len(cache) >= size:
        for key in list(islice(cache, _PART)):
            del cache[key]


def artist_key(name: str) -> str:
    """Return the key of an artist, show or author: its case-folded name, hashed."""
    return (
        "local:"
        + hashlib.sha1(name.casefold().encode(), usedforsecurity=False).hexdigest()
    )


def local_item_key(artist: str | None, title: str | None, album: str | None) -> str:
    """Return the key of an item the source gave no URI for."""
    joined = f"{artist or ''}|{title or ''}|{album or ''}".casefold()
    return "local:" + hashlib.sha1(joined.encode(), usedforsecurity=False).hexdigest()


def _insert_ignore(dialect: str, table: Any) -> Insert:
    """INSERT that skips rows whose unique key is already there."""
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect in ("mysql", "mariadb"):
        return mysql.insert(table).prefix_with("IGNORE")
    raise ValueError(f"unsupported database: {dialect}")


class _ItemRow(NamedTuple):
    """A new item's columns, as `items` stores them.

    A tuple, not a dict: a first import makes 150,000 of them, and tuples of
    plain values drop out of the garbage collector's sight at its first
    pass, where every dict is visited by every full pass while it lives.
    """

    key: str
    kind: int
    title: str | None
    artist_id: int | None
    album: str | None
    uri: str | None
    title_norm: str | None
    album_norm: str | None
    album_key: int | None
    song_key: str | None


class _ArtistRow(NamedTuple):
    """A new artist's columns, as `artists` stores them."""

    key: str
    name: str
    name_norm: str


class _DeviceRow(NamedTuple):
    """A new device's columns, as `devices` stores them."""

    name: str


@dataclass(slots=True)
class InsertResult:
    """What one batch of records did to the plays."""

    inserted: int = 0
    duplicates: int = 0
    merged: int = 0
    replaced: int = 0
    """Account-data rows that gave way to the same stream's extended row."""
    outcomes: list[tuple[int, bool] | None] = field(default_factory=list)
    """Per collector record: (play id, merged into an existing play), or None
    for an exact repeat of a stored stream."""


type _Resolved = tuple[
    list[int], list[int | None], list[int | None], Sequence[str | None]
]
"""Item, artist and device ids and the album of each record (`_resolve`)."""


class WriterState:
    """Id caches and prepared statements, owned by the writer thread."""

    def __init__(self, dialect: str) -> None:
        """Prepare statements for this database."""
        self.dialect = dialect
        self._accounts: dict[str, int] = {}
        # Keyed by name or URI; typed with None, which is never a key, so a
        # column of them maps through `.get` to ids and Nones.
        self._artists: dict[str | None, int] = {}
        self._uri_items = UriItems()
        self._local_items: dict[tuple[str | None, str | None, str | None], int] = {}
        # The album of the items records named without a URI resolve to.
        self._item_albums: dict[int, str | None] = {}
        self._devices: dict[str | None, int] = {}
        self._has_account_rows: dict[int, bool] = {}
        self._album_keys: dict[tuple[int | None, str | None], int] = {}
        self._album_norms: dict[str, str] = {}
        self._norms: dict[str, str] = {}
        self._songs: dict[tuple[int, str | None, str | None, str | None], Any] = {}
        # Whether the history holds items named without a URI: if not, a new
        # URI has none to take over, and no query needs to look.
        self._has_named: bool | None = None
        self._ignore_sqls: dict[tuple[str, tuple[str, ...]], str] = {}
        # Known not to be in bulk mode (`store.bulk`): only `begin_bulk`
        # starts it, so absence is safe to remember; a rollback forgets it.
        self._no_bulk = False
        self._insert_plays = _insert_ignore(dialect, plays)
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
        self._accounts.clear()
        self._artists.clear()
        self._uri_items.clear()
        self._local_items.clear()
        self._item_albums.clear()
        self._has_named = None
        self._no_bulk = False
        self._devices.clear()
        self._has_account_rows.clear()
        self._album_keys.clear()

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

    # -- small tables -------------------------------------------------------

    def account_id(self, conn: Connection, key: str) -> int:
        """Return the id of an account, added on first sight."""
        if (known := self._accounts.get(key)) is not None:
            return known
        conn.execute(_insert_ignore(self.dialect, accounts).values(key=key))
        found = int(
            conn.execute(
                select(accounts.c.id).where(accounts.c.key == key)
            ).scalar_one()
        )
        self._accounts[key] = found
        return found

    def _ensure(
        self,
        conn: Connection,
        table: Any,
        key_column: str,
        rows: Mapping[str, NamedTuple],
    ) -> dict[str, int]:
        """Insert rows whose key is new and return the ids of all of them.

        Every row is a named tuple of the same columns (`_ItemRow`,
        `_ArtistRow`, `_DeviceRow`), `key_column` among them. The ids come
        back with the insert where the database can say them (below); only
        rows that were there already, or a database that cannot, cost a
        look-up by key.
        """
        if not rows:
            return {}
        column = table.c[key_column]
        values = list(rows.values())
        names: tuple[str, ...] = values[0]._fields
        keys: list[str] = list(map(attrgetter(key_column), values))
        if self.dialect == "sqlite":
            # A plain executemany of the tuples: SQLAlchemy's per-row
            # parameter processing would cost more than SQLite's own work.
            before = highest_id(conn, table)
            inserted = _executemany(conn, self._ignore_sql(table, names), values)
            # SQLite gives a new row the highest id plus one, row after row
            # in the executemany's order: when every row went in and the
            # highest id rose by as many, the new ids are that range, in
            # order. Reading 77,000 new items back by key took a tenth of a
            # first import's writing (`scripts/bench import`, 200k rows).
            if inserted == len(keys) and highest_id(conn, table) == before + inserted:
                return dict(
                    zip(keys, range(before + 1, before + 1 + inserted), strict=True)
                )
            return self._ids_of(conn, column, keys)
        dicts = [row._asdict() for row in values]
        if self.dialect == "postgresql":
            # One INSERT ... RETURNING per thousand rows (SQLAlchemy's
            # "insertmanyvalues"): the rows it added say their ids.
            ids: dict[str, int] = {
                key: row_id
                for row_id, key in conn.execute(
                    _insert_ignore(self.dialect, table).returning(table.c.id, column),
                    dicts,
                ).tuples()
            }
            if len(ids) == len(keys):
                return ids
            return ids | self._ids_of(
                conn, column, [key for key in keys if key not in ids]
            )
        conn.execute(_insert_ignore(self.dialect, table), dicts)
        return self._ids_of(conn, column, keys)

    def _ignore_sql(self, table: Any, names: tuple[str, ...]) -> str:
        """Return SQLite's INSERT ... ON CONFLICT DO NOTHING of `names`, made once."""
        sql = self._ignore_sqls.get((table.name, names))
        if sql is None:
            sql = self._ignore_sqls[(table.name, names)] = str(
                _insert_ignore(self.dialect, table)
                .values(dict.fromkeys(names))
                .compile(dialect=sqlite.dialect())
            )
        return sql

    def _resolve(self, conn: Connection, columns: PlayColumns) -> _Resolved:
        """Item, artist and device ids and the album of each record, adding new ones.

        Column by column: the work per record is a dictionary lookup mapped
        in C; Python runs for the names and items this writer has not seen.
        """
        artist_cache = self._artists
        device_cache = self._devices
        new_artists: dict[str, _ArtistRow] = {}
        # Names of one artist that differ only in case share its key.
        spellings: dict[str, str] = {}
        for artist in set(columns.artist).difference(artist_cache):
            if artist is None:
                continue
            key = spellings[artist] = artist_key(artist)
            if key not in new_artists:
                new_artists[key] = _ArtistRow(key, artist, normalize_name(artist))
        if new_artists:
            ids = self._ensure(conn, artists, "key", new_artists)
            for artist, key in spellings.items():
                artist_cache[artist] = ids[key]
        new_devices = {
            device: _DeviceRow(device[:255])
            for device in set(columns.device).difference(device_cache)
            if device is not None
        }
        if new_devices:
            ids = self._ensure(conn, devices, "name", new_devices)
            for name, row in new_devices.items():
                device_cache[name] = ids[row.name]
        # None is never a key of these caches: a record without one stays None.
        artist_ids = list(map(artist_cache.get, columns.artist))
        device_ids = list(map(device_cache.get, columns.device))
        item_ids, albums = self._resolve_items(conn, columns)
        return item_ids, artist_ids, device_ids, albums

    def _resolve_items(
        self, conn: Connection, columns: PlayColumns
    ) -> tuple[list[int], Sequence[str | None]]:
        """Item id and album of each record: by URI, else the item of its song.

        URIs go first, so that records named without one in the same batch
        find the URI item of their song. A record named without an album
        (Account Data) is a stream of its item's album, if the item has one.
        """
        uri_cache = self._uri_items
        local_cache = self._local_items
        uris = columns.item_uri
        new_uris = uri_cache.unknown(uris)
        songs: set[tuple[str, int]] = set()
        if new_uris:
            # The first record of each URI (later ones are written over).
            first = dict(zip(reversed(uris), range(len(uris) - 1, -1, -1), strict=True))
            new_rows: dict[str, _ItemRow] = {}
            for uri in new_uris:
                new_rows[uri] = self._item_row(uri, columns, first[uri])
                give_way()
            self._add_uri_items(conn, new_rows)
            # Each new item's song is its first record's: that spelling is
            # noted here, not met again as new by `_add_uri_songs`.
            starts = [first[uri] for uri in new_rows]
            uri_cache.newly_spelled(
                list(new_rows),
                *(
                    [column[index] for index in starts]
                    for column in (
                        columns.kind,
                        columns.artist,
                        columns.title,
                        columns.album,
                    )
                ),
            )
            songs = {
                (row.song_key, uri_cache.item_id(uri))
                for uri, row in new_rows.items()
                if row.song_key is not None
            }
        self._add_uri_songs(conn, columns, songs)
        local_rows = list(compress(count(), map(is_, uris, repeat(None))))
        new_names: dict[tuple[str | None, str | None, str | None], int] = {}
        for index in local_rows:
            give_way()
            names = (columns.artist[index], columns.title[index], columns.album[index])
            if names not in local_cache and names not in new_names:
                new_names[names] = index
        if new_names:
            self._add_named_items(conn, columns, new_names)
        item_ids = uri_cache.ids(uris)
        albums: Sequence[str | None] = columns.album
        for index in local_rows:
            item_id = item_ids[index] = local_cache[
                (columns.artist[index], columns.title[index], columns.album[index])
            ]
            if albums[index] is None and (album := self._item_albums.get(item_id)):
                if albums is columns.album:
                    albums = list(albums)
                albums[index] = album  # type: ignore[index]
        return item_ids, albums

    def _add_uri_songs(
        self, conn: Connection, columns: PlayColumns, pairs: set[tuple[str, int]]
    ) -> None:
        """Note each song the URI records name their items as (`item_songs`).

        `pairs` holds the (song, item id) pairs noted already (new items').
        """
        uri_items = self._uri_items
        for uri, *names in uri_items.newly_spelled(
            columns.item_uri, columns.kind, columns.artist, columns.title, columns.album
        ):
            give_way()
            if (song := self._song(*names)) is not None:
                pairs.add((song, uri_items.item_id(uri)))
        if not pairs:
            return
        self._add_songs(conn, pairs)
        if not self._history_has_named(conn):
            return
        # An item named without a URI as a song a URI item is now named as
        # (the URI's first name was another) becomes part of it.
        targets: dict[str, int] = {}
        for song, item_id in sorted(pairs):
            targets.setdefault(song, item_id)
        moves = {
            named_id: targets[song]
            for song, named_id in self._named_items(conn, set(targets)).items()
        }
        if moves:
            self._merge_items(conn, moves)

    def _merge_items(self, conn: Connection, moves: dict[int, int]) -> None:
        """Make each named item (key) part of another (value).

        Its plays move, out of the rollups and back in (their album the
        item's, if they had none); a play that repeats one of the other
        item's (same account, end and length) is that play and goes. Its
        songs become the other's; its length is learnt again from the plays.
        """
        self.settle_bulk(conn)
        losers = sorted(moves)
        found: list[tuple[int, int, int, int, int, int | None, int | None]] = []
        for start in range(0, len(losers), _CHUNK):
            found += conn.execute(
                select(
                    plays.c.id,
                    plays.c.item_id,
                    plays.c.account_id,
                    plays.c.ended_at,
                    plays.c.ms_played,
                    plays.c.artist_id,
                    plays.c.album_key,
                ).where(plays.c.item_id.in_(losers[start : start + _CHUNK]))
            ).tuples()
        play_ids = [row[0] for row in found]
        self._apply(conn, play_ids, -1)
        targets = sorted(set(moves.values()))
        target_plays: set[tuple[int, int, int, int]] = set()
        albums: dict[int, str | None] = {}
        for start in range(0, len(targets), _CHUNK):
            chunk = targets[start : start + _CHUNK]
            target_plays.update(
                conn.execute(
                    select(
                        plays.c.item_id,
                        plays.c.account_id,
                        plays.c.ended_at,
                        plays.c.ms_played,
                    ).where(plays.c.item_id.in_(chunk))
                ).tuples()
            )
            albums.update(
                conn.execute(
                    select(items.c.id, items.c.album).where(items.c.id.in_(chunk))
                )
                .tuples()
                .all()
            )
        repeats: list[int] = []
        changes: list[dict[str, Any]] = []
        for play_id, item_id, account_id, ended, played, artist_id, had in found:
            target = moves[item_id]
            stream = (target, account_id, ended, played)
            if stream in target_plays:
                repeats.append(play_id)
                continue
            target_plays.add(stream)
            album = albums.get(target)
            key = (
                self._album_key(artist_id, album)
                if had is None and album is not None
                else had
            )
            changes.append({"play_id": play_id, "item": target, "key": key})
        for start in range(0, len(repeats), _CHUNK):
            conn.execute(
                delete(plays).where(plays.c.id.in_(repeats[start : start + _CHUNK]))
            )
        if changes:
            conn.execute(
                update(plays)
                .where(plays.c.id == bindparam("play_id"))
                .values(item_id=bindparam("item"), album_key=bindparam("key")),
                changes,
            )
        self._apply(conn, [change["play_id"] for change in changes], 1)
        songs = [
            {"song_key": song, "item_id": moves[item_id]}
            for song, item_id in conn.execute(
                select(item_songs.c.song_key, item_songs.c.item_id).where(
                    item_songs.c.item_id.in_(losers)
                )
            ).tuples()
        ]
        if songs:
            conn.execute(_insert_ignore(self.dialect, item_songs), songs)
        for table, column in (
            (item_songs, item_songs.c.item_id),
            (item_lengths, item_lengths.c.item_id),
            (item_recordings, item_recordings.c.item_id),
            (item_recordings, item_recordings.c.recording_id),
            (items, items.c.id),
        ):
            conn.execute(delete(table).where(column.in_(losers)))
        if repeats:
            after_delete(conn)
        for names, item_id in self._local_items.items():
            if item_id in moves:
                self._local_items[names] = moves[item_id]
        for target in targets:
            self._item_albums[target] = albums.get(target)

    def _apply(self, conn: Connection, play_ids: list[int], sign: int) -> None:
        """Add plays to the rollups, or take them away, by id."""
        self.settle_bulk(conn)
        for start in range(0, len(play_ids), _CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + _CHUNK])
            apply_changed(conn, self.dialect, chosen, sign)

    def _add_songs(self, conn: Connection, pairs: set[tuple[str, int]]) -> None:
        """Store (song, item id) pairs not stored yet."""
        if not pairs:
            return
        insert = _insert_ignore(self.dialect, item_songs)
        if self.dialect == "sqlite":
            # Tuples, as `_ensure`: a first import brings tens of thousands.
            _executemany(
                conn,
                str(
                    insert.values(song_key=None, item_id=None).compile(
                        dialect=sqlite.dialect()
                    )
                ),
                list(pairs),
            )
        else:
            conn.execute(
                insert,
                [{"song_key": song, "item_id": item_id} for song, item_id in pairs],
            )

    def _add_uri_items(self, conn: Connection, rows: dict[str, _ItemRow]) -> None:
        """Learn the ids of URI items, adding the new ones.

        A song named without a URI before (Account Data, a speaker) has an
        item already: the first URI of that song becomes its key, so its
        plays, lengths and totals are the URI item's without moving a row.
        """
        if not self._history_has_named(conn):
            # No item named without a URI to take over: the insert alone says
            # which keys were there (`_ensure`), with no look-up before it.
            self._uri_items.learn(self._ensure(conn, items, "key", rows))
            return
        known = self._ids_of(conn, items.c.key, list(rows))
        self._uri_items.learn(known)
        new = {uri: row for uri, row in rows.items() if uri not in known}
        named = self._named_items(
            conn, {row.song_key for row in new.values() if row.song_key is not None}
        )
        albums: dict[int, str] = {}
        # Sorted: of two new URIs of one song, the same one takes the named
        # item on every run.
        for uri in sorted(new):
            row = new[uri]
            item_id = None if row.song_key is None else named.pop(row.song_key, None)
            if item_id is None:
                continue
            conn.execute(
                update(items).where(items.c.id == item_id).values(row._asdict())
            )
            self._uri_items.learn({uri: item_id})
            self._item_albums[item_id] = row.album
            if row.album is not None:
                albums[item_id] = row.album
            del new[uri]
        if albums:
            self._fill_albums(conn, albums)
        if new:
            self._uri_items.learn(self._ensure(conn, items, "key", new))

    def _fill_albums(self, conn: Connection, albums: dict[int, str]) -> None:
        """Credit the plays without an album of these items to the item's album.

        Their items took it from the URI that came: the plays move in the
        totals by album, as the plays the URI's records bring.
        """
        self.settle_bulk(conn)
        found: list[tuple[int, int, int | None]] = []
        item_ids = sorted(albums)
        for start in range(0, len(item_ids), _CHUNK):
            found += conn.execute(
                select(plays.c.id, plays.c.item_id, plays.c.artist_id).where(
                    plays.c.item_id.in_(item_ids[start : start + _CHUNK]),
                    plays.c.album_key.is_(None),
                )
            ).tuples()
        play_ids = [play_id for play_id, _, _ in found]
        for start in range(0, len(play_ids), _CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + _CHUNK])
            apply_changed(conn, self.dialect, chosen, -1)
        if found:
            conn.execute(
                update(plays)
                .where(plays.c.id == bindparam("play_id"))
                .values(album_key=bindparam("key")),
                [
                    {
                        "play_id": play_id,
                        "key": self._album_key(artist_id, albums[item_id]),
                    }
                    for play_id, item_id, artist_id in found
                ],
            )
        for start in range(0, len(play_ids), _CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + _CHUNK])
            apply_changed(conn, self.dialect, chosen, 1)

    def _add_named_items(
        self,
        conn: Connection,
        columns: PlayColumns,
        new_names: dict[tuple[str | None, str | None, str | None], int],
    ) -> None:
        """Learn the items of names without a URI: their song's, else new ones."""
        songs = {
            names: self._song(columns.kind[index], *names)
            for names, index in new_names.items()
        }
        song_items = self._song_items(
            conn, {song for song in songs.values() if song is not None}
        )
        new_items: dict[str, _ItemRow] = {}
        keys: dict[tuple[str | None, str | None, str | None], str] = {}
        # Spellings of one song new in this batch share the first one's item.
        song_keys: dict[str, str] = {}
        for names, index in new_names.items():
            song = songs[names]
            if song is not None and (found := song_items.get(song)):
                # The song's first URI item, or else its item named without
                # one (there is one at most: the first URI takes it over);
                # among URI items, one credited to this spelling of the
                # artist first (the same song on two URIs stays two items).
                artist_id = self._artists.get(names[0])
                item_id, _, album = next(
                    (item for item in found if item[1] == artist_id), found[0]
                )
                self._local_items[names] = item_id
                self._item_albums[item_id] = album
                continue
            key = song_keys.get(song) if song is not None else None
            if key is None:
                key = local_item_key(*names)
                if song is not None:
                    song_keys[song] = key
                new_items.setdefault(key, self._item_row(key, columns, index))
            keys[names] = key
        if new_items:
            if any(row.song_key is not None for row in new_items.values()):
                self._has_named = True
            ids = self._ensure(conn, items, "key", new_items)
            for names, key in keys.items():
                self._local_items[names] = ids[key]
                self._item_albums[ids[key]] = new_items[key].album
        # Each song these names are, as a song of the item they became.
        self._add_songs(
            conn,
            {
                (song, self._local_items[names])
                for names, song in songs.items()
                if song is not None
            },
        )

    def _ids_of(self, conn: Connection, column: Any, keys: list[str]) -> dict[str, int]:
        """Return the ids of the rows of `column`'s table whose `column` is a key.

        `_CHUNK` keys a statement, compiled once (`run_prepared`); the last
        chunk repeats its last key to fill it. Built anew, the expanding
        `IN (...)` cost SQLAlchemy more than the database's answer.
        """
        table = column.table
        found: dict[str, int] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            chunk += chunk[-1:] * (_CHUNK - len(chunk))
            found.update(
                (key, row_id)
                for row_id, key in run_prepared(
                    conn,
                    f"ids of {table.name}.{column.name}",
                    lambda: select(table.c.id, column).where(
                        column.in_([bindparam(name) for name in _KEY_NAMES])
                    ),
                    **dict(zip(_KEY_NAMES, chunk, strict=True)),
                ).tuples()
            )
        return found

    def _history_has_named(self, conn: Connection) -> bool:
        """Whether the history holds items named without a URI (remembered)."""
        if self._has_named is None:
            self._has_named = (
                conn.execute(
                    select(items.c.id)
                    .where(_NAMED, items.c.song_key.is_not(None))
                    .limit(1)
                ).first()
                is not None
            )
        return self._has_named

    def _named_items(self, conn: Connection, songs: set[str]) -> dict[str, int]:
        """Return the item named without a URI of each song that has one."""
        found: dict[str, int] = {}
        if not self._history_has_named(conn):
            return found
        wanted = sorted(songs)
        for start in range(0, len(wanted), _CHUNK):
            for item_id, song in conn.execute(
                select(items.c.id, item_songs.c.song_key)
                .join(items, items.c.id == item_songs.c.item_id)
                .where(
                    item_songs.c.song_key.in_(wanted[start : start + _CHUNK]),
                    _NAMED,
                )
                .order_by(items.c.id)
            ).tuples():
                found.setdefault(song, item_id)
        return found

    def _song_items(
        self, conn: Connection, songs: set[str]
    ) -> dict[str, list[tuple[int, int | None, str | None]]]:
        """Return the (id, artist id, album) of each song's items, URI items first."""
        found: dict[str, list[tuple[int, int | None, str | None]]] = {}
        wanted = sorted(songs)
        for start in range(0, len(wanted), _CHUNK):
            for item_id, artist_id, album, song in conn.execute(
                select(
                    items.c.id, items.c.artist_id, items.c.album, item_songs.c.song_key
                )
                .join(items, items.c.id == item_songs.c.item_id)
                .where(item_songs.c.song_key.in_(wanted[start : start + _CHUNK]))
                .order_by(_NAMED, items.c.id)
            ).tuples():
                found.setdefault(song, []).append((item_id, artist_id, album))
        return found

    def _item_row(self, key: str, columns: PlayColumns, index: int) -> _ItemRow:
        artist = columns.artist[index]
        title = columns.title[index]
        album = columns.album[index]
        # Filled in by the caller's artist pass: artists come first.
        artist_id = None if artist is None else self._artists.get(artist)
        return _ItemRow(
            key,
            int(columns.kind[index]),
            title,
            artist_id,
            album,
            columns.item_uri[index],
            None if title is None else self._norm(title),
            None if album is None else self._album_norm(album),
            None if album is None else self._album_key(artist_id, album),
            self._song(columns.kind[index], artist, title, album),
        )

    def _album_key(self, artist_id: int | None, album: str) -> int:
        known = self._album_keys.get((artist_id, album))
        if known is None:
            _make_room(self._album_keys, _ALBUM_CACHE)
            known = self._album_keys[(artist_id, album)] = album_key(
                artist_id, album, norm=self._album_norm(album)
            )
        return known

    def _norm(self, name: str) -> str:
        """`normalize_name`, remembered: an artist's name comes with every track."""
        known = self._norms.get(name)
        if known is None:
            _make_room(self._norms, _ALBUM_CACHE)
            known = self._norms[name] = normalize_name(name)
        return known

    def _song(
        self, kind: int, artist: str | None, title: str | None, album: str | None
    ) -> str | None:
        """`identity.song_key`, remembered: an item's names come with every play."""
        names = (kind, artist, title, album)
        known = self._songs.get(names, _MISSING)
        if known is _MISSING:
            _make_room(self._songs, _SONG_CACHE)
            known = self._songs[names] = song_key(
                kind, artist, title, album, norm=self._norm
            )
        return known  # type: ignore[no-any-return]

    def _album_norm(self, album: str) -> str:
        # Tracks of an album arrive together: its name is normalised once.
        known = self._album_norms.get(album)
        if known is None:
            _make_room(self._album_norms, _ALBUM_CACHE)
            known = self._album_norms[album] = normalize_name(album)
        return known

    # -- plays --------------------------------------------------------------

    def _album_keys_of(
        self, artist_ids: Sequence[int | None], albums: Sequence[str | None]
    ) -> list[int | None]:
        keys: list[int | None] = _in_parts(
            map(self._album_keys.get, zip(artist_ids, albums, strict=True))
        )
        for index in compress(count(), map(is_, keys, repeat(None))):
            album = albums[index]
            if album is not None:
                keys[index] = self._album_key(artist_ids[index], album)
        return keys

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
        resolved: _Resolved,
    ) -> tuple[PlayColumns, _Resolved]:
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
        keep: list[bool] = _in_parts(
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
        self, account_id: int, columns: PlayColumns, resolved: _Resolved
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
        return _in_parts(
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
            inserted = _executemany(conn, self._sqlite_insert_sql, params)
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
            song = songs.get(names, _MISSING)
            if song is _MISSING:
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
        for start in range(0, len(play_ids), _CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + _CHUNK])
            apply_changed(conn, self.dialect, chosen, -1)
            deleted += conn.execute(delete(plays).where(chosen)).rowcount
        if deleted:
            after_delete(conn)
        return deleted

    def record_observed(
        self, conn: Connection, records: Sequence[PlayRecord], window_ms: int
    ) -> InsertResult:
        """Store collector records, merging each into a play another source saw.

        Recently-played, the player and a speaker each see the same stream at
        slightly different times: a record becomes part of the nearest play of
        the same item within `window_ms` (plus its length) that this source has
        not seen yet, instead of a second play.
        """
        self.settle_bulk(conn)
        result = InsertResult()
        for record in records:
            # Players report whatever their media says: a name is cut to its
            # cap, a record with an oversized URI is no play of Spotify's.
            columns, _shortened, refused = PlayColumns.of([record]).capped()
            if refused:
                LOGGER.warning("Not recorded: a play whose URI is far too long")
                result.outcomes.append(None)
                continue
            account_id = self.account_id(conn, record.account)
            reported = self._play_rows(conn, account_id, columns)[0]
            values = self._one_song(conn, record, reported)
            ids = (values[_ITEM], values[_ARTIST], values[_DEVICE])
            # The artist's URI is the record's artist's, not the item's it took.
            if record.artist_uri and ids[1] is not None and ids[1] == reported[_ARTIST]:
                conn.execute(
                    update(artists)
                    .where(artists.c.id == ids[1], artists.c.spotify_uri.is_(None))
                    .values(spotify_uri=record.artist_uri)
                )
            merged_id = self._merge(conn, account_id, record, ids, window_ms)
            if merged_id is None and (
                same := find_same_stream(conn, record, account_id, ids[0], window_ms)
            ):
                # Heard by a player and reported by the account: the account's.
                merged_id, sources, owner_id = same
                sources |= 1 << record.source
                # Other players that heard it too are the same stream.
                others = find_other_observers(
                    conn, record, ids[0], window_ms, play_id=merged_id, sources=sources
                )
                for other_id, other_sources in others:
                    sources |= other_sources
                    apply_play(conn, self.dialect, other_id, -1)
                    conn.execute(delete(plays).where(plays.c.id == other_id))
                if others:
                    after_delete(conn)
                self._update_play(
                    conn, merged_id, {"sources": sources, "account_id": owner_id}
                )
            if merged_id is not None:
                result.merged += 1
                result.outcomes.append((merged_id, True))
                continue
            row = dict(zip(PLAY_COLUMNS, values, strict=True))
            new_id = conn.execute(
                self._insert_plays.returning(plays.c.id), row
            ).scalar_one_or_none()
            if new_id is None:
                result.duplicates += 1
                result.outcomes.append(None)
                continue
            add_play(conn, self.dialect, int(new_id))
            result.inserted += 1
            result.outcomes.append((int(new_id), False))
        maybe_fold(conn, self.dialect)
        return result

    def _one_song(
        self, conn: Connection, record: PlayRecord, values: tuple[Any, ...]
    ) -> tuple[Any, ...]:
        """Credit a play to its URI item's artist and album when a peer disagrees.

        A play shows its item's title and album beside the artist it was
        credited to. A peer that names a URI as another song than the one the
        history knows for it (a catalog and an export that disagree) would
        give the play one song's title with another song's artist. The URI
        is Spotify's identity of the song: the play takes the item's artist
        and album too, so it is one song, whatever the peer said.
        """
        if not record.item_uri or values[_ARTIST] is None:
            return values
        known = conn.execute(
            select(items.c.artist_id, items.c.album_key).where(
                items.c.id == values[_ITEM]
            )
        ).one_or_none()
        if (
            known is None
            or known.artist_id is None
            or known.artist_id == values[_ARTIST]
        ):
            return values
        LOGGER.debug(
            "%s was reported as another song than the history knows; "
            "recorded as the history's song",
            record.item_uri,
        )
        fixed = list(values)
        fixed[_ARTIST] = known.artist_id
        fixed[_ALBUM_KEY] = known.album_key or None
        return tuple(fixed)

    def _merge(
        self,
        conn: Connection,
        account_id: int,
        record: PlayRecord,
        ids: tuple[int, int | None, int | None],
        window_ms: int,
    ) -> int | None:
        bit = 1 << record.source
        reach = window_ms + record.ms_played
        candidates = conn.execute(
            select(plays.c.id, plays.c.source, plays.c.sources, plays.c.ms_played)
            .where(
                plays.c.account_id == account_id,
                plays.c.item_id == ids[0],
                plays.c.ended_at >= record.ended_at - reach,
                plays.c.ended_at <= record.ended_at + reach,
            )
            .order_by(func.abs(plays.c.ended_at - record.ended_at))
        ).all()
        for play_id, source, sources, ms_played in candidates:
            if sources & bit:
                continue
            # Recently-played never lists a stream under 30 s: such a row is
            # a skip of the same track, not this play.
            if record.source is Source.SPOTIFY_RECENT and ms_played <= _SHORTEST_RECENT:
                continue
            values: dict[str, Any] = {
                "sources": sources | bit,
                "context_uri": func.coalesce(plays.c.context_uri, record.context_uri),
                "device_id": func.coalesce(plays.c.device_id, ids[2]),
                "source_kind": func.coalesce(plays.c.source_kind, record.source_kind),
                "shuffle": func.coalesce(plays.c.shuffle, record.shuffle),
                "skipped": func.coalesce(plays.c.skipped, record.skipped),
            }
            # Recently-played only knows the track's length; an observer
            # measured how long it actually played.
            if source == Source.SPOTIFY_RECENT and record.source > source:
                values["ms_played"] = record.ms_played
                values["started_at"] = plays.c.ended_at - record.ms_played
            # The play moves to another set of sources (and maybe length).
            self._update_play(conn, play_id, values)
            return int(play_id)
        return None

    def _update_play(
        self, conn: Connection, play_id: int, values: dict[str, Any]
    ) -> None:
        """Change a stored play: out of the rollups as it was, back in as it is."""
        self.settle_bulk(conn)
        apply_play(conn, self.dialect, play_id, -1)
        conn.execute(update(plays).where(plays.c.id == play_id).values(values))
        apply_play(conn, self.dialect, play_id, 1)

    def extend_play(
        self, conn: Connection, *, play_id: int, record: PlayRecord, window_ms: int
    ) -> int:
        """Make a play recorded before a restart cover the whole stream.

        Returns the play's id; if the row is gone (purged), the stream is
        recorded as a play of its own and that id is returned.
        """
        stored = conn.execute(
            select(plays.c.ms_played).where(plays.c.id == play_id)
        ).scalar_one_or_none()
        if stored is not None:
            if stored <= record.ms_played:
                self._update_play(
                    conn,
                    play_id,
                    {
                        "ended_at": record.ended_at,
                        "ms_played": record.ms_played,
                        "reason_end": record.reason_end,
                        "skipped": record.skipped,
                    },
                )
            return play_id
        outcome = self.record_observed(conn, [record], window_ms).outcomes[0]
        return play_id if outcome is None else outcome[0]


# -- jobs and imported files ------------------------------------------------


def start_job(
    conn: Connection,
    state: WriterState,
    kind: str,
    account: str | None,
    detail: dict[str, Any] | None = None,
) -> int:
    """Record that a job started; returns its id."""
    account_id = None if account is None else state.account_id(conn, account)
    return int(
        conn.execute(
            jobs.insert()
            .values(
                kind=kind,
                account_id=account_id,
                started_at=now_ms(),
                status="running",
                counts="{}",
                detail=None if detail is None else orjson.dumps(detail).decode(),
            )
            .returning(jobs.c.id)
        ).scalar_one()
    )


SETTLING = "settling"
"""An import that stored every file and is counting them (bulk mode's end)."""
UNFINISHED = frozenset({"running", SETTLING})


def update_job(
    conn: Connection,
    job_id: int,
    counts: dict[str, Any],
    *,
    status: str | None = None,
    error: str | None = None,
) -> None:
    """Store a job's counts; with a status other than running, it ended.

    A job that ends folds the plays it added into the all-time totals (see
    `store.rollups`): an import adds them in bulk, once.
    """
    values: dict[str, Any] = {"counts": orjson.dumps(counts).decode()}
    ends = status is not None and status not in UNFINISHED
    if status is not None:
        values["status"] = status
        if ends:
            values["finished_at"] = now_ms()
    if error is not None:
        values["error"] = error
    conn.execute(update(jobs).where(jobs.c.id == job_id).values(values))
    if ends:
        # An import in bulk mode ends here, whoever asks (`store.bulk`).
        bulk.settle(conn, conn.dialect.name)
        fold(conn, conn.dialect.name)


def mark_interrupted(conn: Connection) -> int:
    """Jobs still running when Home Assistant last stopped were cut short.

    Runs as the history opens, so it also settles an import that was in
    bulk mode (`store.bulk`) and folds what they left unfolded. An import
    that had stored every file and was settling (`SETTLING`) is complete:
    settling it here is all it still owed.
    """
    for job_id, counts in conn.execute(
        select(jobs.c.id, jobs.c.counts).where(jobs.c.status == SETTLING)
    ).tuples():
        failed = (orjson.loads(counts or "{}") or {}).get("files_failed", 0)
        conn.execute(
            update(jobs)
            .where(jobs.c.id == job_id)
            .values(
                status="completed_with_errors" if failed else "completed",
                finished_at=now_ms(),
            )
        )
    interrupted = conn.execute(
        update(jobs)
        .where(jobs.c.status == "running")
        .values(status="interrupted", finished_at=now_ms())
    ).rowcount
    bulk.settle(conn, conn.dialect.name)
    fold(conn, conn.dialect.name)
    return interrupted


def imported_fingerprints(conn: Connection, account: str) -> set[str]:
    """Fingerprints of the export files already imported for an account."""
    return set(
        conn.execute(
            select(imported_files.c.fingerprint)
            .join(accounts, accounts.c.id == imported_files.c.account_id)
            .where(accounts.c.key == account)
        ).scalars()
    )


def import_file(
    conn: Connection,
    state: WriterState,
    *,
    job_id: int,
    account: str,
    name: str,
    fingerprint: str,
    rows: int,
    columns: PlayColumns,
    batch: int = 20_000,
) -> InsertResult:
    """Store one export file's records and remember the file, atomically."""
    total = InsertResult()
    for start in range(0, columns.size, batch):
        _add(total, state.insert_columns(conn, columns.part(start, start + batch)))
    conn.execute(
        _insert_ignore(state.dialect, imported_files).values(
            account_id=state.account_id(conn, account),
            fingerprint=fingerprint,
            name=name,
            rows=rows,
            job_id=job_id,
            imported_at=now_ms(),
        )
    )
    return total


def _add(total: InsertResult, part: InsertResult) -> None:
    total.inserted += part.inserted
    total.duplicates += part.duplicates
    total.merged += part.merged
    total.replaced += part.replaced


def _forget_unplayed(conn: Connection, state: WriterState) -> None:
    """Delete the names and lengths that no play refers to any more.

    SQLite reads `NOT IN (subquery)` through one temporary index of the
    plays' ids; PostgreSQL and MySQL turn `NOT EXISTS` into an anti-join
    (their `NOT IN` over a million rows would not be hashed). The plays
    have no full index by item, artist or device, so one of the two must
    read them whole, once per table.
    """

    def unused(key: Any, *columns: Any) -> list[ColumnElement[bool]]:
        """`key` appears in none of `columns`."""
        if state.dialect == "sqlite":
            return [
                key.not_in(select(column).where(column.is_not(None)))
                for column in columns
            ]
        return [~exists().where(column == key) for column in columns]

    conn.execute(delete(items).where(*unused(items.c.id, plays.c.item_id)))
    conn.execute(
        delete(item_lengths).where(*unused(item_lengths.c.item_id, items.c.id))
    )
    conn.execute(delete(item_songs).where(*unused(item_songs.c.item_id, items.c.id)))
    # A recording whose item went: its URIs are counted again (few rows).
    if conn.execute(select(item_recordings.c.item_id).limit(1)).first() is not None:
        recordings.refresh(conn)
    conn.execute(
        delete(artists).where(
            *unused(artists.c.id, plays.c.artist_id, items.c.artist_id)
        )
    )
    conn.execute(delete(devices).where(*unused(devices.c.id, plays.c.device_id)))
    # Cached ids of what is gone would be written into new plays.
    state.forget()


def count_plays(conn: Connection, account: str | None, before_ms: int | None) -> int:
    """Count the plays `delete_plays` would delete with the same arguments."""
    statement = select(func.count()).select_from(plays)
    if account is not None:
        statement = statement.where(
            plays.c.account_id
            == select(accounts.c.id).where(accounts.c.key == account).scalar_subquery()
        )
    if before_ms is not None:
        statement = statement.where(plays.c.ended_at < before_ms)
    return int(conn.execute(statement).scalar_one())


def delete_plays(
    conn: Connection,
    state: WriterState,
    account: str | None,
    before_ms: int | None,
    *,
    forget_files: bool = True,
) -> int:
    """Delete the plays of an account (or all) that ended before a moment.

    Names (tracks, artists, devices) no play refers to any more go with
    them. A purge also forgets which export files were imported, so
    importing one again brings its rows back; retention keeps that note, or
    the next import of the same export would bring back what retention
    removed.
    """
    state.settle_bulk(conn)
    conditions = []
    if account is not None:
        conditions.append(plays.c.account_id == state.account_id(conn, account))
    if before_ms is not None:
        conditions.append(plays.c.ended_at < before_ms)
    statement = delete(plays)
    if conditions:
        statement = statement.where(and_(*conditions))
        apply_changed(conn, state.dialect, and_(*conditions), -1)
        deleted = conn.execute(statement).rowcount
        after_delete(conn)
    else:
        clear_rollups(conn)
        deleted = conn.execute(statement).rowcount
    if deleted:
        _forget_unplayed(conn, state)
    if not forget_files:
        return deleted
    forget = delete(imported_files)
    if account is not None:
        forget = forget.where(
            imported_files.c.account_id == state.account_id(conn, account)
        )
    conn.execute(forget)
    return deleted
