"""Habits: when someone listens (the heatmap), repeats, skips, new artists, streaks."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    case,
    func,
    literal,
    select,
    union_all,
)

from ..models import THIRTY_SECONDS_MS, PlayKind
from ..periods import Period
from ..store.schema import (
    HOUR_MS,
    QUARTER_MS,
    artist_firsts,
    artist_totals,
    item_totals,
    plays,
    rollup_hours,
    rollup_quarters,
)
from .common import (
    CHUNK,
    EPOCH_DAY,
    EPOCH_WEEK_HOUR,
    FEW_ARTISTS,
    WEEK_HOURS,
    Filter,
    bounds,
    counted,
    data_hours,
    hour_aligned,
    hour_columns,
    hour_conditions,
    offset_spans,
    resolve_scope,
    scope_where,
    split_hours,
    tail_range,
    totals_rows,
    use_totals,
)
from .model import PlayRule, RankBy, Scope, SkipEntry, Streaks, TopEntry, TopKind
from .rankings import best_entries, ranked_keys, top_entries
from .totals import music_sums, period_sums


def _local_spans(
    conn: Connection, scope: Filter, start: int | None, end: int, time_zone: tzinfo
) -> tuple[tuple[int, int, int], ...]:
    """Cut the period (from the first data when open) at offset changes."""
    if start is None:
        hours = data_hours(conn, scope)
        if hours is None:
            return ()
        start = hours[0] * HOUR_MS
    if start >= end:
        return ()
    return offset_spans(start, end, time_zone)


def grouped_by_local(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    time_zone: tzinfo,
    rule: PlayRule,
    unit_hours: int,
    modulo: int | None,
    sums: bool = True,
) -> dict[int, int]:
    """Ms of counted plays by local unit (hour of week, or day number).

    Local unit = (local hours since the epoch + shift) // unit, mod modulo:
    with `unit_hours` 1 and modulo 168, the hour of the week from Monday
    00:00; with 24 and none, the local day. Rollup hours serve when every
    local hour is a whole UTC hour, quarter hours when it is whole quarters
    of an hour; otherwise the plays.

    `sums` False: only which units had a counted play, each with 0 ms. Their
    distinct values are then all SQLite keeps, where summing sorts every
    row first (a third of the time, for the days of ten years).
    """
    spans = _local_spans(conn, scope, start, end, time_zone)
    cells = _cells(scope, spans)
    bucket = _Bucket(EPOCH_WEEK_HOUR if modulo else 0, unit_hours, modulo)
    queries: list[Select[Any] | CompoundSelect[Any]] = []
    raw_ranges: list[tuple[int | None, int, int]] = []
    if cells is not None and spans:
        query, raw_ranges = _from_cells(cells, spans, bucket, rule=rule, sums=sums)
        queries.append(query)
    else:
        raw_ranges = list(spans)
    for raw_start, raw_end, offset in raw_ranges:
        where, source = scope_where(conn, scope, raw_start, raw_end, rule)
        unit = bucket((plays.c.ended_at + offset) // HOUR_MS)
        queries.append(
            _by_unit(unit, plays.c.ms_played, sums=sums)
            .select_from(source)
            .where(*where)
        )
    found: dict[int, int] = {}
    for query in queries:
        for key, ms in conn.execute(query).tuples():
            found[int(key)] = found.get(int(key), 0) + int(ms or 0)
    return found


type _Cells = tuple[Any, Any, int, list[ColumnElement[bool]]]
"""A rollup table, its cell column, the cell's width and the scope's conditions."""


def _cells(scope: Filter, spans: tuple[tuple[int, int, int], ...]) -> _Cells | None:
    """Return the rollup whose cells are whole local hours, if one serves."""
    if not scope.bucketed:
        # Some kinds or devices: the buckets hold every one together.
        return None
    if hour_aligned(spans):
        return (rollup_hours, rollup_hours.c.hour, HOUR_MS, scope.hours())
    if hour_aligned(spans, QUARTER_MS):
        quarter = rollup_quarters.c.quarter
        return (rollup_quarters, quarter, QUARTER_MS, scope.quarters())
    return None


@dataclass(frozen=True, slots=True)
class _Bucket:
    """The local unit of local hours since the epoch: shifted, cut, wrapped."""

    shift: int
    unit_hours: int
    modulo: int | None

    def __call__(self, hours_expr: Any) -> Any:
        """Return the unit of `hours_expr` (an SQL expression)."""
        shifted = hours_expr + self.shift
        unit = shifted // self.unit_hours if self.unit_hours > 1 else shifted
        return unit % self.modulo if self.modulo else unit


def _from_cells(
    cells: _Cells,
    spans: tuple[tuple[int, int, int], ...],
    bucket: _Bucket,
    *,
    rule: PlayRule,
    sums: bool,
) -> tuple[Select[Any] | CompoundSelect[Any], list[tuple[int | None, int, int]]]:
    """Return the query over the rollup's cells, and the raw ranges at its ends."""
    table, cell, cell_ms, in_scope = cells
    plays_column, ms_column = hour_columns(rule, table)
    # A range of the cells per span, each with its offset as a constant:
    # one statement, and cheaper than a CASE of every span's end on
    # every cell (21 spans over ten years of Berlin).
    split = split_hours(spans[0][0], spans[-1][1], cell_ms)
    per_hour = HOUR_MS // cell_ms
    parts: list[Select[Any]] = []
    for index, (_begin, span_end, offset) in enumerate(spans):
        low = split.first_hour if index == 0 else spans[index][0] // cell_ms
        high = split.end_hour if index == len(spans) - 1 else span_end // cell_ms
        local = cell + offset // cell_ms
        unit = bucket(local // per_hour if per_hour > 1 else local)
        parts.append(
            _by_unit(unit, ms_column, sums=sums).where(
                *hour_conditions(low, high, cell), plays_column > 0, *in_scope
            )
        )
    # The partial hours at the ends fall in the first or last span.
    raw_ranges: list[tuple[int | None, int, int]] = []
    for edge_start, edge_end in split.edges:
        moment = spans[0][0] if edge_start is None else edge_start
        offset = next(
            offset
            for span_start, span_end, offset in spans
            if span_start <= moment < span_end
        )
        raw_ranges.append((edge_start, edge_end, offset))
    return (parts[0] if len(parts) == 1 else union_all(*parts)), raw_ranges


def _by_unit(unit: Any, ms: Any, *, sums: bool) -> Select[Any]:
    """Ms by unit, or (`sums` False) each unit once with 0."""
    if sums:
        return select(unit, func.sum(ms)).group_by(unit)
    return select(unit, literal(0)).distinct()


def heatmap(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[list[int]]:
    """Minutes listened by local weekday (Monday first) and hour: 7 rows of 24.

    Each cell rounds its milliseconds to the nearest minute (half up).
    """
    grid = [[0] * 24 for _ in range(7)]
    found = resolve_scope(conn, scope)
    if found.nothing:
        return grid
    start, end = bounds(period)
    cells = _cells_by_hour_of_week(
        conn, found, start, end, time_zone=time_zone, rule=rule
    )
    for hour_of_week, ms in cells.items():
        grid[hour_of_week // 24][hour_of_week % 24] = (ms + 30_000) // 60_000
    return grid


def _cells_by_hour_of_week(
    conn: Connection,
    found: Filter,
    start: int | None,
    end: int,
    *,
    time_zone: tzinfo,
    rule: PlayRule,
) -> dict[int, int]:
    """Ms of counted plays by local hour of the week (Monday 00:00 first).

    Some kinds (music, podcasts) on no device in particular: the time
    buckets hold every kind together, so the cells are every kind's from
    the buckets less the other kinds' from the plays. Music, the usual
    question, is then the buckets less the podcast and audiobook plays'
    cells, instead of every track's play grouped one by one; kinds without
    tracks (podcasts) are fewer plays, read directly.
    """

    def cells(scope: Filter) -> dict[int, int]:
        return grouped_by_local(
            conn,
            scope,
            start,
            end,
            time_zone=time_zone,
            rule=rule,
            unit_hours=1,
            modulo=WEEK_HOURS,
        )

    if found.kinds is None or found.device_ids is not None:
        return cells(found)
    others = tuple(int(kind) for kind in PlayKind if int(kind) not in found.kinds)
    spans = _local_spans(conn, found, start, end, time_zone)
    if (
        not others
        # Tracks are most plays: podcasts alone are cheaper read directly.
        or int(PlayKind.TRACK) in others
        or not (hour_aligned(spans) or hour_aligned(spans, QUARTER_MS))
    ):
        return cells(found)
    less = cells(replace(found, kinds=others))
    every = cells(replace(found, kinds=None))
    return {
        unit: ms - less.get(unit, 0)
        for unit, ms in every.items()
        if ms > less.get(unit, 0)
    }


def repeat_rate(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> float:
    """Share of music plays whose track was already played earlier in the period."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0.0
    start, end = bounds(period)
    plays_n, _, tracks_n = music_sums(conn, found, start, end, rule)
    return (plays_n - tracks_n) / plays_n if plays_n else 0.0


def _skip_rows(
    conn: Connection, scope: Filter, start: int | None, end: int, *, by_artist: bool
) -> Select[Any] | CompoundSelect[Any]:
    """(key, skips, streams) rows of music streams, to be summed by key.

    Over all the history of whole accounts, from the all-time totals (their
    streams less their plays of 30 s or more) and the tail's streams one by
    one; else one walk of the period's plays in the covering index.
    """
    track = int(PlayKind.TRACK)
    short = case((plays.c.ms_played < THIRTY_SECONDS_MS, 1), else_=0)
    key_of_play = plays.c.artist_id if by_artist else plays.c.item_id
    if not use_totals(conn, scope, start, end, PlayRule.ALL):
        where, source = scope_where(conn, scope, start, end, PlayRule.ALL)
        return (
            select(
                key_of_play.label("key"),
                short.label("skips"),
                literal(1).label("streams"),
            )
            .select_from(source)
            .where(*where, plays.c.kind == track, key_of_play.is_not(None))
        )
    table = artist_totals if by_artist else item_totals
    key = table.c.artist_id if by_artist else table.c.item_id
    folded = select(
        key.label("key"),
        (table.c.streams - table.c.plays_30s).label("skips"),
        table.c.streams.label("streams"),
    ).where(
        *scope.totals(table.c.account_id),
        table.c.kind == track,
        # Artist 0 in the totals is "no artist".
        *([key != 0] if by_artist else []),
    )
    tail = tail_range(conn, scope)
    if tail is None:
        return folded
    return union_all(
        folded,
        select(key_of_play, short, literal(1)).where(
            plays.c.id >= tail[0],
            plays.c.id <= tail[1],
            *scope.plays(),
            plays.c.kind == track,
            key_of_play.is_not(None),
        ),
    )


def most_skipped(
    conn: Connection,
    scope: Scope,
    period: Period,
    kind: TopKind,
    *,
    limit: int = 10,
) -> list[SkipEntry]:
    """Rank the music tracks or artists skipped most in a period.

    A skip is a stream under 30 seconds, as `skip_rate` counts them (not
    Spotify's flag, which only some sources set). Ranked by skips; on a tie
    the one with fewer streams first (more of it was skipped), then by id.
    Only what was skipped at least once is listed.
    """
    if kind not in (TopKind.TRACK, TopKind.ARTIST):
        raise ValueError(f"skips are counted by track or artist, not {kind}")
    found = resolve_scope(conn, scope)
    if found.nothing or limit < 1:
        return []
    start, end = bounds(period)
    by_artist = kind is TopKind.ARTIST
    if use_totals(conn, found, start, end, PlayRule.ALL):
        rows = _skip_rows(conn, found, start, end, by_artist=by_artist).subquery()
        skips, streams = func.sum(rows.c.skips), func.sum(rows.c.streams)
        query = (
            select(rows.c.key, skips, streams)
            .group_by(rows.c.key)
            .having(skips > 0)
            .order_by(skips.desc(), streams, rows.c.key)
            .limit(limit)
        )
        best = list(conn.execute(query).tuples())
    else:
        best = _most_skipped_in(
            conn, found, start, end, by_artist=by_artist, limit=limit
        )
    ranked = ranked_keys(best, RankBy.PLAYS)
    # Named as a ranking is; its plays and time are the skips and streams.
    return [
        SkipEntry(
            entry.rank,
            entry.name,
            entry.artist,
            entry.plays,
            entry.ms_played,
            entry.uri,
        )
        for entry in top_entries(conn, kind, ranked)
    ]


def _most_skipped_in(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    by_artist: bool,
    limit: int,
) -> list[tuple[int, int, int]]:
    """(key, skips, streams) of the most skipped in a period, best first.

    The skips are counted first, from the short streams alone (a quarter of
    them); the streams only of those that can still rank, the skips tied
    with the last one named included: a third of the time of counting
    every stream by key (measured over a million plays, `scripts/bench
    voice`).
    """
    track = int(PlayKind.TRACK)
    key = plays.c.artist_id if by_artist else plays.c.item_id
    where, source = scope_where(conn, scope, start, end, PlayRule.ALL)
    music = [*where, plays.c.kind == track, key.is_not(None)]
    # Tens of thousands of keys: the driver's tuples, not a Row each.
    skips: dict[int, int] = dict(
        conn.execute(
            select(key, func.count())
            .select_from(source)
            .where(*music, plays.c.ms_played < THIRTY_SECONDS_MS)
            .group_by(key)
        ).cursor.fetchall()
    )
    if not skips:
        return []
    cutoff = sorted(skips.values(), reverse=True)[:limit][-1]
    wanted = sorted(found for found, count in skips.items() if count >= cutoff)
    counting = select(key, func.count()).select_from(source).group_by(key)
    if len(wanted) > 4 * CHUNK:
        # Many tied (a short period, one skip each): every key at once.
        queries = [counting.where(*music)]
    else:
        queries = [
            counting.where(*music, key.in_(wanted[first : first + CHUNK]))
            for first in range(0, len(wanted), CHUNK)
        ]
    # (A result has keys(): dict() would take it for a mapping.)
    streams: dict[int, int] = {
        found: count
        for query in queries
        for found, count in conn.execute(query).cursor.fetchall()
    }
    ranked = sorted(wanted, key=lambda found: (-skips[found], streams[found], found))
    return [(found, skips[found], streams[found]) for found in ranked[:limit]]


def skip_rate(conn: Connection, scope: Scope, period: Period) -> float:
    """Share of the streams of a period (any kind) that lasted under 30 seconds."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0.0
    start, end = bounds(period)
    streams, _, long_enough, _ = period_sums(
        conn, found, start, end, PlayRule.THIRTY_SECONDS
    )
    return (streams - long_enough) / streams if streams else 0.0


def _artist_counts(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int | None,
    *,
    rule: PlayRule,
    only: Sequence[int] | None = None,
) -> dict[int, tuple[int, int]]:
    """(plays, ms) of counted music plays by artist in [start, end).

    `only`: of these artists alone (at most `CHUNK`).
    """
    where, source = scope_where(conn, scope, start, end, rule)
    if only is not None:
        where.append(plays.c.artist_id.in_(only))
    query = (
        select(plays.c.artist_id, func.count(), func.sum(plays.c.ms_played))
        .select_from(source)
        .where(
            *where, plays.c.kind == int(PlayKind.TRACK), plays.c.artist_id.is_not(None)
        )
        .group_by(plays.c.artist_id)
    )
    return {
        int(artist_id): (int(plays_n), int(ms or 0))
        for artist_id, plays_n, ms in conn.execute(query).cursor.fetchall()
    }


def _firsts_new_in(
    conn: Connection, scope: Filter, start: int, end: int, rule: PlayRule
) -> set[int] | None:
    """Find the music artists whose first counted play falls in [start, end).

    From `artist_firsts` (the folded plays) and the tail's plays; None when
    they cannot tell: a source's plays alone, or the Last.fm rule, whose
    verdicts change as items' lengths grow.
    """
    query = new_artists_query(conn, scope, start, end, rule)
    if query is None:
        return None
    return {int(artist_id) for (artist_id,) in conn.execute(query).tuples()}


def new_artists_query(
    conn: Connection, scope: Filter, start: int, end: int, rule: PlayRule
) -> Select[tuple[int]] | None:
    """Select the ids of the artists first played in [start, end).

    None when the history cannot tell (`_firsts_new_in`). A query, so that
    a caller can rank the new artists in the database (`taste`).
    """
    if rule is PlayRule.LASTFM or not scope.whole_accounts:
        return None
    track = int(PlayKind.TRACK)
    column = (
        artist_firsts.c.first_ended_30s
        if rule is PlayRule.THIRTY_SECONDS
        else artist_firsts.c.first_ended
    )
    firsts: Select[Any] | CompoundSelect[Any] = select(
        artist_firsts.c.artist_id.label("artist_id"), column.label("first")
    ).where(
        *scope.totals(artist_firsts.c.account_id),
        artist_firsts.c.kind == track,
        column.is_not(None),
    )
    if (tail := tail_range(conn, scope)) is not None:
        condition = counted(rule)
        firsts = union_all(
            firsts,
            select(plays.c.artist_id, plays.c.ended_at).where(
                plays.c.id >= tail[0],
                plays.c.id <= tail[1],
                *scope.plays(),
                plays.c.kind == track,
                plays.c.artist_id.is_not(None),
                *([] if condition is None else [condition]),
            ),
        )
    rows = firsts.subquery()
    earliest = func.min(rows.c.first)
    # Grouped and compared in the database: only the new come back, not
    # the tens of thousands of artists played before.
    return (
        select(rows.c.artist_id)
        .group_by(rows.c.artist_id)
        .having(earliest >= start, earliest < end)
    )


def _all_time_artist_plays(
    conn: Connection, scope: Filter, rule: PlayRule, artist_ids: Sequence[int]
) -> dict[int, int]:
    """All-time counted music plays of these artists, from the totals.

    A few hundred are looked up by key; more, and one grouped read of all
    of `artist_totals` (tens of thousands of rows) is cheaper than lists of
    ids a chunk at a time.
    """
    few = len(artist_ids) <= FEW_ARTISTS
    rows = totals_rows(
        conn,
        scope,
        rule,
        (int(PlayKind.TRACK),),
        by="artist",
        extra=[artist_totals.c.artist_id.in_(artist_ids)] if few else (),
        tail_extra=[plays.c.artist_id.in_(artist_ids)] if few else (),
    ).subquery()
    query = select(rows.c.artist_id, func.sum(rows.c.plays)).group_by(rows.c.artist_id)
    # The driver's tuples, as in `_music_counts`: tens of thousands of rows.
    return {
        int(artist_id): int(plays_n or 0)
        for artist_id, plays_n in conn.execute(query).cursor.fetchall()
    }


def artists_new_in(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    rule: PlayRule,
    *,
    played: dict[int, tuple[int, int]] | None = None,
) -> dict[int, tuple[int, int]]:
    """(plays, ms) by artist of the artists first played in [start, end).

    `played`: the period's (plays, ms) by artist, when the caller has them.
    Callers rank only the few they name (`_best`): there can be thousands.
    """
    if (
        start is not None
        and not use_totals(conn, scope, start, end, rule)
        and (new := _firsts_new_in(conn, scope, start, end, rule)) is not None
    ):
        # Each new artist's first counted play is in the period: each has
        # plays in it. Only theirs are counted, not every artist's.
        if played is not None:
            return {artist_id: played[artist_id] for artist_id in new}
        if len(new) > CHUNK:
            found = _artist_counts(conn, scope, start, end, rule=rule)
            return {artist_id: found[artist_id] for artist_id in new}
        return _artist_counts(conn, scope, start, end, rule=rule, only=sorted(new))
    if played is not None:
        in_period = played
    elif use_totals(conn, scope, start, end, rule):
        # The period holds every play: every artist played is new in it.
        rows = totals_rows(
            conn, scope, rule, (int(PlayKind.TRACK),), by="artist"
        ).subquery()
        in_period = {
            int(artist_id): (int(plays_n), int(ms or 0))
            for artist_id, plays_n, ms in conn.execute(
                select(rows.c.artist_id, func.sum(rows.c.plays), func.sum(rows.c.ms))
                .group_by(rows.c.artist_id)
                .having(func.sum(rows.c.plays) > 0)
            ).tuples()
        }
    else:
        in_period = _artist_counts(conn, scope, start, end, rule=rule)
    if (
        start is not None
        and in_period
        and not use_totals(conn, scope, start, end, rule)
    ):
        played_before = _played_before(
            conn, scope, start, end, rule=rule, in_period=in_period
        )
        in_period = {
            artist_id: counts
            for artist_id, counts in in_period.items()
            if artist_id not in played_before
        }
    return in_period


def _played_before(
    conn: Connection,
    scope: Filter,
    start: int,
    end: int,
    *,
    rule: PlayRule,
    in_period: dict[int, tuple[int, int]],
) -> set[int]:
    """Which of the period's artists had a counted play before it.

    Whichever side of the period spans less of the history is read: the
    plays before it, or, for whole accounts, the all-time totals less the
    period and the plays after it. A recent period has years before it
    and little after.
    """
    hours = data_hours(conn, scope)
    if hours is not None and rule is not PlayRule.LASTFM and scope.whole_accounts:
        before = start - hours[0] * HOUR_MS
        after = (hours[1] + 1) * HOUR_MS - end
        if after < before:
            all_time = _all_time_artist_plays(conn, scope, rule, list(in_period))
            later = _artist_counts(conn, scope, end, None, rule=rule)
            return {
                artist_id
                for artist_id, (plays_n, _ms) in in_period.items()
                if all_time.get(artist_id, 0)
                - plays_n
                - later.get(artist_id, (0, 0))[0]
                > 0
            }
    return set(_artist_counts(conn, scope, None, start, rule=rule)) & set(in_period)


def new_artists(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    limit: int = 10,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[TopEntry]:
    """Music artists whose first play ever (in scope) falls in the period.

    Ranked by their plays in the period.
    """
    return discovered(conn, scope, period, limit=limit, rule=rule)[1]


def discovered(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    limit: int = 10,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> tuple[int, list[TopEntry]]:
    """Count the artists new in the period, and name the first `limit` of them.

    As `new_artists`; the count is of all of them, not only those named.
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0, []
    start, end = bounds(period)
    new = artists_new_in(conn, found, start, end, rule)
    if limit < 1:
        return len(new), []
    return len(new), best_entries(conn, TopKind.ARTIST, new, limit)


def local_days(
    conn: Connection, scope: Filter, time_zone: tzinfo, rule: PlayRule
) -> list[int]:
    """Local days (since 1970-01-01) with a counted play, in order."""
    hours = data_hours(conn, scope)
    if hours is None:
        return []
    days = grouped_by_local(
        conn,
        scope,
        hours[0] * HOUR_MS,
        (hours[1] + 1) * HOUR_MS,
        time_zone=time_zone,
        rule=rule,
        unit_hours=24,
        modulo=None,
        sums=False,
    )
    return sorted(days)


def streaks(
    conn: Connection,
    scope: Scope,
    time_zone: tzinfo,
    *,
    today: date,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Streaks:
    """Find runs of local days in a row with a counted play: current and longest."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return Streaks(0, 0, None, None)
    last_day = (today - EPOCH_DAY).days
    days = [day for day in local_days(conn, found, time_zone, rule) if day <= last_day]
    longest = 0
    longest_end: int | None = None
    run = 0
    previous: int | None = None
    for day in days:
        run = run + 1 if previous is not None and day == previous + 1 else 1
        if run > longest:
            longest, longest_end = run, day
        previous = day
    present = set(days)
    current = 0
    cursor = last_day if last_day in present else last_day - 1
    while cursor in present:
        current += 1
        cursor -= 1
    if longest_end is None:
        return Streaks(current, 0, None, None)
    return Streaks(
        current,
        longest,
        EPOCH_DAY + timedelta(days=longest_end - longest + 1),
        EPOCH_DAY + timedelta(days=longest_end),
    )
