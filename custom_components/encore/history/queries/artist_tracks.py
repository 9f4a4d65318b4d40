"""One artist's most played songs in a period: "play my most played Daft Punk songs".

The rankings (`rankings.top_items`) rank every song; this ranks the songs of
the artist a spoken name most likely means (`matching.resolve_name`, among
what the scope played), counted over the plays themselves. One song per
recording, as in the rankings (`store.recordings`).
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from ..models import PlayKind
from ..periods import Period
from ..store.schema import plays
from .common import bounds, has_recordings, recording_of, resolve_scope, scope_where
from .matching import resolve_name
from .model import Match, PlayRule, RankBy, Scope, TopEntry, TopKind
from .rankings import ranked_keys, top_entries


@dataclass(frozen=True, slots=True)
class ArtistTracks:
    """The artist a name was taken to mean (None: nothing by it), and its songs."""

    match: Match | None
    entries: list[TopEntry]


def artist_top_tracks(
    conn: Connection,
    scope: Scope,
    period: Period,
    artist: str,
    *,
    limit: int = 50,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> ArtistTracks:
    """Rank the artist's songs the scope played most in the period, best first."""
    found = resolve_scope(conn, scope)
    if found.nothing or limit < 1:
        return ArtistTracks(None, [])
    resolved = resolve_name(conn, artist, TopKind.ARTIST, scope=found)
    if resolved is None:
        return ArtistTracks(None, [])
    start, end = bounds(period)
    where, source = scope_where(conn, found, start, end, rule)
    key: Any = plays.c.item_id
    if has_recordings(conn, found):
        key = recording_of(key)
    plays_n, ms = func.count(), func.sum(plays.c.ms_played)
    rows = conn.execute(
        select(key, plays_n, ms)
        .select_from(source)
        .where(
            *where,
            plays.c.kind == int(PlayKind.TRACK),
            plays.c.artist_id.in_(resolved.ids),
            key.is_not(None),
        )
        .group_by(key)
        .order_by(plays_n.desc(), ms.desc(), key)
        .limit(limit)
    ).tuples()
    entries = top_entries(
        conn, TopKind.TRACK, ranked_keys(rows, RankBy.PLAYS), images=False
    )
    return ArtistTracks(resolved.match, entries)
