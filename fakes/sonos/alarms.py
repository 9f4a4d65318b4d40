"""The household's alarms and the AlarmClock service that keeps them.

Alarms belong to the household: every speaker's ``ListAlarms`` answers the
same list, and each change raises ``AlarmListVersion`` (``<uid>:<n>``, the
speaker that made the change and a household-wide counter), which every
speaker sends to its AlarmClock subscribers. A change made in the Sonos app is
:meth:`AlarmClock.add` / :meth:`AlarmClock.remove` / :meth:`AlarmClock.update`.

Like real speakers, the emulator refuses (402) an alarm it cannot keep: a
recurrence other than ``ONCE``, ``DAILY``, ``WEEKDAYS``, ``WEEKENDS`` or
``ON_<days 0-6>``, a time that is not ``HH:MM:SS``, a volume over 100, a room
not in the household; an unknown ``ID`` is 802 (what a speaker answers).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

from .handlers import Args, Values, action
from .models import STATE_PLAYING, Alarm
from .soap import ALARM_CLOCK, ERROR_INVALID_ARGS, UPnPError

if TYPE_CHECKING:
    from .household import EmulatedHousehold
    from .speaker import EmulatedSpeaker

# What a speaker answers for an alarm ID it does not have.
ERROR_NO_SUCH_ALARM = 802
_RECURRENCE = re.compile(r"^(ONCE|DAILY|WEEKDAYS|WEEKENDS|ON_[0-6]{1,7})$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")
_PLAY_MODES = (
    "NORMAL",
    "REPEAT_ALL",
    "SHUFFLE",
    "SHUFFLE_NOREPEAT",
    "REPEAT_ONE",
    "SHUFFLE_REPEAT_ONE",
)


class AlarmClock:
    """The alarms of one household and the version that tells of changes."""

    def __init__(self, household: EmulatedHousehold) -> None:
        """Start with no alarms (version 1, as a fresh household reports)."""
        self.household = household
        self.alarms: dict[int, Alarm] = {}
        self.version = 1
        self.changed_by = ""
        self._ids = itertools.count(1)

    @property
    def list_version(self) -> str:
        """``AlarmListVersion`` as speakers report it."""
        uid = self.changed_by or (
            self.household.speakers[0].uid if self.household.speakers else ""
        )
        return f"{uid}:{self.version}"

    def next_id(self) -> int:
        """Return the id the next alarm gets."""
        return next(self._ids)

    def changed(self, by: str) -> None:
        """Raise the list version (the change was made on speaker `by`)."""
        self.changed_by = by
        self.version += 1
        self.household.flush()

    # What the Sonos app does -------------------------------------------------------

    def add(
        self,
        room: EmulatedSpeaker,
        start_time: str = "07:00:00",
        recurrence: str = "DAILY",
        **fields: object,
    ) -> Alarm:
        """Add an alarm from outside (the Sonos app); subscribers hear of it."""
        alarm = Alarm(
            alarm_id=self.next_id(),
            start_time=start_time,
            duration=str(fields.pop("duration", "02:00:00")),
            recurrence=recurrence,
            enabled=bool(fields.pop("enabled", True)),
            room_uuid=room.uid,
        )
        for name, value in fields.items():
            setattr(alarm, name, value)
        self.alarms[alarm.alarm_id] = alarm
        self.changed(room.uid)
        return alarm

    def update(self, alarm_id: int, **fields: object) -> None:
        """Change an alarm from outside (the Sonos app)."""
        alarm = self.alarms[alarm_id]
        for name, value in fields.items():
            setattr(alarm, name, value)
        self.changed(alarm.room_uuid)

    def remove(self, alarm_id: int) -> None:
        """Delete an alarm from outside (the Sonos app)."""
        alarm = self.alarms.pop(alarm_id)
        self.changed(alarm.room_uuid)

    def ring(self, alarm_id: int) -> None:
        """Let an alarm go off as a speaker does.

        Its room's group drops what it played and plays the alarm's program
        (the chime, or its favorite or station) in the alarm's play mode, at
        the alarm's volume, saying an alarm runs; after the alarm's duration it
        stops. Nothing of what played before comes back by itself.
        """
        alarm = self.alarms[alarm_id]
        room = self.household.by_uid(alarm.room_uuid)
        if room is None:
            raise KeyError(alarm.room_uuid)
        coordinator = room.coordinator
        coordinator.set_transport_uri(alarm.program_uri, alarm.program_metadata)
        playback = coordinator.playback
        if alarm.program_uri.startswith("x-rincon-buzzer:"):
            # The chime sounds until the alarm ends, however long.
            item = playback.current_item()
            if item is not None:
                item.metadata.duration = 0
        playback.play_mode = alarm.play_mode
        playback.set_state(STATE_PLAYING)
        playback.alarm_running = True
        hours, minutes, seconds = (
            int(p) for p in (alarm.duration or "0:0:0").split(":")
        )
        length = hours * 3600 + minutes * 60 + seconds
        playback.alarm_deadline = playback.clock.now() + length if length else None
        for member in (
            coordinator.group_members if alarm.include_linked_zones else [room]
        ):
            member.rendering.volume = alarm.volume
        self.household.flush()

    # What ListAlarms answers ---------------------------------------------------------

    def list_xml(self) -> str:
        """``CurrentAlarmList``: one ``<Alarm>`` per alarm, as speakers send it."""
        parts = ["<Alarms>"]
        for alarm in self.alarms.values():
            attributes = {
                "ID": str(alarm.alarm_id),
                "StartTime": alarm.start_time,
                "Duration": alarm.duration,
                "Recurrence": alarm.recurrence,
                "Enabled": "1" if alarm.enabled else "0",
                "RoomUUID": alarm.room_uuid,
                "ProgramURI": alarm.program_uri,
                "ProgramMetaData": alarm.program_metadata,
                "PlayMode": alarm.play_mode,
                "Volume": str(alarm.volume),
                "IncludeLinkedZones": "1" if alarm.include_linked_zones else "0",
            }
            rendered = " ".join(f"{k}={quoteattr(v)}" for k, v in attributes.items())
            parts.append(f"<Alarm {rendered}/>")
        parts.append("</Alarms>")
        return "".join(parts)

    # SOAP ---------------------------------------------------------------------------

    def from_args(self, alarm_id: int, args: Args) -> Alarm:
        """Build an alarm from Create/UpdateAlarm arguments; 402 if unusable."""
        recurrence = args["Recurrence"]
        start_time = args["StartLocalTime"]
        duration = args["Duration"]
        if not _RECURRENCE.match(recurrence) or not _TIME.match(start_time):
            raise UPnPError(ERROR_INVALID_ARGS)
        if duration and not _TIME.match(duration):
            raise UPnPError(ERROR_INVALID_ARGS)
        if self.household.by_uid(args["RoomUUID"]) is None:
            raise UPnPError(ERROR_INVALID_ARGS)
        if args["PlayMode"] not in _PLAY_MODES:
            raise UPnPError(ERROR_INVALID_ARGS)
        try:
            volume = int(args["Volume"])
        except ValueError:
            raise UPnPError(ERROR_INVALID_ARGS) from None
        if not 0 <= volume <= 100 or args["Enabled"] not in ("0", "1"):
            raise UPnPError(ERROR_INVALID_ARGS)
        return Alarm(
            alarm_id=alarm_id,
            start_time=start_time,
            duration=duration,
            recurrence=recurrence,
            enabled=args["Enabled"] == "1",
            room_uuid=args["RoomUUID"],
            program_uri=args["ProgramURI"] or "x-rincon-buzzer:0",
            program_metadata=args["ProgramMetaData"],
            play_mode=args["PlayMode"],
            volume=volume,
            include_linked_zones=args["IncludeLinkedZones"] == "1",
        )


def _alarm_id(args: Args) -> int:
    try:
        return int(args["ID"])
    except ValueError:
        raise UPnPError(ERROR_INVALID_ARGS) from None


@action(ALARM_CLOCK, "ListAlarms")
def list_alarms(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the household's alarms and their version."""
    clock = speaker.household.alarm_clock
    return {
        "CurrentAlarmList": clock.list_xml(),
        "CurrentAlarmListVersion": clock.list_version,
    }


@action(ALARM_CLOCK, "CreateAlarm")
def create_alarm(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Add an alarm; the household's list version goes up."""
    clock = speaker.household.alarm_clock
    alarm = clock.from_args(0, args)
    alarm.alarm_id = clock.next_id()
    clock.alarms[alarm.alarm_id] = alarm
    clock.changed(speaker.uid)
    return {"AssignedID": alarm.alarm_id}


@action(ALARM_CLOCK, "UpdateAlarm")
def update_alarm(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Replace every field of an alarm at once."""
    clock = speaker.household.alarm_clock
    alarm_id = _alarm_id(args)
    if alarm_id not in clock.alarms:
        raise UPnPError(ERROR_NO_SUCH_ALARM)
    clock.alarms[alarm_id] = clock.from_args(alarm_id, args)
    clock.changed(speaker.uid)
    return {}


@action(ALARM_CLOCK, "DestroyAlarm")
def destroy_alarm(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Delete an alarm."""
    clock = speaker.household.alarm_clock
    alarm_id = _alarm_id(args)
    if clock.alarms.pop(alarm_id, None) is None:
        raise UPnPError(ERROR_NO_SUCH_ALARM)
    clock.changed(speaker.uid)
    return {}
