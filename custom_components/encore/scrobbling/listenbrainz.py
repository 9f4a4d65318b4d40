"""ListenBrainz's API as Encore uses it: a user's listens, and submitting listens.

Followed from ListenBrainz's API documentation (listenbrainz.readthedocs.io)
and its server's code, as summed up in this package's README: listens are
read newest first, paged by `max_ts`; every answer carries the
`X-RateLimit-*` headers, honoured before the next call; 429 waits for
`X-RateLimit-Reset-In`.
"""

from dataclasses import dataclass
from typing import Final, Literal

import aiohttp
import msgspec

from .models import Scrobble, spotify_uri_of
from .pace import USER_AGENT, Pacer

API_ROOT: Final = "https://api.listenbrainz.org"
TOKEN_URL: Final = "https://listenbrainz.org/settings/"  # noqa: S105 - a page
"""Where a user finds their token."""
PAGE_COUNT: Final = 1000
"""Listens a read may ask for, and a submission may hold (`MAX_LISTENS_PER_REQUEST`)."""
EARLIEST: Final = 1_033_430_400
"""2002-10-01: ListenBrainz refuses listens stamped before it."""
MAX_DURATION_MS: Final = 24 * 24 * 3600 * 1000
_TIMEOUT: Final = aiohttp.ClientTimeout(total=60)

type ListenType = Literal["single", "playing_now", "import"]


class ListenBrainzError(Exception):
    """ListenBrainz refused a call, or could not be reached (status 0)."""

    def __init__(self, status: int, message: str) -> None:
        """Keep the HTTP status, which says whether to retry."""
        super().__init__(f"ListenBrainz error {status}: {message}")
        self.status = status
        self.message = message

    @property
    def is_auth(self) -> bool:
        """Whether the token is at fault (the user must act)."""
        return self.status in (401, 403)

    @property
    def retryable(self) -> bool:
        """Whether a later attempt may succeed: rate limit, outage, no answer."""
        return self.status in (0, 429) or self.status >= 500


class _Info(msgspec.Struct):
    duration_ms: int | None = None
    duration: int | None = None
    spotify_id: str | None = None
    origin_url: str | None = None


class _Metadata(msgspec.Struct):
    artist_name: str
    track_name: str
    release_name: str | None = None
    additional_info: _Info | None = None


class _Listen(msgspec.Struct):
    listened_at: int
    track_metadata: _Metadata
    recording_msid: str | None = None
    """The server's id of the listen's text, given back when read."""


class _Payload(msgspec.Struct):
    listens: list[msgspec.Raw] = msgspec.field(default_factory=list)
    count: int = 0
    oldest_listen_ts: int | None = None


class _ListensAnswer(msgspec.Struct):
    payload: _Payload


class _Error(msgspec.Struct):
    error: str = ""


class _Validation(msgspec.Struct):
    valid: bool = False
    user_name: str | None = None


_LISTEN = msgspec.json.Decoder(_Listen, strict=False)


def scrobble_of_listen(raw: bytes | msgspec.Raw) -> Scrobble | None:
    """Return the scrobble of one listen's JSON (an API answer's or an export line).

    None when it has no artist, title or time: such a line is reported as
    unreadable, never guessed at.
    """
    try:
        listen = _LISTEN.decode(raw)
    except msgspec.DecodeError:
        return None
    meta = listen.track_metadata
    if not meta.artist_name or not meta.track_name or listen.listened_at <= 0:
        return None
    info = meta.additional_info or _Info()
    duration = info.duration_ms
    if duration is None and info.duration is not None:
        duration = info.duration * 1000
    if duration is not None and not 0 < duration <= MAX_DURATION_MS:
        duration = None
    return Scrobble(
        artist=meta.artist_name,
        title=meta.track_name,
        listened_at=listen.listened_at,
        album=meta.release_name or None,
        duration_ms=duration,
        spotify_uri=spotify_uri_of(info.spotify_id) or spotify_uri_of(info.origin_url),
    )


def listen_of(scrobble: Scrobble, *, player: str | None = None) -> dict[str, object]:
    """Return a scrobble as a listen to submit (`listened_at`: its start)."""
    info: dict[str, object] = {
        "submission_client": "Encore",
        "submission_client_version": "0.1",
    }
    if scrobble.duration_ms:
        info["duration_ms"] = scrobble.duration_ms
    if scrobble.spotify_uri:
        track = scrobble.spotify_uri.removeprefix("spotify:track:")
        info["spotify_id"] = f"https://open.spotify.com/track/{track}"
        info["music_service"] = "spotify.com"
    if player:
        info["media_player"] = player
    meta: dict[str, object] = {
        "artist_name": scrobble.artist,
        "track_name": scrobble.title,
        "additional_info": info,
    }
    if scrobble.album:
        meta["release_name"] = scrobble.album
    return {"listened_at": scrobble.listened_at, "track_metadata": meta}


@dataclass(slots=True)
class ListensPage:
    """One read of a user's listens, newest first."""

    scrobbles: list[Scrobble]
    unreadable: int = 0
    oldest: int | None = None
    """The oldest `listened_at` of the page (readable or not): the next `max_ts`."""
    first_ever: int | None = None
    """The user's oldest listen of all (`oldest_listen_ts`): how far there is to go."""


