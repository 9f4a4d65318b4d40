"""Browsing and playing Sonos content: favorites, Sonos playlists, the queue, URLs."""

from typing import Any

import pytest

from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_ENQUEUE,
    ATTR_MEDIA_PLAYLIST,
    ATTR_MEDIA_TITLE,
    SERVICE_PLAY_MEDIA,
    MediaPlayerEnqueue,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from fakes.sonos import EmulatedHousehold

from .common import (
    LIVING,
    PLAYLIST_ID,
    RADIO_URI,
    TRACK_ID,
    call,
    fill_queue,
    settle,
    state as state_of,
)

pytestmark = pytest.mark.usefixtures("sonos_loaded")


async def browse(
    hass: HomeAssistant, client: Any, content_id: str | None = None
) -> dict[str, Any]:
    """Browse the Living Room player through the websocket API."""
    message: dict[str, Any] = {"type": "media_player/browse_media", "entity_id": LIVING}
    if content_id:
        message |= {"media_content_id": content_id, "media_content_type": "app"}
    await client.send_json_auto_id(message)
    response = await client.receive_json()
    assert response["success"], response
    result: dict[str, Any] = response["result"]
    return result


async def play(hass: HomeAssistant, media_id: str, enqueue: str | None = None) -> None:
    """Call play_media on the Living Room."""
    data: dict[str, Any] = {
        ATTR_MEDIA_CONTENT_ID: media_id,
        ATTR_MEDIA_CONTENT_TYPE: "music",
    }
    if enqueue:
        data[ATTR_MEDIA_ENQUEUE] = enqueue
    await call(hass, SERVICE_PLAY_MEDIA, **data)


async def test_browse_favorites_playlists_and_queue(
    hass: HomeAssistant, hass_ws_client: Any, sonos_household: EmulatedHousehold
) -> None:
    """The tree without a Spotify account: favorites, playlists, queue."""
    sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    sonos_household.add_spotify_favorite("playlist", PLAYLIST_ID, "Morning Mix")
    sonos_household.add_spotify_playlist(
        "Road Trip", [TRACK_ID, "1301WleyT98MSxVHPZCA6M"]
    )
    fill_queue(sonos_household, "Living Room", 2)
    await settle(hass, sonos_household)
    client = await hass_ws_client(hass)

    root = await browse(hass, client)
    assert root["title"] == "Living Room"
    folders = {child["title"]: child["media_content_id"] for child in root["children"]}
    assert list(folders) == ["Favorites", "Sonos playlists", "Queue"]

    favorites = await browse(hass, client, folders["Favorites"])
    assert [(c["title"], c["media_class"]) for c in favorites["children"]] == [
        ("Radio Paradise", "channel"),
        ("Morning Mix", "playlist"),
    ]
    assert all(c["can_play"] for c in favorites["children"])

    playlists = await browse(hass, client, folders["Sonos playlists"])
    assert [c["title"] for c in playlists["children"]] == ["Road Trip"]
    road_trip = await browse(hass, client, playlists["children"][0]["media_content_id"])
    assert road_trip["title"] == "Road Trip"
    assert road_trip["can_play"]
    catalog = sonos_household.catalog
    assert road_trip["children"][0]["title"].startswith(catalog.track(TRACK_ID).title)

    queue = await browse(hass, client, folders["Queue"])
    assert [c["title"] for c in queue["children"]] == [
        "Song 0 · The Testers",
        "Song 1 · The Testers",
    ]
    assert queue["children"][1]["media_content_id"] == "Q:0/2"

    await client.send_json_auto_id(
        {
            "type": "media_player/browse_media",
            "entity_id": LIVING,
            "media_content_id": "encore:sonos:nothing",
            "media_content_type": "app",
        }
    )
    assert not (await client.receive_json())["success"]


