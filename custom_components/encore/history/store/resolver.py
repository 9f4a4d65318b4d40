"""Resolving a batch's records to ids: artists, devices and items, new ones added.

The writer keeps the ids in memory (`resolution.IdCaches`) so a million-row
import costs a dict lookup per row rather than a query. An item is a URI's,
or, for a record named without one, its song's (one item per song:
`identity.py`); a URI that names a song first heard without one takes that
item over, or is merged with it (`merging.py`).
"""

from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import is_

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects import sqlite

from ..models import PlayColumns
from .merging import ItemMerger
from .names import normalize_name
from .resolution import (
    CHUNK,
    IdCaches,
    Names,
    Resolved,
    Rows,
    _ArtistRow,
    _DeviceRow,
    _ItemRow,
    artist_key,
    executemany,
    insert_ignore,
    local_item_key,
)
from .schema import accounts, artists, devices, item_songs, items
from .turns import give_way

# Items named without a URI (`local_item_key`). Not `uri IS NULL`: the first
# schema's items kept their URI in the key only.
_NAMED = items.c.key.startswith("local:", autoescape=True)


class ItemResolver:
    """Turning records' names and URIs into ids, adding what is new."""

    def __init__(
        self,
        dialect: str,
        caches: IdCaches,
        names: Names,
        rows: Rows,
        merger: ItemMerger,
    ) -> None:
        """Resolve into the writer's caches, through its rows and merger."""
        self.dialect = dialect
        self._caches = caches
        self._names = names
        self._rows = rows
        self._merger = merger

    def account_id(self, conn: Connection, key: str) -> int:
        """Return the id of an account, added on first sight."""
        if (known := self._caches.accounts.get(key)) is not None:
            return known
        conn.execute(insert_ignore(self.dialect, accounts).values(key=key))
        found = int(
            conn.execute(
                select(accounts.c.id).where(accounts.c.key == key)
            ).scalar_one()
        )
        self._caches.accounts[key] = found
        return found

    def resolve(self, conn: Connection, columns: PlayColumns) -> Resolved:
        """Item, artist and device ids and the album of each record, adding new ones.

        Column by column: the work per record is a dictionary lookup mapped
        in C; Python runs for the names and items this writer has not seen.
        """
        artist_cache = self._caches.artists
        device_cache = self._caches.devices
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
            ids = self._rows.ensure(conn, artists, "key", new_artists)
            for artist, key in spellings.items():
                artist_cache[artist] = ids[key]
        new_devices = {
            device: _DeviceRow(device[:255])
            for device in set(columns.device).difference(device_cache)
            if device is not None
        }
        if new_devices:
            ids = self._rows.ensure(conn, devices, "name", new_devices)
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
        uri_cache = self._caches.uri_items
        local_cache = self._caches.local_items
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
            if albums[index] is None and (
                album := self._caches.item_albums.get(item_id)
            ):
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
        uri_items = self._caches.uri_items
        for uri, *names in uri_items.newly_spelled(
            columns.item_uri, columns.kind, columns.artist, columns.title, columns.album
        ):
            give_way()
            if (song := self._names.song(*names)) is not None:
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
            self._merger.merge(conn, moves)

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
            self._caches.uri_items.learn(self._rows.ensure(conn, items, "key", rows))
            return
        known = self._rows.ids_of(conn, items.c.key, list(rows))
        self._caches.uri_items.learn(known)
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
            self._caches.uri_items.learn({uri: item_id})
            self._caches.item_albums[item_id] = row.album
            if row.album is not None:
                albums[item_id] = row.album
            del new[uri]
        if albums:
            self._merger.fill_albums(conn, albums)
        if new:
            self._caches.uri_items.learn(self._rows.ensure(conn, items, "key", new))

    def _add_named_items(
        self,
        conn: Connection,
        columns: PlayColumns,
        new_names: dict[tuple[str | None, str | None, str | None], int],
    ) -> None:
        """Learn the items of names without a URI: their song's, else new ones."""
        songs = {
            names: self._names.song(columns.kind[index], *names)
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
                artist_id = self._caches.artists.get(names[0])
                item_id, _, album = next(
                    (item for item in found if item[1] == artist_id), found[0]
                )
                self._caches.local_items[names] = item_id
                self._caches.item_albums[item_id] = album
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
                self._caches.has_named = True
            ids = self._rows.ensure(conn, items, "key", new_items)
            for names, key in keys.items():
                self._caches.local_items[names] = ids[key]
                self._caches.item_albums[ids[key]] = new_items[key].album
        # Each song these names are, as a song of the item they became.
        self._add_songs(
            conn,
            {
                (song, self._caches.local_items[names])
                for names, song in songs.items()
                if song is not None
            },
        )

    def _history_has_named(self, conn: Connection) -> bool:
        """Whether the history holds items named without a URI (remembered)."""
        if self._caches.has_named is None:
            self._caches.has_named = (
                conn.execute(
                    select(items.c.id)
                    .where(_NAMED, items.c.song_key.is_not(None))
                    .limit(1)
                ).first()
                is not None
            )
        return self._caches.has_named

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
        artist_id = None if artist is None else self._caches.artists.get(artist)
        return _ItemRow(
            key,
            int(columns.kind[index]),
            title,
            artist_id,
            album,
            columns.item_uri[index],
            None if title is None else self._names.norm(title),
            None if album is None else self._names.album_norm(album),
            None if album is None else self._names.album_key(artist_id, album),
            self._names.song(columns.kind[index], artist, title, album),
        )
