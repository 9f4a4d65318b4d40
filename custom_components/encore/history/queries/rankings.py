"""Rankings: the top artists, tracks, albums and shows of a scope and period."""

from collections.abc import Callable, Iterable, Mapping, Sequence
import heapq
from typing import Any

from sqlalchemy import Connection, func, select

from ..periods import Period
from ..store.artwork import album_images, artist_images, item_images
from ..store.person_scopes import kept
from ..store.schema import artists, items, plays
from .common import (
    CHUNK,
    PLAY_KIND,
    Filter,
    bounds,
    by_recording,
    has_recordings,
    lastfm_plays_by_item,
    recording_map,
    recording_of,
    resolve_scope,
    scope_where,
    totals_rows,
    track_totals,
    use_totals,
)
from .model import PlayRule, RankBy, Scope, TopEntry, TopKind
from .person_totals import (
    period_shape as person_period_shape,
    person_period_rows,
    person_totals_rows,
    use_person_days,
    use_person_totals,
)

type _Key = tuple[Any, ...]

# How many times a ranking's length `_merged_recordings` reads: with the
# long tail of a history, the item four times down the list has far fewer
# plays than the last one shown, so a recording's unread URIs rarely could
# reach the answer and need reading.
_MERGE_MARGIN = 4
# Up to about a quarter's plays, mapping each play's item to its recording
# in the database costs less than merging in Python (`scripts/bench voice`:
# "on repeat", 30 days); beyond, more (a year: a fifth of the ranking).
_MAPPED_PERIOD_MS = 92 * 86_400_000


_BY = {
    TopKind.ARTIST: "artist",
    TopKind.SHOW: "artist",
    TopKind.TRACK: "item",
    TopKind.ALBUM: "album",
}
"""What each ranking sums the totals by (`totals_rows`, `person_totals`)."""
_KEY_COLUMN = {
    TopKind.ARTIST: "artist_id",
    TopKind.SHOW: "artist_id",
    TopKind.TRACK: "item_id",
    TopKind.ALBUM: "album_key",
}
"""The column of `plays` each ranking groups by."""


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


def _summed(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    rule: PlayRule,
    play_kind: int,
    by: str,
) -> Any:
    """Rows of sums to rank instead of the plays, if any: the all-time totals.

    The accounts' or the person's (`person_totals`).
    """
    if use_totals(conn, scope, start, end, rule) or use_person_totals(
        conn, scope, start, end, rule
    ):
        read = person_totals_rows if scope.person is not None else totals_rows
        return read(conn, scope, rule, (play_kind,), by=by)
    return None


