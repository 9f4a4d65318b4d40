"""Which entities a speaker (and the household's alarms) get, per platform."""

from collections.abc import Callable, Iterable
from typing import Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .alarm_switch import AlarmSwitch
from .alarms import signal_new_alarms
from .buttons import buttons_of
from .household import SonosHousehold, signal_new_speaker
from .numbers import numbers_of
from .power_entities import binary_sensors_of, sensors_of
from .selects import selects_of
from .speaker import SonosSpeaker
from .switches import switches_of

ENTITIES: Final[dict[Platform, Callable[[SonosSpeaker], Iterable[Entity]]]] = {
    Platform.BUTTON: buttons_of,
    Platform.NUMBER: numbers_of,
    Platform.SWITCH: switches_of,
    Platform.SELECT: selects_of,
    Platform.SENSOR: sensors_of,
    Platform.BINARY_SENSOR: binary_sensors_of,
}


@callback
def async_add_speaker_entities(
    hass: HomeAssistant,
    entry: ConfigEntry,
    household: SonosHousehold,
    platform: Platform,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the platform's entities of every speaker, and of those joining later."""
    make = ENTITIES[platform]

    @callback
    def add_speaker(speaker: SonosSpeaker) -> None:
        async_add_entities(make(speaker))

    entry.async_on_unload(
        async_dispatcher_connect(hass, signal_new_speaker(entry.entry_id), add_speaker)
    )
    async_add_entities(
        entity for speaker in household.speakers.values() for entity in make(speaker)
    )
    if platform is Platform.SWITCH:
        _async_add_alarm_switches(hass, entry, household, async_add_entities)


@callback
def _async_add_alarm_switches(
    hass: HomeAssistant,
    entry: ConfigEntry,
    household: SonosHousehold,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a switch per alarm, and one for each alarm that appears later.

    An alarm whose room is not (yet) a speaker of the household waits: it is
    added when the list is read again after the speaker joins.
    """
    added: set[str] = set()

    @callback
    def add_alarms(alarm_ids: Iterable[str]) -> None:
        switches = []
        for alarm_id in alarm_ids:
            alarm = household.alarms.get(alarm_id)
            if alarm is None or alarm_id in added:
                continue
            speaker = household.speakers.get(alarm.room_uid)
            if speaker is None:
                continue
            added.add(alarm_id)
            switches.append(AlarmSwitch(speaker, alarm))
        async_add_entities(switches)

    @callback
    def speaker_joined(_speaker: SonosSpeaker) -> None:
        add_alarms(list(household.alarms.alarms))

    @callback
    def forget_deleted() -> None:
        added.intersection_update(household.alarms.alarms)

    entry.async_on_unload(
        async_dispatcher_connect(hass, signal_new_alarms(entry.entry_id), add_alarms)
    )
    entry.async_on_unload(
        async_dispatcher_connect(
            hass, signal_new_speaker(entry.entry_id), speaker_joined
        )
    )
    entry.async_on_unload(household.alarms.async_add_listener(forget_deleted))
    add_alarms(list(household.alarms.alarms))
