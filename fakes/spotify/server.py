"""The fake Spotify: Web API and accounts service over real HTTP on 127.0.0.1.

    fake = FakeSpotify()
    await fake.start()
    user = fake.add_user("alice", "Alice")
    tokens = fake.issue_tokens("alice")
    sp = spotipy.Spotify(auth=tokens["access_token"], requests_session=requests.Session())
    sp.prefix = fake.api_prefix
    ...
    await fake.stop()

Every request is recorded in `fake.calls` (method, path, query, user, status,
endpoint template). Requests pass, in order: the call log, the fault script,
then authentication (401 bad/expired token, 403 user not allow-listed, 403
owner without Premium, 403 missing scope) inside each handler.
"""

from collections import Counter, deque
from dataclasses import dataclass, field
from functools import partial
import re
import socket
import time
from types import TracebackType
from typing import Any, Final, Self

from aiohttp import web

from custom_components.encore.spotify.endpoints import SpotifyEndpoints

from .accounts import (
    ALL_SCOPES,
    AUTHORIZED_USER,
    Accounts,
    Grant,
    handle_accept,
    handle_authorize,
    handle_token,
)
from .api import SpotifyApi
from .books import SpotifyBooks
from .catalog import Catalog
from .consent import (
    ACCEPT_PATH,
    LOGIN_PATH,
    LOGOUT_PATH,
    Sessions,
    handle_login,
    handle_login_page,
    handle_logout,
)
from .errors import (
    MSG_INSUFFICIENT_SCOPE,
    MSG_NO_TOKEN,
    MSG_OWNER_NOT_PREMIUM,
    MSG_QUOTA,
    MSG_SERVICE_NOT_FOUND,
    MSG_TOKEN_EXPIRED,
    MSG_TOKEN_INVALID,
    MSG_USER_NOT_REGISTERED,
    SpotifyError,
    TokenError,
    forbidden,
    unauthorized,
)
from .faults import ConnectionDroppedError, FaultScript
from .images import ROUTES as IMAGE_ROUTES, handle_image
from .payloads import load_payload_user
from .player import now_ms
from .seed import build_catalog, seed_user
from .users import FakeUser
from .writes import SpotifyWrites

DEFAULT_CLIENT_ID: Final = "0123456789abcdef0123456789abcdef"


@dataclass
class Call:
    """One request the fake received."""

    method: str
    path: str
    query: dict[str, str]
    user_id: str | None
    endpoint: str
    at: float
    status: int | None = None  # None: the connection was dropped
    fault: str | None = None


