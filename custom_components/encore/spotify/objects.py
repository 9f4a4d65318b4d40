"""Spotify's Web API objects as the JSON brings them, decoded once by msgspec.

The client decodes every body it reads into these structs where it arrives
(`client.py`, `decode`); browse, search, the catalog look-ups and the history's
collectors see them (or the views in `models.py`), never a dict.

Spotify is lenient with itself: an endpoint leaves a key out or sends null,
the simplified object (an album's tracks) lacks what the full one has (the
album), a 2026 playlist entry carries its item under `item` and older ones
under `track`, a page holds a null for an item that became unavailable. So
every field has a default, unknown keys are ignored, one struct per kind
decodes the simplified and the full object alike, and a list holds `None`
where Spotify sent null. `tests/spotify/test_objects.py` decodes every
recorded body in `../shared/data/spotify-api-payloads`.
"""

from collections.abc import Sequence
from typing import Protocol, Self

import msgspec


class Image(msgspec.Struct, frozen=True):
    """One size of a cover or picture (a local file's has no size)."""

    url: str | None = None
    width: int | None = None
    height: int | None = None


def best_image(images: Sequence[Image | None] | None) -> str | None:
    """Return the URL of the largest image, if any."""
    sized = [image for image in images or () if image is not None and image.url]
    if not sized:
        return None
    return max(sized, key=lambda image: image.width or 0).url


class Thing(msgspec.Struct, frozen=True, kw_only=True):
    """What every catalog object has: an id, a URI, a name, a type, images.

    `is_local` is only ever true on a track (or a playable) that is a local
    file: it has no catalog URI worth playing.
    """

    id: str | None = None
    uri: str | None = None
    name: str | None = None
    type: str = ""
    images: list[Image | None] | None = None
    is_local: bool = False

    def content(self) -> Self:
        """Return itself: an entry of a list that holds the items bare (artists)."""
        return self

    def cover(self) -> str | None:
        """Return the largest of its own images."""
        return best_image(self.images)

    def title(self) -> str:
        """Return how a browser lists it."""
        return self.name or ""


class Artist(Thing, frozen=True, kw_only=True):
    """An artist, simplified (in a track) or full (with images)."""


class Author(msgspec.Struct, frozen=True):
    """An audiobook's author: a name only."""

    name: str | None = None


def _credited(name: str | None, names: Sequence[str | None]) -> str:
    """`Name · Artist, Artist`, or the name alone when nobody is credited."""
    credited = [each for each in names if each]
    if credited:
        return f"{name or ''} · {', '.join(credited)}"
    return name or ""


class Album(Thing, frozen=True, kw_only=True):
    """An album, simplified (in a track) or full."""

    artists: list[Artist | None] = []
    album_type: str | None = None

    def title(self) -> str:
        """Return the name and its artists."""
        return _credited(self.name, [a.name for a in self.artists if a])


class Track(Thing, frozen=True, kw_only=True):
    """A track; an album's own tracks come without `album`."""

    artists: list[Artist | None] = []
    album: Album | None = None
    duration_ms: int | None = None

    def cover(self) -> str | None:
        """Return its own images (none since 2026), else its album's cover."""
        return super().cover() or (self.album.cover() if self.album else None)

    def title(self) -> str:
        """Return the name and its artists."""
        return _credited(self.name, [a.name for a in self.artists if a])


class Show(Thing, frozen=True, kw_only=True):
    """A podcast."""

    publisher: str | None = None


class Episode(Thing, frozen=True, kw_only=True):
    """A podcast episode; a show's own episodes come without `show`."""

    show: Show | None = None
    duration_ms: int | None = None


class Audiobook(Thing, frozen=True, kw_only=True):
    """An audiobook."""

    authors: list[Author | None] = []

    def title(self) -> str:
        """Return the name and its authors."""
        return _credited(self.name, [a.name for a in self.authors if a])


class Chapter(Thing, frozen=True, kw_only=True):
    """An audiobook's chapter; a book's own chapters come without `audiobook`."""

    audiobook: Audiobook | None = None
    duration_ms: int | None = None


class Owner(msgspec.Struct, frozen=True):
    """Who owns a playlist."""

    id: str | None = None
    display_name: str | None = None


class Playlist(Thing, frozen=True, kw_only=True):
    """A playlist (its items are read page by page, as `PlaylistEntry`)."""

    owner: Owner | None = None
    collaborative: bool = False
    public: bool | None = None


class Playable(Thing, frozen=True, kw_only=True):
    """What plays: a track, an episode or a chapter, where Spotify sends any.

    The player, the queue, a playlist's entries and recently-played name the
    kind in `type`; the fields of that kind are set, the others stay empty.
    """

    artists: list[Artist | None] = []
    album: Album | None = None
    show: Show | None = None
    audiobook: Audiobook | None = None
    duration_ms: int | None = None

    def cover(self) -> str | None:
        """Return its own images, else its album's, show's or book's cover."""
        if own := super().cover():
            return own
        for owner in (self.album, self.show, self.audiobook):
            if owner is not None and (image := owner.cover()):
                return image
        return None

    def title(self) -> str:
        """Return a track with its artists; anything else by its name."""
        if self.type == "track":
            return _credited(self.name, [a.name for a in self.artists if a])
        return self.name or ""


class Entry(Protocol):
    """An entry of a paged list: the item itself, or an object wrapping it."""

    def content(self) -> Thing | None:
        """Return the catalog item the entry is about (None: unavailable)."""


