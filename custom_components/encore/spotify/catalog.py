"""Artwork from Spotify's catalog: one track, artist or episode per request.

Development-Mode apps lost the several-items endpoints (`/tracks?ids=`,
`/artists?ids=`) in February 2026, so nothing here batches. Every call goes
through the account's client, its rate gate and its usage counters.
"""

from dataclasses import dataclass

from .client import SpotifyClient
from .errors import SpotifyNotFoundError
from .objects import Artist, Episode, Track
from .uri import parse_spotify_uri


@dataclass(frozen=True, slots=True)
class TrackArtwork:
    """A track's album cover and its first artist's URI."""

    image: str | None
    artist_uri: str | None


@dataclass(frozen=True, slots=True)
class EpisodeArtwork:
    """An episode's own image and its show's cover."""

    image: str | None
    show_image: str | None


def _id(uri: str, kind: str) -> str | None:
    ref = parse_spotify_uri(uri)
    return ref.id if ref is not None and ref.kind == kind else None


async def async_track_artwork(client: SpotifyClient, uri: str) -> TrackArtwork:
    """Return a track's cover and first artist; nothing for one Spotify does not know."""
    if (track_id := _id(uri, "track")) is None:
        return TrackArtwork(None, None)
    try:
        track = await client.async_get("/tracks/{id}", f"tracks/{track_id}", Track)
    except SpotifyNotFoundError:
        return TrackArtwork(None, None)
    artist = next((each for each in track.artists if each is not None), None)
    return TrackArtwork(
        track.album.cover() if track.album else None,
        artist.uri if artist else None,
    )


async def async_artist_artwork(client: SpotifyClient, uri: str) -> str | None:
    """Return an artist's picture, if Spotify has one."""
    if (artist_id := _id(uri, "artist")) is None:
        return None
    try:
        artist = await client.async_get("/artists/{id}", f"artists/{artist_id}", Artist)
    except SpotifyNotFoundError:
        return None
    return artist.cover()


async def async_episode_artwork(client: SpotifyClient, uri: str) -> EpisodeArtwork:
    """Return an episode's image and its show's cover."""
    if (episode_id := _id(uri, "episode")) is None:
        return EpisodeArtwork(None, None)
    try:
        episode = await client.async_get(
            "/episodes/{id}", f"episodes/{episode_id}", Episode
        )
    except SpotifyNotFoundError:
        return EpisodeArtwork(None, None)
    return EpisodeArtwork(
        episode.cover(), episode.show.cover() if episode.show else None
    )
