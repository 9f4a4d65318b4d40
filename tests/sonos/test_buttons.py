"""Each speaker's *cancel announcement* button, as core `sonos` has it."""

import pytest

from homeassistant.components.button import DOMAIN as BUTTON_DOMAIN, SERVICE_PRESS
from homeassistant.const import ATTR_ENTITY_ID, ATTR_ICON
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er

from custom_components.encore.const import DOMAIN
from fakes.sonos import EmulatedHousehold

from .common import state, until
from .sounds import SoundServer, sounds
from .test_announce import announce, play_queue

__all__ = ["sounds"]


@pytest.fixture
def living_button(hass: HomeAssistant, sonos_household: EmulatedHousehold) -> str:
    """The Living Room's button, enabled before Encore starts (others stay off)."""
    living = sonos_household.speaker("Living Room")
    entry = er.async_get(hass).async_get_or_create(
        BUTTON_DOMAIN, DOMAIN, f"{living.uid}-cancel_announcement"
    )
    return entry.entity_id


async def press(hass: HomeAssistant, entity_id: str) -> None:
    """Press a button and wait for it."""
    await hass.services.async_call(
        BUTTON_DOMAIN, SERVICE_PRESS, {ATTR_ENTITY_ID: entity_id}, blocking=True
    )


async def test_the_button_cancels_a_clip(
    hass: HomeAssistant,
    living_button: str,
    sonos_loaded: object,
    sonos_household: EmulatedHousehold,
    sounds: SoundServer,
) -> None:
    """A button per speaker, off by default; pressed, the clip is dismissed."""
    registry = er.async_get(hass)
    kitchen = sonos_household.speaker("Kitchen")
    kitchen_button = registry.async_get_entity_id(
        BUTTON_DOMAIN, DOMAIN, f"{kitchen.uid}-cancel_announcement"
    )
    assert kitchen_button is not None
    entry = registry.async_get(kitchen_button)
    assert entry is not None
    assert entry.disabled_by is er.RegistryEntryDisabler.INTEGRATION
    assert entry.translation_key == "cancel_announcement"
    shown = state(hass, living_button)
    assert shown.attributes["friendly_name"] == "Living Room Cancel announcement"
    assert ATTR_ICON not in shown.attributes  # from icons.json, by translation key

    living = await play_queue(hass, sonos_household, "Living Room", 1, 10)
    await announce(hass, sounds.url("long.mp3"))
    await until(hass, lambda: living.audio_clips.playing is not None)
    await press(hass, living_button)
    assert living.audio_clips.playing is None
    assert living.audio_clips.clips[-1].status == "DISMISSED"
    assert not living.audio_clips.ducked

    with pytest.raises(ServiceValidationError) as nothing:
        await press(hass, living_button)
    assert nothing.value.translation_key == "sonos_no_announcement"
