"""The recap's readings of the plays: the one pass, local hours, weeks, edges.

The package's docstring says what each reads, and why.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Select,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
)

from ...store.schema import HOUR_MS, QUARTER_MS, plays, rollup_hours, rollup_quarters
from ..common import (
    CHUNK,
    Filter,
    by_recording,
    hour_aligned,
    hour_columns,
    hour_conditions,
    recording_map,
    scope_where,
)
from ..model import PlayRule
from .grouping import _ITEM_SHIFT, _Key, _split, _split_packed
from .model import _EPISODE, _THURSDAY, _TRACK


@dataclass(frozen=True, slots=True)
class _At:
    """What every read of one recap shares: whose plays, when, which rule."""

    scope: Filter
    start: int
    end: int
    rule: PlayRule
    spans: tuple[tuple[int, int, int], ...]
    """[start, end) cut where the zone's offset changes."""

    def where(self, conn: Connection) -> tuple[list[ColumnElement[bool]], Any]:
        """Conditions on the period's counted plays, and their FROM."""
        return scope_where(conn, self.scope, self.start, self.end, self.rule)


def _offset(spans: tuple[tuple[int, int, int], ...]) -> ColumnElement[Any]:
    """Return the UTC offset (ms) of each play's end: a CASE over the spans."""
    if len(spans) == 1:
        return literal(spans[0][2])
    return case(
        *((plays.c.ended_at < end, offset) for _start, end, offset in spans[:-1]),
        else_=spans[-1][2],
    )


@dataclass(slots=True)
class _Pass:
    """What the reads of the period's counted plays gather."""

    grouped: dict[_Key, tuple[int, int]]
    """(plays, ms) by account, kind, item, artist and album (`by_account` only)."""
    parts: dict[tuple[int, int], dict[int, tuple[int, int]]]
    """`_split`: (plays, ms) by item, artist and album of each kind."""
    hours: dict[tuple[int, int], tuple[int, int]]
    """(plays, ms) by (kind, local hour since the epoch) with a counted play."""
    weeks: dict[tuple[int, int], tuple[int, int]]
    """(plays, ms) by (item, local week) of the most played songs (`_candidates`),
    the weeks with at least `floor` plays."""
    most_played: list[int]
    """The songs of `weeks`: every one with `enough` plays or more."""
    enough: int
    first: tuple[int, int, int] | None
    """(ended_at, id, item) of the first music play."""
    last: tuple[int, int, int] | None


def _local_hour(at: _At) -> ColumnElement[Any]:
    return (plays.c.ended_at + _offset(at.spans)) // HOUR_MS