class ListenBrainzClient:
    """Reading and submitting listens, one call at a time, as the headers allow."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        token: str | None = None,
        root: str = API_ROOT,
        pacer: Pacer | None = None,
    ) -> None:
        """Use `session` for every call, spaced by `pacer`."""
        self._session = session
        self._token = token
        self._root = root.rstrip("/")
        self.pacer = pacer or Pacer()

    async def listens(
        self,
        user: str,
        *,
        max_ts: int | None = None,
        min_ts: int | None = None,
        count: int = PAGE_COUNT,
    ) -> ListensPage:
        """Return up to `count` of `user`'s listens before `max_ts`, newest first."""
        params = {"count": str(min(count, PAGE_COUNT))}
        if max_ts is not None:
            params["max_ts"] = str(max_ts)
        if min_ts is not None:
            params["min_ts"] = str(min_ts)
        raw = await self._call("GET", f"/1/user/{user}/listens", params=params)
        answer = msgspec.json.decode(raw, type=_ListensAnswer, strict=False)
        page = ListensPage(scrobbles=[], first_ever=answer.payload.oldest_listen_ts)
        for listen in answer.payload.listens:
            scrobble = scrobble_of_listen(listen)
            if scrobble is None:
                page.unreadable += 1
                stamp = _stamp_of(listen)
            else:
                page.scrobbles.append(scrobble)
                stamp = scrobble.listened_at
            if stamp is not None and (page.oldest is None or stamp < page.oldest):
                page.oldest = stamp
        return page

    async def recording_msid(
        self, user: str, listened_at: int, title: str
    ) -> str | None:
        """Return the `recording_msid` of `user`'s listen of `title` at `listened_at`.

        The server names a listen by its time and this id (which it gives
        only when listens are read back), so deleting one starts here. None
        when the user holds no such listen.
        """
        raw = await self._call(
            "GET",
            f"/1/user/{user}/listens",
            params={"max_ts": str(listened_at + 1), "count": "25"},
        )
        answer = msgspec.json.decode(raw, type=_ListensAnswer, strict=False)
        wanted = title.casefold()
        for item in answer.payload.listens:
            try:
                listen = _LISTEN.decode(item)
            except msgspec.DecodeError:
                continue
            if (
                listen.listened_at == listened_at
                and listen.track_metadata.track_name.casefold() == wanted
                and listen.recording_msid
            ):
                return listen.recording_msid
        return None

    async def delete_listen(self, listened_at: int, recording_msid: str) -> None:
        """Delete one of the token's user's listens (`/1/delete-listen`)."""
        await self._call(
            "POST",
            "/1/delete-listen",
            body=msgspec.json.encode(
                {"listened_at": listened_at, "recording_msid": recording_msid}
            ),
        )

    async def validate_token(self) -> str | None:
        """Return the user name the token belongs to, or None if it is not valid."""
        raw = await self._call("GET", "/1/validate-token")
        answer = msgspec.json.decode(raw, type=_Validation, strict=False)
        return answer.user_name if answer.valid else None

    async def submit(
        self,
        listen_type: ListenType,
        scrobbles: list[Scrobble],
        *,
        player: str | None = None,
    ) -> None:
        """Submit listens (`import`: up to `PAGE_COUNT`; `single`, `playing_now`: one).

        `playing_now` is tried once (what plays will have changed by the
        time a pause is over); the others are retried as `_call` says.
        """
        if not scrobbles or len(scrobbles) > PAGE_COUNT:
            raise ValueError("1 to 1000 listens a request")
        if listen_type != "import" and len(scrobbles) != 1:
            raise ValueError("one listen for single and playing_now")
        payload = [listen_of(scrobble, player=player) for scrobble in scrobbles]
        if listen_type == "playing_now":
            payload[0].pop("listened_at")
        await self._call(
            "POST",
            "/1/submit-listens",
            body=msgspec.json.encode({"listen_type": listen_type, "payload": payload}),
            once=listen_type == "playing_now",
        )

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: bytes | None = None,
        once: bool = False,
    ) -> bytes:
        """Make one call, waiting out rate limits and outages (unless `once`)."""
        failures = 0
        while True:
            await self.pacer.turn()
            result = await self._attempt(method, path, params, body)
            if isinstance(result, bytes):
                return result
            if not result.retryable or once:
                raise result
            failures += 1
            if failures > self.pacer.retries:
                raise result
            if result.status != 429:
                self.pacer.hold(self.pacer.pause_after(failures))

    async def _attempt(
        self,
        method: str,
        path: str,
        params: dict[str, str] | None,
        body: bytes | None,
    ) -> bytes | ListenBrainzError:
        headers = {"User-Agent": USER_AGENT}
        if self._token is not None:
            headers["Authorization"] = f"Token {self._token}"
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            async with self._session.request(
                method,
                self._root + path,
                params=params,
                data=body,
                headers=headers,
                timeout=_TIMEOUT,
            ) as response:
                raw = await response.read()
                status = response.status
                remaining = _header_int(response, "X-RateLimit-Remaining")
                reset_in = _header_int(response, "X-RateLimit-Reset-In")
        except (aiohttp.ClientError, TimeoutError) as err:
            return ListenBrainzError(0, type(err).__name__)
        # The headers say when the next call may go: wait for it before any.
        if reset_in is not None and (status == 429 or remaining == 0):
            self.pacer.hold(reset_in + 1)
        elif status == 429:
            self.pacer.hold(self.pacer.backoff)
        if status == 200:
            return raw
        try:
            message = msgspec.json.decode(raw, type=_Error, strict=False).error
        except msgspec.DecodeError:
            message = f"HTTP {status}"
        return ListenBrainzError(status, message)


def _header_int(response: aiohttp.ClientResponse, name: str) -> int | None:
    value = response.headers.get(name)
    if value is None:
        return None
    try:
        return max(0, int(float(value)))
    except ValueError:
        return None


class _Stamp(msgspec.Struct):
    listened_at: int | None = None


def _stamp_of(raw: msgspec.Raw) -> int | None:
    try:
        return msgspec.json.decode(raw, type=_Stamp, strict=False).listened_at
    except msgspec.DecodeError:
        return None
