"""After an alarm, what the room played comes back at its position.

Real SoCo against the emulated household, whose alarms ring as speakers' do:
the room drops its music for the alarm's program at the alarm's volume, and
stops after the alarm's duration. Each kind of music is tested: the queue, a
radio station, Spotify from share links and a Spotify Connect session.
"""

from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest

from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    SERVICE_PLAY_MEDIA,
)
from homeassistant.core import HomeAssistant

from custom_components.encore.sonos.speaker import SonosSpeaker
from fakes.sonos import EmulatedHousehold, EmulatedSpeaker
from fakes.sonos.models import STATE_PAUSED, STATE_PLAYING, STATE_STOPPED
from fakes.sonos.playback import Source
from tests.history.collectors.test_sonos_collector import elapse

from .common import (
    ALBUM_ID,
    KITCHEN,
    LIVING,
    RADIO_URI,
    call,
    fill_queue,
    settle,
    state,
)
from .test_announce import sonos_loaded_household

pytestmark = pytest.mark.usefixtures("sonos_loaded")

CHIME = "x-rincon-buzzer:0"


def encore_speaker(hass: HomeAssistant, speaker: EmulatedSpeaker) -> SonosSpeaker:
    """Encore's speaker for an emulated one."""
    found: SonosSpeaker = sonos_loaded_household(hass).speakers[speaker.uid]
    return found


async def play_queue(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    household: EmulatedHousehold,
    room: str,
    *,
    state_after: str = STATE_PLAYING,
) -> EmulatedSpeaker:
    """Play the second of four queued songs from 50 s (Encore reads the position)."""
    fill_queue(household, room, 4)
    speaker = household.speaker(room)
    speaker.playback.seek_track(2)
    speaker.playback.set_position(40)
    speaker.playback.set_state(STATE_PLAYING)
    household.flush()
    await settle(hass, household)
    await elapse(hass, freezer, household, 10)
    if state_after != STATE_PLAYING:
        speaker.set_transport_state(state_after)
        await settle(hass, household)
    return speaker


async def ring(
    hass: HomeAssistant,
    household: EmulatedHousehold,
    room: EmulatedSpeaker,
    **fields: Any,
) -> None:
    """Add an alarm to `room` in the Sonos app and let it go off."""
    alarm = household.alarm_clock.add(room, "07:00:00", "DAILY", **fields)
    await settle(hass, household)
    household.alarm_clock.ring(alarm.alarm_id)
    await settle(hass, household)


async def test_the_queue_comes_back_when_the_alarm_is_stopped(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Its track, its position, playing, at the volume it had."""
    living = await play_queue(hass, freezer, sonos_household, "Living Room")
    await ring(hass, sonos_household, living, volume=35)
    assert living.playback.uri == CHIME
    assert living.rendering.volume == 35
    encore = encore_speaker(hass, living)
    assert encore.interrupted is not None
    assert encore.interrupted.title == "Song 1"
    await elapse(hass, freezer, sonos_household, 30)

    # The sleeper taps the speaker: the alarm stops.
    living.playback.stop()
    sonos_household.flush()
    await settle(hass, sonos_household)
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(50, abs=1)
    assert living.transport_state == STATE_PLAYING
    assert living.rendering.volume == 20
    assert encore.interrupted is None
    assert encore.alarm_interruption is None


async def test_paused_music_comes_back_paused(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Last night's paused queue is where it was, silent: play goes on there."""
    living = await play_queue(
        hass, freezer, sonos_household, "Living Room", state_after=STATE_PAUSED
    )
    await ring(hass, sonos_household, living, duration="00:01:00")
    await elapse(hass, freezer, sonos_household, 60)
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(50, abs=1)
    # Selected and not playing (a speaker says STOPPED for music it holds).
    assert living.transport_state == STATE_STOPPED
    await call(hass, "media_play")
    await settle(hass, sonos_household)
    assert living.transport_state == STATE_PLAYING
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(50, abs=1)


async def test_the_radio_comes_back_when_the_alarm_ends(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """The station is selected again, with its name, when the duration is over."""
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
    await settle(hass, sonos_household)
    await ring(hass, sonos_household, kitchen, duration="00:01:00")
    assert kitchen.playback.uri == CHIME
    await elapse(hass, freezer, sonos_household, 59)
    assert kitchen.playback.uri == CHIME
    await elapse(hass, freezer, sonos_household, 1)
    assert kitchen.playback.uri == RADIO_URI
    assert kitchen.transport_state == STATE_PLAYING
    assert state(hass, KITCHEN).attributes["media_channel"] == "Radio Paradise"


async def test_spotify_from_share_links_comes_back(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """An album queued through its share link resumes at its track and position."""
    living = sonos_household.speaker("Living Room")
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        LIVING,
        **{
            ATTR_MEDIA_CONTENT_ID: f"spotify:album:{ALBUM_ID}",
            ATTR_MEDIA_CONTENT_TYPE: "music",
        },
    )
    await settle(hass, sonos_household)
    await call(hass, "media_next_track")
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 30)
    playing = state(hass).attributes[ATTR_MEDIA_CONTENT_ID]
    assert playing.startswith("spotify:track:")

    await ring(hass, sonos_household, living)
    assert state(hass).attributes[ATTR_MEDIA_CONTENT_ID] != playing
    # Snoozing pauses the alarm as far as its transport goes: it ends here.
    living.set_transport_state(STATE_PAUSED)
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_MEDIA_CONTENT_ID] == playing
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(30, abs=1)
    assert living.transport_state == STATE_PLAYING


