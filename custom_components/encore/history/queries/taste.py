"""Taste: a period summed up, and the minutes listened per day."""

from collections.abc import Mapping
from datetime import date, timedelta, tzinfo
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, case, func, literal, select, union_all

from ..models import PlayKind
from ..periods import Period
from ..store.schema import plays
from .common import (
    WEEKDAYS,
    Filter,
    bounds,
    has_recordings,
    recording_map,
    recording_of,
    resolve_scope,
    scope_where,
    totals_rows,
    use_totals,
)
from .habits import (
    artists_new_in,
    grouped_by_local,
    heatmap,
    new_artists_query,
    streaks,
)
from .model import PlayRule, Scope, Streaks, TopEntry, TopKind, Totals, to_dict
from .rankings import best_rows, named_entries, top_items
from .totals import period_sums


class TasteTracks(NamedTuple):
    """A period's counted music plays by track, as a summary tells them (`tracks_of`)."""

    plays: int
    tracks: int
    top_tracks: list[TopEntry]


class TasteArtists(NamedTuple):
    """A period's counted music plays by artist, as a summary tells them (`artists_of`)."""

    artists: int
    top_artists: list[TopEntry]
    new_count: int
    new_artists: list[TopEntry]


type Row = tuple[int, int, int]
"""(key, plays, ms): a track's item id or an artist's id, and its sums."""


class Ranking(NamedTuple):
    """A period's counted music plays grouped by track or artist (`music_ranking`).

    Keys and sums only, no names: the listening page's top lists and a
    taste summary's parts name what they show of the same walk of the
    period (`named_entries`).
    """

    groups: int
    plays: int
    best: tuple[Row, ...]
    """The best `RANKED`, in `top_items`' order by plays."""
    new_count: int
    """Artists only: how many were first played in the period."""
    new_best: tuple[Row, ...]
    """Artists only: the best five of those."""


class TasteHabits(NamedTuple):
    """A period's sums, shows, heatmap and the streaks: `taste_habits`."""

    streams: int
    streamed_ms: int
    plays: int
    ms: int
    long_enough: int
    """Streams of 30 s or more (the skip rate's complement)."""
    top_shows: list[TopEntry]
    grid: list[list[int]]
    streaks: Streaks


_TASTE_LIMIT = 5
"""Top artists, tracks and new artists a summary names."""
RANKED = 10
"""The best tracks or artists a `Ranking` keeps: as many as the listening
page's top lists show; a taste summary names the first `_TASTE_LIMIT`."""
_TASTE_SHOWS = 3

# The parts of `music_ranking`'s statement, told apart
# by their first column.
_TOTALS, _TOP, _NEW, _NEW_COUNT = range(4)


def _ranked(part: int, rows: Any, limit: int, *conditions: Any) -> Select[Any]:
    """Select the best `limit` rows of `_grouped_music` (by plays, time, key)."""
    key = rows.c.key
    best = (
        select(literal(part).label("part"), key, rows.c.n, rows.c.ms)
        .where(*conditions)
        .order_by(rows.c.n.desc(), rows.c.ms.desc(), key)
        .limit(limit)
        .subquery()
    )
    return select(best)


