"""Spotify's catalog as the history's artwork source, wired here between the two.

The history (`history.artwork`) looks up what the page shows without artwork
through a small protocol; Spotify (`spotify.catalog`) knows nothing of the
history. Any connected account may ask, since the catalog is the same for
all: the first whose rate gate is open and which Spotify does not refuse.
"""

from datetime import datetime

from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN
from ..history.artwork import (
    ArtworkFiller,
    CatalogUnavailableError,
    FoundEpisode,
    FoundTrack,
)
from ..history.manager import async_get_manager
from ..spotify.catalog import (
    async_artist_artwork,
    async_episode_artwork,
    async_track_artwork,
)
from ..spotify.client import SpotifyClient
from ..spotify.errors import SpotifyError, SpotifyRateLimitedError
from .runtime import SpotifyRuntime

_FILLER: HassKey[ArtworkFiller] = HassKey(f"{DOMAIN}_artwork")


class SpotifyCatalog:
    """The history's `ArtworkCatalog` over the connected Spotify accounts."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Initialize; accounts are found at each look-up."""
        self._hass = hass

    def _client(self) -> SpotifyClient:
        reopens: list[datetime] = []
        for entry in self._hass.config_entries.async_loaded_entries(DOMAIN):
            runtime = entry.runtime_data
            if not isinstance(runtime, SpotifyRuntime):
                continue
            client = runtime.account.client
            if not client.gate.is_open:
                if client.gate.closed_until is not None:
                    reopens.append(client.gate.closed_until)
                continue
            if client.account_problem is None:
                return client
        # Every gate closed: none may ask before the first reopens.
        raise CatalogUnavailableError(min(reopens) if reopens else None)

    async def async_track(self, uri: str) -> FoundTrack:
        """Return a track's cover and first artist."""
        try:
            found = await async_track_artwork(self._client(), uri)
        except SpotifyRateLimitedError as err:
            raise CatalogUnavailableError(err.until) from err
        except SpotifyError as err:
            raise CatalogUnavailableError from err
        return FoundTrack(found.image, found.artist_uri)

    async def async_artist(self, uri: str) -> str | None:
        """Return an artist's picture."""
        try:
            return await async_artist_artwork(self._client(), uri)
        except SpotifyRateLimitedError as err:
            raise CatalogUnavailableError(err.until) from err
        except SpotifyError as err:
            raise CatalogUnavailableError from err

    async def async_episode(self, uri: str) -> FoundEpisode:
        """Return an episode's image and its show's."""
        try:
            found = await async_episode_artwork(self._client(), uri)
        except SpotifyRateLimitedError as err:
            raise CatalogUnavailableError(err.until) from err
        except SpotifyError as err:
            raise CatalogUnavailableError from err
        return FoundEpisode(found.image, found.show_image)


@callback
def async_get_artwork(hass: HomeAssistant) -> ArtworkFiller:
    """Return the instance's artwork filler, made on first use."""
    if (filler := hass.data.get(_FILLER)) is None:
        filler = hass.data[_FILLER] = ArtworkFiller(
            hass, async_get_manager(hass), SpotifyCatalog(hass)
        )
    return filler
