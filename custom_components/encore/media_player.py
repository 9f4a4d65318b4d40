"""Media players: one per Spotify account, one per Sonos speaker."""

from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .wiring.runtime import EncoreConfigEntry

# Commands run as they come, like the apps do; Spotify and the speakers apply
# them in order of arrival, and a newer command's expected state replaces an
# older one's.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the entry's media players (Sonos: also speakers that join later)."""
    entry.runtime_data.async_add_media_players(hass, entry, async_add_entities)
