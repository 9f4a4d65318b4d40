"""Spotify URIs and open.spotify.com links."""

from dataclasses import dataclass
import re
from typing import Final

from yarl import URL

PLAYABLE_KINDS: Final = frozenset(
    {"track", "album", "playlist", "artist", "show", "episode", "audiobook", "chapter"}
)
# Items the Web API queue accepts, and the only ones Spotify plays as `uris`
# (an audiobook's chapter plays as an episode does).
SINGLE_KINDS: Final = frozenset({"track", "episode", "chapter"})
_ID: Final = re.compile(r"^[0-9A-Za-z]{1,64}$")
_LIKED_SONGS: Final = re.compile(r"^spotify:user:([^:]+):collection$")


@dataclass(frozen=True, slots=True)
class SpotifyRef:
    """A parsed reference to a Spotify item."""

    kind: str
    id: str

    @property
    def uri(self) -> str:
        """Return the canonical `spotify:<kind>:<id>` form."""
        return f"spotify:{self.kind}:{self.id}"


def parse_spotify_uri(value: str) -> SpotifyRef | None:
    """Parse `spotify:<kind>:<id>` (also the legacy `spotify:user:<u>:playlist:<id>`)."""
    parts = value.strip().split(":")
    if len(parts) == 3 and parts[0] == "spotify":
        kind, item_id = parts[1], parts[2]
    elif len(parts) == 5 and parts[0] == "spotify" and parts[1] == "user":
        kind, item_id = parts[3], parts[4]
    else:
        return None
    if kind not in PLAYABLE_KINDS or not _ID.match(item_id):
        return None
    return SpotifyRef(kind, item_id)


def parse_spotify_link(value: str) -> SpotifyRef | None:
    """Parse an open.spotify.com link; its query string (`?si=...`) is ignored."""
    try:
        url = URL(value.strip())
    except ValueError:
        return None
    if url.host not in ("open.spotify.com", "play.spotify.com"):
        return None
    parts = [part for part in url.path.split("/") if part]
    if parts and parts[0].startswith("intl-"):
        parts = parts[1:]
    if len(parts) != 2 or parts[0] not in PLAYABLE_KINDS or not _ID.match(parts[1]):
        return None
    return SpotifyRef(parts[0], parts[1])


def parse_spotify_reference(value: str) -> SpotifyRef | None:
    """Parse either a Spotify URI or an open.spotify.com link."""
    return parse_spotify_uri(value) or parse_spotify_link(value)


def is_liked_songs(value: str) -> bool:
    """Return whether `value` is a user's Liked Songs collection URI."""
    return _LIKED_SONGS.match(value) is not None
