"""The household's alarms: a switch each, actions to create, change and delete
them, alarms added in the Sonos app appearing, and an alarm that goes off."""

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.switch import DOMAIN as SWITCH_DOMAIN
from homeassistant.const import (
    ATTR_ENTITY_ID,
    SERVICE_TURN_OFF,
    SERVICE_TURN_ON,
    STATE_OFF,
    STATE_ON,
    EntityCategory,
)
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.helpers.service import async_get_all_descriptions
from homeassistant.util import dt as dt_util

from custom_components.encore.const import DOMAIN
from custom_components.encore.sonos.alarms import EVENT_SONOS_ALARM
from fakes.sonos import EmulatedHousehold, TrackMetadata, track_didl

from .common import settle, state

LIVING = "media_player.living_room"
WAKE_UP = "switch.living_room_alarm_07_00"


@pytest.fixture
async def with_alarm(home: EmulatedHousehold) -> EmulatedHousehold:
    """The household with a weekday alarm in the Living Room, made in the app."""
    home.alarm_clock.add(home.speaker("Living Room"), "07:00:00", "WEEKDAYS", volume=30)
    return home


async def _action(hass: HomeAssistant, name: str, **data: Any) -> dict[str, Any] | None:
    return await hass.services.async_call(
        DOMAIN,
        name,
        data,
        blocking=True,
        return_response=name == "create_alarm",
    )


@pytest.mark.usefixtures("with_alarm", "home_loaded")
async def test_a_switch_per_alarm(hass: HomeAssistant) -> None:
    """On when enabled; when, how often, how loud, where and what as attributes."""
    alarm = state(hass, WAKE_UP)
    assert alarm.state == STATE_ON
    assert alarm.attributes["friendly_name"] == "Living Room Alarm 07:00"
    assert {
        key: alarm.attributes[key]
        for key in (
            "alarm_id",
            "time",
            "recurrence",
            "volume",
            "room",
            "plays",
            "include_linked_zones",
            "ringing",
        )
    } == {
        "alarm_id": "1",
        "time": "07:00:00",
        "recurrence": "WEEKDAYS",
        "volume": 0.3,
        "room": "Living Room",
        "plays": "chime",
        "include_linked_zones": False,
        "ringing": False,
    }
    weekday = dt_util.now().strftime("%w") not in ("0", "6")
    assert alarm.attributes["scheduled_today"] is weekday
    entry = er.async_get(hass).async_get(WAKE_UP)
    assert entry is not None
    assert entry.entity_category is EntityCategory.CONFIG


async def test_what_an_alarm_plays(
    hass: HomeAssistant, home: EmulatedHousehold, home_loaded: MockConfigEntry
) -> None:
    """An alarm made in the app to wake up to a station names it."""
    uri = "x-sonosapi-stream:s24861?sid=254&flags=8224&sn=0"
    station = TrackMetadata(
        title="Radio Paradise", item_class="object.item.audioItem.audioBroadcast"
    )
    home.alarm_clock.add(
        home.speaker("Kitchen"),
        "06:15:00",
        "WEEKENDS",
        program_uri=uri,
        program_metadata=track_didl(station, uri),
        play_mode="NORMAL",
    )
    await settle(hass, home)
    alarm = state(hass, "switch.kitchen_alarm_06_15")
    assert alarm.attributes["plays"] == "Radio Paradise"
    assert alarm.attributes["program_uri"] == uri
    assert alarm.attributes["play_mode"] == "NORMAL"
    assert alarm.attributes["room"] == "Kitchen"


