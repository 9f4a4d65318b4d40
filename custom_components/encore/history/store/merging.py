"""Items that turn out to be one: a named item becomes part of a URI item.

A song first heard without a URI (Account Data, a speaker) has an item of
its own; when a URI item is found to be the same song, the named item is
merged into it (`ItemMerger.merge`): its plays move, out of the rollups and
back in. A named item a new URI takes over keeps its id, and its plays
without an album take the URI's (`fill_albums`).
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from .resolution import CHUNK, IdCaches, Names, insert_ignore
from .rollups import after_delete, apply_changed
from .schema import item_lengths, item_recordings, item_songs, items, plays


class ItemMerger:
    """Merging items, with the rollups of the plays that move kept right."""

    def __init__(
        self,
        dialect: str,
        caches: IdCaches,
        names: Names,
        settle: Callable[[Connection], None],
    ) -> None:
        """Work on the writer's caches; `settle` ends bulk mode before a rollup changes."""
        self.dialect = dialect
        self._caches = caches
        self._names = names
        self._settle = settle

    def merge(self, conn: Connection, moves: dict[int, int]) -> None:
        """Make each named item (key) part of another (value).

        Its plays move, out of the rollups and back in (their album the
        item's, if they had none); a play that repeats one of the other
        item's (same account, end and length) is that play and goes. Its
        songs become the other's; its length is learnt again from the plays.
        """
        self._settle(conn)
        losers = sorted(moves)
        found = self._plays_of(conn, losers)
        self._apply(conn, [row[0] for row in found], -1)
        targets = sorted(set(moves.values()))
        target_plays, albums = self._targets(conn, targets)
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
                self._names.album_key(artist_id, album)
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
        self._drop(conn, moves, losers)
        if repeats:
            after_delete(conn)
        for names, item_id in self._caches.local_items.items():
            if item_id in moves:
                self._caches.local_items[names] = moves[item_id]
        for target in targets:
            self._caches.item_albums[target] = albums.get(target)

    def _plays_of(
        self, conn: Connection, losers: list[int]
    ) -> list[tuple[int, int, int, int, int, int | None, int | None]]:
        """Return the plays of the items that go: id, item, account, end, length, artist, album key."""
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
        return found

    def _targets(
        self, conn: Connection, targets: list[int]
    ) -> tuple[set[tuple[int, int, int, int]], dict[int, str | None]]:
        """Return the streams the items that stay hold, and their albums."""
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
        return target_plays, albums

    def _drop(self, conn: Connection, moves: dict[int, int], losers: list[int]) -> None:
        """Give the songs of the items that go to those that stay; delete the rest."""
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

    def _apply(self, conn: Connection, play_ids: list[int], sign: int) -> None:
        """Add plays to the rollups, or take them away, by id."""
        self._settle(conn)
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
            apply_changed(conn, self.dialect, chosen, sign)

    def fill_albums(self, conn: Connection, albums: dict[int, str]) -> None:
        """Credit the plays without an album of these items to the item's album.

        Their items took it from the URI that came: the plays move in the
        totals by album, as the plays the URI's records bring.
        """
        self._settle(conn)
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
                        "key": self._names.album_key(artist_id, albums[item_id]),
                    }
                    for play_id, item_id, artist_id in found
                ],
            )
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
            apply_changed(conn, self.dialect, chosen, 1)
