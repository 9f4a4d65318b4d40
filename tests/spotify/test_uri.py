"""Spotify URIs and links as users paste them."""

import pytest

from custom_components.encore.spotify.uri import (
    is_liked_songs,
    parse_spotify_link,
    parse_spotify_reference,
    parse_spotify_uri,
)


@pytest.mark.parametrize(
    ("value", "kind", "item_id"),
    [
        ("spotify:track:4uLU6hMCjMI75M1A2tKUQC", "track", "4uLU6hMCjMI75M1A2tKUQC"),
        ("spotify:album:4m2880jivSbbyEGAKfITCa", "album", "4m2880jivSbbyEGAKfITCa"),
        (
            "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M",
            "playlist",
            "37i9dQZF1DXcBWIGoYBM5M",
        ),
        ("spotify:artist:4tZwfgrHOc3mvqYlEYSvVi", "artist", "4tZwfgrHOc3mvqYlEYSvVi"),
        ("spotify:show:1Y9ExMgMxoBVrgrfU7u0nD", "show", "1Y9ExMgMxoBVrgrfU7u0nD"),
        ("spotify:episode:0Q86acNRm6V9GYx55SXKwf", "episode", "0Q86acNRm6V9GYx55SXKwf"),
        (
            "spotify:user:someone:playlist:6rqhFgbbKwnb9MLmUQDhG6",
            "playlist",
            "6rqhFgbbKwnb9MLmUQDhG6",
        ),
        (" spotify:track:abc123 ", "track", "abc123"),
    ],
)
def test_uris(value: str, kind: str, item_id: str) -> None:
    ref = parse_spotify_uri(value)
    assert ref is not None
    assert (ref.kind, ref.id) == (kind, item_id)
    assert ref.uri == f"spotify:{kind}:{item_id}"


@pytest.mark.parametrize(
    ("value", "uri"),
    [
        (
            "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=1a2b3c&utm_source=copy",
            "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
        ),
        (
            "https://open.spotify.com/intl-de/album/4m2880jivSbbyEGAKfITCa",
            "spotify:album:4m2880jivSbbyEGAKfITCa",
        ),
        (
            "http://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=x",
            "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M",
        ),
        (
            "https://open.spotify.com/episode/0Q86acNRm6V9GYx55SXKwf",
            "spotify:episode:0Q86acNRm6V9GYx55SXKwf",
        ),
    ],
)
def test_links_drop_query_strings(value: str, uri: str) -> None:
    ref = parse_spotify_link(value)
    assert ref is not None
    assert ref.uri == uri
    assert parse_spotify_reference(value) == ref


@pytest.mark.parametrize(
    "value",
    [
        "",
        "spotify:",
        "spotify:track:",
        "spotify:genre:rock",
        "spotify:track:not-base62!",
        "https://example.com/track/4uLU6hMCjMI75M1A2tKUQC",
        "https://open.spotify.com/user/someone",
        "https://open.spotify.com/track/abc/extra",
        "http://[::1",
        "media-source://media_source/local/song.mp3",
    ],
)
def test_rejects_what_is_not_a_spotify_item(value: str) -> None:
    assert parse_spotify_reference(value) is None


def test_liked_songs_collection() -> None:
    assert is_liked_songs("spotify:user:1112264649:collection")
    assert not is_liked_songs("spotify:user:1112264649:playlist:abc")
