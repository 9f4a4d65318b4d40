"""Core sonos's actions under Encore's domain: snapshot, restore, sleep timer, queue."""

from typing import Any

import pytest

from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    SERVICE_CLEAR_PLAYLIST,
    SERVICE_PLAY_MEDIA,
    MediaPlayerEntityFeature,
)
from homeassistant.const import ATTR_ENTITY_ID, ATTR_SUPPORTED_FEATURES
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from custom_components.encore.const import DOMAIN
from fakes.sonos import EmulatedHousehold
from fakes.sonos.models import STATE_PLAYING, STATE_STOPPED
from fakes.sonos.playback import Source

from .common import KITCHEN, LIVING, RADIO_URI, call, fill_queue, settle, state

pytestmark = pytest.mark.usefixtures("sonos_loaded")


async def action(
    hass: HomeAssistant, name: str, entity_id: str | list[str] = LIVING, **data: Any
) -> Any:
    """Call an Encore action on players; return its response if it has one."""
    return await hass.services.async_call(
        DOMAIN,
        name,
        {ATTR_ENTITY_ID: entity_id, **data},
        blocking=True,
        return_response=name == "get_queue",
    )


async def test_queue_actions_and_clear_playlist(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """get_queue answers as core does; play_queue and remove_from_queue count from 0."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 4)
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_SUPPORTED_FEATURES] & (
        MediaPlayerEntityFeature.CLEAR_PLAYLIST
    )

    response = await action(hass, "get_queue")
    queue = [
        {
            "media_title": f"Song {n}",
            "media_album_name": "Emulated",
            "media_artist": "The Testers",
            "media_content_id": f"http://127.0.0.1/music/track_{n}.mp3",
        }
        for n in range(4)
    ]
    # Core's answer, the shape a Spotify player answers too (issue 43.13).
    assert response == {LIVING: queue}

    await action(hass, "play_queue", queue_position=2)
    await settle(hass, sonos_household)
    assert (living.playback.track_index, living.transport_state) == (2, STATE_PLAYING)
    assert state(hass).attributes["media_title"] == "Song 2"

    await action(hass, "remove_from_queue", queue_position=0)
    await settle(hass, sonos_household)
    assert [item.metadata.title for item in living.queue] == [
        "Song 1",
        "Song 2",
        "Song 3",
    ]
    assert state(hass).attributes["media_title"] == "Song 2"

    await call(hass, SERVICE_CLEAR_PLAYLIST)
    await settle(hass, sonos_household)
    assert living.queue == []


async def test_sleep_timer(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """The group stops when the timer runs out; clearing it keeps the music on."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 4)
    living.playback.play()
    sonos_household.flush()
    await settle(hass, sonos_household)

    await action(hass, "set_sleep_timer", sleep_time=600)
    assert living.playback.sleep_remaining() == pytest.approx(600)
    await action(hass, "clear_sleep_timer")
    assert living.playback.sleep_remaining() is None
    await action(hass, "set_sleep_timer", sleep_time=60)
    sonos_household.advance(61)
    await settle(hass, sonos_household)
    assert living.transport_state != STATE_PLAYING
    assert state(hass).state == "paused"

    with pytest.raises(Exception, match="sleep_time"):
        await action(hass, "set_sleep_timer", sleep_time=90_000)


async def test_snapshot_and_restore_with_group(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """What played, where, how loud, and who was grouped comes back."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    fill_queue(sonos_household, "Living Room", 4)
    living.playback.seek_track(3)
    living.playback.set_position(75)
    living.playback.play()
    sonos_household.join(kitchen, living)
    kitchen.set_volume(33)
    await settle(hass, sonos_household)

    with pytest.raises(ServiceValidationError) as missing:
        await action(hass, "restore")
    assert missing.value.translation_key == "sonos_no_snapshot"

    await action(hass, "snapshot", [LIVING, KITCHEN])
    # Something else entirely: Kitchen leaves, the Living Room plays radio, louder.
    await call(hass, "unjoin", KITCHEN)
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        LIVING,
        **{
            ATTR_MEDIA_CONTENT_ID: "http://127.0.0.1/stream.mp3",
            ATTR_MEDIA_CONTENT_TYPE: "music",
        },
    )
    living.set_volume(70)
    sonos_household.advance(30)
    await settle(hass, sonos_household)
    assert kitchen.coordinator is kitchen

    await action(hass, "restore", [LIVING, KITCHEN], with_group=True)
    await settle(hass, sonos_household)
    assert kitchen.coordinator is living
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 2
    assert living.position == pytest.approx(75)
    assert living.transport_state == STATE_PLAYING
    assert (living.rendering.volume, kitchen.rendering.volume) == (20, 33)
    assert state(hass, KITCHEN).attributes["group_members"] == [LIVING, KITCHEN]

    # A restore uses the snapshot up.
    with pytest.raises(ServiceValidationError):
        await action(hass, "restore")


async def test_restore_a_station_that_was_paused(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """A station comes back with its name, not playing when it was not."""
    kitchen = sonos_household.speaker("Kitchen")
    radio = sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    await settle(hass, sonos_household)
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        KITCHEN,
        **{
            ATTR_MEDIA_CONTENT_ID: f"FV:2/{radio.favorite_id}",
            ATTR_MEDIA_CONTENT_TYPE: "music",
        },
    )
    await call(hass, "media_stop", KITCHEN)
    await settle(hass, sonos_household)
    await action(hass, "snapshot", KITCHEN, with_group=False)
    fill_queue(sonos_household, "Kitchen", 2)
    await call(
        hass,
        "play_media",
        KITCHEN,
        media_content_id="Q:0/1",
        media_content_type="music",
    )
    await settle(hass, sonos_household)
    await action(hass, "restore", KITCHEN, with_group=False)
    await settle(hass, sonos_household)
    assert kitchen.playback.uri == RADIO_URI
    assert kitchen.transport_state == STATE_STOPPED
    assert state(hass, KITCHEN).attributes["media_channel"] == "Radio Paradise"
