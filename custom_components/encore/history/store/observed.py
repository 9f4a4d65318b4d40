"""Merging what collectors observe into the plays another source reported.

Recently-played, the player and a speaker each see the same stream at
slightly different times: a record becomes part of the nearest play of the
same item that its source has not seen yet (`ObservedPlays.record_observed`),
or of the same stream heard by a player and reported by the account
(`cross_source.py`), instead of a second play. A play recorded before a
restart is extended to cover the whole stream (`extend_play`).
"""

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Insert, delete, func, select, update

from ...const import LOGGER
from ..models import PlayColumns, PlayRecord, Source
from . import attribution, recordings
from .cross_source import find_other_observers, find_same_stream
from .resolution import PLAY_COLUMNS, InsertResult
from .resolver import ItemResolver
from .rollups import add_play, after_delete, apply_play, maybe_fold
from .schema import artists, items, plays

# Recently-played never lists a stream this short (`_merge`).
_SHORTEST_RECENT = 30_000
_ITEM = PLAY_COLUMNS.index("item_id")
_ARTIST = PLAY_COLUMNS.index("artist_id")
_DEVICE = PLAY_COLUMNS.index("device_id")
_ALBUM_KEY = PLAY_COLUMNS.index("album_key")


type PlayRows = Callable[[Connection, int, PlayColumns], list[tuple[Any, ...]]]
"""The plays' values of records (`PLAY_COLUMNS` order), a tuple per record."""


class ObservedPlays:
    """Storing collector records, merged into the plays other sources saw."""

    def __init__(
        self,
        dialect: str,
        resolver: ItemResolver,
        play_rows: PlayRows,
        insert_plays: Insert,
        settle: Callable[[Connection], None],
    ) -> None:
        """Store through the writer's parts; `settle` ends bulk mode first."""
        self.dialect = dialect
        self._resolver = resolver
        self._play_rows = play_rows
        self._insert_plays = insert_plays
        self._settle = settle

    def record_observed(
        self, conn: Connection, records: Sequence[PlayRecord], window_ms: int
    ) -> InsertResult:
        """Store collector records, merging each into a play another source saw.

        Recently-played, the player and a speaker each see the same stream at
        slightly different times: a record becomes part of the nearest play of
        the same item within `window_ms` (plus its length) that this source has
        not seen yet, instead of a second play.
        """
        self._settle(conn)
        result = InsertResult()
        touched: set[int] = set()
        for record in records:
            # Players report whatever their media says: a name is cut to its
            # cap, a record with an oversized URI is no play of Spotify's.
            columns, _shortened, refused = PlayColumns.of([record]).capped()
            if refused:
                LOGGER.warning("Not recorded: a play whose URI is far too long")
                result.outcomes.append(None)
                continue
            account_id = self._resolver.account_id(conn, record.account)
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
                attribution.account_found(conn, merged_id)
            if ids[0] is not None:
                touched.add(ids[0])
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
        # After the lengths (`add_play`): a URI first heard live is one song
        # with the same recording's other URIs, as an import makes it.
        recordings.refresh_items(conn, touched)
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
        self._settle(conn)
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
                item_id = conn.execute(
                    select(plays.c.item_id).where(plays.c.id == play_id)
                ).scalar_one()
                recordings.refresh_items(conn, {int(item_id)})
            return play_id
        outcome = self.record_observed(conn, [record], window_ms).outcomes[0]
        return play_id if outcome is None else outcome[0]
