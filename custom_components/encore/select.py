"""Selects: the speech enhancement level of an Ultra soundbar."""

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
    """Add the soundbars' speech level selects."""
    entry.runtime_data.async_add_device_entities(
        hass, entry, Platform.SELECT, async_add_entities
    )
