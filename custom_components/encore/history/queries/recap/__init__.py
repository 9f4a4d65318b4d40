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

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import Connection, case, literal, select

from ...epoch import from_ms, to_ms
from ...models import Certainty
from ...periods import Period
from ...store.schema import HOUR_MS, accounts, rollup_hours
from ..common import EPOCH_DAY, data_hours, offset_spans, recording_map, resolve_scope
from ..model import PlayRule, Scope, TopEntry, TopKind
from ..rankings import top_items
from .comparison import _comparison, previous_bounds
from .household import _household, _people
from .model import (
    PLAYLIST,
    ROOM_BITS,
    TOP,
    Comparison,
    DayFigure,
    Habits,
    HouseholdRecap,
    Listener,
    Moment,
    MusicRecap,
    PodcastRecap,
    Recap,
    RecapStatus,
    Room,
    Shared,
    SongOnRepeat,
    Streak,
    minutes,
)
from .music import _music, _podcasts
from .reading import _At, _one_pass
from .rooms import _rooms

__all__ = [
    "PLAYLIST",
    "ROOM_BITS",
    "TOP",
    "Comparison",
    "DayFigure",
    "Habits",
    "HouseholdRecap",
    "Listener",
    "Moment",
    "MusicRecap",
    "PodcastRecap",
    "Recap",
    "RecapStatus",
    "Room",
    "Shared",
    "SongOnRepeat",
    "Streak",
    "minutes",
    "months_with_plays",
    "previous_bounds",
    "recap",
    "recap_songs",
    "scope_without",
]


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
    persons: Mapping[str, str] | None = None,
    most: Certainty = Certainty.LIKELY,
    leave_out: Iterable[str] = (),
    compare: bool = True,
) -> Recap:
    """Sum up [start, end) for the scope (None: since the first play).

    `people`: account key -> person, for the household part (when two
    people or more played; accounts of no one, such as a speaker's, are in
    the figures but no listener). `persons`: person -> their entity id,
    whose attributed plays are theirs in that part (`household`), as sure
    as `most`. `leave_out`: account keys whose plays stay out of every
    figure (people who asked to stay out of household ones).
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
    # One person's recap has no household part.
    who = _people(conn, people or {}, {} if found.person else persons or {}, most)
    # Accounts are kept apart only for a household of two people or more.
    several = who.count(found.account_ids) > 1
    read = _one_pass(conn, at, by_account=several)
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
            _household(conn, at, grouped, who, recording_map(conn, found))
            if several
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
