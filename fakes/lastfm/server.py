"""The fake Last.fm: `/2.0/` with the methods Encore calls, answering in JSON.

What it follows (https://www.last.fm/api and the method pages):
- `user.getRecentTracks`: `limit` 50 by default, at most 200; `page`;
  `from` inclusive and `to` exclusive (UTC seconds); newest first;
  `extended=1` names the artist as `{"name": ...}`, else `{"#text": ...}`;
  the track playing now comes first, with `@attr.nowplaying` and no date, on
  every page (as its users report); numbers are strings; `@attr` holds
  `page`, `perPage`, `totalPages` and `total`.
- The web flow's page (`/api/auth/?api_key=...&cb=...`): the user signed in
  (`signed_in`) allows the app, and the browser goes back to `cb` with a
  `token` that `auth.getSession` exchanges once for a session key.
- Every call needs a known `api_key` (error 10); signed calls (`auth.getSession`,
  `track.scrobble`, `track.updateNowPlaying`) an `api_sig`: the MD5 of the
  parameters but `format` and `callback`, sorted, name then value, then the
  secret (error 13 when it does not match); a session key (`sk`) that is not
  (or no longer) good is error 9.
- `track.scrobble`: POST, at most 50 scrobbles (`artist[i]`, `track[i]`,
  `timestamp[i]`...); the answer counts accepted and ignored ones, each
  ignored with a code: 3 timestamp too old (beyond 14 days, as reported), 4
  too new (beyond a few minutes ahead), 5 the daily limit (2,800, as reported).
  Accepted scrobbles join the user's history; a scrobble sent twice is
  kept twice, so a test sees any doubling.
- Error codes by `fail_next` (8 operation failed, 11 offline, 16 temporarily
  unavailable, 29 rate limit) and a rate limit of its own (`max_per_second`,
  error 29), each with the HTTP status Last.fm is reported to send; a
  rate limit that lasts (`refuse_until`: error 29 to every call until then).
"""

from bisect import bisect_left
from collections import defaultdict, deque
from dataclasses import dataclass, field
import hashlib
import secrets
import socket
import time
from typing import Any

from aiohttp import web

TOO_OLD_S = 14 * 24 * 3600
TOO_NEW_S = 5 * 60
DAILY_LIMIT = 2_800
MAX_LIMIT = 200
MAX_BATCH = 50
_STATUS = {
    4: 403,
    6: 404,
    8: 500,
    9: 403,
    10: 403,
    11: 503,
    13: 403,
    16: 503,
    26: 403,
    29: 429,
}
_MESSAGES = {
    4: "Invalid authentication token supplied",
    6: "User not found",
    8: "Operation failed - Most likely the backend service failed. Please try again.",
    9: "Invalid session key - Please re-authenticate",
    10: "Invalid API key - You must be granted a valid key by last.fm",
    11: "Service Offline - This service is temporarily offline. Try again later.",
    13: "Invalid method signature supplied",
    16: "There was a temporary error processing your request. Please try again",
    26: "Suspended API key - Access for your account has been suspended",
    29: "Rate limit exceeded - Your IP has made too many requests in a short period",
}


@dataclass(frozen=True, slots=True)
class FakeScrobble:
    """One scrobble the fake holds."""

    artist: str
    track: str
    timestamp: int
    album: str = ""
    duration: int | None = None


@dataclass(slots=True)
class Call:
    """One request the fake answered."""

    method: str
    params: dict[str, str]
    at: float
    error: int | None = None


class LastfmError(Exception):
    """An error answer: Last.fm's code."""

    def __init__(self, code: int) -> None:
        """Keep the code."""
        super().__init__(code)
        self.code = code


def signature(params: dict[str, str], secret: str) -> str:
    """Last.fm's `api_sig` of a call's parameters."""
    joined = "".join(
        f"{name}{params[name]}"
        for name in sorted(params)
        if name not in ("format", "callback", "api_sig")
    )
    return hashlib.md5((joined + secret).encode(), usedforsecurity=False).hexdigest()


