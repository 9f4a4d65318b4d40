"""Nothing changes by accident: playlists (issue 43.6 and 43.8).

The same answer saved twice updates the playlist it made; `add_to_playlist`
with more than Spotify's 100 URIs a request goes in batches; a blank name,
control characters and a room the history never heard are refused before
anything is written. On the fake Spotify over HTTP, in a real Home Assistant.
"""

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import advance

from .test_writes import ENTITY, _call, _items, _play, _track_uris, components, writable  # noqa: F401 - fixtures too

CREATED = "POST /v1/me/playlists"
APPENDED = "POST /v1/playlists/{playlist_id}/items"
REPLACED = "PUT /v1/playlists/{playlist_id}/items"


def _writes(fake: FakeSpotify) -> dict[str, int]:
    counts = fake.call_counts()
    return {call: counts[call] for call in (CREATED, APPENDED, REPLACED)}


async def test_the_same_answer_saved_again_updates_its_playlist(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,  # noqa: F811
) -> None:
    """The recap's button twice, in English then German: one playlist, current."""
    ranked = await _play(hass, fake_spotify, 3)
    first = await _call(
        hass, "create_playlist", year=2026, name="Encore · October 2026"
    )
    assert first["updated"] is False
    more = await _play(hass, fake_spotify, 5)
    fake_spotify.reset_calls()
    again = await _call(
        hass, "create_playlist", year=2026, name="Encore · Oktober 2026"
    )
    assert again["updated"] is True
    assert again["uri"] == first["uri"]
    assert _writes(fake_spotify) == {CREATED: 0, APPENDED: 0, REPLACED: 1}
    assert _items(fake_spotify, again["uri"]) == more
    assert len(more) > len(ranked)
    # Another question is another playlist.
    other = await _call(hass, "create_playlist", period="all_time", limit=2)
    assert other["uri"] != first["uri"]
    assert other["updated"] is False
    # Deleted in Spotify: the same answer gets a new one.
    spotify_user.library.playlist_ids.remove(first["uri"].rsplit(":", 1)[1])
    fresh = await _call(hass, "create_playlist", year=2026)
    assert fresh["updated"] is False
    assert fresh["uri"] != first["uri"]


async def test_add_to_playlist_beyond_100_goes_in_batches(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    writable: MockConfigEntry,  # noqa: F811
) -> None:
    """250 URIs: three appends of at most 100, in order."""
    uris = [
        f"spotify:track:{track_id}"
        for track_id in list(fake_spotify.catalog.tracks)[:250]
    ]
    assert len(uris) == 250
    road_trip = next(
        p for p in fake_spotify.catalog.playlists.values() if p.name == "Road Trip"
    )
    before = [entry.uri for entry in road_trip.entries]
    fake_spotify.reset_calls()
    await _call(hass, "add_to_playlist", playlist="road trip", uris=uris)
    assert [entry.uri for entry in road_trip.entries] == before + uris
    assert _writes(fake_spotify)[APPENDED] == 3


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"name": "   "}, "playlist_name_invalid"),
        ({"name": "Road\ntrip"}, "playlist_name_invalid"),
        ({"name": "Bell\x07"}, "playlist_name_invalid"),
        ({"name": "Zero\u200bwidth"}, "playlist_name_invalid"),
        ({"room": "Garage"}, "room_unknown"),
        ({"year": 9999}, "period_out_of_range"),
        ({"month": "October"}, "period_month_format"),
    ],
)
async def test_a_slip_is_refused_before_any_write(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    writable: MockConfigEntry,  # noqa: F811
    data: dict[str, Any],
    key: str,
) -> None:
    """Translated, and nothing reached Spotify."""
    await _play(hass, fake_spotify, 3)
    fake_spotify.reset_calls()
    with pytest.raises(ServiceValidationError) as caught:
        await _call(hass, "create_playlist", **data)
    assert caught.value.translation_key == key
    assert _writes(fake_spotify) == {CREATED: 0, APPENDED: 0, REPLACED: 0}


async def test_a_name_is_trimmed(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    writable: MockConfigEntry,  # noqa: F811
) -> None:
    """Spaces around a name are not part of it."""
    await _play(hass, fake_spotify, 2)
    answer = await _call(hass, "create_playlist", name="  Friday mix  ")
    assert answer["name"] == "Friday mix"
    assert (
        fake_spotify.catalog.playlists[answer["uri"].rsplit(":", 1)[1]].name
        == "Friday mix"
    )


async def test_like_names_the_song_heard_or_says_it_cannot_tell(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    writable: MockConfigEntry,  # noqa: F811
) -> None:
    """Issue 43.7: "like this song" right after a track starts liked the one before.

    The player shows A; in another app the user skips to B, and Home
    Assistant has not polled since. Seconds into B, which song is meant
    cannot be told: refused, naming both, nothing saved. Later into B (still
    no poll), B is the song heard: B is liked, not the A the state showed.
    """
    tracks = [
        uri
        for uri in _track_uris(fake_spotify)
        if uri.rsplit(":", 1)[1] not in spotify_user.library.saved_track_ids
        # Long enough for the two minutes before the first poll.
        and fake_spotify.catalog.tracks[uri.rsplit(":", 1)[1]].duration_ms > 150_000
    ][:3]
    desktop = next(
        d.id for d in spotify_user.player.devices if d.name == "DESKTOP-ENCORE"
    )
    spotify_user.player.external_play(uris=tracks, device_id=desktop)
    # The idle account's next poll (at most two minutes) sees it play.
    await advance(hass, freezer, timedelta(seconds=121))
    assert hass.states.get(ENTITY).attributes["media_content_id"] == tracks[0]
    saved_before = list(spotify_user.library.saved_track_ids)
    spotify_user.player.external_next()
    with pytest.raises(ServiceValidationError) as caught:
        await _call(hass, "save_to_library")
    assert caught.value.translation_key == "like_which_song"
    names = [fake_spotify.catalog.tracks[uri.rsplit(":", 1)[1]].name for uri in tracks]
    assert caught.value.translation_placeholders == {
        "previous": names[0],
        "current": names[1],
    }
    assert spotify_user.library.saved_track_ids == saved_before
    # The next track, 20 s in: the state the user saw is stale again (no
    # poll since the skip), and the song heard is the one liked.
    spotify_user.player.external_next()
    freezer.tick(timedelta(seconds=20))
    answer = await _call(hass, "save_to_library")
    assert answer["uris"] == [tracks[2]]
    assert tracks[0].rsplit(":", 1)[1] not in spotify_user.library.saved_track_ids
