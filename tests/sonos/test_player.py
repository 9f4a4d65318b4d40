"""A Sonos speaker's media player, driven through Home Assistant's services."""

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import (
    ATTR_INPUT_SOURCE,
    ATTR_INPUT_SOURCE_LIST,
    ATTR_MEDIA_ALBUM_NAME,
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_CHANNEL,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_DURATION,
    ATTR_MEDIA_POSITION,
    ATTR_MEDIA_REPEAT,
    ATTR_MEDIA_SEEK_POSITION,
    ATTR_MEDIA_SHUFFLE,
    ATTR_MEDIA_TITLE,
    ATTR_MEDIA_VOLUME_LEVEL,
    ATTR_MEDIA_VOLUME_MUTED,
    SERVICE_SELECT_SOURCE,
    MediaPlayerEntityFeature,
)
from homeassistant.const import (
    ATTR_ENTITY_PICTURE,
    ATTR_SUPPORTED_FEATURES,
    SERVICE_MEDIA_NEXT_TRACK,
    SERVICE_MEDIA_PAUSE,
    SERVICE_MEDIA_PLAY,
    SERVICE_MEDIA_PREVIOUS_TRACK,
    SERVICE_MEDIA_SEEK,
    SERVICE_MEDIA_STOP,
    SERVICE_REPEAT_SET,
    SERVICE_SHUFFLE_SET,
    SERVICE_VOLUME_DOWN,
    SERVICE_VOLUME_MUTE,
    SERVICE_VOLUME_SET,
    SERVICE_VOLUME_UP,
    STATE_IDLE,
    STATE_PAUSED,
    STATE_PLAYING,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import (
    device_registry as dr,
    entity_platform,
    entity_registry as er,
)

from custom_components.encore.const import DOMAIN
from fakes.sonos import EmulatedHousehold
from fakes.sonos.models import STATE_PLAYING as SONOS_PLAYING, QueueItem, TrackMetadata
from fakes.sonos.playback import Source
from tests.conftest import advance

from .common import (
    KITCHEN,
    LIVING,
    RADIO_URI,
    TRACK_ID,
    TV,
    call,
    fill_queue,
    settle,
    state as state_of,
)

pytestmark = pytest.mark.usefixtures("sonos_loaded")
SETTLED = timedelta(seconds=1)


async def test_devices_and_entities(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """One device and one media player per speaker, named after the room."""
    living = sonos_household.speaker("Living Room")
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, living.uid), sonos_loaded.entry_id
    )
    assert device is not None
    assert device.name == "Living Room"
    assert device.manufacturer == "Sonos"
    assert device.model == "Sonos One"
    assert device.model_id == "S18"
    assert device.serial_number == living.serial
    assert device.sw_version == "16.4"
    assert (dr.CONNECTION_NETWORK_MAC, living.mac.lower()) in device.connections
    entry = entity_registry.async_get(LIVING)
    assert entry is not None
    assert entry.unique_id == living.uid
    assert entry.device_id == device.id
    features = state_of(hass).attributes[ATTR_SUPPORTED_FEATURES]
    for feature in (
        MediaPlayerEntityFeature.GROUPING,
        MediaPlayerEntityFeature.SEARCH_MEDIA,
        MediaPlayerEntityFeature.BROWSE_MEDIA,
        MediaPlayerEntityFeature.MEDIA_ENQUEUE,
        MediaPlayerEntityFeature.SEEK,
    ):
        assert features & feature
    # Inputs depend on the model: the Five has line-in, the Arc a TV input.
    assert state_of(hass, KITCHEN).attributes[ATTR_INPUT_SOURCE_LIST] == ["Line-in"]
    assert state_of(hass, TV).attributes[ATTR_INPUT_SOURCE_LIST] == ["TV"]
    assert ATTR_INPUT_SOURCE_LIST not in state_of(hass).attributes