async def test_the_switch_turns_the_alarm_on_and_off(
    hass: HomeAssistant, with_alarm: EmulatedHousehold, home_loaded: MockConfigEntry
) -> None:
    """Off through the switch: the speakers' alarm is off, the rest unchanged."""
    await hass.services.async_call(
        SWITCH_DOMAIN, SERVICE_TURN_OFF, {ATTR_ENTITY_ID: WAKE_UP}, blocking=True
    )
    alarm = with_alarm.alarm_clock.alarms[1]
    assert alarm.enabled is False
    assert (alarm.start_time, alarm.recurrence, alarm.volume) == (
        "07:00:00",
        "WEEKDAYS",
        30,
    )
    await settle(hass, with_alarm)
    assert state(hass, WAKE_UP).state == STATE_OFF
    await hass.services.async_call(
        SWITCH_DOMAIN, SERVICE_TURN_ON, {ATTR_ENTITY_ID: WAKE_UP}, blocking=True
    )
    assert with_alarm.alarm_clock.alarms[1].enabled is True


async def test_alarms_made_in_the_app_appear_and_go(
    hass: HomeAssistant, home: EmulatedHousehold, home_loaded: MockConfigEntry
) -> None:
    """AlarmListVersion events: new alarms get a switch, deleted ones lose it."""
    assert hass.states.get(WAKE_UP) is None
    reads = _list_reads(home)
    alarm = home.alarm_clock.add(home.speaker("Living Room"), "07:00:00")
    await settle(hass, home)
    assert state(hass, WAKE_UP).state == STATE_ON
    # Every speaker told of the new version; one read answered them all.
    assert _list_reads(home) == reads + 1
    home.alarm_clock.update(alarm.alarm_id, enabled=False, start_time="07:00:00")
    await settle(hass, home)
    assert state(hass, WAKE_UP).state == STATE_OFF
    home.alarm_clock.remove(alarm.alarm_id)
    await settle(hass, home)
    assert hass.states.get(WAKE_UP) is None
    assert er.async_get(hass).async_get(WAKE_UP) is None


def _list_reads(household: EmulatedHousehold) -> int:
    return sum(len(s.actions_named("ListAlarms")) for s in household.speakers)


async def test_create_update_and_delete(
    hass: HomeAssistant, home: EmulatedHousehold, home_loaded: MockConfigEntry
) -> None:
    """The three actions, with core's `update_alarm` fields."""
    response = await _action(
        hass,
        "create_alarm",
        entity_id=LIVING,
        time="06:30",
        recurrence="on_135",
        volume=0.4,
    )
    assert response == {"alarms": [{"entity_id": LIVING, "alarm_id": "1"}]}
    alarm = home.alarm_clock.alarms[1]
    assert (alarm.start_time, alarm.recurrence, alarm.volume, alarm.enabled) == (
        "06:30:00",
        "ON_135",
        40,
        True,
    )
    assert alarm.room_uuid == home.speaker("Living Room").uid
    await settle(hass, home)
    switch = "switch.living_room_alarm_06_30"
    assert state(hass, switch).attributes["recurrence"] == "ON_135"

    # Core's fields; what is not given stays.
    await _action(
        hass,
        "update_alarm",
        entity_id=LIVING,
        alarm_id=1,
        time="06:45",
        volume=0.2,
        include_linked_zones=True,
    )
    alarm = home.alarm_clock.alarms[1]
    assert (alarm.start_time, alarm.volume, alarm.include_linked_zones) == (
        "06:45:00",
        20,
        True,
    )
    assert alarm.recurrence == "ON_135"
    await settle(hass, home)
    assert state(hass, switch).attributes["time"] == "06:45:00"

    await _action(hass, "delete_alarm", entity_id=LIVING, alarm_id=1)
    assert home.alarm_clock.alarms == {}
    await settle(hass, home)
    assert hass.states.get(switch) is None


@pytest.mark.usefixtures("with_alarm", "home_loaded")
async def test_an_invalid_recurrence_writes_nothing(
    hass: HomeAssistant, with_alarm: EmulatedHousehold
) -> None:
    """A translated error that names the recurrence; no alarm half written."""
    living = with_alarm.speaker("Living Room")
    before = dict(with_alarm.alarm_clock.alarms)
    version = with_alarm.alarm_clock.version
    for name, data in (
        ("create_alarm", {"time": "06:00"}),
        ("update_alarm", {"alarm_id": 1, "time": "05:00", "volume": 0.9}),
    ):
        with pytest.raises(ServiceValidationError) as caught:
            await _action(hass, name, entity_id=LIVING, recurrence="ON_7", **data)
        assert caught.value.translation_key == "sonos_alarm_recurrence"
        assert caught.value.translation_placeholders == {"recurrence": "ON_7"}
    assert with_alarm.alarm_clock.alarms == before
    assert with_alarm.alarm_clock.version == version
    assert not living.actions_named("CreateAlarm")
    assert not living.actions_named("UpdateAlarm")


