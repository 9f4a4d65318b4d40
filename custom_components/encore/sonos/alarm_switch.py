"""A switch per alarm of the household, on the device of the alarm's room."""

from collections.abc import Hashable
from datetime import datetime
from typing import Any, override

from homeassistant.components.switch import SwitchEntity
from homeassistant.const import EntityCategory
from homeassistant.core import callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_track_time_change
from homeassistant.util import dt as dt_util

from .alarms import HouseholdAlarms, SonosAlarm
from .entity import speaker_device_info
from .speaker import SonosSpeaker


class AlarmSwitch(SwitchEntity):
    """One alarm: on when enabled; when, how often, how loud and what as attributes."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_translation_key = "alarm"
    _attr_entity_category = EntityCategory.CONFIG

    def __init__(self, speaker: SonosSpeaker, alarm: SonosAlarm) -> None:
        """Initialize for the alarm of `speaker`'s room."""
        self.speaker = speaker
        self.alarms: HouseholdAlarms = speaker.household.alarms
        self.alarm_id = alarm.alarm_id
        # Core's unique id of an alarm's switch.
        self._attr_unique_id = (
            f"alarm-{speaker.household.household_id}:{alarm.alarm_id}"
        )
        self._attr_device_info = speaker_device_info(speaker)
        self._attr_translation_placeholders = {"time": alarm.start_time[:5]}
        self._written: Hashable = None

    @property
    def alarm(self) -> SonosAlarm | None:
        """Return the alarm as last listed (None once deleted)."""
        return self.alarms.get(self.alarm_id)

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the household's alarms; `scheduled_today` changes at midnight."""
        self._written = self._shown()
        self.async_on_remove(self.alarms.async_add_listener(self._async_changed))
        self.async_on_remove(self.speaker.async_add_listener(self._async_changed))
        self.async_on_remove(
            async_track_time_change(
                self.hass, self._async_new_day, hour=0, minute=0, second=0
            )
        )

    @callback
    def _async_new_day(self, _now: datetime) -> None:
        self.async_write_ha_state()

    def _shown(self) -> Hashable:
        return (self.available, self.alarm, self.alarm_id in self.alarms.ringing)

    @callback
    def _async_changed(self) -> None:
        if (alarm := self.alarm) is None:
            # Deleted (here or in the Sonos app): the switch goes with it.
            self.hass.async_create_task(self._async_remove())
            return
        self._attr_translation_placeholders = {"time": alarm.start_time[:5]}
        shown = self._shown()
        if shown != self._written:
            self._written = shown
            self.async_write_ha_state()

    async def _async_remove(self) -> None:
        registry = er.async_get(self.hass)
        if self.registry_entry is not None:
            registry.async_remove(self.entity_id)
        else:
            await self.async_remove()

    @property
    @override
    def available(self) -> bool:
        """Return whether the alarm exists and its room answers."""
        return self.alarm is not None and self.speaker.available

    @property
    @override
    def is_on(self) -> bool | None:
        """Return whether the alarm is enabled."""
        alarm = self.alarm
        return None if alarm is None else alarm.enabled

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return core's attributes, and the room and what the alarm plays."""
        alarm = self.alarm
        if alarm is None:
            return {}
        return {
            "alarm_id": alarm.alarm_id,
            "time": alarm.start_time,
            "duration": alarm.duration,
            "recurrence": alarm.recurrence,
            "volume": alarm.volume / 100,
            "play_mode": alarm.play_mode,
            "scheduled_today": alarm.scheduled_on(dt_util.now()),
            "include_linked_zones": alarm.include_linked_zones,
            "room": self._room(alarm),
            "plays": alarm.program_title or "chime",
            "program_uri": alarm.program_uri,
            "ringing": alarm.alarm_id in self.alarms.ringing,
        }

    def _room(self, alarm: SonosAlarm) -> str:
        """Return the room the alarm is for now (moved in the app, perhaps)."""
        room = self.speaker.household.speakers.get(alarm.room_uid, self.speaker)
        return room.name

    @override
    async def async_turn_on(self, **kwargs: Any) -> None:
        """Enable the alarm."""
        await self.alarms.async_set_enabled(self.speaker, self.alarm_id, True)

    @override
    async def async_turn_off(self, **kwargs: Any) -> None:
        """Disable the alarm."""
        await self.alarms.async_set_enabled(self.speaker, self.alarm_id, False)
