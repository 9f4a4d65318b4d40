"""The fake ListenBrainz: reading, submitting, validating a token; the export.

What it follows (listenbrainz.readthedocs.io, the server's code):
- `GET /1/user/<name>/listens`: `count` 25 by default, at most 1,000
  (more is cut to 1,000); `max_ts` / `min_ts` exclusive, not both (400);
  newest first; `payload` holds `count`, `user_id`, `listens`,
  `latest_listen_ts` and `oldest_listen_ts`. An unknown user is 404.
- `POST /1/submit-listens` with `Authorization: Token <token>` (401
  otherwise): `listen_type` `single` or `playing_now` (one listen) or
  `import` (up to 1,000); `listened_at` from 2002-10-01 on, required but for
  `playing_now` (where it is refused); `artist_name` and `track_name`
  required; 400 with an `error` otherwise. A listen of the same user, time
  and track name as one held is kept once (the listens table's key), but
  `received` counts every one sent, so a test sees any resend.
  Each listen kept gets a `recording_msid` (the server's id of its text,
  a UUID), given back when listens are read.
- `POST /1/delete-listen` with the token: `listened_at` (an integer) and
  `recording_msid` (a UUID) both required (400 otherwise); the user's
  listen of that time and msid goes; `{"status": "ok"}` whether or not one
  was held, as the server answers (it deletes asynchronously).
- `GET /1/validate-token`: `valid` and `user_name`.
- Every answer carries `X-RateLimit-Limit`, `-Remaining`, `-Reset-In` and
  `-Reset`; beyond `limit` calls in a `window` of seconds, 429. Requests
  without a User-Agent are refused (403), which is stricter than the server
  but what its documentation asks.
"""

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
import io
import json
import secrets
import socket
import time
from typing import Any
import uuid
import zipfile

from aiohttp import web

MAX_COUNT = 1000
DEFAULT_COUNT = 25
MAX_LISTENS = 1000
EARLIEST = 1_033_430_400


def listen(
    artist: str,
    track: str,
    listened_at: int,
    *,
    release: str | None = None,
    duration_ms: int | None = None,
    spotify_id: str | None = None,
) -> dict[str, Any]:
    """A listen shaped as ListenBrainz gives it."""
    info: dict[str, Any] = {}
    if duration_ms is not None:
        info["duration_ms"] = duration_ms
    if spotify_id is not None:
        info["spotify_id"] = f"https://open.spotify.com/track/{spotify_id}"
        info["music_service"] = "spotify.com"
    meta: dict[str, Any] = {
        "artist_name": artist,
        "track_name": track,
        "additional_info": info,
    }
    if release is not None:
        meta["release_name"] = release
    return {
        "listened_at": listened_at,
        "inserted_at": listened_at + 5,
        "recording_msid": str(uuid.uuid4()),
        "track_metadata": meta,
    }


def export_zip(user: str, listens: list[dict[str, Any]]) -> bytes:
    """The ZIP a user downloads: user.json, feedback, and a JSONL file a month."""
    months: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for item in sorted(listens, key=lambda x: x["listened_at"]):
        moment = time.gmtime(item["listened_at"])
        months[(moment.tm_year, moment.tm_mon)].append({**item, "user_name": user})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("user.json", json.dumps({"user_id": 1, "username": user}))
        archive.writestr("feedback.jsonl", "")
        archive.writestr("pinned_recording.jsonl", "")
        for (year, month), rows in sorted(months.items()):
            archive.writestr(
                f"listens/{year}/{month}.jsonl",
                "".join(json.dumps(row) + "\n" for row in rows),
            )
    return buffer.getvalue()


