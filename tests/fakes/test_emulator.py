"""Self-tests of the Sonos emulator, driven by real SoCo over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import time
from typing import Any
import warnings

from aiohttp import ClientSession
import pytest
import requests
from soco import SoCo, alarms as soco_alarms
from soco.data_structures import DidlMusicTrack, DidlPlaylistContainer, DidlResource
from soco.exceptions import SoCoSlaveException, SoCoUPnPException
from soco.plugins.sharelink import ShareLinkPlugin
from soco.snapshot import Snapshot

from fakes.sonos import (
    EmulatedHousehold,
    EmulatedSpeaker,
    EmulatorClock,
    EventCollector,
    async_soco_for,
    container_uri,
    reset_soco,
    run_soco,
    soco_for,
    spotify_uri_from_sonos_uri,
)

from .sonos_fixtures import HouseholdFactory

TRACK_ID = "4uLU6hMCjMI75M1A2tKUQC"
ALBUM_ID = "6wiUBliPe76YAVpNEdidpY"
PLAYLIST_ID = "37i9dQZF1DXcBWIGoYBM5M"
RADIO_URI = "x-sonosapi-stream:s24861?sid=254&flags=8224&sn=0"


def call(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Shorthand: run a blocking SoCo call in the executor."""
    return run_soco(func, *args, **kwargs)


def get(getter: Callable[[], Any]) -> Any:
    """Shorthand: read a SoCo property in the executor."""
    return run_soco(getter)


def upnp_code(excinfo: pytest.ExceptionInfo[SoCoUPnPException]) -> str:
    """The UPnP error code of a raised SoCoUPnPException."""
    return str(excinfo.value.error_code)


async def fill_queue(s: SoCo, count: int) -> None:
    """Enqueue ``count`` http tracks of 180 s."""
    for index in range(count):
        await call(s.add_uri_to_queue, f"http://127.0.0.1/music/track_{index}.mp3")


# Identity ---------------------------------------------------------------------------


async def test_speaker_info_and_identity(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    tv = sonos_household.speaker("TV Room")
    s = await async_soco_for(living)

    info = await call(s.get_speaker_info)
    assert info["zone_name"] == "Living Room"
    assert info["model_name"] == "Sonos One"
    assert info["model_number"] == "S18"
    assert info["uid"] == living.uid
    assert info["serial_number"] == living.serial
    assert info["mac_address"] == living.mac.replace(":", "-")
    assert info["software_version"] == "85.0-64200"
    assert info["display_version"] == "16.4"
    assert living.uid.startswith("RINCON_")
    assert living.uid.endswith("01400")
    assert len(living.uid) == len("RINCON_") + 12 + 5

    assert await get(lambda: s.uid) == living.uid
    assert await get(lambda: s.household_id) == sonos_household.household_id
    assert await get(lambda: s.player_name) == "Living Room"
    assert await get(lambda: s.is_coordinator)
    assert await get(lambda: s.boot_seqnum) == 1
    assert not await get(lambda: s.is_soundbar)
    assert await get(lambda: soco_for(tv).is_soundbar)
    assert await get(lambda: s.status_light)
    assert await get(lambda: s.buttons_enabled)
    assert await get(lambda: len(s.all_zones)) == 3

    await call(setattr, s, "player_name", "Den")
    assert living.room_name == "Den"
    zone_info = await call(s.deviceProperties.GetZoneInfo)
    assert zone_info["MACAddress"] == living.mac

    async with ClientSession() as session:
        async with session.get(living.location) as response:
            text = await response.text()
        assert "urn:schemas-upnp-org:device:ZonePlayer:1" in text
        assert f"<UDN>uuid:{living.uid}</UDN>" in text
        assert "urn:schemas-upnp-org:device:MediaRenderer:1" in text
        async with session.get(f"{living.base_url}/xml/AVTransport1.xml") as response:
            assert "<name>AddURIToQueue</name>" in await response.text()


async def test_standalone_speaker_without_fixture(
    socket_enabled: None, soco_events: None
) -> None:
    speaker = EmulatedSpeaker(
        "Study",
        model_name="Sonos Five",
        model_number="S23",
        uid="RINCON_000E58AABBCC01400",
        household_id="Sonos_abcdefghijklmnopqrstuvwx",
        software_version="80.1-12345",
    )
    await speaker.start()
    try:
        s = SoCo("127.0.0.1", speaker.port)
        assert await get(lambda: s.uid) == "RINCON_000E58AABBCC01400"
        assert await get(lambda: s.household_id) == "Sonos_abcdefghijklmnopqrstuvwx"
        info = await call(s.get_speaker_info, True)
        assert (info["model_name"], info["model_number"]) == ("Sonos Five", "S23")
        assert info["software_version"] == "80.1-12345"
    finally:
        await speaker.stop()


# Transport ------------------------------------------------------------------------------


async def test_play_pause_next_previous_seek(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    await fill_queue(s, 3)

    await call(s.play_from_queue, 0)
    transport = await call(s.get_current_transport_info)
    assert transport["current_transport_state"] == "PLAYING"
    living.advance(42)
    track = await call(s.get_current_track_info)
    assert track["playlist_position"] == "1"
    assert track["position"] == "0:00:42"
    assert track["duration"] == "0:03:00"
    assert track["title"] == "Track 0"
    assert track["uri"] == "http://127.0.0.1/music/track_0.mp3"

    await call(s.pause)
    living.advance(30)
    assert living.transport_state == "PAUSED_PLAYBACK"
    assert (await call(s.get_current_track_info))["position"] == "0:00:42"

    await call(s.next)
    assert (await call(s.get_current_track_info))["playlist_position"] == "2"
    assert living.transport_state == "PAUSED_PLAYBACK"
    await call(s.previous)
    assert (await call(s.get_current_track_info))["playlist_position"] == "1"

    await call(s.seek, "0:01:30")
    assert (await call(s.get_current_track_info))["position"] == "0:01:30"
    await call(s.seek, track=2)
    track = await call(s.get_current_track_info)
    assert (track["playlist_position"], track["position"]) == ("3", "0:00:00")
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.seek, "0:09:00")
    assert upnp_code(excinfo) == "711"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.next)
    assert upnp_code(excinfo) == "711"

    await call(s.play)
    await call(s.stop)
    assert (await call(s.get_current_transport_info))[
        "current_transport_state"
    ] == "STOPPED"
    media = await call(s.get_current_media_info)
    assert media["uri"] == f"x-rincon-queue:{living.uid}#0"
    assert await get(lambda: s.available_actions) == [
        "Set", "Stop", "Pause", "Play", "SeekTime", "Next", "Previous", "SeekTrackNr"
    ]  # fmt: skip