def _person_period(
    conn: Connection,
    scope: Filter,
    period: tuple[int, int],
    *,
    kind: TopKind,
    rank_by: RankBy,
    limit: int,
    rule: PlayRule,
) -> list[Any]:
    """Rank a person's period: their accounts' plays and their per-day totals.

    (`person_totals`.) The statement is the same for every period of one
    shape: it is kept while the database is unchanged (`store.person_scopes`),
    and the period's bounds are its parameters. Tracks of a longer period
    merged by recording (`_merged_recordings`) read statements that vary.
    """
    play_kind, by = int(PLAY_KIND[kind]), _BY[kind]
    shape, params = person_period_shape(conn, scope, *period)
    # A few weeks' tracks: as the plays' ranking does (`_top_rows`).
    mapped = (
        kind is TopKind.TRACK
        and period[1] - period[0] <= _MAPPED_PERIOD_MS
        and has_recordings(conn, scope)
    )

    def grouped(rows: Any) -> tuple[Any, Any, Any, Any]:
        key: Any = rows.c[_KEY_COLUMN[kind]]
        if mapped:
            key = recording_of(key)
        plays_n, ms = func.sum(rows.c.plays), func.sum(rows.c.ms)
        query = (
            select(key, plays_n, ms)
            .where(*([] if kind is TopKind.TRACK else [key != 0]))
            .group_by(key)
            .having(plays_n > 0)
        )
        return query, key, plays_n, ms

    if kind is TopKind.TRACK and not mapped and has_recordings(conn, scope):
        rows = person_period_rows(scope, rule, (play_kind,), shape, by=by)
        query, key, plays_n, ms = grouped(rows.params(params).subquery())
        return _merged_recordings(
            conn,
            scope,
            recording_map(conn, scope),
            query,
            rule=rule,
            key=key,
            plays_n=plays_n,
            ms=ms,
            rank_by=rank_by,
            limit=limit,
        )

    def build() -> Any:
        rows = person_period_rows(scope, rule, (play_kind,), shape, by=by)
        query, key, plays_n, ms = grouped(rows.subquery())
        return query.order_by(*_order(plays_n, ms, rank_by), key).limit(limit)

    statement = kept(
        conn,
        ("top", scope.person, scope.kinds, rule, kind, rank_by, limit, mapped, shape),
        build,
    )
    return list(conn.execute(statement, params).tuples())


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
    by = _BY[kind]
    few_weeks = (
        kind is TopKind.TRACK
        and start is not None
        and end - start <= _MAPPED_PERIOD_MS
        and has_recordings(conn, scope)
    )
    summed = _summed(conn, scope, start, end, rule=rule, play_kind=play_kind, by=by)
    if summed is None and start is not None and use_person_days(scope, start, rule):
        return _person_period(
            conn,
            scope,
            (start, end),
            kind=kind,
            rank_by=rank_by,
            limit=limit,
            rule=rule,
        )
    if summed is not None:
        rows = summed.subquery()
        key: Any = rows.c[_KEY_COLUMN[kind]]
        plays_n: Any = func.sum(rows.c.plays)
        ms: Any = func.sum(rows.c.ms)
        query = select(key, plays_n, ms).where(
            *([] if kind is TopKind.TRACK else [key != 0])
        )
    else:
        if rule is PlayRule.LASTFM:
            lastfm = lastfm_plays_by_item(
                scope, start, end, plays.c.kind == play_kind, key=_KEY_COLUMN[kind]
            )
            where, source, columns = [lastfm.counts], lastfm.source, lastfm.columns
        else:
            where, source = scope_where(conn, scope, start, end, rule)
            where.append(plays.c.kind == play_kind)
            columns = plays.c
        key = columns[_KEY_COLUMN[kind]]
        if few_weeks:
            # A few weeks' plays: each mapped to its recording costs
            # less than `_merged_recordings`' further statements.
            key = recording_of(key)
        plays_n, ms = func.count(), func.sum(columns.ms_played)
        query = (
            select(key, plays_n, ms).select_from(source).where(*where, key.is_not(None))
        )
    query = query.group_by(key).having(plays_n > 0)
    mapped = few_weeks and summed is None
    if kind is TopKind.TRACK and not mapped and has_recordings(conn, scope):
        return _merged_recordings(
            conn,
            scope,
            recording_map(conn, scope),
            query,
            rule=rule,
            key=key,
            plays_n=plays_n,
            ms=ms,
            rank_by=rank_by,
            limit=limit,
        )
    ordered = query.order_by(*_order(plays_n, ms, rank_by), key).limit(limit)
    return list(conn.execute(ordered).tuples())