@pytest.mark.usefixtures("with_alarm", "home_loaded")
async def test_wrong_targets_are_translated(
    hass: HomeAssistant, with_alarm: EmulatedHousehold
) -> None:
    """An alarm that does not exist, an entity that is not a speaker."""
    with pytest.raises(ServiceValidationError) as caught:
        await _action(hass, "delete_alarm", entity_id=LIVING, alarm_id=9)
    assert caught.value.translation_key == "sonos_alarm_not_found"
    assert caught.value.translation_placeholders == {
        "alarm_id": "9",
        "speaker": "Living Room",
    }
    with pytest.raises(ServiceValidationError) as caught:
        await _action(hass, "update_alarm", entity_id=WAKE_UP, alarm_id=1)
    assert caught.value.translation_key == "sonos_not_a_speaker"
    assert 1 in with_alarm.alarm_clock.alarms


@pytest.mark.usefixtures("with_alarm", "home_loaded")
async def test_a_refused_alarm_is_translated_and_shown_as_it_is(
    hass: HomeAssistant, with_alarm: EmulatedHousehold
) -> None:
    """The speaker refuses the change: a translated error, the alarm as it was."""
    with_alarm.speaker("Living Room").fail_action("AlarmClock", "UpdateAlarm", 402)
    with pytest.raises(HomeAssistantError) as caught:
        await hass.services.async_call(
            SWITCH_DOMAIN, SERVICE_TURN_OFF, {ATTR_ENTITY_ID: WAKE_UP}, blocking=True
        )
    assert caught.value.translation_key == "sonos_invalid_arguments"
    assert with_alarm.alarm_clock.alarms[1].enabled is True
    assert state(hass, WAKE_UP).state == STATE_ON


@pytest.mark.usefixtures("with_alarm", "home_loaded")
async def test_an_alarm_going_off_is_an_event(
    hass: HomeAssistant, with_alarm: EmulatedHousehold
) -> None:
    """`encore_sonos_alarm` on the bus, and the switch says it rings until stopped."""
    fired: list[Event] = []
    hass.bus.async_listen(EVENT_SONOS_ALARM, fired.append)
    with_alarm.alarm_clock.ring(1)
    await settle(hass, with_alarm)
    assert [event.data for event in fired] == [
        {
            "alarm_id": "1",
            "entity_id": LIVING,
            "room": "Living Room",
            "time": "07:00:00",
            "recurrence": "WEEKDAYS",
        }
    ]
    assert state(hass, WAKE_UP).attributes["ringing"] is True
    living = with_alarm.speaker("Living Room")
    living.set_transport_state("PAUSED_PLAYBACK")
    await settle(hass, with_alarm)
    assert state(hass, WAKE_UP).attributes["ringing"] is False
    assert len(fired) == 1