async def test_tracks_advance_with_time_and_play_modes(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    await fill_queue(s, 3)
    await call(s.play_from_queue, 0)

    living.advance(180 + 5)
    track = await call(s.get_current_track_info)
    assert (track["playlist_position"], track["position"]) == ("2", "0:00:05")
    living.advance(2 * 180)
    assert living.transport_state == "STOPPED"
    assert living.playback.track_index == 0

    for mode in (
        "NORMAL",
        "SHUFFLE",
        "SHUFFLE_NOREPEAT",
        "REPEAT_ALL",
        "REPEAT_ONE",
        "SHUFFLE_REPEAT_ONE",
    ):
        await call(setattr, s, "play_mode", mode)
        assert await get(lambda: s.play_mode) == mode
    assert await get(lambda: s.shuffle)
    assert await get(lambda: s.repeat) == "ONE"

    await call(setattr, s, "play_mode", "REPEAT_ALL")
    await call(s.play_from_queue, 2)
    living.advance(181)
    assert (await call(s.get_current_track_info))["playlist_position"] == "1"
    await call(setattr, s, "play_mode", "REPEAT_ONE")
    living.advance(180 * 5)
    assert (await call(s.get_current_track_info))["playlist_position"] == "1"
    await call(setattr, s, "play_mode", "SHUFFLE_NOREPEAT")
    living.advance(180 * 3)
    assert living.transport_state == "STOPPED"

    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(
            s.avTransport.SetPlayMode, [("InstanceID", 0), ("NewPlayMode", "PARTY")]
        )
    assert upnp_code(excinfo) == "712"

    await call(setattr, s, "cross_fade", True)
    assert await get(lambda: s.cross_fade)


async def test_radio_and_sleep_timer(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    await call(s.play_uri, RADIO_URI, title="Radio Paradise")
    assert await get(lambda: s.is_playing_radio)
    assert await get(lambda: s.music_source) == "RADIO"
    assert (await call(s.get_current_media_info))["channel"] == "Radio Paradise"
    living.set_stream_content("Nina Simone - Sinnerman")
    track = await call(s.get_current_track_info)
    assert (track["artist"], track["title"]) == ("Nina Simone", "Sinnerman")
    assert track["duration"] == "0:00:00"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.next)
    assert upnp_code(excinfo) == "701"

    await call(s.set_sleep_timer, 600)
    living.advance(60)
    assert await call(s.get_sleep_timer) == 540
    living.advance(541)
    assert living.transport_state == "PAUSED_PLAYBACK"
    assert await call(s.get_sleep_timer) is None


async def test_line_in_tv_and_spotify_connect(
    sonos_household: EmulatedHousehold,
) -> None:
    living = await async_soco_for(sonos_household.speaker("Living Room"))
    tv_room = sonos_household.speaker("TV Room")
    tv = await async_soco_for(tv_room)
    kitchen = await async_soco_for(sonos_household.speaker("Kitchen"))

    await call(kitchen.switch_to_line_in)
    assert await get(lambda: kitchen.is_playing_line_in)
    assert (await call(kitchen.get_current_transport_info))[
        "current_transport_state"
    ] == "PLAYING"
    # Line-in of another speaker, as the Sonos app offers.
    await call(living.switch_to_line_in, kitchen)
    assert await get(lambda: living.music_source) == "LINE_IN"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(tv.switch_to_line_in)
    assert upnp_code(excinfo) == "714"

    await call(tv.switch_to_tv)
    assert await get(lambda: tv.is_playing_tv)
    assert await get(lambda: tv.soundbar_audio_input_format) == "No input"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(living.switch_to_tv)
    assert upnp_code(excinfo) == "714"

    tv_room.play_spotify_connect(TRACK_ID)
    assert await get(lambda: tv.music_source) == "SPOTIFY_CONNECT"
    track = await call(tv.get_current_track_info)
    catalog_track = sonos_household.catalog.track(TRACK_ID)
    assert track["title"] == catalog_track.title
    assert track["artist"] == catalog_track.artist
    assert f"spotify%3atrack%3a{TRACK_ID}" in track["metadata"]


# Volume ---------------------------------------------------------------------------------


async def test_volume_mute_and_eq(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    assert await get(lambda: s.volume) == 20
    await call(setattr, s, "volume", 35)
    assert await get(lambda: s.volume) == 35
    assert await call(s.set_relative_volume, 80) == 100
    assert await call(s.set_relative_volume, -150) == 0
    assert await call(s.ramp_to_volume, 25) == 20
    assert living.rendering.volume == 25
    await call(setattr, s, "mute", True)
    assert await get(lambda: s.mute)
    await call(setattr, s, "bass", 4)
    await call(setattr, s, "treble", -3)
    await call(setattr, s, "loudness", False)
    assert await get(lambda: (s.bass, s.treble, s.loudness)) == (4, -3, False)
    await call(setattr, s, "balance", (100, 60))
    assert await get(lambda: s.balance) == (100, 60)
    assert await get(lambda: s.night_mode) is None
    assert not await get(lambda: s.fixed_volume)
    assert await get(lambda: s.trueplay) is None
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(
            s.renderingControl.SetVolume,
            [("InstanceID", 0), ("Channel", "Master"), ("DesiredVolume", 101)],
        )
    assert upnp_code(excinfo) == "402"

    tv = await async_soco_for(sonos_household.speaker("TV Room"))
    await call(setattr, tv, "night_mode", True)
    await call(setattr, tv, "dialog_mode", True)
    assert await get(lambda: (tv.night_mode, tv.dialog_mode)) == (True, True)


# Queue ----------------------------------------------------------------------------------


async def test_queue_add_browse_and_clear(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    await fill_queue(s, 3)
    item = DidlMusicTrack(
        title="Inserted",
        parent_id="",
        item_id="",
        resources=[DidlResource("http://127.0.0.1/inserted.flac", "http-get:*:*:*")],
        creator="Someone",
        album="Somewhere",
    )
    assert await call(s.add_to_queue, item, 2) == 2
    queue = await call(s.get_queue)
    assert [q.title for q in queue] == ["Track 0", "Inserted", "Track 1", "Track 2"]
    assert queue[1].creator == "Someone"
    assert queue[1].album == "Somewhere"
    assert queue[1].item_id == "Q:0/2"
    assert (queue.number_returned, queue.total_matches) == (4, 4)
    assert await get(lambda: s.queue_size) == 4

    page = await call(s.get_queue, 1, 2)
    assert [q.title for q in page] == ["Inserted", "Track 1"]
    assert (page.number_returned, page.total_matches) == (2, 4)

    await call(s.play_from_queue, 1)
    assert await call(s.add_uri_to_queue, "http://127.0.0.1/next.mp3", 0, True) == 3
    assert [q.title for q in await call(s.get_queue)][2] == "Next"

    await call(s.remove_from_queue, 0)
    assert living.playback.track_index == 0
    update_id = await call(s.remove_range_from_queue, 1, 2)
    assert update_id == living.playback.queue_update_id
    assert [q.title for q in await call(s.get_queue)] == ["Inserted", "Track 2"]
    await call(s.move_in_queue, 0, 1)
    assert [q.title for q in await call(s.get_queue)] == ["Track 2", "Inserted"]

    tracks = [
        DidlMusicTrack(
            title=f"Multi {i}",
            parent_id="",
            item_id="",
            resources=[DidlResource(f"http://127.0.0.1/m{i}.mp3", "http-get:*:*:*")],
        )
        for i in range(3)
    ]
    await call(s.add_multiple_to_queue, tracks)
    assert [q.title for q in await call(s.get_queue)][-3:] == [
        "Multi 0",
        "Multi 1",
        "Multi 2",
    ]

    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.add_uri_to_queue, RADIO_URI)
    assert upnp_code(excinfo) == "714"

    await call(s.clear_queue)
    queue = await call(s.get_queue)
    assert len(queue) == 0
    assert queue.total_matches == 0
    assert living.transport_state == "STOPPED"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.play)
    assert upnp_code(excinfo) == "701"


# Favorites and playlists ------------------------------------------------------------------


async def test_favorites_and_sonos_playlists(
    sonos_household: EmulatedHousehold,
) -> None:
    sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    sonos_household.add_spotify_favorite("playlist", PLAYLIST_ID, "Morning Mix")
    sonos_household.add_spotify_playlist(
        "Road Trip", [TRACK_ID, "1301WleyT98MSxVHPZCA6M"]
    )
    sonos_household.add_playlist("Empty")
    s = await async_soco_for(sonos_household.speaker("Kitchen"))

    favorites = await call(s.music_library.get_sonos_favorites, full_album_art_uri=True)
    assert [f.title for f in favorites] == ["Radio Paradise", "Morning Mix"]
    assert favorites.total_matches == 2
    radio = favorites[0].reference
    assert radio.item_class == "object.item.audioItem.audioBroadcast"
    assert radio.get_uri() == RADIO_URI
    mix = favorites[1].reference
    assert isinstance(mix, DidlPlaylistContainer)
    assert mix.get_uri() == container_uri("playlist", PLAYLIST_ID)

    def deprecated_favorites() -> dict[str, Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result: dict[str, Any] = s.get_sonos_favorites()
            return result

    legacy = await call(deprecated_favorites)
    assert legacy["total"] == "2"
    assert legacy["favorites"][0]["uri"] == RADIO_URI
    assert "<DIDL-Lite" in legacy["favorites"][0]["meta"]

    first_page = await call(s.music_library.get_sonos_favorites, 0, 1)
    assert [f.title for f in first_page] == ["Radio Paradise"]
    assert first_page.total_matches == 2

    playlists = await call(s.get_sonos_playlists)
    assert [p.title for p in playlists] == ["Road Trip", "Empty"]
    road_trip = playlists[0]
    assert isinstance(road_trip, DidlPlaylistContainer)
    tracks = await call(s.music_library.browse, road_trip)
    assert [t.title for t in tracks] == [
        sonos_household.catalog.track(TRACK_ID).title,
        sonos_household.catalog.track("1301WleyT98MSxVHPZCA6M").title,
    ]

    # Play a Sonos playlist and a favorite container through the queue, as HA does.
    assert await call(s.add_to_queue, road_trip) == 1
    assert await call(s.add_to_queue, mix) == 3
    queue = await call(s.get_queue)
    assert len(queue) == 2 + sonos_household.catalog.playlist_size
    await call(s.play_uri, radio.get_uri(), favorites[0].resource_meta_data)
    assert await get(lambda: s.is_playing_radio)

    saved = await call(s.create_sonos_playlist_from_queue, "From Queue")
    assert saved.item_id == "SQ:2"
    saved_playlist = sonos_household.playlist(2)
    assert saved_playlist is not None
    assert len(saved_playlist.tracks) == len(queue)
    await call(s.remove_sonos_playlist, saved)
    assert [p.title for p in await call(s.get_sonos_playlists)] == [
        "Road Trip",
        "Empty",
    ]
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.contentDirectory.DestroyObject, [("ObjectID", "SQ:99")])
    assert upnp_code(excinfo) == "701"


# Groups -----------------------------------------------------------------------------------


async def test_group_join_and_unjoin(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    s_living, s_kitchen = await async_soco_for(living), await async_soco_for(kitchen)
    await fill_queue(s_living, 2)
    await call(s_living.play_from_queue, 0)

    await call(s_kitchen.join, s_living)
    assert [m.uid for m in living.group_members] == [living.uid, kitchen.uid]
    assert kitchen.transport_state == "PLAYING"

    reset_soco()  # fresh SoCo instances and ZoneGroupState
    s_living, s_kitchen = await async_soco_for(living), await async_soco_for(kitchen)
    assert not await get(lambda: s_kitchen.is_coordinator)
    assert await get(lambda: s_living.is_coordinator)
    group = await get(lambda: s_kitchen.group)
    assert group.coordinator is s_living
    assert group.members == {s_living, s_kitchen}
    assert group.label == "Kitchen, Living Room"
    assert len(await get(lambda: s_living.all_groups)) == 2
    assert (await call(s_kitchen.get_current_transport_info))[
        "current_transport_state"
    ] == "PLAYING"
    media = await call(s_kitchen.get_current_media_info)
    assert media["uri"] == f"x-rincon:{living.uid}"

    # SoCo refuses on its side; the device refuses too.
    with pytest.raises(SoCoSlaveException):
        await call(s_kitchen.pause)
    for action, args in (
        ("Pause", [("InstanceID", 0)]),
        ("Next", [("InstanceID", 0)]),
        (
            "AddURIToQueue",
            [
                ("InstanceID", 0),
                ("EnqueuedURI", "http://127.0.0.1/a.mp3"),
                ("EnqueuedURIMetaData", ""),
                ("DesiredFirstTrackNumberEnqueued", 0),
                ("EnqueueAsNext", 0),
            ],
        ),
    ):
        with pytest.raises(SoCoUPnPException) as excinfo:
            await call(s_kitchen.avTransport.send_command, action, args)
        assert upnp_code(excinfo) == "800"

    await call(s_living.pause)
    assert kitchen.transport_state == "PAUSED_PLAYBACK"

    # Group volume and mute.
    await call(setattr, group, "volume", 40)
    assert await get(lambda: group.volume) == 40
    await call(setattr, group, "mute", True)
    assert living.rendering.mute
    assert kitchen.rendering.mute
    assert await get(lambda: group.mute)

    await call(s_kitchen.unjoin)
    reset_soco()
    s_living, s_kitchen = await async_soco_for(living), await async_soco_for(kitchen)
    assert await get(lambda: s_kitchen.is_coordinator)
    assert len(await get(lambda: s_kitchen.all_groups)) == 3
    assert kitchen.transport_state == "STOPPED"
    assert await get(lambda: s_kitchen.group.members) == {s_kitchen}

    # When the coordinator leaves, the next member inherits what plays.
    await call(s_kitchen.join, s_living)
    await call(s_living.play)
    await call(s_living.unjoin)
    assert kitchen.is_coordinator
    assert kitchen.transport_state == "PLAYING"
    assert [i.uri for i in kitchen.queue] == [i.uri for i in living.queue]
    assert living.transport_state == "STOPPED"

    # A member told to play something else leaves its group.
    await call(s_living.join, s_kitchen)
    await call(
        s_living.avTransport.SetAVTransportURI,
        [("InstanceID", 0), ("CurrentURI", RADIO_URI), ("CurrentURIMetaData", "")],
    )
    assert living.is_coordinator
    assert len(kitchen.group_members) == 1


# Spotify ------------------------------------------------------------------------------------


async def test_share_links_when_spotify_is_linked(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    plugin = ShareLinkPlugin(s)
    catalog = sonos_household.catalog

    assert await call(plugin.add_share_link_to_queue, f"spotify:track:{TRACK_ID}") == 1
    assert (
        await call(
            plugin.add_share_link_to_queue,
            f"https://open.spotify.com/album/{ALBUM_ID}?si=abc",
        )
        == 2
    )
    assert (
        await call(plugin.add_share_link_to_queue, f"spotify:playlist:{PLAYLIST_ID}")
        == 2 + catalog.album_size
    )
    assert await call(
        plugin.add_share_link_to_queue,
        f"https://open.spotify.com/track/{TRACK_ID}",
        position=1,
        as_next=True,
    ) == 1  # fmt: skip

    queue = await call(s.get_queue)
    assert len(queue) == 2 + catalog.album_size + catalog.playlist_size
    uris = [item.get_uri() for item in queue]
    assert all(uri.startswith("x-sonos-spotify:spotify%3atrack%3a") for uri in uris)
    assert all("sid=9" in uri and "sn=1" in uri for uri in uris)
    assert spotify_uri_from_sonos_uri(uris[0]) == f"spotify:track:{TRACK_ID}"
    album = catalog.container("album", ALBUM_ID)
    assert [
        spotify_uri_from_sonos_uri(u) for u in uris[2 : 2 + catalog.album_size]
    ] == [f"spotify:track:{track_id}" for track_id in album.track_ids]
    assert {item.album for item in queue[2 : 2 + catalog.album_size]} == {album.title}
    expected = catalog.track(TRACK_ID)
    assert (queue[0].title, queue[0].creator, queue[0].album) == (
        expected.title,
        expected.artist,
        expected.album,
    )

    await call(s.play_from_queue, 2)
    event_free_track = await call(s.get_current_track_info)
    assert event_free_track["title"] == catalog.track(album.track_ids[0]).title
    assert "x-sonos-spotify:" in event_free_track["uri"]
    # The same ids always give the same metadata.
    assert catalog.track(TRACK_ID) == sonos_household.catalog.track(TRACK_ID)

    # Registered metadata wins over derived metadata.
    catalog.add_track("0000000000000000000001", "Hello", "Adele", "25", 295)
    await call(plugin.add_share_link_to_queue, "spotify:track:0000000000000000000001")
    last = (await call(s.get_queue))[-1]
    assert (last.title, last.creator, last.album) == ("Hello", "Adele", "25")

    episode_show = await call(
        plugin.add_share_link_to_queue, "spotify:show:5CfCWKI5pZ28U0uOzXkDHe"
    )
    assert episode_show == len(queue) + 2
    assert "spotify%3aepisode%3a" in living.queue[-1].uri


async def test_share_links_when_spotify_is_not_linked(
    sonos_household_factory: HouseholdFactory,
) -> None:
    household = await sonos_household_factory(rooms=["Office"], spotify_linked=False)
    office = household.speaker("Office")
    plugin = ShareLinkPlugin(await async_soco_for(office))
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(plugin.add_share_link_to_queue, f"spotify:album:{ALBUM_ID}")
    assert upnp_code(excinfo) == "800"
    # The plugin tries "Spotify" (2311), then "Spotify US" (3079).
    attempts = office.actions_named("AddURIToQueue")
    assert len(attempts) == 2
    assert "SA_RINCON2311_" in attempts[0].args["EnqueuedURIMetaData"]
    assert "SA_RINCON3079_" in attempts[1].args["EnqueuedURIMetaData"]
    assert office.queue == []

    household.link_spotify(3079)
    assert await call(plugin.add_share_link_to_queue, f"spotify:track:{TRACK_ID}") == 1
    assert "sid=12" in office.queue[0].uri
    household.unlink_spotify()
    with pytest.raises(SoCoUPnPException):
        await call(
            (await async_soco_for(office)).play_uri,
            f"x-sonos-spotify:spotify%3atrack%3a{TRACK_ID}?sid=12&flags=8224&sn=1",
        )


# Events ---------------------------------------------------------------------------------------


async def test_av_transport_and_rendering_events(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    await fill_queue(s, 2)
    sent_at: list[float] = []
    living.add_notify_hook(lambda record: sent_at.append(record.sent_at))

    av = EventCollector()
    sub = await s.avTransport.subscribe(requested_timeout=600)
    sub.callback = av
    assert sub.timeout == 600
    initial = await av.next()
    assert initial.seq == "0"
    assert initial.transport_state == "STOPPED"
    assert initial.av_transport_uri == f"x-rincon-queue:{living.uid}#0"
    assert initial.number_of_tracks == "2"
    assert initial.current_play_mode == "NORMAL"
    assert initial.enqueued_transport_uri == "http://127.0.0.1/music/track_0.mp3"

    await call(s.play_from_queue, 1)
    playing = await av.wait_for(lambda e: e.variables["transport_state"] == "PLAYING")
    assert int(playing.seq) >= 1
    assert playing.current_track == "2"
    assert playing.current_track_meta_data.title == "Track 1"
    assert playing.current_track_duration == "0:03:00"

    living.advance(181)  # end of queue: stops, back to track 1
    stopped = await av.wait_for(lambda e: e.variables["transport_state"] == "STOPPED")
    assert stopped.current_track == "1"

    rc = EventCollector()
    rc_sub = await s.renderingControl.subscribe()
    rc_sub.callback = rc
    first = await rc.next()
    assert first.volume == {"Master": "20", "LF": "100", "RF": "100"}
    assert first.mute["Master"] == "0"
    await call(setattr, s, "volume", 44)
    changed = await rc.next()
    assert changed.volume == {"Master": "44"}
    assert "mute" not in changed.variables
    living.set_volume(12)  # buttons on the speaker
    assert (await rc.next()).volume == {"Master": "12"}

    await sub.renew()
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.pause)  # nothing to pause while stopped
    assert upnp_code(excinfo) == "701"
    await call(setattr, s, "play_mode", "REPEAT_ALL")
    assert (await av.next()).current_play_mode == "REPEAT_ALL"
    living.set_transport_state("TRANSITIONING")
    assert (await av.next()).transport_state == "TRANSITIONING"
    assert [n.seq for n in living.notifications if n.sid == sub.sid] == list(
        range(len([n for n in living.notifications if n.sid == sub.sid]))
    )
    assert len(sent_at) == living.notify_count
    await living.drain_events()
    assert all(n.delivered for n in living.notifications)

    await sub.unsubscribe()
    await rc_sub.unsubscribe()
    assert living.subscriptions() == []
    count = living.notify_count
    await call(setattr, s, "volume", 50)
    assert living.notify_count == count


async def test_topology_events_follow_join_and_unjoin(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    tv_room = sonos_household.speaker("TV Room")
    s_living, s_tv = await async_soco_for(living), await async_soco_for(tv_room)
    zgt = EventCollector()
    sub = await s_tv.zoneGroupTopology.subscribe()
    sub.callback = zgt
    initial = await zgt.next()
    assert f'Location="{living.location}"' in initial.zone_group_state
    assert "<ZoneGroups>" in initial.zone_group_state
    assert initial.zone_player_uui_ds_in_group == tv_room.uid

    av = EventCollector()
    av_sub = await s_tv.avTransport.subscribe()
    av_sub.callback = av
    await av.next()

    await call(s_tv.join, s_living)
    event = await zgt.wait_for(lambda e: "zone_player_uui_ds_in_group" in e.variables)
    assert event.zone_player_uui_ds_in_group == f"{living.uid},{tv_room.uid}"
    assert event.zone_group_name == "Living Room + 1"
    member = await av.wait_for(
        lambda e: e.variables["av_transport_uri"] == f"x-rincon:{living.uid}"
    )
    assert member.current_track_uri == f"x-rincon:{living.uid}"
    # With a live ZoneGroupTopology subscription SoCo takes groups from events.
    assert await get(lambda: s_tv.zone_group_state.has_subscriptions)
    assert await get(lambda: s_tv.group.coordinator) is s_living
    assert not await get(lambda: s_tv.is_coordinator)

    await call(s_tv.unjoin)
    await zgt.wait_for(
        lambda e: e.variables.get("zone_player_uui_ds_in_group") == tv_room.uid
    )
    assert await get(lambda: s_tv.is_coordinator)

    await sub.unsubscribe()
    await av_sub.unsubscribe()


async def test_content_directory_events_for_favorites_and_queue(
    sonos_household: EmulatedHousehold,
) -> None:
    kitchen = sonos_household.speaker("Kitchen")
    s = await async_soco_for(kitchen)
    cd = EventCollector()
    sub = await s.contentDirectory.subscribe()
    sub.callback = cd
    initial = await cd.next()
    assert "FV:2," in initial.container_update_i_ds
    sonos_household.add_radio_favorite("Jazz", "x-rincon-mp3radio://127.0.0.1/jazz")
    event = await cd.next()
    assert event.container_update_i_ds == f"FV:2,{sonos_household.favorites_update_id}"
    assert event.favorites_update_id.split(",")[-1] == str(
        sonos_household.favorites_update_id
    )
    await call(s.add_uri_to_queue, "http://127.0.0.1/q.mp3")
    event = await cd.next()
    assert event.container_update_i_ds.startswith("Q:0,")
    await sub.unsubscribe()


async def test_subscription_faults(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    rc = EventCollector()
    sub = await s.renderingControl.subscribe(requested_timeout=30)
    sub.callback = rc
    await rc.next()

    # A firewall: SOAP works, no NOTIFY arrives.
    living.stop_events()
    count = living.notify_count
    await call(setattr, s, "volume", 61)
    assert living.notify_count == count
    living.resume_events()
    await call(setattr, s, "volume", 62)
    assert (await rc.next()).volume == {"Master": "62"}

    # Dropped subscriptions: renewals get 412.
    living.drop_subscriptions()
    with pytest.raises(Exception, match="412"):
        await sub.renew()
    assert not sub.is_subscribed

    # Expiry: not renewed within TIMEOUT.
    sub2 = await s.renderingControl.subscribe(requested_timeout=30)
    sub2.callback = rc
    await rc.next()
    living.advance(31)
    assert living.subscriptions("renderingControl") == []
    with pytest.raises(Exception, match="412"):
        await sub2.renew()


async def test_reboot_drops_subscriptions_and_bumps_boot_seq(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    kitchen = sonos_household.speaker("Kitchen")
    s_living, s_kitchen = await async_soco_for(living), await async_soco_for(kitchen)
    await fill_queue(s_living, 1)
    await call(s_living.play_from_queue, 0)

    zgt = EventCollector()
    kitchen_sub = await s_kitchen.zoneGroupTopology.subscribe()
    kitchen_sub.callback = zgt
    await zgt.next()
    living_sub = await s_living.avTransport.subscribe()
    living_sub.callback = EventCollector()

    await living.reboot()
    event = await zgt.next()
    assert f'UUID="{living.uid}"' in event.zone_group_state
    assert 'BootSeq="2"' in event.zone_group_state
    assert await get(lambda: s_living.boot_seqnum) == 2  # from the ZGT event
    assert living.subscriptions() == []
    with pytest.raises(Exception, match="412"):
        await living_sub.renew()
    assert living.transport_state == "STOPPED"
    assert len(living.queue) == 1
    assert await get(lambda: s_living.volume) == 20
    await kitchen_sub.unsubscribe()


# Faults -----------------------------------------------------------------------------------------


async def test_offline_hang_delay_and_upnp_faults(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    assert await get(lambda: s.volume) == 20

    await living.go_offline()
    with pytest.raises(requests.exceptions.ConnectionError):
        await call(
            s.renderingControl.GetVolume, [("InstanceID", 0), ("Channel", "Master")]
        )
    await living.come_online()
    assert await get(lambda: s.volume) == 20

    await living.go_offline(hang=True)
    with pytest.raises(requests.exceptions.ReadTimeout):
        await call(
            s.renderingControl.GetVolume,
            [("InstanceID", 0), ("Channel", "Master")],
            timeout=0.2,
        )
    await living.come_online()
    assert await get(lambda: s.mute) is False

    living.set_delay(0.1)
    started = time.monotonic()
    assert await get(lambda: s.volume) == 20
    assert time.monotonic() - started >= 0.1
    living.set_delay(0)

    living.fail_action("renderingControl", "GetVolume", 501)
    with pytest.raises(SoCoUPnPException) as excinfo:
        await get(lambda: s.volume)
    assert upnp_code(excinfo) == "501"
    assert await get(lambda: s.volume) == 20
    living.fail_action("AVTransport", "*", 701, times=None)
    for _ in range(2):
        with pytest.raises(SoCoUPnPException):
            await call(s.get_current_transport_info)
    living.clear_faults()
    await call(s.get_current_transport_info)

    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.avTransport.send_command, "Dance", [("InstanceID", 0)])
    assert upnp_code(excinfo) == "401"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.avTransport.send_command, "Seek", [("InstanceID", 0)])
    assert upnp_code(excinfo) == "402"
    assert living.actions[-1] == ("AVTransport", "Seek", {"InstanceID": "0"})
    assert ("RenderingControl", "GetVolume") in {
        (a.service, a.action) for a in living.actions
    }


async def test_garbled_answers_held_requests_and_album_art(
    sonos_household: EmulatedHousehold,
) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)

    living.garble_action("renderingControl", "GetVolume")
    with pytest.raises(SyntaxError):
        await get(lambda: s.volume)
    assert await get(lambda: s.volume) == 20

    living.hold("SUBSCRIBE", "renderingControl")
    collector = EventCollector()
    rendering = asyncio.ensure_future(s.renderingControl.subscribe())
    transport = await s.avTransport.subscribe()
    transport.callback = collector
    await collector.next()
    for _ in range(100):
        if living.held:
            break
        await asyncio.sleep(0.01)
    assert living.held == 1
    assert not rendering.done()
    living.release()
    subscription = await rendering
    assert subscription.is_subscribed
    assert living.held == 0
    await subscription.unsubscribe()
    await transport.unsubscribe()

    async with (
        ClientSession() as session,
        session.get(f"{living.base_url}/getaa?s=1&u=x") as response,
    ):
        assert response.status == 200
        assert response.content_type == "image/png"
        assert (await response.read()).startswith(b"\x89PNG")


async def test_vanished_speaker_in_zone_group_state(
    sonos_household: EmulatedHousehold,
) -> None:
    kitchen = sonos_household.speaker("Kitchen")
    s_living = await async_soco_for(sonos_household.speaker("Living Room"))
    await kitchen.go_offline(vanish="powered off")
    state = (await call(s_living.zoneGroupTopology.GetZoneGroupState))["ZoneGroupState"]
    # SoCo caches a polled ZoneGroupState for 5 s.
    s_living.zone_group_state.clear_cache()
    assert (
        f'<Device UUID="{kitchen.uid}" ZoneName="Kitchen" Reason="powered off"' in state
    )
    assert len(await get(lambda: s_living.all_zones)) == 2
    await kitchen.come_online()
    reset_soco()
    assert len(await get(lambda: soco_for(kitchen).all_zones)) == 3


# Integration-style usage --------------------------------------------------------------------------


async def test_snapshot_restore_and_alarms(sonos_household: EmulatedHousehold) -> None:
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(living)
    await fill_queue(s, 3)
    await call(s.play_from_queue, 1)
    await call(s.seek, "0:00:30")
    snapshot = Snapshot(s)
    await call(snapshot.snapshot)

    await call(s.play_uri, RADIO_URI, title="Interrupt")
    await call(setattr, s, "volume", 70)
    await call(snapshot.restore)
    track = await call(s.get_current_track_info)
    assert track["playlist_position"] == "2"
    assert living.transport_state == "PLAYING"
    assert living.rendering.volume == 20

    alarms = await call(soco_alarms.get_alarms, s)
    assert alarms == set()


async def test_freezegun_time_and_manual_advance(
    sonos_household_factory: HouseholdFactory, freezer: Any
) -> None:
    # A household on the real monotonic clock, frozen by freezegun: playback
    # only moves with advance(). SoCo's result cache is off (see fixtures), or
    # every repeated call would get its first answer while time stands still.
    household = await sonos_household_factory(rooms=["Den"], clock=EmulatorClock())
    den = household.speaker("Den")
    s = await async_soco_for(den)
    await fill_queue(s, 2)
    await call(s.play_from_queue, 0)
    assert (await call(s.get_current_track_info))["position"] == "0:00:00"
    av = EventCollector()
    sub = await s.avTransport.subscribe()
    sub.callback = av
    await av.next()
    den.advance(200)
    track = await call(s.get_current_track_info)
    assert (track["playlist_position"], track["position"]) == ("2", "0:00:20")
    assert (await av.next()).current_track == "2"
    await sub.unsubscribe()


async def test_gena_protocol_details(sonos_household: EmulatedHousehold) -> None:
    """SUBSCRIBE/renew/UNSUBSCRIBE and NOTIFY as seen on the wire."""
    from aiohttp import web

    living = sonos_household.speaker("Living Room")
    received: asyncio.Queue[tuple[dict[str, str], str]] = asyncio.Queue()

    async def notify(request: web.Request) -> web.Response:
        await received.put((dict(request.headers), await request.text()))
        return web.Response()

    app = web.Application()
    app.router.add_route("NOTIFY", "/cb", notify)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    event_url = f"{living.base_url}/MediaRenderer/GroupRenderingControl/Event"
    try:
        async with ClientSession() as session:
            async with session.request(
                "SUBSCRIBE",
                event_url,
                headers={
                    "CALLBACK": f"<http://127.0.0.1:{port}/cb>",
                    "NT": "upnp:event",
                },
            ) as response:
                assert response.status == 200
                sid = response.headers["SID"]
                assert sid.startswith(f"uuid:{living.uid}_sub")
                assert response.headers["TIMEOUT"] == "Second-86400"
            headers, body = await asyncio.wait_for(received.get(), 5)
            assert (headers["SID"], headers["SEQ"]) == (sid, "0")
            assert (headers["NT"], headers["NTS"]) == ("upnp:event", "upnp:propchange")
            assert "<GroupVolume>20</GroupVolume>" in body
            assert body.startswith(
                '<e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0">'
            )

            s = await async_soco_for(living)
            await call(setattr, await get(lambda: s.group), "volume", 30)
            headers, body = await asyncio.wait_for(received.get(), 5)
            assert headers["SEQ"] == "1"
            assert "<GroupVolume>30</GroupVolume>" in body

            renew = {"SID": sid, "TIMEOUT": "Second-120"}
            async with session.request(
                "SUBSCRIBE", event_url, headers=renew
            ) as response:
                assert response.status == 200
                assert response.headers["TIMEOUT"] == "Second-120"
            for method, headers_ in (
                ("SUBSCRIBE", {"SID": "uuid:nope"}),
                ("UNSUBSCRIBE", {"SID": "uuid:nope"}),
                ("SUBSCRIBE", {"NT": "upnp:event"}),
                ("SUBSCRIBE", {"CALLBACK": "<http://127.0.0.1:1/>", "NT": "other"}),
            ):
                async with session.request(
                    method, event_url, headers=headers_
                ) as response:
                    assert response.status == 412
            bad = {"SID": sid, "CALLBACK": f"<http://127.0.0.1:{port}/cb>"}
            async with session.request("SUBSCRIBE", event_url, headers=bad) as response:
                assert response.status == 400
            async with session.request(
                "UNSUBSCRIBE", event_url, headers={"SID": sid}
            ) as response:
                assert response.status == 200
            async with session.request(
                "SUBSCRIBE", event_url, headers=renew
            ) as response:
                assert response.status == 412

            async with session.post(f"{living.base_url}/Nowhere/Control") as response:
                assert response.status == 404
    finally:
        await runner.cleanup()


async def test_device_properties_attributes_and_audio_in(
    sonos_household: EmulatedHousehold,
) -> None:
    kitchen = sonos_household.speaker("Kitchen")
    living = sonos_household.speaker("Living Room")
    s = await async_soco_for(kitchen)
    dp = EventCollector()
    sub = await s.deviceProperties.subscribe()
    sub.callback = dp
    initial = await dp.next()
    assert (initial.zone_name, initial.supports_audio_in) == ("Kitchen", "1")
    await call(setattr, s, "player_name", "Cooking")
    assert (await dp.next()).zone_name == "Cooking"

    attributes = await call(s.zoneGroupTopology.GetZoneGroupAttributes)
    assert attributes["CurrentZoneGroupName"] == "Cooking"
    assert attributes["CurrentZonePlayerUUIDsInGroup"] == kitchen.uid
    assert attributes["CurrentMuseHouseholdId"] == sonos_household.household_id
    audio_in = await call(s.audioIn.GetAudioInputAttributes)
    assert audio_in["CurrentName"] == "Cooking"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call((await async_soco_for(living)).audioIn.GetLineInLevel)
    assert upnp_code(excinfo) == "402"
    with pytest.raises(SoCoUPnPException) as excinfo:
        await call(s.musicServices.send_command, "ListAvailableServices", [])
    assert upnp_code(excinfo) == "401"
    await sub.unsubscribe()
