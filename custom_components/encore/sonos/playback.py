"""`play_media` and `select_source` on a Sonos speaker; commands go to its coordinator."""

from functools import partial
from typing import Any, Final

from homeassistant.components import media_source
from homeassistant.components.media_player import MediaPlayerEnqueue
from homeassistant.exceptions import ServiceValidationError

from ..const import DOMAIN
from ..media.lists import async_uris_of
from ..spotify.uri import is_liked_songs, parse_spotify_reference
from . import commands, queueing
from .announce import announce_volume, async_announce, async_media_url
from .browse import FAVORITE_PREFIX, PLAYLIST_PREFIX, QUEUE_ITEM_PREFIX
from .favorites import Favorite
from .media import LINE_IN_URI_PREFIX, TV_URI_PREFIX, SourceKind
from .speaker import SonosSpeaker
from .spotify_on_sonos import async_play_share_links, async_play_spotify

SOURCE_LINE_IN: Final = "Line-in"
SOURCE_TV: Final = "TV"


def _invalid(key: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=placeholders,
    )


async def async_play_media(
    speaker: SonosSpeaker,
    media_id: str,
    enqueue: MediaPlayerEnqueue | None,
    *,
    announce: bool = False,
    extra: dict[str, Any] | None = None,
    entity_id: str | None = None,
) -> None:
    """Play or queue a Spotify item, a favorite, a Sonos playlist, a queue item or a URL.

    `media-source://` items (TTS, local media, radio) play by their URL; an
    announcement plays over the music (see `announce`).
    """
    coordinator = speaker.coordinator
    if announce:
        volume = announce_volume(extra)
        url = await async_media_url(speaker.hass, media_id, entity_id)
        await async_announce(speaker, media_id, url, volume)
        return
    if (uris := await async_uris_of(speaker.hass, media_id)) is not None:
        # Songs from the history (Encore's media source): share links, in order.
        await async_play_share_links(speaker, uris, enqueue)
    elif (ref := parse_spotify_reference(media_id)) is not None:
        await async_play_spotify(speaker, ref, enqueue)
    elif is_liked_songs(media_id):
        raise _invalid("sonos_liked_songs", speaker=speaker.name)
    elif media_id.startswith(FAVORITE_PREFIX):
        favorite = speaker.household.favorite(media_id)
        if favorite is None:
            raise _invalid("sonos_unknown_favorite", favorite=media_id)
        await async_play_favorite(speaker, favorite, enqueue)
    elif media_id.startswith(PLAYLIST_PREFIX):
        playlists = await coordinator.async_call(
            commands.browse, coordinator.soco, "SQ:"
        )
        playlist = next((p for p in playlists if p.item_id == media_id), None)
        if playlist is None:
            raise _invalid("unknown_media", media_id=media_id)
        await coordinator.async_command(
            queueing.enqueue,
            coordinator.uid,
            [partial(commands.add_item_to_queue, coordinator.soco, playlist)],
            enqueue,
            coordinator.queue_position,
        )
    elif media_id.startswith(QUEUE_ITEM_PREFIX):
        number = media_id.removeprefix(QUEUE_ITEM_PREFIX)
        if not number.isdigit():
            raise _invalid("unknown_media", media_id=media_id)
        await coordinator.async_command(
            commands.play_from_queue, coordinator.uid, int(number)
        )
    elif media_source.is_media_source_id(media_id):
        url = await async_media_url(speaker.hass, media_id, entity_id)
        await _async_play_url(coordinator, url, enqueue)
    elif media_id.startswith(("http://", "https://")):
        await _async_play_url(coordinator, media_id, enqueue)
    else:
        raise _invalid("sonos_unsupported_media", media_id=media_id)


async def _async_play_url(
    coordinator: SonosSpeaker, url: str, enqueue: MediaPlayerEnqueue | None
) -> None:
    """Play an http(s) URL, or put it in the queue."""
    if enqueue in (MediaPlayerEnqueue.ADD, MediaPlayerEnqueue.NEXT):
        await coordinator.async_command(
            queueing.enqueue,
            coordinator.uid,
            [partial(commands.add_to_queue, coordinator.soco, url, "")],
            enqueue,
            coordinator.queue_position,
        )
    else:
        await coordinator.async_command(commands.play_uri, url)


async def async_play_favorite(
    speaker: SonosSpeaker, favorite: Favorite, enqueue: MediaPlayerEnqueue | None
) -> None:
    """Play a favorite: albums and playlists through the queue, the rest directly."""
    coordinator = speaker.coordinator
    if favorite.is_container:
        await coordinator.async_command(
            queueing.enqueue,
            coordinator.uid,
            [partial(commands.add_item_to_queue, coordinator.soco, favorite.reference)],
            enqueue,
            coordinator.queue_position,
        )
    else:
        await coordinator.async_command(
            commands.play_uri, favorite.uri, favorite.metadata
        )


def source_list(speaker: SonosSpeaker) -> list[str]:
    """Favorites, then the inputs this speaker has."""
    sources = [favorite.title for favorite in speaker.household.favorites]
    if speaker.facts.has_line_in:
        sources.append(SOURCE_LINE_IN)
    if speaker.facts.has_tv:
        sources.append(SOURCE_TV)
    return sources


def current_source(speaker: SonosSpeaker) -> str | None:
    """Name the source playing: an input, or the favorite it came from."""
    coordinator = speaker.coordinator
    kind = coordinator.now_playing.source
    if kind is SourceKind.LINE_IN:
        return SOURCE_LINE_IN
    if kind is SourceKind.TV:
        return SOURCE_TV
    uris = {coordinator.transport_uri, coordinator.enqueued_uri} - {""}
    return next((f.title for f in speaker.household.favorites if f.uri in uris), None)


async def async_select_source(speaker: SonosSpeaker, source: str) -> None:
    """Play a favorite, this speaker's line-in, or its TV input."""
    coordinator = speaker.coordinator
    if source == SOURCE_LINE_IN and speaker.facts.has_line_in:
        # The group plays this speaker's input.
        await coordinator.async_command(
            commands.play_uri, f"{LINE_IN_URI_PREFIX}{speaker.uid}"
        )
    elif source == SOURCE_TV and speaker.facts.has_tv:
        # Only the soundbar itself can play its TV input (it leaves its group).
        await speaker.async_command(
            commands.play_uri, f"{TV_URI_PREFIX}{speaker.uid}:spdif"
        )
    elif (favorite := speaker.household.favorite(source)) is not None:
        await async_play_favorite(speaker, favorite, None)
    else:
        raise _invalid(
            "sonos_unknown_source",
            source=source,
            sources=", ".join(source_list(speaker)) or "-",
        )
