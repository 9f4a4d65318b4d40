"""The Spotify part of the media browser: the account's library and its items.

Playable items carry their Spotify URI as content id, so the same ids work in
`play_media` on a Spotify player and on a Sonos speaker. Library folders use
`encore:spotify:<node>` ids.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import msgspec

from homeassistant.components.media_player import BrowseMedia, MediaClass, MediaType
from homeassistant.exceptions import ServiceValidationError

from ..const import DOMAIN
from .client import SpotifyClient
from .objects import (
    Album,
    Artist,
    Audiobook,
    Chapter,
    Entry,
    Episode,
    Playable,
    PlayHistory,
    Playlist,
    PlaylistEntry,
    QueueState,
    SavedAlbum,
    SavedEpisode,
    SavedShow,
    SavedTrack,
    Show,
    Thing,
    Track,
)
from .uri import is_liked_songs, parse_spotify_uri

ROOT_ID: Final = "encore:spotify"
NODE_PREFIX: Final = f"{ROOT_ID}:"
# Library endpoints page by 50; a node reads at most this many items.
PAGE_SIZE: Final = 50
MAX_ITEMS: Final = 500

_CLASSES: Final[dict[str, tuple[MediaClass, str]]] = {
    "track": (MediaClass.TRACK, MediaType.TRACK),
    "album": (MediaClass.ALBUM, MediaType.ALBUM),
    "playlist": (MediaClass.PLAYLIST, MediaType.PLAYLIST),
    "artist": (MediaClass.ARTIST, MediaType.ARTIST),
    "show": (MediaClass.PODCAST, MediaType.PODCAST),
    "episode": (MediaClass.EPISODE, MediaType.EPISODE),
    # Home Assistant has no class for books: an audiobook is a podcast of chapters.
    "audiobook": (MediaClass.PODCAST, "audiobook"),
    "chapter": (MediaClass.EPISODE, "chapter"),
}


@dataclass(frozen=True, slots=True)
class LibraryNode:
    """A folder of the account's library and where its items come from.

    `entry` is what one entry of its list decodes into (the item itself, or
    the object wrapping it, such as a liked song's `{added_at, track}`).
    """

    title: str
    endpoint: str
    path: str
    child_class: MediaClass
    entry: type[Entry]
    params: tuple[tuple[str, Any], ...] = ()
    wrapper: str | None = None
    max_items: int = MAX_ITEMS


LIBRARY: Final[dict[str, LibraryNode]] = {
    "playlists": LibraryNode(
        "Playlists", "/me/playlists", "me/playlists", MediaClass.PLAYLIST, Playlist
    ),
    "liked_songs": LibraryNode(
        "Liked Songs", "/me/tracks", "me/tracks", MediaClass.TRACK, SavedTrack
    ),
    "saved_albums": LibraryNode(
        "Albums", "/me/albums", "me/albums", MediaClass.ALBUM, SavedAlbum
    ),
    "followed_artists": LibraryNode(
        "Artists",
        "/me/following",
        "me/following",
        MediaClass.ARTIST,
        Artist,
        params=(("type", "artist"),),
        wrapper="artists",
    ),
    "saved_shows": LibraryNode(
        "Podcasts", "/me/shows", "me/shows", MediaClass.PODCAST, SavedShow
    ),
    "saved_episodes": LibraryNode(
        "Saved episodes",
        "/me/episodes",
        "me/episodes",
        MediaClass.EPISODE,
        SavedEpisode,
    ),
    "saved_audiobooks": LibraryNode(
        "Audiobooks", "/me/audiobooks", "me/audiobooks", MediaClass.PODCAST, Audiobook
    ),
    "recently_played": LibraryNode(
        "Recently played",
        "/me/player/recently-played",
        "me/player/recently-played",
        MediaClass.TRACK,
        PlayHistory,
        # Spotify keeps only the last 50 plays reachable.
        max_items=50,
    ),
    # What plays next (Spotify's queue, after the current item); not paged.
    "queue": LibraryNode(
        "Queue", "/me/player/queue", "me/player/queue", MediaClass.TRACK, Playable
    ),
    "top_artists": LibraryNode(
        "Top artists", "/me/top/artists", "me/top/artists", MediaClass.ARTIST, Artist
    ),
    "top_tracks": LibraryNode(
        "Top tracks", "/me/top/tracks", "me/top/tracks", MediaClass.TRACK, Track
    ),
}

# What an expandable item holds, and where its children come from.
_CHILDREN: Final[dict[str, tuple[str, str, MediaClass, type[Entry]]]] = {
    "playlist": (
        "/playlists/{id}/items",
        "playlists/{id}/items",
        MediaClass.TRACK,
        PlaylistEntry,
    ),
    "album": ("/albums/{id}/tracks", "albums/{id}/tracks", MediaClass.TRACK, Track),
    "artist": (
        "/artists/{id}/albums",
        "artists/{id}/albums",
        MediaClass.ALBUM,
        Album,
    ),
    "show": (
        "/shows/{id}/episodes",
        "shows/{id}/episodes",
        MediaClass.EPISODE,
        Episode,
    ),
    "audiobook": (
        "/audiobooks/{id}/chapters",
        "audiobooks/{id}/chapters",
        MediaClass.EPISODE,
        Chapter,
    ),
}
# What reading one expandable item (its title and cover) decodes into.
_ITEMS: Final[dict[str, type[Thing]]] = {
    "playlist": Playlist,
    "album": Album,
    "artist": Artist,
    "show": Show,
    "audiobook": Audiobook,
}


def play_only(item: Thing, user_id: str | None) -> bool:
    """Whether a playlist can be played but not opened by this user.

    Since 2026 a Development-Mode app reads the items only of playlists the
    user owns or collaborates on (others answer 403); it still plays any
    playlist by its URI. Without a user (search), nothing is known: False.
    """
    if user_id is None or not isinstance(item, Playlist):
        return False
    owner = item.owner.id if item.owner else None
    return owner is not None and owner != user_id and not item.collaborative


def item_to_browse(
    item: Thing, image: str | None = None, *, user_id: str | None = None
) -> BrowseMedia | None:
    """Turn a Spotify object into a browse entry; unknown kinds are skipped.

    `user_id`: the account's, so followed playlists are play-only entries.
    """
    if item.type not in _CLASSES or not item.uri or item.is_local:
        return None
    media_class, content_type = _CLASSES[item.type]
    return BrowseMedia(
        title=item.title(),
        media_class=media_class,
        media_content_id=item.uri,
        media_content_type=content_type,
        can_play=True,
        can_expand=item.type in _CHILDREN and not play_only(item, user_id),
        thumbnail=item.cover() or image,
    )


def _folder(node_id: str, node: LibraryNode) -> BrowseMedia:
    return BrowseMedia(
        title=node.title,
        media_class=MediaClass.DIRECTORY,
        media_content_id=f"{NODE_PREFIX}{node_id}",
        media_content_type=MediaType.APP,
        can_play=False,
        can_expand=True,
        children_media_class=node.child_class,
    )


# The library's tile: Encore's own icon, which Home Assistant serves from the
# integration's brand folder. Spotify's brand image is fetched from Home
# Assistant's brand server, which a closed network (or a custom integration
# without a brand there) answers with a 404 and a broken tile.
LIBRARY_THUMBNAIL: Final = "/api/brands/integration/encore/icon.png"


async def async_browse(
    client: SpotifyClient,
    title: str,
    content_id: str | None,
    *,
    liked_songs_uri: str,
    user_id: str | None = None,
) -> BrowseMedia:
    """Return the browse node for `content_id` (None or ROOT_ID: the library).

    `user_id` is the account's: playlists it only follows are play-only.
    """
    if not content_id or content_id == ROOT_ID:
        return _root(title)
    if content_id.startswith(NODE_PREFIX) or is_liked_songs(content_id):
        return await _library_folder(
            client, content_id, liked_songs_uri=liked_songs_uri, user_id=user_id
        )
    return await _item_with_children(client, content_id, user_id)


def _root(title: str) -> BrowseMedia:
    """Return the library's root: a folder of each of its nodes."""
    return BrowseMedia(
        title=title,
        media_class=MediaClass.DIRECTORY,
        media_content_id=ROOT_ID,
        media_content_type=MediaType.APP,
        can_play=False,
        can_expand=True,
        children=[_folder(node_id, node) for node_id, node in LIBRARY.items()],
        children_media_class=MediaClass.DIRECTORY,
        thumbnail=LIBRARY_THUMBNAIL,
    )


async def _library_folder(
    client: SpotifyClient,
    content_id: str,
    *,
    liked_songs_uri: str,
    user_id: str | None,
) -> BrowseMedia:
    """Return one of the library's nodes (`LIBRARY`) with what it holds."""
    node_id = (
        "liked_songs"
        if is_liked_songs(content_id)
        else content_id.removeprefix(NODE_PREFIX)
    )
    if (library := LIBRARY.get(node_id)) is None:
        raise _unknown(content_id)
    if node_id == "queue":
        queue = await client.async_get(library.endpoint, library.path, QueueState)
        folder = _folder(node_id, library)
        folder.children = _children([item for item in queue.queue if item])
        return folder
    entries = await client.async_get_items(
        library.endpoint,
        library.path,
        library.entry,
        max_items=library.max_items,
        wrapper=library.wrapper,
        limit=PAGE_SIZE,
        **dict(library.params),
    )
    children = _children(entries, user_id=user_id)
    folder = _folder(node_id, library)
    if node_id == "liked_songs":
        folder.media_content_id = liked_songs_uri
        folder.can_play = True
        folder.media_class = MediaClass.PLAYLIST
        folder.media_content_type = MediaType.PLAYLIST
    folder.children = children
    return folder


async def _item_with_children(
    client: SpotifyClient, content_id: str, user_id: str | None
) -> BrowseMedia:
    """Return a playlist, album, artist or show (by URI) with its items."""
    ref = parse_spotify_uri(content_id)
    if ref is None or ref.kind not in _CHILDREN:
        raise _unknown(content_id)
    endpoint, path, child_class, entry = _CHILDREN[ref.kind]
    # One read for the item itself (title, image), then its children.
    item = await client.async_get(
        f"/{ref.kind}s/{{id}}",
        f"{ref.kind}s/{ref.id}",
        _ITEMS[ref.kind],
        **(
            {"fields": "name,images,type,uri,owner(id),collaborative"}
            if ref.kind == "playlist"
            else {}
        ),
    )
    # The body's own type and URI may be missing (a playlist's `fields`).
    item = msgspec.structs.replace(item, type=ref.kind, uri=ref.uri)
    if play_only(item, user_id):
        # Its items would answer 403: say so rather than fail on Spotify's word.
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="playlist_play_only",
            translation_placeholders={"playlist": item.name or ref.uri},
        )
    entries = await client.async_get_items(
        endpoint, path.format(id=ref.id), entry, max_items=MAX_ITEMS, limit=PAGE_SIZE
    )
    image = item.cover()
    node = item_to_browse(item) or BrowseMedia(
        title=ref.uri,
        media_class=_CLASSES[ref.kind][0],
        media_content_id=ref.uri,
        media_content_type=_CLASSES[ref.kind][1],
        can_play=True,
        can_expand=True,
    )
    node.children = _children(entries, image)
    node.children_media_class = child_class
    return node


def _children(
    entries: Sequence[Entry],
    image: str | None = None,
    *,
    user_id: str | None = None,
) -> list[BrowseMedia]:
    return [
        media
        for entry in entries
        if (item := entry.content())
        and (media := item_to_browse(item, image, user_id=user_id))
    ]


def _unknown(content_id: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="unknown_media",
        translation_placeholders={"media_id": content_id},
    )
