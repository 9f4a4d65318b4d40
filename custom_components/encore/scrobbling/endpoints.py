"""Where Last.fm and ListenBrainz live, and how fast Encore may call them.

A peer that stands in for them (the fakes of the tests, the demo, the bench)
is injected by putting its endpoints into `hass.data[ENDPOINTS]`, as for
Spotify (`spotify/endpoints.py`); nothing patches constants.
"""

from dataclasses import dataclass
from typing import Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN
from .lastfm import API_URL, AUTH_URL
from .listenbrainz import API_ROOT
from .pace import DEFAULT_INTERVAL


@dataclass(frozen=True, slots=True)
class ScrobblingEndpoints:
    """Last.fm's API and sign-in page, ListenBrainz's API root, the pause between calls."""

    lastfm_api: str = API_URL
    lastfm_auth: str = AUTH_URL
    listenbrainz_api: str = API_ROOT
    interval: float = DEFAULT_INTERVAL


SERVICES: Final = ScrobblingEndpoints()
ENDPOINTS: HassKey[ScrobblingEndpoints] = HassKey(f"{DOMAIN}_scrobbling_endpoints")


@callback
def scrobbling_endpoints(hass: HomeAssistant) -> ScrobblingEndpoints:
    """Return where this Home Assistant reaches the services: their own hosts."""
    return hass.data.get(ENDPOINTS, SERVICES)
