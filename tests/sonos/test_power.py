"""Portables and soundbars: battery, power source, charging, microphone, HDMI input."""

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest

from homeassistant.components.sensor import SensorDeviceClass
from homeassistant.const import (
    ATTR_DEVICE_CLASS,
    ATTR_UNIT_OF_MEASUREMENT,
    PERCENTAGE,
    STATE_OFF,
    STATE_ON,
    EntityCategory,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from fakes.sonos import EmulatedHousehold, EmulatedSpeaker
from tests.conftest import advance

from .common import settle, state

pytestmark = pytest.mark.usefixtures("home_loaded")


async def test_only_where_the_model_has_them(hass: HomeAssistant) -> None:
    """Battery on the portable, HDMI format on soundbars, microphone where one is."""
    registry = er.async_get(hass)
    found = {
        entity.entity_id
        for entity in registry.entities.values()
        if entity.domain in ("sensor", "binary_sensor")
        and entity.entity_category is EntityCategory.DIAGNOSTIC
    }
    assert found == {
        "sensor.patio_battery",
        "sensor.patio_power_source",
        "binary_sensor.patio_charging",
        "binary_sensor.patio_microphone",
        "binary_sensor.living_room_microphone",
        "binary_sensor.tv_room_microphone",
        "sensor.tv_room_audio_input_format",
        "sensor.den_audio_input_format",
    }


async def test_battery_as_the_portable_reports_it(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """Level, source and charging: read from the page, then pushed by events."""
    patio = home.speaker("Patio")
    battery = state(hass, "sensor.patio_battery")
    assert battery.state == "100"
    assert battery.attributes[ATTR_DEVICE_CLASS] == SensorDeviceClass.BATTERY
    assert battery.attributes[ATTR_UNIT_OF_MEASUREMENT] == PERCENTAGE
    assert state(hass, "sensor.patio_power_source").state == "charging_base"
    assert state(hass, "binary_sensor.patio_charging").state == STATE_ON

    # Off its base: the event says it no longer charges, and the new level.
    pages = len(_battery_pages(patio))
    patio.set_battery(87, "BATTERY")
    await settle(hass, home)
    assert state(hass, "sensor.patio_battery").state == "87"
    assert state(hass, "sensor.patio_power_source").state == "battery"
    assert state(hass, "binary_sensor.patio_charging").state == STATE_OFF
    assert len(_battery_pages(patio)) == pages

    # On USB: charging again, and only the page says on what.
    patio.set_battery(88, "USB_POWER")
    await settle(hass, home)
    assert state(hass, "binary_sensor.patio_charging").state == STATE_ON
    assert state(hass, "sensor.patio_power_source").state == "usb"
    assert state(hass, "sensor.patio_battery").state == "88"
    assert len(_battery_pages(patio)) == pages + 1


def _battery_pages(speaker: EmulatedSpeaker) -> list[str]:
    return [path for path in speaker.pages_read if path == "/status/batterystatus"]


async def test_microphone_follows_the_button(
    hass: HomeAssistant, home: EmulatedHousehold
) -> None:
    """The microphone's state comes by DeviceProperties event."""
    assert state(hass, "binary_sensor.living_room_microphone").state == STATE_ON
    home.speaker("Living Room").set_microphone(False)
    await settle(hass, home)
    assert state(hass, "binary_sensor.living_room_microphone").state == STATE_OFF


async def test_hdmi_input_format(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, home: EmulatedHousehold
) -> None:
    """What comes in over HDMI, named as SoCo names it, read each minute."""
    assert state(hass, "sensor.tv_room_audio_input_format").state == "No input"
    home.speaker("TV Room").set_audio_input(18)
    await advance(hass, freezer, timedelta(seconds=70))
    await settle(hass, home)
    assert state(hass, "sensor.tv_room_audio_input_format").state == "Dolby 5.1"
