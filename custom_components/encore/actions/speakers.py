"""Core `sonos`'s actions, with its names and fields, on Encore's Sonos players.

`encore.snapshot`, `encore.restore` (`with_group`), `encore.set_sleep_timer`
(`sleep_time`), `encore.clear_sleep_timer`, `encore.play_queue` and
`encore.remove_from_queue` (`queue_position`, counted from 0 as core does) and
`encore.get_queue` (registered once for every Encore player in
`actions.playlists`; a Sonos player answers it through
`SonosMediaPlayer.async_get_queue`, in core's shape): an automation written for
core works after changing `sonos.` to `encore.`. `encore.cancel_announcement`
stops an announcement (core has a button for it).

They target media players; a Spotify account's player is refused by name.
"""

from __future__ import annotations

from typing import Any, Final

import voluptuous as vol

from homeassistant.components.media_player import DOMAIN as MEDIA_PLAYER_DOMAIN
from homeassistant.core import HomeAssistant, ServiceCall, SupportsResponse, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, service
from homeassistant.helpers.entity import Entity

from ..const import DOMAIN
from ..sonos import commands
from ..sonos.announce import async_cancel_announcement
from ..sonos.player import SonosMediaPlayer
from ..sonos.snapshot import (
    GroupSnapshot,
    async_restore,
    async_restore_group,
    async_take,
)
from ..sonos.speaker import SonosSpeaker

SERVICE_SNAPSHOT: Final = "snapshot"
SERVICE_RESTORE: Final = "restore"
SERVICE_SET_SLEEP_TIMER: Final = "set_sleep_timer"
SERVICE_CLEAR_SLEEP_TIMER: Final = "clear_sleep_timer"
SERVICE_PLAY_QUEUE: Final = "play_queue"
SERVICE_REMOVE_FROM_QUEUE: Final = "remove_from_queue"
SERVICE_CANCEL_ANNOUNCEMENT: Final = "cancel_announcement"

ATTR_WITH_GROUP: Final = "with_group"
ATTR_SLEEP_TIME: Final = "sleep_time"
ATTR_QUEUE_POSITION: Final = "queue_position"
# Core's limit: the speaker takes H:MM:SS under a day.
MAX_SLEEP_TIME: Final = 86399


def _speaker(entity: Entity) -> SonosSpeaker:
    if not isinstance(entity, SonosMediaPlayer):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sonos_action_not_sonos",
            translation_placeholders={"entity_id": entity.entity_id},
        )
    return entity.speaker


async def _async_snapshot_restore(entities: list[Entity], call: ServiceCall) -> None:
    speakers = [_speaker(entity) for entity in entities]
    with_group: bool = call.data[ATTR_WITH_GROUP]
    if call.service == SERVICE_SNAPSHOT:
        taken: dict[str, GroupSnapshot] = {}
        for speaker in speakers:
            coordinator = speaker.coordinator
            if coordinator.uid not in taken:
                taken[coordinator.uid] = await async_take(
                    coordinator, with_group=with_group
                )
            speaker.household.snapshots[speaker.uid] = taken[coordinator.uid]
        return
    household = speakers[0].household
    missing = [s.name for s in speakers if s.uid not in household.snapshots]
    if missing:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sonos_no_snapshot",
            translation_placeholders={"speakers": ", ".join(missing)},
        )
    restored: set[int] = set()
    for speaker in speakers:
        snapshot = speaker.household.snapshots.pop(speaker.uid)
        if id(snapshot) in restored:
            continue
        restored.add(id(snapshot))
        if with_group:
            await async_restore_group(snapshot)
        await async_restore(snapshot)


async def _async_set_sleep_timer(entity: Entity, call: ServiceCall) -> None:
    coordinator = _speaker(entity).coordinator
    await coordinator.async_command(
        commands.set_sleep_timer, call.data[ATTR_SLEEP_TIME]
    )


async def _async_clear_sleep_timer(entity: Entity, call: ServiceCall) -> None:
    coordinator = _speaker(entity).coordinator
    await coordinator.async_command(commands.set_sleep_timer, None)


async def _async_play_queue(entity: Entity, call: ServiceCall) -> None:
    coordinator = _speaker(entity).coordinator
    await coordinator.async_command(
        commands.play_from_queue,
        coordinator.uid,
        call.data.get(ATTR_QUEUE_POSITION, 0) + 1,
    )


async def _async_remove_from_queue(entity: Entity, call: ServiceCall) -> None:
    coordinator = _speaker(entity).coordinator
    await coordinator.async_command(
        commands.remove_from_queue, call.data.get(ATTR_QUEUE_POSITION, 0) + 1
    )


async def _async_cancel_announcement(entity: Entity, call: ServiceCall) -> None:
    await async_cancel_announcement(_speaker(entity))


@callback
def async_setup_sonos_actions(hass: HomeAssistant) -> None:
    """Register the Sonos actions (once, whichever entries load)."""
    group_schema: dict[Any, Any] = {
        vol.Optional(ATTR_WITH_GROUP, default=True): cv.boolean
    }
    for name in (SERVICE_SNAPSHOT, SERVICE_RESTORE):
        service.async_register_batched_platform_entity_service(
            hass,
            DOMAIN,
            name,
            entity_domain=MEDIA_PLAYER_DOMAIN,
            schema=group_schema,
            func=_async_snapshot_restore,
        )
    position: dict[Any, Any] = {vol.Optional(ATTR_QUEUE_POSITION): cv.positive_int}
    table: tuple[tuple[str, dict[Any, Any] | None, Any, SupportsResponse], ...] = (
        (
            SERVICE_SET_SLEEP_TIMER,
            {
                vol.Required(ATTR_SLEEP_TIME): vol.All(
                    vol.Coerce(int), vol.Range(min=0, max=MAX_SLEEP_TIME)
                )
            },
            _async_set_sleep_timer,
            SupportsResponse.NONE,
        ),
        (
            SERVICE_CLEAR_SLEEP_TIMER,
            None,
            _async_clear_sleep_timer,
            SupportsResponse.NONE,
        ),
        (SERVICE_PLAY_QUEUE, position, _async_play_queue, SupportsResponse.NONE),
        (
            SERVICE_REMOVE_FROM_QUEUE,
            position,
            _async_remove_from_queue,
            SupportsResponse.NONE,
        ),
        (
            SERVICE_CANCEL_ANNOUNCEMENT,
            None,
            _async_cancel_announcement,
            SupportsResponse.NONE,
        ),
    )
    for name, schema, func, response in table:
        service.async_register_platform_entity_service(
            hass,
            DOMAIN,
            name,
            entity_domain=MEDIA_PLAYER_DOMAIN,
            schema=schema,
            func=func,
            supports_response=response,
        )
