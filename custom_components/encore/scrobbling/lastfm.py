"""Last.fm's API as Encore uses it: a user's scrobbles, and scrobbling.

The calls and rules followed are Last.fm's public API documentation
(https://www.last.fm/api), as summed up in this package's README. JSON is
decoded here into typed structs; only `Scrobble` values leave.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
import hashlib
from typing import Any, Final

import aiohttp
import msgspec

from .models import Scrobble
from .pace import USER_AGENT, Pacer

API_URL: Final = "https://ws.audioscrobbler.com/2.0/"
AUTH_URL: Final = "https://www.last.fm/api/auth/"
API_ACCOUNT_URL: Final = "https://www.last.fm/api/account/create"
"""Where a user makes the API key Encore reads their history with."""
PAGE_LIMIT: Final = 200
"""`user.getRecentTracks` gives at most 200 scrobbles a page."""
SCROBBLE_BATCH: Final = 50
"""`track.scrobble` takes at most 50 scrobbles a request."""

OPERATION_FAILED: Final = 8
INVALID_SESSION: Final = 9
INVALID_KEY: Final = 10
SERVICE_OFFLINE: Final = 11
TEMPORARILY_UNAVAILABLE: Final = 16
SUSPENDED_KEY: Final = 26
RATE_LIMITED: Final = 29
USER_NOT_FOUND: Final = 6
RETRYABLE: Final = frozenset(
    {OPERATION_FAILED, SERVICE_OFFLINE, TEMPORARILY_UNAVAILABLE, RATE_LIMITED}
)
"""Codes Last.fm documents as "try again later"; anything else is final."""
AUTH_CODES: Final = frozenset({INVALID_SESSION, INVALID_KEY, SUSPENDED_KEY, 4, 14})
"""The key, the secret or the session is not (or no longer) good."""
_UNSIGNED: Final = frozenset({"format", "callback"})
_TIMEOUT: Final = aiohttp.ClientTimeout(total=30)


class LastfmError(Exception):
    """Last.fm refused a call (its error code), or could not be reached (code 16)."""

    def __init__(self, code: int, message: str) -> None:
        """Keep the code, which says whether to retry."""
        super().__init__(f"Last.fm error {code}: {message}")
        self.code = code
        self.message = message

    @property
    def is_auth(self) -> bool:
        """Whether the key, secret or session is at fault (the user must act)."""
        return self.code in AUTH_CODES


def api_sig(params: Mapping[str, str], secret: str) -> str:
    """Return a signed call's `api_sig`.

    The MD5 of every parameter but `format` and `callback`, sorted by name,
    each name followed by its value, then the shared secret (UTF-8).
    """
    joined = "".join(
        f"{name}{params[name]}" for name in sorted(params) if name not in _UNSIGNED
    )
    return hashlib.md5((joined + secret).encode(), usedforsecurity=False).hexdigest()


# -- the wire: user.getRecentTracks with extended=1 ------------------------------


class _Artist(msgspec.Struct):
    name: str | None = None
    """With extended=1."""
    text: str | None = msgspec.field(name="#text", default=None)
    """Without it."""


class _Album(msgspec.Struct):
    text: str | None = msgspec.field(name="#text", default=None)


class _Date(msgspec.Struct):
    uts: int


class _TrackAttr(msgspec.Struct):
    nowplaying: str | None = None


class _Track(msgspec.Struct):
    name: str
    artist: _Artist
    album: _Album | None = None
    date: _Date | None = None
    attr: _TrackAttr | None = msgspec.field(name="@attr", default=None)


class _PageAttr(msgspec.Struct):
    page: int = 1
    totalPages: int = 0  # noqa: N815 - Last.fm's name
    total: int = 0


class _Recent(msgspec.Struct):
    # A page of one track has held an object, not a list (a JSON-from-XML quirk).
    track: list[msgspec.Raw] | dict[str, Any] = msgspec.field(default_factory=list)
    attr: _PageAttr = msgspec.field(name="@attr", default_factory=_PageAttr)


class _Answer(msgspec.Struct):
    error: int | None = None
    message: str = ""
    recenttracks: _Recent | None = None


class _Ignored(msgspec.Struct):
    code: int = 0
    text: str = msgspec.field(name="#text", default="")


class _ScrobbleResult(msgspec.Struct):
    ignoredMessage: _Ignored = msgspec.field(default_factory=_Ignored)  # noqa: N815


class _ScrobbleAttr(msgspec.Struct):
    accepted: int = 0
    ignored: int = 0


class _Scrobbles(msgspec.Struct):
    scrobble: list[_ScrobbleResult] | _ScrobbleResult | None = None
    attr: _ScrobbleAttr = msgspec.field(name="@attr", default_factory=_ScrobbleAttr)


class _ScrobbleAnswer(msgspec.Struct):
    error: int | None = None
    message: str = ""
    scrobbles: _Scrobbles | None = None


class _SessionKey(msgspec.Struct):
    name: str
    key: str


class _SessionAnswer(msgspec.Struct):
    error: int | None = None
    message: str = ""
    session: _SessionKey | None = None


@dataclass(slots=True)
class RecentPage:
    """One page of a user's scrobbles, newest first, the now-playing entry left out."""

    scrobbles: list[Scrobble]
    page: int
    total_pages: int
    total: int
    now_playing: int = 0
    unreadable: int = 0
    """Entries with no name, artist or date: reported, never guessed."""


