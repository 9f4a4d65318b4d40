"""Totals: plays and time of a scope and period."""

from typing import Any, NamedTuple

from sqlalchemy import Connection, distinct, func, select

from ..models import PlayKind
from ..periods import Period
from ..store.schema import plays, rollup_hours
from .common import (
    Filter,
    bounds,
    counted_sums,
    has_recordings,
    hour_columns,
    hour_conditions,
    period_conditions,
    recording_map,
    recording_of,
    resolve_scope,
    scope_where,
    split_hours,
    totals_rows,
    track_totals,
    use_totals,
)
from .model import PlayRule, Scope, Totals


class _Sums(NamedTuple):
    """What a period holds: every stream, and the plays a rule counts."""

    streams: int
    streamed_ms: int
    plays: int
    ms: int


def period_sums(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> _Sums:
    """Sum a period: whole hours from the rollup, its edges from the plays.

    A scope of some kinds or devices only reads the plays: the buckets are
    kept for every kind and device together.
    """
    if not scope.bucketed:
        edge_plays, edge_ms, source = counted_sums(rule)
        found = conn.execute(
            select(func.count(), func.sum(plays.c.ms_played), edge_plays, edge_ms)
            .select_from(source)
            .where(*period_conditions(start, end), *scope.plays())
        ).one()
        return _Sums._make(int(value or 0) for value in found)
    split = split_hours(start, end)
    plays_column, ms_column = hour_columns(rule)
    found = conn.execute(
        select(
            func.sum(rollup_hours.c.streams),
            func.sum(rollup_hours.c.ms_played),
            func.sum(plays_column),
            func.sum(ms_column),
        ).where(*hour_conditions(split.first_hour, split.end_hour), *scope.hours())
    ).one()
    sums = [int(value or 0) for value in found]
    edge_plays, edge_ms, source = counted_sums(rule)
    for edge_start, edge_end in split.edges:
        more = conn.execute(
            select(func.count(), func.sum(plays.c.ms_played), edge_plays, edge_ms)
            .select_from(source)
            .where(*period_conditions(edge_start, edge_end), *scope.plays())
        ).one()
        sums = [
            total + int(value or 0) for total, value in zip(sums, more, strict=True)
        ]
    return _Sums._make(sums)


def music_sums(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    rule: PlayRule,
    *,
    artists: bool = True,
) -> tuple[int, int, int]:
    """(plays, distinct artists, distinct tracks) of counted music plays.

    Without `artists`, the distinct artists are not counted (0).
    """
    track = int(PlayKind.TRACK)
    if use_totals(conn, scope, start, end, rule):
        rows = totals_rows(conn, scope, rule, (track,)).subquery()
        plays_n, tracks_n = conn.execute(
            select(func.sum(rows.c.plays), func.count(distinct(rows.c.item_id))).where(
                rows.c.plays > 0
            )
        ).one()
        if has_recordings(conn, scope):
            tracks_n -= _more_uris_than_songs(conn, scope, rule)
        by_artist = totals_rows(conn, scope, rule, (track,), by="artist").subquery()
        artists_n = conn.execute(
            select(func.count(distinct(by_artist.c.artist_id))).where(
                by_artist.c.plays > 0
            )
        ).scalar_one()
    else:
        where, source = scope_where(conn, scope, start, end, rule)
        song: Any = plays.c.item_id
        if has_recordings(conn, scope):
            song = recording_of(plays.c.item_id)
        counts: list[Any] = [func.count(), func.count(distinct(song))]
        if artists:
            counts.append(func.count(distinct(plays.c.artist_id)))
        found = conn.execute(
            select(*counts).select_from(source).where(*where, plays.c.kind == track)
        ).one()
        plays_n, tracks_n = found[0], found[1]
        artists_n = found[2] if artists else 0
    return int(plays_n or 0), int(artists_n or 0), int(tracks_n or 0)


def _more_uris_than_songs(conn: Connection, scope: Filter, rule: PlayRule) -> int:
    """How many more URIs than recordings the scope played (`store.recordings`).

    The URIs of one recording are one track. Mapping every item of the
    totals to its recording cost a quarter of the count; the few URIs that
    are another's recording are looked at alone instead.
    """
    recording = recording_map(conn, scope)
    grouped = sorted(set(recording) | set(recording.values()))
    played = {
        item_id
        for item_id, (plays_n, _ms) in track_totals(conn, scope, rule, grouped).items()
        if plays_n > 0
    }
    songs = {recording.get(item_id, item_id) for item_id in played}
    return len(played) - len(songs)


def stream_count(conn: Connection, scope: Scope, period: Period) -> int:
    """Count a period's streams (any kind and length), as `totals` does.

    From the hours alone: without the distinct artists and tracks `totals`
    counts, which over all time read every item's totals.
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0
    start, end = bounds(period)
    return period_sums(conn, found, start, end, PlayRule.ALL).streams


def streamed_ms(conn: Connection, scope: Scope, period: Period) -> int:
    """Sum the time of every stream in scope (skips too), as `totals.ms_streamed`.

    For a scope of some kinds ("how much of it was podcasts"): over all the
    history of whole accounts from the all-time totals by item (streams
    without an artist too), else one walk of the period's plays in the
    covering index.
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0
    start, end = bounds(period)
    if found.kinds is not None and use_totals(conn, found, start, end, PlayRule.ALL):
        rows = totals_rows(conn, found, PlayRule.ALL, found.kinds)
        inner = rows.subquery()
        return int(conn.execute(select(func.sum(inner.c.ms))).scalar() or 0)
    return period_sums(conn, found, start, end, PlayRule.ALL).streamed_ms


def totals(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Totals:
    """Plays, time, streams, and distinct music artists and tracks of a period."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return Totals(0, 0, 0, 0, 0, 0)
    start, end = bounds(period)
    sums = period_sums(conn, found, start, end, rule)
    _, artists_n, tracks_n = music_sums(conn, found, start, end, rule)
    return Totals(
        sums.plays, sums.ms, sums.streams, sums.streamed_ms, artists_n, tracks_n
    )
