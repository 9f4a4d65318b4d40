"""The household's alarms: reading, creating, changing and deleting them.

Alarms belong to the household; any speaker lists them all (AlarmClock
`ListAlarms`). Each change, in the Sonos app or here, raises the list's
version, which every speaker sends to its AlarmClock subscribers
(`AlarmListVersion`, `RINCON_...:<n>`): the household reads the list again
when the number is new, so alarms added elsewhere appear without a restart.

An alarm that goes off shows as `r:AlarmRunning` in its room's AVTransport
events; the household then fires `encore_sonos_alarm` on the event bus and
the alarm's switch says it rings. The event does not say which alarm: it is
the room's enabled alarm that started last before now.

`UpdateAlarm` replaces every field at once, so an update is sent whole (the
alarm as known with the changes applied), after validating all of it: the
speaker never holds half a change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time
from typing import TYPE_CHECKING, Any, Final

from soco import SoCo

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, LOGGER
from .commands import _timeout
from .errors import SonosError
from .media import didl
from .xmldoc import parse_xml

if TYPE_CHECKING:
    from .household import SonosHousehold
    from .speaker import SonosSpeaker

# Fired on the event bus when an alarm goes off.
EVENT_SONOS_ALARM: Final = f"{DOMAIN}_sonos_alarm"
# What plays when an alarm has no music of its own.
CHIME: Final = "x-rincon-buzzer:0"
DEFAULT_DURATION: Final = "02:00:00"
WEEKEND: Final = ("0", "6")


def signal_new_alarms(entry_id: str) -> str:
    """Return the dispatcher signal for alarms that appeared (their ids)."""
    return f"{DOMAIN}_{entry_id}_new_alarms"


@dataclass(frozen=True, slots=True)
class SonosAlarm:
    """One alarm as the speakers list it."""

    alarm_id: str
    start_time: str
    duration: str
    recurrence: str
    enabled: bool
    room_uid: str
    program_uri: str
    program_metadata: str
    play_mode: str
    volume: int
    include_linked_zones: bool
    # What it plays: the favorite's or station's title; None for the chime.
    program_title: str | None = None

    @property
    def time(self) -> time:
        """Return when it goes off (the speaker's local time)."""
        return time.fromisoformat(self.start_time)

    def scheduled_on(self, day: datetime) -> bool:
        """Return whether it goes off on `day` (core's `scheduled_today`)."""
        weekday = day.strftime("%w")  # Sunday is 0, as in ON_0123456
        recurrence = self.recurrence
        return (
            recurrence in ("DAILY", "ONCE")
            or (recurrence == "WEEKENDS" and weekday in WEEKEND)
            or (recurrence == "WEEKDAYS" and weekday not in WEEKEND)
            or (recurrence.startswith("ON_") and weekday in recurrence[3:])
        )

    def arguments(self) -> list[tuple[str, Any]]:
        """Return the fields of CreateAlarm (UpdateAlarm adds the ID first)."""
        return [
            ("StartLocalTime", self.start_time),
            ("Duration", self.duration),
            ("Recurrence", self.recurrence),
            ("Enabled", "1" if self.enabled else "0"),
            ("RoomUUID", self.room_uid),
            ("ProgramURI", self.program_uri),
            ("ProgramMetaData", self.program_metadata),
            ("PlayMode", self.play_mode),
            ("Volume", self.volume),
            ("IncludeLinkedZones", "1" if self.include_linked_zones else "0"),
        ]


def new_alarm(room_uid: str, start_time: str, recurrence: str) -> SonosAlarm:
    """Return an alarm as the Sonos app makes one: the chime, two hours."""
    return SonosAlarm(
        alarm_id="",
        start_time=start_time,
        duration=DEFAULT_DURATION,
        recurrence=recurrence,
        enabled=True,
        room_uid=room_uid,
        program_uri=CHIME,
        program_metadata="",
        play_mode="SHUFFLE_NOREPEAT",
        volume=25,
        include_linked_zones=False,
    )


def _program_title(uri: str, metadata: str) -> str | None:
    if uri == CHIME:
        return None
    item = didl(metadata)
    title = getattr(item, "title", None) if item is not None else None
    return str(title) if title else uri


def parse_alarm_list(payload: str) -> dict[str, SonosAlarm]:
    """Parse `CurrentAlarmList`."""
    alarms: dict[str, SonosAlarm] = {}
    for element in parse_xml(payload.encode()).iter("Alarm"):
        values = element.attrib
        uri = values.get("ProgramURI", "")
        metadata = values.get("ProgramMetaData", "")
        volume = values.get("Volume", "0")
        alarm = SonosAlarm(
            alarm_id=values["ID"],
            start_time=values.get("StartTime", "00:00:00"),
            duration=values.get("Duration", ""),
            recurrence=values.get("Recurrence", "DAILY"),
            enabled=values.get("Enabled") == "1",
            room_uid=values.get("RoomUUID", ""),
            program_uri=uri,
            program_metadata=metadata,
            play_mode=values.get("PlayMode", "SHUFFLE_NOREPEAT"),
            volume=int(volume) if volume.isdigit() else 0,
            include_linked_zones=values.get("IncludeLinkedZones") == "1",
            program_title=_program_title(uri, metadata),
        )
        alarms[alarm.alarm_id] = alarm
    return alarms


def version_number(version: str) -> int | None:
    """Return the counter of an `AlarmListVersion` (`RINCON_...:<n>`)."""
    number = version.rsplit(":", 1)[-1]
    return int(number) if number.isdigit() else None


# Blocking requests (in the executor) --------------------------------------------------


def read_alarms(soco: SoCo) -> tuple[str, dict[str, SonosAlarm]]:
    """Return the list's version and the household's alarms by id."""
    answer = soco.alarmClock.ListAlarms([], **_timeout())
    return answer["CurrentAlarmListVersion"], parse_alarm_list(
        answer["CurrentAlarmList"]
    )


def create_alarm(soco: SoCo, alarm: SonosAlarm) -> str:
    """Create an alarm; return the id the speaker gave it."""
    answer = soco.alarmClock.CreateAlarm(alarm.arguments(), **_timeout())
    return str(answer["AssignedID"])


def update_alarm(soco: SoCo, alarm: SonosAlarm) -> None:
    """Replace an alarm, every field at once."""
    soco.alarmClock.UpdateAlarm(
        [("ID", alarm.alarm_id), *alarm.arguments()], **_timeout()
    )


def destroy_alarm(soco: SoCo, alarm_id: str) -> None:
    """Delete an alarm."""
    soco.alarmClock.DestroyAlarm([("ID", alarm_id)], **_timeout())


# The household's alarms ------------------------------------------------------------------


class HouseholdAlarms:
    """The alarms of a household, kept current by AlarmClock events."""

    def __init__(self, household: SonosHousehold) -> None:
        """Start with none; `async_refresh` reads them."""
        self.household = household
        self.alarms: dict[str, SonosAlarm] = {}
        self.version: int | None = None
        # Alarms ringing now (their switches say so).
        self.ringing: set[str] = set()
        # The version a read under way was started for: every speaker sends
        # the same change, and one read answers them all.
        self._reading_for: int | None = None
        self._listeners: list[CALLBACK_TYPE] = []

    def get(self, alarm_id: str) -> SonosAlarm | None:
        """Return an alarm by id."""
        return self.alarms.get(alarm_id)

    @callback
    def async_add_listener(self, listener: CALLBACK_TYPE) -> Callable[[], None]:
        """Call `listener` whenever any alarm changes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @callback
    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    @callback
    def async_version(self, version: str | None) -> None:
        """Read the list again when an event tells of a newer one."""
        number = version_number(version or "")
        if number is None or number in (self.version, self._reading_for):
            return
        self._reading_for = number
        self.household.async_create_task(self._async_read_for(number), "alarms")

    async def _async_read_for(self, number: int) -> None:
        try:
            await self.async_refresh()
        finally:
            if self._reading_for == number:
                self._reading_for = None

    async def async_refresh(self, speaker: SonosSpeaker | None = None) -> None:
        """Read the alarms; announce the new ones, drop the deleted ones."""
        speaker = speaker or self.household.any_speaker()
        if speaker is None:
            return
        try:
            version, alarms = await speaker.async_call(read_alarms, speaker.soco)
        except SonosError as err:
            LOGGER.debug("Reading the Sonos alarms failed: %s", err)
            return
        number = version_number(version)
        if number is not None and self.version is not None and number < self.version:
            # An older list than one read already (a late answer).
            return
        self.version = number
        new = [alarm_id for alarm_id in alarms if alarm_id not in self.alarms]
        self.alarms = alarms
        self.ringing &= set(alarms)
        self._notify()
        if new:
            async_dispatcher_send(
                self.household.hass,
                signal_new_alarms(self.household.entry.entry_id),
                new,
            )

    # Changes ------------------------------------------------------------------------

    async def async_create(self, speaker: SonosSpeaker, alarm: SonosAlarm) -> str:
        """Create an alarm through `speaker`; return its id once it is listed."""
        alarm_id = await speaker.async_call(create_alarm, speaker.soco, alarm)
        await self.async_refresh(speaker)
        return alarm_id

    async def async_update(self, speaker: SonosSpeaker, alarm: SonosAlarm) -> None:
        """Replace an alarm through `speaker`, then read the list again."""
        try:
            await speaker.async_call(update_alarm, speaker.soco, alarm)
        finally:
            # Refused or not, show what the speakers hold.
            await self.async_refresh(speaker)

    async def async_set_enabled(
        self, speaker: SonosSpeaker, alarm_id: str, enabled: bool
    ) -> None:
        """Switch an alarm on or off."""
        if (alarm := self.alarms.get(alarm_id)) is not None:
            await self.async_update(speaker, replace(alarm, enabled=enabled))

    async def async_delete(self, speaker: SonosSpeaker, alarm_id: str) -> None:
        """Delete an alarm through `speaker`."""
        await speaker.async_call(destroy_alarm, speaker.soco, alarm_id)
        await self.async_refresh(speaker)

    # Ringing ------------------------------------------------------------------------

    @callback
    def async_ringing(self, speaker: SonosSpeaker, running: bool) -> None:
        """Take note that an alarm started (or stopped) on `speaker`'s group."""
        rooms = {member.uid for member in self.household.group_of(speaker)}
        if not running:
            stopped = {
                alarm_id
                for alarm_id in self.ringing
                if (alarm := self.alarms.get(alarm_id)) is None
                or alarm.room_uid in rooms
            }
            if stopped:
                self.ringing -= stopped
                self._notify()
            return
        alarm = self._alarm_due(rooms)
        if alarm is None or alarm.alarm_id in self.ringing:
            return
        self.ringing.add(alarm.alarm_id)
        room = self.household.speakers.get(alarm.room_uid, speaker)
        self.household.hass.bus.async_fire(
            EVENT_SONOS_ALARM,
            {
                "alarm_id": alarm.alarm_id,
                "entity_id": room.entity_id,
                "room": room.name,
                "time": alarm.start_time,
                "recurrence": alarm.recurrence,
            },
        )
        self._notify()

    def _alarm_due(self, rooms: set[str]) -> SonosAlarm | None:
        """Return the enabled alarm of `rooms` that started last before now."""
        now = dt_util.now()
        seconds = now.hour * 3600 + now.minute * 60 + now.second

        def since(alarm: SonosAlarm) -> int:
            start = alarm.time
            return (
                seconds - (start.hour * 3600 + start.minute * 60 + start.second)
            ) % 86400

        candidates = [
            alarm
            for alarm in self.alarms.values()
            if alarm.enabled and alarm.room_uid in rooms
        ]
        return min(candidates, key=since, default=None)
