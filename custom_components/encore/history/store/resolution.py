"""Item resolution: the artists, items, devices and accounts plays point into.

The writer keeps their ids in memory so a million-row import costs a dict
lookup per row rather than a query; the caches are dropped whenever a
transaction rolls back, since the ids they learnt in it may no longer exist.
`ItemResolver` holds those caches and turns a batch's names and URIs into
ids (adding what is new, one item per song: `identity.py`); `WriterState`
(`writes.py`) builds on it. Also here: the shapes of the rows the writer
makes, and the small helpers every part of the writer uses.
"""

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
import hashlib
from itertools import compress, count, islice, repeat
from operator import attrgetter, is_
from typing import Any, NamedTuple

from sqlalchemy import Connection, Insert, bindparam, delete, select, update
from sqlalchemy.dialects import mysql, postgresql, sqlite

from ..models import PlayColumns
from .identity import song_key
from .names import album_key, normalize_name
from .prepared import highest_id, run_prepared
from .rollups import after_delete, apply_changed
from .schema import (
    accounts,
    artists,
    devices,
    item_lengths,
    item_recordings,
    item_songs,
    items,
    plays,
)
from .turns import give_way
from .uri_items import UriItems

# Keys per IN (...) lookup: SQLite allows 32766 variables, stay far below.
CHUNK = 500
_KEY_NAMES = tuple(f"key_{index}" for index in range(CHUNK))

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
PART = 1_000
MISSING: Any = object()
# Items named without a URI (`local_item_key`). Not `uri IS NULL`: the first
# schema's items kept their URI in the key only.
_NAMED = items.c.key.startswith("local:", autoescape=True)
# Album keys remembered by the writer; an import meets tens of thousands.
_ALBUM_CACHE = 65_536
# Songs remembered by their names: a batch's names repeat, few beyond it.
_SONG_CACHE = 16_384


def in_parts[T](values: Iterable[T]) -> list[T]:
    """Return `list(values)`, made a thousand at a time.

    One C call that builds 20,000 tuples holds the interpreter lock for tens
    of milliseconds, and Home Assistant's event loop waits that out; between
    calls of a thousand, other threads get their turn.
    """
    made: list[T] = []
    iterator = iter(values)
    while part := list(islice(iterator, PART)):
        made += part
        give_way()
    return made


def executemany(conn: Connection, sql: str, rows: list[Any]) -> int:
    """Run SQLite's `sql` for each row, `PART` at a time; return the rows changed.

    SQLite lets go of the interpreter lock for each row's step and takes it
    straight back: a thread waiting for the lock, Home Assistant's event loop
    above all, gets it only once it has waited a whole switch interval
    (5 ms), each time. Its wake-ups ran 14-18 ms late while the writer stored
    a batch (`scripts/bench import`). Between parts the writer offers it a
    turn (`give_way`).
    """
    changed = 0
    for start in range(0, len(rows), PART):
        changed += conn.exec_driver_sql(sql, rows[start : start + PART]).rowcount
        give_way()
    return changed


def _make_room(cache: dict[Any, Any], size: int) -> None:
    """Forget the oldest `PART` entries of a cache that holds `size`.

    Emptying a full cache at once frees tens of thousands of strings in one
    step that holds the interpreter lock (14 ms measured), which Home
    Assistant's event loop would wait out; a slice at a time is one step per
    entry.
    """
    if len(cache) >= size:
        for key in list(islice(cache, PART)):
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


def insert_ignore(dialect: str, table: Any) -> Insert:
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


type Resolved = tuple[
    list[int], list[int | None], list[int | None], Sequence[str | None]
]
"""Item, artist and device ids and the album of each record (`_resolve`)."""


