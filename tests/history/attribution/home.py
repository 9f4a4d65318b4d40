"""A test home: three persons and a guest, four rooms, trackers, a presence sensor.

Ada (an adult, the administrator), Bob (an adult) and Mia (a child) have
users; Gus is a guest without one. Each person has a phone (a router tracker:
home or away) and, but Gus, a Bluetooth tag a room tracker places in a room
(the area's name, as ESPresense and Bermuda report it). The living room has an
occupancy sensor; the kids' room belongs to Mia, the office speaker to Ada.
"""

from dataclasses import dataclass, field
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.components.binary_sensor import BinarySensorDeviceClass
from homeassistant.const import ATTR_DEVICE_CLASS, STATE_HOME, STATE_NOT_HOME
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_AREAS,
    CONF_ATTRIBUTION_PERSONS,
    CONF_KIND,
    CONF_ROLE,
    CONF_SPEAKERS,
    DOMAIN,
    EntryKind,
)

ADA, BOB, MIA, GUS = "person.ada", "person.bob", "person.mia", "person.gus"
KITCHEN = "media_player.kitchen"
LIVING = "media_player.living_room"
KIDS = "media_player.kids_room"
OFFICE = "media_player.office"
OCCUPANCY = "binary_sensor.living_room_occupancy"
ROOMS = {KITCHEN: "Kitchen", LIVING: "Living Room", KIDS: "Kids Room", OFFICE: "Office"}


@dataclass
class Home:
    """The test home's users, areas and history entry."""

    users: dict[str, str]
    """Person entity id -> user id."""
    areas: dict[str, str]
    """Room name -> area id."""
    history: MockConfigEntry
    devices: dict[str, str] = field(default_factory=dict)
    """Devices that ask Assist without a satellite entity -> device id."""


def base_options(areas: dict[str, str]) -> dict[str, Any]:
    """The history options of the test home: Mia a child with her room, Gus a guest."""
    return {
        CONF_ATTRIBUTION_PERSONS: {
            MIA: {CONF_ROLE: "child", CONF_AREAS: [areas["Kids Room"]]},
            GUS: {CONF_ROLE: "guest"},
            ADA: {CONF_SPEAKERS: [OFFICE]},
        }
    }


async def async_build_home(hass: HomeAssistant, admin: MockUser) -> Home:
    """Set up persons, areas, players and sensors in a real Home Assistant.

    Bob and Mia are users of the "Users" group (not administrators).
    """
    bob = await hass.auth.async_create_user("Bob", group_ids=[GROUP_ID_USER])
    mia = await hass.auth.async_create_user("Mia", group_ids=[GROUP_ID_USER])
    area_registry = ar.async_get(hass)
    areas = {
        name: area_registry.async_create(name).id for name in (*ROOMS.values(), "Hall")
    }
    entities = er.async_get(hass)
    for entity_id, room in ROOMS.items():
        made = entities.async_get_or_create(
            "media_player",
            "test",
            entity_id,
            suggested_object_id=entity_id.split(".")[1],
        )
        assert made.entity_id == entity_id
        entities.async_update_entity(entity_id, area_id=areas[room])
    sensor = entities.async_get_or_create(
        "binary_sensor",
        "test",
        "occupancy",
        suggested_object_id="living_room_occupancy",
    )
    entities.async_update_entity(sensor.entity_id, area_id=areas["Living Room"])
    persons = []
    users = {ADA: admin.id, BOB: bob.id, MIA: mia.id}
    for person in (ADA, BOB, MIA, GUS):
        name = person.split(".")[1]
        trackers = [f"device_tracker.{name}_phone"]
        if person != GUS:
            trackers.append(f"device_tracker.{name}_tag")
        persons.append(
            {
                "id": name,
                "name": name.title(),
                "device_trackers": trackers,
                **({"user_id": users[person]} if person in users else {}),
            }
        )
    assert await async_setup_component(hass, "person", {"person": persons})
    assert await async_setup_component(hass, "media_player", {})
    history = MockConfigEntry(
        domain=DOMAIN,
        title="Listening history",
        data={CONF_KIND: EntryKind.HISTORY},
        options=base_options(areas),
    )
    history.add_to_hass(hass)
    await hass.async_block_till_done()
    return Home(users, areas, history)


async def async_place(
    hass: HomeAssistant,
    home: dict[str, str | None],
    occupied: bool | None = None,
) -> None:
    """Put persons at home (in a room, or None: somewhere) and the rest away."""
    for person in (ADA, BOB, MIA, GUS):
        name = person.split(".")[1]
        here = person in home
        hass.states.async_set(
            f"device_tracker.{name}_phone",
            STATE_HOME if here else STATE_NOT_HOME,
            {"source_type": "router"},
        )
        if person != GUS:
            room = home.get(person) if here else None
            hass.states.async_set(
                f"device_tracker.{name}_tag",
                room or STATE_NOT_HOME,
                {"source_type": "bluetooth_le"},
            )
    if occupied is None:
        hass.states.async_remove(OCCUPANCY)
    else:
        hass.states.async_set(
            OCCUPANCY,
            "on" if occupied else "off",
            {ATTR_DEVICE_CLASS: BinarySensorDeviceClass.OCCUPANCY},
        )
    await hass.async_block_till_done()


async def async_add_asking_devices(hass: HomeAssistant, home: Home) -> None:
    """Devices that ask Assist without a satellite entity (before trackers report).

    Ada's phone (the companion app's device, with her phone's tracker), a
    wall tablet in the kids' room (Mia's) and one in the hall (nobody's).
    """
    apps = MockConfigEntry(domain="mobile_app")
    apps.add_to_hass(hass)
    devices = dr.async_get(hass)
    for name, area, tracker in (
        ("ada_phone", None, "ada_phone"),
        ("kids_tablet", home.areas["Kids Room"], None),
        ("hall_tablet", home.areas["Hall"], None),
    ):
        device = devices.async_get_or_create(
            config_entry_id=apps.entry_id, identifiers={("mobile_app", name)}, name=name
        )
        if area is not None:
            devices.async_update_device(device.id, area_id=area)
        if tracker is not None:
            made = er.async_get(hass).async_get_or_create(
                "device_tracker",
                "mobile_app",
                name,
                suggested_object_id=tracker,
                device_id=device.id,
            )
            assert made.entity_id == f"device_tracker.{tracker}"
        home.devices[name] = device.id
