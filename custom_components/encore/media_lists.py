"""The Spotify URIs an Encore media-source id stands for, for Encore's players.

Encore's media source (`media_source.py`) lists songs picked from the history
("my top songs this month", "on repeat"). A folder of them is no stream with
a URL that Home Assistant's media source could hand any player: on Spotify
it is Spotify's `uris` list, on a Sonos speaker a queue of share links. The
players live in `spotify/` and `sonos/`, which never import the history, so
the media source registers a resolver here at setup and the players ask it
before they refuse a media-source id. This module imports nothing of Encore's
but `const`: every layer may use it.
"""

from collections.abc import Awaitable, Callable

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN

MEDIA_SOURCE_PREFIX = f"media-source://{DOMAIN}"

type UriListResolver = Callable[[str], Awaitable[list[str]]]
"""Turns an Encore media-source id into Spotify URIs, in play order.

Raises a translated `HomeAssistantError` for an id it does not know.
"""

_RESOLVER: HassKey[UriListResolver] = HassKey(f"{DOMAIN}_media_lists")


def is_encore_media(media_id: str) -> bool:
    """Whether `media_id` is one of Encore's media-source ids."""
    return media_id == MEDIA_SOURCE_PREFIX or media_id.startswith(
        f"{MEDIA_SOURCE_PREFIX}/"
    )


@callback
def async_register(hass: HomeAssistant, resolver: UriListResolver) -> CALLBACK_TYPE:
    """Register the resolver; returns what removes it."""
    hass.data[_RESOLVER] = resolver

    @callback
    def remove() -> None:
        if hass.data.get(_RESOLVER) is resolver:
            del hass.data[_RESOLVER]

    return remove


async def async_uris_of(hass: HomeAssistant, media_id: str) -> list[str] | None:
    """Return the URIs an Encore media-source id stands for.

    None when `media_id` is not Encore's, or no resolver is registered (the
    player then treats it as any other media-source id).
    """
    if not is_encore_media(media_id) or (resolver := hass.data.get(_RESOLVER)) is None:
        return None
    return await resolver(media_id)
