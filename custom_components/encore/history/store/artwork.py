"""Artwork: the covers and pictures the history keeps beside its items and artists.

A track's image is its album's cover (an album takes the image of any of its
items); an episode's is its own; an artist's is their picture, a show's its
cover. Images are Spotify's https URLs, kept as Encore sees them (the player,
recently played) or as a look-up found them. An empty string means Spotify
was asked and had none: it is not asked again, and answers show nothing.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, update

from ..models import PlayKind
from .names import album_key
from .resolution import artist_key
from .schema import artists, items

NONE_FOUND = ""
"""What a look-up that found no image stores."""

_MAX_URL = 2000
_TRACK_PREFIX = "spotify:track:"
_EPISODE_PREFIX = "spotify:episode:"
_ARTIST_PREFIX = "spotify:artist:"


def _usable(url: str | None) -> bool:
    # Only Spotify's own https images reach the page, never a local path or
    # a script URL from a hostile payload.
    return (
        bool(url) and len(url or "") <= _MAX_URL and (url or "").startswith("https://")
    )


def shown(url: str | None) -> str | None:
    """Return an image as answers show it: None when none is known."""
    return url or None


# -- keeping what was seen -----------------------------------------------------------


def keep_item_images(conn: Connection, images: Mapping[str, str | None]) -> int:
    """Store images by item URI (as the player and recently played name them).

    A URL replaces what was stored (Spotify changes covers); nothing is
    written when it is the same. Returns how many items changed.
    """
    changed = 0
    for uri, url in images.items():
        if not _usable(url):
            continue
        changed += conn.execute(
            update(items)
            .where(
                items.c.key == uri,
                or_(items.c.image_url.is_(None), items.c.image_url != url),
            )
            .values(image_url=url)
        ).rowcount
    return changed


def keep_item_image(conn: Connection, item_id: int, url: str | None) -> None:
    """Store what a look-up found for an item (NONE_FOUND when nothing)."""
    conn.execute(
        update(items)
        .where(items.c.id == item_id)
        .values(image_url=url if _usable(url) else NONE_FOUND)
    )


def keep_artist_image(
    conn: Connection, artist_id: int, url: str | None, *, uri: str | None = None
) -> None:
    """Store what a look-up found for an artist or show (and its URI, if new)."""
    values: dict[str, Any] = {"image_url": url if _usable(url) else NONE_FOUND}
    conn.execute(update(artists).where(artists.c.id == artist_id).values(values))
    if uri:
        keep_artist_uri(conn, artist_id, uri)


def keep_artist_uri(conn: Connection, artist_id: int, uri: str) -> None:
    """Remember an artist's Spotify URI where none (or no artist's) was known.

    The look-up of the picture asks about it next.
    """
    conn.execute(
        update(artists)
        .where(
            artists.c.id == artist_id,
            or_(
                artists.c.spotify_uri.is_(None),
                ~artists.c.spotify_uri.startswith(_ARTIST_PREFIX),
            ),
        )
        .values(spotify_uri=uri[:64])
    )


# -- reading for answers --------------------------------------------------------------


def item_images(conn: Connection, item_ids: Iterable[int]) -> dict[int, str]:
    """Return the known images of items, by id."""
    wanted = sorted(set(item_ids))
    if not wanted:
        return {}
    return {
        int(row_id): url
        for row_id, url in conn.execute(
            select(items.c.id, items.c.image_url).where(
                items.c.id.in_(wanted), items.c.image_url != NONE_FOUND
            )
        ).tuples()
    }


def artist_images(
    conn: Connection, artist_ids: Iterable[int], *, shows: bool = False
) -> dict[int, str]:
    """Return the known images of artists, by id.

    A show without a cover of its own shows one of its episodes'.
    """
    wanted = sorted(set(artist_ids))
    if not wanted:
        return {}
    found = {
        int(row_id): url
        for row_id, url in conn.execute(
            select(artists.c.id, artists.c.image_url).where(
                artists.c.id.in_(wanted), artists.c.image_url != NONE_FOUND
            )
        ).tuples()
    }
    if shows and (missing := [key for key in wanted if key not in found]):
        found.update(
            (int(row_id), url)
            for row_id, url in conn.execute(
                select(items.c.artist_id, func.max(items.c.image_url))
                .where(
                    items.c.artist_id.in_(missing),
                    items.c.kind == int(PlayKind.EPISODE),
                    items.c.image_url != NONE_FOUND,
                )
                .group_by(items.c.artist_id)
            ).tuples()
        )
    return found


def album_images(conn: Connection, keys: Iterable[int]) -> dict[int, str]:
    """Return the known covers of albums, by album key: any of its items' image."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    return {
        int(key): url
        for key, url in conn.execute(
            select(items.c.album_key, func.max(items.c.image_url))
            .where(items.c.album_key.in_(wanted), items.c.image_url != NONE_FOUND)
            .group_by(items.c.album_key)
        ).tuples()
    }