def _grouped_music(
    conn: Connection,
    scope: Filter,
    period: tuple[int | None, int],
    rule: PlayRule,
    *,
    by_artist: bool,
) -> Any:
    """Group the period's counted music plays by track or artist: (key, n, ms).

    Over all the history of whole accounts, from the all-time totals and
    the tail (`common.totals_rows`); else from the period's plays.
    """
    start, end = period
    track = int(PlayKind.TRACK)
    if use_totals(conn, scope, start, end, rule):
        rows = totals_rows(
            conn, scope, rule, (track,), by="artist" if by_artist else "item"
        ).subquery()
        key: Any = rows.c.artist_id if by_artist else rows.c.item_id
        if not by_artist and has_recordings(conn, scope):
            return _one_song_totals(rows, recording_map(conn, scope)).cte("music")
        n: Any = func.sum(rows.c.plays)
        ms: Any = func.sum(rows.c.ms)
        query = select(key.label("key"), n.label("n"), func.coalesce(ms, 0).label("ms"))
        if by_artist:
            query = query.where(key != 0)
        grouped = query.group_by(key).having(n > 0)
    else:
        where, source = scope_where(conn, scope, start, end, rule)
        key = plays.c.artist_id if by_artist else plays.c.item_id
        if not by_artist and has_recordings(conn, scope):
            key = recording_of(key)
        grouped = (
            select(
                key.label("key"),
                func.count().label("n"),
                func.coalesce(func.sum(plays.c.ms_played), 0).label("ms"),
            )
            .select_from(source)
            .where(*where, plays.c.kind == track, key.is_not(None))
            .group_by(key)
        )
    return grouped.cte("music")


def _one_song_totals(rows: Any, recording: Mapping[int, int]) -> Any:
    """Group the totals' rows by recording (`store.recordings`): (key, n, ms).

    The URIs that are another's recording are few: the other items keep
    their grouping by item, which the totals' key delivers in order, and
    only the few are mapped (mapping every row cost a sort of them all).
    """
    ids = sorted(set(recording) | set(recording.values()))
    n: Any = func.sum(rows.c.plays)
    ms: Any = func.coalesce(func.sum(rows.c.ms), 0)
    song = case(
        *((rows.c.item_id == item, target) for item, target in recording.items()),
        else_=rows.c.item_id,
    )
    alone = (
        select(rows.c.item_id.label("key"), n.label("n"), ms.label("ms"))
        .where(rows.c.item_id.not_in(ids))
        .group_by(rows.c.item_id)
        .having(n > 0)
    )
    merged = (
        select(song.label("key"), n.label("n"), ms.label("ms"))
        .where(rows.c.item_id.in_(ids))
        .group_by(song)
        .having(n > 0)
    )
    return union_all(alone, merged)


def _parts(conn: Connection, *parts: Select[Any]) -> dict[int, list[Row]]:
    """Run a union of parts; their rows by part, as (key, n, ms) ints."""
    found: dict[int, list[Row]] = {}
    for part, key, n, ms in conn.execute(union_all(*parts)).tuples():
        # Ints, whatever the database sums to (MariaDB, PostgreSQL: decimals).
        found.setdefault(int(part), []).append(
            (int(key or 0), int(n or 0), int(ms or 0))
        )
    return found


