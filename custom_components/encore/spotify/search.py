"""Catalog search for media players (Spotify's and Sonos')."""

from collections.abc import Awaitable, Callable, Sequence
from typing import Final

from homeassistant.components.media_player import BrowseMedia, MediaClass

from ..media.lists import Found
from .browse import item_to_browse
from .client import SpotifyClient
from .objects import SEARCH_KINDS, Album, SearchResults, Thing, Track

type PlayCounts = Callable[[Sequence[Found]], Awaitable[dict[str, int]]]
"""How often the listener played each result (the history answers; see media_lists)."""

# Spotify answers at most 10 results per type and request since 2026.
SEARCH_PAGE: Final = 10
DEFAULT_LIMIT: Final = SEARCH_PAGE

_TYPE_BY_CLASS: Final[dict[MediaClass, str]] = {
    MediaClass.ARTIST: "artist",
    MediaClass.ALBUM: "album",
    MediaClass.TRACK: "track",
    MediaClass.MUSIC: "track",
    MediaClass.PLAYLIST: "playlist",
    MediaClass.PODCAST: "show",
    MediaClass.EPISODE: "episode",
}
# With no filter, search what "play <something>" usually means.
DEFAULT_TYPES: Final = ("artist", "album", "track", "playlist")
# An exact name match wins; otherwise this order decides between kinds.
_RANK: Final = (
    "artist",
    "album",
    "track",
    "playlist",
    "show",
    "episode",
    "audiobook",
)


def search_types(classes: list[MediaClass] | None) -> tuple[str, ...]:
    """Return the Spotify search types for HA media classes."""
    if not classes:
        return DEFAULT_TYPES
    wanted = {_TYPE_BY_CLASS[cls] for cls in classes if cls in _TYPE_BY_CLASS}
    if MediaClass.PODCAST in classes:
        # Home Assistant has no class for books: audiobooks are asked as podcasts.
        wanted.add("audiobook")
    return tuple(kind for kind in _RANK if kind in wanted)


async def async_search(
    client: SpotifyClient,
    query: str,
    classes: list[MediaClass] | None = None,
    limit: int = DEFAULT_LIMIT,
    played: PlayCounts | None = None,
) -> list[BrowseMedia]:
    """Search the catalog; up to `limit` results per kind, best match first.

    An exact name match comes first; then what the listener played most
    (`played`, all time), then Spotify's order, kind by kind.
    """
    types = search_types(classes)
    if not types or not query.strip():
        return []
    first = await client.async_get(
        "/search",
        "search",
        SearchResults,
        q=query,
        type=",".join(types),
        limit=min(limit, SEARCH_PAGE),
    )
    found: list[tuple[str, int, Thing]] = []
    for kind in types:
        if (page := first.of_kind(kind)) is None:
            continue
        items = page.present()
        if page.next and len(items) < limit:
            # Asked for more than one page holds: read this kind's next pages.
            items += await client.async_get_items(
                "/search",
                "search",
                SEARCH_KINDS[kind],
                max_items=limit - len(items),
                wrapper=f"{kind}s",
                q=query,
                type=kind,
                limit=SEARCH_PAGE,
                offset=len(page.items),
            )
        found.extend((kind, index, item) for index, item in enumerate(items[:limit]))

    wanted = query.strip().casefold()
    counts = await played([_found(item) for _, _, item in found]) if played else {}

    def rank(entry: tuple[str, int, Thing]) -> tuple[bool, int, int, int]:
        kind, index, item = entry
        exact = (item.name or "").strip().casefold() == wanted
        return (
            not exact,
            -counts.get(item.uri or "", 0),
            _RANK.index(kind),
            index,
        )

    results = []
    for _, _, item in sorted(found, key=rank):
        if (media := item_to_browse(item)) is not None:
            results.append(media)
    return results


def _found(item: Thing) -> Found:
    """Return what the history counts a result by: its URI, name and artist."""
    artists = item.artists if isinstance(item, Track | Album) else ()
    artist = next((each for each in artists if each is not None), None)
    return Found(
        item.uri or "",
        item.name,
        artist.name if artist else None,
        artist.uri if artist else None,
    )
