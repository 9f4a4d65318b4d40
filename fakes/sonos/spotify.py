"""Spotify on an emulated Sonos household: URI forms and a deterministic catalog.

SoCo's ``ShareLinkPlugin`` enqueues Spotify items with these URIs (the service
number ``sn`` is 2311 for "Spotify", 3079 for "Spotify US"; the plugin tries
both, in that order):

- track / episode: ``spotify%3atrack%3a<id>`` with a ``musicTrack`` DIDL item
  whose ``desc`` is ``SA_RINCON<sn>_X_#Svc<sn>-0-Token``;
- album: ``x-rincon-cpcontainer:1004206cspotify%3aalbum%3a<id>``;
- playlist / show: ``x-rincon-cpcontainer:1006206cspotify%3aplaylist%3a<id>``.

Controllers may also enqueue the speaker's own track form
``x-sonos-spotify:spotify%3atrack%3a<id>?sid=<sid>&flags=8224&sn=<n>``.
The emulated speaker stores every Spotify queue entry in that form, so
``spotify:track:<id>`` can be recovered from queue and track URIs.

Titles, artists, albums and durations of unknown ids are derived from the id
(the same id always gives the same answer); tests can register their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import hashlib
import re
from urllib.parse import quote, unquote

from .models import (
    CLASS_ALBUM,
    CLASS_MUSIC_TRACK,
    CLASS_PLAYLIST,
    QueueItem,
    TrackMetadata,
)

# Sonos service type (the ``sn`` of the ShareLinkPlugin desc) -> service id (sid).
SPOTIFY_SERVICE_TYPES: dict[int, int] = {2311: 9, 3079: 12}
SPOTIFY_PROTOCOL_INFO = "sonos.com-spotify:*:audio/x-spotify:*"
CONTAINER_PREFIXES = {"album": "1004206c", "playlist": "1006206c", "show": "1006206c"}
CONTAINER_KINDS = ("album", "playlist", "show")
ITEM_KINDS = ("track", "episode")

_ITEM_RE = re.compile(r"spotify%3a(track|episode)%3a([A-Za-z0-9]+)", re.IGNORECASE)
_CONTAINER_RE = re.compile(
    r"spotify%3a(?:user%3a[^%]+%3a)?(album|playlist|show)%3a([A-Za-z0-9]+)",
    re.IGNORECASE,
)
_DESC_RE = re.compile(r"SA_RINCON(\d+)_")
_SID_RE = re.compile(r"[?&]sid=(\d+)")
_PLAIN_RE = re.compile(r"spotify:(track|episode|album|playlist|show):([A-Za-z0-9]+)")

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ADJECTIVES = (
    "Blue", "Silent", "Golden", "Electric", "Velvet", "Broken", "Neon", "Hidden",
    "Crimson", "Paper", "Midnight", "Wild", "Quiet", "Northern", "Glass", "Lucky",
)  # fmt: skip
_NOUNS = (
    "Harbor", "Echo", "Garden", "Signal", "River", "Mirror", "Horizon", "Lantern",
    "Avenue", "Season", "Compass", "Orchard", "Satellite", "Meadow", "Engine", "Tide",
)  # fmt: skip
_FIRST = ("Ada", "Milo", "Nora", "Felix", "Iris", "Otto", "Lena", "Hugo")
_LAST = ("Reyes", "Lund", "Okafor", "Sato", "Moreau", "Novak", "Berg", "Quinn")


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("|".join(parts).encode()).digest()


def derive_spotify_id(*parts: str) -> str:
    """Derive a 22 character base62 Spotify-like id from ``parts``."""
    number = int.from_bytes(_digest(*parts), "big")
    chars = []
    for _ in range(22):
        number, rest = divmod(number, 62)
        chars.append(_BASE62[rest])
    return "".join(chars)


def _phrase(data: bytes, offset: int) -> str:
    return f"{_ADJECTIVES[data[offset] % 16]} {_NOUNS[data[offset + 1] % 16]}"


def _person(data: bytes, offset: int) -> str:
    return f"{_FIRST[data[offset] % 8]} {_LAST[data[offset + 1] % 8]}"


@dataclass(frozen=True, slots=True)
class CatalogTrack:
    """A Spotify track or episode as the emulated speaker describes it."""

    track_id: str
    title: str
    artist: str
    album: str
    duration: int
    kind: str = "track"

    @property
    def spotify_uri(self) -> str:
        """The canonical ``spotify:track:<id>`` (or episode) URI."""
        return f"spotify:{self.kind}:{self.track_id}"


@dataclass(frozen=True, slots=True)
class CatalogContainer:
    """A Spotify album, playlist or show and the items it expands to."""

    kind: str
    container_id: str
    title: str
    artist: str
    track_ids: tuple[str, ...]

    @property
    def item_kind(self) -> str:
        """``episode`` for shows, ``track`` otherwise."""
        return "episode" if self.kind == "show" else "track"


@dataclass(slots=True)
class SpotifyCatalog:
    """Deterministic Spotify metadata, with optional test-registered entries."""

    tracks: dict[str, CatalogTrack] = field(default_factory=dict)
    containers: dict[tuple[str, str], CatalogContainer] = field(default_factory=dict)
    album_size: int = 3
    playlist_size: int = 4
    show_size: int = 2

    def track(self, track_id: str, kind: str = "track") -> CatalogTrack:
        """Return the catalog entry of a track or episode id."""
        if (known := self.tracks.get(track_id)) is not None:
            return known
        data = _digest(kind, track_id)
        if kind == "episode":
            return CatalogTrack(
                track_id,
                f"Episode: {_phrase(data, 0)}",
                _person(data, 2),
                f"The {_phrase(data, 4)} Show",
                900 + data[6] * 4,
                kind,
            )
        return CatalogTrack(
            track_id,
            _phrase(data, 0),
            _person(data, 2),
            _phrase(data, 4),
            150 + data[6] % 150,
            kind,
        )

    def container(self, kind: str, container_id: str) -> CatalogContainer:
        """Return an album/playlist/show, deriving it (and its items) if unknown."""
        if (known := self.containers.get((kind, container_id))) is not None:
            return known
        data = _digest(kind, container_id)
        size = {"album": self.album_size, "show": self.show_size}.get(
            kind, self.playlist_size
        )
        item_kind = "episode" if kind == "show" else "track"
        track_ids = tuple(
            derive_spotify_id(kind, container_id, str(index)) for index in range(size)
        )
        title = _phrase(data, 0)
        artist = _person(data, 2)
        if kind == "show":
            title = f"The {title} Show"
        elif kind == "playlist":
            title = f"{title} Mix"
        container = CatalogContainer(kind, container_id, title, artist, track_ids)
        if kind in ("album", "show"):
            # Album tracks share the album's title and artist.
            for track_id in track_ids:
                base = self.track(track_id, item_kind)
                self.tracks.setdefault(
                    track_id,
                    CatalogTrack(
                        track_id, base.title, artist, title, base.duration, item_kind
                    ),
                )
        self.containers[(kind, container_id)] = container
        return container

    def add_track(
        self,
        track_id: str,
        title: str,
        artist: str,
        album: str,
        duration: int = 200,
        kind: str = "track",
    ) -> CatalogTrack:
        """Register a track so the speaker reports exactly these values."""
        track = CatalogTrack(track_id, title, artist, album, duration, kind)
        self.tracks[track_id] = track
        return track

    def add_container(
        self,
        kind: str,
        container_id: str,
        title: str,
        track_ids: list[str],
        artist: str = "Various Artists",
    ) -> CatalogContainer:
        """Register an album/playlist/show with the track ids it expands to."""
        container = CatalogContainer(
            kind, container_id, title, artist, tuple(track_ids)
        )
        self.containers[(kind, container_id)] = container
        return container


@dataclass(frozen=True, slots=True)
class SpotifyReference:
    """A Spotify object recognised in an enqueued URI and its metadata."""

    kind: str
    spotify_id: str
    service_type: int | None

    @property
    def is_container(self) -> bool:
        """Whether the reference expands to several queue items."""
        return self.kind in CONTAINER_KINDS


def parse_spotify_reference(uri: str, metadata: str = "") -> SpotifyReference | None:
    """Recognise a Spotify track/episode/album/playlist/show being enqueued."""
    service_type: int | None = None
    if match := _DESC_RE.search(metadata):
        service_type = int(match.group(1))
    elif match := _SID_RE.search(uri):
        sid = int(match.group(1))
        service_type = next(
            (sn for sn, s in SPOTIFY_SERVICE_TYPES.items() if s == sid), None
        )
    lowered = uri.lower()
    if lowered.startswith("x-rincon-cpcontainer:"):
        if match := _CONTAINER_RE.search(uri):
            return SpotifyReference(
                match.group(1).lower(), match.group(2), service_type
            )
        return None
    if lowered.startswith(("spotify%3a", "x-sonos-spotify:", "x-sonos-http:")) and (
        match := _ITEM_RE.search(uri)
    ):
        return SpotifyReference(match.group(1).lower(), match.group(2), service_type)
    if match := _PLAIN_RE.fullmatch(uri):
        return SpotifyReference(match.group(1), match.group(2), service_type)
    return None


def sonos_track_uri(kind: str, spotify_id: str, service_type: int = 2311) -> str:
    """Return the ``x-sonos-spotify:`` URI a speaker keeps in its queue."""
    sid = SPOTIFY_SERVICE_TYPES.get(service_type, 9)
    return f"x-sonos-spotify:spotify%3a{kind}%3a{spotify_id}?sid={sid}&flags=8224&sn=1"


def container_uri(kind: str, spotify_id: str) -> str:
    """Return the ``x-rincon-cpcontainer:`` URI of an album/playlist/show."""
    return f"x-rincon-cpcontainer:{CONTAINER_PREFIXES[kind]}spotify%3a{kind}%3a{spotify_id}"


def spotify_uri_from_sonos_uri(uri: str) -> str | None:
    """Recover ``spotify:<kind>:<id>`` from a Sonos track or container URI."""
    text = unquote(uri)
    if match := re.search(
        r"spotify:(?:user:[^:]+:)?(track|episode|album|playlist|show):([A-Za-z0-9]+)",
        text,
    ):
        return f"spotify:{match.group(1)}:{match.group(2)}"
    return None


def service_desc(service_type: int) -> str:
    """Return the DIDL ``desc`` naming the account of a music service."""
    return f"SA_RINCON{service_type}_X_#Svc{service_type}-0-Token"


def album_art_for(uri: str) -> str:
    """Return the relative album art URL a speaker reports for a track URI."""
    return f"/getaa?s=1&u={quote(uri, safe='')}"


def catalog_queue_item(
    track: CatalogTrack,
    service_type: int,
    source_uri: str = "",
    source_metadata: str = "",
) -> QueueItem:
    """Build the queue entry a speaker stores for a Spotify track or episode."""
    uri = sonos_track_uri(track.kind, track.track_id, service_type)
    metadata = TrackMetadata(
        title=track.title,
        item_class=CLASS_MUSIC_TRACK,
        artist=track.artist,
        album=track.album,
        album_art_uri=album_art_for(uri),
        duration=track.duration,
        protocol_info=SPOTIFY_PROTOCOL_INFO,
        desc=service_desc(service_type),
    )
    return QueueItem(uri, metadata, source_uri or uri, source_metadata)


def container_metadata(container: CatalogContainer, service_type: int) -> TrackMetadata:
    """Return DIDL metadata fields describing a Spotify container."""
    item_class = CLASS_ALBUM if container.kind == "album" else CLASS_PLAYLIST
    prefix = CONTAINER_PREFIXES[container.kind]
    return TrackMetadata(
        title=container.title,
        item_class=item_class,
        artist=container.artist,
        desc=service_desc(service_type),
        item_id=f"{prefix}spotify%3a{container.kind}%3a{container.container_id}",
        parent_id="-1",
        protocol_info="x-rincon-cpcontainer:*:*:*",
    )
