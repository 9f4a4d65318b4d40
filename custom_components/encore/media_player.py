"""Media players: one per Spotify account."""

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .runtime import EncoreConfigEntry
from .spotify.player import SpotifyMediaPlayer

# Commands are serialized per account by Spotify itself; don't queue them here.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the entry's media players."""
    async_add_entities([SpotifyMediaPlayer(entry.runtime_data)])
