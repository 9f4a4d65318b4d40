"""Announcements: audio clips over the music, or snapshot, play and restore.

Real SoCo and real `sonos-websocket` talk to the emulated speakers (the
audio-clip websocket over TLS on loopback); nothing is mocked.
"""

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from homeassistant.components.media_player import (
    ATTR_MEDIA_ANNOUNCE,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_EXTRA,
    SERVICE_PLAY_MEDIA,
    MediaPlayerEntityFeature,
)
from homeassistant.const import ATTR_ENTITY_ID, ATTR_SUPPORTED_FEATURES
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN
from fakes.sonos import EmulatedHousehold, EmulatedSpeaker
from fakes.sonos.models import STATE_PLAYING
from fakes.sonos.playback import Source
from tests.conftest import advance

from .common import (
    ALBUM_ID,
    KITCHEN,
    LIVING,
    RADIO_URI,
    call,
    fill_queue,
    settle,
    state,
    until,
)
from .sounds import SoundServer, sounds

__all__ = ["sounds"]

pytestmark = pytest.mark.usefixtures("sonos_loaded")


async def announce(
    hass: HomeAssistant, media_id: str, entity_id: str = LIVING, **extra: Any
) -> None:
    """Announce `media_id` as tts.speak does (announce: true)."""
    data: dict[str, Any] = {
        ATTR_MEDIA_CONTENT_ID: media_id,
        ATTR_MEDIA_CONTENT_TYPE: "music",
        ATTR_MEDIA_ANNOUNCE: True,
    }
    if extra:
        data[ATTR_MEDIA_EXTRA] = extra
    await call(hass, SERVICE_PLAY_MEDIA, entity_id, **data)


def without_clips(speaker: EmulatedSpeaker) -> None:
    """Make `speaker` a model without the audio-clip API (S1, Play:5 gen 1)."""
    speaker.model = replace(speaker.model, audio_clip=False)


async def play_queue(
    hass: HomeAssistant, household: EmulatedHousehold, room: str, track: int, at: float
) -> EmulatedSpeaker:
    """Fill `room`'s queue and play track `track` (1-based) from `at` seconds."""
    fill_queue(household, room, 4)
    speaker = household.speaker(room)
    speaker.playback.seek_track(track)
    speaker.playback.set_position(at)
    speaker.playback.set_state(STATE_PLAYING)
    household.flush()
    await settle(hass, household)
    return speaker


async def test_announce_is_a_clip_over_the_group_music(
    hass: HomeAssistant, sonos_household: EmulatedHousehold, sounds: SoundServer
) -> None:
    """Every member plays the clip at the announce volume; the music ducks and goes on."""
    living = await play_queue(hass, sonos_household, "Living Room", 2, 50)
    kitchen = sonos_household.speaker("Kitchen")
    sonos_household.join(kitchen, living)
    await settle(hass, sonos_household)
    features = state(hass).attributes[ATTR_SUPPORTED_FEATURES]
    assert features & MediaPlayerEntityFeature.MEDIA_ANNOUNCE

    await announce(hass, sounds.url("doorbell.wav"), volume=40)
    await until(hass, lambda: kitchen.audio_clips.playing is not None)
    for speaker in (living, kitchen):
        clip = speaker.audio_clips.playing
        assert clip is not None
        assert clip.stream_url == sounds.url("doorbell.wav")
        assert clip.played_at_volume == 40
        assert clip.seconds == pytest.approx(2.0)
        assert speaker.audio_clips.ducked
        # The speaker's own volume is untouched; the transport never changed.
        assert speaker.rendering.volume == 20
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 1
    assert living.transport_state == STATE_PLAYING

    sonos_household.advance(2)
    assert living.audio_clips.playing is None
    assert not kitchen.audio_clips.ducked
    assert living.position == pytest.approx(52)
    # Nothing was selected, stopped or set on the UPnP side.
    assert not living.actions_named("SetAVTransportURI")
    assert not living.actions_named("SetVolume")