class SavedTrack(msgspec.Struct, frozen=True):
    """An entry of Liked Songs (`/me/tracks`)."""

    track: Track | None = None

    def content(self) -> Track | None:
        """Return the liked track."""
        return self.track


class SavedAlbum(msgspec.Struct, frozen=True):
    """An entry of the saved albums."""

    album: Album | None = None

    def content(self) -> Album | None:
        """Return the saved album."""
        return self.album


class SavedShow(msgspec.Struct, frozen=True):
    """An entry of the followed podcasts."""

    show: Show | None = None

    def content(self) -> Show | None:
        """Return the followed show."""
        return self.show


class SavedEpisode(msgspec.Struct, frozen=True):
    """An entry of the saved episodes."""

    episode: Episode | None = None

    def content(self) -> Episode | None:
        """Return the saved episode."""
        return self.episode


class PlaylistEntry(msgspec.Struct, frozen=True):
    """An entry of a playlist's items: since 2026 under `item`, before under `track`."""

    item: Playable | None = None
    track: Playable | None = None

    def content(self) -> Playable | None:
        """Return the track or episode, whichever key carries it."""
        return self.item or self.track


class Context(msgspec.Struct, frozen=True):
    """Where something played from; null for single tracks and ads."""

    uri: str | None = None
    type: str | None = None


class PlayHistory(msgspec.Struct, frozen=True):
    """One play of recently-played: when it ended, what, and from where."""

    played_at: str | None = None
    track: Playable | None = None
    context: Context | None = None

    def content(self) -> Playable | None:
        """Return the track that played."""
        return self.track


class Cursors(msgspec.Struct, frozen=True):
    """A cursor-paged list's bounds (recently-played: Unix ms, as strings)."""

    after: str | None = None
    before: str | None = None


class Page[T](msgspec.Struct, frozen=True):
    """A paging object: offset-paged (`offset`) or cursor-paged (`cursors`).

    An empty recently-played page sends `"cursors": null`.
    """

    items: list[T | None] = []
    next: str | None = None
    offset: int | None = None
    total: int | None = None
    cursors: Cursors | None = None

    def present(self) -> list[T]:
        """Return the entries, without the nulls of unavailable items."""
        return [item for item in self.items if item is not None]


class SearchResults(msgspec.Struct, frozen=True):
    """`/search`: one page per type asked."""

    artists: Page[Artist] | None = None
    albums: Page[Album] | None = None
    tracks: Page[Track] | None = None
    playlists: Page[Playlist] | None = None
    shows: Page[Show] | None = None
    episodes: Page[Episode] | None = None
    audiobooks: Page[Audiobook] | None = None

    def of_kind(self, kind: str) -> Page[Thing] | None:
        """Return the page of one search type (`track`, `show`...)."""
        pages: dict[str, Page[Thing] | None] = {
            "artist": self.artists,  # type: ignore[dict-item]
            "album": self.albums,  # type: ignore[dict-item]
            "track": self.tracks,  # type: ignore[dict-item]
            "playlist": self.playlists,  # type: ignore[dict-item]
            "show": self.shows,  # type: ignore[dict-item]
            "episode": self.episodes,  # type: ignore[dict-item]
            "audiobook": self.audiobooks,  # type: ignore[dict-item]
        }
        return pages.get(kind)


# What a search type decodes into, for the pages after the first.
SEARCH_KINDS: dict[str, type[Thing]] = {
    "artist": Artist,
    "album": Album,
    "track": Track,
    "playlist": Playlist,
    "show": Show,
    "episode": Episode,
    "audiobook": Audiobook,
}


class User(msgspec.Struct, frozen=True):
    """`GET /me`: the display name may be null."""

    id: str
    display_name: str | None = None
    uri: str | None = None
    images: list[Image | None] | None = None


class Device(msgspec.Struct, frozen=True):
    """One entry of `GET /me/player/devices` (the id may be null)."""

    id: str | None = None
    name: str | None = None
    type: str | None = None
    is_active: bool = False
    is_restricted: bool = False
    is_private_session: bool = False
    volume_percent: int | None = None
    supports_volume: bool = True


class Devices(msgspec.Struct, frozen=True):
    """`GET /me/player/devices`."""

    devices: list[Device | None] = []


class PlaybackState(msgspec.Struct, frozen=True):
    """`GET /me/player`; Spotify's own `timestamp` is unreliable and not read."""

    device: Device | None = None
    is_playing: bool = False
    progress_ms: int | None = None
    shuffle_state: bool = False
    repeat_state: str | None = None
    context: Context | None = None
    currently_playing_type: str | None = None
    item: Playable | None = None


class QueueState(msgspec.Struct, frozen=True):
    """`GET /me/player/queue`: what plays now and what plays next."""

    currently_playing: Playable | None = None
    queue: list[Playable | None] = []


class Snapshot(msgspec.Struct, frozen=True):
    """A playlist write's answer: the playlist's new version."""

    snapshot_id: str | None = None


class ExternalUrls(msgspec.Struct, frozen=True):
    """An object's links; `spotify` is its `open.spotify.com` page."""

    spotify: str | None = None


class NewPlaylist(msgspec.Struct, frozen=True):
    """`POST /me/playlists`: the playlist made."""

    id: str
    uri: str | None = None
    external_urls: ExternalUrls | None = None
