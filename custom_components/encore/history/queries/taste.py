"""Taste: a period summed up, and the minutes listened per day."""

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, func, select

from ..models import PlayKind
from ..periods import Period
from ..store.schema import plays
from .common import WEEKDAYS, Filter, bounds, resolve_scope, scope_where, use_totals
from .habits import artists_new_in, grouped_by_local, heatmap, streaks
from .model import PlayRule, Scope, TopEntry, TopKind, Totals, to_dict
from .rankings import best_entries, top_items
from .totals import music_sums, period_sums


def _music_counts(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> tuple[int, dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Count a period's music plays: in all, and (plays, ms) by artist and by track."""
    where, source = scope_where(conn, scope, start, end, rule)
    query = (
        select(
            plays.c.item_id,
            plays.c.artist_id,
            func.count(),
            func.coalesce(func.sum(plays.c.ms_played), 0),
        )
        .select_from(source)
        .where(*where, plays.c.kind == int(PlayKind.TRACK))
        .group_by(plays.c.item_id, plays.c.artist_id)
    )
    # Tens of thousands of plain integer rows: the driver's own tuples, without
    # a Row object each (half the time of this query over a year of plays),
    # taken apart column by column so that most of the work is in C.
    rows = conn.execute(query).cursor.fetchall()
    if not rows:
        return 0, {}, {}
    item_ids, artist_ids, counted, summed = zip(*rows, strict=True)
    # Ints, whatever the database sums to (MariaDB: decimals).
    counts, sums_ms = tuple(map(int, counted)), tuple(map(int, summed))
    by_artist = _summed(artist_ids, counts, sums_ms)
    by_artist.pop(None, None)
    if len(set(item_ids)) == len(item_ids):
        by_track = dict(zip(item_ids, zip(counts, sums_ms, strict=True), strict=True))
    else:
        # A track credited to more than one artist (or once to none).
        by_track = _summed(item_ids, counts, sums_ms)
    return sum(counts), by_artist, by_track


def _summed(
    keys: Sequence[Any], counts: Sequence[int], sums_ms: Sequence[int]
) -> dict[Any, tuple[int, int]]:
    """(plays, ms) added up by key."""
    plays_by: dict[Any, int] = {}
    ms_by: dict[Any, int] = {}
    plays_of, ms_of = plays_by.get, ms_by.get
    for key, count, ms in zip(keys, counts, sums_ms, strict=True):
        plays_by[key] = plays_of(key, 0) + count
        ms_by[key] = ms_of(key, 0) + ms
    return {key: (count, ms_by[key]) for key, count in plays_by.items()}


def taste_summary(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    today: date,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
    grid: list[list[int]] | None = None,
) -> dict[str, Any]:
    """Sum up a period's listening, as JSON-friendly values.

    Keys: `period`, `rule`, `totals`, `top_artists` (5), `top_artists_share`
    (their share of the music plays), `top_tracks` (5), `top_shows` (3),
    `peak` (the weekday and hour with the most minutes, None without any),
    `repeat_rate`, `skip_rate`, `new_artists` (5) and `new_artists_count`,
    and `streaks` (as of `today`, over all time). Each is what the function
    of the same name answers. `grid`: the period's `heatmap`, when the caller
    has it.
    """
    found = resolve_scope(conn, scope)
    start, end = bounds(period)
    played: dict[int, tuple[int, int]] | None = None
    all_time = False
    if found.nothing:
        music_plays, artists_n, tracks_n = 0, 0, 0
        streams, streamed_ms, plays_n, ms = 0, 0, 0, 0
        top_artists: list[TopEntry] = []
        top_tracks: list[TopEntry] = []
    else:
        streams, streamed_ms, plays_n, ms = period_sums(conn, found, start, end, rule)
        if all_time := use_totals(conn, found, start, end, rule):
            music_plays, artists_n, tracks_n = music_sums(conn, found, start, end, rule)
            top_artists = top_items(
                conn, scope, period, TopKind.ARTIST, limit=5, rule=rule
            )
            top_tracks = top_items(
                conn, scope, period, TopKind.TRACK, limit=5, rule=rule
            )
        else:
            # One walk of the period's music plays, grouped by track and
            # artist, serves both rankings, the counts of plays, artists and
            # tracks, and the new artists.
            music_plays, played, by_track = _music_counts(conn, found, start, end, rule)
            tracks_n = len(by_track)
            artists_n = len(played)
            top_artists = best_entries(conn, TopKind.ARTIST, played, 5)
            top_tracks = best_entries(conn, TopKind.TRACK, by_track, 5)
    if grid is None:
        grid = heatmap(conn, scope, period, time_zone, rule=rule)
    long_enough = (
        plays_n
        if rule is PlayRule.THIRTY_SECONDS or found.nothing
        else _long_streams(conn, found, start, end)
    )
    if found.nothing:
        new_count, new_entries = 0, []
    elif all_time:
        # Every artist of all time is new in it, ranked as the top artists.
        new_count, new_entries = artists_n, top_artists
    else:
        new = artists_new_in(conn, found, start, end, rule, played=played)
        new_count = len(new)
        new_entries = best_entries(conn, TopKind.ARTIST, new, 5)
    return {
        "period": period.as_dict(),
        "rule": rule.value,
        "totals": to_dict(
            Totals(plays_n, ms, streams, streamed_ms, artists_n, tracks_n)
        ),
        "top_artists": to_dict(top_artists),
        "top_artists_share": (
            sum(entry.plays for entry in top_artists) / music_plays
            if music_plays
            else 0.0
        ),
        "top_tracks": to_dict(top_tracks),
        "top_shows": to_dict(
            top_items(conn, scope, period, TopKind.SHOW, limit=3, rule=rule)
        ),
        "peak": peak_cell(grid),
        "repeat_rate": (music_plays - tracks_n) / music_plays if music_plays else 0.0,
        "skip_rate": (streams - long_enough) / streams if streams else 0.0,
        "new_artists": to_dict(new_entries),
        "new_artists_count": new_count,
        "streaks": to_dict(streaks(conn, scope, time_zone, today=today, rule=rule)),
    }


def peak_cell(grid: list[list[int]]) -> dict[str, Any] | None:
    """Find the heatmap's busiest weekday and hour (the earliest on a tie)."""
    minutes, day, hour = max(
        (minutes, -day, -hour)
        for day, row in enumerate(grid)
        for hour, minutes in enumerate(row)
    )
    if not minutes:
        return None
    return {"weekday": WEEKDAYS[-day], "hour": -hour, "minutes": minutes}


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
