"""The recap against the period before (`previous_bounds`)."""

from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import (
    BigInteger,
    Connection,
    case,
    cast,
    func,
    literal,
    select,
    union_all,
)

from ...epoch import from_ms, to_ms
from ...periods import local_midnight
from ...store.schema import plays
from ..common import scope_where
from ..model import TopKind
from ..rankings import named_entries
from .model import _EPISODE, _TRACK, Comparison, MusicRecap, PodcastRecap, minutes
from .reading import _At


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
