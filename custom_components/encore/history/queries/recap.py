"""The recap: a month, a year or any period summed up, for one or several people.

"Your year in music": minutes and plays, what was played most, when, what
was new, what was on repeat, against the period before, and for a
household who listened most and what several people share. Music (streams
of kind TRACK) and podcasts (EPISODE) are summed apart; audiobooks and lost
items are in neither.

Definitions (the tests count each again in plain Python):

- Plays are the streams the rule counts (30 s by default); minutes are the
  milliseconds of those plays, rounded half up to whole minutes.
- A stream belongs to the local day, weekday, hour and week (Monday first)
  in which it ended, in the time zone passed in (Home Assistant's).
- Rankings order by plays, then milliseconds, then id (as `top_items`).
- The top day, the busiest weekday and the busiest hour are the ones with
  the most milliseconds (the earliest on a tie).
- The longest streak is the longest run of local days of the period with a
  play of that kind (the earliest on a tie).
- Discoveries are the music artists whose first play in the scope, ever,
  falls in the period (`new_artists`), ranked by their plays in it.
- The song on repeat is the track with the most plays within one local
  week (Monday to Sunday, inside the period), the earliest week on a tie,
  then the rankings' order.
- First and last song: the period's first and last counted music play.
- The previous period has the same length and ends where this one starts;
  a calendar month or year is compared with the calendar month or year
  before, and a month or year so far with the same span of the one before
  (`previous_bounds`).
- Rooms are the devices of the plays a speaker or media player recorded
  (Sonos, other media players); an export knows apps, not rooms.
- Household: every person (the caller maps accounts to people) with a
  counted play; "common ground" are the artists and tracks at least two
  of them played, ranked by how many played them, then by their plays
  together.

What a recap reads (`scripts/bench recap`; `queries/README.md` says why):

1. The period's counted music and podcast plays grouped by item, artist and
   album (`_one_pass`): the rankings, the counts of artists, songs, albums
   and shows, the discoveries' plays. The only reading of every play.
2. The local hours from the time buckets (`rollup_hours`, or the quarters
   in a zone a half hour off UTC), less the plays of other kinds than
   music, which are few and have an index of their own (`_hours`). A
   play's local hour is `(ended_at + offset) // hour`, the offset a CASE
   over the few spans where the zone's offset changes: exact in any zone.
   Partial hours at the period's edges, scopes of some kinds or devices,
   and zones not whole quarter hours off UTC read the plays instead.
3. The weeks of the most played songs, for the song on repeat (`_weeks`,
   `_on_repeat`): a second reading of the period's music plays, grouping
   only theirs.
4. The previous period's counted plays grouped by artist (`_comparison`):
   its minutes and its top artist; no rollup holds a period's artists.
5. The plays of the accounts a speaker or player recorded around the
   period (`_rooms`, the only reading of the table: the device is in no
   index), the first and last song (one look-up per account), the
   artists new in the period (`artist_firsts`), and the names.

`ix_plays_account_period` holds every column the readings of the plays
need, but the device.
"""

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
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
    union_all,
)

from ..epoch import from_ms, to_ms
from ..models import PlayKind, Source
from ..periods import Period, local_midnight
from ..store.schema import (
    HOUR_MS,
    QUARTER_MS,
    accounts,
    devices,
    plays,
    rollup_hours,
    rollup_quarters,
)
from .common import (
    CHUNK,
    EPOCH_DAY,
    WEEKDAYS,
    Filter,
    by_recording,
    data_hours,
    hour_aligned,
    hour_columns,
    hour_conditions,
    offset_spans,
    recording_map,
    resolve_scope,
    scope_where,
)
from .habits import artists_new_in
from .model import PlayRule, Scope, TopEntry, TopKind
from .rankings import best_rows, named_entries, top_items

TOP = 5
"""Entries of each top list."""
PLAYLIST = 50
"""Track URIs returned in order, for a playlist of the recap."""
ROOM_BITS = (1 << Source.SONOS) | (1 << Source.MEDIA_PLAYER)
_TRACK = int(PlayKind.TRACK)
_EPISODE = int(PlayKind.EPISODE)
# 1970-01-01 was a Thursday: day 0 + 3 is a Monday's weekday number 0.
_THURSDAY = 3


