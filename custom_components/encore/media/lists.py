"""What the history tells Encore's players: the songs of a folder, what you play most.

Encore's media source (`media_source.py`) lists songs picked from the history
("my top songs this month", "on repeat"). A folder of them is no stream with
a URL that Home Assistant's media source could hand any player: on Spotify
it is Spotify's `uris` list, on a Sonos speaker a queue of share links. The
players live in `spotify/` and `sonos/`, which never import the history, so
the media source registers a resolver here at setup and the players ask it
before they refuse a media-source id. Their catalog searches likewise ask
how often the household played each result (`async_plays_of`), so what you
play most comes first. This module imports nothing of Encore's but `const`:
every layer may use it.
"""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
import secrets

from homeassistant.components import media_source
from homeassistant.components.media_player import BrowseMedia
from homeassistant.components.media_source import Unresolvable
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN

MEDIA_SOURCE_PREFIX = f"media-source://{DOMAIN}"

type UriListResolver = Callable[[str], Awaitable[list[str]]]
"""Turns an Encore media-source id into Spotify URIs, in play order.

Raises a translated `HomeAssistantError` for an id it does not know.
"""

_RESOLVER: HassKey[UriListResolver] = HassKey(f"{DOMAIN}_media_lists")
_HELD: HassKey[dict[str, list[str]]] = HassKey(f"{DOMAIN}_media_lists_held")
HELD = "held"
# Lists kept for `play_media` at once: a few, the newest.
HELD_LISTS = 8


@dataclass(frozen=True, slots=True)
class Found:
    """A search result: its URI and name; an album also its artist's name and URI."""

    uri: str
    name: str | None = None
    artist: str | None = None
    artist_uri: str | None = None


type PlayCounter = Callable[[str | None, Sequence[Found]], Awaitable[dict[str, int]]]
"""(account key or None for everyone, results) -> plays of each URI played."""

_COUNTER: HassKey[PlayCounter] = HassKey(f"{DOMAIN}_media_play_counts")


def is_encore_media(media_id: str) -> bool:
    """Whether `media_id` is one of Encore's media-source ids."""
    return media_id == MEDIA_SOURCE_PREFIX or media_id.startswith(
        f"{MEDIA_SOURCE_PREFIX}/"
    )


@callback
def async_register(
    hass: HomeAssistant, resolver: UriListResolver, counter: PlayCounter
) -> CALLBACK_TYPE:
    """Register the history's answers; returns what removes them."""
    hass.data[_RESOLVER] = resolver
    hass.data[_COUNTER] = counter

    @callback
    def remove() -> None:
        if hass.data.get(_RESOLVER) is resolver:
            del hass.data[_RESOLVER]
        if hass.data.get(_COUNTER) is counter:
            del hass.data[_COUNTER]

    return remove


@callback
def async_hold(hass: HomeAssistant, uris: Sequence[str]) -> str:
    """Keep a list of URIs for a moment; return the media id that plays it.

    An Assist request ("play my most played Daft Punk songs") picks its songs
    itself and plays them through `media_player.play_media` on the player it
    chose, like a media-source folder, without a folder of its own.
    """
    held = hass.data.setdefault(_HELD, {})
    while len(held) >= HELD_LISTS:
        del held[next(iter(held))]
    token = secrets.token_hex(8)
    held[token] = list(uris)
    return f"{MEDIA_SOURCE_PREFIX}/{HELD}/{token}"


async def async_uris_of(hass: HomeAssistant, media_id: str) -> list[str] | None:
    """Return the URIs an Encore media-source id stands for.

    None when `media_id` is not Encore's, or no resolver is registered (the
    player then treats it as any other media-source id).
    """
    held_prefix = f"{MEDIA_SOURCE_PREFIX}/{HELD}/"
    if media_id.startswith(held_prefix) and (
        uris := hass.data.get(_HELD, {}).get(media_id.removeprefix(held_prefix))
    ):
        return list(uris)
    if not is_encore_media(media_id) or (resolver := hass.data.get(_RESOLVER)) is None:
        return None
    try:
        return await resolver(media_id)
    except Unresolvable as err:
        # An id that names no folder is the user's slip: refused (HTTP 400,
        # no ERROR in the log), in the user's language.
        raise ServiceValidationError(
            translation_domain=err.translation_domain,
            translation_key=err.translation_key,
            translation_placeholders=err.translation_placeholders,
        ) from err


async def async_plays_of(
    hass: HomeAssistant, account: str | None, found: Sequence[Found]
) -> dict[str, int]:
    """Return how often `account` (None: everyone) played each found URI.

    Empty without a history: a search then keeps Spotify's order.
    """
    if not found or (counter := hass.data.get(_COUNTER)) is None:
        return {}
    return await counter(account, found)


# -- the media sources in a player's browser ---------------------------------------


def plays_on_sonos(item: BrowseMedia) -> bool:
    """Whether a Sonos speaker plays a media source's item: audio, as core's Sonos."""
    return item.media_content_type.startswith("audio/")


async def async_browse_sources(
    hass: HomeAssistant,
    content_id: str,
    content_filter: Callable[[BrowseMedia], bool] | None = None,
) -> BrowseMedia:
    """Browse a media source from a player's browser (its folders are Encore's too)."""
    return await media_source.async_browse_media(
        hass, content_id, content_filter=content_filter
    )


async def async_source_roots(
    hass: HomeAssistant,
    content_filter: Callable[[BrowseMedia], bool] | None,
    *,
    encore_only: bool = False,
) -> list[BrowseMedia]:
    """Return the media sources a player's root lists beside its own folders.

    Core's players list them at their root; without them the Media panel
    shows an Encore player no "Top songs this month", recap or forgotten
    favourites. `encore_only`: a Spotify account plays Encore's folders and
    no other source (none has a Spotify URI). Nothing when the media source
    integration is not loaded.
    """
    try:
        if encore_only:
            root = await media_source.async_browse_media(hass, MEDIA_SOURCE_PREFIX)
            root.children = None
            return [root]
        root = await media_source.async_browse_media(
            hass, None, content_filter=content_filter
        )
    except HomeAssistantError:
        # Not loaded, or no history (so no Encore source): the player's own.
        return []
    # No domain: the overview of every source, each one a child.
    if root.domain is None:
        return list(root.children or [])
    return [root]
