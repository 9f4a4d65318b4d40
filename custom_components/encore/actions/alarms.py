"""Actions on the Sonos household's alarms: create, update and delete.

`update_alarm` keeps core `sonos`'s name and fields (an automation written for
core works after changing the domain) and adds `recurrence`; `create_alarm`
and `delete_alarm` are what core lacks. Each targets a speaker's media player:
the room of a new alarm, the household of the alarm otherwise. Everything is
checked before the speaker is asked, and the speaker takes a change whole,
so a refused alarm is never half written.
"""

from dataclasses import replace
from datetime import time
from typing import Any, Final

from soco.alarms import is_valid_recurrence
import voluptuous as vol

from homeassistant.const import ATTR_ENTITY_ID, ATTR_TIME
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util.json import JsonValueType

from ..const import DOMAIN
from ..sonos.alarms import CHIME, SonosAlarm, new_alarm
from ..sonos.speaker import SonosSpeaker
from ..wiring.runtime import SonosRuntime

SERVICE_CREATE_ALARM: Final = "create_alarm"
SERVICE_UPDATE_ALARM: Final = "update_alarm"
SERVICE_DELETE_ALARM: Final = "delete_alarm"
ATTR_ALARM_ID: Final = "alarm_id"
ATTR_VOLUME: Final = "volume"
ATTR_ENABLED: Final = "enabled"
ATTR_INCLUDE_LINKED_ZONES: Final = "include_linked_zones"
ATTR_RECURRENCE: Final = "recurrence"
# What the alarm plays: a Sonos favorite (title or `FV:2/` id) or the chime,
# as the Sonos app offers (core's update_alarm cannot change it).
ATTR_PLAYS: Final = "plays"
PLAYS_CHIME: Final = "chime"

_TARGET: Final[dict[vol.Marker, Any]] = {vol.Required(ATTR_ENTITY_ID): cv.entity_ids}
_FIELDS: Final[dict[vol.Marker, Any]] = {
    vol.Optional(ATTR_VOLUME): vol.All(vol.Coerce(float), vol.Range(min=0, max=1)),
    vol.Optional(ATTR_ENABLED): cv.boolean,
    vol.Optional(ATTR_INCLUDE_LINKED_ZONES): cv.boolean,
    # Checked by the action, to say what is wrong with it in the user's language.
    vol.Optional(ATTR_RECURRENCE): cv.string,
    vol.Optional(ATTR_PLAYS): cv.string,
}
_ALARM_ID: Final[dict[vol.Marker, Any]] = {vol.Required(ATTR_ALARM_ID): cv.positive_int}
CREATE_SCHEMA: Final = vol.Schema(
    {**_TARGET, vol.Required(ATTR_TIME): cv.time, **_FIELDS}
)
UPDATE_SCHEMA: Final = vol.Schema(
    {**_TARGET, **_ALARM_ID, vol.Optional(ATTR_TIME): cv.time, **_FIELDS}
)
DELETE_SCHEMA: Final = vol.Schema({**_TARGET, **_ALARM_ID})


def _speakers(hass: HomeAssistant, entity_ids: list[str]) -> list[SonosSpeaker]:
    """Return the speakers of the media players; refuse anything else."""
    speakers = []
    for entity_id in entity_ids:
        speaker = next(
            (
                found
                for entry in hass.config_entries.async_loaded_entries(DOMAIN)
                if isinstance(runtime := entry.runtime_data, SonosRuntime)
                and (found := runtime.household.speaker_by_entity(entity_id))
                is not None
            ),
            None,
        )
        if speaker is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="sonos_not_a_speaker",
                translation_placeholders={"entity_id": entity_id},
            )
        speakers.append(speaker)
    return speakers


def _changed(
    speaker: SonosSpeaker, alarm: SonosAlarm, data: dict[str, Any]
) -> SonosAlarm:
    """Return `alarm` with the call's fields applied, all of them checked."""
    changes: dict[str, Any] = {}
    if (plays := data.get(ATTR_PLAYS)) is not None:
        plays = plays.strip()
        if plays.lower() == PLAYS_CHIME:
            changes |= {"program_uri": CHIME, "program_metadata": ""}
        elif (favorite := speaker.household.favorite(plays)) is not None:
            changes |= {
                "program_uri": favorite.uri,
                "program_metadata": favorite.metadata,
            }
        else:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="sonos_unknown_favorite",
                translation_placeholders={"favorite": plays},
            )
    if (start := data.get(ATTR_TIME)) is not None:
        changes["start_time"] = time.strftime(start, "%H:%M:%S")
    if (recurrence := data.get(ATTR_RECURRENCE)) is not None:
        recurrence = recurrence.strip().upper()
        if not is_valid_recurrence(recurrence):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="sonos_alarm_recurrence",
                translation_placeholders={"recurrence": data[ATTR_RECURRENCE]},
            )
        changes["recurrence"] = recurrence
    if (volume := data.get(ATTR_VOLUME)) is not None:
        changes["volume"] = round(volume * 100)
    if (enabled := data.get(ATTR_ENABLED)) is not None:
        changes["enabled"] = enabled
    if (linked := data.get(ATTR_INCLUDE_LINKED_ZONES)) is not None:
        changes["include_linked_zones"] = linked
    return replace(alarm, **changes)


def _alarm(speaker: SonosSpeaker, alarm_id: int) -> SonosAlarm:
    alarm = speaker.household.alarms.get(str(alarm_id))
    if alarm is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sonos_alarm_not_found",
            translation_placeholders={
                "alarm_id": str(alarm_id),
                "speaker": speaker.name,
            },
        )
    return alarm


async def _async_create(call: ServiceCall) -> ServiceResponse:
    """Create an alarm in each room named; return their ids."""
    speakers = _speakers(call.hass, call.data[ATTR_ENTITY_ID])
    # All checked first: one bad field creates no alarm anywhere.
    alarms = [
        (
            speaker,
            _changed(
                speaker,
                new_alarm(speaker.uid, "00:00:00", "DAILY"),
                dict(call.data),
            ),
        )
        for speaker in speakers
    ]
    created: list[JsonValueType] = []
    for speaker, alarm in alarms:
        alarm_id = await speaker.household.alarms.async_create(speaker, alarm)
        created.append({"entity_id": speaker.entity_id, ATTR_ALARM_ID: alarm_id})
    return {"alarms": created}


async def _async_update(call: ServiceCall) -> None:
    """Change an alarm (core's `update_alarm`, with `recurrence` besides)."""
    speaker = _speakers(call.hass, call.data[ATTR_ENTITY_ID])[0]
    alarm = _changed(
        speaker, _alarm(speaker, call.data[ATTR_ALARM_ID]), dict(call.data)
    )
    await speaker.household.alarms.async_update(speaker, alarm)


async def _async_delete(call: ServiceCall) -> None:
    """Delete an alarm."""
    speaker = _speakers(call.hass, call.data[ATTR_ENTITY_ID])[0]
    alarm = _alarm(speaker, call.data[ATTR_ALARM_ID])
    await speaker.household.alarms.async_delete(speaker, alarm.alarm_id)


def async_setup_alarm_actions(hass: HomeAssistant) -> None:
    """Register the alarm actions."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_CREATE_ALARM,
        _async_create,
        CREATE_SCHEMA,  # type: ignore[arg-type]
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_UPDATE_ALARM,
        _async_update,
        UPDATE_SCHEMA,  # type: ignore[arg-type]
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_DELETE_ALARM,
        _async_delete,
        DELETE_SCHEMA,  # type: ignore[arg-type]
    )