class RecapStatus(StrEnum):
    """Whether there is anything to tell."""

    READY = "ready"
    NOTHING_YET = "nothing_to_recap_yet"


def minutes(ms: int) -> int:
    """Milliseconds as whole minutes, half up."""
    return (ms + 30_000) // 60_000


@dataclass(frozen=True, slots=True)
class DayFigure:
    """A local day and its minutes."""

    day: date
    minutes: int


@dataclass(frozen=True, slots=True)
class Streak:
    """The longest run of local days in a row with a play."""

    days: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class SongOnRepeat:
    """The track played most within one local week."""

    song: TopEntry
    week_start: date
    plays: int


@dataclass(frozen=True, slots=True)
class Moment:
    """A play named: the first or the last song of the period."""

    name: str
    artist: str | None
    uri: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class Habits:
    """When it was listened to (local)."""

    top_day: DayFigure
    busiest_weekday: str
    busiest_hour: int
    longest_streak: Streak
    days: int
    """Local days with a play."""


@dataclass(frozen=True, slots=True)
class MusicRecap:
    """The music of the period."""

    plays: int
    ms_played: int
    minutes: int
    artists: int
    songs: int
    albums: int
    top_artists: list[TopEntry]
    top_songs: list[TopEntry]
    top_albums: list[TopEntry]
    habits: Habits
    discoveries: int
    top_discoveries: list[TopEntry]
    """The biggest discoveries, the first the biggest."""
    on_repeat: SongOnRepeat | None
    first_song: Moment
    last_song: Moment
    song_uris: list[str]
    """The top songs' Spotify URIs in order (at most `PLAYLIST`)."""


@dataclass(frozen=True, slots=True)
class PodcastRecap:
    """The podcasts of the period."""

    plays: int
    ms_played: int
    minutes: int
    shows: int
    episodes: int
    top_shows: list[TopEntry]
    habits: Habits


@dataclass(frozen=True, slots=True)
class Comparison:
    """Against the period before (`previous_bounds`)."""

    start: datetime
    end: datetime
    music_minutes: int
    podcast_minutes: int
    minutes_change: int
    """This period's music and podcast minutes less the previous period's."""
    direction: str
    """"up", "down" or "same"."""
    previous_number_one: TopEntry | None
    """The previous period's top artist."""
    new_number_one: bool
    """This period's top artist is another than the previous period's."""


@dataclass(frozen=True, slots=True)
class Room:
    """A room (speaker or player) and its minutes."""

    name: str
    plays: int
    minutes: int


@dataclass(frozen=True, slots=True)
class Listener:
    """One person of a household recap."""

    person: str
    plays: int
    minutes: int
    number_one_artist: TopEntry | None
    number_one_song: TopEntry | None


@dataclass(frozen=True, slots=True)
class Shared:
    """Something several people played ("common ground")."""

    entry: TopEntry
    people: list[str]


@dataclass(frozen=True, slots=True)
class HouseholdRecap:
    """Who listened most, each one's number one, and common ground."""

    listeners: list[Listener]
    """Most minutes first."""
    common_artists: list[Shared]
    common_songs: list[Shared]


@dataclass(frozen=True, slots=True)
class Recap:
    """A period summed up; `status` NOTHING_YET holds no figures at all."""

    status: RecapStatus
    start: datetime
    end: datetime
    music: MusicRecap | None = None
    podcasts: PodcastRecap | None = None
    comparison: Comparison | None = None
    rooms: list[Room] | None = None
    """None when no speaker or player recorded a play (the export alone)."""
    household: HouseholdRecap | None = None
    """None unless two people or more played in the period."""


# -- reading ---------------------------------------------------------------------


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


type _Key = tuple[int, int, int, int, int]
"""(account or 0, kind, item, artist or 0, album or 0)."""

# Item, artist and kind packed into one integer in the database: grouping
# by it and the album costs a third less than by four columns (SQLite sorts
# every row to group them). Item and artist ids are 32-bit (`Integer`).
_ITEM_SHIFT = 1 << 32
_LOW = _ITEM_SHIFT - 1


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
    packed = (
        plays.c.item_id * _ITEM_SHIFT
        + func.coalesce(plays.c.artist_id, 0) * 2
        + plays.c.kind
    )
    album = func.coalesce(plays.c.album_key, 0).label("album")
    packed = packed.label("packed")
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


