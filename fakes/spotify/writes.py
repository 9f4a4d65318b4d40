"""The write endpoints, as Spotify answers a Development-Mode app in 2026.

- `POST /me/playlists` creates a playlist of the caller (201, the playlist);
  `POST /users/{id}/playlists` is gone (403).
- `POST /playlists/{id}/items` adds at most 100 URIs (201 `snapshot_id`);
  `PUT /playlists/{id}/items` replaces them (at most 100; 200 `snapshot_id`).
  Only the owner and collaborators may change a playlist (403 otherwise); a
  playlist nobody follows any more still answers (Spotify keeps it), which
  is why Encore asks `contains` whether the user still has it.
- `PUT` / `DELETE /me/library?uris=` save or remove tracks, albums, episodes,
  shows, audiobooks, playlists (follow) and artists (follow): at most 40 URIs.
- `GET /me/library/contains?uris=`: one boolean per URI, in order.

Scopes: playlist writes need `playlist-modify-public` for a public playlist,
`playlist-modify-private` for a private one; library writes need
`user-library-modify`, `contains` needs `user-library-read`.
"""

from datetime import UTC, datetime
import json
from typing import TYPE_CHECKING, Any, Final

from aiohttp import web

from .catalog import Playlist, PlaylistEntry, is_base62_id, parse_uri, spotify_id
from .errors import (
    MSG_FORBIDDEN,
    MSG_INSUFFICIENT_SCOPE,
    bad_request,
    forbidden,
    json_response,
    not_found,
)
from .users import FakeUser

if TYPE_CHECKING:
    from .server import FakeSpotify

