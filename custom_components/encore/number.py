"""Numbers: a Sonos speaker's sound settings (bass, treble, balance, levels)."""

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .wiring.runtime import EncoreConfigEntry

# Each change goes to its speaker at once; speakers apply them in order.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the speakers' numbers (also of speakers that join later)."""
    entry.runtime_data.async_add_device_entities(
        hass, entry, Platform.NUMBER, async_add_entities
    )