def _merged_recordings(
    conn: Connection,
    scope: Filter,
    recording: Mapping[int, int],
    query: Any,
    *,
    rule: PlayRule,
    key: Any,
    plays_n: Any,
    ms: Any,
    rank_by: RankBy,
    limit: int,
) -> list[tuple[int, int, int]]:
    """Rank tracks with the URIs of one recording as one (`store.recordings`).

    The plays are grouped by item as for any ranking: mapping each play's
    item to its recording in the database cost a fifth more over a year of
    plays, for the handful of items that are another's recording. Instead a
    few times `limit` of the best items are read and merged here. An item
    left unread has no more of the ranked measure than the last one read,
    so a recording with unread URIs can only reach the answer if its sum
    read so far plus that much for each unread URI reaches the `limit`-th
    entry, or their all-time sums do (the totals: a look-up); only then
    are those URIs' sums in the period read. Exact either way.
    """
    uris_of: dict[int, set[int]] = {}
    for item_id, target in recording.items():
        uris_of.setdefault(target, {target}).add(item_id)
    wanted = limit * _MERGE_MARGIN + len(recording) + len(uris_of)
    ordered = query.order_by(*_order(plays_n, ms, rank_by), key)
    rows = _item_sums(conn, ordered.limit(wanted))
    measure = 0 if rank_by is RankBy.PLAYS else 1
    if len(rows) == wanted:
        most_unread = rows[-1][1 + measure]
        merged = by_recording(_by_item(rows), recording)
        best = heapq.nlargest(limit, (found[measure] for found in merged.values()))
        if best[-1] <= most_unread:
            # Ties at the answer's end reach the unread items: read them all
            # (a history of few plays each, where that is cheap anyway).
            rows = _item_sums(conn, ordered)
        else:
            read = {item_id for item_id, _n, _ms in rows}
            unread = {
                target: left
                for target, uris in uris_of.items()
                if (left := uris - read)
            }
            unsure = _could_reach(
                unread, merged, measure, best[-1], lambda _item: most_unread
            )
            if unsure:
                # Tighter: a URI has no more in a period than in all its time.
                ever = track_totals(conn, scope, rule, unsure)
                unsure = _could_reach(
                    unread,
                    merged,
                    measure,
                    best[-1],
                    lambda item: min(most_unread, ever.get(item, (0, 0))[measure]),
                )
            if unsure:
                rows += _item_sums(conn, query.where(key.in_(unsure)))
    merged = by_recording(_by_item(rows), recording)
    best_rows = sorted(
        merged.items(),
        key=lambda entry: (-entry[1][measure], -entry[1][1 - measure], entry[0]),
    )[:limit]
    return [(item_id, found[0], found[1]) for item_id, found in best_rows]


def _could_reach(
    unread: Mapping[int, set[int]],
    merged: Mapping[int, tuple[int, int]],
    measure: int,
    bar: int,
    at_most: Callable[[int], int],
) -> list[int]:
    """Return the unread URIs of the recordings that could still reach `bar`.

    A recording's sum is what was read of it and, for each unread URI, at
    most `at_most(uri)` of the ranked measure.
    """
    return sorted(
        item_id
        for target, uris in unread.items()
        if merged.get(target, (0, 0))[measure] + sum(map(at_most, uris)) >= bar
        for item_id in uris
    )


def _by_item(rows: Iterable[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """(plays, ms) by item of (item, plays, ms) rows, one row per item."""
    return {item_id: (plays_found, ms_found) for item_id, plays_found, ms_found in rows}


def _item_sums(conn: Connection, query: Any) -> list[tuple[int, int, int]]:
    return [
        (int(item_id), int(plays_found), int(ms_found or 0))
        for item_id, plays_found, ms_found in conn.execute(query).tuples()
    ]


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
        return _track_entries(conn, ranked, images=images)
    if kind is TopKind.ALBUM:
        return _album_entries(conn, ranked, images=images)
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


def _track_entries(
    conn: Connection, ranked: Sequence[tuple[_Key, int, int, int]], *, images: bool
) -> list[TopEntry]:
    """`top_entries` of items: each with its title, artist and cover."""
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


def _album_entries(
    conn: Connection, ranked: Sequence[tuple[_Key, int, int, int]], *, images: bool
) -> list[TopEntry]:
    """`top_entries` of albums: each named by its first item, with its cover."""
    wanted = [int(key[0]) for key, *_ in ranked]
    albums = _album_rows(conn, wanted)
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


def _album_rows(conn: Connection, wanted: list[int]) -> dict[int, Any]:
    """(album_key, album, artist_id) of each album key, as a play names it."""
    # The first item of each album names it (and its artist). Picked in
    # the index: a compilation can have hundreds of items.
    albums: dict[int, Any] = {}
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
    return albums


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