def _moment(conn: Connection, found: tuple[int, int, int]) -> Moment:
    """Name a play: (ended_at, id, item)."""
    ended, _play_id, item = found
    (entry,) = named_entries(conn, TopKind.TRACK, [(item, 1, 0)])
    return Moment(entry.name, entry.artist, entry.uri, from_ms(ended))


def _room_accounts(conn: Connection, at: _At) -> list[int]:
    """Return the accounts with plays a speaker or player recorded around the period.

    From the hour buckets (their sets of sources), whole hours around it:
    most accounts have none (an export, a phone), and their plays need not
    be read for rooms at all.
    """
    return [
        int(account_id)
        for (account_id,) in conn.execute(
            select(rollup_hours.c.account_id)
            .where(
                rollup_hours.c.hour >= at.start // HOUR_MS,
                rollup_hours.c.hour <= (at.end - 1) // HOUR_MS,
                rollup_hours.c.streams > 0,
                rollup_hours.c.sources.bitwise_and(ROOM_BITS) != 0,
                *at.scope.hours(),
            )
            .distinct()
        ).tuples()
    ]


def _rooms(conn: Connection, at: _At) -> list[Room] | None:
    """Minutes by room: the devices of plays a speaker or player recorded."""
    found = _room_accounts(conn, at)
    if not found:
        return None
    where, source = scope_where(
        conn,
        Filter(tuple(sorted(found)), False, at.scope.bit, person=at.scope.person),
        at.start,
        at.end,
        at.rule,
    )
    # By device, then named: a device's name is its own (unique), and the
    # names are looked up once each, not once a play.
    by_device = (
        select(
            plays.c.device_id.label("device_id"),
            func.count().label("n"),
            func.sum(plays.c.ms_played).label("ms"),
        )
        .select_from(source)
        .where(*where, plays.c.sources.bitwise_and(ROOM_BITS) != 0)
        .group_by(plays.c.device_id)
        .subquery()
    )
    rows = conn.execute(
        select(devices.c.name, by_device.c.n, by_device.c.ms)
        .select_from(by_device.join(devices, devices.c.id == by_device.c.device_id))
        .order_by(by_device.c.ms.desc(), devices.c.name)
    ).tuples()
    rooms = [Room(str(name), int(n), minutes(int(ms or 0))) for name, n, ms in rows]
    return rooms or None


# -- summing up --------------------------------------------------------------------


def _sum(counts: Collection[tuple[int, int]]) -> tuple[int, int]:
    return sum(map(itemgetter(0), counts)), sum(map(itemgetter(1), counts))


def _by(
    grouped: Mapping[_Key, tuple[int, int]], kind: int, index: int
) -> dict[int, tuple[int, int]]:
    """(plays, ms) by one part of the key (item 2, artist 3, album 4) of a kind."""
    return _split(grouped)[kind, index]


def _split(
    grouped: Mapping[_Key, tuple[int, int]],
) -> dict[tuple[int, int], dict[int, tuple[int, int]]]:
    """(plays, ms) by item, artist and album of each kind, in one walk.

    Keyed by (kind, index of the key's part).
    """
    return _split_packed(
        (item * _ITEM_SHIFT + artist * 2 + kind, album, n, ms)
        for (_account, kind, item, artist, album), (n, ms) in grouped.items()
    )


def _split_packed(
    rows: Iterable[tuple[int, int, int, int]],
) -> dict[tuple[int, int], dict[int, tuple[int, int]]]:
    """`_split` of the database's rows (packed key, album, plays, ms).

    Unrolled, and (plays, ms) kept as one tuple per key: tens of thousands
    of rows, and a loop over the parts doubled the walk, two dictionaries
    of counts and of sums cost it half again (a household's year: 45 ms
    against 26).
    """
    parts: dict[tuple[int, int], dict[int, tuple[int, int]]] = {
        (kind, index): {} for kind in (_TRACK, _EPISODE) for index in (2, 3, 4)
    }
    tables = [
        (parts[kind, 2], parts[kind, 3], parts[kind, 4]) for kind in (_TRACK, _EPISODE)
    ]
    for key, album, n, ms in rows:
        by_item, by_artist, by_album = tables[key & 1]
        item = key >> 32
        old = by_item.get(item)
        by_item[item] = (n, ms) if old is None else (old[0] + n, old[1] + ms)
        if artist := (key & _LOW) >> 1:
            old = by_artist.get(artist)
            by_artist[artist] = (n, ms) if old is None else (old[0] + n, old[1] + ms)
        if album:
            old = by_album.get(album)
            by_album[album] = (n, ms) if old is None else (old[0] + n, old[1] + ms)
    return parts