async def test_media_sources_play_and_announce(
    hass: HomeAssistant,
    hass_client: Any,
    sonos_household: EmulatedHousehold,
    tmp_path: Any,
) -> None:
    """Local media resolves to a signed URL of Home Assistant's own, fetched by the speaker."""
    media = tmp_path / "media"
    media.mkdir()
    from .sounds import wav

    (media / "chime.wav").write_bytes(wav(1.0))
    hass.config.media_dirs = {"local": str(media)}
    assert await async_setup_component(hass, "media_source", {})
    client = await hass_client()
    hass.config.internal_url = str(client.make_url("/")).rstrip("/")
    living = sonos_household.speaker("Living Room")
    media_id = "media-source://media_source/local/chime.wav"

    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        LIVING,
        **{ATTR_MEDIA_CONTENT_ID: media_id, ATTR_MEDIA_CONTENT_TYPE: "music"},
    )
    await settle(hass, sonos_household)
    assert living.playback.uri.startswith(
        f"{hass.config.internal_url}/media/local/chime.wav?authSig="
    )
    assert living.transport_state == STATE_PLAYING

    await announce(hass, media_id)
    await until(hass, lambda: living.audio_clips.playing is not None)
    clip = living.audio_clips.playing
    assert clip is not None
    assert "/media/local/chime.wav?authSig=" in clip.stream_url
    assert clip.seconds == pytest.approx(1.0)

    for wrong, key in (
        ("media-source://media_source/local/missing.wav", "sonos_media_unreachable"),
        ("media-source://nothing/here", "sonos_media_unresolvable"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await announce(hass, wrong)
        assert err.value.translation_key == key, wrong


async def test_without_clips_the_queue_comes_back_where_it_was(
    hass: HomeAssistant, sonos_household: EmulatedHousehold, sounds: SoundServer
) -> None:
    """Snapshot, play, restore: the queue's track, position, play mode and volumes."""
    living = await play_queue(hass, sonos_household, "Living Room", 2, 50)
    living.playback.set_play_mode("REPEAT_ALL")
    kitchen = sonos_household.speaker("Kitchen")
    sonos_household.join(kitchen, living)
    kitchen.set_volume(30)
    await settle(hass, sonos_household)
    without_clips(living)

    await announce(hass, sounds.url("doorbell.wav"), volume=45)
    await settle(hass, sonos_household)
    assert living.playback.uri == sounds.url("doorbell.wav")
    assert living.transport_state == STATE_PLAYING
    assert (living.rendering.volume, kitchen.rendering.volume) == (45, 45)
    assert living.audio_clips.clips == []

    # The emulator plays a sound of unknown length for 180 s; it ends, Encore restores.
    sonos_household.advance(180)
    await settle(hass, sonos_household)
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(50)
    assert living.playback.play_mode == "REPEAT_ALL"
    assert living.transport_state == STATE_PLAYING
    assert (living.rendering.volume, kitchen.rendering.volume) == (20, 30)
    assert kitchen.coordinator is living
    household = sonos_loaded_household(hass)
    assert household.speakers[living.uid].interrupted is None


async def test_without_clips_the_radio_comes_back(
    hass: HomeAssistant, sonos_household: EmulatedHousehold, sounds: SoundServer
) -> None:
    """A station is selected again, with its name."""
    kitchen = sonos_household.speaker("Kitchen")
    without_clips(kitchen)
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
    assert kitchen.transport_state == STATE_PLAYING

    await announce(hass, sounds.url("doorbell.wav"), KITCHEN)
    await settle(hass, sonos_household)
    assert kitchen.playback.uri == sounds.url("doorbell.wav")
    await hass.services.async_call(
        DOMAIN, "cancel_announcement", {ATTR_ENTITY_ID: KITCHEN}, blocking=True
    )
    await settle(hass, sonos_household)
    assert kitchen.playback.uri == RADIO_URI
    assert kitchen.transport_state == STATE_PLAYING
    assert state(hass, KITCHEN).attributes["media_channel"] == "Radio Paradise"


def sonos_loaded_household(hass: HomeAssistant) -> Any:
    """The household Encore runs (the only Sonos entry)."""
    entry = next(
        e
        for e in hass.config_entries.async_entries(DOMAIN)
        if e.title.startswith("Sonos")
    )
    return entry.runtime_data.household


async def test_bad_sounds_and_refusals_change_nothing(
    hass: HomeAssistant, sonos_household: EmulatedHousehold, sounds: SoundServer
) -> None:
    """An unreachable sound, a bad volume or a refusing speaker: an error that says which."""
    living = await play_queue(hass, sonos_household, "Living Room", 1, 10)
    for media_id, extra, key in (
        (sounds.url("missing.wav"), {}, "sonos_media_unreachable"),
        ("http://127.0.0.1:9/nothing.mp3", {}, "sonos_media_unreachable"),
        ("ftp://example.com/x.mp3", {}, "sonos_unsupported_media"),
        (sounds.url("doorbell.wav"), {"volume": 250}, "sonos_announce_volume"),
        (sounds.url("doorbell.wav"), {"volume": "loud"}, "sonos_announce_volume"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await announce(hass, media_id, **extra)
        assert err.value.translation_key == key, media_id

    living.audio_clips.refusal = ("ERROR_AUDIO_CLIP_DO_NOT_DISTURB", "Do not disturb")
    with pytest.raises(HomeAssistantError) as refused:
        await announce(hass, sounds.url("doorbell.wav"))
    assert refused.value.translation_key == "sonos_clip_refused"
    assert refused.value.translation_placeholders == {
        "speaker": "Living Room",
        "code": "ERROR_AUDIO_CLIP_DO_NOT_DISTURB",
        "reason": "Do not disturb",
    }
    await settle(hass, sonos_household)
    assert living.audio_clips.clips == []
    assert not living.actions_named("SetAVTransportURI")
    assert living.transport_state == STATE_PLAYING
    with pytest.raises(ServiceValidationError) as nothing:
        await hass.services.async_call(
            DOMAIN, "cancel_announcement", {ATTR_ENTITY_ID: LIVING}, blocking=True
        )
    assert nothing.value.translation_key == "sonos_no_announcement"


async def test_a_clip_can_be_cancelled(
    hass: HomeAssistant, sonos_household: EmulatedHousehold, sounds: SoundServer
) -> None:
    """encore.cancel_announcement dismisses the clip; the music is no longer ducked."""
    living = await play_queue(hass, sonos_household, "Living Room", 1, 10)
    await announce(hass, sounds.url("long.mp3"))
    await until(hass, lambda: living.audio_clips.playing is not None)
    await hass.services.async_call(
        DOMAIN, "cancel_announcement", {ATTR_ENTITY_ID: LIVING}, blocking=True
    )
    assert living.audio_clips.playing is None
    assert living.audio_clips.clips[-1].status == "DISMISSED"
    assert not living.audio_clips.ducked


async def test_a_speaker_lost_mid_announcement_gets_its_music_back(
    hass: HomeAssistant,
    freezer: Any,
    sonos_household: EmulatedHousehold,
    sounds: SoundServer,
) -> None:
    """The restore it could not take is taken when it answers again."""
    living = await play_queue(hass, sonos_household, "Living Room", 2, 50)
    without_clips(living)
    await announce(hass, sounds.url("doorbell.wav"), volume=45)
    await settle(hass, sonos_household)
    assert living.rendering.volume == 45
    await living.go_offline()
    await advance(hass, freezer, timedelta(seconds=200))
    await settle(hass, sonos_household)
    assert state(hass).state == "unavailable"

    await living.come_online()
    await advance(hass, freezer, timedelta(seconds=10))
    await until(hass, lambda: state(hass).state != "unavailable")
    await until(hass, lambda: living.rendering.volume == 20)
    await settle(hass, sonos_household)
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(50)
    assert living.rendering.volume == 20
    assert living.transport_state == STATE_PLAYING


async def test_a_spotify_connect_session_resumes_through_the_account(
    hass: HomeAssistant,
    fake_spotify: Any,
    spotify_user: Any,
    loaded_entry: Any,
    sonos_household: EmulatedHousehold,
    sounds: SoundServer,
) -> None:
    """Only Spotify can start a Connect session again: Encore asks it, on the speaker."""
    first, second = list(fake_spotify.catalog.tracks)[:2]
    uris = [f"spotify:track:{first}", f"spotify:track:{second}"]
    player = spotify_user.player
    device = player.add_device("Living Room", "Speaker")
    player.external_play(uris=uris, device_id=device.id)
    living = sonos_household.speaker("Living Room")
    without_clips(living)
    # What Spotify's cloud does on the speaker: a Connect session, 40 s in.
    living.play_spotify_connect(first)
    living.playback.set_position(40)
    sonos_household.flush()
    await settle(hass, sonos_household)
    assert state(hass).attributes["source_kind"] == "spotify_connect"

    await announce(hass, sounds.url("doorbell.wav"))
    await settle(hass, sonos_household)
    assert living.playback.uri == sounds.url("doorbell.wav")
    # The speaker left the session: Spotify pauses it.
    player.external_pause()
    sonos_household.advance(180)
    await settle(hass, sonos_household)

    # Encore asked Spotify to play on: the same session, on the speaker, at 40 s.
    assert player.active_device is device
    assert player.is_playing
    assert player.current_uri == uris[0]
    assert player.progress_ms == 40_000
    assert player.queue_json()["queue"][0]["uri"] == uris[1]
    household = sonos_loaded_household(hass)
    assert household.speakers[living.uid].interrupted is not None
    # Spotify's cloud starts the session on the speaker again.
    living.play_spotify_connect(first)
    await settle(hass, sonos_household)
    assert household.speakers[living.uid].interrupted is None


async def test_spotify_from_share_links_comes_back(
    hass: HomeAssistant, sonos_household: EmulatedHousehold, sounds: SoundServer
) -> None:
    """An album queued through its share link resumes at its track and position."""
    living = sonos_household.speaker("Living Room")
    without_clips(living)
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
    living.playback.set_position(30)
    sonos_household.flush()
    await settle(hass, sonos_household)
    playing = state(hass).attributes[ATTR_MEDIA_CONTENT_ID]
    assert playing.startswith("spotify:track:")

    await announce(hass, sounds.url("doorbell.wav"))
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_MEDIA_CONTENT_ID] != playing
    sonos_household.advance(180)
    await settle(hass, sonos_household)
    assert state(hass).attributes[ATTR_MEDIA_CONTENT_ID] == playing
    assert living.playback.track_index == 1
    assert living.position == pytest.approx(30)
    assert living.transport_state == STATE_PLAYING


async def test_text_to_speech_is_announced(
    hass: HomeAssistant,
    hass_client: Any,
    sonos_household: EmulatedHousehold,
    tmp_path: Any,
) -> None:
    """tts.*_say with a Sonos player: the speech plays as a clip over the music."""
    # The demo engine's integration needs conversation, which needs these.
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "media_source", {})
    assert await async_setup_component(
        hass,
        "tts",
        {"tts": {"platform": "demo", "cache": False, "cache_dir": str(tmp_path)}},
    )
    await hass.async_block_till_done()
    client = await hass_client()
    hass.config.internal_url = str(client.make_url("/")).rstrip("/")
    living = await play_queue(hass, sonos_household, "Living Room", 1, 10)

    await hass.services.async_call(
        "tts",
        "demo_say",
        {ATTR_ENTITY_ID: LIVING, "message": "Someone is at the door"},
        blocking=True,
    )
    await until(hass, lambda: living.audio_clips.playing is not None)
    clip = living.audio_clips.playing
    assert clip is not None
    assert clip.stream_url.startswith(f"{hass.config.internal_url}/api/tts_proxy/")
    assert clip.stream_url.endswith(".mp3")
    assert living.audio_clips.ducked
    assert living.playback.source is Source.QUEUE


async def test_a_member_that_refuses_does_not_fail_the_group(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sounds: SoundServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The others play it; the refusal is logged with what the speaker said."""
    living = await play_queue(hass, sonos_household, "Living Room", 1, 10)
    kitchen = sonos_household.speaker("Kitchen")
    sonos_household.join(kitchen, living)
    await settle(hass, sonos_household)
    kitchen.audio_clips.refusal = ("ERROR_AUDIO_CLIP_DO_NOT_DISTURB", "Do not disturb")
    await announce(hass, sounds.url("doorbell.wav"), KITCHEN)
    await until(hass, lambda: living.audio_clips.playing is not None)
    assert kitchen.audio_clips.clips == []
    assert "Kitchen did not play the announcement" in caplog.text
    assert "ERROR_AUDIO_CLIP_DO_NOT_DISTURB" in caplog.text


async def test_unloading_mid_announcement_puts_the_music_back(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: Any,
    sounds: SoundServer,
) -> None:
    """Home Assistant stops while the sound plays: the queue and volume come back first."""
    living = await play_queue(hass, sonos_household, "Living Room", 3, 42)
    without_clips(living)
    await announce(hass, sounds.url("doorbell.wav"), volume=50)
    await settle(hass, sonos_household)
    assert living.playback.uri == sounds.url("doorbell.wav")
    assert await hass.config_entries.async_unload(sonos_loaded.entry_id)
    await sonos_household.drain_events()
    assert living.playback.source is Source.QUEUE
    assert living.playback.track_index == 2
    assert living.position == pytest.approx(42)
    assert living.rendering.volume == 20
    assert living.transport_state == STATE_PLAYING
