"""Spotify's catalog objects and their JSON, in the shapes a Development-Mode app sees.

Shapes follow the real recorded bodies in ../shared/data (see test_shapes.py),
minus the fields Spotify removed for Development-Mode apps in February 2026
(changelog "february-2026"; adamint/spotify-web-api-kotlin#344,
zmb3/spotify#296): `available_markets`, `popularity`, `linked_from` (tracks),
`album_group`, `label`, `popularity`, `available_markets` (albums), `followers`,
`popularity` (artists), `available_markets`, `publisher` (shows). Track and
album `external_ids` stayed (changelog "march-2026" reverted their removal).
"""

from dataclasses import dataclass, field
import hashlib
from typing import Any, Final, Literal
from urllib.parse import quote_plus

from .images import local_url
from .paging import build_url, offset_page

BASE62: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
OPEN_SPOTIFY: Final = "https://open.spotify.com"
REAL_API_BASE: Final = "https://api.spotify.com/v1"
# Spotify-owned editorial (37i9dQZF1...) and algorithmic (37i9dQZEVX...) playlists
# answer 404 to Development-Mode apps since 2024-11-27.
SPOTIFY_OWNED_PREFIXES: Final = ("37i9dQZF1", "37i9dQZEVX")
SPOTIFY_USER_ID: Final = "spotify"

ItemKind = Literal["track", "episode", "local", "chapter"]


def spotify_id(*parts: str) -> str:
    """Return a deterministic 22-character base62 id derived from `parts`."""
    number = int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest())
    chars = []
    for _ in range(22):
        number, rest = divmod(number, 62)
        chars.append(BASE62[rest])
    return "".join(chars)


def hex_digest(*parts: str, length: int = 40) -> str:
    """Return a deterministic hex string (device ids are 40 hex characters)."""
    return hashlib.sha1("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()[
        :length
    ]


def is_base62_id(value: str) -> bool:
    """Return whether `value` looks like a Spotify id."""
    return len(value) == 22 and all(char in BASE62 for char in value)


@dataclass
class Image:
    """An image object (`height`/`width` are null for playlist mosaics)."""

    url: str
    height: int | None
    width: int | None

    def to_json(self) -> dict[str, Any]:
        """Return `{"height", "url", "width"}`."""
        return {"height": self.height, "url": self.url, "width": self.width}


# Spotify's image URL prefixes per kind and size: "ab67616d" + size code + hash.
_IMAGE_SIZES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "album": (
        ("ab67616d0000b273", 640),
        ("ab67616d00001e02", 300),
        ("ab67616d00004851", 64),
    ),
    "artist": (
        ("ab6761610000e5eb", 640),
        ("ab67616100005174", 320),
        ("ab6761610000f178", 160),
    ),
    "show": (
        ("ab6765630000ba8a", 640),
        ("ab67656300005f1f", 300),
        ("ab6765630000f68d", 64),
    ),
    "user": (("ab6775700000ee85", 300), ("ab67757000003b82", 64)),
}


def make_images(kind: str, key: str) -> list[Image]:
    """Return the usual set of sizes for an object of `kind` (album, artist...)."""
    digest = hex_digest(kind, key, length=24)
    if kind == "playlist":
        return [
            Image(f"https://mosaic.scdn.co/640/ab67616d0000b273{digest}", None, None)
        ]
    return [
        Image(f"https://i.scdn.co/image/{prefix}{digest}", size, size)
        for prefix, size in _IMAGE_SIZES[kind]
    ]


@dataclass
class Artist:
    """An artist."""

    id: str
    name: str
    genres: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


@dataclass
class Album:
    """An album; `track_ids` in disc/track order."""

    id: str
    name: str
    artist_ids: list[str]
    album_type: str = "album"
    release_date: str | None = "2020-01-01"
    release_date_precision: str | None = "day"
    images: list[Image] = field(default_factory=list)
    track_ids: list[str] = field(default_factory=list)
    total_tracks: int | None = None
    upc: str | None = None
    copyrights: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Track:
    """A catalog track."""

    id: str
    name: str
    album_id: str
    artist_ids: list[str]
    duration_ms: int
    track_number: int = 1
    disc_number: int = 1
    explicit: bool = False
    isrc: str | None = None

    @property
    def uri(self) -> str:
        """Return `spotify:track:<id>`."""
        return f"spotify:track:{self.id}"


