"""The Spotify media player, driven through Home Assistant's services."""

from datetime import timedelta
import logging
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import (
    ATTR_INPUT_SOURCE,
    ATTR_INPUT_SOURCE_LIST,
    ATTR_MEDIA_ALBUM_NAME,
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_DURATION,
    ATTR_MEDIA_ENQUEUE,
    ATTR_MEDIA_PLAYLIST,
    ATTR_MEDIA_POSITION,
    ATTR_MEDIA_POSITION_UPDATED_AT,
    ATTR_MEDIA_REPEAT,
    ATTR_MEDIA_SEEK_POSITION,
    ATTR_MEDIA_SERIES_TITLE,
    ATTR_MEDIA_SHUFFLE,
    ATTR_MEDIA_TITLE,
    ATTR_MEDIA_VOLUME_LEVEL,
    ATTR_MEDIA_VOLUME_MUTED,
    DOMAIN as MP_DOMAIN,
    SERVICE_PLAY_MEDIA,
    SERVICE_SEARCH_MEDIA,
    SERVICE_SELECT_SOURCE,
    MediaClass,
    MediaPlayerEnqueue,
)
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import (
    ATTR_ENTITY_ID,
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
    STATE_UNAVAILABLE,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import (
    entity_registry as er,
    intent,
    issue_registry as ir,
    llm,
)
from homeassistant.setup import async_setup_component

from custom_components.encore.const import CONF_DEFAULT_DEVICE, DOMAIN
from custom_components.encore.spotify.search import async_search
from fakes.spotify.faults import respond, slow
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import USER_ID, advance

ENTITY = "media_player.ada_listener"
RATE_SENSOR = "sensor.ada_listener_spotify_rate_limited_until"
IDLE_POLL = timedelta(seconds=121)


def desktop(user: FakeUser) -> str:
    """Return the id of the seeded computer."""
    device_id = next(d.id for d in user.player.devices if d.name == "DESKTOP-ENCORE")
    assert device_id is not None
    return device_id


def road_trip(user: FakeUser) -> str:
    """Return the URI of the seeded "Road Trip" playlist (60 entries)."""
    return next(
        f"spotify:playlist:{playlist.id}"
        for playlist in user.catalog.playlists.values()
        if playlist.name == "Road Trip"
    )


async def call(hass: HomeAssistant, service: str, **data: Any) -> None:
    """Call a media_player service on the Spotify player."""
    await hass.services.async_call(
        MP_DOMAIN, service, {ATTR_ENTITY_ID: ENTITY, **data}, blocking=True
    )


@pytest.fixture(autouse=True)
async def media_player_first(hass: HomeAssistant) -> None:
    """Load media_player (its image proxy view) before anything freezes HTTP."""
    assert await async_setup_component(hass, MP_DOMAIN, {})


@pytest.fixture
async def playing(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> MockConfigEntry:
    """Start the Road Trip playlist on the computer from another app; let Encore see it."""
    spotify_user.player.external_play(
        context_uri=road_trip(spotify_user), device_id=desktop(spotify_user)
    )
    await advance(hass, freezer, IDLE_POLL)
    assert hass.states.get(ENTITY).state == STATE_PLAYING
    return loaded_entry


async def test_idle_account(
    hass: HomeAssistant, fake_spotify: FakeSpotify, loaded_entry: MockConfigEntry
) -> None:
    """Nothing plays: idle, with the devices as sources."""
    state = hass.states.get(ENTITY)
    assert state.state == STATE_IDLE
    assert state.attributes[ATTR_INPUT_SOURCE_LIST] == [
        "DESKTOP-ENCORE",
        "Pixel 8",
        "Kitchen",
    ]
    entry = er.async_get(hass).async_get(ENTITY)
    assert entry.unique_id == USER_ID
    assert entry.translation_key == "spotify"


async def test_state_of_what_plays_elsewhere(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Track, artists, album, cover (proxied), duration, position, device, playlist."""
    player = spotify_user.player
    state = hass.states.get(ENTITY)
    track = fake_spotify.catalog.item_json(player.current_uri)
    assert state.attributes[ATTR_MEDIA_TITLE] == track["name"]
    assert state.attributes[ATTR_MEDIA_ARTIST] == ", ".join(
        artist["name"] for artist in track["artists"]
    )
    assert state.attributes[ATTR_MEDIA_ALBUM_NAME] == track["album"]["name"]
    assert state.attributes[ATTR_MEDIA_CONTENT_ID] == track["uri"]
    assert state.attributes[ATTR_MEDIA_CONTENT_TYPE] == "music"
    assert state.attributes[ATTR_MEDIA_DURATION] == track["duration_ms"] // 1000
    assert state.attributes[ATTR_MEDIA_POSITION] == player.progress_ms // 1000
    assert state.attributes[ATTR_MEDIA_POSITION_UPDATED_AT] is not None
    assert state.attributes[ATTR_INPUT_SOURCE] == "DESKTOP-ENCORE"
    assert state.attributes[ATTR_MEDIA_PLAYLIST] == "Road Trip"
    assert state.attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.69
    # The cover goes through Home Assistant's proxy, not straight to Spotify.
    assert state.attributes["entity_picture"].startswith(
        f"/api/media_player_proxy/{ENTITY}"
    )
    # The playlist's name was read once, not on every poll.
    assert len(fake_spotify.calls_for(r"^/v1/playlists/[^/]+/?$")) == 1


async def test_transport_commands(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Pause, play, stop, next, previous, seek: each reaches Spotify and shows at once."""
    player = spotify_user.player

    await call(hass, SERVICE_MEDIA_PAUSE)
    assert not player.is_playing
    assert hass.states.get(ENTITY).state == STATE_PAUSED  # before any poll

    await call(hass, SERVICE_MEDIA_PLAY)
    assert player.is_playing
    assert hass.states.get(ENTITY).state == STATE_PLAYING

    first = player.current_uri
    await call(hass, SERVICE_MEDIA_NEXT_TRACK)
    assert player.current_uri != first
    await advance(hass, freezer, timedelta(seconds=2))
    assert (
        hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] == player.current_uri
    )

    await call(hass, SERVICE_MEDIA_PREVIOUS_TRACK)
    await advance(hass, freezer, timedelta(seconds=2))
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] == first

    await call(hass, SERVICE_MEDIA_SEEK, **{ATTR_MEDIA_SEEK_POSITION: 42})
    assert player.progress_ms == 42_000
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_POSITION] == 42

    await call(hass, SERVICE_MEDIA_STOP)
    assert not player.is_playing
    assert hass.states.get(ENTITY).state == STATE_PAUSED