async def test_transport_and_what_plays(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Play, pause, next, previous, seek and stop; title, artist, cover, position."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 3)
    await settle(hass, sonos_household)
    assert state_of(hass).state == STATE_IDLE

    await call(hass, SERVICE_MEDIA_PLAY)
    await settle(hass, sonos_household)
    current = state_of(hass)
    assert current.state == STATE_PLAYING
    assert current.attributes[ATTR_MEDIA_TITLE] == "Song 0"
    assert current.attributes[ATTR_MEDIA_ARTIST] == "The Testers"
    assert current.attributes[ATTR_MEDIA_ALBUM_NAME] == "Emulated"
    assert current.attributes[ATTR_MEDIA_DURATION] == 180
    assert current.attributes[ATTR_MEDIA_CONTENT_TYPE] == "music"
    assert current.attributes[ATTR_MEDIA_CONTENT_ID].endswith("track_0.mp3")
    assert current.attributes["source_kind"] == "web"
    assert current.attributes[ATTR_ENTITY_PICTURE].startswith(
        "/api/media_player_proxy/media_player.living_room"
    )

    living.advance(42)
    await call(hass, SERVICE_MEDIA_PAUSE)
    await settle(hass, sonos_household)
    # The position is read once the transport settles (events do not carry it).
    await advance(hass, freezer, SETTLED)
    current = state_of(hass)
    assert current.state == STATE_PAUSED
    assert current.attributes[ATTR_MEDIA_POSITION] == 42

    await call(hass, SERVICE_MEDIA_NEXT_TRACK)
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_TITLE] == "Song 1"
    await call(hass, SERVICE_MEDIA_PREVIOUS_TRACK)
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_TITLE] == "Song 0"

    await call(hass, SERVICE_MEDIA_SEEK, **{ATTR_MEDIA_SEEK_POSITION: 95})
    await settle(hass, sonos_household)
    assert living.position == 95
    await call(hass, SERVICE_MEDIA_PLAY)
    await settle(hass, sonos_household)
    await advance(hass, freezer, SETTLED)
    assert state_of(hass).attributes[ATTR_MEDIA_POSITION] == 95

    # A track ending on its own shows within the event that says so.
    living.advance(90)
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_TITLE] == "Song 1"

    await call(hass, SERVICE_MEDIA_STOP)
    await settle(hass, sonos_household)
    assert state_of(hass).state == STATE_IDLE
    assert living.transport_state == "STOPPED"


