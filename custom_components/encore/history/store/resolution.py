"""What every part of the writer shares: its caches, row shapes and helpers.

The writer (`writes.WriterState`) is built of parts it holds: the id caches
of the small tables and the names it met (`IdCaches`, `Names`, here), adding
rows to the small tables (`Rows`, here), resolving records to ids
(`resolver.py`), merging items (`merging.py`), merging observed plays
(`observed.py`) and the overlap of an export's two packages (`overlaps.py`).
Also here: the shapes of the rows the writer makes, and the small helpers
every part uses.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
import hashlib
from itertools import islice
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Insert, bindparam, select
from sqlalchemy.dialects import mysql, postgresql, sqlite

from .identity import song_key
from .names import album_key, normalize_name
from .prepared import highest_id, run_prepared
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


@dataclass(slots=True)
class IdCaches:
    """The ids the writer learnt of the small tables, by name, URI or key.

    Dropped whenever a transaction rolls back (`forget`): the ids learnt in
    it may no longer exist.
    """

    accounts: dict[str, int] = field(default_factory=dict)
    # Keyed by name or URI; typed with None, which is never a key, so a
    # column of them maps through `.get` to ids and Nones.
    artists: dict[str | None, int] = field(default_factory=dict)
    devices: dict[str | None, int] = field(default_factory=dict)
    uri_items: UriItems = field(default_factory=UriItems)
    local_items: dict[tuple[str | None, str | None, str | None], int] = field(
        default_factory=dict
    )
    # The album of the items records named without a URI resolve to.
    item_albums: dict[int, str | None] = field(default_factory=dict)
    # Whether the history holds items named without a URI: if not, a new
    # URI has none to take over, and no query needs to look.
    has_named: bool | None = None

    def forget(self) -> None:
        """Drop every cached id (after a rollback)."""
        self.accounts.clear()
        self.artists.clear()
        self.devices.clear()
        self.uri_items.clear()
        self.local_items.clear()
        self.item_albums.clear()
        self.has_named = None


class Names:
    """Normalised names, album keys and songs, remembered as the writer meets them.

    What is computed from names alone survives a rollback; album keys hold
    an artist's id, so they go with the ids (`forget`).
    """

    def __init__(self) -> None:
        """Start with nothing remembered."""
        self.album_keys: dict[tuple[int | None, str | None], int] = {}
        self._album_norms: dict[str, str] = {}
        self._norms: dict[str, str] = {}
        self._songs: dict[tuple[int, str | None, str | None, str | None], Any] = {}

    def forget(self) -> None:
        """Drop the album keys (they hold ids learnt in a rolled-back write)."""
        self.album_keys.clear()

    def album_key(self, artist_id: int | None, album: str) -> int:
        """`names.album_key`, remembered: an album's tracks share it."""
        known = self.album_keys.get((artist_id, album))
        if known is None:
            _make_room(self.album_keys, _ALBUM_CACHE)
            known = self.album_keys[(artist_id, album)] = album_key(
                artist_id, album, norm=self.album_norm(album)
            )
        return known

    def norm(self, name: str) -> str:
        """`normalize_name`, remembered: an artist's name comes with every track."""
        known = self._norms.get(name)
        if known is None:
            _make_room(self._norms, _ALBUM_CACHE)
            known = self._norms[name] = normalize_name(name)
        return known

    def song(
        self, kind: int, artist: str | None, title: str | None, album: str | None
    ) -> str | None:
        """`identity.song_key`, remembered: an item's names come with every play."""
        names = (kind, artist, title, album)
        known = self._songs.get(names, MISSING)
        if known is MISSING:
            _make_room(self._songs, _SONG_CACHE)
            known = self._songs[names] = song_key(
                kind, artist, title, album, norm=self.norm
            )
        return known  # type: ignore[no-any-return]

    def album_norm(self, album: str) -> str:
        """`normalize_name` of an album, remembered: its tracks arrive together."""
        known = self._album_norms.get(album)
        if known is None:
            _make_room(self._album_norms, _ALBUM_CACHE)
            known = self._album_norms[album] = normalize_name(album)
        return known


class Rows:
    """Rows of the small tables (artists, devices, items): added, and their ids."""

    def __init__(self, dialect: str) -> None:
        """Start with no statement compiled for this database."""
        self.dialect = dialect
        self._ignore_sqls: dict[tuple[str, tuple[str, ...]], str] = {}

    def ensure(
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
            return self.ids_of(conn, column, keys)
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
            return ids | self.ids_of(
                conn, column, [key for key in keys if key not in ids]
            )
        conn.execute(insert_ignore(self.dialect, table), dicts)
        return self.ids_of(conn, column, keys)

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

    def ids_of(self, conn: Connection, column: Any, keys: list[str]) -> dict[str, int]:
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