@dataclass(eq=False)
class FakeLastfm:
    """Last.fm's API for one test, the demo or a bench."""

    max_per_second: int | None = None
    """Calls per API key in any second before error 29 (None: no limit)."""
    clock: Any = time.time
    api_keys: dict[str, str] = field(default_factory=dict)
    histories: dict[str, list[FakeScrobble]] = field(default_factory=dict)
    """Each user's scrobbles, oldest first."""
    now_playing: dict[str, FakeScrobble] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)
    """Session key -> user."""
    tokens: dict[str, str | None] = field(default_factory=dict)
    """Web-flow token -> the user who authorised it (None: not yet)."""
    calls: list[Call] = field(default_factory=list)
    signed_in: str | None = None
    """Who is signed in at the fake's web site: the auth page authorises for them."""
    faults: deque[int] = field(default_factory=deque)
    refuse_until: float = 0.0
    """Answer every call with error 29 until this time of `clock` (a long rate limit)."""
    _recent: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _stamp_cache: dict[str, list[int]] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    _port: int | None = None

    # -- set up -------------------------------------------------------------

    def add_api_account(self) -> tuple[str, str]:
        """Return a new (API key, shared secret)."""
        key, secret = secrets.token_hex(16), secrets.token_hex(16)
        self.api_keys[key] = secret
        return key, secret

    def add_user(self, name: str, scrobbles: list[FakeScrobble] | None = None) -> None:
        """Add a user with a history (any order; kept oldest first)."""
        self.histories[name] = sorted(scrobbles or [], key=lambda s: s.timestamp)

    def authorize(self, token: str, user: str) -> None:
        """The user allowed the app on last.fm (the web flow's middle step)."""
        self.tokens[token] = user

    def new_token(self) -> str:
        """A token as `auth.getToken` or the web flow's callback hands out."""
        token = secrets.token_hex(16)
        self.tokens[token] = None
        return token

    def revoke(self, session_key: str) -> None:
        """The user removed the app from their Last.fm settings."""
        self.sessions.pop(session_key, None)

    def fail_next(self, code: int, times: int = 1) -> None:
        """Answer the next `times` calls with Last.fm error `code`."""
        self.faults.extend([code] * times)

    # -- lifecycle ----------------------------------------------------------

    @property
    def auth_url(self) -> str:
        """The web flow's page (Last.fm's is https://www.last.fm/api/auth/)."""
        return f"http://127.0.0.1:{self._port}/api/auth/"

    @property
    def api_url(self) -> str:
        """The API's URL (Last.fm's is https://ws.audioscrobbler.com/2.0/)."""
        return f"http://127.0.0.1:{self._port}/2.0/"

    async def start(self) -> None:
        """Serve on 127.0.0.1, on a free port."""
        app = web.Application()
        app.router.add_route("*", "/2.0/", self._handle)
        app.router.add_get("/api/auth/", self._auth_page)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self._port = probe.getsockname()[1]
        site = web.TCPSite(self._runner, "127.0.0.1", self._port)
        await site.start()

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- answers ------------------------------------------------------------

    async def _auth_page(self, request: web.Request) -> web.StreamResponse:
        """The web flow's page: the signed-in user allows the app; back to `cb`.

        Last.fm shows its page, and on "Yes, allow access" sends the browser
        to the callback with `token` appended (`&` when `cb` has a query).
        """
        key = request.query.get("api_key", "")
        callback = request.query.get("cb", "")
        if key not in self.api_keys or not callback:
            return web.Response(status=400, text="Invalid API key or callback")
        if self.signed_in is None:
            return web.Response(status=401, text="Sign in to Last.fm first")
        token = self.new_token()
        self.authorize(token, self.signed_in)
        joiner = "&" if "?" in callback else "?"
        raise web.HTTPFound(f"{callback}{joiner}token={token}")

    async def _handle(self, request: web.Request) -> web.Response:
        params = dict(request.query)
        if request.method == "POST":
            params.update({k: str(v) for k, v in (await request.post()).items()})
        method = params.get("method", "").lower()
        call = Call(method, params, self.clock())
        self.calls.append(call)
        try:
            body = self._answer(method, params, request.method)
        except LastfmError as err:
            call.error = err.code
            return web.json_response(
                {"error": err.code, "message": _MESSAGES.get(err.code, "Error")},
                status=_STATUS.get(err.code, 400),
            )
        return web.json_response(body)

    def _answer(self, method: str, params: dict[str, str], verb: str) -> dict[str, Any]:
        key = params.get("api_key", "")
        if key not in self.api_keys:
            raise LastfmError(10)
        if self.faults:
            raise LastfmError(self.faults.popleft())
        if self.clock() < self.refuse_until:
            raise LastfmError(29)
        self._count_rate(key)
        if method == "user.getrecenttracks":
            return self._recent_tracks(params)
        self._check_signature(params, self.api_keys[key])
        if method == "auth.getsession":
            user = self.tokens.pop(params.get("token", ""), None)
            if user is None:
                raise LastfmError(4)
            session_key = secrets.token_hex(16)
            self.sessions[session_key] = user
            return {"session": {"name": user, "key": session_key, "subscriber": 0}}
        if verb != "POST":
            raise LastfmError(6)
        user = self.sessions.get(params.get("sk", ""))
        if user is None:
            raise LastfmError(9)
        if method == "track.scrobble":
            return self._scrobble(user, params)
        if method == "track.updatenowplaying":
            playing = FakeScrobble(
                params["artist"], params["track"], 0, params.get("album", "")
            )
            self.now_playing[user] = playing
            return {
                "nowplaying": {
                    "track": {"#text": playing.track},
                    "ignoredMessage": {"code": "0", "#text": ""},
                }
            }
        raise LastfmError(3)

    def _stamps(self, user: str) -> list[int]:
        """The user's timestamps, oldest first (made again when the history grew)."""
        history = self.histories[user]
        known = self._stamp_cache.get(user)
        if known is None or len(known) != len(history):
            known = self._stamp_cache[user] = [s.timestamp for s in history]
        return known

    def _count_rate(self, key: str) -> None:
        if self.max_per_second is None:
            return
        now = self.clock()
        recent = self._recent[key]
        while recent and recent[0] <= now - 1:
            recent.popleft()
        if len(recent) >= self.max_per_second:
            raise LastfmError(29)
        recent.append(now)

    @staticmethod
    def _check_signature(params: dict[str, str], secret: str) -> None:
        if params.get("api_sig") != signature(params, secret):
            raise LastfmError(13)

    def _recent_tracks(self, params: dict[str, str]) -> dict[str, Any]:
        user = params.get("user", "")
        history = self.histories.get(user)
        if history is None:
            raise LastfmError(6)
        try:
            limit = min(MAX_LIMIT, max(1, int(params.get("limit", "50"))))
            page = max(1, int(params.get("page", "1")))
            since = int(params["from"]) if "from" in params else None
            until = int(params["to"]) if "to" in params else None
        except ValueError as err:
            raise LastfmError(6) from err
        # Bisected, not filtered: a bench's history holds 150,000.
        stamps = self._stamps(user)
        low = 0 if since is None else bisect_left(stamps, since)
        high = len(stamps) if until is None else bisect_left(stamps, until)
        total = max(0, high - low)
        pages = (total + limit - 1) // limit
        extended = params.get("extended") == "1"
        newest = high - (page - 1) * limit
        tracks = [
            _track(history[index], extended)
            for index in range(newest - 1, max(low, newest - limit) - 1, -1)
        ]
        if (playing := self.now_playing.get(user)) is not None:
            entry = _track(playing, extended)
            del entry["date"]
            entry["@attr"] = {"nowplaying": "true"}
            tracks.insert(0, entry)
        return {
            "recenttracks": {
                "track": tracks,
                "@attr": {
                    "user": user,
                    "page": str(page),
                    "perPage": str(limit),
                    "totalPages": str(pages),
                    "total": str(total),
                },
            }
        }

    def _scrobble(self, user: str, params: dict[str, str]) -> dict[str, Any]:
        indexes = sorted(
            {int(name[7:-1]) for name in params if name.startswith("artist[")}
        )
        if not indexes or len(indexes) > MAX_BATCH:
            raise LastfmError(6)
        now = int(self.clock())
        history = self.histories.setdefault(user, [])
        today = sum(1 for s in history if s.timestamp > now - 86_400)
        results = []
        accepted = 0
        for index in indexes:
            try:
                stamp = int(params[f"timestamp[{index}]"])
                scrobble = FakeScrobble(
                    params[f"artist[{index}]"],
                    params[f"track[{index}]"],
                    stamp,
                    params.get(f"album[{index}]", ""),
                    int(params[f"duration[{index}]"])
                    if f"duration[{index}]" in params
                    else None,
                )
            except (KeyError, ValueError) as err:
                raise LastfmError(6) from err
            code = 0
            if stamp < now - TOO_OLD_S:
                code = 3
            elif stamp > now + TOO_NEW_S:
                code = 4
            elif today >= DAILY_LIMIT:
                code = 5
            if code == 0:
                history.append(scrobble)
                accepted += 1
                today += 1
            results.append(
                {
                    "artist": {"corrected": "0", "#text": scrobble.artist},
                    "track": {"corrected": "0", "#text": scrobble.track},
                    "album": {"corrected": "0", "#text": scrobble.album},
                    "timestamp": str(stamp),
                    "ignoredMessage": {"code": str(code), "#text": ""},
                }
            )
        history.sort(key=lambda s: s.timestamp)
        return {
            "scrobbles": {
                "scrobble": results[0] if len(results) == 1 else results,
                "@attr": {"accepted": accepted, "ignored": len(results) - accepted},
            }
        }


def _track(scrobble: FakeScrobble, extended: bool) -> dict[str, Any]:
    artist: dict[str, Any] = (
        {"url": "", "name": scrobble.artist, "image": [], "mbid": ""}
        if extended
        else {"mbid": "", "#text": scrobble.artist}
    )
    entry: dict[str, Any] = {
        "artist": artist,
        "streamable": "0",
        "image": [],
        "mbid": "",
        "album": {"mbid": "", "#text": scrobble.album},
        "name": scrobble.track,
        "url": "",
        "date": {
            "uts": str(scrobble.timestamp),
            "#text": time.strftime("%d %b %Y, %H:%M", time.gmtime(scrobble.timestamp)),
        },
    }
    if extended:
        entry["loved"] = "0"
    return entry
