"""Where Spotify lives: its Web API and its accounts service.

Encore talks to Spotify's own hosts. A peer that stands in for Spotify (the
fake Spotify of the tests, the demo) is injected by putting its endpoints into
`hass.data[ENDPOINTS]` before an account connects; nothing patches constants.
"""

from dataclasses import dataclass
from typing import Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN


@dataclass(frozen=True, slots=True)
class SpotifyEndpoints:
    """The base URL of the Web API and the accounts service's two URLs."""

    api_prefix: str = "https://api.spotify.com/v1/"
    authorize_url: str = "https://accounts.spotify.com/authorize"
    token_url: str = "https://accounts.spotify.com/api/token"  # noqa: S105


SPOTIFY: Final = SpotifyEndpoints()
ENDPOINTS: HassKey[SpotifyEndpoints] = HassKey(f"{DOMAIN}_spotify_endpoints")


@callback
def spotify_endpoints(hass: HomeAssistant) -> SpotifyEndpoints:
    """Return where this Home Assistant reaches Spotify: Spotify's own hosts."""
    return hass.data.get(ENDPOINTS, SPOTIFY)