PLAYLIST_MAX_ITEMS: Final = 100
LIBRARY_MAX_URIS: Final = 40
MODIFY_PUBLIC: Final = "playlist-modify-public"
MODIFY_PRIVATE: Final = "playlist-modify-private"
LIBRARY_MODIFY: Final = "user-library-modify"
LIBRARY_READ: Final = "user-library-read"
SLASH: Final = "{_slash:/?}"


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SpotifyWrites:
    """Route handlers for playlist and library writes."""

    def __init__(self, fake: FakeSpotify) -> None:
        """Bind to the fake."""
        self.fake = fake
        self._created = 0

    def routes(self) -> list[web.RouteDef]:
        """Return the write routes (a trailing slash is accepted)."""
        return [
            web.post("/v1/me/playlists" + SLASH, self.create_playlist),
            web.post("/v1/users/{user_id}/playlists" + SLASH, self.removed),
            web.post("/v1/playlists/{playlist_id}/items" + SLASH, self.add_items),
            web.put("/v1/playlists/{playlist_id}/items" + SLASH, self.replace_items),
            web.put("/v1/me/library" + SLASH, self.save),
            web.delete("/v1/me/library" + SLASH, self.remove),
            web.get("/v1/me/library/contains" + SLASH, self.contains),
        ]

    async def removed(self, request: web.Request) -> web.StreamResponse:
        """POST /users/{id}/playlists: gone for Development-Mode apps."""
        self.fake.authenticate(request)
        raise forbidden(MSG_FORBIDDEN)

    # -- playlists ---------------------------------------------------------------

    async def create_playlist(self, request: web.Request) -> web.StreamResponse:
        """POST /me/playlists {name, public, collaborative, description}: 201."""
        body = await _json_body(request)
        public = body.get("public", True) is not False
        user, _ = self.fake.authenticate(
            request, MODIFY_PUBLIC if public else MODIFY_PRIVATE
        )
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad_request("Missing required field: name")
        collaborative = body.get("collaborative") is True
        if collaborative and public:
            raise bad_request("Collaborative playlists cannot be public")
        self._created += 1
        playlist = Playlist(
            id=spotify_id("playlist", user.id, name, str(self._created)),
            name=name,
            owner_id=user.id,
            description=str(body.get("description") or ""),
            public=public,
            collaborative=collaborative,
        )
        self.fake.catalog.add_playlist(playlist)
        user.library.add_playlist(playlist.id)
        return json_response(
            self.fake.catalog.playlist_full(playlist.id, with_items=True, params={}),
            status=201,
        )

    def _writable(self, request: web.Request) -> tuple[FakeUser, Playlist]:
        playlist_id = request.match_info["playlist_id"]
        if not is_base62_id(playlist_id):
            raise bad_request("Invalid base62 id")
        playlist = self.fake.catalog.playlists.get(playlist_id)
        user, grant = self.fake.authenticate(request)
        if playlist is None or playlist.spotify_owned:
            raise not_found()
        needed = MODIFY_PUBLIC if playlist.public else MODIFY_PRIVATE
        if needed not in grant.scopes:
            raise forbidden(MSG_INSUFFICIENT_SCOPE)
        if not playlist.can_read_items(user.id):
            # Neither the owner nor a collaborator.
            raise forbidden(MSG_FORBIDDEN)
        return user, playlist

    async def _uris(self, request: web.Request, maximum: int) -> list[str]:
        body = await _json_body(request)
        if "uris" in body:
            uris = body["uris"]
            if not isinstance(uris, list) or not all(isinstance(u, str) for u in uris):
                raise bad_request("Invalid uris")
        else:
            uris = [uri for uri in request.query.get("uris", "").split(",") if uri]
        if len(uris) > maximum:
            raise bad_request(f"You can add a maximum of {maximum} tracks per request.")
        for uri in uris:
            if self.fake.catalog.item_kind(uri) is None:
                raise bad_request(f"Invalid track uri: {uri}")
        return list(uris)

    async def add_items(self, request: web.Request) -> web.StreamResponse:
        """POST /playlists/{id}/items {uris, position}: 201 {snapshot_id}."""
        user, playlist = self._writable(request)
        body = await _json_body(request)
        uris = await self._uris(request, PLAYLIST_MAX_ITEMS)
        position = body.get("position", request.query.get("position"))
        at = len(playlist.entries) if position is None else int(position)
        entries = [self._entry(uri, user) for uri in uris]
        playlist.entries[at:at] = entries
        playlist.version += 1
        return json_response({"snapshot_id": playlist.snapshot_id}, status=201)

    async def replace_items(self, request: web.Request) -> web.StreamResponse:
        """PUT /playlists/{id}/items {uris}: every item replaced; 200 {snapshot_id}."""
        user, playlist = self._writable(request)
        uris = await self._uris(request, PLAYLIST_MAX_ITEMS)
        playlist.entries = [self._entry(uri, user) for uri in uris]
        playlist.version += 1
        return json_response({"snapshot_id": playlist.snapshot_id})

    @staticmethod
    def _entry(uri: str, user: FakeUser) -> PlaylistEntry:
        return PlaylistEntry(uri=uri, added_at=_now_iso(), added_by=user.id)

    # -- library -----------------------------------------------------------------

    def _library_uris(self, request: web.Request) -> list[str]:
        uris = [uri for uri in request.query.get("uris", "").split(",") if uri]
        if not uris:
            raise bad_request("Required parameter uris missing")
        if len(uris) > LIBRARY_MAX_URIS:
            raise bad_request(f"Too many ids requested (maximum {LIBRARY_MAX_URIS})")
        for uri in uris:
            kind, item_id = parse_uri(uri)
            if kind not in _SAVABLE or not is_base62_id(item_id):
                raise bad_request(f"Unsupported URI: {uri}")
        return uris

    async def save(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/library?uris=: save or follow each (already saved: unchanged)."""
        user, _ = self.fake.authenticate(request, LIBRARY_MODIFY)
        for uri in self._library_uris(request):
            if not _contains(user, uri):
                _save(user, uri)
        return web.Response(status=200)

    async def remove(self, request: web.Request) -> web.StreamResponse:
        """DELETE /me/library?uris=: remove or unfollow each."""
        user, _ = self.fake.authenticate(request, LIBRARY_MODIFY)
        for uri in self._library_uris(request):
            _remove(user, uri)
        return web.Response(status=200)

    async def contains(self, request: web.Request) -> web.StreamResponse:
        """GET /me/library/contains?uris=: [bool, ...]."""
        user, _ = self.fake.authenticate(request, LIBRARY_READ)
        return json_response(
            [_contains(user, uri) for uri in self._library_uris(request)]
        )


_SAVABLE: Final = frozenset(
    {"track", "album", "episode", "show", "audiobook", "playlist", "artist"}
)


def _saved_list(user: FakeUser, kind: str) -> list[Any] | None:
    library = user.library
    return {
        "track": library.saved_tracks,
        "album": library.saved_albums,
        "episode": library.saved_episodes,
        "show": library.saved_shows,
        "audiobook": library.saved_audiobooks,
    }.get(kind)


def _contains(user: FakeUser, uri: str) -> bool:
    kind, item_id = parse_uri(uri)
    if kind == "playlist":
        return item_id in user.library.playlist_ids
    if kind == "artist":
        return item_id in user.library.followed_artists
    saved = _saved_list(user, kind)
    return saved is not None and any(item.id == item_id for item in saved)


def _save(user: FakeUser, uri: str) -> None:
    kind, item_id = parse_uri(uri)
    library = user.library
    if kind == "playlist":
        library.add_playlist(item_id)
    elif kind == "artist":
        library.follow_artist(item_id)
    elif kind == "track":
        library.save_track(item_id, _now_iso())
    elif kind == "album":
        library.save_album(item_id, _now_iso())
    elif kind == "episode":
        library.save_episode(item_id, _now_iso())
    elif kind == "show":
        library.save_show(item_id, _now_iso())
    elif kind == "audiobook":
        library.save_audiobook(item_id, _now_iso())


def _remove(user: FakeUser, uri: str) -> None:
    kind, item_id = parse_uri(uri)
    library = user.library
    if kind == "playlist":
        if item_id in library.playlist_ids:
            library.playlist_ids.remove(item_id)
    elif kind == "artist":
        if item_id in library.followed_artists:
            library.followed_artists.remove(item_id)
    elif (saved := _saved_list(user, kind)) is not None:
        saved[:] = [item for item in saved if item.id != item_id]


async def _json_body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        raise bad_request("Malformed json") from None
    if not isinstance(body, dict):
        raise bad_request("Malformed json")
    return body
