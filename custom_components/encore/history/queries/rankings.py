"""Rankings: the top artists, tracks, albums and shows of a scope and period."""

from collections.abc import Iterable, Mapping, Sequence
import heapq
from typing import Any

from sqlalchemy import Connection, func, select

from ..periods import Period
from ..store.artwork import album_images, artist_images, item_images
from ..store.schema import artists, item_recordings, items, plays
from .common import (
    CHUNK,
    PLAY_KIND,
    Filter,
    bounds,
    has_recordings,
    recording_of,
    resolve_scope,
    scope_where,
    totals_rows,
    use_totals,
)
from .model import PlayRule, RankBy, Scope, TopEntry, TopKind

type _Key = tuple[Any, ...]


def ranked_keys(
    rows: Iterable[Any], rank_by: RankBy
) -> list[tuple[_Key, int, int, int]]:
    """(key, rank, plays, ms) with competition ranks on the ranked measure."""
    ranked: list[tuple[_Key, int, int, int]] = []
    previous: int | None = None
    rank = 0
    for position, row in enumerate(rows, start=1):
        *key, plays_n, ms = row
        measure = int(plays_n) if rank_by is RankBy.PLAYS else int(ms or 0)
        if measure != previous:
            rank, previous = position, measure
        ranked.append((tuple(key), rank, int(plays_n), int(ms or 0)))
    return ranked


def _order(plays_n: Any, ms: Any, rank_by: RankBy) -> list[Any]:
    first, second = (plays_n, ms) if rank_by is RankBy.PLAYS else (ms, plays_n)
    return [first.desc(), second.desc()]


def _top_rows(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    kind: TopKind,
    rank_by: RankBy,
    limit: int,
    rule: PlayRule,
) -> list[Any]:
    """Return the ranking as (key, plays, ms) rows, best first.

    Keys: artist ids (artists, shows), item ids (tracks), album keys.
    """
    play_kind = int(PLAY_KIND[kind])
    by_artist = kind in (TopKind.ARTIST, TopKind.SHOW)
    if use_totals(conn, scope, start, end, rule):
        rows = totals_rows(
            conn,
            scope,
            rule,
            (play_kind,),
            by="artist" if by_artist else "album" if kind is TopKind.ALBUM else "item",
        ).subquery()
        if by_artist:
            key: Any = rows.c.artist_id
        elif kind is TopKind.TRACK:
            key = rows.c.item_id
        else:
            key = rows.c.album_key
        plays_n: Any = func.sum(rows.c.plays)
        ms: Any = func.sum(rows.c.ms)
        query = select(key, plays_n, ms).where(
            *([] if kind is TopKind.TRACK else [key != 0])
        )
    else:
        where, source = scope_where(conn, scope, start, end, rule)
        if by_artist:
            key = plays.c.artist_id
        elif kind is TopKind.TRACK:
            key = plays.c.item_id
            if has_recordings(conn, scope):
                key = recording_of(key)
        else:
            key = plays.c.album_key
        plays_n, ms = func.count(), func.sum(plays.c.ms_played)
        query = (
            select(key, plays_n, ms)
            .select_from(source)
            .where(*where, plays.c.kind == play_kind, key.is_not(None))
        )
    query = query.group_by(key).having(plays_n > 0)
    if (
        kind is TopKind.TRACK
        and has_recordings(conn, scope)
        and use_totals(conn, scope, start, end, rule)
    ):
        return _merged_recordings(
            conn, query, key=key, plays_n=plays_n, ms=ms, rank_by=rank_by, limit=limit
        )
    return list(
        conn.execute(
            query.order_by(*_order(plays_n, ms, rank_by), key).limit(limit)
        ).tuples()
    )


def _merged_recordings(
    conn: Connection,
    query: Any,
    *,
    key: Any,
    plays_n: Any,
    ms: Any,
    rank_by: RankBy,
    limit: int,
) -> list[tuple[int, int, int]]:
    """Rank all-time tracks with the URIs of one recording as one (`store.recordings`).

    The totals hold a row per item: a grouping key mapped row by row would
    cost every item's row. The items of a recording are few: the ranking by
    item is read as always (as many more as there are such items: every
    other track of the answer is among them), their sums apart, and the two
    merged. Exact, and the price of a handful of rows.
    """
    recording = {
        int(item_id): int(target)
        for item_id, target in conn.execute(
            select(item_recordings.c.item_id, item_recordings.c.recording_id)
        ).tuples()
    }
    grouped = set(recording) | set(recording.values())
    merged: dict[int, tuple[int, int]] = {}
    for item_id, plays_found, ms_found in conn.execute(
        query.order_by(*_order(plays_n, ms, rank_by), key).limit(limit + len(grouped))
    ).tuples():
        if int(item_id) not in grouped:
            merged[int(item_id)] = (int(plays_found), int(ms_found or 0))
    for item_id, plays_found, ms_found in conn.execute(
        query.where(key.in_(sorted(grouped)))
    ).tuples():
        target = recording.get(int(item_id), int(item_id))
        found = merged.get(target, (0, 0))
        merged[target] = (found[0] + int(plays_found), found[1] + int(ms_found or 0))
    measure = 0 if rank_by is RankBy.PLAYS else 1
    best = sorted(
        merged.items(),
        key=lambda entry: (-entry[1][measure], -entry[1][1 - measure], entry[0]),
    )[:limit]
    return [(item_id, found[0], found[1]) for item_id, found in best]


