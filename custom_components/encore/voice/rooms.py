"""Where: a room, an area or a speaker said with a question ("in the kitchen").

The history knows the device each stream played on (its name as Spotify or
the player gave it). A place said is matched to those names directly and
through Home Assistant: an area of that name gives the names of its media
players. The streams are read with `recent_plays` (filtered by device in the
database) and counted here; a period with more streams than `MAX_STREAMS` on
one device is refused rather than counted short.
"""

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
import re

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)

from ..history.models import PlayKind
from ..history.periods import Period
from ..history.queries import (
    PlayRow,
    PlayRule,
    TopEntry,
    Totals,
    device_ids,
    normalize_name,
    recent_plays,
)
from .ask import SPOKEN_ITEMS, Asker, PlayedResult, async_read
from .when import When, parse_when

MAX_STREAMS = 5_000
_COUNTED_MS = 30_000
_PLACE = {
    "en": re.compile(
        r"\b(?P<phrase>(?:in|on|at|from|through|over|via) (?:the|my|our) "
        r"(?!most\b|least\b)(?P<full>(?P<name>.+?)(?: (?:speakers?|room|player|stereo|sonos))?))$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?P<phrase>(?:im|in der|in dem|auf dem|auf der|am|über den|über die"
        r"|über das) (?!\w+sten\b)"  # "am meisten", "am öftesten": no place
        r"(?P<full>(?P<name>.+?)(?:[ -]?(?:lautsprecher|box|anlage))?))$",
        re.IGNORECASE,
    ),
}


class TooManyStreamsError(ValueError):
    """More streams on a device than are counted one by one."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place said, and the device names it stands for."""

    said: str
    """As said, with its preposition: "in the kitchen"."""
    name: str
    """The place alone: "kitchen"."""
    full: str | None = None
    """The place with the word after it when one was said ("TV room" where
    `name` is "TV"): a room's name can end in "room" or "speaker" itself."""


def split_place(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> tuple[Place, When | None] | None:
    """Find a place and, around it, a time: "in the kitchen yesterday".

    None when the words hold no place, or hold words that are neither.
    """
    pattern = _PLACE.get(language, _PLACE["en"])
    pieces = text.split()
    # The shortest place whose words around it are a time (or nothing).
    for end in range(1, len(pieces) + 1):
        head = " ".join(pieces[:end])
        tail = " ".join(pieces[end:])
        found = pattern.search(head)
        if found is None:
            continue
        before = head[: found.start()].strip()
        rest = " ".join(part for part in (before, tail) if part)
        when = parse_when(rest, language, now, time_zone) if rest else None
        if rest and when is None:
            continue
        name = found.group("name").strip()
        if parse_when(found.group("phrase"), language, now, time_zone) is not None:
            return None
        full = found.group("full").strip()
        return Place(
            found.group("phrase").strip(), name, full if full != name else None
        ), when
    return None


@callback
def device_names(hass: HomeAssistant, place: Place) -> list[str]:
    """Return the device names a place may mean: itself and its area's players."""
    names = [place.name]
    wanted = normalize_name(place.name)
    areas = ar.async_get(hass)
    devices = dr.async_get(hass)
    entities = er.async_get(hass)
    for area in areas.async_list_areas():
        if wanted not in {
            normalize_name(area.name),
            *map(normalize_name, area.aliases),
        }:
            continue
        names.extend(
            entity.name or entity.original_name or ""
            for entity in er.async_entries_for_area(entities, area.id)
            if entity.domain == "media_player"
        )
        names.extend(
            device.name_by_user or device.name or ""
            for device in dr.async_entries_for_area(devices, area.id)
        )
    return list(dict.fromkeys(name for name in names if name))


def _counted(rows: list[PlayRow], period: Period) -> PlayedResult:
    """Count a place's streams as the history counts a period's."""
    played = [row for row in rows if row.ms_played >= _COUNTED_MS]
    music = [row for row in played if row.kind is PlayKind.TRACK]
    by_artist: dict[str, list[PlayRow]] = {}
    for row in music:
        by_artist.setdefault(row.artist or "?", []).append(row)
    ranked = sorted(
        by_artist.items(),
        key=lambda item: (-len(item[1]), -sum(r.ms_played for r in item[1]), item[0]),
    )
    artists = [
        TopEntry(
            rank,
            name,
            None,
            len(artist_rows),
            sum(r.ms_played for r in artist_rows),
            None,
        )
        for rank, (name, artist_rows) in enumerate(ranked[:SPOKEN_ITEMS], start=1)
    ]
    totals = Totals(
        plays=len(played),
        ms_played=sum(row.ms_played for row in played),
        streams=len(rows),
        ms_streamed=sum(row.ms_played for row in rows),
        artists=len(by_artist),
        tracks=len({(row.title, row.artist) for row in music}),
    )
    newest = sorted(played, key=lambda row: row.started_at, reverse=True)[:1]
    return PlayedResult(period, totals, artists, newest)


async def async_played_at_place(
    hass: HomeAssistant, asker: Asker, period: Period, place: Place
) -> PlayedResult:
    """Return a period's plays on the devices a place means, counted.

    Raises `TooManyStreamsError` when there are more than `MAX_STREAMS`.
    """
    # "The TV room" is the TV Room when the history knows one, else "TV".
    fuller = [replace(place, name=place.full)] if place.full else []
    choices = [device_names(hass, candidate) for candidate in (*fuller, place)]

    def read(conn: Connection) -> list[PlayRow]:
        names = next(
            (names for names in choices if any(device_ids(conn, n) for n in names)),
            choices[-1],
        )
        found: dict[tuple[datetime, datetime, str | None], PlayRow] = {}
        for name in names:
            rows = recent_plays(
                conn,
                asker.scope,
                period,
                device=name,
                limit=MAX_STREAMS + 1,
                rule=PlayRule.ALL,
            ).plays
            for row in rows:
                found[(row.started_at, row.ended_at, row.uri)] = row
        return list(found.values())

    rows = await async_read(hass, read, asker)
    if len(rows) > MAX_STREAMS:
        raise TooManyStreamsError(place.name)
    return _counted(rows, period)
