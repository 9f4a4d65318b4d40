"""Typed views of the Spotify payloads Encore reads."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Self


def best_image(images: list[dict[str, Any]] | None) -> str | None:
    """Return the URL of the largest image, if any."""
    if not images:
        return None
    largest = max(images, key=lambda image: image.get("width") or 0)
    url: str | None = largest.get("url")
    return url


@dataclass(frozen=True, slots=True)
class SpotifyProfile:
    """The signed-in user, from `GET /me`."""

    user_id: str
    display_name: str
    uri: str
    image_url: str | None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Self:
        """Build from the `/me` body; the display name may be null."""
        user_id: str = data["id"]
        return cls(
            user_id=user_id,
            display_name=data.get("display_name") or user_id,
            uri=data.get("uri") or f"spotify:user:{user_id}",
            image_url=best_image(data.get("images")),
        )


@dataclass(frozen=True, slots=True)
class SpotifyDevice:
    """A Spotify Connect device, from `GET /me/player/devices`."""

    device_id: str | None
    name: str
    type: str
    is_active: bool
    is_restricted: bool
    is_private_session: bool
    volume_percent: int | None
    supports_volume: bool

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Self:
        """Build from one entry of the devices list (the id may be null)."""
        return cls(
            device_id=data.get("id"),
            name=data.get("name") or "",
            type=data.get("type") or "Unknown",
            is_active=bool(data.get("is_active")),
            is_restricted=bool(data.get("is_restricted")),
            is_private_session=bool(data.get("is_private_session")),
            volume_percent=data.get("volume_percent"),
            supports_volume=bool(data.get("supports_volume", True)),
        )


@dataclass(frozen=True, slots=True)
class PlayingItem:
    """What `/me/player` says is playing: a track, an episode, or neither."""

    kind: str  # "track", "episode", "ad" or "unknown"
    uri: str | None
    name: str | None
    artists: tuple[str, ...]
    album: str | None
    album_uri: str | None
    show: str | None
    image_url: str | None
    duration_ms: int | None
    is_local: bool

    @classmethod
    def from_api(cls, kind: str, data: dict[str, Any] | None) -> Self:
        """Build from `item` and `currently_playing_type`; the item may be null."""
        if data is None:
            return cls(kind, None, None, (), None, None, None, None, None, False)
        if data.get("type") == "chapter":
            book = data.get("audiobook") or {}
            return cls(
                kind="chapter",
                uri=data.get("uri"),
                name=data.get("name"),
                artists=tuple(
                    author["name"] for author in book.get("authors") or () if author
                ),
                album=book.get("name"),
                album_uri=book.get("uri"),
                show=book.get("name"),
                image_url=best_image(data.get("images") or book.get("images")),
                duration_ms=data.get("duration_ms"),
                is_local=False,
            )
        if data.get("type") == "episode" or kind == "episode":
            show = data.get("show") or {}
            return cls(
                kind="episode",
                uri=data.get("uri"),
                name=data.get("name"),
                artists=tuple(filter(None, [show.get("publisher")])),
                album=show.get("name"),
                album_uri=show.get("uri"),
                show=show.get("name"),
                image_url=best_image(data.get("images") or show.get("images")),
                duration_ms=data.get("duration_ms"),
                is_local=False,
            )
        album = data.get("album") or {}
        return cls(
            kind="track" if kind in ("track", "") else kind,
            uri=data.get("uri"),
            name=data.get("name"),
            artists=tuple(
                artist["name"] for artist in data.get("artists") or () if artist
            ),
            album=album.get("name"),
            album_uri=album.get("uri"),
            show=None,
            image_url=best_image(album.get("images")),
            duration_ms=data.get("duration_ms"),
            is_local=bool(data.get("is_local")),
        )


@dataclass(frozen=True, slots=True)
class PlaybackContext:
    """Where the item plays from (album, playlist, artist, show, collection)."""

    uri: str
    type: str

    @classmethod
    def from_api(cls, data: dict[str, Any] | None) -> Self | None:
        """Build from `context`, which is null for single tracks and ads."""
        if not data or not data.get("uri"):
            return None
        return cls(uri=data["uri"], type=data.get("type") or "")


@dataclass(frozen=True, slots=True)
class Playback:
    """A `/me/player` snapshot, stamped with when Encore received it."""

    device: SpotifyDevice | None
    is_playing: bool
    progress_ms: int | None
    shuffle: bool
    repeat: str  # "off", "context" or "track"
    context: PlaybackContext | None
    item: PlayingItem
    received_at: datetime

    @classmethod
    def from_api(cls, data: dict[str, Any], received_at: datetime) -> Self:
        """Build from the body; Spotify's own `timestamp` is unreliable."""
        device = data.get("device")
        return cls(
            device=SpotifyDevice.from_api(device) if device else None,
            is_playing=bool(data.get("is_playing")),
            progress_ms=data.get("progress_ms"),
            shuffle=bool(data.get("shuffle_state")),
            repeat=data.get("repeat_state") or "off",
            context=PlaybackContext.from_api(data.get("context")),
            item=PlayingItem.from_api(
                data.get("currently_playing_type") or "", data.get("item")
            ),
            received_at=received_at,
        )

    def remaining(self) -> timedelta | None:
        """Return how long the item had left when received, if known."""
        if self.item.duration_ms is None or self.progress_ms is None:
            return None
        return timedelta(milliseconds=max(self.item.duration_ms - self.progress_ms, 0))


@dataclass(frozen=True, slots=True)
class SpotifyQueue:
    """`GET /me/player/queue`: what plays now and what plays next, in order."""

    current: PlayingItem | None
    upcoming: tuple[PlayingItem, ...]

    @classmethod
    def from_api(cls, data: dict[str, Any] | None) -> Self:
        """Build from the body; either part may be missing or null."""
        body = data or {}
        current = body.get("currently_playing")
        return cls(
            current=PlayingItem.from_api(current.get("type") or "", current)
            if current
            else None,
            upcoming=tuple(
                PlayingItem.from_api(item.get("type") or "", item)
                for item in body.get("queue") or ()
                if item
            ),
        )


@dataclass(frozen=True, slots=True)
class CreatedPlaylist:
    """A playlist `POST /me/playlists` made: its id, URI and link."""

    playlist_id: str
    uri: str
    url: str | None

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Self:
        """Build from the new playlist's body."""
        playlist_id: str = data["id"]
        return cls(
            playlist_id=playlist_id,
            uri=data.get("uri") or f"spotify:playlist:{playlist_id}",
            url=(data.get("external_urls") or {}).get("spotify"),
        )