# -- what a look-up needs ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArtworkNeed:
    """What to ask Spotify to find one missing image, and where to keep it.

    `ask` is "track", "artist" or "episode" and `uri` what to ask about.
    The image found goes to `item_id` (tracks, episodes) or `artist_id`. A
    track asked for an artist's sake (`for_artist`) also names the artist's
    URI, which a second look-up then asks about.
    """

    ask: str
    uri: str
    item_id: int | None = None
    artist_id: int | None = None
    for_artist: bool = False


def _item_with_uri(
    conn: Connection, prefix: str, *where: Any
) -> tuple[int, str] | None:
    row = conn.execute(
        select(items.c.id, items.c.key)
        .where(*where, items.c.key.startswith(prefix))
        .order_by(items.c.id)
        .limit(1)
    ).first()
    return None if row is None else (int(row.id), str(row.key))


def _artist_row(conn: Connection, name: str) -> Any:
    return conn.execute(
        select(artists.c.id, artists.c.spotify_uri, artists.c.image_url).where(
            artists.c.key == artist_key(name)
        )
    ).first()


def need_of_track(conn: Connection, uri: str) -> ArtworkNeed | None:
    """Return what finds a track's cover; None when it is known or cannot be asked."""
    row = conn.execute(
        select(items.c.id, items.c.image_url).where(items.c.key == uri)
    ).first()
    if row is None or row.image_url is not None:
        return None
    if uri.startswith(_EPISODE_PREFIX):
        return ArtworkNeed("episode", uri, item_id=int(row.id))
    if not uri.startswith(_TRACK_PREFIX):
        return None
    return ArtworkNeed("track", uri, item_id=int(row.id))


def need_of_album(
    conn: Connection, artist: str | None, album: str
) -> ArtworkNeed | None:
    """Return what finds an album's cover: one of its tracks, asked about."""
    artist_row = _artist_row(conn, artist) if artist else None
    key = album_key(artist_row.id if artist_row is not None else None, album)
    if album_images(conn, [key]):
        return None
    # One of its tracks was asked about and had no cover: nor has the album.
    if conn.execute(
        select(items.c.id)
        .where(items.c.album_key == key, items.c.image_url == NONE_FOUND)
        .limit(1)
    ).first():
        return None
    found = _item_with_uri(
        conn, _TRACK_PREFIX, items.c.album_key == key, items.c.image_url.is_(None)
    )
    return None if found is None else ArtworkNeed("track", found[1], item_id=found[0])


def need_of_artist(
    conn: Connection, name: str, *, show: bool = False
) -> ArtworkNeed | None:
    """Return what finds an artist's picture or a show's cover.

    An artist's URI, when known, is asked about; else one of their tracks,
    which names it. A show is found through one of its episodes.
    """
    row = _artist_row(conn, name)
    if row is None or row.image_url is not None:
        return None
    if show:
        found = _item_with_uri(
            conn,
            _EPISODE_PREFIX,
            items.c.artist_id == row.id,
            items.c.kind == int(PlayKind.EPISODE),
        )
        if found is None:
            return None
        return ArtworkNeed("episode", found[1], item_id=found[0], artist_id=int(row.id))
    if row.spotify_uri and str(row.spotify_uri).startswith(_ARTIST_PREFIX):
        return ArtworkNeed("artist", str(row.spotify_uri), artist_id=int(row.id))
    found = _item_with_uri(
        conn,
        _TRACK_PREFIX,
        and_(items.c.artist_id == row.id, items.c.kind == int(PlayKind.TRACK)),
    )
    if found is None:
        return None
    return ArtworkNeed(
        "track", found[1], item_id=found[0], artist_id=int(row.id), for_artist=True
    )


def image_of_artist(conn: Connection, name: str) -> str | None:
    """Return the known picture of the artist (or show) of that name."""
    url = conn.execute(
        select(artists.c.image_url).where(artists.c.key == artist_key(name))
    ).scalar_one_or_none()
    return shown(url)


def image_of_item(conn: Connection, uri: str) -> str | None:
    """Return the known image of the item of that URI."""
    url = conn.execute(
        select(items.c.image_url).where(items.c.key == uri)
    ).scalar_one_or_none()
    return shown(url)