def _kind_sums(
    hours: Mapping[tuple[int, int], tuple[int, int]], kind: int
) -> tuple[int, int]:
    """(plays, ms) of a kind: the sum of its local hours (fewer than its items)."""
    return _sum(
        [sums for (hour_kind, _hour), sums in hours.items() if hour_kind == kind]
    )


def _habits(
    hours: Mapping[tuple[int, int], tuple[int, int]], kind: int
) -> Habits | None:
    days: dict[int, int] = defaultdict(int)
    weekdays = [0] * 7
    hours_of_day = [0] * 24
    for (hour_kind, local), (_n, ms) in hours.items():
        if hour_kind != kind:
            continue
        day = local // 24
        days[day] += ms
        weekdays[(day + _THURSDAY) % 7] += ms
        hours_of_day[local % 24] += ms
    if not days:
        return None
    top_day = min(days, key=lambda day: (-days[day], day))
    ordered = sorted(days)
    longest, longest_end, run = 0, ordered[0], 0
    for index, day in enumerate(ordered):
        run = run + 1 if index and day == ordered[index - 1] + 1 else 1
        if run > longest:
            longest, longest_end = run, day
    return Habits(
        DayFigure(EPOCH_DAY + timedelta(days=top_day), minutes(days[top_day])),
        WEEKDAYS[max(range(7), key=lambda day: (weekdays[day], -day))],
        max(range(24), key=lambda hour: (hours_of_day[hour], -hour)),
        Streak(
            longest,
            EPOCH_DAY + timedelta(days=longest_end - longest + 1),
            EPOCH_DAY + timedelta(days=longest_end),
        ),
        len(days),
    )


def _top(
    conn: Connection, kind: TopKind, counts: Mapping[int, tuple[int, int]], limit: int
) -> list[TopEntry]:
    return named_entries(conn, kind, best_rows(counts, limit), images=True)


def _music(
    conn: Connection,
    at: _At,
    read: _Pass,
    parts: Mapping[tuple[int, int], dict[int, tuple[int, int]]],
) -> MusicRecap | None:
    recording = recording_map(conn, at.scope)
    songs = by_recording(parts[_TRACK, 2], recording)
    habits = _habits(read.hours, _TRACK)
    if not songs or habits is None or read.first is None or read.last is None:
        return None
    artists = parts[_TRACK, 3]
    albums = parts[_TRACK, 4]
    plays_n, ms = _kind_sums(read.hours, _TRACK)
    # The first songs are among the most played, unless those are fewer.
    most = read.most_played
    ranked = best_rows(
        {item: songs[item] for item in most}
        if len(most) >= PLAYLIST and songs is parts[_TRACK, 2]
        else songs,
        PLAYLIST,
    )
    named = named_entries(conn, TopKind.TRACK, ranked, images=True)
    top_songs = named[:TOP]
    uris = [
        entry.uri
        for entry in named
        if entry.uri and entry.uri.startswith("spotify:track:")
    ]
    new = artists_new_in(conn, at.scope, at.start, at.end, at.rule, played=artists)
    item_id, week, count, repeat_ms = _on_repeat(conn, at, songs, read)
    (song,) = named_entries(
        conn, TopKind.TRACK, [(item_id, count, repeat_ms)], images=True
    )
    on_repeat = SongOnRepeat(
        song, EPOCH_DAY + timedelta(days=week * 7 - _THURSDAY), count
    )
    return MusicRecap(
        plays_n,
        ms,
        minutes(ms),
        len(artists),
        len(songs),
        len(albums),
        _top(conn, TopKind.ARTIST, artists, TOP),
        top_songs,
        _top(conn, TopKind.ALBUM, albums, TOP),
        habits,
        len(new),
        _top(conn, TopKind.ARTIST, new, TOP),
        on_repeat,
        _moment(conn, read.first),
        _moment(conn, read.last),
        uris,
    )


