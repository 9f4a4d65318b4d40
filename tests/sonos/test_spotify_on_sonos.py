"""Spotify on Sonos: share links through the coordinator, search and browse via an account."""

from datetime import datetime, timedelta
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import (
    ATTR_GROUP_MEMBERS,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_ENQUEUE,
    ATTR_MEDIA_TITLE,
    DOMAIN as MP_DOMAIN,
    SERVICE_JOIN,
    SERVICE_PLAY_MEDIA,
    SERVICE_SEARCH_MEDIA,
    MediaClass,
    MediaPlayerEnqueue,
)
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    intent,
)
from homeassistant.helpers.translation import async_get_translations
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import CONF_SPOTIFY_ACCOUNT, DOMAIN
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from fakes.sonos import EmulatedHousehold, spotify_uri_from_sonos_uri
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser

from .common import (
    ALBUM_ID,
    KITCHEN,
    LIVING,
    PLAYLIST_ID,
    TRACK_ID,
    call,
    settle,
    state as state_of,
)

SECOND_TRACK = "1301WleyT98MSxVHPZCA6M"


async def play(
    hass: HomeAssistant,
    media_id: str,
    enqueue: MediaPlayerEnqueue | None = None,
    entity_id: str = LIVING,
) -> None:
    """Call play_media with a Spotify URI or link."""
    data: dict[str, Any] = {
        ATTR_MEDIA_CONTENT_ID: media_id,
        ATTR_MEDIA_CONTENT_TYPE: "music",
    }
    if enqueue is not None:
        data[ATTR_MEDIA_ENQUEUE] = enqueue
    await call(hass, SERVICE_PLAY_MEDIA, entity_id, **data)


def queue_uris(household: EmulatedHousehold, room: str = "Living Room") -> list[str]:
    """Return the Spotify URIs in a speaker's queue."""
    return [
        spotify_uri_from_sonos_uri(item.uri) or item.uri
        for item in household.speaker(room).queue
    ]


