"""The Web API routes (/v1/...): HTTP in, the fake's state, Spotify's JSON out."""

from collections.abc import Callable
from functools import partial
import json
import re
from typing import TYPE_CHECKING, Any, Final

from aiohttp import web

from .catalog import Catalog, is_base62_id
from .errors import (
    MSG_FORBIDDEN,
    bad_request,
    forbidden,
    json_response,
    not_found,
    premium_required,
)
from .library import TIME_RANGES
from .paging import build_url, int_param, limit_offset, offset_page
from .users import FakeUser

if TYPE_CHECKING:
    from .server import FakeSpotify

Render = Callable[[], dict[str, Any]]

READ_PLAYBACK: Final = "user-read-playback-state"
READ_CURRENTLY_PLAYING: Final = "user-read-currently-playing"
MODIFY_PLAYBACK: Final = "user-modify-playback-state"
SEARCH_TYPES: Final = (
    "track",
    "artist",
    "album",
    "playlist",
    "show",
    "episode",
    "audiobook",
)
# Development-Mode search: `limit` 1..10, default 5 (changelog "february-2026").
SEARCH_MAX_LIMIT: Final = 10
SEARCH_DEFAULT_LIMIT: Final = 5
SEARCH_MAX_OFFSET: Final = 1000
# Optional trailing slash, left out of the endpoint names in the call log.
SLASH: Final = "{_slash:/?}"
_FILTER = re.compile(r'(\w+):(?:"([^"]*)"|(\S+))')

# Endpoints Development-Mode apps lost (Nov 2024, Feb 2026): 403 Forbidden.
REMOVED_PATHS: Final = (
    "/v1/tracks",
    "/v1/albums",
    "/v1/artists",
    "/v1/shows",
    "/v1/episodes",
    # Only the batch look-ups: one audiobook, its chapters and one chapter
    # still answer (books.py).
    "/v1/audiobooks",
    "/v1/chapters",
    "/v1/artists/{artist_id}/top-tracks",
    "/v1/artists/{artist_id}/related-artists",
    "/v1/browse/{tail:.*}",
    "/v1/recommendations",
    "/v1/recommendations/{tail:.*}",
    "/v1/audio-features",
    "/v1/audio-features/{tail:.*}",
    "/v1/audio-analysis/{tail:.*}",
    "/v1/users/{user_id}",
    "/v1/markets",
)


def _no_content() -> web.Response:
    return web.Response(status=204)


def _base62(request: web.Request, name: str) -> str:
    value = request.match_info[name]
    if not is_base62_id(value):
        raise bad_request("Invalid base62 id")
    return value


def _rank(name: str, words: list[str]) -> int:
    text = " ".join(words)
    lowered = name.lower()
    if lowered == text:
        return 0
    if lowered.startswith(text):
        return 1
    return 2


def _contains_all(haystack: str, words: list[str]) -> bool:
    lowered = haystack.lower()
    return all(word in lowered for word in words)


def _year_matches(release_date: str | None, wanted: str) -> bool:
    if not release_date:
        return False
    year = int(release_date[:4])
    first, _, last = wanted.partition("-")
    try:
        return int(first) <= year <= int(last or first)
    except ValueError:
        return False