def _podcasts(
    conn: Connection,
    parts: Mapping[tuple[int, int], dict[int, tuple[int, int]]],
    hours: Mapping[tuple[int, int], tuple[int, int]],
) -> PodcastRecap | None:
    episodes = parts[_EPISODE, 2]
    habits = _habits(hours, _EPISODE)
    if not episodes or habits is None:
        return None
    shows = parts[_EPISODE, 3]
    plays_n, ms = _kind_sums(hours, _EPISODE)
    return PodcastRecap(
        plays_n,
        ms,
        minutes(ms),
        len(shows),
        len(episodes),
        _top(conn, TopKind.SHOW, shows, TOP),
        habits,
    )


def previous_bounds(
    start: datetime, end: datetime, time_zone: tzinfo
) -> tuple[datetime, datetime]:
    """Return the period [start, end) is compared with.

    A local calendar month (or year) has the month (year) before, whose
    length differs by days. A month or year so far (from its first midnight
    to a moment within it: "this year" asked in November) has the same
    span of the month or year before (1 January to the same day and time
    last year), not the same length of time just before it, which would
    start in the middle of last February. Any other period has the same
    length of time just before it.
    """
    local_start = start.astimezone(time_zone)
    local_end = end.astimezone(time_zone)
    if local_start.time() != datetime.min.time() or local_start.day != 1:
        return start - (end - start), start
    months = (local_end.year - local_start.year) * 12 + (
        local_end.month - local_start.month
    )
    whole = local_end.day == 1 and local_end.time() == datetime.min.time()
    if (whole and months == 1) or (not whole and months == 0):
        back = 1  # a month, or a month so far
    elif local_start.month == 1 and (
        (whole and months == 12) or (not whole and local_end.year == local_start.year)
    ):
        back = 12  # a year, or a year so far
    else:
        return start - (end - start), start
    before = local_midnight(_months_back(local_start.date(), back), time_zone)
    if whole:
        return before, start
    day = _months_back(local_end.date(), back)
    same_time = datetime.combine(day, local_end.time()).replace(tzinfo=time_zone)
    return before, same_time


