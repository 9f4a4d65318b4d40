"""Diagnostic sensors: when Spotify lets an account send again, and how much it sends."""

from datetime import datetime
from typing import override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorStateClass,
)
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .runtime import EncoreConfigEntry
from .spotify.account import SpotifyAccount
from .spotify.entity import SpotifyAccountEntity

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the account's diagnostic sensors (Sonos entries have none)."""
    account = entry.runtime_data
    if not isinstance(account, SpotifyAccount):
        return
    async_add_entities([RateLimitedUntilSensor(account), ApiCallsSensor(account)])


class RateLimitedUntilSensor(SpotifyAccountEntity, SensorEntity):
    """The instant Spotify accepts this account's requests again, if it waits."""

    _attr_translation_key = "rate_limited_until"
    _attr_device_class = SensorDeviceClass.TIMESTAMP
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "rate_limited_until")

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the gate as well as the coordinator."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.account.client.gate.async_add_listener(self.async_write_ha_state)
        )

    @property
    @override
    def available(self) -> bool:
        """Stay available while the player waits: this is what tells until when."""
        return True

    @property
    @override
    def native_value(self) -> datetime | None:
        """Return the reopen instant, or nothing while requests go through."""
        return self.account.client.gate.closed_until


class ApiCallsSensor(SpotifyAccountEntity, SensorEntity):
    """Web API requests this account sent within the last hour."""

    _attr_translation_key = "api_calls"
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_native_unit_of_measurement = "requests"
    _attr_entity_registry_enabled_default = False

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "api_calls")

    @property
    @override
    def available(self) -> bool:
        """Counting works whether or not Spotify answers."""
        return True

    @property
    @override
    def native_value(self) -> int:
        """Return the number of requests in the last hour."""
        return self.account.client.usage.last_hour().total()
