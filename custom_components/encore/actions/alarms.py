"""Actions on the Sonos household's alarms: create, update and delete.

`update_alarm` keeps core `sonos`'s name and fields (an automation written for
core works after changing the domain) and adds `recurrence`; `create_alarm`
and `delete_alarm` are what core lacks. Each is an entity action of Encore's
media players, as core's are of its own (so a speaker, its device or its area
is the target): the room of a new alarm, the household of the alarm
otherwise. They are batched (one call for every player targeted): everything
is checked before any speaker is asked, and a household's alarm is changed
once however many of its speakers are targeted. The speaker takes a change
whole, so a refused alarm is never half written.

`create_alarm` answers `{"alarms": [{"entity_id", "alarm_id"}, ...]}` as it
did before it targeted entities, not one answer per entity id: automations
read `alarms` already.
"""

from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import time
from typing import Any, Final, cast

import probatio
from soco.alarms import is_valid_recurrence
import voluptuous as vol

from homeassistant.components.media_player import DOMAIN as MEDIA_PLAYER_DOMAIN
from homeassistant.const import ATTR_ENTITY_ID, ATTR_TIME
from homeassistant.core import (
    EntityServiceResponse,
    HomeAssistant,
    ServiceCall,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, service
from homeassistant.helpers.entity import Entity
from homeassistant.util.json import JsonValueType

from ..const import DOMAIN
from ..sonos.alarms import CHIME, SonosAlarm, new_alarm
from ..sonos.player import SonosMediaPlayer
from ..sonos.speaker import SonosSpeaker

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

_FIELDS: Final[dict[vol.Marker, Any]] = {
    vol.Optional(ATTR_VOLUME): vol.All(vol.Coerce(float), vol.Range(min=0, max=1)),
    vol.Optional(ATTR_ENABLED): cv.boolean,
    vol.Optional(ATTR_INCLUDE_LINKED_ZONES): cv.boolean,
    # Checked by the action, to say what is wrong with it in the user's language.
    vol.Optional(ATTR_RECURRENCE): cv.string,
    vol.Optional(ATTR_PLAYS): cv.string,
}
_ALARM_ID: Final[dict[vol.Marker, Any]] = {vol.Required(ATTR_ALARM_ID): cv.positive_int}


def _media_players_only(data: dict[str, Any]) -> dict[str, Any]:
    """Refuse an entity id outside `media_player`, translated.

    Home Assistant passes over a target that is no entity of the platform
    with a warning in the log; naming the wrong entity (an alarm's switch
    is the usual slip) tells the user what to choose instead.
    """
    for entity_id in data.get(ATTR_ENTITY_ID) or ():
        if not entity_id.startswith(f"{MEDIA_PLAYER_DOMAIN}."):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="sonos_not_a_speaker",
                translation_placeholders={"entity_id": entity_id},
            )
    return data


def _schema(fields: dict[vol.Marker, Any]) -> probatio.All[Any]:
    # probatio's All: Home Assistant recognises an entity service schema in it.
    return probatio.All(cv.make_entity_service_schema(fields), _media_players_only)


CREATE_SCHEMA: Final = _schema({vol.Required(ATTR_TIME): cv.time, **_FIELDS})
UPDATE_SCHEMA: Final = _schema(
    {**_ALARM_ID, vol.Optional(ATTR_TIME): cv.time, **_FIELDS}
)
DELETE_SCHEMA: Final = _schema(_ALARM_ID)


def _speakers(entities: list[Entity]) -> list[SonosSpeaker]:
    """Return the speakers of the media players; refuse any other player."""
    speakers = []
    for entity in entities:
        if not isinstance(entity, SonosMediaPlayer):
            # A Spotify account's player: Encore's, but no speaker.
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="sonos_not_a_speaker",
                translation_placeholders={"entity_id": entity.entity_id},
            )
        speakers.append(entity.speaker)
    return speakers


def _one_per_household(speakers: list[SonosSpeaker]) -> list[SonosSpeaker]:
    """Return the first speaker targeted in each household."""
    firsts: dict[int, SonosSpeaker] = {}
    for speaker in speakers:
        firsts.setdefault(id(speaker.household), speaker)
    return list(firsts.values())


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


async def _async_create(
    entities: list[Entity], call: ServiceCall
) -> EntityServiceResponse:
    """Create an alarm in each room targeted; return their ids."""
    speakers = _speakers(entities)
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
    # The answer it gave before it was an entity action (see the docstring).
    return cast("EntityServiceResponse", {"alarms": created})


async def _async_update(entities: list[Entity], call: ServiceCall) -> None:
    """Change an alarm (core's `update_alarm`, with `recurrence` besides)."""
    changes = [
        (
            speaker,
            _changed(
                speaker, _alarm(speaker, call.data[ATTR_ALARM_ID]), dict(call.data)
            ),
        )
        for speaker in _one_per_household(_speakers(entities))
    ]
    for speaker, alarm in changes:
        await speaker.household.alarms.async_update(speaker, alarm)


async def _async_delete(entities: list[Entity], call: ServiceCall) -> None:
    """Delete an alarm."""
    found = [
        (speaker, _alarm(speaker, call.data[ATTR_ALARM_ID]))
        for speaker in _one_per_household(_speakers(entities))
    ]
    for speaker, alarm in found:
        await speaker.household.alarms.async_delete(speaker, alarm.alarm_id)


type _Batched = Callable[
    [list[Entity], ServiceCall], Coroutine[Any, Any, EntityServiceResponse | None]
]


@callback
def async_setup_alarm_actions(hass: HomeAssistant) -> None:
    """Register the alarm actions on Encore's media players."""
    table: tuple[tuple[str, probatio.All[Any], _Batched, SupportsResponse], ...] = (
        (SERVICE_CREATE_ALARM, CREATE_SCHEMA, _async_create, SupportsResponse.OPTIONAL),
        (SERVICE_UPDATE_ALARM, UPDATE_SCHEMA, _async_update, SupportsResponse.NONE),
        (SERVICE_DELETE_ALARM, DELETE_SCHEMA, _async_delete, SupportsResponse.NONE),
    )
    for name, schema, func, response in table:
        service.async_register_batched_platform_entity_service(
            hass,
            DOMAIN,
            name,
            entity_domain=MEDIA_PLAYER_DOMAIN,
            schema=schema,
            func=func,
            supports_response=response,
        )