@dataclass
class LocalTrack:
    """A local file: no id, no href, a `spotify:local:` URI."""

    uri: str
    name: str
    artist_name: str
    album_name: str
    duration_ms: int


@dataclass
class Show:
    """A podcast show; `episode_ids` newest first."""

    id: str
    name: str
    publisher: str
    description: str
    images: list[Image] = field(default_factory=list)
    episode_ids: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=lambda: ["en"])
    explicit: bool = False
    media_type: str = "audio"
    total_episodes: int | None = None


@dataclass
class Episode:
    """A podcast episode."""

    id: str
    name: str
    show_id: str
    duration_ms: int
    release_date: str = "2024-01-01"
    description: str = ""
    images: list[Image] = field(default_factory=list)
    language: str = "en"
    explicit: bool = False

    @property
    def uri(self) -> str:
        """Return `spotify:episode:<id>`."""
        return f"spotify:episode:{self.id}"


@dataclass
class PlaylistEntry:
    """One playlist entry: the item URI, when and by whom it was added."""

    uri: str
    added_at: str
    added_by: str


@dataclass
class Playlist:
    """A playlist; `owner_id` "spotify" marks Spotify-owned ones."""

    id: str
    name: str
    owner_id: str
    description: str = ""
    public: bool = True
    collaborative: bool = False
    collaborators: set[str] = field(default_factory=set)
    entries: list[PlaylistEntry] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    followers: int = 0
    version: int = 1

    @property
    def uri(self) -> str:
        """Return `spotify:playlist:<id>`."""
        return f"spotify:playlist:{self.id}"

    @property
    def spotify_owned(self) -> bool:
        """Return whether Development-Mode apps get 404 for this playlist."""
        return self.owner_id == SPOTIFY_USER_ID or self.id.startswith(
            SPOTIFY_OWNED_PREFIXES
        )

    def can_read_items(self, user_id: str) -> bool:
        """Return whether `/items` answers for `user_id` (owner or collaborator)."""
        return user_id == self.owner_id or user_id in self.collaborators

    @property
    def snapshot_id(self) -> str:
        """Return a snapshot id that changes with every edit."""
        digest = hashlib.sha256(f"{self.id}:{self.version}".encode()).digest()
        return "AAAA" + "".join(BASE62[byte % 62] for byte in digest[:28])


@dataclass
class Audiobook:
    """An audiobook: its chapters in order (`GET /audiobooks/{id}/chapters`)."""

    id: str
    name: str
    authors: list[str]
    narrators: list[str]
    description: str = ""
    chapter_ids: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


@dataclass
class Chapter:
    """One chapter of an audiobook; it plays like an episode."""

    id: str
    audiobook_id: str
    name: str
    chapter_number: int
    duration_ms: int
    images: list[Image] = field(default_factory=list)


def local_uri(artist: str, album: str, title: str, duration_ms: int) -> str:
    """Return Spotify's URI for a local file."""
    return (
        f"spotify:local:{quote_plus(artist)}:{quote_plus(album)}:"
        f"{quote_plus(title)}:{duration_ms // 1000}"
    )


def parse_uri(uri: str) -> tuple[str, str]:
    """Split `spotify:<kind>:<id>` (and the user collection URI) into kind and id."""
    parts = uri.split(":")
    if len(parts) == 3 and parts[0] == "spotify":
        return parts[1], parts[2]
    if len(parts) == 4 and parts[0] == "spotify" and parts[1] == "user":
        # spotify:user:<id>:collection (Liked Songs)
        return parts[3], parts[2]
    if len(parts) >= 3 and parts[:2] == ["spotify", "local"]:
        return "local", uri
    return "", ""