async def test_what_an_alarm_plays_is_chosen(
    hass: HomeAssistant, home: EmulatedHousehold, home_loaded: MockConfigEntry
) -> None:
    """A favorite by title or id, or the chime again; an unknown one writes nothing."""
    uri = "x-sonosapi-stream:s24861?sid=254&flags=8224&sn=0"
    radio = home.add_radio_favorite("Radio Paradise", uri)
    await settle(hass, home)
    await _action(
        hass, "create_alarm", entity_id=LIVING, time="06:30", plays="Radio Paradise"
    )
    alarm = home.alarm_clock.alarms[1]
    assert alarm.program_uri == uri
    await settle(hass, home)
    switch = "switch.living_room_alarm_06_30"
    assert state(hass, switch).attributes["plays"] == "Radio Paradise"

    with pytest.raises(ServiceValidationError) as caught:
        await _action(
            hass, "update_alarm", entity_id=LIVING, alarm_id=1, plays="Radio Gaga"
        )
    assert caught.value.translation_key == "sonos_unknown_favorite"
    assert home.alarm_clock.alarms[1].program_uri == uri

    await _action(hass, "update_alarm", entity_id=LIVING, alarm_id=1, plays="chime")
    assert home.alarm_clock.alarms[1].program_uri == "x-rincon-buzzer:0"
    await _action(
        hass,
        "update_alarm",
        entity_id=LIVING,
        alarm_id=1,
        plays=f"FV:2/{radio.favorite_id}",
    )
    assert home.alarm_clock.alarms[1].program_uri == uri
    # It rings with the station.
    home.alarm_clock.ring(1)
    await settle(hass, home)
    assert home.speaker("Living Room").playback.uri == uri


async def test_alarm_actions_target_rooms_as_entity_actions(
    hass: HomeAssistant,
    home: EmulatedHousehold,
    home_loaded: MockConfigEntry,
    area_registry: ar.AreaRegistry,
    device_registry: dr.DeviceRegistry,
) -> None:
    """An area is a target, as for core's entity actions; one answer for all rooms.

    Two rooms in one area get an alarm each; changing or deleting an alarm
    through both of them asks the household once.
    """
    descriptions = await async_get_all_descriptions(hass)
    for name in ("create_alarm", "update_alarm", "delete_alarm"):
        assert descriptions[DOMAIN][name]["target"] == {
            "entity": [{"integration": DOMAIN, "domain": ["media_player"]}]
        }
        assert "entity_id" not in descriptions[DOMAIN][name]["fields"]
    upstairs = area_registry.async_get_or_create("Upstairs")
    for room in ("Living Room", "Kitchen"):
        device = device_registry.async_get_device_by_identifier(
            (DOMAIN, home.speaker(room).uid), home_loaded.entry_id
        )
        assert device is not None
        device_registry.async_update_device(device.id, area_id=upstairs.id)
    response = await hass.services.async_call(
        DOMAIN,
        "create_alarm",
        {"area_id": upstairs.id, "time": "06:15"},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    alarms = response["alarms"]
    assert sorted(alarm["entity_id"] for alarm in alarms) == [
        "media_player.kitchen",
        LIVING,
    ]
    assert sorted(alarm["alarm_id"] for alarm in alarms) == ["1", "2"]
    assert {alarm.room_uuid for alarm in home.alarm_clock.alarms.values()} == {
        home.speaker("Living Room").uid,
        home.speaker("Kitchen").uid,
    }
    await settle(hass, home)

    updates = sum(len(s.actions_named("UpdateAlarm")) for s in home.speakers)
    await _action(hass, "update_alarm", area_id=upstairs.id, alarm_id=1, volume=0.3)
    assert home.alarm_clock.alarms[1].volume == 30
    assert sum(len(s.actions_named("UpdateAlarm")) for s in home.speakers) == (
        updates + 1
    )
    await settle(hass, home)
    await _action(hass, "delete_alarm", area_id=upstairs.id, alarm_id=1)
    assert sorted(home.alarm_clock.alarms) == [2]


@pytest.mark.usefixtures("with_alarm", "home_loaded")
async def test_a_bad_field_for_one_room_creates_no_alarm_in_another(
    hass: HomeAssistant, with_alarm: EmulatedHousehold
) -> None:
    """Every targeted room is checked before any speaker is asked."""
    with pytest.raises(ServiceValidationError) as caught:
        await _action(
            hass,
            "create_alarm",
            entity_id=[LIVING, "media_player.kitchen"],
            time="06:00",
            plays="Radio Gaga",
        )
    assert caught.value.translation_key == "sonos_unknown_favorite"
    assert sorted(with_alarm.alarm_clock.alarms) == [1]
    assert not any(s.actions_named("CreateAlarm") for s in with_alarm.speakers)