async def test_volume_mute_shuffle_repeat(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Volume set and step; mute remembers the level; shuffle; repeat modes."""
    device = spotify_user.player.device(desktop(spotify_user))

    await call(hass, SERVICE_VOLUME_SET, **{ATTR_MEDIA_VOLUME_LEVEL: 0.4})
    assert device.volume_percent == 40
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.4
    await call(hass, SERVICE_VOLUME_UP)
    assert device.volume_percent == 50
    await call(hass, SERVICE_VOLUME_DOWN)
    assert device.volume_percent == 40

    await call(hass, SERVICE_VOLUME_MUTE, **{ATTR_MEDIA_VOLUME_MUTED: True})
    assert device.volume_percent == 0
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_VOLUME_MUTED] is True
    await call(hass, SERVICE_VOLUME_MUTE, **{ATTR_MEDIA_VOLUME_MUTED: True})
    await call(hass, SERVICE_VOLUME_MUTE, **{ATTR_MEDIA_VOLUME_MUTED: False})
    assert device.volume_percent == 40
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_VOLUME_MUTED] is False

    await call(hass, SERVICE_SHUFFLE_SET, **{ATTR_MEDIA_SHUFFLE: True})
    assert spotify_user.player.shuffle_state is True
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_SHUFFLE] is True
    for mode, spotify_mode in (("one", "track"), ("all", "context"), ("off", "off")):
        await call(hass, SERVICE_REPEAT_SET, **{ATTR_MEDIA_REPEAT: mode})
        assert spotify_user.player.repeat_state == spotify_mode
        assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_REPEAT] == mode
    # Confirmation polls agree with what the entity showed.
    await advance(hass, freezer, timedelta(seconds=3))
    state = hass.states.get(ENTITY)
    assert state.attributes[ATTR_MEDIA_VOLUME_LEVEL] == 0.4
    assert state.attributes[ATTR_MEDIA_SHUFFLE] is True


async def test_volume_on_a_device_without_volume_control(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """The phone does not let Spotify change its volume: a clear message, nothing sent."""
    phone = next(d for d in spotify_user.player.devices if d.name == "Pixel 8")
    spotify_user.player.external_play(
        context_uri=road_trip(spotify_user), device_id=phone.id
    )
    await advance(hass, freezer, IDLE_POLL)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, SERVICE_VOLUME_SET, **{ATTR_MEDIA_VOLUME_LEVEL: 0.3})
    assert err.value.translation_key == "volume_not_supported"
    assert phone.volume_percent == 100


async def test_track_end_is_seen_within_seconds(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """The coordinator wakes just after the track should end, not 30 s later."""
    player = spotify_user.player
    first = player.current_uri
    remaining = player.remaining_ms()
    assert remaining is not None
    # Walk through the track in steps, as time passes in a house.
    step = timedelta(seconds=0.5)
    waited = timedelta(0)
    while waited < timedelta(milliseconds=remaining):
        await advance(hass, freezer, step)
        waited += step
    end = waited
    seen_after = None
    for _ in range(12):
        await advance(hass, freezer, step)
        waited += step
        if hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] != first:
            seen_after = waited - end
            break
    assert seen_after is not None
    assert seen_after <= timedelta(seconds=3)
    assert (
        hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] == player.current_uri
    )


async def test_optimistic_state_survives_a_poll_that_was_already_out(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """A poll answered before a command must not undo the command's expected state."""
    stale = spotify_user.player.state_json({"track", "episode"})
    fake_spotify.faults.add(
        slow(0.3, then=respond(200, json=stale)), path="^/v1/me/player/?$"
    )
    coordinator = playing.runtime_data.account.playback
    poll = hass.async_create_task(coordinator.async_refresh())
    await call(hass, SERVICE_MEDIA_PAUSE)
    await poll
    assert hass.states.get(ENTITY).state == STATE_PAUSED


async def test_a_player_stuck_at_the_end_of_a_track_is_not_hammered(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Spotify reports "playing" at the very end, forever: back off to the ceiling."""
    body = spotify_user.player.state_json({"track", "episode"})
    body["progress_ms"] = body["item"]["duration_ms"]
    spotify_user.player.load_playback(body, verbatim=True)
    await advance(hass, freezer, timedelta(minutes=2, seconds=1))
    fake_spotify.reset_calls()
    for _ in range(40):
        await advance(hass, freezer, timedelta(seconds=15))
    assert len(fake_spotify.calls_for(r"^/v1/me/player/?$")) <= 6


async def test_idle_polling_budget(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """An idle account alone on its app spends at most half the hourly budget.

    1,000 requests a day less the reserve is about 40 an hour; idle accounts
    share half of it, so that playing and commands find the rest.
    """
    fake_spotify.reset_calls()
    for _ in range(60):
        await advance(hass, freezer, timedelta(minutes=1))
    assert len(fake_spotify.calls) <= 21
    assert len(fake_spotify.calls_for(r"^/v1/me/player/?$")) >= 15


async def test_play_media_uris_and_links(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Spotify URIs, open.spotify.com links (query stripped), albums, Liked Songs."""
    player = spotify_user.player
    album = next(iter(fake_spotify.catalog.albums.values()))
    track_id = album.track_ids[0]

    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "music",
            ATTR_MEDIA_CONTENT_ID: f"https://open.spotify.com/track/{track_id}?si=abc",
        },
    )
    assert player.current_uri == f"spotify:track:{track_id}"
    await advance(hass, freezer, timedelta(seconds=2))
    assert (
        hass.states.get(ENTITY).attributes[ATTR_MEDIA_CONTENT_ID] == player.current_uri
    )

    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "album",
            ATTR_MEDIA_CONTENT_ID: f"spotify:album:{album.id}",
        },
    )
    assert player.context_uri == f"spotify:album:{album.id}"
    await advance(hass, freezer, timedelta(seconds=2))
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_PLAYLIST] == album.name

    liked = f"spotify:user:{USER_ID}:collection"
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{ATTR_MEDIA_CONTENT_TYPE: "playlist", ATTR_MEDIA_CONTENT_ID: liked},
    )
    assert player.context_uri == liked
    await advance(hass, freezer, timedelta(seconds=2))
    assert hass.states.get(ENTITY).attributes[ATTR_MEDIA_PLAYLIST] == "Liked Songs"