def music_ranking(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    by_artist: bool,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Ranking:
    """Count, sum and rank the period's counted music plays by track or artist.

    One walk of the period's plays (or of the all-time totals), grouped in
    the database, which sends back a handful of rows: counted in Python,
    tens of thousands of groups cost the event loop (a thread building them
    holds the interpreter lock, `scripts/bench queries`). By artist, the
    new ones are ranked in the same statement when the history can tell
    them (`habits.new_artists_query`).

    Its `best` are `top_items`' first `RANKED` by plays for the same
    question, so one walk answers both (`listening_stats` and the page's
    top lists, asked together).
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return Ranking(0, 0, (), 0, ())
    start, end = bounds(period)
    music = _grouped_music(conn, found, (start, end), rule, by_artist=by_artist)
    parts = [
        select(
            literal(_TOTALS),
            func.count(),
            func.coalesce(func.sum(music.c.n), 0),
            literal(0),
        ).select_from(music),
        _ranked(_TOP, music, RANKED),
    ]
    everything = start is None or use_totals(conn, found, start, end, rule)
    # (`start is None` is in `everything`; said again for the type checker.)
    new = (
        None
        if not by_artist or everything or start is None
        else new_artists_query(conn, found, start, end, rule)
    )
    if new is not None:
        is_new = music.c.key.in_(new)
        parts += [
            _ranked(_NEW, music, _TASTE_LIMIT, is_new),
            select(literal(_NEW_COUNT), func.count(), literal(0), literal(0))
            .select_from(music)
            .where(is_new),
        ]
    rows = _parts(conn, *parts)
    groups, plays_n, _ = rows[_TOTALS][0]
    best = tuple(rows.get(_TOP, []))
    if not by_artist:
        return Ranking(groups, plays_n, best, 0, ())
    if everything:
        # Since the first play: every artist played in it is new in it.
        return Ranking(groups, plays_n, best, groups, best[:_TASTE_LIMIT])
    if new is not None:
        new_rows = tuple(rows.get(_NEW, []))
        return Ranking(groups, plays_n, best, rows[_NEW_COUNT][0][0], new_rows)
    in_period = artists_new_in(conn, found, start, end, rule)
    return Ranking(
        groups,
        plays_n,
        best,
        len(in_period),
        tuple(best_rows(in_period, _TASTE_LIMIT)),
    )


def tracks_of(conn: Connection, ranking: Ranking) -> TasteTracks:
    """Name a ranking by track as a taste summary tells it (the best five)."""
    top = named_entries(conn, TopKind.TRACK, ranking.best[:_TASTE_LIMIT])
    return TasteTracks(ranking.plays, ranking.groups, top)


def artists_of(conn: Connection, ranking: Ranking) -> TasteArtists:
    """Name a ranking by artist as a taste summary tells it (the best five)."""
    return TasteArtists(
        ranking.groups,
        named_entries(conn, TopKind.ARTIST, ranking.best[:_TASTE_LIMIT]),
        ranking.new_count,
        named_entries(conn, TopKind.ARTIST, ranking.new_best),
    )


def taste_habits(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    today: date,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> TasteHabits:
    """Sum the streams, rank the shows, draw the heatmap, find the streaks.

    The rest of `taste_summary`.
    """
    found = resolve_scope(conn, scope)
    grid = heatmap(conn, scope, period, time_zone, rule=rule)
    if found.nothing:
        return TasteHabits(0, 0, 0, 0, 0, [], grid, Streaks(0, 0, None, None))
    start, end = bounds(period)
    streams, streamed_ms, plays_n, ms = period_sums(conn, found, start, end, rule)
    long_enough = (
        plays_n
        if rule is PlayRule.THIRTY_SECONDS
        else _long_streams(conn, found, start, end)
    )
    return TasteHabits(
        streams,
        streamed_ms,
        plays_n,
        ms,
        long_enough,
        top_items(conn, scope, period, TopKind.SHOW, limit=_TASTE_SHOWS, rule=rule),
        grid,
        streaks(conn, scope, time_zone, today=today, rule=rule),
    )


def taste_combined(
    period: Period,
    rule: PlayRule,
    tracks: TasteTracks,
    artists: TasteArtists,
    habits: TasteHabits,
) -> dict[str, Any]:
    """`taste_summary`'s answer from its three parts, read apart or together."""
    music_plays = tracks.plays
    return {
        "period": period.as_dict(),
        "rule": rule.value,
        "totals": to_dict(
            Totals(
                habits.plays,
                habits.ms,
                habits.streams,
                habits.streamed_ms,
                artists.artists,
                tracks.tracks,
            )
        ),
        "top_artists": to_dict(artists.top_artists),
        "top_artists_share": (
            sum(entry.plays for entry in artists.top_artists) / music_plays
            if music_plays
            else 0.0
        ),
        "top_tracks": to_dict(tracks.top_tracks),
        "top_shows": to_dict(habits.top_shows),
        "peak": peak_cell(habits.grid),
        "repeat_rate": (music_plays - tracks.tracks) / music_plays
        if music_plays
        else 0.0,
        "skip_rate": (habits.streams - habits.long_enough) / habits.streams
        if habits.streams
        else 0.0,
        "new_artists": to_dict(artists.new_artists),
        "new_artists_count": artists.new_count,
        "streaks": to_dict(habits.streaks),
    }


def taste_summary(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    today: date,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> dict[str, Any]:
    """Sum up a period's listening, as JSON-friendly values.

    Keys: `period`, `rule`, `totals`, `top_artists` (5), `top_artists_share`
    (their share of the music plays), `top_tracks` (5), `top_shows` (3),
    `peak` (the weekday and hour with the most minutes, None without any),
    `repeat_rate`, `skip_rate`, `new_artists` (5) and `new_artists_count`,
    and `streaks` (as of `today`, over all time). Each is what the function
    of the same name answers.

    Its three parts (the rankings by track and by artist, `music_ranking`,
    and `taste_habits`) each walk the period once and need nothing of each
    other: `listening_stats` reads them side by side (`taste_combined`).
    """
    return taste_combined(
        period,
        rule,
        tracks_of(conn, music_ranking(conn, scope, period, by_artist=False, rule=rule)),
        artists_of(conn, music_ranking(conn, scope, period, by_artist=True, rule=rule)),
        taste_habits(conn, scope, period, time_zone, today=today, rule=rule),
    )


def peak_cell(grid: list[list[int]]) -> dict[str, Any] | None:
    """Find the busiest weekday and the busiest hour of the heatmap.

    Each on its own, the earliest on a tie: "when do I usually listen"
    and the taste summary name the same peak (they named the busiest hour
    of all days and the busiest hour of one weekday, and disagreed, issue
    33.15). `hour_minutes` and `weekday_minutes` are their sums.
    """
    by_hour = [sum(day[hour] for day in grid) for hour in range(24)]
    by_day = [sum(day) for day in grid]
    if not any(by_day):
        return None
    hour = by_hour.index(max(by_hour))
    day = by_day.index(max(by_day))
    return {
        "weekday": WEEKDAYS[day],
        "hour": hour,
        "weekday_minutes": by_day[day],
        "hour_minutes": by_hour[hour],
    }


def taste_brief(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    artists: int = 3,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> dict[str, Any]:
    """Sum up a period as a spoken answer does: top artists, plays, peak.

    The values of `taste_summary`'s keys `top_artists` (the first
    `artists`), `peak`, `period` and `rule`, and `plays` (its totals'
    plays), without the rest: the tracks, shows, new artists, rates and
    streaks of a long period cost more than twice these (measured over a
    million plays, `scripts/bench voice`), and a spoken answer says three
    things.
    """
    found = resolve_scope(conn, scope)
    start, end = bounds(period)
    plays_n = 0 if found.nothing else period_sums(conn, found, start, end, rule).plays
    return {
        "period": period.as_dict(),
        "rule": rule.value,
        "plays": plays_n,
        "top_artists": to_dict(
            top_items(conn, scope, period, TopKind.ARTIST, limit=artists, rule=rule)
        ),
        "peak": peak_cell(heatmap(conn, scope, period, time_zone, rule=rule)),
    }


def _long_streams(conn: Connection, scope: Filter, start: int | None, end: int) -> int:
    """Streams of 30 s or more in a period."""
    return period_sums(conn, scope, start, end, PlayRule.THIRTY_SECONDS).plays


def minutes_by_day(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[tuple[date, int]]:
    """Minutes of counted plays by local day, days without any left out, in order.

    What the listening page draws per day, week or month (it adds days up).
    Each day rounds its milliseconds to the nearest minute (half up), as the
    heatmap's cells do.
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return []
    start, end = bounds(period)
    days = grouped_by_local(
        conn,
        found,
        start,
        end,
        time_zone=time_zone,
        rule=rule,
        unit_hours=24,
        modulo=None,
    )
    epoch = date(1970, 1, 1)
    return [
        (epoch + timedelta(days=day), (ms + 30_000) // 60_000)
        for day, ms in sorted(days.items())
        if ms
    ]