def _months_back(day: date, months: int) -> date:
    """Return the same day `months` earlier, or that month's last (31 March: 28 February)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = total // 12, total % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def _comparison(
    conn: Connection,
    at: _At,
    time_zone: tzinfo,
    now: tuple[MusicRecap | None, PodcastRecap | None],
) -> Comparison:
    music, podcasts = now
    before, until = previous_bounds(from_ms(at.start), from_ms(at.end), time_zone)
    # Only the minutes by kind and the top artist: one grouping in the
    # database, by artist and kind packed into one integer (a quarter less
    # than by two columns: SQLite sorts every play to group them), summed
    # and ranked there too (a household's year has 13,000 artists).
    where, source = scope_where(conn, at.scope, to_ms(before), to_ms(until), at.rule)
    packed = (func.coalesce(plays.c.artist_id, 0) * 2 + plays.c.kind).label("packed")
    grouped = (
        select(
            packed,
            func.count().label("n"),
            cast(func.sum(plays.c.ms_played), BigInteger).label("ms"),
        )
        .select_from(source)
        .where(*where, plays.c.kind.in_((_TRACK, _EPISODE)))
        .group_by(packed)
        .cte("grouped")
    )
    is_music = grouped.c.packed % 2 == 0
    best = (
        select(grouped.c.packed, grouped.c.n, grouped.c.ms)
        .where(is_music, grouped.c.packed > 1)
        .order_by(grouped.c.n.desc(), grouped.c.ms.desc(), grouped.c.packed)
        .limit(1)
        .subquery()
    )
    music_ms = podcast_ms = 0
    artists: list[tuple[int, int, int]] = []
    for key, first, second in conn.execute(
        union_all(
            select(
                literal(-1),
                func.sum(case((is_music, grouped.c.ms), else_=0)),
                func.sum(case((is_music, 0), else_=grouped.c.ms)),
            ),
            select(best.c.packed, best.c.n, best.c.ms),
        )
    ).cursor.fetchall():
        if key < 0:
            music_ms, podcast_ms = int(first or 0), int(second or 0)
        else:
            artists.append((int(key) >> 1, int(first), int(second)))
    was = named_entries(conn, TopKind.ARTIST, artists, images=True)
    now_ms = (music.ms_played if music else 0) + (podcasts.ms_played if podcasts else 0)
    change = minutes(now_ms) - minutes(music_ms + podcast_ms)
    number_one = music.top_artists[0] if music and music.top_artists else None
    return Comparison(
        before.astimezone(time_zone),
        until.astimezone(time_zone),
        minutes(music_ms),
        minutes(podcast_ms),
        change,
        "up" if change > 0 else "down" if change < 0 else "same",
        was[0] if was else None,
        number_one is not None
        and (not was or (was[0].name, was[0].uri) != (number_one.name, number_one.uri)),
    )


def _household(
    conn: Connection,
    grouped: Mapping[_Key, tuple[int, int]],
    person_of: Mapping[int, str],
    recording: Mapping[int, int],
) -> HouseholdRecap | None:
    """Sum up each person (`person_of`) when two or more played."""
    per: dict[str, dict[_Key, tuple[int, int]]] = defaultdict(dict)
    for key, counts in grouped.items():
        if (person := person_of.get(key[0])) is not None:
            # A person with two accounts: their plays add up.
            own = per[person]
            n, ms = own.get(key, (0, 0))
            own[key] = (n + counts[0], ms + counts[1])
    if len(per) < 2:
        return None
    listeners = []
    for person, own in per.items():
        plays_n, ms = _sum(own.values())
        artist = _top(conn, TopKind.ARTIST, _by(own, _TRACK, 3), 1)
        song = _top(
            conn, TopKind.TRACK, by_recording(_by(own, _TRACK, 2), recording), 1
        )
        listeners.append(
            Listener(
                person,
                plays_n,
                minutes(ms),
                artist[0] if artist else None,
                song[0] if song else None,
            )
        )
    listeners.sort(key=lambda listener: (-listener.minutes, listener.person))
    return HouseholdRecap(
        listeners,
        _common(conn, per, TopKind.ARTIST, 3),
        _common(conn, per, TopKind.TRACK, 2, recording),
    )


def _common(
    conn: Connection,
    per: Mapping[str, Mapping[_Key, tuple[int, int]]],
    kind: TopKind,
    index: int,
    recording: Mapping[int, int] | None = None,
) -> list[Shared]:
    who: dict[int, set[str]] = defaultdict(set)
    together: dict[int, list[int]] = {}
    for person, own in per.items():
        for key, (n, ms) in by_recording(
            _by(own, _TRACK, index), recording or {}
        ).items():
            who[key].add(person)
            sums = together.setdefault(key, [0, 0])
            sums[0] += n
            sums[1] += ms
    shared = [key for key, people in who.items() if len(people) > 1]
    best = sorted(
        shared,
        key=lambda key: (-len(who[key]), -together[key][0], -together[key][1], key),
    )[:TOP]
    rows = [(key, together[key][0], together[key][1]) for key in best]
    entries = named_entries(conn, kind, rows, images=True) if rows else []
    return [
        Shared(entry, sorted(who[key]))
        for key, entry in zip(best, entries, strict=True)
    ]


def _person_of(conn: Connection, people: Mapping[str, str]) -> dict[int, str]:
    """Account ids of the people's account keys."""
    if not people:
        return {}
    return {
        int(account_id): people[str(key)]
        for account_id, key in conn.execute(
            select(accounts.c.id, accounts.c.key).where(
                accounts.c.key.in_(sorted(people))
            )
        ).tuples()
    }


def scope_without(conn: Connection, scope: Scope, leave_out: Iterable[str]) -> Scope:
    """Return the scope less the accounts of people who stay out of it.

    Everyone's scope stays everyone's (and quick to read) unless an account
    left out has plays; then it names every other account the history holds.
    """
    gone = set(leave_out)
    if not gone:
        return scope
    if scope.accounts is not None:
        kept = tuple(key for key in scope.accounts if key not in gone)
        return (
            scope if len(kept) == len(scope.accounts) else replace(scope, accounts=kept)
        )
    keys = [
        str(key)
        for key in conn.execute(
            select(accounts.c.key).order_by(accounts.c.id)
        ).scalars()
    ]
    if gone.isdisjoint(keys):
        return scope
    return replace(scope, accounts=tuple(key for key in keys if key not in gone))


