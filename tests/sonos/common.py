"""Helpers shared by the Sonos tests."""

from collections.abc import Callable
from typing import Any

from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant, State

from fakes.sonos import EmulatedHousehold

LIVING = "media_player.living_room"
TV = "media_player.tv_room"
KITCHEN = "media_player.kitchen"
TRACK_ID = "4uLU6hMCjMI75M1A2tKUQC"
ALBUM_ID = "6wiUBliPe76YAVpNEdidpY"
PLAYLIST_ID = "37i9dQZF1DXcBWIGoYBM5M"
RADIO_URI = "x-sonosapi-stream:s24861?sid=254&flags=8224&sn=0"


async def settle(hass: HomeAssistant, household: EmulatedHousehold) -> None:
    """Let every NOTIFY arrive and Encore's follow-up reads finish."""
    for _ in range(3):
        await household.drain_events()
        await hass.async_block_till_done(wait_background_tasks=True)


async def call(
    hass: HomeAssistant, service: str, entity_id: str = LIVING, **data: Any
) -> None:
    """Call a media_player service and wait for it."""
    await hass.services.async_call(
        MP_DOMAIN, service, {ATTR_ENTITY_ID: entity_id, **data}, blocking=True
    )


def state(hass: HomeAssistant, entity_id: str = LIVING) -> State:
    """Return an entity's state (which must exist)."""
    current = hass.states.get(entity_id)
    assert current is not None, entity_id
    return current


def fill_queue(household: EmulatedHousehold, room: str, count: int) -> None:
    """Put `count` web tracks of 180 s in a speaker's queue, from the outside."""
    from fakes.sonos.models import QueueItem, TrackMetadata

    speaker = household.speaker(room)
    items = [
        QueueItem(
            f"http://127.0.0.1/music/track_{index}.mp3",
            TrackMetadata(
                title=f"Song {index}",
                artist="The Testers",
                album="Emulated",
                duration=180,
                album_art_uri=f"/getaa?s=1&u=track_{index}",
            ),
        )
        for index in range(count)
    ]
    speaker.playback.insert(items, 0, as_next=False)
    household.flush()


async def until(
    hass: HomeAssistant, condition: Callable[[], bool], attempts: int = 400
) -> None:
    """Wait until `condition` holds, letting real network I/O happen meanwhile.

    Time is frozen in these tests, so sleeping would never end; a round trip
    through the executor lets the event loop serve sockets for a moment.
    """
    for _ in range(attempts):
        if condition():
            return
        await hass.async_add_executor_job(lambda: None)
        await hass.async_block_till_done()
    raise AssertionError("condition never held")