@dataclass(eq=False)
class FakeSpotify:
    """Spotify's Web API and accounts service for one test.

    Flags mirroring Development-Mode rules:
    - `owner_premium` False: every Web API call answers 403 "Active premium
      subscription required for the owner of the app...";
    - `legacy_playlist_tracks` (default True): GET /playlists/{id}/tracks still
      answers (entries under `track` only); False answers 403 Forbidden, which
      is what Development-Mode apps got after 2026-03-09 (bjarneo/cliamp#54);
    - `users_playlists_for_self` (default False): GET /users/{me}/playlists,
      where /me/playlists' `next` points (real quirk, current_user_playlist_1.json),
      answers like /me/playlists instead of the removed endpoint's 403;
    - `quota` (default None: none): Web API requests of the app (every user)
      answered within a rolling `quota_window`; past it, every request gets
      429 `QUOTA_EXCEEDED` with a Retry-After of when the oldest answered
      request leaves the window (hours, as reported since July 2026).
      Refused requests do not count. The accounts service is not limited.

    `serve_images` (default False) names images on the fake's own address and
    serves them (images.py), for runs without internet (the demo); otherwise
    bodies name Spotify's CDN, as Spotify's do.
    """

    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str | None = None
    catalog: Catalog = field(default_factory=build_catalog, repr=False)
    owner_premium: bool = True
    legacy_playlist_tracks: bool = True
    users_playlists_for_self: bool = False
    quota: int | None = None
    quota_window: float = 86_400.0
    next_authorizing_user: str | None = None
    deny_next_authorization: bool = False
    registered_redirect_uris: set[str] | None = None
    serve_images: bool = False
    users: dict[str, FakeUser] = field(default_factory=dict, repr=False)
    calls: list[Call] = field(default_factory=list, repr=False)
    faults: FaultScript = field(default_factory=FaultScript, repr=False)
    sessions: Sessions = field(default_factory=Sessions, repr=False)

    def __post_init__(self) -> None:
        """Create the accounts service and the app."""
        self.accounts = Accounts(self)
        self._api = SpotifyApi(self)
        self._writes = SpotifyWrites(self)
        self._books = SpotifyBooks(self)
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        # When each Web API request the quota counts was answered.
        self._answered: deque[float] = deque()
        self.quota_refusals = 0

    # -- lifecycle --------------------------------------------------------------

    async def start(self) -> None:
        """Serve on 127.0.0.1, on a free port."""
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/authorize", self._authorize)
        app.router.add_post("/api/token", self._token)
        app.router.add_post(ACCEPT_PATH, partial(handle_accept, self))
        app.router.add_get(LOGIN_PATH, partial(handle_login_page, self))
        app.router.add_post(LOGIN_PATH, partial(handle_login, self))
        app.router.add_get(LOGOUT_PATH, partial(handle_logout, self))
        for route in IMAGE_ROUTES:
            app.router.add_get(route, handle_image)
        app.add_routes(self._api.routes())
        app.add_routes(self._writes.routes())
        app.add_routes(self._books.routes())
        runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        await site.start()
        self._runner = runner
        self._port = sock.getsockname()[1]
        self.catalog.api_base = self.api_base
        if self.serve_images:
            self.catalog.image_base = self.base_url

    async def stop(self) -> None:
        """Stop serving and close open connections."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        """Start."""
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop."""
        await self.stop()

    # -- addresses --------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """Return `http://127.0.0.1:<port>`."""
        if self._port is None:
            raise RuntimeError("FakeSpotify is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_base(self) -> str:
        """Return the Web API base without the trailing slash."""
        return f"{self.base_url}/v1"

    @property
    def endpoints(self) -> SpotifyEndpoints:
        """Return where Encore reaches this fake: put it in `hass.data[ENDPOINTS]`."""
        return SpotifyEndpoints(self.api_prefix, self.authorize_url, self.token_url)

    @property
    def api_prefix(self) -> str:
        """Return the value for spotipy's `prefix` (ends with `/v1/`)."""
        return f"{self.base_url}/v1/"

    @property
    def authorize_url(self) -> str:
        """Return the accounts /authorize URL."""
        return f"{self.base_url}/authorize"

    @property
    def token_url(self) -> str:
        """Return the accounts /api/token URL."""
        return f"{self.base_url}/api/token"

    # -- users and tokens ---------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        display_name: str | None = None,
        product: str = "premium",
        allow_listed: bool = True,
        *,
        seed: bool = True,
    ) -> FakeUser:
        """Add a user; `seed` gives them devices and a large library (see seed.py)."""
        user = FakeUser(
            user_id,
            display_name if display_name is not None else user_id,
            product,
            allow_listed,
            self.catalog,
        )
        self.users[user_id] = user
        self.catalog.user_names[user_id] = user.display_name
        if seed:
            seed_user(user, self.catalog, now_ms())
        return user

    def user(self, user_id: str) -> FakeUser:
        """Return a user (KeyError when unknown)."""
        return self.users[user_id]

    def issue_tokens(
        self, user_id: str, scope: str | list[str] | tuple[str, ...] | None = None
    ) -> dict[str, Any]:
        """Authorize `user_id` now without OAuth; return the token dict.

        The dict is the token endpoint's answer plus `expires_at` (epoch
        seconds), i.e. what Home Assistant stores in a config entry.
        """
        if user_id not in self.users:
            raise KeyError(user_id)
        if scope is None:
            scope = " ".join(ALL_SCOPES)
        elif not isinstance(scope, str):
            scope = " ".join(scope)
        grant = Grant(user_id, self.client_id, scope, time.time())
        token = self.accounts.issue(grant)
        token["expires_at"] = time.time() + token["expires_in"]
        return token

    def revoke_refresh_tokens(self, user_id: str) -> None:
        """Revoke the user's refresh tokens (next refresh: invalid_grant)."""
        self.accounts.revoke_refresh_tokens(user_id)

    def expire_access_tokens(self, user_id: str) -> None:
        """Expire the user's access tokens (next call: 401 "The access token expired")."""
        self.accounts.expire_access_tokens(user_id)

    def revoke_access_tokens(self, user_id: str) -> None:
        """Invalidate the user's access tokens (next call: 401 "Invalid access token")."""
        self.accounts.revoke_access_tokens(user_id)

    def load_payload_user(self, **kwargs: Any) -> FakeUser:
        """Add the user of the real recorded bodies (see payloads.load_payload_user)."""
        return load_payload_user(self, **kwargs)

    # -- the call log -------------------------------------------------------------

    def calls_for(self, path_regex: str, method: str | None = None) -> list[Call]:
        """Return the calls whose path matches `path_regex` (searched)."""
        pattern = re.compile(path_regex)
        return [
            call
            for call in self.calls
            if pattern.search(call.path)
            and (method is None or call.method == method.upper())
        ]

    def reset_calls(self) -> None:
        """Forget the recorded calls."""
        self.calls.clear()

    def call_counts(self) -> Counter[str]:
        """Return calls per endpoint template, e.g. `GET /v1/playlists/{id}/items`."""
        return Counter(call.endpoint for call in self.calls)

    # -- request plumbing ---------------------------------------------------------

    async def _peek_user(self, request: web.Request) -> str | None:
        if request.path == "/api/token" and request.method == "POST":
            form = {key: str(value) for key, value in (await request.post()).items()}
            return self.accounts.user_for_form(form)
        if request.path in ("/authorize", ACCEPT_PATH):
            return (
                request.query.get("fake_user")
                or self.next_authorizing_user
                or self.sessions.user(request)
            )
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            record = self.accounts.access(header[7:].strip())
            if record is not None:
                return record.grant.user_id
        return None

    @staticmethod
    def _endpoint(request: web.Request) -> str:
        route = getattr(request.match_info, "route", None)
        resource = getattr(route, "resource", None)
        template = resource.canonical if resource is not None else request.path
        return f"{request.method} {template.removesuffix('{_slash}')}"

    @web.middleware
    async def _middleware(
        self,
        request: web.Request,
        handler: Any,
    ) -> web.StreamResponse:
        user_id = await self._peek_user(request)
        call = Call(
            request.method,
            request.path,
            dict(request.query),
            user_id,
            self._endpoint(request),
            time.time(),
        )
        self.calls.append(call)
        rule = self.faults.match(request.method, request.path, user_id)
        response: web.StreamResponse | None = None
        try:
            if rule is not None:
                call.fault = rule.kind.name
                response = await rule.kind.respond(request)
            elif (refusal := self._over_quota(request)) is not None:
                call.fault = "quota_exceeded"
                response = refusal
            if response is None:
                response = await self._dispatch(request, handler)
        except ConnectionDroppedError:
            call.status = None
            return web.Response(status=500)  # never reaches the closed socket
        call.status = response.status
        call.user_id = call.user_id or request.get(AUTHORIZED_USER)
        return response

    def _over_quota(self, request: web.Request) -> web.StreamResponse | None:
        """Count a Web API request against the quota; refuse it past the quota."""
        if self.quota is None or not request.path.startswith("/v1/"):
            return None
        now = time.time()
        while self._answered and self._answered[0] <= now - self.quota_window:
            self._answered.popleft()
        if len(self._answered) < self.quota:
            self._answered.append(now)
            return None
        self.quota_refusals += 1
        wait = self._answered[0] + self.quota_window - now
        return SpotifyError(
            429,
            MSG_QUOTA,
            "QUOTA_EXCEEDED",
            headers={"Retry-After": str(max(int(wait) + 1, 1))},
        ).response()

    async def _dispatch(self, request: web.Request, handler: Any) -> web.StreamResponse:
        try:
            response: web.StreamResponse = await handler(request)
        except (SpotifyError, TokenError) as err:
            return err.response()
        except web.HTTPNotFound:
            if request.path.startswith("/v1/"):
                return SpotifyError(404, MSG_SERVICE_NOT_FOUND).response()
            return web.Response(status=404, text="Not Found")
        except web.HTTPMethodNotAllowed:
            return SpotifyError(405, "Method not allowed").response()
        return response

    async def _authorize(self, request: web.Request) -> web.StreamResponse:
        return await handle_authorize(self, request)

    async def _token(self, request: web.Request) -> web.StreamResponse:
        return await handle_token(self, request)

    def authenticate(
        self, request: web.Request, *scopes: str
    ) -> tuple[FakeUser, Grant]:
        """Return the caller, or raise the 401/403 Spotify would answer.

        `scopes`: the request needs at least one of them.
        """
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer ") or not header[7:].strip():
            raise unauthorized(MSG_NO_TOKEN)
        record = self.accounts.access(header[7:].strip())
        if record is None or record.revoked or record.grant.user_id not in self.users:
            raise unauthorized(MSG_TOKEN_INVALID)
        if time.time() >= record.expires_at:
            raise unauthorized(MSG_TOKEN_EXPIRED)
        user = self.users[record.grant.user_id]
        if not user.allow_listed:
            raise SpotifyError(
                403, MSG_USER_NOT_REGISTERED, text=MSG_USER_NOT_REGISTERED
            )
        if not self.owner_premium:
            raise forbidden(MSG_OWNER_NOT_PREMIUM)
        if scopes and not record.grant.scopes.intersection(scopes):
            raise forbidden(MSG_INSUFFICIENT_SCOPE)
        return user, record.grant