def _local_week(at: _At) -> ColumnElement[Any]:
    return (_local_hour(at) // 24 + _THURSDAY) // 7


def _grouping_keys() -> tuple[ColumnElement[int], ColumnElement[int]]:
    """Return what the period's plays are grouped by: the packed key and the album.

    The packed key is a play's item, artist and kind in one integer
    (`_ITEM_SHIFT`); the whole recap and the household's persons use both.
    """
    packed = (
        plays.c.item_id * _ITEM_SHIFT
        + func.coalesce(plays.c.artist_id, 0) * 2
        + plays.c.kind
    ).label("packed")
    return packed, func.coalesce(plays.c.album_key, 0).label("album")


def _one_pass(conn: Connection, at: _At, *, by_account: bool) -> _Pass:
    """Sum the period's counted music and podcast plays, in the database.

    One grouping over one range of the covering index per account: by
    item, artist and album (packed into two integers, see `_ITEM_SHIFT`).
    Summing every play in Python cost three times the database's reading.
    Then the local hours (`_hours`) and the weeks of the most played songs
    (`_weeks`). `by_account`: keep accounts apart (a household's people).
    """
    where, source = at.where(conn)
    kinds = plays.c.kind.in_((_TRACK, _EPISODE))
    packed, album = _grouping_keys()
    # A household's accounts: a third column (only when people are asked about).
    keys: list[ColumnElement[Any]] = [packed, album]
    if by_account:
        keys.append(plays.c.account_id)
    # Cast: MySQL sums to decimals, and the rows are the driver's own.
    rows = conn.execute(
        select(*keys, func.count(), cast(func.sum(plays.c.ms_played), BigInteger))
        .select_from(source)
        .where(*where, kinds)
        .group_by(*keys)
    ).cursor.fetchall()
    grouped: dict[_Key, tuple[int, int]] = {}
    if by_account:
        mask = _ITEM_SHIFT - 1
        for key, album_key, account, count, ms in rows:
            low = key & mask
            grouped[account, low & 1, key >> 32, low >> 1, album_key] = (
                count,
                int(ms),
            )
        parts = _split(grouped)
    else:
        parts = _split_packed(rows)
    # One song per recording (`store.recordings`): its URIs' plays, and
    # weeks, count together.
    recording = recording_map(conn, at.scope)
    songs = by_recording(parts[_TRACK, 2], recording)
    items, enough, floor = _candidates(at, songs)
    hours = _hours(conn, at)
    weeks = _weeks(conn, at, items, floor, recording)
    return _Pass(
        grouped,
        parts,
        hours,
        weeks,
        items,
        enough,
        _edge(conn, at, last=False),
        _edge(conn, at, last=True),
    )


def _candidates(
    at: _At, songs: Mapping[int, tuple[int, int]]
) -> tuple[list[int], int, int]:
    """Return the songs whose weeks are read first for the song on repeat.

    (items, enough, floor): the most played songs, every one with `enough`
    plays or more, as many as one statement names (`_names`; more only
    when more tie for the most plays); and the fewest plays the best week has:
    the most played song's plays shared out over the period's weeks.
    """
    if not songs:
        return [], 0, 0
    counts = Counter(map(itemgetter(0), songs.values()))
    most = max(counts)
    enough = most
    taken = 0
    for count in sorted(counts, reverse=True):
        taken += counts[count]
        if taken > _names(at) and count < most:
            break
        enough = count
    first_week = _week(at.start, at.spans[0][2])
    floor = -(-most // (_week(at.end - 1, at.spans[-1][2]) - first_week + 1))
    items = sorted(item for item, (n, _ms) in songs.items() if n >= enough)
    return items, enough, floor


def _names(at: _At) -> int:
    """Return how many songs the reading of their weeks names at most.

    Within SQLite's oldest limit of 999 parameters a statement (`CHUNK`),
    less those of the offsets' CASE, rendered twice (selected and grouped
    by): ten years of a zone with summer time have 21 spans.
    """
    return CHUNK - 4 * len(at.spans)


def _week(at_ms: int, offset: int) -> int:
    """Return the local week number (Monday first) of a moment, as SQL does."""
    return ((at_ms + offset) // HOUR_MS // 24 + _THURSDAY) // 7


def _cells(at: _At) -> tuple[Any, Any, int, list[ColumnElement[bool]]] | None:
    """Return the time buckets that hold the period's local hours, if any do.

    (table, cell column, cell length, conditions of the scope). None: the
    scope names kinds or devices, which the buckets do not keep apart, or
    the zone's local hours are not whole quarter hours of UTC.
    """
    if not at.scope.bucketed:
        return None
    if hour_aligned(at.spans):
        return rollup_hours, rollup_hours.c.hour, HOUR_MS, at.scope.hours()
    if hour_aligned(at.spans, QUARTER_MS):
        return (
            rollup_quarters,
            rollup_quarters.c.quarter,
            QUARTER_MS,
            at.scope.quarters(),
        )
    return None


def _hours(conn: Connection, at: _At) -> dict[tuple[int, int], tuple[int, int]]:
    """(plays, ms) by (kind, local hour) of the period's music and podcasts.

    A local hour is there when a counted play of that kind ended in it
    (with no milliseconds, under the every-stream rule). The time buckets
    (`_cells`) hold every kind together: music is their plays and time less
    those of the other kinds' plays, which are few and have an index of
    their own (`ix_plays_other_kinds`). Grouping all the period's plays by
    hour instead sorted every play a second time (a household's year:
    27 ms against 5). The partial cells at the period's edges are read
    from the plays, as is every hour where the buckets cannot serve.
    """
    music_or_podcast = plays.c.kind.in_((_TRACK, _EPISODE))
    cells = _cells(at)
    if cells is None:
        return _hours_of_plays(conn, at, at.start, at.end, music_or_podcast)
    table, cell, cell_ms, in_scope = cells
    found: dict[tuple[int, int], tuple[int, int]] = {}
    first = -(-at.start // cell_ms)
    last = at.end // cell_ms
    edges = [(at.start, at.end)]
    if first < last:
        edges = [
            (low, high)
            for low, high in ((at.start, first * cell_ms), (last * cell_ms, at.end))
            if low < high
        ]
        plays_column, ms_column = hour_columns(at.rule, table)
        local_cell = cell + _cell_offset(at.spans, cell, cell_ms)
        if cell_ms != HOUR_MS:
            local_cell = local_cell // (HOUR_MS // cell_ms)
        local = local_cell.label("local")
        # Cast: PostgreSQL sums big integers to decimals.
        found = {
            (_TRACK, hour): (count, ms)
            for hour, count, ms in conn.execute(
                select(
                    local,
                    cast(func.sum(plays_column), BigInteger),
                    cast(func.sum(ms_column), BigInteger),
                )
                .where(*hour_conditions(first, last, cell), plays_column > 0, *in_scope)
                .group_by(local)
            ).cursor.fetchall()
        }
        # Said as the index's WHERE says it (a constant): only then may the
        # database read that index instead of every play of the period.
        others = plays.c.kind != literal_column(str(_TRACK))
        for (kind, hour), (count, ms) in _hours_of_plays(
            conn, at, first * cell_ms, last * cell_ms, others
        ).items():
            # The cells' other kinds: out of the music, podcasts kept.
            music_count, music_ms = found.pop((_TRACK, hour), (0, 0))
            if music_count > count:
                found[_TRACK, hour] = (music_count - count, music_ms - ms)
            if kind == _EPISODE:
                found[kind, hour] = (count, ms)
    for low, high in edges:
        for key, (count, ms) in _hours_of_plays(
            conn, at, low, high, music_or_podcast
        ).items():
            known = found.get(key, (0, 0))
            found[key] = (known[0] + count, known[1] + ms)
    return found


def _weeks_with(conn: Connection, at: _At, floor: int) -> Select[Any]:
    """(item, local week, plays, ms) of the songs' weeks with `floor` plays or more."""
    where, source = at.where(conn)
    week = _local_week(at).label("week")
    return (
        select(plays.c.item_id, week, func.count(), func.sum(plays.c.ms_played))
        .select_from(source)
        .where(*where, plays.c.kind == _TRACK)
        .group_by(plays.c.item_id, week)
        .having(func.count() >= floor)
    )


def _weeks(
    conn: Connection,
    at: _At,
    items: list[int],
    floor: int,
    recording: Mapping[int, int],
) -> dict[tuple[int, int], tuple[int, int]]:
    """(plays, ms) by (song, local week) of `items`, the weeks with `floor` plays or more.

    A song is a recording (`by_recording`): the weeks of its URIs are read
    with no floor, as each URI may have fewer plays in a week than the
    recording has, and summed (few songs have several URIs). Many songs
    (more than one statement names: many tie for the most plays): every
    song's weeks.
    """
    if not items:
        return {}
    wanted = set(items)
    every = len(items) > _names(at)
    merged = {
        uri
        for uri, song in recording.items()
        if every or song in wanted or uri in wanted
    }
    merged |= {recording[uri] for uri in merged}
    query = _weeks_with(conn, at, floor)
    if not every:
        query = query.where(plays.c.item_id.in_(sorted(wanted - merged)))
    found = {
        (int(item), int(number)): (int(count), int(ms or 0))
        for item, number, count, ms in conn.execute(query).cursor.fetchall()
        if int(item) not in merged
    }
    if not merged:
        return found
    summed: dict[tuple[int, int], tuple[int, int]] = {}
    for start in range(0, len(merged), _names(at)):
        chunk = sorted(merged)[start : start + _names(at)]
        rows = conn.execute(
            _weeks_with(conn, at, 1).where(plays.c.item_id.in_(chunk))
        ).cursor.fetchall()
        for item, number, count, ms in rows:
            key = (recording.get(int(item), int(item)), int(number))
            before = summed.get(key, (0, 0))
            summed[key] = (before[0] + int(count), before[1] + int(ms or 0))
    found.update(
        (key, value)
        for key, value in summed.items()
        if value[0] >= floor and (every or key[0] in wanted)
    )
    return found


def _cell_offset(
    spans: tuple[tuple[int, int, int], ...], cell: Any, cell_ms: int
) -> ColumnElement[Any]:
    """Return the UTC offset, in cells, of each cell: a CASE over the spans."""
    if len(spans) == 1:
        return literal(spans[0][2] // cell_ms)
    return case(
        *(
            (cell < end // cell_ms, offset // cell_ms)
            for _start, end, offset in spans[:-1]
        ),
        else_=spans[-1][2] // cell_ms,
    )


def _hours_of_plays(
    conn: Connection, at: _At, start: int, end: int, kinds: ColumnElement[bool]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(plays, ms) by (kind, local hour) of the counted plays in [start, end) of `kinds`."""
    where, source = scope_where(conn, at.scope, start, end, at.rule)
    local = _local_hour(at).label("local")
    return {
        (int(kind), int(hour)): (int(count), int(ms or 0))
        for kind, hour, count, ms in conn.execute(
            select(plays.c.kind, local, func.count(), func.sum(plays.c.ms_played))
            .select_from(source)
            .where(*where, kinds)
            .group_by(plays.c.kind, local)
        ).cursor.fetchall()
    }


def _edge(conn: Connection, at: _At, *, last: bool) -> tuple[int, int, int] | None:
    """(ended_at, id, item) of the period's first (or last) counted music play.

    One look-up per account, each walking `ix_plays_account_period` in
    order from the period's edge: over several accounts at once the
    database sorts the whole period to find one row (a household: 20 ms).
    """
    order = (
        (plays.c.ended_at.desc(), plays.c.id.desc())
        if last
        else (plays.c.ended_at, plays.c.id)
    )
    found: list[tuple[int, int, int]] = []
    for account_id in at.scope.account_ids:
        where, source = scope_where(
            conn, at.scope.one(account_id), at.start, at.end, at.rule
        )
        row = conn.execute(
            select(plays.c.ended_at, plays.c.id, plays.c.item_id)
            .select_from(source)
            .where(*where, plays.c.kind == _TRACK)
            .order_by(*order)
            .limit(1)
        ).first()
        if row is not None:
            found.append((int(row[0]), int(row[1]), int(row[2])))
    if not found:
        return None
    return max(found) if last else min(found)


def _on_repeat(
    conn: Connection, at: _At, songs: Mapping[int, tuple[int, int]], read: _Pass
) -> tuple[int, int, int, int]:
    """(item, local week number, plays, ms) of the most plays in one week.

    A song has no more plays in a week than in the period, and the most
    played one at least its plays shared out over the period's weeks in
    one of them. The weeks of the most played songs, as many as one
    statement names, were read first (`_candidates`, `_weeks`), only those
    with at least that many plays; the best of them is the answer unless a
    song left out had as many plays in the period as its week, whose weeks
    are then read. Not every song's every week, and one reading where the
    best week has as many plays as the songs read (a year of the
    benchmark's household: 857 songs with 10 plays or more, and 10 in the
    best week); before, two.
    """
    weeks = dict(read.weeks)
    # Never empty: the most played song has a week with `floor` plays.
    best = max(count for count, _ms in weeks.values())
    if best < read.enough:
        rest = sorted(
            item for item, (n, _ms) in songs.items() if best <= n < read.enough
        )
        weeks.update(_weeks(conn, at, rest, best, recording_map(conn, at.scope)))
    (item, number), (count, ms) = min(
        weeks.items(),
        key=lambda pair: (-pair[1][0], pair[0][1], -pair[1][1], pair[0][0]),
    )
    return item, number, count, ms