class ItemResolver(ABC):
    """Id caches of the small tables, and resolving a batch's records to ids."""

    def __init__(self, dialect: str) -> None:
        """Start with empty caches for this database."""
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
        self._album_keys: dict[tuple[int | None, str | None], int] = {}
        self._album_norms: dict[str, str] = {}
        self._norms: dict[str, str] = {}
        self._songs: dict[tuple[int, str | None, str | None, str | None], Any] = {}
        # Whether the history holds items named without a URI: if not, a new
        # URI has none to take over, and no query needs to look.
        self._has_named: bool | None = None
        self._ignore_sqls: dict[tuple[str, tuple[str, ...]], str] = {}

    def forget(self) -> None:
        """Drop every cached id (after a rollback)."""
        self._accounts.clear()
        self._artists.clear()
        self._uri_items.clear()
        self._local_items.clear()
        self._item_albums.clear()
        self._has_named = None
        self._devices.clear()
        self._album_keys.clear()

    @abstractmethod
    def settle_bulk(self, conn: Connection) -> None:
        """End bulk mode, if on, before rollups are changed (`WriterState`)."""

    # -- small tables -------------------------------------------------------

    def account_id(self, conn: Connection, key: str) -> int:
        """Return the id of an account, added on first sight."""
        if (known := self._accounts.get(key)) is not None:
            return known
        conn.execute(insert_ignore(self.dialect, accounts).values(key=key))
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
            inserted = executemany(conn, self._ignore_sql(table, names), values)
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
                    insert_ignore(self.dialect, table).returning(table.c.id, column),
                    dicts,
                ).tuples()
            }
            if len(ids) == len(keys):
                return ids
            return ids | self._ids_of(
                conn, column, [key for key in keys if key not in ids]
            )
        conn.execute(insert_ignore(self.dialect, table), dicts)
        return self._ids_of(conn, column, keys)

    def _ignore_sql(self, table: Any, names: tuple[str, ...]) -> str:
        """Return SQLite's INSERT ... ON CONFLICT DO NOTHING of `names`, made once."""
        sql = self._ignore_sqls.get((table.name, names))
        if sql is None:
            sql = self._ignore_sqls[(table.name, names)] = str(
                insert_ignore(self.dialect, table)
                .values(dict.fromkeys(names))
                .compile(dialect=sqlite.dialect())
            )
        return sql

    def _resolve(self, conn: Connection, columns: PlayColumns) -> Resolved:
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
        for start in range(0, len(losers), CHUNK):
            found += conn.execute(
                select(
                    plays.c.id,
                    plays.c.item_id,
                    plays.c.account_id,
                    plays.c.ended_at,
                    plays.c.ms_played,
                    plays.c.artist_id,
                    plays.c.album_key,
                ).where(plays.c.item_id.in_(losers[start : start + CHUNK]))
            ).tuples()
        play_ids = [row[0] for row in found]
        self._apply(conn, play_ids, -1)
        targets = sorted(set(moves.values()))
        target_plays: set[tuple[int, int, int, int]] = set()
        albums: dict[int, str | None] = {}
        for start in range(0, len(targets), CHUNK):
            chunk = targets[start : start + CHUNK]
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
        for start in range(0, len(repeats), CHUNK):
            conn.execute(
                delete(plays).where(plays.c.id.in_(repeats[start : start + CHUNK]))
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
            conn.execute(insert_ignore(self.dialect, item_songs), songs)
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
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
            apply_changed(conn, self.dialect, chosen, sign)

    def _add_songs(self, conn: Connection, pairs: set[tuple[str, int]]) -> None:
        """Store (song, item id) pairs not stored yet."""
        if not pairs:
            return
        insert = insert_ignore(self.dialect, item_songs)
        if self.dialect == "sqlite":
            # Tuples, as `_ensure`: a first import brings tens of thousands.
            executemany(
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
        for start in range(0, len(item_ids), CHUNK):
            found += conn.execute(
                select(plays.c.id, plays.c.item_id, plays.c.artist_id).where(
                    plays.c.item_id.in_(item_ids[start : start + CHUNK]),
                    plays.c.album_key.is_(None),
                )
            ).tuples()
        play_ids = [play_id for play_id, _, _ in found]
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
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
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
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

        `CHUNK` keys a statement, compiled once (`run_prepared`); the last
        chunk repeats its last key to fill it. Built anew, the expanding
        `IN (...)` cost SQLAlchemy more than the database's answer.
        """
        table = column.table
        found: dict[str, int] = {}
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            chunk += chunk[-1:] * (CHUNK - len(chunk))
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
        for start in range(0, len(wanted), CHUNK):
            for item_id, song in conn.execute(
                select(items.c.id, item_songs.c.song_key)
                .join(items, items.c.id == item_songs.c.item_id)
                .where(
                    item_songs.c.song_key.in_(wanted[start : start + CHUNK]),
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
        for start in range(0, len(wanted), CHUNK):
            for item_id, artist_id, album, song in conn.execute(
                select(
                    items.c.id, items.c.artist_id, items.c.album, item_songs.c.song_key
                )
                .join(items, items.c.id == item_songs.c.item_id)
                .where(item_songs.c.song_key.in_(wanted[start : start + CHUNK]))
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
        known = self._songs.get(names, MISSING)
        if known is MISSING:
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
