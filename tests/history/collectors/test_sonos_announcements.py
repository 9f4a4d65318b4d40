"""Announcements and alarms are never plays; the music they interrupt stays one play.

SQLite and PostgreSQL, real SoCo and real sonos-websocket against the emulated
household, Encore in a real Home Assistant.
"""

from dataclasses import replace
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest

from homeassistant.components.media_player import (
    ATTR_MEDIA_ANNOUNCE,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    SERVICE_PLAY_MEDIA,
)
from homeassistant.core import HomeAssistant

from custom_components.encore.history.manager import HistoryManager
from fakes.sonos import EmulatedHousehold
from tests.sonos.common import KITCHEN, LIVING, RADIO_URI, call, settle, until
from tests.sonos.sounds import SoundServer, sounds

from .test_media_player_collector import stored_plays
from .test_sonos_collector import HANDOVER, by_title, changed, elapse, library_queue

__all__ = ["sounds"]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, history_db: str, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The history on SQLite (the default) or on a real PostgreSQL."""
    if request.param == "sqlite":
        return history_db
    url: str = request.getfixturevalue("postgres_db_url")
    monkeypatch.setattr(HistoryManager, "default_url", property(lambda _self: url))
    return url


async def announce(hass: HomeAssistant, url: str, entity_id: str) -> None:
    """Announce a sound as tts.speak does."""
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        entity_id,
        **{
            ATTR_MEDIA_CONTENT_ID: url,
            ATTR_MEDIA_CONTENT_TYPE: "music",
            ATTR_MEDIA_ANNOUNCE: True,
        },
    )


async def test_announcements_are_no_plays(
    hass: HomeAssistant,
    database: str,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: Any,
    sounds: SoundServer,
) -> None:
    """Over the transport or as a clip: the song is one play of the time it played."""
    living = sonos_household.speaker("Living Room")
    living.model = replace(living.model, audio_clip=False)
    kitchen = sonos_household.speaker("Kitchen")
    library_queue(sonos_household, "Living Room")
    library_queue(sonos_household, "Kitchen")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 50)

    # The Living Room plays the doorbell on its transport (the emulator plays
    # a sound of unknown length for 180 s); the Kitchen plays it as a 2 s clip
    # over its music.
    await announce(hass, sounds.url("doorbell.wav"), LIVING)
    await announce(hass, sounds.url("doorbell.wav"), KITCHEN)
    await until(hass, lambda: kitchen.audio_clips.playing is not None)
    await settle(hass, sonos_household)
    assert living.playback.uri == sounds.url("doorbell.wav")
    await elapse(hass, freezer, sonos_household, 130)
    assert kitchen.playback.track_index == 1
    await elapse(hass, freezer, sonos_household, 50)
    # Song 0 is back in the Living Room, at 50 s; the Kitchen went on to Song 1.
    assert living.playback.track_index == 0
    assert living.position == pytest.approx(50)
    await elapse(hass, freezer, sonos_household, 40)
    # Both queues hold the same files: the Kitchen's ends first, on its own
    # (a stream stopped here and started there would be one play).
    kitchen.playback.stop()
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())
    living.playback.next()
    await changed(hass, sonos_household)

    plays = await stored_plays(hass)
    assert not [p for p in plays if "oorbell" in str(p["title"])], plays
    living_plays = by_title([p for p in plays if p["device"] == "Living Room"])
    assert list(living_plays) == ["Song 0"]
    # 50 s before the announcement, 50 s after: the 180 s sound is not in it.
    assert living_plays["Song 0"]["ms_played"] == 100_000
    kitchen_plays = by_title([p for p in plays if p["device"] == "Kitchen"])
    # The clip ducked the music, which played on: all of Song 0, then Song 1.
    assert kitchen_plays["Song 0"]["ms_played"] == 180_000
    assert kitchen_plays["Song 1"]["ms_played"] == 90_000
    assert len(plays) == 3


async def test_an_alarm_is_no_play(
    hass: HomeAssistant,
    database: str,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
    sonos_loaded: Any,
) -> None:
    """Neither the chime nor an alarm's station; the song it interrupted is one play."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    library_queue(sonos_household, "Living Room")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 50)

    # The Living Room's alarm plays a station over Song 0 for 60 s, then
    # stops (its duration); the Kitchen's chime sounds in a silent room.
    clock = sonos_household.alarm_clock
    station = clock.add(
        living, "07:00:00", "DAILY", program_uri=RADIO_URI, duration="00:01:00"
    )
    chime = clock.add(kitchen, "07:00:00", "DAILY", duration="00:01:00")
    await settle(hass, sonos_household)
    clock.ring(station.alarm_id)
    clock.ring(chime.alarm_id)
    await settle(hass, sonos_household)
    assert living.playback.uri == RADIO_URI
    await elapse(hass, freezer, sonos_household, 60)
    # Song 0 is back at 50 s and plays 50 s more.
    assert living.playback.track_index == 0
    assert living.transport_state == "PLAYING"
    await elapse(hass, freezer, sonos_household, 50)
    living.playback.stop()
    await changed(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, HANDOVER.total_seconds())

    plays = await stored_plays(hass)
    assert list(by_title(plays)) == ["Song 0"], plays
    assert plays[0]["ms_played"] == pytest.approx(100_000, abs=1000)