@dataclass(slots=True)
class ScrobbleResult:
    """What `track.scrobble` said of a batch: accepted, and why each other was ignored."""

    accepted: int
    ignored: list[tuple[int, int]] = field(default_factory=list)
    """(index in the batch, Last.fm's ignored code) of each ignored scrobble."""


def _scrobble_of(raw: msgspec.Raw | dict[str, Any]) -> Scrobble | bool | None:
    """Return the scrobble of an entry, True for now playing, None if unreadable."""
    try:
        track = (
            msgspec.json.decode(raw, type=_Track, strict=False)
            if isinstance(raw, msgspec.Raw)
            else msgspec.convert(raw, _Track, strict=False)
        )
    except msgspec.ValidationError:
        return None
    if track.attr is not None and track.attr.nowplaying == "true":
        return True
    artist = track.artist.name or track.artist.text
    if not artist or not track.name or track.date is None:
        return None
    album = track.album.text if track.album is not None else None
    return Scrobble(
        artist=artist,
        title=track.name,
        listened_at=track.date.uts,
        album=album or None,
    )


class LastfmClient:
    """One user's API key (and secret, for signed calls) against Last.fm."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        api_key: str,
        *,
        secret: str | None = None,
        url: str = API_URL,
        pacer: Pacer | None = None,
    ) -> None:
        """Use `session` for every call, spaced by `pacer`."""
        self._session = session
        self._api_key = api_key
        self._secret = secret
        self._url = url
        self.pacer = pacer or Pacer()

    async def recent_tracks(
        self,
        user: str,
        *,
        page: int = 1,
        since: int | None = None,
        until: int | None = None,
    ) -> RecentPage:
        """Return a page of `user`'s scrobbles (`from` inclusive, `to` exclusive)."""
        params = {
            "method": "user.getrecenttracks",
            "user": user,
            "limit": str(PAGE_LIMIT),
            "page": str(page),
            "extended": "1",
        }
        if since is not None:
            params["from"] = str(since)
        if until is not None:
            params["to"] = str(until)
        answer = await self._call(params, _Answer)
        recent = answer.recenttracks
        if recent is None:
            raise LastfmError(OPERATION_FAILED, "no recenttracks in the answer")
        entries = recent.track if isinstance(recent.track, list) else [recent.track]
        result = RecentPage(
            scrobbles=[],
            page=recent.attr.page,
            total_pages=recent.attr.totalPages,
            total=recent.attr.total,
        )
        for entry in entries:
            scrobble = _scrobble_of(entry)
            if scrobble is True:
                result.now_playing += 1
            elif isinstance(scrobble, Scrobble):
                result.scrobbles.append(scrobble)
            else:
                result.unreadable += 1
        return result

    async def get_session(self, token: str) -> tuple[str, str]:
        """Exchange the web flow's token for (user name, session key)."""
        answer = await self._call(
            {"method": "auth.getSession", "token": token}, _SessionAnswer, signed=True
        )
        if answer.session is None:
            raise LastfmError(OPERATION_FAILED, "no session in the answer")
        return answer.session.name, answer.session.key

    async def scrobble(
        self, session_key: str, scrobbles: list[Scrobble]
    ) -> ScrobbleResult:
        """Scrobble up to `SCROBBLE_BATCH` plays, stamped with their start."""
        if not 0 < len(scrobbles) <= SCROBBLE_BATCH:
            raise ValueError("1 to 50 scrobbles a request")
        params = {"method": "track.scrobble", "sk": session_key}
        for index, scrobble in enumerate(scrobbles):
            params[f"artist[{index}]"] = scrobble.artist
            params[f"track[{index}]"] = scrobble.title
            params[f"timestamp[{index}]"] = str(scrobble.listened_at)
            if scrobble.album:
                params[f"album[{index}]"] = scrobble.album
            if scrobble.duration_ms:
                params[f"duration[{index}]"] = str(scrobble.duration_ms // 1000)
        answer = await self._call(params, _ScrobbleAnswer, signed=True, post=True)
        if answer.scrobbles is None:
            raise LastfmError(OPERATION_FAILED, "no scrobbles in the answer")
        results = answer.scrobbles.scrobble
        if results is None:
            results = []
        elif not isinstance(results, list):
            results = [results]
        return ScrobbleResult(
            accepted=answer.scrobbles.attr.accepted,
            ignored=[
                (index, result.ignoredMessage.code)
                for index, result in enumerate(results)
                if result.ignoredMessage.code
            ],
        )

    async def update_now_playing(self, session_key: str, scrobble: Scrobble) -> None:
        """Say what plays now (Last.fm keeps it a few minutes at most).

        Tried once: a refusal is not retried, as what plays will have
        changed by the time a pause is over.
        """
        params = {
            "method": "track.updateNowPlaying",
            "sk": session_key,
            "artist": scrobble.artist,
            "track": scrobble.title,
        }
        if scrobble.album:
            params["album"] = scrobble.album
        if scrobble.duration_ms:
            params["duration"] = str(scrobble.duration_ms // 1000)
        await self._call(params, _SessionAnswer, signed=True, post=True, once=True)

    async def _call[T: _Answer | _ScrobbleAnswer | _SessionAnswer](
        self,
        params: dict[str, str],
        answer_type: type[T],
        *,
        signed: bool = False,
        post: bool = False,
        once: bool = False,
    ) -> T:
        """Make one call, retrying what Last.fm says to retry (unless `once`)."""
        params = {**params, "api_key": self._api_key}
        if signed:
            if self._secret is None:
                raise ValueError("a signed call needs the shared secret")
            params["api_sig"] = api_sig(params, self._secret)
        params["format"] = "json"
        failures = 0
        while True:
            await self.pacer.turn()
            error = await self._attempt(params, answer_type, post=post)
            if not isinstance(error, LastfmError):
                return error
            if error.code not in RETRYABLE or once:
                raise error
            failures += 1
            if failures > self.pacer.retries:
                raise error
            self.pacer.hold(self.pacer.pause_after(failures))

    async def _attempt[T: _Answer | _ScrobbleAnswer | _SessionAnswer](
        self, params: dict[str, str], answer_type: type[T], *, post: bool
    ) -> T | LastfmError:
        headers = {"User-Agent": USER_AGENT}
        try:
            if post:
                request = self._session.post(
                    self._url, data=params, headers=headers, timeout=_TIMEOUT
                )
            else:
                request = self._session.get(
                    self._url, params=params, headers=headers, timeout=_TIMEOUT
                )
            async with request as response:
                raw = await response.read()
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as err:
            return LastfmError(TEMPORARILY_UNAVAILABLE, type(err).__name__)
        try:
            answer = msgspec.json.decode(raw, type=answer_type, strict=False)
        except msgspec.DecodeError:
            # A proxy's HTML page or a cut answer: the service is not itself.
            return LastfmError(TEMPORARILY_UNAVAILABLE, f"HTTP {status}")
        if answer.error is not None:
            return LastfmError(answer.error, answer.message)
        if status >= 400:
            return LastfmError(TEMPORARILY_UNAVAILABLE, f"HTTP {status}")
        return answer
