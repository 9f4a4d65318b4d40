"""The media browser of a Sonos speaker: favorites, playlists, queue, Spotify.

Spotify comes through a connected Spotify account of Encore's.

Sonos items keep their ContentDirectory ids (`FV:2/3`, `SQ:1`, `Q:0/4`) as
content ids; Spotify items keep their Spotify URIs, so `play_media` takes both.

Album art a speaker serves (`/getaa?...` on port 1400, plain HTTP on the LAN)
goes through Home Assistant's media player proxy; the path on the speaker is the
image id. Art elsewhere (HTTPS image services) is linked as it is.
"""

from collections.abc import Callable
from typing import Any, Final

from homeassistant.components.media_player import BrowseMedia, MediaClass, MediaType
from homeassistant.exceptions import ServiceValidationError

from ..const import DOMAIN
from ..spotify.browse import ROOT_ID as SPOTIFY_ROOT_ID
from . import commands
from .endpoint import base_url
from .media import speaker_art_path
from .speaker import SonosSpeaker
from .spotify_on_sonos import async_browse_spotify

ROOT_ID: Final = "encore:sonos"
FAVORITES_ID: Final = f"{ROOT_ID}:favorites"
PLAYLISTS_ID: Final = f"{ROOT_ID}:playlists"
QUEUE_ID: Final = f"{ROOT_ID}:queue"
FAVORITE_PREFIX: Final = "FV:2/"
PLAYLIST_PREFIX: Final = "SQ:"
QUEUE_ITEM_PREFIX: Final = "Q:0/"

# The media player's `get_browse_image_url`: (type, content id, image id) -> URL.
type Thumbnails = Callable[[str, str, str | None], str]


def _thumbnail(
    thumbnails: Thumbnails,
    base_url: str,
    media_type: str,
    content_id: str,
    art: str | None,
) -> str | None:
    if not art:
        return None
    if (path := speaker_art_path(base_url, art)) is None:
        return art
    return thumbnails(media_type, content_id, path)


def _folder(
    title: str,
    content_id: str,
    children: list[BrowseMedia] | None = None,
    child_class: MediaClass = MediaClass.TRACK,
) -> BrowseMedia:
    return BrowseMedia(
        title=title,
        media_class=MediaClass.DIRECTORY,
        media_content_id=content_id,
        media_content_type=MediaType.APP,
        can_play=False,
        can_expand=True,
        children=children,
        children_media_class=child_class,
    )


def _class_of(item_class: str) -> tuple[MediaClass, str]:
    if item_class.startswith("object.container.album"):
        return MediaClass.ALBUM, MediaType.ALBUM
    if item_class.startswith("object.container"):
        return MediaClass.PLAYLIST, MediaType.PLAYLIST
    if "audioBroadcast" in item_class:
        return MediaClass.CHANNEL, MediaType.CHANNEL
    return MediaClass.TRACK, MediaType.MUSIC


def _item(
    item: Any,
    speaker: SonosSpeaker,
    thumbnails: Thumbnails,
    *,
    can_play: bool,
    can_expand: bool = False,
) -> BrowseMedia:
    media_class, media_type = _class_of(str(getattr(item, "item_class", "")))
    artist = getattr(item, "creator", None)
    title = str(item.title)
    content_id = str(item.item_id)
    return BrowseMedia(
        title=f"{title} · {artist}" if artist else title,
        media_class=media_class,
        media_content_id=content_id,
        media_content_type=media_type,
        can_play=can_play,
        can_expand=can_expand,
        thumbnail=_thumbnail(
            thumbnails,
            base_url(speaker.soco),
            media_type,
            content_id,
            getattr(item, "album_art_uri", None),
        ),
    )


async def async_browse(
    speaker: SonosSpeaker, content_id: str | None, thumbnails: Thumbnails
) -> BrowseMedia:
    """Return the browse node `content_id` (None: the root)."""
    if not content_id or content_id == ROOT_ID:
        return await _async_root(speaker)
    if content_id.startswith((SPOTIFY_ROOT_ID, "spotify:")):
        if (node := await async_browse_spotify(speaker, content_id)) is not None:
            return node
    elif content_id == FAVORITES_ID:
        return _favorites(speaker, thumbnails)
    elif content_id == PLAYLISTS_ID:
        items = await speaker.async_call(commands.browse, speaker.soco, "SQ:")
        return _folder(
            "Sonos playlists",
            PLAYLISTS_ID,
            [
                _item(item, speaker, thumbnails, can_play=True, can_expand=True)
                for item in items
            ],
            MediaClass.PLAYLIST,
        )
    elif content_id == QUEUE_ID:
        coordinator = speaker.coordinator
        items = await coordinator.async_call(commands.browse, coordinator.soco, "Q:0")
        return _folder(
            "Queue",
            QUEUE_ID,
            [_item(i, coordinator, thumbnails, can_play=True) for i in items],
        )
    elif content_id.startswith(PLAYLIST_PREFIX):
        items = await speaker.async_call(commands.browse, speaker.soco, content_id)
        playlists = await speaker.async_call(commands.browse, speaker.soco, "SQ:")
        title = next(
            (str(p.title) for p in playlists if p.item_id == content_id), content_id
        )
        node = _folder(
            title,
            content_id,
            [_item(i, speaker, thumbnails, can_play=False) for i in items],
        )
        node.media_class = MediaClass.PLAYLIST
        node.media_content_type = MediaType.PLAYLIST
        node.can_play = True
        return node
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="unknown_media",
        translation_placeholders={"media_id": content_id},
    )


async def _async_root(speaker: SonosSpeaker) -> BrowseMedia:
    children = [
        _folder("Favorites", FAVORITES_ID),
        _folder("Sonos playlists", PLAYLISTS_ID, child_class=MediaClass.PLAYLIST),
        _folder("Queue", QUEUE_ID),
    ]
    if (spotify := await async_browse_spotify(speaker, None)) is not None:
        spotify.children = None
        spotify.can_expand = True
        children.append(spotify)
    return _folder(speaker.name, ROOT_ID, children, MediaClass.DIRECTORY)


def _favorites(speaker: SonosSpeaker, thumbnails: Thumbnails) -> BrowseMedia:
    children = []
    for favorite in speaker.household.favorites:
        media_class, media_type = _class_of(
            str(getattr(favorite.reference, "item_class", ""))
        )
        children.append(
            BrowseMedia(
                title=favorite.title,
                media_class=media_class,
                media_content_id=favorite.item_id,
                media_content_type=media_type,
                can_play=True,
                can_expand=False,
                thumbnail=_thumbnail(
                    thumbnails,
                    base_url(speaker.soco),
                    media_type,
                    favorite.item_id,
                    favorite.art,
                ),
            )
        )
    return _folder("Favorites", FAVORITES_ID, children, MediaClass.DIRECTORY)