async def test_volume_mute_shuffle_repeat(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Volume set and steps, mute, shuffle and repeat; buttons on the speaker too."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 3)
    await call(hass, SERVICE_VOLUME_SET, **{ATTR_MEDIA_VOLUME_LEVEL: 0.35})
    await settle(hass, sonos_household)
    assert living.rendering.volume == 35
    assert state_of(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.35
    await call(hass, SERVICE_VOLUME_UP)
    assert living.rendering.volume == 37
    await call(hass, SERVICE_VOLUME_DOWN)
    await call(hass, SERVICE_VOLUME_DOWN)
    assert living.rendering.volume == 33
    await call(hass, SERVICE_VOLUME_MUTE, **{ATTR_MEDIA_VOLUME_MUTED: True})
    await settle(hass, sonos_household)
    assert living.rendering.mute
    assert state_of(hass).attributes[ATTR_MEDIA_VOLUME_MUTED] is True

    living.set_volume(60)
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.6

    await call(hass, SERVICE_SHUFFLE_SET, **{ATTR_MEDIA_SHUFFLE: True})
    await settle(hass, sonos_household)
    assert living.playback.play_mode == "SHUFFLE_NOREPEAT"
    await call(hass, SERVICE_REPEAT_SET, **{ATTR_MEDIA_REPEAT: "all"})
    await settle(hass, sonos_household)
    assert living.playback.play_mode == "SHUFFLE"
    await call(hass, SERVICE_REPEAT_SET, **{ATTR_MEDIA_REPEAT: "one"})
    await call(hass, SERVICE_SHUFFLE_SET, **{ATTR_MEDIA_SHUFFLE: False})
    await settle(hass, sonos_household)
    assert living.playback.play_mode == "REPEAT_ONE"
    current = state_of(hass)
    assert current.attributes[ATTR_MEDIA_SHUFFLE] is False
    assert current.attributes[ATTR_MEDIA_REPEAT] == "one"


async def test_source_kinds(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Spotify, Spotify Connect, AirPlay, radio, line-in and TV are told apart."""
    living = sonos_household.speaker("Living Room")
    tv_room = sonos_household.speaker("TV Room")
    catalog = sonos_household.catalog

    tv_room.play_spotify_connect(TRACK_ID)
    await settle(hass, sonos_household)
    current = state_of(hass, TV)
    assert current.attributes["source_kind"] == "spotify_connect"
    assert current.attributes[ATTR_MEDIA_CONTENT_ID] == f"spotify:track:{TRACK_ID}"
    assert current.attributes[ATTR_MEDIA_TITLE] == catalog.track(TRACK_ID).title
    assert current.state == STATE_PLAYING

    airplay = QueueItem(
        "x-sonos-vli:RINCON_X:1,airplay:abc",
        TrackMetadata(title="From a phone", artist="Someone", duration=200),
    )
    living.playback.select_single(
        Source.AIRPLAY, airplay.uri, "", airplay, state=SONOS_PLAYING
    )
    sonos_household.flush()
    await settle(hass, sonos_household)
    assert state_of(hass).attributes["source_kind"] == "airplay"
    assert state_of(hass).attributes[ATTR_MEDIA_TITLE] == "From a phone"

    sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    await settle(hass, sonos_household)
    await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Radio Paradise"})
    await settle(hass, sonos_household)
    living.set_stream_content("Nina Simone - Sinnerman")
    await settle(hass, sonos_household)
    current = state_of(hass)
    assert current.attributes["source_kind"] == "radio"
    assert current.attributes[ATTR_MEDIA_CHANNEL] == "Radio Paradise"
    assert current.attributes[ATTR_MEDIA_ARTIST] == "Nina Simone"
    assert current.attributes[ATTR_MEDIA_TITLE] == "Sinnerman"
    assert current.attributes[ATTR_MEDIA_CONTENT_TYPE] == "channel"
    assert current.attributes[ATTR_INPUT_SOURCE] == "Radio Paradise"

    await call(hass, SERVICE_SELECT_SOURCE, KITCHEN, **{ATTR_INPUT_SOURCE: "Line-in"})
    await settle(hass, sonos_household)
    current = state_of(hass, KITCHEN)
    assert current.attributes["source_kind"] == "line_in"
    assert current.attributes[ATTR_INPUT_SOURCE] == "Line-in"
    assert current.state == STATE_PLAYING

    await call(hass, SERVICE_SELECT_SOURCE, TV, **{ATTR_INPUT_SOURCE: "TV"})
    await settle(hass, sonos_household)
    current = state_of(hass, TV)
    assert current.attributes["source_kind"] == "tv"
    assert current.attributes[ATTR_INPUT_SOURCE] == "TV"


async def test_select_source_favorites_and_errors(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Favorites are sources (a playlist one plays through the queue)."""
    living = sonos_household.speaker("Living Room")
    from .common import PLAYLIST_ID

    sonos_household.add_spotify_favorite("playlist", PLAYLIST_ID, "Morning Mix")
    sonos_household.add_radio_favorite("Jazz", "x-rincon-mp3radio://127.0.0.1/jazz")
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_INPUT_SOURCE_LIST] == ["Morning Mix", "Jazz"]

    await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Morning Mix"})
    await settle(hass, sonos_household)
    assert len(living.queue) == sonos_household.catalog.playlist_size
    assert living.transport_state == "PLAYING"
    current = state_of(hass)
    assert current.attributes[ATTR_INPUT_SOURCE] == "Morning Mix"
    assert current.attributes["source_kind"] == "spotify"
    assert current.attributes[ATTR_MEDIA_CONTENT_ID].startswith("spotify:track:")

    with pytest.raises(ServiceValidationError) as err:
        await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Line-in"})
    assert err.value.translation_key == "sonos_unknown_source"
    assert err.value.translation_placeholders["sources"] == "Morning Mix, Jazz"


async def test_upnp_errors_are_translated(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """A refused command says what went wrong, in the user's language."""
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_MEDIA_NEXT_TRACK)
    assert err.value.translation_key == "sonos_transition_unavailable"
    assert err.value.translation_placeholders == {
        "speaker": "Living Room",
        "code": "701",
    }

    living = sonos_household.speaker("Living Room")
    living.fail_action("RenderingControl", "SetVolume", 501)
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_VOLUME_SET, **{ATTR_MEDIA_VOLUME_LEVEL: 0.5})
    assert err.value.translation_key == "sonos_upnp_error"
    assert err.value.translation_placeholders["code"] == "501"
    await call(hass, SERVICE_VOLUME_SET, **{ATTR_MEDIA_VOLUME_LEVEL: 0.5})
    assert living.rendering.volume == 50

    fill_queue(sonos_household, "Living Room", 1)
    await call(hass, SERVICE_MEDIA_PLAY)
    for code, key in (
        (711, "sonos_seek_out_of_range"),
        (712, "sonos_play_mode_unsupported"),
        (714, "sonos_cannot_play"),
        (716, "sonos_not_found"),
        (402, "sonos_invalid_arguments"),
    ):
        living.fail_action("AVTransport", "Seek", code)
        with pytest.raises(HomeAssistantError) as err:
            await call(hass, SERVICE_MEDIA_SEEK, **{ATTR_MEDIA_SEEK_POSITION: 10})
        assert err.value.translation_key == key


async def test_position_is_read_once_per_change(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    sonos_household: EmulatedHousehold,
) -> None:
    """Events carry no position: Encore follows it, and reads it once changes settle."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 2)
    await call(hass, SERVICE_MEDIA_PLAY)
    await settle(hass, sonos_household)
    reads = len(living.actions_named("GetPositionInfo"))
    assert state_of(hass).attributes[ATTR_MEDIA_POSITION] == 0
    await advance(hass, freezer, SETTLED)
    assert len(living.actions_named("GetPositionInfo")) == reads + 1

    # Paused after 30 s of play: the position follows without a request...
    await advance(hass, freezer, timedelta(seconds=30))
    living.advance(30)
    await call(hass, SERVICE_MEDIA_PAUSE)
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_POSITION] == 30
    assert len(living.actions_named("GetPositionInfo")) == reads + 1
    # ...and one read confirms it; then none while nothing changes.
    await advance(hass, freezer, SETTLED)
    await advance(hass, freezer, timedelta(seconds=25))
    assert len(living.actions_named("GetPositionInfo")) == reads + 2
    assert state_of(hass).attributes[ATTR_MEDIA_POSITION] == 30

    await call(hass, SERVICE_MEDIA_STOP)
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_POSITION] == 0


async def test_device_connections_use_the_registry_format(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """The MAC the speaker reports (upper case) is given as Home Assistant writes it."""
    living = sonos_household.speaker("Living Room")
    assert living.mac != living.mac.lower()
    platform = next(
        p
        for p in entity_platform.async_get_platforms(hass, DOMAIN)
        if p.domain == "media_player"
    )
    device_info = platform.entities[LIVING].device_info
    assert device_info is not None
    assert device_info["connections"] == {
        (dr.CONNECTION_NETWORK_MAC, dr.format_mac(living.mac))
    }
