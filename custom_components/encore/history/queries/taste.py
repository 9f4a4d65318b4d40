"""Taste: a period summed up, and the minutes listened per day."""

from datetime import date, timedelta, tzinfo
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, distinct, func, literal, select, union_all

from ..models import PlayKind
from ..periods import Period
from ..store.schema import plays
from .common import WEEKDAYS, Filter, bounds, resolve_scope, scope_where, use_totals
from .habits import (
    artists_new_in,
    grouped_by_local,
    heatmap,
    new_artists_query,
    streaks,
)
from .model import PlayRule, RankBy, Scope, TopEntry, TopKind, Totals, to_dict
from .rankings import best_entries, ranked_keys, top_entries, top_items
from .totals import music_sums, period_sums


class _Music(NamedTuple):
    """A period's counted music plays, summed up in the database."""

    plays: int
    tracks: int
    artists: int
    top_artists: list[tuple[int, int, int]]
    """(artist id, plays, ms), best first; so are the tracks and new artists."""
    top_tracks: list[tuple[int, int, int]]
    new_count: int
    top_new: list[tuple[int, int, int]] | None
    """None when the history cannot tell which artists are new (`habits`)."""


# The parts of `_music_summary`'s one statement, told apart by its first column.
_TOTALS, _ARTISTS, _TRACKS, _NEW, _NEW_COUNT = range(5)


def _music_summary(
    conn: Connection,
    scope: Filter,
    period: tuple[int | None, int],
    rule: PlayRule,
    *,
    limit: int,
) -> _Music:
    """Count a period's music plays, rank its artists, tracks and new artists.

    One statement: the period's plays grouped by track and artist once (a
    year can hold tens of thousands of pairs), then counted and ranked in
    the database, which sends back a dozen rows. Counted in Python, the
    pairs cost the event loop: a thread building tens of thousands of
    tuples holds the interpreter for its big single steps and the garbage
    collections they set off (`scripts/bench queries`, under load).
    """
    start, end = period
    where, source = scope_where(conn, scope, start, end, rule)
    music = (
        select(
            plays.c.item_id.label("item_id"),
            plays.c.artist_id.label("artist_id"),
            func.count().label("n"),
            func.coalesce(func.sum(plays.c.ms_played), 0).label("ms"),
        )
        .select_from(source)
        .where(*where, plays.c.kind == int(PlayKind.TRACK))
        .group_by(plays.c.item_id, plays.c.artist_id)
        .cte("music")
    )

    def ranked(part: int, key: Any, *conditions: Any) -> Select[Any]:
        n, ms = func.sum(music.c.n), func.sum(music.c.ms)
        best = (
            select(literal(part).label("part"), key.label("key"), n.label("n"), ms)
            .where(*conditions)
            .group_by(key)
            .order_by(n.desc(), ms.desc(), key)
            .limit(limit)
            .subquery()
        )
        return select(best)

    # The totals' row: (part, tracks, plays, artists).
    parts: list[Select[Any]] = [
        select(
            literal(_TOTALS),
            func.count(distinct(music.c.item_id)),
            func.coalesce(func.sum(music.c.n), 0),
            func.count(distinct(music.c.artist_id)),
        ),
        ranked(_ARTISTS, music.c.artist_id, music.c.artist_id.is_not(None)),
        ranked(_TRACKS, music.c.item_id),
    ]
    new = None if start is None else new_artists_query(conn, scope, start, end, rule)
    if new is not None:
        is_new = music.c.artist_id.in_(new)
        parts += [
            ranked(_NEW, music.c.artist_id, is_new),
            select(
                literal(_NEW_COUNT),
                func.count(distinct(music.c.artist_id)),
                literal(0),
                literal(0),
            ).where(is_new),
        ]
    found: dict[int, list[tuple[int, int, int]]] = {}
    for part, key, n, ms in conn.execute(union_all(*parts)).tuples():
        # Ints, whatever the database sums to (MariaDB, PostgreSQL: decimals).
        found.setdefault(int(part), []).append(
            (int(key or 0), int(n or 0), int(ms or 0))
        )
    (tracks_n, plays_n, artists_n) = found[_TOTALS][0]
    top_artists = found.get(_ARTISTS, [])
    new_count: int = 0
    top_new: list[tuple[int, int, int]] | None = None
    if new is not None:
        new_count, top_new = found[_NEW_COUNT][0][0], found.get(_NEW, [])
    elif start is None:
        # Since the first play: every artist played in it is new in it.
        new_count, top_new = artists_n, top_artists
    return _Music(
        plays=plays_n,
        tracks=tracks_n,
        artists=artists_n,
        top_artists=top_artists,
        top_tracks=found.get(_TRACKS, []),
        new_count=new_count,
        top_new=top_new,
    )


def _entries(
    conn: Connection, kind: TopKind, rows: list[tuple[int, int, int]]
) -> list[TopEntry]:
    """Name (key, plays, ms) rows ranked by plays."""
    return top_entries(conn, kind, ranked_keys(rows, RankBy.PLAYS))


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
    music: _Music | None = None
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
            music = _music_summary(conn, found, (start, end), rule, limit=5)
            music_plays, artists_n, tracks_n = music.plays, music.artists, music.tracks
            top_artists = _entries(conn, TopKind.ARTIST, music.top_artists)
            top_tracks = _entries(conn, TopKind.TRACK, music.top_tracks)
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
    elif music is not None and music.top_new is not None:
        new_count = music.new_count
        new_entries = _entries(conn, TopKind.ARTIST, music.top_new)
    else:
        new = artists_new_in(conn, found, start, end, rule)
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
