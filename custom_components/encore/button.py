"""Buttons: each Sonos speaker's *cancel announcement*."""

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .wiring.runtime import EncoreConfigEntry

# Each press goes to its speaker at once.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the speakers' buttons."""
    entry.runtime_data.async_add_device_entities(
        hass, entry, Platform.BUTTON, async_add_entities
    )
