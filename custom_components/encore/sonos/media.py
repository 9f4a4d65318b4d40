"""What a speaker plays: track metadata, the kind of source, a Spotify id.

Events carry metadata already parsed by SoCo (a `DidlObject`); polls carry the
DIDL-Lite text, which `didl()` parses the same way (in the executor: lxml).
"""

from dataclasses import dataclass
from enum import StrEnum
import re
from typing import Any, Final
from urllib.parse import unquote

from soco import SoCo
from soco.data_structures_entry import from_didl_string
from soco.exceptions import SoCoException

GROUP_URI_PREFIX: Final = "x-rincon:"
QUEUE_URI_PREFIX: Final = "x-rincon-queue:"
LINE_IN_URI_PREFIX: Final = "x-rincon-stream:"
TV_URI_PREFIX: Final = "x-sonos-htastream:"
# Sonos' service types for Spotify ("Spotify" and "Spotify US"), as in DIDL desc.
SPOTIFY_SERVICE_DESCS: Final = ("SA_RINCON2311_", "SA_RINCON3079_")
_SPOTIFY_ITEM: Final = re.compile(r"spotify:(track|episode):([0-9A-Za-z]+)")
_NOT_IMPLEMENTED: Final = "NOT_IMPLEMENTED"


class SourceKind(StrEnum):
    """Where what a speaker plays comes from."""

    SPOTIFY = "spotify"
    SPOTIFY_CONNECT = "spotify_connect"
    AIRPLAY = "airplay"
    RADIO = "radio"
    LINE_IN = "line_in"
    TV = "tv"
    LIBRARY = "library"
    WEB = "web"
    NONE = "none"
    UNKNOWN = "unknown"


# SoCo's `music_source_from_uri` names, and what Encore calls them.
_SOCO_SOURCES: Final[dict[str, SourceKind]] = {
    "SPOTIFY_CONNECT": SourceKind.SPOTIFY_CONNECT,
    "AIRPLAY": SourceKind.AIRPLAY,
    "RADIO": SourceKind.RADIO,
    "LINE_IN": SourceKind.LINE_IN,
    "TV": SourceKind.TV,
    "LIBRARY": SourceKind.LIBRARY,
    "WEB_FILE": SourceKind.WEB,
    "NONE": SourceKind.NONE,
}


@dataclass(frozen=True, slots=True)
class NowPlaying:
    """The current item of a group coordinator."""

    source: SourceKind
    track_uri: str
    title: str | None = None
    artist: str | None = None
    album: str | None = None
    image_url: str | None = None
    duration: int | None = None
    channel: str | None = None
    playlist: str | None = None
    spotify_uri: str | None = None
    queue_position: int | None = None


NOTHING: Final = NowPlaying(SourceKind.NONE, "")


def didl(value: Any) -> Any | None:
    """Return the first DIDL object of an event value or DIDL-Lite text."""
    if isinstance(value, str):
        if not value.startswith("<DIDL-Lite"):
            return None
        try:
            items = from_didl_string(value)
        except SoCoException, ValueError, SyntaxError:
            return None
        return items[0] if items else None
    # SoCo hands over a SoCoFault instead when it could not parse the metadata.
    return value if hasattr(value, "item_class") else None


def parse_time(value: str | None) -> int | None:
    """Parse Sonos' `H:MM:SS` into seconds; None for missing or NOT_IMPLEMENTED."""
    if not value or value == _NOT_IMPLEMENTED:
        return None
    parts = value.split(":")
    if len(parts) != 3:
        return None
    try:
        hours, minutes, seconds = int(parts[0]), int(parts[1]), float(parts[2])
    except ValueError:
        return None
    return hours * 3600 + minutes * 60 + int(seconds)


def format_time(seconds: float) -> str:
    """Format seconds as Sonos expects in Seek (`H:MM:SS`)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _text(item: Any, name: str) -> str | None:
    value = getattr(item, name, None) if item is not None else None
    return value if isinstance(value, str) and value else None


def _resource_uris(item: Any) -> list[str]:
    resources = getattr(item, "resources", None) or ()
    return [uri for resource in resources if isinstance(uri := resource.uri, str)]


def spotify_uri_of(*uris: str) -> str | None:
    """Recover `spotify:track:<id>` (or episode) from Sonos' `x-sonos-*` URIs."""
    for uri in uris:
        if match := _SPOTIFY_ITEM.search(unquote(uri)):
            return f"spotify:{match.group(1)}:{match.group(2)}"
    return None


def source_of(track_uri: str, item: Any) -> SourceKind:
    """Classify the source from the track URI (SoCo's rules) and the metadata."""
    kind = _SOCO_SOURCES.get(SoCo.music_source_from_uri(track_uri), SourceKind.UNKNOWN)
    if kind in (SourceKind.SPOTIFY_CONNECT, SourceKind.AIRPLAY, SourceKind.RADIO):
        return kind
    desc = _text(item, "desc") or ""
    if (
        track_uri.startswith("x-sonos-spotify:")
        or "spotify%3a" in track_uri.lower()
        or desc.startswith(SPOTIFY_SERVICE_DESCS)
    ):
        return SourceKind.SPOTIFY
    return kind


def image_url(base_url: str, art: str | None) -> str | None:
    """Return an absolute album art URL; speakers answer with a path of their own."""
    if not art:
        return None
    if art.startswith(("http://", "https://")):
        return art
    return f"{base_url}{art if art.startswith('/') else '/' + art}"


def speaker_art_path(base_url: str, art: str | None) -> str | None:
    """Return the path of album art the speaker serves; None for art elsewhere."""
    if not art or art.startswith("//"):
        return None
    if art.startswith(f"{base_url}/"):
        return art.removeprefix(base_url)
    if art.startswith("/"):
        return art
    return None if "://" in art else f"/{art}"


def now_playing(
    *,
    base_url: str,
    track_uri: str,
    duration: str | None,
    track: Any,
    transport_meta: Any = None,
    enqueued_meta: Any = None,
    queue_position: int | None = None,
) -> NowPlaying:
    """Build what plays from AVTransport values (an event or a poll)."""
    source = source_of(track_uri, track)
    if source is SourceKind.NONE and track is None:
        return NOTHING
    title = _text(track, "title")
    artist = _text(track, "creator")
    album = _text(track, "album")
    channel = None
    if source is SourceKind.RADIO:
        # The station is the transport's title; the song, when the station tells.
        channel = _text(transport_meta, "title") or title
        stream = _text(track, "stream_content") or ""
        artist_part, sep, title_part = stream.partition(" - ")
        if sep:
            artist, title = artist_part.strip(), title_part.strip()
        else:
            artist, title = None, stream or channel
    playlist = _text(enqueued_meta, "title")
    if playlist == title:
        playlist = None
    return NowPlaying(
        source=source,
        track_uri=track_uri,
        title=title,
        artist=artist,
        album=album,
        image_url=image_url(base_url, _text(track, "album_art_uri")),
        duration=parse_time(duration) or None,
        channel=channel,
        playlist=playlist,
        spotify_uri=(
            spotify_uri_of(track_uri, *_resource_uris(track))
            if source in (SourceKind.SPOTIFY, SourceKind.SPOTIFY_CONNECT)
            else None
        ),
        queue_position=queue_position,
    )