async def test_a_spotify_connect_session_resumes_through_the_account(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: Any,
    spotify_user: Any,
    loaded_entry: Any,
    sonos_household: EmulatedHousehold,
) -> None:
    """Only Spotify can start a Connect session again: Encore asks it, on the speaker."""
    first, second = list(fake_spotify.catalog.tracks)[:2]
    uris = [f"spotify:track:{first}", f"spotify:track:{second}"]
    player = spotify_user.player
    device = player.add_device("Living Room", "Speaker")
    player.external_play(uris=uris, device_id=device.id)
    living = sonos_household.speaker("Living Room")
    living.play_spotify_connect(first)
    living.playback.set_position(30)
    sonos_household.flush()
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 10)
    assert state(hass).attributes["source_kind"] == "spotify_connect"

    await ring(hass, sonos_household, living)
    # The speaker left the session: Spotify pauses it.
    player.external_pause()
    living.playback.stop()
    sonos_household.flush()
    await settle(hass, sonos_household)

    # Encore asked Spotify to play on: the same session, on the speaker, at 40 s.
    assert player.active_device is device
    assert player.is_playing
    assert player.current_uri == uris[0]
    assert player.progress_ms == pytest.approx(40_000, abs=1000)
    assert player.queue_json()["queue"][0]["uri"] == uris[1]
    encore = encore_speaker(hass, living)
    assert encore.interrupted is not None
    # Spotify's cloud starts the session on the speaker again.
    living.play_spotify_connect(first)
    await settle(hass, sonos_household)
    assert encore.interrupted is None


async def test_a_silent_room_stays_with_the_alarm(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Nothing played before: the alarm's station stays, ready to play again."""
    living = sonos_household.speaker("Living Room")
    await ring(hass, sonos_household, living, program_uri=RADIO_URI)
    assert living.playback.uri == RADIO_URI
    encore = encore_speaker(hass, living)
    assert encore.interrupted is not None
    living.playback.stop()
    sonos_household.flush()
    await settle(hass, sonos_household)
    assert living.playback.uri == RADIO_URI
    assert living.transport_state == STATE_STOPPED
    assert encore.interrupted is None


async def test_music_chosen_over_the_alarm_is_kept(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """The user picks a station while the alarm sounds: the queue stays away."""
    living = await play_queue(hass, freezer, sonos_household, "Living Room")
    radio = sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    await ring(hass, sonos_household, living)
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        LIVING,
        **{
            ATTR_MEDIA_CONTENT_ID: f"FV:2/{radio.favorite_id}",
            ATTR_MEDIA_CONTENT_TYPE: "music",
        },
    )
    await settle(hass, sonos_household)
    await elapse(hass, freezer, sonos_household, 10)
    assert living.playback.uri == RADIO_URI
    assert living.transport_state == STATE_PLAYING
    encore = encore_speaker(hass, living)
    assert encore.interrupted is None
    assert encore.alarm_interruption is None