async def test_play_favorites_playlists_queue_items_and_urls(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """Content ids from the browser play on the speaker."""
    living = sonos_household.speaker("Living Room")
    radio = sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    mix = sonos_household.add_spotify_favorite("playlist", PLAYLIST_ID, "Morning Mix")
    road_trip = sonos_household.add_spotify_playlist("Road Trip", [TRACK_ID])
    await settle(hass, sonos_household)
    catalog = sonos_household.catalog

    await play(hass, f"FV:2/{radio.favorite_id}")
    await settle(hass, sonos_household)
    assert living.playback.uri == RADIO_URI
    assert state_of(hass).attributes["source_kind"] == "radio"

    await play(hass, f"FV:2/{mix.favorite_id}")
    await settle(hass, sonos_household)
    assert len(living.queue) == catalog.playlist_size
    assert state_of(hass).attributes[ATTR_MEDIA_PLAYLIST] == "Morning Mix"

    await play(hass, road_trip.item_id, MediaPlayerEnqueue.ADD)
    await settle(hass, sonos_household)
    assert len(living.queue) == catalog.playlist_size + 1

    await play(hass, f"Q:0/{catalog.playlist_size + 1}")
    await settle(hass, sonos_household)
    assert state_of(hass).attributes[ATTR_MEDIA_TITLE] == catalog.track(TRACK_ID).title

    await play(hass, "http://127.0.0.1/music/loud_song.mp3")
    await settle(hass, sonos_household)
    assert living.playback.uri == "http://127.0.0.1/music/loud_song.mp3"
    assert living.transport_state == "PLAYING"

    await play(hass, "https://127.0.0.1/music/next_song.mp3", MediaPlayerEnqueue.ADD)
    assert living.queue[-1].uri == "https://127.0.0.1/music/next_song.mp3"

    for media_id, key in (
        ("FV:2/999", "sonos_unknown_favorite"),
        ("SQ:99", "unknown_media"),
        ("Q:0/x", "unknown_media"),
        ("media-source://tts/x", "sonos_media_unresolvable"),
        ("ftp://example.com/song.mp3", "sonos_unsupported_media"),
        ("spotify:user:someone:collection", "sonos_liked_songs"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await play(hass, media_id)
        assert err.value.translation_key == key, media_id


async def test_favorites_follow_the_sonos_app(
    hass: HomeAssistant, sonos_household: EmulatedHousehold
) -> None:
    """A favorite added or removed elsewhere changes the source list."""
    jazz = sonos_household.add_radio_favorite("Jazz", "x-rincon-mp3radio://127.0.0.1/j")
    await settle(hass, sonos_household)
    assert state_of(hass).attributes["source_list"] == ["Jazz"]
    sonos_household.remove_favorite(jazz)
    await settle(hass, sonos_household)
    assert "source_list" not in state_of(hass).attributes


async def test_album_art_the_speaker_serves_goes_through_the_proxy(
    hass: HomeAssistant,
    hass_ws_client: Any,
    hass_client: Any,
    sonos_household: EmulatedHousehold,
) -> None:
    """Browse thumbnails of `/getaa` art are Home Assistant URLs, not the speaker's."""
    living = sonos_household.speaker("Living Room")
    fill_queue(sonos_household, "Living Room", 1)
    radio = sonos_household.add_radio_favorite("Radio Paradise", RADIO_URI)
    radio.album_art_uri = "https://cdn.example.com/paradise.png"
    jazz = sonos_household.add_radio_favorite("Jazz", "x-rincon-mp3radio://127.0.0.1/j")
    jazz.album_art_uri = f"{living.base_url}/getaa?s=1&u=jazz"
    await settle(hass, sonos_household)
    client = await hass_ws_client(hass)

    queue = await browse(hass, client, "encore:sonos:queue")
    thumbnail = queue["children"][0]["thumbnail"]
    assert thumbnail.startswith(f"/api/media_player_proxy/{LIVING}/browse_media/")
    assert str(living.port) not in thumbnail
    http = await hass_client()
    response = await http.get(thumbnail)
    assert response.status == 200
    assert response.content_type == "image/png"
    assert (await response.read()).startswith(b"\x89PNG")

    favorites = await browse(hass, client, "encore:sonos:favorites")
    thumbnails = {c["title"]: c["thumbnail"] for c in favorites["children"]}
    assert thumbnails["Radio Paradise"] == "https://cdn.example.com/paradise.png"
    assert thumbnails["Jazz"].startswith(f"/api/media_player_proxy/{LIVING}/")
    response = await http.get(thumbnails["Jazz"])
    assert response.status == 200

    # Only paths on the speaker are fetched, whatever a request asks for.
    for image_id in ("https://example.com/x.png", "@example.com/x.png", ""):
        response = await http.get(
            f"/api/media_player_proxy/{LIVING}/browse_media/music/Q%3A0%2F1",
            params={"media_image_id": image_id},
        )
        assert response.status == 404
