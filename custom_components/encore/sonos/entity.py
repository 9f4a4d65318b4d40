"""What every entity of a speaker shares: its device, availability and updates."""

from collections.abc import Hashable
from typing import Any, override

from homeassistant.helpers.device_registry import (
    CONNECTION_NETWORK_MAC,
    DeviceInfo,
    format_mac,
)
from homeassistant.helpers.entity import Entity

from ..const import DOMAIN
from .speaker import SonosSpeaker


def speaker_device_info(speaker: SonosSpeaker) -> DeviceInfo:
    """Return the device of a speaker (its media player's and its settings')."""
    facts = speaker.facts
    return DeviceInfo(
        identifiers={(DOMAIN, facts.uid)},
        connections=(
            {(CONNECTION_NETWORK_MAC, format_mac(facts.mac))} if facts.mac else set()
        ),
        name=facts.name,
        manufacturer="Sonos",
        model=facts.model,
        model_id=facts.model_number or None,
        sw_version=facts.software_version,
        hw_version=facts.hardware_version,
        serial_number=facts.serial,
    )


class SpeakerEntity(Entity):
    """An entity of one speaker, written when what it shows changes.

    The speaker tells its listeners of every event; a settings entity writes
    its state only when its own value moved, so a volume event does not
    rewrite a dozen switches.
    """

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, speaker: SonosSpeaker, key: str) -> None:
        """Initialize for `speaker`; `key` makes the unique id (core's suffix)."""
        self.speaker = speaker
        self._attr_unique_id = f"{speaker.uid}-{key}"
        self._attr_device_info = speaker_device_info(speaker)
        self._written: Hashable = None

    def shown(self) -> Hashable:
        """Return what the state shows (compared to decide whether to write)."""
        return (self.available, self.state)

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the speaker."""
        self._written = self.shown()
        self.async_on_remove(self.speaker.async_add_listener(self._async_changed))

    def _async_changed(self) -> None:
        shown = self.shown()
        if shown != self._written:
            self._written = shown
            self.async_write_ha_state()

    @property
    @override
    def available(self) -> bool:
        """Return whether the speaker answers."""
        return self.speaker.available


def attributes_of(**values: Any) -> dict[str, Any]:
    """Return the attributes that have a value."""
    return {name: value for name, value in values.items() if value is not None}
