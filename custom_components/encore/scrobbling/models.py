"""What a scrobble is once read: one typed value, whichever service gave it.

The services' JSON is parsed here, at the edge, into msgspec structs: the
wire shapes (`_LastfmTrack`, `_ListenBrainzListen`...) stay private to the
clients; the rest of Encore sees only `Scrobble`.
"""

from typing import Final

import msgspec

SPOTIFY_TRACK_URL: Final = "https://open.spotify.com/track/"


class Scrobble(msgspec.Struct, frozen=True, gc=False):
    """One play as a scrobbling service keeps it.

    `listened_at` is UTC Unix seconds of the play's start, as both services
    document; `duration_ms` the track's length when the service says it (it
    says nothing of how long the track was played). `gc=False`: a history of
    150,000 of them holds only strings and numbers.
    """

    artist: str
    title: str
    listened_at: int
    album: str | None = None
    duration_ms: int | None = None
    spotify_uri: str | None = None
    """`spotify:track:<id>`, when the scrobbler noted which track it was."""


def spotify_uri_of(value: str | None) -> str | None:
    """Return a Spotify track URI from a URI or an open.spotify.com link, or None."""
    if not value:
        return None
    if value.startswith("spotify:track:"):
        track = value.removeprefix("spotify:track:")
    elif value.startswith(SPOTIFY_TRACK_URL):
        track = value.removeprefix(SPOTIFY_TRACK_URL).split("?", 1)[0]
    else:
        return None
    # Spotify's ids are 22 base-62 characters; anything else is not one.
    if len(track) != 22 or not track.isalnum() or not track.isascii():
        return None
    return f"spotify:track:{track}"