@dataclass(eq=False)
class FakeListenBrainz:
    """ListenBrainz's API for one test, the demo or a bench."""

    limit: int = 30
    window: float = 10.0
    clock: Any = time.monotonic
    histories: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    playing_now: dict[str, dict[str, Any]] = field(default_factory=dict)
    received: list[dict[str, Any]] = field(default_factory=list)
    """Every listen submitted (import and single), repeats included."""
    deleted: list[tuple[str, int, str]] = field(default_factory=list)
    """(user, listened_at, recording_msid) of every listen deleted."""
    calls: list[tuple[str, str, int]] = field(default_factory=list)
    """(method, path, status) of every request."""
    too_many: int = 0
    """Answer the next this many calls 429 whatever the window says."""
    refuse_until: float = 0.0
    """Answer every call 429 until this time of `clock` (a long rate limit),
    saying in `X-RateLimit-Reset-In` that the window ends then."""
    _order_cache: dict[str, tuple[list[dict[str, Any]], list[int]]] = field(
        default_factory=dict
    )
    _window_start: float = 0.0
    _used: int = 0
    _runner: web.AppRunner | None = None
    _port: int | None = None

    def add_user(self, name: str, listens: list[dict[str, Any]] | None = None) -> str:
        """Add a user with listens; returns their token."""
        self.histories[name] = list(listens or [])
        token = secrets.token_hex(18)
        self.tokens[token] = name
        return token

    @property
    def root(self) -> str:
        """Where the API lives (ListenBrainz's is https://api.listenbrainz.org)."""
        return f"http://127.0.0.1:{self._port}"

    async def start(self) -> None:
        """Serve on 127.0.0.1, on a free port."""
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/1/user/{name}/listens", self._listens)
        app.router.add_post("/1/submit-listens", self._submit)
        app.router.add_get("/1/validate-token", self._validate)
        app.router.add_post("/1/delete-listen", self._delete)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self._port = probe.getsockname()[1]
        await web.TCPSite(self._runner, "127.0.0.1", self._port).start()

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @web.middleware
    async def _middleware(
        self, request: web.Request, handler: Any
    ) -> web.StreamResponse:
        now = self.clock()
        if now - self._window_start >= self.window:
            self._window_start, self._used = now, 0
        reset_in = max(0, round(self._window_start + self.window - now))
        refusing = now < self.refuse_until
        if refusing:
            reset_in = max(1, round(min(self.refuse_until - now, self.window)))
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Reset-In": str(reset_in),
            "X-RateLimit-Reset": str(int(time.time()) + reset_in),
        }
        if refusing or self.too_many > 0 or self._used >= self.limit:
            self.too_many = max(0, self.too_many - 1)
            headers["X-RateLimit-Remaining"] = "0"
            self.calls.append((request.method, request.path, 429))
            return web.json_response(
                {"code": 429, "error": "Too Many Requests"}, status=429, headers=headers
            )
        self._used += 1
        headers["X-RateLimit-Remaining"] = str(self.limit - self._used)
        if not request.headers.get("User-Agent"):
            response: web.StreamResponse = _error(403, "Please set a User-Agent.")
        else:
            try:
                response = await handler(request)
            except web.HTTPException as err:
                response = _error(err.status, err.reason)
        response.headers.update(headers)
        self.calls.append((request.method, request.path, response.status))
        return response

    def _user_of(self, request: web.Request) -> str | None:
        auth = request.headers.get("Authorization", "")
        token = (
            auth.removeprefix("Token ").strip()
            if auth.startswith("Token ")
            else request.query.get("token", "")
        )
        return self.tokens.get(token)

    async def _listens(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        history = self.histories.get(name)
        if history is None:
            return _error(404, f"Cannot find user: {name}")
        query = request.query
        if "max_ts" in query and "min_ts" in query:
            return _error(400, "You may only specify max_ts or min_ts, not both.")
        try:
            count = min(MAX_COUNT, int(query.get("count", DEFAULT_COUNT)))
            max_ts = int(query["max_ts"]) if "max_ts" in query else None
            min_ts = int(query["min_ts"]) if "min_ts" in query else None
        except ValueError:
            return _error(400, "Invalid argument")
        if count < 0:
            return _error(400, "Count must be a non-negative integer")
        ordered, stamps = self._ordered(name)
        if min_ts is not None:
            # The `count` listens just after min_ts, still newest first.
            low = bisect_right(stamps, min_ts)
            chosen = ordered[low : low + count][::-1]
        else:
            high = len(stamps) if max_ts is None else bisect_left(stamps, max_ts)
            chosen = ordered[max(0, high - count) : high][::-1]
        return web.json_response(
            {
                "payload": {
                    "count": len(chosen),
                    "user_id": name,
                    "listens": [{**x, "user_name": name} for x in chosen],
                    "latest_listen_ts": stamps[-1] if stamps else 0,
                    "oldest_listen_ts": stamps[0] if stamps else 0,
                }
            }
        )

    def _ordered(self, name: str) -> tuple[list[dict[str, Any]], list[int]]:
        """The user's listens oldest first, and their stamps (sorted once per change)."""
        history = self.histories[name]
        known = self._order_cache.get(name)
        if known is None or len(known[0]) != len(history):
            ordered = sorted(history, key=lambda x: x["listened_at"])
            known = self._order_cache[name] = (
                ordered,
                [x["listened_at"] for x in ordered],
            )
        return known

    async def _validate(self, request: web.Request) -> web.Response:
        user = self._user_of(request)
        if user is None:
            return web.json_response(
                {"code": 200, "message": "Token invalid.", "valid": False}
            )
        return web.json_response(
            {"code": 200, "message": "Token valid.", "valid": True, "user_name": user}
        )

    async def _submit(self, request: web.Request) -> web.Response:
        user = self._user_of(request)
        if user is None:
            return _error(401, "Invalid authorization token.")
        try:
            body = json.loads(await request.read())
        except ValueError:
            return _error(400, "Cannot parse JSON document.")
        kind = body.get("listen_type")
        payload = body.get("payload")
        if (
            kind not in ("single", "playing_now", "import")
            or not isinstance(payload, list)
            or not payload
        ):
            return _error(400, "Invalid JSON document submitted.")
        if len(payload) > MAX_LISTENS or (kind != "import" and len(payload) != 1):
            return _error(400, "Too many listens.")
        for item in payload:
            meta = item.get("track_metadata") or {}
            if not meta.get("artist_name") or not meta.get("track_name"):
                return _error(
                    400, "JSON document must contain artist_name and track_name."
                )
            if kind == "playing_now":
                if "listened_at" in item:
                    return _error(
                        400,
                        "JSON document must not contain listened_at while submitting playing_now.",
                    )
                continue
            stamp = item.get("listened_at")
            if not isinstance(stamp, int) or stamp < EARLIEST:
                return _error(400, "Value for key listened_at is too low.")
        if kind == "playing_now":
            self.playing_now[user] = payload[0]
            return web.json_response({"status": "ok"})
        history = self.histories.setdefault(user, [])
        held = {(x["listened_at"], x["track_metadata"]["track_name"]) for x in history}
        for item in payload:
            self.received.append(item)
            key = (item["listened_at"], item["track_metadata"]["track_name"])
            if key not in held:
                held.add(key)
                history.append({**item, "recording_msid": str(uuid.uuid4())})
        return web.json_response({"status": "ok"})

    async def _delete(self, request: web.Request) -> web.Response:
        user = self._user_of(request)
        if user is None:
            return _error(401, "Invalid authorization token.")
        try:
            body = json.loads(await request.read())
        except ValueError:
            return _error(400, "Cannot parse JSON document.")
        stamp = body.get("listened_at") if isinstance(body, dict) else None
        msid = body.get("recording_msid") if isinstance(body, dict) else None
        if not isinstance(stamp, int):
            return _error(400, "Listen timestamp missing.")
        try:
            uuid.UUID(str(msid))
        except ValueError:
            return _error(400, "Recording MSID missing or invalid.")
        history = self.histories.get(user, [])
        kept = [
            x
            for x in history
            if not (x["listened_at"] == stamp and x.get("recording_msid") == msid)
        ]
        if len(kept) != len(history):
            self.histories[user] = kept
            self.deleted.append((user, stamp, str(msid)))
        return web.json_response({"status": "ok"})


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"code": status, "error": message}, status=status)