def _artist_rows(conn: Connection, ids: Iterable[int | None]) -> dict[int, Any]:
    wanted = sorted({artist_id for artist_id in ids if artist_id})
    found: dict[int, Any] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for row in conn.execute(
            select(artists.c.id, artists.c.name, artists.c.spotify_uri).where(
                artists.c.id.in_(chunk)
            )
        ):
            found[int(row.id)] = row
    return found


def top_entries(
    conn: Connection,
    kind: TopKind,
    ranked: Sequence[tuple[_Key, int, int, int]],
    *,
    images: bool = False,
) -> list[TopEntry]:
    """Names for ranked keys, and their artwork when asked for `images`.

    Only rankings show artwork: answers that hold entries without it (a
    taste summary) stay good while artwork is kept (`HistoryManager`).
    """
    if kind is TopKind.TRACK:
        item_ids = [int(key[0]) for key, *_ in ranked]
        item_rows = {
            int(row.id): row
            for row in conn.execute(
                select(items.c.id, items.c.title, items.c.uri, items.c.artist_id).where(
                    items.c.id.in_(item_ids or [-1])
                )
            )
        }
        names = _artist_rows(conn, [row.artist_id for row in item_rows.values()])
        covers = item_images(conn, item_rows) if images else {}
        entries = []
        for key, rank, plays_n, ms in ranked:
            item = item_rows[int(key[0])]
            artist = names.get(item.artist_id)
            entries.append(
                TopEntry(
                    rank,
                    item.title or item.uri or "",
                    artist.name if artist else None,
                    plays_n,
                    ms,
                    item.uri,
                    covers.get(item.id),
                )
            )
        return entries
    if kind is TopKind.ALBUM:
        # The first item of each album names it (and its artist). Picked in
        # the index: a compilation can have hundreds of items.
        albums: dict[int, Any] = {}
        wanted = [int(key[0]) for key, *_ in ranked]
        first_items = (
            select(func.min(items.c.id))
            .where(items.c.album_key.in_(wanted or [0]))
            .group_by(items.c.album_key)
        )
        for row in conn.execute(
            select(items.c.album_key, items.c.album, items.c.artist_id).where(
                items.c.id.in_(first_items)
            )
        ):
            albums.setdefault(int(row.album_key), row)
        if missing := [key for key in wanted if key not in albums]:
            # Streams credited to another artist than their item's (a media
            # player without artist): a play of the album names it.
            for row in conn.execute(
                select(
                    plays.c.album_key,
                    items.c.album,
                    plays.c.artist_id,
                )
                .select_from(plays.join(items, items.c.id == plays.c.item_id))
                .where(plays.c.album_key.in_(missing))
                .order_by(plays.c.id)
            ):
                albums.setdefault(int(row.album_key), row)
        names = _artist_rows(conn, [row.artist_id for row in albums.values()])
        covers = album_images(conn, wanted) if images else {}
        entries = []
        for key, rank, plays_n, ms in ranked:
            album = albums[int(key[0])]
            artist = names.get(album.artist_id)
            entries.append(
                TopEntry(
                    rank,
                    str(album.album),
                    artist.name if artist else None,
                    plays_n,
                    ms,
                    None,
                    covers.get(int(key[0])),
                )
            )
        return entries
    ids = [int(key[0]) for key, *_ in ranked]
    names = _artist_rows(conn, ids)
    pictures = artist_images(conn, ids, shows=kind is TopKind.SHOW) if images else {}
    return [
        TopEntry(
            rank,
            names[int(key[0])].name,
            None,
            plays_n,
            ms,
            names[int(key[0])].spotify_uri,
            pictures.get(int(key[0])),
        )
        for key, rank, plays_n, ms in ranked
    ]


def top_items(
    conn: Connection,
    scope: Scope,
    period: Period,
    kind: TopKind,
    *,
    rank_by: RankBy = RankBy.PLAYS,
    limit: int = 10,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
    images: bool = False,
) -> list[TopEntry]:
    """Rank the most played artists, tracks, albums or shows of a period.

    `images`: with each entry's artwork, where the history has it.

    Counts and times are over the plays the rule counts. Artists (and shows)
    are ranked by id: two spellings the history keeps apart stay apart
    ("Beyoncé" and "Beyonce"); `find` and `play_count` bring them together.
    """
    if limit < 1:
        return []
    found = resolve_scope(conn, scope)
    if found.nothing:
        return []
    start, end = bounds(period)
    rows = _top_rows(
        conn, found, start, end, kind=kind, rank_by=rank_by, limit=limit, rule=rule
    )
    return top_entries(conn, kind, ranked_keys(rows, rank_by), images=images)


def best_rows(
    counts: Mapping[int, tuple[int, int]], limit: int
) -> list[tuple[int, int, int]]:
    """Return the first `limit` (key, plays, ms) in the rankings' order.

    The largest (plays, ms, -key) are the first: tuples of ints compare in
    C, a key function per row would not (a third of the time over a year).
    """
    best = heapq.nlargest(
        limit, ((plays_n, ms, -key) for key, (plays_n, ms) in counts.items())
    )
    return [(-negated, plays_n, ms) for plays_n, ms, negated in best]


def best_entries(
    conn: Connection, kind: TopKind, counts: Mapping[int, tuple[int, int]], limit: int
) -> list[TopEntry]:
    """Rank (plays, ms) counted in Python by key; name the best `limit`."""
    return named_entries(conn, kind, best_rows(counts, limit))


def named_entries(
    conn: Connection,
    kind: TopKind,
    rows: Iterable[tuple[int, int, int]],
    *,
    images: bool = False,
) -> list[TopEntry]:
    """Name (key, plays, ms) rows ranked by plays, best first (`top_entries`)."""
    return top_entries(conn, kind, ranked_keys(rows, RankBy.PLAYS), images=images)