@pytest.mark.usefixtures("sonos_loaded")
async def test_share_links_and_enqueue_modes(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """URIs and links go into the queue; each enqueue mode does what it says."""
    living = sonos_household.speaker("Living Room")
    catalog = sonos_household.catalog
    album = catalog.container("album", ALBUM_ID)

    await play(hass, f"https://open.spotify.com/album/{ALBUM_ID}?si=abc")
    await settle(hass, sonos_household)
    assert queue_uris(sonos_household) == [
        f"spotify:track:{t}" for t in album.track_ids
    ]
    assert living.transport_state == "PLAYING"
    current = state_of(hass)
    assert current.attributes["source_kind"] == "spotify"
    assert (
        current.attributes[ATTR_MEDIA_CONTENT_ID]
        == f"spotify:track:{album.track_ids[0]}"
    )
    assert (
        current.attributes[ATTR_MEDIA_TITLE] == catalog.track(album.track_ids[0]).title
    )

    await play(hass, f"spotify:track:{TRACK_ID}", MediaPlayerEnqueue.ADD)
    assert queue_uris(sonos_household)[-1] == f"spotify:track:{TRACK_ID}"
    await settle(hass, sonos_household)
    assert living.playback.track_index == 0

    await play(hass, f"spotify:track:{SECOND_TRACK}", MediaPlayerEnqueue.NEXT)
    assert queue_uris(sonos_household)[1] == f"spotify:track:{SECOND_TRACK}"
    await settle(hass, sonos_household)
    assert living.playback.track_index == 0

    await play(hass, f"spotify:playlist:{PLAYLIST_ID}", MediaPlayerEnqueue.PLAY)
    await settle(hass, sonos_household)
    playlist = catalog.container("playlist", PLAYLIST_ID)
    uris = queue_uris(sonos_household)
    assert uris[1 : 1 + len(playlist.track_ids)] == [
        f"spotify:track:{t}" for t in playlist.track_ids
    ]
    assert living.playback.track_index == 1
    assert state_of(hass).attributes[ATTR_MEDIA_CONTENT_ID] == uris[1]

    await play(hass, f"spotify:track:{TRACK_ID}", MediaPlayerEnqueue.REPLACE)
    await settle(hass, sonos_household)
    assert queue_uris(sonos_household) == [f"spotify:track:{TRACK_ID}"]
    assert living.transport_state == "PLAYING"


@pytest.mark.usefixtures("sonos_loaded")
async def test_spotify_through_a_group_member(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Played on a member, a share link goes into the coordinator's queue."""
    await call(hass, SERVICE_JOIN, LIVING, **{ATTR_GROUP_MEMBERS: [KITCHEN]})
    await settle(hass, sonos_household)
    await play(hass, f"spotify:track:{TRACK_ID}", entity_id=KITCHEN)
    await settle(hass, sonos_household)
    assert queue_uris(sonos_household) == [f"spotify:track:{TRACK_ID}"]
    assert queue_uris(sonos_household, "Kitchen") == []
    assert state_of(hass, KITCHEN).attributes[ATTR_MEDIA_CONTENT_ID] == (
        f"spotify:track:{TRACK_ID}"
    )


async def test_spotify_not_linked_in_sonos(
    hass: HomeAssistant,
    sonos_household: EmulatedHousehold,
    sonos_loaded: MockConfigEntry,
) -> None:
    """UPnP error 800 from the coordinator: link Spotify in the Sonos app."""
    await async_get_translations(hass, "en", "exceptions", [DOMAIN])
    sonos_household.unlink_spotify()
    with pytest.raises(HomeAssistantError) as err:
        await play(hass, f"spotify:album:{ALBUM_ID}")
    assert err.value.translation_key == "sonos_spotify_not_linked"
    assert "Settings > Services & Voice > Add a service" in str(err.value)
    # ShareLinkPlugin tried "Spotify", then "Spotify US".
    living = sonos_household.speaker("Living Room")
    assert len(living.actions_named("AddURIToQueue")) == 2


@pytest.mark.usefixtures("sonos_loaded")
async def test_800_from_a_speaker_that_is_no_coordinator(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Encore's groups were out of date: say so, after reading them again."""
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    # Grouped behind Encore's back with the topology event lost.
    for speaker in sonos_household.speakers:
        speaker.stop_events()
    sonos_household.join(living, kitchen)
    with pytest.raises(HomeAssistantError) as err:
        await play(hass, f"spotify:track:{TRACK_ID}")
    assert err.value.translation_key == "sonos_not_coordinator"
    # Encore read the groups: the next try goes to the coordinator.
    await play(hass, f"spotify:track:{TRACK_ID}")
    assert queue_uris(sonos_household, "Kitchen") == [f"spotify:track:{TRACK_ID}"]


async def test_artist_plays_its_albums_through_the_account(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
    sonos_loaded: MockConfigEntry,
    sonos_household: EmulatedHousehold,
) -> None:
    """An artist has no share link: Encore queues the artist's albums."""
    artist = next(
        a for a in fake_spotify.catalog.artists.values() if a.name == "Daft Punk"
    )
    await play(hass, f"spotify:artist:{artist.id}")
    await settle(hass, sonos_household)
    living = sonos_household.speaker("Living Room")
    assert living.transport_state == "PLAYING"
    sources = {item.source_uri for item in living.queue}
    assert len(sources) == 3  # Daft Punk's two albums and a single
    assert fake_spotify.calls_for(f"^/v1/artists/{artist.id}/albums")


@pytest.mark.usefixtures("sonos_loaded")
async def test_search_and_artists_need_a_spotify_account(hass: HomeAssistant) -> None:
    """Without a Spotify account in Encore: a message that says what to do."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_SEARCH_MEDIA,
            {ATTR_ENTITY_ID: LIVING, "search_query": "Daft Punk"},
            blocking=True,
            return_response=True,
        )
    assert err.value.translation_key == "sonos_search_needs_account"
    with pytest.raises(ServiceValidationError) as err:
        await play(hass, "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi")
    assert err.value.translation_key == "sonos_artist_needs_account"


async def test_search_through_the_account(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    sonos_loaded: MockConfigEntry,
) -> None:
    """Search on a Sonos player searches Spotify's catalog; filters apply."""
    result = await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_SEARCH_MEDIA,
        {
            ATTR_ENTITY_ID: LIVING,
            "search_query": "Get Lucky",
            "media_filter_classes": ["track"],
        },
        blocking=True,
        return_response=True,
    )
    items = result[LIVING].result
    assert items
    assert {item.media_class for item in items} == {MediaClass.TRACK}
    assert items[0].media_content_id.startswith("spotify:track:")


async def test_play_daft_punk_in_the_kitchen(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    sonos_loaded: MockConfigEntry,
    sonos_household: EmulatedHousehold,
    area_registry: ar.AreaRegistry,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """ "Play Daft Punk in the kitchen" with Home Assistant's built-in intent."""
    assert await async_setup_component(hass, "intent", {})
    await hass.async_block_till_done()
    kitchen = sonos_household.speaker("Kitchen")
    area = area_registry.async_get_or_create("Kitchen")
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, kitchen.uid), sonos_loaded.entry_id
    )
    assert device is not None
    device_registry.async_update_device(device.id, area_id=area.id)

    response = await intent.async_handle(
        hass,
        "test",
        "HassMediaSearchAndPlay",
        {"search_query": {"value": "Daft Punk"}, "area": {"value": "kitchen"}},
    )
    assert response.response_type is intent.IntentResponseType.ACTION_DONE
    assert response.speech_slots["media"]["title"] == "Daft Punk"
    await settle(hass, sonos_household)
    assert kitchen.transport_state == "PLAYING"
    assert kitchen.queue
    assert sonos_household.speaker("Living Room").queue == []
    assert state_of(hass, KITCHEN).attributes["source_kind"] == "spotify"


async def test_browse_spotify_and_choose_the_account(
    hass: HomeAssistant,
    hass_ws_client: Any,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
    sonos_loaded: MockConfigEntry,
) -> None:
    """The account's library appears under Spotify; its items play on Sonos."""
    client = await hass_ws_client(hass)

    async def browse(content_id: str | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "media_player/browse_media",
            "entity_id": LIVING,
        }
        if content_id:
            message |= {"media_content_id": content_id, "media_content_type": "app"}
        await client.send_json_auto_id(message)
        response = await client.receive_json()
        assert response["success"], response
        result: dict[str, Any] = response["result"]
        return result

    root = await browse()
    spotify = root["children"][-1]
    assert spotify["title"] == "Spotify (Ada Listener)"
    library = await browse(spotify["media_content_id"])
    folders = {c["title"]: c["media_content_id"] for c in library["children"]}
    assert "Playlists" in folders
    playlists = await browse(folders["Playlists"])
    assert all(c["can_play"] for c in playlists["children"])
    liked = await browse(folders["Liked Songs"])
    # No share link exists for Liked Songs: browsable, not playable on Sonos.
    assert liked["can_play"] is False
    assert liked["children"][0]["can_play"] is True

    hass.config_entries.async_update_entry(
        sonos_loaded, options={CONF_SPOTIFY_ACCOUNT: loaded_entry.entry_id}
    )
    assert (await browse())["children"][-1]["title"] == "Spotify (Ada Listener)"
    hass.config_entries.async_update_entry(
        sonos_loaded, options={CONF_SPOTIFY_ACCOUNT: "not-loaded"}
    )
    assert (await browse())["children"][-1]["title"] == "Spotify (Ada Listener)"


@pytest.mark.usefixtures("sonos_loaded")
async def test_800s_relatives(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Other 8xx answers for a Spotify item also point at the Sonos app."""
    living = sonos_household.speaker("Living Room")
    living.fail_action("AVTransport", "AddURIToQueue", 804, times=None)
    with pytest.raises(HomeAssistantError) as err:
        await play(hass, f"spotify:track:{TRACK_ID}")
    assert err.value.translation_key == "sonos_spotify_not_linked"
    assert err.value.translation_placeholders == {
        "speaker": "Living Room",
        "code": "804",
    }
    living.clear_faults()
    # The plugin tries "Spotify", then "Spotify US": it raises the last answer.
    living.fail_action("AVTransport", "AddURIToQueue", 701, times=None)
    with pytest.raises(HomeAssistantError) as err:
        await play(hass, f"spotify:track:{TRACK_ID}")
    assert err.value.translation_key == "sonos_transition_unavailable"


@pytest.mark.usefixtures("sonos_loaded")
async def test_songs_from_the_history_queue_in_order(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """A folder of Encore's media source becomes share links, most played first."""
    assert await async_setup_component(hass, "media_source", {})
    now = dt_util.now()
    # SECOND_TRACK played twice, TRACK_ID once: that is the folder's order.
    records = [
        PlayRecord(
            account="ada",
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(now - timedelta(hours=hours)),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=title,
            artist="Artist",
            album="Album",
            item_uri=f"spotify:track:{track}",
        )
        for hours, track, title in (
            (1, SECOND_TRACK, "Second"),
            (2, SECOND_TRACK, "Second"),
            (3, TRACK_ID, "First"),
        )
    ]

    def write(conn: Any, state: WriterState) -> None:
        state.insert_records(conn, records)

    await async_get_manager(hass).async_write(write)

    await play(hass, "media-source://encore/everyone/on_repeat")
    await settle(hass, sonos_household)
    assert queue_uris(sonos_household) == [
        f"spotify:track:{SECOND_TRACK}",
        f"spotify:track:{TRACK_ID}",
    ]
    assert sonos_household.speaker("Living Room").transport_state == "PLAYING"

    await play(
        hass,
        f"media-source://encore/track/spotify:track:{TRACK_ID}",
        MediaPlayerEnqueue.ADD,
    )
    assert queue_uris(sonos_household)[-1] == f"spotify:track:{TRACK_ID}"


@pytest.mark.usefixtures("sonos_loaded")
async def test_a_recap_queues_in_order(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """A month's recap of the media source: its songs as share links, in its order."""
    assert await async_setup_component(hass, "media_source", {})
    march = dt_util.as_local(datetime(2024, 3, 10, 12, tzinfo=dt_util.UTC))
    # TRACK_ID three times in March 2024, SECOND_TRACK once; once in April.
    records = [
        PlayRecord(
            account="ada",
            source=Source.EXPORT_EXTENDED,
            ended_at=to_ms(when),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=title,
            artist="Artist",
            album="Album",
            item_uri=f"spotify:track:{track}",
        )
        for when, track, title in (
            (march, TRACK_ID, "First"),
            (march + timedelta(days=1), TRACK_ID, "First"),
            (march + timedelta(days=2), TRACK_ID, "First"),
            (march + timedelta(days=3), SECOND_TRACK, "Second"),
            (march + timedelta(days=30), SECOND_TRACK, "Second"),
            (march + timedelta(days=31), SECOND_TRACK, "Second"),
            (march + timedelta(days=32), SECOND_TRACK, "Second"),
        )
    ]

    def write(conn: Any, state: WriterState) -> None:
        state.insert_records(conn, records)

    await async_get_manager(hass).async_write(write)
    recap = await hass.services.async_call(
        DOMAIN,
        "recap",
        {"month": "2024-03", "everyone": True},
        blocking=True,
        return_response=True,
    )
    assert recap is not None
    await play(hass, "media-source://encore/everyone/recap/2024-03")
    await settle(hass, sonos_household)
    expected = [f"spotify:track:{TRACK_ID}", f"spotify:track:{SECOND_TRACK}"]
    assert queue_uris(sonos_household) == recap["music"]["song_uris"] == expected
    assert sonos_household.speaker("Living Room").transport_state == "PLAYING"
    # The year: SECOND_TRACK's April plays put it first.
    await play(hass, "media-source://encore/everyone/recap/2024")
    await settle(hass, sonos_household)
    assert queue_uris(sonos_household) == expected[::-1]
