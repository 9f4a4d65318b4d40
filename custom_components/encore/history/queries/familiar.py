"""How often a scope played what a catalog search found: your history ranks first.

A search answers Spotify's catalog in Spotify's order; `plays_of` says how
many plays (Spotify's 30-second rule, all time) the scope has of each found
track, episode, artist, show and album, so a player can put what the
household plays most first. Read from the all-time totals and the unfolded
tail (`common.totals_rows`), a handful of keys at a time: a search over a
million plays costs a few index look-ups.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from ..models import PlayKind
from ..store.names import album_key, normalize_name
from ..store.schema import (
    album_totals,
    artist_totals,
    artists,
    item_totals,
    items,
    plays,
)
from .common import resolve_scope, totals_rows
from .model import PlayRule, Scope

_RULE = PlayRule.THIRTY_SECONDS
_ANY_KIND = (int(PlayKind.TRACK), int(PlayKind.EPISODE))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result.

    `name` is the result's own (an artist's, an album's); an album also names
    its artist (`artist`, `artist_uri`). Artists are found by URI where the
    history learnt it, else by name: an export names artists without URIs.
    """

    uri: str
    name: str | None = None
    artist: str | None = None
    artist_uri: str | None = None

    @property
    def is_album(self) -> bool:
        """Whether this is an album (counted by its name and artist)."""
        return ":album:" in self.uri

    @property
    def is_artist(self) -> bool:
        """Whether this is an artist or a show (counted by the artist's id)."""
        return ":artist:" in self.uri or ":show:" in self.uri


def plays_of(
    conn: Connection, scope: Scope, found: Sequence[SearchHit]
) -> dict[str, int]:
    """Return the scope's all-time plays of each found URI that it played."""
    wanted = resolve_scope(conn, scope)
    if wanted.nothing or not found:
        return {}
    counts: Counter[str] = Counter()
    item_uris = [f.uri for f in found if not f.is_album and not f.is_artist]
    if ids := _ids(conn, items.c.id, items.c.uri, item_uris):
        counts.update(
            _summed(
                conn,
                totals_rows(
                    conn,
                    wanted,
                    _RULE,
                    _ANY_KIND,
                    extra=[item_totals.c.item_id.in_(list(ids))],
                    tail_extra=[plays.c.item_id.in_(list(ids))],
                ),
                "item_id",
                ids,
            )
        )
    who = {f.uri: (f.artist_uri, f.name) for f in found if f.is_artist}
    who.update((f.uri, (f.artist_uri, f.artist)) for f in found if f.is_album)
    artist_ids = _artist_ids(conn, who)
    if by_artist := {
        artist_id: uri
        for uri, ids_of in artist_ids.items()
        if uri in {f.uri for f in found if f.is_artist}
        for artist_id in ids_of
    }:
        counts.update(
            _summed(
                conn,
                totals_rows(
                    conn,
                    wanted,
                    _RULE,
                    _ANY_KIND,
                    by="artist",
                    extra=[artist_totals.c.artist_id.in_(list(by_artist))],
                    tail_extra=[plays.c.artist_id.in_(list(by_artist))],
                ),
                "artist_id",
                by_artist,
            )
        )
    if albums := {
        album_key(artist_id, f.name): f.uri
        for f in found
        if f.is_album and f.name
        for artist_id in artist_ids.get(f.uri, ())
    }:
        counts.update(
            _summed(
                conn,
                totals_rows(
                    conn,
                    wanted,
                    _RULE,
                    (int(PlayKind.TRACK),),
                    by="album",
                    extra=[album_totals.c.album_key.in_(list(albums))],
                    tail_extra=[plays.c.album_key.in_(list(albums))],
                ),
                "album_key",
                albums,
            )
        )
    return {uri: n for uri, n in counts.items() if n > 0}


def _artist_ids(
    conn: Connection, who: dict[str, tuple[str | None, str | None]]
) -> dict[str, list[int]]:
    """Map result URIs to the history's artist ids: by the artist's URI, else name."""
    by_uri: dict[str, list[str]] = {}
    for uri, (artist_uri, _) in who.items():
        if artist_uri:
            by_uri.setdefault(artist_uri, []).append(uri)
    found: dict[str, list[int]] = {}
    for artist_id, artist_uri in _ids(
        conn, artists.c.id, artists.c.spotify_uri, list(by_uri)
    ).items():
        for uri in by_uri[artist_uri]:
            found.setdefault(uri, []).append(artist_id)
    by_name: dict[str, list[str]] = {}
    for uri, (_, name) in who.items():
        if uri not in found and name and (norm := normalize_name(name)):
            by_name.setdefault(norm, []).append(uri)
    for artist_id, norm in _ids(
        conn, artists.c.id, artists.c.name_norm, list(by_name)
    ).items():
        for uri in by_name[norm]:
            found.setdefault(uri, []).append(artist_id)
    return found


def _ids(
    conn: Connection, key: Any, column: Any, values: Sequence[str]
) -> dict[int, str]:
    if not values:
        return {}
    return {
        int(row_id): str(value)
        for row_id, value in conn.execute(
            select(key, column).where(column.in_(list(values)))
        ).tuples()
    }


def _summed(
    conn: Connection, rows: Any, column: str, names: dict[int, str]
) -> Counter[str]:
    sub = rows.subquery()
    key = sub.c[column]
    summed: Counter[str] = Counter()
    for k, n in conn.execute(select(key, func.sum(sub.c.plays)).group_by(key)).tuples():
        if int(k) in names:
            summed[names[int(k)]] += int(n or 0)
    return summed
