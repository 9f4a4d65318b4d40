"""Artwork from Spotify's catalog, asked of the fake Spotify over HTTP.

One request per item, through the account's client: its rate gate and usage
counters see every look-up. Unknown items and URIs of another kind give
nothing; a URI of another kind costs no request at all.
"""

from typing import Any

from msgspec import convert
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.encore.spotify.catalog import (
    EpisodeArtwork,
    TrackArtwork,
    async_artist_artwork,
    async_episode_artwork,
    async_track_artwork,
)
from custom_components.encore.spotify.objects import Image, best_image
from fakes.spotify.server import FakeSpotify

LOOK_UPS = r"^/v1/(tracks|artists|episodes)/"
UNKNOWN = "0" * 22


def _best(images: list[Any]) -> str | None:
    return best_image([convert(image.to_json(), Image) for image in images])


async def test_track_artist_and_episode_artwork(
    fake_spotify: FakeSpotify, loaded_entry: MockConfigEntry
) -> None:
    """A track's album cover and first artist, an artist's picture, an episode's images."""
    client = loaded_entry.runtime_data.account.client
    catalog = fake_spotify.catalog
    track = next(iter(catalog.tracks.values()))
    album = catalog.albums[track.album_id]
    first_artist = catalog.artists[track.artist_ids[0]]
    episode = next(iter(catalog.episodes.values()))
    show = catalog.shows[episode.show_id]
    fake_spotify.reset_calls()

    assert await async_track_artwork(client, track.uri) == TrackArtwork(
        _best(album.images), f"spotify:artist:{first_artist.id}"
    )
    assert await async_artist_artwork(
        client, f"spotify:artist:{first_artist.id}"
    ) == _best(first_artist.images)
    assert await async_episode_artwork(client, episode.uri) == EpisodeArtwork(
        _best(episode.images), _best(show.images)
    )
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 3
    assert client.usage.total["GET /tracks/{id}"] >= 1


async def test_unknown_items_and_other_kinds_give_nothing(
    fake_spotify: FakeSpotify, loaded_entry: MockConfigEntry
) -> None:
    """Spotify's 404 is "no artwork"; a URI of another kind is not even asked."""
    client = loaded_entry.runtime_data.account.client
    fake_spotify.reset_calls()
    assert await async_track_artwork(
        client, f"spotify:track:{UNKNOWN}"
    ) == TrackArtwork(None, None)
    assert await async_artist_artwork(client, f"spotify:artist:{UNKNOWN}") is None
    assert await async_episode_artwork(
        client, f"spotify:episode:{UNKNOWN}"
    ) == EpisodeArtwork(None, None)
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 3

    assert await async_track_artwork(client, "spotify:episode:x") == TrackArtwork(
        None, None
    )
    assert await async_artist_artwork(client, "not a uri") is None
    assert await async_episode_artwork(client, "spotify:track:x") == EpisodeArtwork(
        None, None
    )
    assert len(fake_spotify.calls_for(LOOK_UPS)) == 3
