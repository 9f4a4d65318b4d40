"""An artist's, a show's or a track's plays of a period, broken down.

What the listening page draws on an item's page under its tiles: the
minutes by local day and by local hour, the plays by device and by title.
Every counted play of the period is in it (the tiles' count and time are
the same plays), not only the latest that the page lists.

Definitions (as `minutes_by_day` and the heatmap): a stream belongs to the
local day and hour in which it ended; a day's or an hour's minutes are its
plays' milliseconds rounded half up; a play with no device (an export's)
counts under None.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import Connection, select

from ..epoch import from_ms
from ..periods import Period
from ..store.schema import devices, items, plays
from .common import bounds, resolve_scope, scope_where
from .counts import named_target
from .model import Match, PlayRule, Scope


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A named item's counted plays of a period, by day, hour, device and title."""

    match: Match | None
    days: list[tuple[date, int]]
    """(local day, minutes) of the days with a play, in order."""
    hours: list[int]
    """Minutes by local hour of the day, 0 to 23."""
    devices: list[tuple[str | None, int]]
    """(device name, plays), most plays first (None: no device known)."""
    titles: list[tuple[str, int]]
    """(title, plays) of the tracks or episodes, most plays first."""


def _minutes(ms: int) -> int:
    return (ms + 30_000) // 60_000


def _ranked[T](counts: Counter[T]) -> list[tuple[T, int]]:
    # Most plays first, then by name, so that ties read the same every time.
    return sorted(counts.items(), key=lambda entry: (-entry[1], str(entry[0])))


def breakdown(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    artist: str | None = None,
    track: str | None = None,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Breakdown:
    """Break the period's counted plays of an artist, show or track down.

    Names are matched as by `play_count` (the match is reported; None:
    nothing of that name, and nothing to break down).
    """
    found = resolve_scope(conn, scope)
    target = named_target(conn, artist, track, found)
    empty = Breakdown(None if target is None else target.match, [], [0] * 24, [], [])
    if target is None or found.nothing:
        return empty
    start, end = bounds(period)
    where, source = scope_where(conn, found, start, end, rule)
    day_ms: Counter[date] = Counter()
    hour_ms = [0] * 24
    by_device: Counter[int | None] = Counter()
    by_item: Counter[int] = Counter()
    # One pass over the plays (an item's are few beside the period's): the
    # local day and hour of each are Python's, in any zone.
    for ended_at, ms, device_id, item_id in conn.execute(
        select(plays.c.ended_at, plays.c.ms_played, plays.c.device_id, plays.c.item_id)
        .select_from(source)
        .where(*where, *target.plays)
    ).tuples():
        local = from_ms(int(ended_at)).astimezone(time_zone)
        day_ms[local.date()] += int(ms)
        hour_ms[local.hour] += int(ms)
        by_device[None if device_id is None else int(device_id)] += 1
        by_item[int(item_id)] += 1
    if not by_item:
        return empty
    names = _names(conn, [key for key in by_device if key is not None])
    device_plays: Counter[str | None] = Counter()
    for device_id, count in by_device.items():
        device_plays[None if device_id is None else names.get(device_id)] += count
    titles: Counter[str] = Counter()
    for title, item_ids in _titles(conn, list(by_item)).items():
        titles[title] += sum(by_item[item_id] for item_id in item_ids)
    return Breakdown(
        target.match,
        [(day, _minutes(ms)) for day, ms in sorted(day_ms.items())],
        [_minutes(ms) for ms in hour_ms],
        _ranked(device_plays),
        _ranked(titles),
    )


def _names(conn: Connection, device_ids: list[int]) -> dict[int, str]:
    if not device_ids:
        return {}
    return {
        int(device_id): str(name)
        for device_id, name in conn.execute(
            select(devices.c.id, devices.c.name).where(devices.c.id.in_(device_ids))
        ).tuples()
    }


def _titles(conn: Connection, item_ids: list[int]) -> dict[str, list[int]]:
    """Title -> the items of that title (one song's URIs are one line)."""
    found: dict[str, list[int]] = {}
    for item_id, title in conn.execute(
        select(items.c.id, items.c.title).where(items.c.id.in_(item_ids))
    ).tuples():
        found.setdefault(str(title or "?"), []).append(int(item_id))
    return found