async def test_enqueue_modes(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Add and next queue single items; replace and play start at once."""
    player = spotify_user.player
    tracks = list(fake_spotify.catalog.tracks)
    for mode in (MediaPlayerEnqueue.ADD, MediaPlayerEnqueue.NEXT):
        await call(
            hass,
            SERVICE_PLAY_MEDIA,
            **{
                ATTR_MEDIA_CONTENT_TYPE: "music",
                ATTR_MEDIA_CONTENT_ID: f"spotify:track:{tracks[1]}",
                ATTR_MEDIA_ENQUEUE: mode,
            },
        )
    assert player.queue == [f"spotify:track:{tracks[1]}"] * 2
    for mode in (MediaPlayerEnqueue.PLAY, MediaPlayerEnqueue.REPLACE):
        await call(
            hass,
            SERVICE_PLAY_MEDIA,
            **{
                ATTR_MEDIA_CONTENT_TYPE: "music",
                ATTR_MEDIA_CONTENT_ID: f"spotify:track:{tracks[2]}",
                ATTR_MEDIA_ENQUEUE: mode,
            },
        )
        assert player.current_uri == f"spotify:track:{tracks[2]}"
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            SERVICE_PLAY_MEDIA,
            **{
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: road_trip(spotify_user),
                ATTR_MEDIA_ENQUEUE: MediaPlayerEnqueue.ADD,
            },
        )
    assert err.value.translation_key == "queue_only_items"


@pytest.mark.parametrize(
    ("media_id", "key"),
    [
        ("https://example.com/song.mp3", "unsupported_media"),
        ("spotify:genre:rock", "unsupported_media"),
        ("media-source://media_source/local/song.mp3", "media_source_unsupported"),
    ],
)
async def test_play_media_rejects_what_it_cannot_play(
    hass: HomeAssistant, playing: MockConfigEntry, media_id: str, key: str
) -> None:
    """Anything but Spotify items gets a message that says so."""
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            SERVICE_PLAY_MEDIA,
            **{ATTR_MEDIA_CONTENT_TYPE: "music", ATTR_MEDIA_CONTENT_ID: media_id},
        )
    assert err.value.translation_key == key


@pytest.mark.parametrize(
    "media_id",
    ["spotify:track:0000000000000000000000", "spotify:album:0000000000000000000000"],
)
async def test_play_media_of_something_spotify_does_not_have(
    hass: HomeAssistant, playing: MockConfigEntry, media_id: str
) -> None:
    """A well-formed URI Spotify does not know: "nothing to play there"."""
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            SERVICE_PLAY_MEDIA,
            **{ATTR_MEDIA_CONTENT_TYPE: "music", ATTR_MEDIA_CONTENT_ID: media_id},
        )
    assert err.value.translation_key == "content_not_found"
    assert err.value.translation_placeholders == {"media_id": media_id}


async def test_episodes_are_first_class(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """A podcast episode shows its show and plays by URI."""
    episode_id, _episode = next(iter(fake_spotify.catalog.episodes.items()))
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "episode",
            ATTR_MEDIA_CONTENT_ID: f"spotify:episode:{episode_id}",
        },
    )
    await advance(hass, freezer, timedelta(seconds=2))
    state = hass.states.get(ENTITY)
    body = fake_spotify.catalog.item_json(f"spotify:episode:{episode_id}")
    assert state.attributes[ATTR_MEDIA_CONTENT_TYPE] == "episode"
    assert state.attributes[ATTR_MEDIA_TITLE] == body["name"]
    assert state.attributes[ATTR_MEDIA_SERIES_TITLE] == body["show"]["name"]
    assert state.attributes[ATTR_MEDIA_ALBUM_NAME] == body["show"]["name"]


async def test_ads_and_unknown_items_are_shown_as_such(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """An ad or an unknown item is a state, not an error."""
    spotify_user.player.start_ad(600_000)
    await advance(hass, freezer, timedelta(minutes=2, seconds=1))
    state = hass.states.get(ENTITY)
    assert state.state == STATE_PLAYING
    assert state.attributes[ATTR_MEDIA_TITLE] == "Advertisement"
    assert state.attributes[ATTR_MEDIA_CONTENT_TYPE] == "ad"

    spotify_user.player.end_interruption()
    spotify_user.player.start_unknown(600_000)
    await advance(hass, freezer, timedelta(minutes=2, seconds=1))
    state = hass.states.get(ENTITY)
    assert state.attributes[ATTR_MEDIA_TITLE] == "Unknown item"


async def test_select_source(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Move playback; a missing device lists those that are there; restricted refuses."""
    fake_spotify.reset_calls()
    await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Pixel 8"})
    assert spotify_user.player.active_device.name == "Pixel 8"
    assert hass.states.get(ENTITY).attributes[ATTR_INPUT_SOURCE] == "Pixel 8"
    # The device list was refreshed on demand.
    assert len(fake_spotify.calls_for("^/v1/me/player/devices")) == 1

    with pytest.raises(ServiceValidationError) as err:
        await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Bathroom"})
    assert err.value.translation_key == "device_not_found"
    assert err.value.translation_placeholders == {
        "device": "Bathroom",
        "devices": "DESKTOP-ENCORE, Kitchen, Pixel 8",
    }
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, SERVICE_SELECT_SOURCE, **{ATTR_INPUT_SOURCE: "Kitchen"})
    assert err.value.translation_key == "restricted_device_source"