class Catalog:
    """Every object the fake knows, and their JSON for Development-Mode apps."""

    def __init__(self) -> None:
        """Initialize an empty catalog."""
        self.api_base = REAL_API_BASE
        # Where images are named: None for Spotify's CDN, as Spotify's bodies
        # do; the fake's own address when it serves them (images.py).
        self.image_base: str | None = None
        self.artists: dict[str, Artist] = {}
        self.albums: dict[str, Album] = {}
        self.tracks: dict[str, Track] = {}
        self.local_tracks: dict[str, LocalTrack] = {}
        self.shows: dict[str, Show] = {}
        self.episodes: dict[str, Episode] = {}
        self.playlists: dict[str, Playlist] = {}
        self.audiobooks: dict[str, Audiobook] = {}
        self.chapters: dict[str, Chapter] = {}
        self.user_names: dict[str, str | None] = {SPOTIFY_USER_ID: "Spotify"}

    def images_json(self, images: list[Image]) -> list[dict[str, Any]]:
        """Return image objects, on the fake's own address when it serves them."""
        if self.image_base is None:
            return [image.to_json() for image in images]
        return [
            {**image.to_json(), "url": local_url(image.url, self.image_base)}
            for image in images
        ]

    # -- building -------------------------------------------------------------

    def add_artist(self, artist: Artist) -> Artist:
        """Add (or replace) an artist."""
        self.artists[artist.id] = artist
        return artist

    def add_album(self, album: Album, tracks: list[Track] | None = None) -> Album:
        """Add an album and, optionally, its tracks."""
        self.albums[album.id] = album
        for track in tracks or []:
            self.add_track(track)
        return album

    def add_track(self, track: Track) -> Track:
        """Add a track and list it on its album."""
        self.tracks[track.id] = track
        album = self.albums.get(track.album_id)
        if album is not None and track.id not in album.track_ids:
            album.track_ids.append(track.id)
        return track

    def add_local_track(
        self, name: str, artist_name: str, album_name: str, duration_ms: int
    ) -> LocalTrack:
        """Add a local file and return it (its URI is `spotify:local:...`)."""
        uri = local_uri(artist_name, album_name, name, duration_ms)
        track = LocalTrack(uri, name, artist_name, album_name, duration_ms)
        self.local_tracks[uri] = track
        return track

    def add_show(self, show: Show) -> Show:
        """Add a show."""
        self.shows[show.id] = show
        return show

    def add_episode(self, episode: Episode) -> Episode:
        """Add an episode and list it (newest first) on its show."""
        self.episodes[episode.id] = episode
        show = self.shows.get(episode.show_id)
        if show is not None and episode.id not in show.episode_ids:
            show.episode_ids.append(episode.id)
            show.episode_ids.sort(
                key=lambda eid: self.episodes[eid].release_date, reverse=True
            )
        return episode

    def add_playlist(self, playlist: Playlist) -> Playlist:
        """Add a playlist."""
        self.playlists[playlist.id] = playlist
        return playlist

    # -- lookups --------------------------------------------------------------

    def item_kind(self, uri: str) -> ItemKind | None:
        """Return whether `uri` is a known track, episode or local file."""
        kind, item_id = parse_uri(uri)
        if kind == "track" and item_id in self.tracks:
            return "track"
        if kind == "episode" and item_id in self.episodes:
            return "episode"
        if kind == "local" and uri in self.local_tracks:
            return "local"
        if kind == "chapter" and item_id in self.chapters:
            return "chapter"
        return None

    def duration_ms(self, uri: str) -> int:
        """Return the duration of a playable item."""
        kind, item_id = parse_uri(uri)
        if kind == "track":
            return self.tracks[item_id].duration_ms
        if kind == "episode":
            return self.episodes[item_id].duration_ms
        if kind == "chapter":
            return self.chapters[item_id].duration_ms
        return self.local_tracks[uri].duration_ms

    def context_items(self, uri: str, user_saved_tracks: list[str]) -> list[str] | None:
        """Return the playable URIs of a context, or None when it is unknown."""
        kind, item_id = parse_uri(uri)
        if kind == "album" and item_id in self.albums:
            return [f"spotify:track:{tid}" for tid in self.albums[item_id].track_ids]
        if kind == "playlist" and item_id in self.playlists:
            return [entry.uri for entry in self.playlists[item_id].entries]
        if kind == "artist" and item_id in self.artists:
            return [
                track.uri
                for album in self.albums.values()
                if item_id in album.artist_ids
                for track in (self.tracks[tid] for tid in album.track_ids)
            ]
        if kind == "show" and item_id in self.shows:
            return [f"spotify:episode:{eid}" for eid in self.shows[item_id].episode_ids]
        if kind == "collection":
            return [f"spotify:track:{tid}" for tid in user_saved_tracks]
        if kind == "audiobook" and item_id in self.audiobooks:
            return [
                f"spotify:chapter:{cid}" for cid in self.audiobooks[item_id].chapter_ids
            ]
        return None

    # -- JSON: small pieces ---------------------------------------------------

    def _href(self, path: str) -> str:
        return f"{self.api_base}/{path}"

    @staticmethod
    def _external(kind: str, item_id: str) -> dict[str, str]:
        return {"spotify": f"{OPEN_SPOTIFY}/{kind}/{item_id}"}

    def user_public(self, user_id: str, *, with_name: bool = True) -> dict[str, Any]:
        """Return a public user object (owner; `added_by` has no display name)."""
        body: dict[str, Any] = {}
        if with_name:
            body["display_name"] = self.user_names.get(user_id)
        body |= {
            "external_urls": self._external("user", user_id),
            "href": self._href(f"users/{user_id}"),
            "id": user_id,
            "type": "user",
            "uri": f"spotify:user:{user_id}",
        }
        return body

    def context_json(self, uri: str) -> dict[str, Any]:
        """Return a playback/recently-played context object for `uri`."""
        kind, item_id = parse_uri(uri)
        if kind == "collection":
            return {
                "external_urls": {"spotify": f"{OPEN_SPOTIFY}/collection/tracks"},
                "href": self._href("me/tracks"),
                "type": "collection",
                "uri": uri,
            }
        return {
            "external_urls": self._external(kind, item_id),
            "href": self._href(f"{kind}s/{item_id}"),
            "type": kind,
            "uri": uri,
        }

    # -- JSON: artists and albums ---------------------------------------------

    def artist_simple(self, artist_id: str) -> dict[str, Any]:
        """Return a simplified artist."""
        artist = self.artists[artist_id]
        return {
            "external_urls": self._external("artist", artist.id),
            "href": self._href(f"artists/{artist.id}"),
            "id": artist.id,
            "name": artist.name,
            "type": "artist",
            "uri": f"spotify:artist:{artist.id}",
        }

    def artist_full(self, artist_id: str) -> dict[str, Any]:
        """Return a full artist (no `followers`/`popularity` in Development Mode)."""
        artist = self.artists[artist_id]
        return {
            "external_urls": self._external("artist", artist.id),
            "genres": list(artist.genres),
            "href": self._href(f"artists/{artist.id}"),
            "id": artist.id,
            "images": self.images_json(artist.images),
            "name": artist.name,
            "type": "artist",
            "uri": f"spotify:artist:{artist.id}",
        }

    def album_simple(self, album_id: str) -> dict[str, Any]:
        """Return a simplified album."""
        album = self.albums[album_id]
        return {
            "album_type": album.album_type,
            "artists": [self.artist_simple(aid) for aid in album.artist_ids],
            "external_urls": self._external("album", album.id),
            "href": self._href(f"albums/{album.id}"),
            "id": album.id,
            "images": self.images_json(album.images),
            "name": album.name,
            "release_date": album.release_date,
            "release_date_precision": album.release_date_precision,
            "total_tracks": (
                album.total_tracks
                if album.total_tracks is not None
                else len(album.track_ids)
            ),
            "type": "album",
            "uri": f"spotify:album:{album.id}",
        }

    def album_full(self, album_id: str) -> dict[str, Any]:
        """Return a full album with its first 50 tracks."""
        album = self.albums[album_id]
        tracks = [self.track_simple(tid) for tid in album.track_ids[:50]]
        body = self.album_simple(album_id)
        body |= {
            "copyrights": [
                {"text": text, "type": kind} for text, kind in album.copyrights
            ],
            "external_ids": {"upc": album.upc} if album.upc else {},
            "genres": [],
            "tracks": offset_page(
                tracks,
                total=len(album.track_ids),
                offset=0,
                limit=50,
                url=self._href(f"albums/{album.id}/tracks"),
            ),
        }
        return body

    # -- JSON: tracks ---------------------------------------------------------

    def track_simple(self, track_id: str) -> dict[str, Any]:
        """Return a simplified track (album tracks: no `album`)."""
        track = self.tracks[track_id]
        return {
            "artists": [self.artist_simple(aid) for aid in track.artist_ids],
            "disc_number": track.disc_number,
            "duration_ms": track.duration_ms,
            "explicit": track.explicit,
            "external_urls": self._external("track", track.id),
            "href": self._href(f"tracks/{track.id}"),
            "id": track.id,
            "is_local": False,
            "name": track.name,
            "preview_url": None,
            "track_number": track.track_number,
            "type": "track",
            "uri": track.uri,
        }

    def track_full(self, track_id: str) -> dict[str, Any]:
        """Return a full track with `external_ids.isrc`."""
        track = self.tracks[track_id]
        return {
            "album": self.album_simple(track.album_id),
            "artists": [self.artist_simple(aid) for aid in track.artist_ids],
            "disc_number": track.disc_number,
            "duration_ms": track.duration_ms,
            "explicit": track.explicit,
            "external_ids": {"isrc": track.isrc} if track.isrc else {},
            "external_urls": self._external("track", track.id),
            "href": self._href(f"tracks/{track.id}"),
            "id": track.id,
            "is_local": False,
            "name": track.name,
            "preview_url": None,
            "track_number": track.track_number,
            "type": "track",
            "uri": track.uri,
        }

    def local_track_json(self, uri: str) -> dict[str, Any]:
        """Return a local file the way the player reports it (ids and hrefs null)."""
        local = self.local_tracks[uri]
        return {
            "album": {
                "album_type": None,
                "artists": [],
                "external_urls": {},
                "href": None,
                "id": None,
                "images": [],
                "name": local.album_name,
                "release_date": None,
                "release_date_precision": None,
                "type": "album",
                "uri": None,
            },
            "artists": [
                {
                    "external_urls": {},
                    "href": None,
                    "id": None,
                    "name": local.artist_name,
                    "type": "artist",
                    "uri": None,
                }
            ],
            "disc_number": 0,
            "duration_ms": local.duration_ms,
            "explicit": False,
            "external_ids": {},
            "external_urls": {},
            "href": None,
            "id": None,
            "is_local": True,
            "name": local.name,
            "preview_url": None,
            "track_number": 0,
            "type": "track",
            "uri": local.uri,
        }

    # -- JSON: shows and episodes ---------------------------------------------

    def show_simple(self, show_id: str) -> dict[str, Any]:
        """Return a simplified show (no `publisher`/`available_markets`)."""
        show = self.shows[show_id]
        return {
            "copyrights": [],
            "description": show.description,
            "explicit": show.explicit,
            "external_urls": self._external("show", show.id),
            "href": self._href(f"shows/{show.id}"),
            "html_description": f"<p>{show.description}</p>",
            "id": show.id,
            "images": self.images_json(show.images),
            "is_externally_hosted": False,
            "languages": list(show.languages),
            "media_type": show.media_type,
            "name": show.name,
            "total_episodes": (
                show.total_episodes
                if show.total_episodes is not None
                else len(show.episode_ids)
            ),
            "type": "show",
            "uri": f"spotify:show:{show.id}",
        }

    def show_full(self, show_id: str) -> dict[str, Any]:
        """Return a full show with its 50 newest episodes."""
        show = self.shows[show_id]
        body = self.show_simple(show_id)
        body["episodes"] = offset_page(
            [self.episode_simple(eid) for eid in show.episode_ids[:50]],
            total=len(show.episode_ids),
            offset=0,
            limit=50,
            url=self._href(f"shows/{show.id}/episodes"),
        )
        return body

    def episode_simple(self, episode_id: str) -> dict[str, Any]:
        """Return a simplified episode (no `show`)."""
        episode = self.episodes[episode_id]
        return {
            "audio_preview_url": None,
            "description": episode.description,
            "duration_ms": episode.duration_ms,
            "explicit": episode.explicit,
            "external_urls": self._external("episode", episode.id),
            "href": self._href(f"episodes/{episode.id}"),
            "html_description": f"<p>{episode.description}</p>",
            "id": episode.id,
            "images": self.images_json(episode.images),
            "is_externally_hosted": False,
            "is_playable": True,
            "language": episode.language,
            "languages": [episode.language],
            "name": episode.name,
            "release_date": episode.release_date,
            "release_date_precision": "day",
            "resume_point": {"fully_played": False, "resume_position_ms": 0},
            "type": "episode",
            "uri": episode.uri,
        }

    def episode_full(self, episode_id: str) -> dict[str, Any]:
        """Return a full episode with its show."""
        body = self.episode_simple(episode_id)
        body["show"] = self.show_simple(self.episodes[episode_id].show_id)
        return dict(sorted(body.items()))

    def item_json(self, uri: str) -> dict[str, Any]:
        """Return the full object of a playable URI (track, episode or local file)."""
        kind, item_id = parse_uri(uri)
        if kind == "track":
            return self.track_full(item_id)
        if kind == "episode":
            return self.episode_full(item_id)
        if kind == "chapter":
            return self.chapter_full(item_id)
        return self.local_track_json(uri)

    # -- JSON: audiobooks and chapters ------------------------------------------

    def audiobook_simple(self, audiobook_id: str) -> dict[str, Any]:
        """Return a simplified audiobook (no `publisher`/`available_markets` since 2026)."""
        book = self.audiobooks[audiobook_id]
        return {
            "authors": [{"name": name} for name in book.authors],
            "copyrights": [],
            "description": book.description,
            "edition": "Unabridged",
            "explicit": False,
            "external_urls": self._external("audiobook", book.id),
            "href": self._href(f"audiobooks/{book.id}"),
            "html_description": f"<p>{book.description}</p>",
            "id": book.id,
            "images": self.images_json(book.images),
            "languages": ["en"],
            "media_type": "audio",
            "name": book.name,
            "narrators": [{"name": name} for name in book.narrators],
            "total_chapters": len(book.chapter_ids),
            "type": "audiobook",
            "uri": f"spotify:audiobook:{book.id}",
        }

    def audiobook_full(self, audiobook_id: str) -> dict[str, Any]:
        """Return a full audiobook with its first 50 chapters."""
        book = self.audiobooks[audiobook_id]
        body = self.audiobook_simple(audiobook_id)
        body["chapters"] = offset_page(
            [self.chapter_simple(cid) for cid in book.chapter_ids[:50]],
            total=len(book.chapter_ids),
            offset=0,
            limit=50,
            url=self._href(f"audiobooks/{book.id}/chapters"),
        )
        return body

    def chapter_simple(self, chapter_id: str) -> dict[str, Any]:
        """Return a simplified chapter."""
        chapter = self.chapters[chapter_id]
        book = self.audiobooks[chapter.audiobook_id]
        return {
            "audio_preview_url": None,
            "chapter_number": chapter.chapter_number,
            "description": "",
            "duration_ms": chapter.duration_ms,
            "explicit": False,
            "external_urls": self._external("chapter", chapter.id),
            "href": self._href(f"chapters/{chapter.id}"),
            "id": chapter.id,
            "images": self.images_json(chapter.images or book.images),
            "is_playable": True,
            "languages": ["en"],
            "name": chapter.name,
            "release_date": "2024-01-01",
            "release_date_precision": "day",
            "type": "chapter",
            "uri": f"spotify:chapter:{chapter.id}",
        }

    def chapter_full(self, chapter_id: str) -> dict[str, Any]:
        """Return a chapter with its audiobook."""
        body = self.chapter_simple(chapter_id)
        body["audiobook"] = self.audiobook_simple(
            self.chapters[chapter_id].audiobook_id
        )
        return body

    # -- JSON: playlists ------------------------------------------------------

    def playlist_simple(self, playlist_id: str) -> dict[str, Any]:
        """Return a playlist as `/me/playlists` lists it (`tracks` and `items`)."""
        playlist = self.playlists[playlist_id]
        ref = {
            "tracks": {
                "href": self._href(f"playlists/{playlist.id}/tracks"),
                "total": len(playlist.entries),
            },
            "items": {
                "href": self._href(f"playlists/{playlist.id}/items"),
                "total": len(playlist.entries),
            },
        }
        return self._playlist_head(playlist) | ref | self._playlist_tail(playlist)

    def _playlist_head(self, playlist: Playlist) -> dict[str, Any]:
        return {
            "collaborative": playlist.collaborative,
            "description": playlist.description,
            "external_urls": self._external("playlist", playlist.id),
        }

    def _playlist_tail(self, playlist: Playlist) -> dict[str, Any]:
        return {
            "href": self._href(f"playlists/{playlist.id}"),
            "id": playlist.id,
            "images": self.images_json(playlist.images),
            "name": playlist.name,
            "owner": self.user_public(playlist.owner_id),
            "primary_color": None,
            "public": playlist.public,
            "snapshot_id": playlist.snapshot_id,
            "type": "playlist",
            "uri": playlist.uri,
        }

    def playlist_entry(
        self, entry: PlaylistEntry, *, item_key: bool = True
    ) -> dict[str, Any]:
        """Return one playlist entry: both `track` and `item`, or `track` only."""
        kind, _ = parse_uri(entry.uri)
        item = self.item_json(entry.uri)
        item["episode"] = kind == "episode"
        item["track"] = kind != "episode"
        body: dict[str, Any] = {
            "added_at": entry.added_at,
            "added_by": self.user_public(entry.added_by, with_name=False),
            "is_local": kind == "local",
            "primary_color": None,
            "track": item,
        }
        if item_key:
            body["item"] = item
        body["video_thumbnail"] = {"url": None}
        return body

    def playlist_full(
        self, playlist_id: str, *, with_items: bool, params: dict[str, Any]
    ) -> dict[str, Any]:
        """Return a full playlist; nested items only for owners/collaborators."""
        playlist = self.playlists[playlist_id]
        body = self._playlist_head(playlist)
        body["followers"] = {"href": None, "total": playlist.followers}
        tail = self._playlist_tail(playlist)
        tail["href"] = build_url(tail["href"], params)
        body |= tail
        for key in ("tracks", "items"):
            url = self._href(f"playlists/{playlist.id}/{key}")
            if with_items:
                body[key] = offset_page(
                    [self.playlist_entry(entry) for entry in playlist.entries[:100]],
                    total=len(playlist.entries),
                    offset=0,
                    limit=100,
                    url=url,
                    params=params,
                )
            else:
                body[key] = {"href": url, "total": len(playlist.entries)}
        return dict(sorted(body.items()))

    # -- ingestion of real recorded bodies -------------------------------------

    def ingest_artist(self, data: dict[str, Any]) -> str:
        """Add an artist from a (simplified or full) artist object; return its id."""
        artist_id: str = data["id"]
        existing = self.artists.get(artist_id)
        images = [
            Image(img["url"], img.get("height"), img.get("width"))
            for img in data.get("images") or []
        ]
        if existing is None:
            self.add_artist(
                Artist(artist_id, data["name"], list(data.get("genres") or []), images)
            )
        else:
            existing.genres = list(data.get("genres") or existing.genres)
            existing.images = images or existing.images
        return artist_id

    def ingest_album(self, data: dict[str, Any]) -> str:
        """Add an album from a simplified album object; return its id."""
        album_id: str = data["id"]
        artist_ids = [self.ingest_artist(artist) for artist in data.get("artists", [])]
        if album_id not in self.albums:
            self.add_album(
                Album(
                    id=album_id,
                    name=data["name"],
                    artist_ids=artist_ids,
                    album_type=data.get("album_type") or "album",
                    release_date=data.get("release_date"),
                    release_date_precision=data.get("release_date_precision"),
                    images=[
                        Image(img["url"], img.get("height"), img.get("width"))
                        for img in data.get("images") or []
                    ],
                    total_tracks=data.get("total_tracks"),
                )
            )
        return album_id

    def ingest_item(self, data: dict[str, Any]) -> str:
        """Add a track, local file or episode object; return its URI."""
        if data.get("type") == "episode":
            return self.ingest_episode(data)
        if data.get("is_local"):
            artists = data.get("artists") or [{"name": ""}]
            uri: str = data["uri"]
            self.local_tracks[uri] = LocalTrack(
                uri,
                data["name"],
                artists[0]["name"],
                (data.get("album") or {}).get("name") or "",
                data["duration_ms"],
            )
            return uri
        album_id = self.ingest_album(data["album"])
        track = Track(
            id=data["id"],
            name=data["name"],
            album_id=album_id,
            artist_ids=[self.ingest_artist(artist) for artist in data["artists"]],
            duration_ms=data["duration_ms"],
            track_number=data.get("track_number", 1),
            disc_number=data.get("disc_number", 1),
            explicit=data.get("explicit", False),
            isrc=(data.get("external_ids") or {}).get("isrc"),
        )
        self.add_track(track)
        return track.uri

    def ingest_show(self, data: dict[str, Any]) -> str:
        """Add a show from a simplified show object; return its id."""
        show_id: str = data["id"]
        if show_id not in self.shows:
            self.add_show(
                Show(
                    id=show_id,
                    name=data["name"],
                    publisher=data.get("publisher", ""),
                    description=data.get("description", ""),
                    images=[
                        Image(img["url"], img.get("height"), img.get("width"))
                        for img in data.get("images") or []
                    ],
                    languages=list(data.get("languages") or ["en"]),
                    explicit=data.get("explicit", False),
                    media_type=data.get("media_type", "audio"),
                    total_episodes=data.get("total_episodes"),
                )
            )
        return show_id

    def ingest_episode(self, data: dict[str, Any]) -> str:
        """Add an episode (with its show); return its URI."""
        show_id = self.ingest_show(data["show"])
        episode = Episode(
            id=data["id"],
            name=data["name"],
            show_id=show_id,
            duration_ms=data["duration_ms"],
            release_date=data.get("release_date") or "2024-01-01",
            description=data.get("description", ""),
            images=[
                Image(img["url"], img.get("height"), img.get("width"))
                for img in data.get("images") or []
            ],
            language=data.get("language") or "en",
            explicit=data.get("explicit", False),
        )
        self.add_episode(episode)
        return episode.uri

    def ingest_playlist(self, data: dict[str, Any]) -> str:
        """Add a playlist from a simplified or full playlist object; return its id."""
        owner = data["owner"]
        self.user_names.setdefault(owner["id"], owner.get("display_name"))
        playlist = self.playlists.get(data["id"]) or Playlist(
            id=data["id"], name=data["name"], owner_id=owner["id"]
        )
        playlist.description = data.get("description") or ""
        playlist.public = bool(data.get("public"))
        playlist.collaborative = bool(data.get("collaborative"))
        playlist.images = [
            Image(img["url"], img.get("height"), img.get("width"))
            for img in data.get("images") or []
        ]
        paging = data.get("items") if isinstance(data.get("items"), dict) else None
        if paging is None and isinstance(data.get("tracks"), dict):
            paging = data["tracks"]
        if paging is not None and "items" in paging:
            playlist.entries = [
                self.ingest_entry(entry)
                for entry in paging["items"]
                if (entry.get("item") or entry.get("track"))
            ]
        self.add_playlist(playlist)
        return playlist.id

    def ingest_entry(self, data: dict[str, Any]) -> PlaylistEntry:
        """Return a playlist entry from a recorded entry (`item` or `track`)."""
        item = data.get("item") or data["track"]
        return PlaylistEntry(
            uri=self.ingest_item(item),
            added_at=data.get("added_at") or "2024-01-01T00:00:00Z",
            added_by=(data.get("added_by") or {}).get("id") or SPOTIFY_USER_ID,
        )
