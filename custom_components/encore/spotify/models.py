"""Encore's views of what Spotify says, built once from the decoded objects.

`objects.py` holds the bodies as Spotify sends them; these are what the
player, the coordinator and the history's collectors read: one playing item
whatever its kind, a device with Encore's defaults, a playback snapshot
stamped with when it arrived.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Self

from .objects import (
    Context,
    Device,
    NewPlaylist,
    Playable,
    PlaybackState,
    QueueState,
    User,
    best_image,
)

__all__ = ["best_image"]


@dataclass(frozen=True, slots=True)
class SpotifyProfile:
    """The signed-in user, from `GET /me`."""

    user_id: str
    display_name: str
    uri: str
    image_url: str | None

    @classmethod
    def of(cls, user: User) -> Self:
        """Build from the `/me` body; the display name may be null."""
        return cls(
            user_id=user.id,
            display_name=user.display_name or user.id,
            uri=user.uri or f"spotify:user:{user.id}",
            image_url=best_image(user.images),
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
    def of(cls, device: Device) -> Self:
        """Build from one entry of the devices list (the id may be null)."""
        return cls(
            device_id=device.id,
            name=device.name or "",
            type=device.type or "Unknown",
            is_active=device.is_active,
            is_restricted=device.is_restricted,
            is_private_session=device.is_private_session,
            volume_percent=device.volume_percent,
            supports_volume=device.supports_volume,
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
    def of(cls, kind: str, item: Playable | None) -> Self:
        """Build from `item` and `currently_playing_type`; the item may be null."""
        if item is None:
            return cls(kind, None, None, (), None, None, None, None, None, False)
        if item.type == "chapter":
            book = item.audiobook
            return cls(
                kind="chapter",
                uri=item.uri,
                name=item.name,
                artists=tuple(
                    author.name
                    for author in (book.authors if book else ())
                    if author and author.name
                ),
                album=book.name if book else None,
                album_uri=book.uri if book else None,
                show=book.name if book else None,
                image_url=item.cover(),
                duration_ms=item.duration_ms,
                is_local=False,
            )
        if item.type == "episode" or kind == "episode":
            show = item.show
            return cls(
                kind="episode",
                uri=item.uri,
                name=item.name,
                artists=tuple(filter(None, [show.publisher if show else None])),
                album=show.name if show else None,
                album_uri=show.uri if show else None,
                show=show.name if show else None,
                image_url=item.cover(),
                duration_ms=item.duration_ms,
                is_local=False,
            )
        album = item.album
        return cls(
            kind="track" if kind in ("track", "") else kind,
            uri=item.uri,
            name=item.name,
            artists=tuple(
                artist.name for artist in item.artists if artist and artist.name
            ),
            album=album.name if album else None,
            album_uri=album.uri if album else None,
            show=None,
            # A track's own images are none: its album's cover.
            image_url=album.cover() if album else None,
            duration_ms=item.duration_ms,
            is_local=item.is_local,
        )


@dataclass(frozen=True, slots=True)
class PlaybackContext:
    """Where the item plays from (album, playlist, artist, show, collection)."""

    uri: str
    type: str

    @classmethod
    def of(cls, context: Context | None) -> Self | None:
        """Build from `context`, which is null for single tracks and ads."""
        if context is None or not context.uri:
            return None
        return cls(uri=context.uri, type=context.type or "")


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
    def of(cls, state: PlaybackState, received_at: datetime) -> Self:
        """Build from the body; Spotify's own `timestamp` is unreliable."""
        return cls(
            device=SpotifyDevice.of(state.device) if state.device else None,
            is_playing=state.is_playing,
            progress_ms=state.progress_ms,
            shuffle=state.shuffle_state,
            repeat=state.repeat_state or "off",
            context=PlaybackContext.of(state.context),
            item=PlayingItem.of(state.currently_playing_type or "", state.item),
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
    def of(cls, state: QueueState | None) -> Self:
        """Build from the body; either part may be missing or null."""
        if state is None:
            return cls(current=None, upcoming=())
        current = state.currently_playing
        return cls(
            current=PlayingItem.of(current.type, current) if current else None,
            upcoming=tuple(
                PlayingItem.of(item.type, item) for item in state.queue if item
            ),
        )


@dataclass(frozen=True, slots=True)
class CreatedPlaylist:
    """A playlist `POST /me/playlists` made: its id, URI and link."""

    playlist_id: str
    uri: str
    url: str | None

    @classmethod
    def of(cls, playlist: NewPlaylist) -> Self:
        """Build from the new playlist's body."""
        return cls(
            playlist_id=playlist.id,
            uri=playlist.uri or f"spotify:playlist:{playlist.id}",
            url=playlist.external_urls.spotify if playlist.external_urls else None,
        )