async def test_no_active_device_uses_the_default_device(
    hass: HomeAssistant,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """With nothing active, playback goes to the device chosen in the options."""
    hass.config_entries.async_update_entry(
        loaded_entry, options={CONF_DEFAULT_DEVICE: "Pixel 8"}
    )
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "playlist",
            ATTR_MEDIA_CONTENT_ID: road_trip(spotify_user),
        },
    )
    assert spotify_user.player.active_device.name == "Pixel 8"


async def test_no_active_device_uses_the_last_used_device(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Without a default, the device this account last played on is used."""
    spotify_user.player.end_session()
    await advance(hass, freezer, timedelta(minutes=3))
    assert hass.states.get(ENTITY).state == STATE_IDLE
    # Nothing to resume: a message that says so, not a device error.
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, SERVICE_MEDIA_PLAY)
    assert err.value.translation_key == "nothing_to_resume"
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "playlist",
            ATTR_MEDIA_CONTENT_ID: road_trip(spotify_user),
        },
    )
    assert spotify_user.player.active_device.name == "DESKTOP-ENCORE"
    assert spotify_user.player.is_playing


async def test_no_active_device_and_no_choice(
    hass: HomeAssistant, spotify_user: FakeUser, loaded_entry: MockConfigEntry
) -> None:
    """Two devices could play: Encore asks instead of picking the first of the list."""
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            SERVICE_PLAY_MEDIA,
            **{
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: road_trip(spotify_user),
            },
        )
    assert err.value.translation_key == "choose_device"
    assert err.value.translation_placeholders == {"devices": "DESKTOP-ENCORE, Pixel 8"}
    assert spotify_user.player.active_device is None

    spotify_user.player.remove_device(
        next(d.id for d in spotify_user.player.devices if d.name == "Pixel 8")
    )
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "playlist",
            ATTR_MEDIA_CONTENT_ID: road_trip(spotify_user),
        },
    )
    assert spotify_user.player.active_device.name == "DESKTOP-ENCORE"


async def test_no_device_at_all(
    hass: HomeAssistant, spotify_user: FakeUser, loaded_entry: MockConfigEntry
) -> None:
    """Only a restricted speaker is around: say how to wake a device."""
    for device in list(spotify_user.player.devices):
        if not device.is_restricted:
            spotify_user.player.remove_device(device.id)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, SERVICE_MEDIA_PLAY)
    assert err.value.translation_key == "no_device"
    assert err.value.translation_placeholders == {"devices": "Kitchen"}


async def test_followed_playlists_play_but_do_not_open(
    hass: HomeAssistant,
    hass_ws_client: Any,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Issue 34.3: a playlist the user only follows is listed as play-only.

    Spotify answers 403 to its items for a Development-Mode app; a
    collaborative one opens; any of them plays by its URI.
    """
    client = await hass_ws_client(hass)

    async def browse(content_id: str) -> dict[str, Any]:
        await client.send_json_auto_id(
            {
                "type": "media_player/browse_media",
                "entity_id": ENTITY,
                "media_content_id": content_id,
                "media_content_type": "app",
            }
        )
        return dict(await client.receive_json())

    playlists = await browse("encore:spotify:playlists")
    entries = {child["title"]: child for child in playlists["result"]["children"]}
    followed = entries["Indie Gems"]
    assert (followed["can_play"], followed["can_expand"]) == (True, False)
    assert entries["Party Planning"]["can_expand"] is True
    assert entries["Road Trip"]["can_expand"] is True
    fake_spotify.reset_calls()
    refused = await browse(followed["media_content_id"])
    assert not refused["success"]
    assert "is a playlist you follow" in refused["error"]["message"]
    assert not fake_spotify.calls_for(r"/items$")  # not asked: Spotify would refuse
    collab = await browse(entries["Party Planning"]["media_content_id"])
    assert len(collab["result"]["children"]) == 15
    await call(
        hass,
        SERVICE_PLAY_MEDIA,
        **{
            ATTR_MEDIA_CONTENT_TYPE: "playlist",
            ATTR_MEDIA_CONTENT_ID: followed["media_content_id"],
        },
    )
    assert spotify_user.player.context_uri == followed["media_content_id"]


async def test_browse_library(
    hass: HomeAssistant,
    hass_ws_client: Any,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Every library folder, paged beyond 48 items, and the items inside."""
    client = await hass_ws_client(hass)

    async def browse(content_id: str | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "media_player/browse_media",
            "entity_id": ENTITY,
        }
        if content_id:
            message |= {"media_content_id": content_id, "media_content_type": "app"}
        await client.send_json_auto_id(message)
        response = await client.receive_json()
        assert response["success"], response
        return response["result"]

    root = await browse()
    folders = {child["title"]: child["media_content_id"] for child in root["children"]}
    assert list(folders) == [
        "Playlists",
        "Liked Songs",
        "Albums",
        "Artists",
        "Podcasts",
        "Saved episodes",
        "Audiobooks",
        "Recently played",
        "Queue",
        "Top artists",
        "Top tracks",
    ]
    expected = {
        "Playlists": len(spotify_user.library.playlist_ids),
        "Liked Songs": 120,
        "Albums": 60,
        "Artists": 60,
        "Podcasts": 55,
        "Saved episodes": 60,
        "Audiobooks": 2,
        "Recently played": 50,
    }
    for title, count in expected.items():
        node = await browse(folders[title])
        assert len(node["children"]) == count, title
    liked = await browse(folders["Liked Songs"])
    assert liked["can_play"] is True
    assert liked["media_content_id"] == f"spotify:user:{USER_ID}:collection"

    playlist = await browse(road_trip(spotify_user))
    assert playlist["title"] == "Road Trip"
    # 60 entries; a local file cannot be played through the Web API and is left out.
    assert len(playlist["children"]) == 59
    assert {child["media_class"] for child in playlist["children"]} == {
        "track",
        "episode",
    }

    artist_id = spotify_user.library.followed_artists[0]
    artist = await browse(f"spotify:artist:{artist_id}")
    assert artist["children"]
    album = await browse(artist["children"][0]["media_content_id"])
    assert album["children"][0]["media_class"] == "track"
    show = await browse(f"spotify:show:{spotify_user.library.saved_shows[0].id}")
    assert show["children"][0]["media_class"] == "episode"

    await client.send_json_auto_id(
        {
            "type": "media_player/browse_media",
            "entity_id": ENTITY,
            "media_content_id": "encore:spotify:nothing",
            "media_content_type": "app",
        }
    )
    response = await client.receive_json()
    assert not response["success"]


async def test_search_media(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """Search honours filters; an exact name comes first."""
    result = await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_SEARCH_MEDIA,
        {ATTR_ENTITY_ID: ENTITY, "search_query": "Daft Punk"},
        blocking=True,
        return_response=True,
    )
    items = result[ENTITY].result
    assert items[0].title == "Daft Punk"
    assert items[0].media_class == MediaClass.ARTIST
    assert all(item.can_play for item in items)

    result = await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_SEARCH_MEDIA,
        {
            ATTR_ENTITY_ID: ENTITY,
            "search_query": "Get Lucky",
            "media_filter_classes": ["track"],
        },
        blocking=True,
        return_response=True,
    )
    items = result[ENTITY].result
    assert {item.media_class for item in items} == {MediaClass.TRACK}
    assert items[0].title.startswith("Get Lucky")
    # Spotify caps a page at 10 results per kind since 2026.
    assert all(
        int(call.query["limit"]) <= 10 for call in fake_spotify.calls_for("^/v1/search")
    )


async def test_search_reads_more_pages_when_asked(
    hass: HomeAssistant, fake_spotify: FakeSpotify, loaded_entry: MockConfigEntry
) -> None:
    """Asking for 25 tracks takes three requests of at most 10."""
    fake_spotify.reset_calls()
    items = await async_search(
        loaded_entry.runtime_data.account.client, "the", [MediaClass.TRACK], limit=25
    )
    assert len(items) == 25
    offsets = [
        int(call.query.get("offset", 0))
        for call in fake_spotify.calls_for("^/v1/search")
    ]
    assert offsets == [0, 10, 20]


async def test_search_and_play_intent(
    hass: HomeAssistant,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """ "Play Daft Punk on Ada Listener" through Home Assistant's built-in intent."""
    assert await async_setup_component(hass, "intent", {})
    await hass.async_block_till_done()
    hass.config_entries.async_update_entry(
        loaded_entry, options={CONF_DEFAULT_DEVICE: "DESKTOP-ENCORE"}
    )
    response = await intent.async_handle(
        hass,
        "test",
        "HassMediaSearchAndPlay",
        {"search_query": {"value": "Daft Punk"}, "name": {"value": "Ada Listener"}},
    )
    assert response.response_type is intent.IntentResponseType.ACTION_DONE
    assert spotify_user.player.is_playing
    assert spotify_user.player.context_uri.startswith("spotify:artist:")
    assert response.speech_slots["media"]["title"] == "Daft Punk"


async def test_llm_search_and_play_tools(
    hass: HomeAssistant,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """An LLM agent finds and plays music with media_player's Assist tools."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "intent", {})
    assert await async_setup_component(hass, "llm", {})
    await hass.async_block_till_done()
    hass.config_entries.async_update_entry(
        loaded_entry, options={CONF_DEFAULT_DEVICE: "DESKTOP-ENCORE"}
    )
    context = llm.LLMContext(
        platform="test",
        context=None,
        language="en",
        assistant="conversation",
        device_id=None,
    )
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, context)
    names = {tool.name for tool in api.tools}
    assert {"media_player__search_media", "media_player__play_media"} <= names

    found = await api.async_call_tool(
        llm.ToolInput(
            tool_name="media_player__search_media",
            tool_args={
                "search_query": "Random Access Memories",
                "player_name": "Ada Listener",
            },
        )
    )
    album = next(r for r in found.data["results"] if r["media_class"] == "album")
    await api.async_call_tool(
        llm.ToolInput(
            tool_name="media_player__play_media",
            tool_args={
                "media_content_id": album["media_content_id"],
                "media_content_type": album["media_content_type"],
                "player_name": "Ada Listener",
            },
        )
    )
    assert spotify_user.player.context_uri == album["media_content_id"]


async def test_free_account_commands_raise_a_repair(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """Player commands need Premium: a translated error and a repair issue."""
    spotify_user.product = "free"
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_MEDIA_PAUSE)
    assert err.value.translation_key == "premium_required"
    issue_id = f"premium_required_{playing.entry_id}"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
    # The player keeps showing what plays: reading works without Premium.
    await advance(hass, freezer, timedelta(minutes=2))
    assert hass.states.get(ENTITY).state == STATE_PLAYING

    spotify_user.product = "premium"
    await call(hass, SERVICE_MEDIA_PAUSE)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


@pytest.mark.parametrize("status", [401, 403])
async def test_a_false_premium_required_is_retried_once(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    playing: MockConfigEntry,
    status: int,
) -> None:
    """Issue 34.3: Spotify's passing "Premium required" (401 or 403, July 2026).

    A valid command refused once and taken when repeated: retried at once,
    no error, no repair, no reauthentication.
    """
    message = "Player command failed: Premium required"
    if status == 401:
        fake_spotify.faults.unauthorized(message, path="/pause", times=1)
    else:
        fake_spotify.faults.forbidden(
            message, "PREMIUM_REQUIRED", path="/pause", times=1
        )
    fake_spotify.reset_calls()
    await call(hass, SERVICE_MEDIA_PAUSE)
    assert len(fake_spotify.calls_for(r"/me/player/pause$")) == 2
    assert hass.states.get(ENTITY).state == STATE_PAUSED
    issues = ir.async_get(hass).issues
    assert not [key for key in issues if key[1].startswith("premium_required")]
    assert playing.state is ConfigEntryState.LOADED
    assert not list(hass.config_entries.flow.async_progress_by_handler(DOMAIN))


async def test_restricted_device_command(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    playing: MockConfigEntry,
) -> None:
    """Spotify refuses a command for the device: say so."""
    fake_spotify.faults.forbidden(
        "Player command failed: Restriction violated", "UNKNOWN", path="/pause"
    )
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_MEDIA_PAUSE)
    assert err.value.translation_key == "restricted_device"


async def test_rate_limited_player_keeps_its_state_and_waits(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    playing: MockConfigEntry,
) -> None:
    """A 429 stops all polling until Retry-After; the entity shows its last state."""
    fake_spotify.faults.rate_limited(3600, path="^/v1/me/player/?$")
    spotify_user.player.external_pause()
    await advance(hass, freezer, timedelta(minutes=2, seconds=1))
    assert hass.states.get(RATE_SENSOR).state != "unknown"
    fake_spotify.reset_calls()
    for _ in range(55):
        await advance(hass, freezer, timedelta(minutes=1))
    assert fake_spotify.calls == []
    state = hass.states.get(ENTITY)
    assert state.state == STATE_PLAYING  # the last state Spotify gave
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, SERVICE_MEDIA_PLAY)
    assert err.value.translation_key == "rate_limited"

    await advance(hass, freezer, timedelta(minutes=6))
    assert hass.states.get(ENTITY).state == STATE_PAUSED
    assert hass.states.get(RATE_SENSOR).state == "unknown"


async def test_rate_limited_without_an_active_device_says_the_wait(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Nothing active and Spotify asking to wait: the wait, not "no device"."""
    fake_spotify.faults.rate_limited(86_400, path="^/v1/me/player")
    await advance(hass, freezer, timedelta(minutes=2, seconds=1))
    assert hass.states.get(RATE_SENSOR).state != "unknown"
    fake_spotify.reset_calls()
    for service, data in (
        (SERVICE_MEDIA_PLAY, {}),
        (
            SERVICE_PLAY_MEDIA,
            {
                ATTR_MEDIA_CONTENT_TYPE: "playlist",
                ATTR_MEDIA_CONTENT_ID: road_trip(spotify_user),
            },
        ),
    ):
        with pytest.raises(HomeAssistantError) as err:
            await call(hass, service, **data)
        assert err.value.translation_key == "rate_limited"
        assert "until" in (err.value.translation_placeholders or {})
    # Nothing was sent while the gate is closed.
    assert fake_spotify.calls == []


async def test_spotify_down_makes_the_player_unavailable_once(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    playing: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """5xx on every poll: unavailable with one log line, back by itself."""
    caplog.set_level(logging.INFO)
    rule = fake_spotify.faults.server_error(503, path="^/v1/me/player/?$", times=None)
    for _ in range(4):
        await advance(hass, freezer, timedelta(minutes=2, seconds=1))
    assert hass.states.get(ENTITY).state == STATE_UNAVAILABLE
    errors = [
        r for r in caplog.records if r.levelno >= logging.WARNING and "encore" in r.name
    ]
    assert len(errors) == 1
    fake_spotify.faults.remove(rule)
    # After a failure the player asks again at the idle wait of its plan.
    wait = playing.runtime_data.account.playback.plan.idle_wait
    await advance(hass, freezer, wait + timedelta(seconds=1))
    assert hass.states.get(ENTITY).state == STATE_PLAYING


async def test_unload_while_playing(
    hass: HomeAssistant, fake_spotify: FakeSpotify, playing: MockConfigEntry
) -> None:
    """Unloading stops the coordinator and removes the entity's listeners."""
    assert await hass.config_entries.async_unload(playing.entry_id)
    assert hass.states.get(ENTITY).state == STATE_UNAVAILABLE