class SpotifyApi:
    """Route handlers for /v1."""

    def __init__(self, fake: FakeSpotify) -> None:
        """Bind to the fake."""
        self.fake = fake

    @property
    def catalog(self) -> Catalog:
        """Return the fake's catalog."""
        return self.fake.catalog

    def _url(self, path: str) -> str:
        return f"{self.fake.api_base}/{path}"

    def routes(self) -> list[web.RouteDef]:
        """Return every /v1 route."""
        get, put, post = web.get, web.put, web.post
        routes = [
            get("/v1/me", self.me),
            get("/v1/me/player", self.playback),
            put("/v1/me/player", self.transfer),
            get("/v1/me/player/currently-playing", self.currently_playing),
            get("/v1/me/player/devices", self.devices),
            get("/v1/me/player/queue", self.queue),
            post("/v1/me/player/queue", self.add_to_queue),
            put("/v1/me/player/play", self.play),
            put("/v1/me/player/pause", self.pause),
            post("/v1/me/player/next", self.next),
            post("/v1/me/player/previous", self.previous),
            put("/v1/me/player/seek", self.seek),
            put("/v1/me/player/volume", self.volume),
            put("/v1/me/player/shuffle", self.shuffle),
            put("/v1/me/player/repeat", self.repeat),
            get("/v1/me/player/recently-played", self.recently_played),
            get("/v1/me/playlists", self.my_playlists),
            get("/v1/users/{user_id}/playlists", self.user_playlists),
            get("/v1/playlists/{playlist_id}", self.playlist),
            get("/v1/playlists/{playlist_id}/items", self.playlist_items),
            get("/v1/playlists/{playlist_id}/tracks", self.playlist_tracks),
            get("/v1/me/tracks", self.saved_tracks),
            get("/v1/me/albums", self.saved_albums),
            get("/v1/me/shows", self.saved_shows),
            get("/v1/me/episodes", self.saved_episodes),
            get("/v1/me/following", self.following),
            get("/v1/me/top/{kind}", self.top),
            get("/v1/tracks/{track_id}", self.track),
            get("/v1/albums/{album_id}", self.album),
            get("/v1/albums/{album_id}/tracks", self.album_tracks),
            get("/v1/artists/{artist_id}", self.artist),
            get("/v1/artists/{artist_id}/albums", self.artist_albums),
            get("/v1/shows/{show_id}", self.show),
            get("/v1/shows/{show_id}/episodes", self.show_episodes),
            get("/v1/episodes/{episode_id}", self.episode),
            get("/v1/search", self.search),
        ]
        routes += [get(path, self.removed) for path in REMOVED_PATHS]
        # Spotify ignores a trailing slash, and spotipy sends some ("me/",
        # "albums/{id}/tracks/", "tracks/?ids="): accept one everywhere.
        return [
            web.RouteDef(
                route.method,
                route.path if route.path.endswith(".*}") else route.path + SLASH,
                route.handler,
                route.kwargs,
            )
            for route in routes
            if isinstance(route, web.RouteDef)
        ]

    # -- profile ----------------------------------------------------------------

    async def me(self, request: web.Request) -> web.StreamResponse:
        """GET /me."""
        user, _ = self.fake.authenticate(request)
        return json_response(user.profile_json())

    async def removed(self, request: web.Request) -> web.StreamResponse:
        """An endpoint Development-Mode apps no longer reach."""
        self.fake.authenticate(request)
        raise forbidden(MSG_FORBIDDEN)

    # -- player: reads ------------------------------------------------------------

    @staticmethod
    def _types(request: web.Request) -> set[str]:
        return set(filter(None, request.query.get("additional_types", "").split(",")))

    async def playback(self, request: web.Request) -> web.StreamResponse:
        """GET /me/player: 204 without an active session.

        Free accounts may read (a Spotify engineer in spotify/web-api#1089:
        devices, /me/player, currently-playing and recently-played work for
        free and premium users alike); only commands need Premium.
        """
        user, _ = self.fake.authenticate(request, READ_PLAYBACK)
        state = user.player.state_json(self._types(request))
        return _no_content() if state is None else json_response(state)

    async def currently_playing(self, request: web.Request) -> web.StreamResponse:
        """GET /me/player/currently-playing (no `device`; 204 when idle)."""
        user, _ = self.fake.authenticate(request, READ_CURRENTLY_PLAYING, READ_PLAYBACK)
        state = user.player.state_json(self._types(request), with_device=False)
        return _no_content() if state is None else json_response(state)

    async def devices(self, request: web.Request) -> web.StreamResponse:
        """GET /me/player/devices."""
        user, _ = self.fake.authenticate(request, READ_PLAYBACK)
        return json_response(user.player.devices_json())

    async def queue(self, request: web.Request) -> web.StreamResponse:
        """GET /me/player/queue."""
        user, _ = self.fake.authenticate(request, READ_CURRENTLY_PLAYING, READ_PLAYBACK)
        return json_response(user.player.queue_json())

    # -- player: commands ---------------------------------------------------------

    def _command(self, request: web.Request) -> tuple[FakeUser, str | None]:
        user, _ = self.fake.authenticate(request, MODIFY_PLAYBACK)
        if not user.is_premium:
            raise premium_required()
        return user, request.query.get("device_id") or None

    @staticmethod
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

    async def transfer(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player {device_ids: [id], play}."""
        user, _ = self._command(request)
        body = await self._json_body(request)
        device_ids = body.get("device_ids")
        if not isinstance(device_ids, list) or not device_ids:
            raise bad_request("Required field device_ids missing")
        if len(device_ids) != 1:
            raise bad_request("Only one device id is supported")
        play = body.get("play")
        user.player.transfer(
            str(device_ids[0]), play if isinstance(play, bool) else None
        )
        return _no_content()

    async def play(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player/play: resume, or context_uri/uris with offset/position_ms."""
        user, device_id = self._command(request)
        body = await self._json_body(request)
        uris = body.get("uris")
        if uris is not None and not (
            isinstance(uris, list) and all(isinstance(uri, str) for uri in uris)
        ):
            raise bad_request("Malformed json")
        context_uri = body.get("context_uri")
        offset = body.get("offset")
        position = body.get("position_ms")
        if position is not None and (not isinstance(position, int) or position < 0):
            raise bad_request("Invalid position_ms")
        user.player.play(
            device_id,
            context_uri=context_uri if isinstance(context_uri, str) else None,
            uris=uris,
            offset=offset if isinstance(offset, dict) else None,
            position_ms=position,
        )
        return _no_content()

    async def pause(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player/pause."""
        user, device_id = self._command(request)
        user.player.pause(device_id)
        return _no_content()

    async def next(self, request: web.Request) -> web.StreamResponse:
        """POST /me/player/next."""
        user, device_id = self._command(request)
        user.player.next(device_id)
        return _no_content()

    async def previous(self, request: web.Request) -> web.StreamResponse:
        """POST /me/player/previous."""
        user, device_id = self._command(request)
        user.player.previous(device_id)
        return _no_content()

    @staticmethod
    def _required_int(request: web.Request, name: str, maximum: int) -> int:
        if name not in request.query:
            raise bad_request(f"Required parameter {name} missing")
        return int_param(request.query, name, default=0, minimum=0, maximum=maximum)

    async def seek(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player/seek?position_ms."""
        user, device_id = self._command(request)
        position = self._required_int(request, "position_ms", 2**31 - 1)
        user.player.seek(position, device_id)
        return _no_content()

    async def volume(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player/volume?volume_percent (0-100)."""
        user, device_id = self._command(request)
        percent = self._required_int(request, "volume_percent", 100)
        user.player.set_volume(percent, device_id)
        return _no_content()

    async def shuffle(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player/shuffle?state=true|false."""
        user, device_id = self._command(request)
        state = request.query.get("state")
        if state not in ("true", "false"):
            raise bad_request("Invalid state")
        user.player.set_shuffle(state == "true", device_id)
        return _no_content()

    async def repeat(self, request: web.Request) -> web.StreamResponse:
        """PUT /me/player/repeat?state=track|context|off."""
        user, device_id = self._command(request)
        state = request.query.get("state")
        if state not in ("track", "context", "off"):
            raise bad_request("Invalid state")
        user.player.set_repeat(state, device_id)
        return _no_content()

    async def add_to_queue(self, request: web.Request) -> web.StreamResponse:
        """POST /me/player/queue?uri."""
        user, device_id = self._command(request)
        uri = request.query.get("uri")
        if not uri:
            raise bad_request("Required parameter uri missing")
        user.player.add_to_queue(uri, device_id)
        return _no_content()

    # -- recently played ------------------------------------------------------------

    async def recently_played(self, request: web.Request) -> web.StreamResponse:
        """GET /me/player/recently-played?limit&after|before (Unix ms, exclusive)."""
        user, _ = self.fake.authenticate(request, "user-read-recently-played")
        query = request.query
        limit = int_param(query, "limit", default=20, minimum=1, maximum=50)
        if "after" in query and "before" in query:
            raise bad_request("Only one of 'after' and 'before' can be specified")
        after = (
            int_param(query, "after", default=0, minimum=0, maximum=2**63)
            if "after" in query
            else None
        )
        before = (
            int_param(query, "before", default=0, minimum=0, maximum=2**63)
            if "before" in query
            else None
        )
        # Playback runs on between requests: whatever ended meanwhile is a play
        # now, whether or not anyone asked /me/player.
        user.player.sync()
        plays = user.library.recently_played(limit, after, before)
        url = self._url("me/player/recently-played")
        cursors = (
            {
                "after": str(plays[0].played_at_ms),
                "before": str(plays[-1].played_at_ms),
            }
            if plays
            else None
        )
        next_url = None
        if cursors is not None:
            next_url = (
                build_url(url, {"after": cursors["after"], "limit": limit})
                if after is not None
                else build_url(url, {"before": cursors["before"], "limit": limit})
            )
        href = f"{url}?{request.query_string}" if request.query_string else url
        return json_response(
            {
                "items": [
                    {
                        "track": self.catalog.track_full(play.track_id),
                        "played_at": play.played_at,
                        "context": play.context,
                    }
                    for play in plays
                ],
                "next": next_url,
                "cursors": cursors,
                "limit": limit,
                "href": href,
            }
        )

    # -- playlists ------------------------------------------------------------------

    def _visible_playlists(self, user: FakeUser, scopes: frozenset[str]) -> list[str]:
        visible = []
        for playlist_id in user.library.playlist_ids:
            playlist = self.catalog.playlists[playlist_id]
            if playlist.collaborative and "playlist-read-collaborative" not in scopes:
                continue
            if (
                not playlist.public
                and not playlist.collaborative
                and "playlist-read-private" not in scopes
            ):
                continue
            visible.append(playlist_id)
        return visible

    def _playlists_page(
        self, request: web.Request, user: FakeUser, scopes: frozenset[str]
    ) -> web.StreamResponse:
        limit, offset = limit_offset(request.query)
        ids = self._visible_playlists(user, scopes)
        # Spotify's own quirk: /me/playlists pages point at /users/{id}/playlists.
        return json_response(
            offset_page(
                [
                    self.catalog.playlist_simple(pid)
                    for pid in ids[offset : offset + limit]
                ],
                total=len(ids),
                offset=offset,
                limit=limit,
                url=self._url(f"users/{user.id}/playlists"),
            )
        )

    async def my_playlists(self, request: web.Request) -> web.StreamResponse:
        """GET /me/playlists (private/collaborative ones need their scopes)."""
        user, grant = self.fake.authenticate(request)
        return self._playlists_page(request, user, grant.scopes)

    async def user_playlists(self, request: web.Request) -> web.StreamResponse:
        """GET /users/{id}/playlists: removed for Development Mode (403)."""
        user, grant = self.fake.authenticate(request)
        if (
            self.fake.users_playlists_for_self
            and request.match_info["user_id"] == user.id
        ):
            return self._playlists_page(request, user, grant.scopes)
        raise forbidden(MSG_FORBIDDEN)

    def _readable_playlist(self, request: web.Request, user: FakeUser) -> str:
        playlist_id = _base62(request, "playlist_id")
        playlist = self.catalog.playlists.get(playlist_id)
        if playlist is None or playlist.spotify_owned:
            raise not_found()
        if (
            not playlist.public
            and not playlist.collaborative
            and not playlist.can_read_items(user.id)
        ):
            raise not_found()
        return playlist_id

    async def playlist(self, request: web.Request) -> web.StreamResponse:
        """GET /playlists/{id}: nested items only for the owner/collaborators."""
        user, _ = self.fake.authenticate(request)
        playlist_id = self._readable_playlist(request, user)
        params = {}
        if "additional_types" in request.query:
            params["additional_types"] = request.query["additional_types"]
        readable = self.catalog.playlists[playlist_id].can_read_items(user.id)
        return json_response(
            self.catalog.playlist_full(playlist_id, with_items=readable, params=params)
        )

    def _entries_page(
        self, request: web.Request, *, key: str, item_key: bool, max_limit: int
    ) -> web.StreamResponse:
        user, _ = self.fake.authenticate(request)
        playlist_id = self._readable_playlist(request, user)
        playlist = self.catalog.playlists[playlist_id]
        if not playlist.can_read_items(user.id):
            # Development Mode: items only of playlists the user owns or
            # collaborates on (LBC-Innovation/ShareList#22, bjarneo/cliamp#94).
            raise forbidden(MSG_FORBIDDEN)
        limit, offset = limit_offset(request.query, max_limit=max_limit)
        params = {}
        if "additional_types" in request.query:
            params["additional_types"] = request.query["additional_types"]
        return json_response(
            offset_page(
                [
                    self.catalog.playlist_entry(entry, item_key=item_key)
                    for entry in playlist.entries[offset : offset + limit]
                ],
                total=len(playlist.entries),
                offset=offset,
                limit=limit,
                url=self._url(f"playlists/{playlist_id}/{key}"),
                params=params,
            )
        )

    async def playlist_items(self, request: web.Request) -> web.StreamResponse:
        """GET /playlists/{id}/items: entries carry both `item` and `track`."""
        return self._entries_page(request, key="items", item_key=True, max_limit=50)

    async def playlist_tracks(self, request: web.Request) -> web.StreamResponse:
        """GET /playlists/{id}/tracks: the pre-2026 endpoint, entries under `track`."""
        if not self.fake.legacy_playlist_tracks:
            self.fake.authenticate(request)
            raise forbidden(MSG_FORBIDDEN)
        return self._entries_page(request, key="tracks", item_key=False, max_limit=100)

    # -- saved items and follows -------------------------------------------------------

    def _saved_page(
        self,
        request: web.Request,
        path: str,
        saved: list[Any],
        key: str,
        render: Callable[[str], dict[str, Any]],
    ) -> web.StreamResponse:
        limit, offset = limit_offset(request.query)
        return json_response(
            offset_page(
                [
                    {"added_at": item.added_at, key: render(item.id)}
                    for item in saved[offset : offset + limit]
                ],
                total=len(saved),
                offset=offset,
                limit=limit,
                url=self._url(path),
            )
        )

    async def saved_tracks(self, request: web.Request) -> web.StreamResponse:
        """GET /me/tracks."""
        user, _ = self.fake.authenticate(request, "user-library-read")
        return self._saved_page(
            request,
            "me/tracks",
            user.library.saved_tracks,
            "track",
            self.catalog.track_full,
        )

    async def saved_albums(self, request: web.Request) -> web.StreamResponse:
        """GET /me/albums."""
        user, _ = self.fake.authenticate(request, "user-library-read")
        return self._saved_page(
            request,
            "me/albums",
            user.library.saved_albums,
            "album",
            self.catalog.album_full,
        )

    async def saved_shows(self, request: web.Request) -> web.StreamResponse:
        """GET /me/shows."""
        user, _ = self.fake.authenticate(request, "user-library-read")
        return self._saved_page(
            request,
            "me/shows",
            user.library.saved_shows,
            "show",
            self.catalog.show_simple,
        )

    async def saved_episodes(self, request: web.Request) -> web.StreamResponse:
        """GET /me/episodes."""
        user, _ = self.fake.authenticate(request, "user-library-read")
        return self._saved_page(
            request,
            "me/episodes",
            user.library.saved_episodes,
            "episode",
            self.catalog.episode_full,
        )

    async def following(self, request: web.Request) -> web.StreamResponse:
        """GET /me/following?type=artist: cursor paging on the last artist id."""
        user, _ = self.fake.authenticate(request, "user-follow-read")
        if request.query.get("type") != "artist":
            raise bad_request("Only valid type is 'artist'")
        limit = int_param(request.query, "limit", default=20, minimum=1, maximum=50)
        after = request.query.get("after") or None
        ids = user.library.followed_artists
        start = 0
        if after is not None:
            if after not in ids:
                raise bad_request("Invalid after")
            start = ids.index(after) + 1
        page = ids[start : start + limit]
        last = page[-1] if page and start + limit < len(ids) else None
        url = self._url("me/following")
        return json_response(
            {
                "artists": {
                    "items": [self.catalog.artist_full(aid) for aid in page],
                    "next": (
                        build_url(
                            url, {"type": "artist", "after": last, "limit": limit}
                        )
                        if last
                        else None
                    ),
                    "total": len(ids),
                    "cursors": {"after": last},
                    "limit": limit,
                    "href": build_url(
                        url, {"type": "artist", "after": after, "limit": limit}
                    ),
                }
            }
        )

    async def top(self, request: web.Request) -> web.StreamResponse:
        """GET /me/top/{artists|tracks}?time_range&limit&offset."""
        user, _ = self.fake.authenticate(request, "user-top-read")
        kind = request.match_info["kind"]
        if kind not in ("artists", "tracks"):
            raise not_found()
        time_range = request.query.get("time_range", "medium_term")
        if time_range not in TIME_RANGES:
            raise bad_request("Invalid time range")
        limit, offset = limit_offset(request.query)
        render: Callable[[str], dict[str, Any]]
        if kind == "artists":
            ids = user.library.top_artists[time_range]
            render = self.catalog.artist_full
        else:
            ids = user.library.top_tracks[time_range]
            render = self.catalog.track_full
        params = {"time_range": time_range} if "time_range" in request.query else None
        return json_response(
            offset_page(
                [render(item_id) for item_id in ids[offset : offset + limit]],
                total=len(ids),
                offset=offset,
                limit=limit,
                url=self._url(f"me/top/{kind}"),
                params=params,
            )
        )

    # -- catalog ----------------------------------------------------------------------

    async def track(self, request: web.Request) -> web.StreamResponse:
        """GET /tracks/{id} (with `external_ids.isrc`)."""
        self.fake.authenticate(request)
        track_id = _base62(request, "track_id")
        if track_id not in self.catalog.tracks:
            raise not_found()
        return json_response(self.catalog.track_full(track_id))

    async def album(self, request: web.Request) -> web.StreamResponse:
        """GET /albums/{id}."""
        self.fake.authenticate(request)
        album_id = _base62(request, "album_id")
        if album_id not in self.catalog.albums:
            raise not_found()
        return json_response(self.catalog.album_full(album_id))

    async def album_tracks(self, request: web.Request) -> web.StreamResponse:
        """GET /albums/{id}/tracks."""
        self.fake.authenticate(request)
        album_id = _base62(request, "album_id")
        if album_id not in self.catalog.albums:
            raise not_found()
        limit, offset = limit_offset(request.query)
        track_ids = self.catalog.albums[album_id].track_ids
        return json_response(
            offset_page(
                [
                    self.catalog.track_simple(tid)
                    for tid in track_ids[offset : offset + limit]
                ],
                total=len(track_ids),
                offset=offset,
                limit=limit,
                url=self._url(f"albums/{album_id}/tracks"),
            )
        )

    async def artist(self, request: web.Request) -> web.StreamResponse:
        """GET /artists/{id} (with `genres`)."""
        self.fake.authenticate(request)
        artist_id = _base62(request, "artist_id")
        if artist_id not in self.catalog.artists:
            raise not_found()
        return json_response(self.catalog.artist_full(artist_id))

    async def artist_albums(self, request: web.Request) -> web.StreamResponse:
        """GET /artists/{id}/albums (newest first)."""
        self.fake.authenticate(request)
        artist_id = _base62(request, "artist_id")
        if artist_id not in self.catalog.artists:
            raise not_found()
        limit, offset = limit_offset(request.query)
        albums = sorted(
            (a for a in self.catalog.albums.values() if artist_id in a.artist_ids),
            key=lambda album: album.release_date or "",
            reverse=True,
        )
        return json_response(
            offset_page(
                [
                    self.catalog.album_simple(a.id)
                    for a in albums[offset : offset + limit]
                ],
                total=len(albums),
                offset=offset,
                limit=limit,
                url=self._url(f"artists/{artist_id}/albums"),
            )
        )

    async def show(self, request: web.Request) -> web.StreamResponse:
        """GET /shows/{id}."""
        self.fake.authenticate(request)
        show_id = _base62(request, "show_id")
        if show_id not in self.catalog.shows:
            raise not_found()
        return json_response(self.catalog.show_full(show_id))

    async def show_episodes(self, request: web.Request) -> web.StreamResponse:
        """GET /shows/{id}/episodes."""
        self.fake.authenticate(request)
        show_id = _base62(request, "show_id")
        if show_id not in self.catalog.shows:
            raise not_found()
        limit, offset = limit_offset(request.query)
        episode_ids = self.catalog.shows[show_id].episode_ids
        return json_response(
            offset_page(
                [
                    self.catalog.episode_simple(eid)
                    for eid in episode_ids[offset : offset + limit]
                ],
                total=len(episode_ids),
                offset=offset,
                limit=limit,
                url=self._url(f"shows/{show_id}/episodes"),
            )
        )

    async def episode(self, request: web.Request) -> web.StreamResponse:
        """GET /episodes/{id}."""
        self.fake.authenticate(request)
        episode_id = _base62(request, "episode_id")
        if episode_id not in self.catalog.episodes:
            raise not_found()
        return json_response(self.catalog.episode_full(episode_id))

    # -- search -------------------------------------------------------------------------

    async def search(self, request: web.Request) -> web.StreamResponse:
        """GET /search?q&type&limit(1-10, default 5)&offset.

        Plain words must all appear (case-insensitive) in the item's name or
        its artists/album/show; `artist:`, `album:`, `track:`, `year:` (2010 or
        2010-2015), `genre:` and `isrc:` filters are understood. Next pages use
        `query=` like Spotify's own links; both spellings are accepted.
        """
        self.fake.authenticate(request)
        query = request.query
        text = query.get("q") or query.get("query")
        if not text:
            raise bad_request("No search query")
        if not query.get("type"):
            raise bad_request("Missing parameter type")
        types = query["type"].split(",")
        for kind in types:
            if kind not in SEARCH_TYPES:
                raise bad_request(f"Bad search type field {kind}")
        limit = int_param(
            query,
            "limit",
            default=SEARCH_DEFAULT_LIMIT,
            minimum=1,
            maximum=SEARCH_MAX_LIMIT,
            message="Invalid limit",
        )
        offset = int_param(
            query, "offset", default=0, minimum=0, maximum=SEARCH_MAX_OFFSET
        )
        filters: dict[str, str] = {}

        def take(match: re.Match[str]) -> str:
            value = match.group(2) if match.group(2) is not None else match.group(3)
            filters[match.group(1).lower()] = value.lower()
            return " "

        words = _FILTER.sub(take, text).lower().split()
        body: dict[str, Any] = {}
        for kind in SEARCH_TYPES:
            if kind not in types:
                continue
            found = self._search(kind, words, filters)
            body[f"{kind}s"] = offset_page(
                [render() for render in found[offset : offset + limit]],
                total=len(found),
                offset=offset,
                limit=limit,
                url=self._url("search"),
                params={"query": text, "type": kind},
            )
        return json_response(body)

    def _search(
        self, kind: str, words: list[str], filters: dict[str, str]
    ) -> list[Render]:
        catalog = self.catalog
        scored: list[tuple[int, Render]] = []
        if kind == "track":
            for track in catalog.tracks.values():
                album = catalog.albums[track.album_id]
                artists = " ".join(catalog.artists[a].name for a in track.artist_ids)
                if not _contains_all(f"{track.name} {artists} {album.name}", words):
                    continue
                if (
                    ("track" in filters and filters["track"] not in track.name.lower())
                    or (
                        "artist" in filters and filters["artist"] not in artists.lower()
                    )
                    or (
                        "album" in filters
                        and filters["album"] not in album.name.lower()
                    )
                    or (
                        "isrc" in filters
                        and filters["isrc"] != (track.isrc or "").lower()
                    )
                    or (
                        "year" in filters
                        and not _year_matches(album.release_date, filters["year"])
                    )
                ):
                    continue
                scored.append(
                    (_rank(track.name, words), partial(catalog.track_full, track.id))
                )
        elif kind == "audiobook":
            for book in catalog.audiobooks.values():
                text = " ".join([book.name, *book.authors, *book.narrators])
                if _contains_all(text, words):
                    scored.append(
                        (
                            _rank(book.name, words),
                            partial(catalog.audiobook_simple, book.id),
                        )
                    )
        elif kind == "artist":
            for artist in catalog.artists.values():
                if not _contains_all(artist.name, words):
                    continue
                if (
                    "artist" in filters and filters["artist"] not in artist.name.lower()
                ) or (
                    "genre" in filters
                    and not any(filters["genre"] in genre for genre in artist.genres)
                ):
                    continue
                scored.append(
                    (_rank(artist.name, words), partial(catalog.artist_full, artist.id))
                )
        elif kind == "album":
            for album in catalog.albums.values():
                artists = " ".join(catalog.artists[a].name for a in album.artist_ids)
                if not _contains_all(f"{album.name} {artists}", words):
                    continue
                if (
                    ("album" in filters and filters["album"] not in album.name.lower())
                    or (
                        "artist" in filters and filters["artist"] not in artists.lower()
                    )
                    or (
                        "year" in filters
                        and not _year_matches(album.release_date, filters["year"])
                    )
                ):
                    continue
                scored.append(
                    (_rank(album.name, words), partial(catalog.album_simple, album.id))
                )
        elif kind == "playlist":
            scored.extend(
                (
                    _rank(playlist.name, words),
                    partial(catalog.playlist_simple, playlist.id),
                )
                for playlist in catalog.playlists.values()
                if playlist.public
                and _contains_all(f"{playlist.name} {playlist.description}", words)
            )
        elif kind == "show":
            scored.extend(
                (_rank(show.name, words), partial(catalog.show_simple, show.id))
                for show in catalog.shows.values()
                if _contains_all(f"{show.name} {show.publisher}", words)
            )
        elif kind == "episode":
            scored.extend(
                (
                    _rank(episode.name, words),
                    partial(catalog.episode_simple, episode.id),
                )
                for episode in catalog.episodes.values()
                if _contains_all(
                    f"{episode.name} {catalog.shows[episode.show_id].name}", words
                )
            )
        scored.sort(key=lambda pair: pair[0])
        return [item for _, item in scored]