def recap(
    conn: Connection,
    scope: Scope,
    start: datetime | None,
    end: datetime,
    time_zone: tzinfo,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
    people: Mapping[str, str] | None = None,
    leave_out: Iterable[str] = (),
    compare: bool = True,
) -> Recap:
    """Sum up [start, end) for the scope (None: since the first play).

    `people`: account key -> person, for the household part (when two
    people or more played; accounts of no one, such as a speaker's, are in
    the figures but no listener). `leave_out`: account keys whose plays stay
    out of every figure (people who asked to stay out of household ones).
    `compare`: with the period before (`previous_bounds`).
    """
    found = resolve_scope(conn, scope_without(conn, scope, leave_out))
    nothing = Recap(RecapStatus.NOTHING_YET, start or end, end)
    if found.nothing:
        return nothing
    end_ms = to_ms(end)
    if start is None:
        hours = data_hours(conn, found)
        if hours is None:
            return nothing
        start = from_ms(hours[0] * HOUR_MS).astimezone(time_zone)
    start_ms = to_ms(start)
    nothing = Recap(RecapStatus.NOTHING_YET, start, end)
    if start_ms >= end_ms:
        return nothing
    at = _At(found, start_ms, end_ms, rule, offset_spans(start_ms, end_ms, time_zone))
    person_of = _person_of(conn, people or {})
    # Accounts are kept apart only for a household of two people or more.
    in_scope = {person_of[a] for a in found.account_ids if a in person_of}
    read = _one_pass(conn, at, by_account=len(in_scope) > 1)
    grouped = read.grouped
    parts = read.parts
    if not any(parts.values()):
        return nothing
    music = _music(conn, at, read, parts)
    podcasts = _podcasts(conn, parts, read.hours)
    return Recap(
        RecapStatus.READY,
        start,
        end,
        music,
        podcasts,
        _comparison(conn, at, time_zone, (music, podcasts)) if compare else None,
        _rooms(conn, at),
        (
            _household(conn, grouped, person_of, recording_map(conn, found))
            if len(in_scope) > 1
            else None
        ),
    )


def recap_songs(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    leave_out: Iterable[str] = (),
    limit: int = PLAYLIST,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
    images: bool = False,
) -> list[TopEntry]:
    """Return a recap's songs, best first, with their names: its playlist.

    The recap's order (plays, then milliseconds, then id), counted as every
    ranking of tracks counts (`top_items`: the URIs of one recording are one
    song, `store.recordings`), over the scope less `leave_out` (as
    `recap`'s). Where no song has two URIs, its first Spotify tracks are
    `MusicRecap.song_uris`. For `encore.create_playlist` of a recap and the
    media source's recap folders.
    """
    return top_items(
        conn,
        scope_without(conn, scope, leave_out),
        period,
        TopKind.TRACK,
        limit=limit,
        rule=rule,
        images=images,
    )


def months_with_plays(
    conn: Connection, scope: Scope, time_zone: tzinfo, *, leave_out: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """(year, month) of the local months with a stream, newest first.

    From the hour buckets (a few per hour of listening): the chooser of the
    listening page's recap. `leave_out` as `recap`'s.
    """
    found = resolve_scope(conn, scope_without(conn, scope, leave_out))
    if found.nothing:
        return []
    hours = data_hours(conn, found)
    if hours is None:
        return []
    spans = offset_spans(hours[0] * HOUR_MS, (hours[1] + 1) * HOUR_MS, time_zone)
    # In minutes: an hour's milliseconds overflow PostgreSQL's integer.
    offset = (
        literal(spans[0][2] // 60_000)
        if len(spans) == 1
        else case(
            *(
                (rollup_hours.c.hour < end // HOUR_MS, offset // 60_000)
                for _start, end, offset in spans[:-1]
            ),
            else_=spans[-1][2] // 60_000,
        )
    )
    # Local days are enough to name months; hundreds per year, not hours.
    day = (rollup_hours.c.hour * 60 + offset) // 1440
    days = conn.execute(
        select(day).where(rollup_hours.c.streams > 0, *found.hours()).distinct()
    ).scalars()
    months = {
        ((day_date := EPOCH_DAY + timedelta(days=int(value))).year, day_date.month)
        for value in days
    }
    return sorted(months, reverse=True)
