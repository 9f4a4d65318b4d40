"""One async client per Spotify account, over spotipy running in the executor.

spotipy is synchronous and, left to its defaults, retries 429s inside the
worker thread by sleeping out Retry-After (which can last a day) and logs the
bearer token at debug level. Encore gives it a plain `requests.Session` (no
retries), a timeout on every request, and does the retrying itself: on the
event loop, bounded, and never across a closed rate gate. What a failure
means (its typed error, a problem of the account's) is read in
`failures.py`.
"""

import asyncio
from collections.abc import Callable
import logging
from typing import Any, Final

import msgspec
import requests
from spotipy import Spotify, SpotifyException

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .auth import SpotifyAuth
from .endpoints import spotify_endpoints
from .errors import (
    ForbiddenReason,
    SpotifyAuthError,
    SpotifyBudgetSpentError,
    SpotifyError,
    SpotifyForbiddenError,
    SpotifyTransientError,
)
from .failures import ACCOUNT_PROBLEMS, PREMIUM, AccountProblems, spotify_error
from .gate import RateGate
from .ledger import RequestLedger
from .models import (
    CreatedPlaylist,
    Playback,
    SpotifyDevice,
    SpotifyProfile,
    SpotifyQueue,
)
from .objects import (
    Devices,
    NewPlaylist,
    Page,
    PlaybackState,
    PlayHistory,
    QueueState,
    Snapshot,
    User,
)
from .usage import ApiUsage

_LOGGER = logging.getLogger(__name__)

# (connect, read) seconds for every request spotipy sends.
REQUEST_TIMEOUT: tuple[float, float] = (5.0, 15.0)
# Waits between attempts after a 5xx, timeout or dropped connection.
TRANSIENT_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0)
# Recently-played answers at most 50 items a page and reaches 50 plays in all.
RECENTLY_PLAYED_LIMIT: Final = 50
RECENTLY_PLAYED_MAX_PAGES: Final = 3
# Spotify takes at most this many URIs in one playlist write, and in one
# library save, removal or look-up.
PLAYLIST_WRITE_LIMIT: Final = 100
LIBRARY_URI_LIMIT: Final = 40


class _TokenHolder:
    """spotipy's auth manager: hands out the token the event loop last stored."""

    def __init__(self) -> None:
        self.token = ""

    def get_access_token(self, as_dict: bool = False) -> str:
        return self.token


def decode[T](body: object, model: type[T]) -> T:
    """Decode a body spotipy parsed into Encore's struct for it, once.

    An answer that does not fit (a key of the wrong type) is Spotify's
    failure, reported as any other failed request is.
    """
    try:
        return msgspec.convert(body, model)
    except msgspec.ValidationError as err:
        raise SpotifyError(
            "request_failed", {"detail": f"unexpected answer: {err}"}
        ) from err


def _page[T](body: object, entry: type[T], wrapper: str | None) -> Page[T]:
    """Decode a paging object (inside `wrapper` when given, e.g. `artists`)."""
    if wrapper and isinstance(body, dict):
        body = body.get(wrapper)
    page: Page[T] = decode(body or {}, Page[entry])  # type: ignore[valid-type]
    return page


def _get_path(path: str, params: dict[str, Any]) -> Callable[[Spotify], Any]:
    """Return a call that GETs an API path with query parameters.

    `params` is what the caller asks (spotipy's `**kwargs`), not an answer.
    """
    return lambda sp: sp._get(path, **params)  # noqa: SLF001


def _next_page(url: str) -> Callable[[Spotify], Any]:
    """Return a call that fetches the page behind a `next` URL."""
    return lambda sp: sp._get(url)  # noqa: SLF001


def _recently_played(after: int | None) -> Callable[[Spotify], Any]:
    """Return a call that fetches one recently-played page after a cursor."""
    return lambda sp: sp.current_user_recently_played(
        limit=RECENTLY_PLAYED_LIMIT, after=after
    )


def _library_call(
    method: str, uris: list[str], tail: str = ""
) -> Callable[[Spotify], Any]:
    """Return a call on `/me/library` (2026: one endpoint for every kind)."""
    path = f"me/library{tail}"
    joined = ",".join(uris)
    return lambda sp: sp._internal_call(method, path, None, {"uris": joined})  # noqa: SLF001


class SpotifyClient:
    """Typed, rate-gated access to one account's Web API."""

    def __init__(
        self,
        hass: HomeAssistant,
        auth: SpotifyAuth,
        *,
        gate: RateGate | None = None,
        usage: ApiUsage | None = None,
        on_account_problem: Callable[[ForbiddenReason | None], None] | None = None,
        ledger: RequestLedger | None = None,
        ledger_key: str = "",
    ) -> None:
        """Initialize; no request is made here.

        `ledger` counts the requests of every account on the same Spotify app
        (under `ledger_key`, the entry id) and refuses them once its budget
        is spent.
        """
        self._hass = hass
        self._auth = auth
        self.gate = gate or RateGate(hass)
        self.usage = usage or ApiUsage()
        self.ledger = ledger
        self._ledger_key = ledger_key
        self._problems = AccountProblems(on_account_problem)
        self._tokens = _TokenHolder()
        self._session = requests.Session()
        self._spotify = Spotify(
            auth_manager=self._tokens,
            requests_session=self._session,
            requests_timeout=REQUEST_TIMEOUT,
        )
        self._spotify.prefix = spotify_endpoints(hass).api_prefix

    async def async_close(self) -> None:
        """Close pooled connections."""
        self.gate.async_shutdown()
        await self._hass.async_add_executor_job(self._session.close)

    async def request[T](
        self,
        endpoint: str,
        call: Callable[[Spotify], T],
        *,
        idempotent: bool = True,
    ) -> T:
        """Run one spotipy call in the executor, through the gate.

        `endpoint` names the call for the usage counters (e.g. "GET /me").
        A call that is not `idempotent` (adding items to a playlist) is not
        sent again after a timeout or a 5xx: Spotify may have done it, and
        twice would add the items twice. Its caller decides.
        """
        force_refresh = False
        premium_retried = False
        attempt = 0
        while True:
            self.gate.check()
            self._check_budget()
            # Counted before anything is awaited: two requests at once must not
            # both take the last slot of the budget.
            if self.ledger is not None:
                self.ledger.record(self._ledger_key)
            self._tokens.token = await self._auth.access_token(
                force_refresh=force_refresh
            )
            self.usage.record(endpoint)
            try:
                result = await self._hass.async_add_executor_job(call, self._spotify)
            except SpotifyException as err:
                error = spotify_error(err, self.gate)
            except requests.RequestException as err:
                error = SpotifyTransientError(type(err).__name__)
            else:
                self._problems.answered(endpoint)
                return result

            if (
                isinstance(error, SpotifyForbiddenError)
                and error.reason in PREMIUM
                and not premium_retried
            ):
                # Since July 2026 Spotify sometimes refuses a valid request as
                # "Premium required" and takes it when repeated: once more,
                # at once, before a repair says the account lacks Premium.
                premium_retried = True
                continue
            if isinstance(error, SpotifyAuthError) and not force_refresh:
                force_refresh = True
                continue
            if (
                isinstance(error, SpotifyTransientError)
                and idempotent
                and attempt < len(TRANSIENT_RETRY_DELAYS)
            ):
                await asyncio.sleep(TRANSIENT_RETRY_DELAYS[attempt])
                attempt += 1
                continue
            if isinstance(error, SpotifyAuthError):
                self._auth.auth_failed()
            elif (
                isinstance(error, SpotifyForbiddenError)
                and error.reason in ACCOUNT_PROBLEMS
            ):
                self._problems.set(error.reason)
            _LOGGER.debug("%s failed: %s", endpoint, error.__class__.__name__)
            raise error

    def _check_budget(self) -> None:
        """Raise at once while the app's daily budget is spent.

        Polls stop earlier (the planner keeps a reserve back); what reaches
        this point is what users ask for, and it passes while any is left.
        """
        if self.ledger is not None and (until := self.ledger.spent()) is not None:
            raise SpotifyBudgetSpentError(until, self.ledger.budget)

    @property
    def account_problem(self) -> ForbiddenReason | None:
        """The account's problem Spotify last showed (no Premium...), or None."""
        return self._problems.problem

    async def async_get_profile(self) -> SpotifyProfile:
        """Return the signed-in user."""
        body = await self.request("GET /me", lambda sp: sp.me())
        return SpotifyProfile.of(decode(body, User))

    async def async_get_playback(self) -> Playback | None:
        """Return what plays now, or None when nothing does (HTTP 204)."""
        body = await self.request(
            "GET /me/player",
            lambda sp: sp.current_playback(additional_types="track,episode"),
        )
        if not body:
            return None
        return Playback.of(decode(body, PlaybackState), dt_util.utcnow())

    async def async_get_devices(self) -> list[SpotifyDevice]:
        """Return the account's Spotify Connect devices."""
        body = await self.request("GET /me/player/devices", lambda sp: sp.devices())
        return [
            SpotifyDevice.of(device)
            for device in decode(body or {}, Devices).devices
            if device is not None
        ]

    async def async_get_recently_played(
        self, after: int | None = None
    ) -> list[PlayHistory]:
        """Return recently-played plays (`played_at`, `track`, `context`), newest first.

        Without `after`, the 50 most recent plays: all Spotify still reaches.
        With `after` (Unix ms, exclusive), the plays since then; such pages
        walk forward in time, so a full page is followed by the next one.
        """
        plays: list[PlayHistory] = []
        cursor = after
        for _ in range(RECENTLY_PLAYED_MAX_PAGES):
            page = _page(
                await self.request(
                    "GET /me/player/recently-played", _recently_played(cursor)
                ),
                PlayHistory,
                None,
            )
            entries = page.present()
            # Newest first on every page; a later page holds later plays.
            plays[:0] = entries
            newest = page.cursors.after if page.cursors else None
            if (
                after is None
                or len(entries) < RECENTLY_PLAYED_LIMIT
                or not page.next
                or newest is None
                or int(newest) == cursor
            ):
                break
            cursor = int(newest)
        return plays

    # Player commands. Each targets `device_id` when given, else the active device.

    async def async_play(
        self,
        device_id: str | None = None,
        *,
        context_uri: str | None = None,
        uris: list[str] | None = None,
        offset: dict[str, int | str] | None = None,
        position_ms: int | None = None,
    ) -> None:
        """Start or resume playback."""
        await self.request(
            "PUT /me/player/play",
            lambda sp: sp.start_playback(
                device_id=device_id,
                context_uri=context_uri,
                uris=uris,
                offset=offset,
                position_ms=position_ms,
            ),
        )

    async def async_pause(self, device_id: str | None = None) -> None:
        """Pause playback."""
        await self.request(
            "PUT /me/player/pause", lambda sp: sp.pause_playback(device_id)
        )

    async def async_next(self, device_id: str | None = None) -> None:
        """Skip to the next item."""
        await self.request("POST /me/player/next", lambda sp: sp.next_track(device_id))

    async def async_previous(self, device_id: str | None = None) -> None:
        """Go back to the previous item."""
        await self.request(
            "POST /me/player/previous", lambda sp: sp.previous_track(device_id)
        )

    async def async_seek(self, position_ms: int, device_id: str | None = None) -> None:
        """Seek within the current item."""
        await self.request(
            "PUT /me/player/seek", lambda sp: sp.seek_track(position_ms, device_id)
        )

    async def async_set_volume(
        self, percent: int, device_id: str | None = None
    ) -> None:
        """Set the device volume, 0-100."""
        await self.request(
            "PUT /me/player/volume", lambda sp: sp.volume(percent, device_id)
        )

    async def async_set_shuffle(
        self, state: bool, device_id: str | None = None
    ) -> None:
        """Turn shuffle on or off."""
        await self.request(
            "PUT /me/player/shuffle", lambda sp: sp.shuffle(state, device_id)
        )

    async def async_set_repeat(self, state: str, device_id: str | None = None) -> None:
        """Set repeat to "off", "context" or "track"."""
        await self.request(
            "PUT /me/player/repeat", lambda sp: sp.repeat(state, device_id)
        )

    async def async_add_to_queue(self, uri: str, device_id: str | None = None) -> None:
        """Queue a track or episode after the current one (and earlier queued ones)."""
        await self.request(
            "POST /me/player/queue", lambda sp: sp.add_to_queue(uri, device_id)
        )

    async def async_transfer(self, device_id: str, *, play: bool) -> None:
        """Move playback to another device."""
        await self.request(
            "PUT /me/player", lambda sp: sp.transfer_playback(device_id, play)
        )

    # Catalog and library reads, decoded into `objects.py`'s structs.

    async def async_get[T](
        self, endpoint: str, path: str, model: type[T], **params: Any
    ) -> T:
        """GET an API path (relative to the prefix) and decode it as `model`."""
        body = await self.request(f"GET {endpoint}", _get_path(path, params))
        return decode(body if body is not None else {}, model)

    async def async_get_items[T](
        self,
        endpoint: str,
        path: str,
        entry: type[T],
        *,
        max_items: int,
        wrapper: str | None = None,
        **params: Any,
    ) -> list[T]:
        """Read a paged list of `entry` until `max_items` (every page passes the gate).

        Offset-paged lists are read by offset on the same path: Spotify's own
        `next` link for /me/playlists points at /users/{id}/playlists, which is
        closed to Development-Mode apps. Cursor-paged lists (followed artists,
        recently played) follow `next`. `wrapper` names the key the paging
        object sits under (e.g. "artists"). Null entries are left out.
        """
        items: list[T] = []
        body = await self.request(f"GET {endpoint}", _get_path(path, params))
        while True:
            page = _page(body, entry, wrapper)
            items.extend(page.present())
            if not page.next or not page.items or len(items) >= max_items:
                return items[:max_items]
            if page.offset is not None:
                params = {**params, "offset": page.offset + len(page.items)}
                body = await self.request(f"GET {endpoint}", _get_path(path, params))
            else:
                body = await self.request(f"GET {endpoint}", _next_page(page.next))

    async def async_get_queue(self) -> SpotifyQueue:
        """Return what plays now and Spotify's queue after it."""
        body = await self.request("GET /me/player/queue", lambda sp: sp.queue())
        return SpotifyQueue.of(decode(body, QueueState) if body else None)

    # Writes: they need the opt-in scopes (const.SPOTIFY_WRITE_SCOPES).

    async def async_create_playlist(
        self, name: str, *, description: str = "", public: bool = False
    ) -> CreatedPlaylist:
        """Create a playlist of the signed-in user (`POST /me/playlists`).

        Not sent twice: a timeout could leave two playlists of that name.
        """
        payload = {"name": name, "description": description, "public": public}
        body = await self.request(
            "POST /me/playlists",
            lambda sp: sp._post("me/playlists", payload=payload),  # noqa: SLF001
            idempotent=False,
        )
        return CreatedPlaylist.of(decode(body, NewPlaylist))

    async def async_replace_playlist_items(
        self, playlist_id: str, uris: list[str]
    ) -> str:
        """Make `uris` (at most 100) the playlist's items; return its snapshot id.

        Replacing is idempotent: sending it again gives the same playlist.
        """
        body = await self.request(
            "PUT /playlists/{id}/items",
            lambda sp: sp._put(  # noqa: SLF001
                f"playlists/{playlist_id}/items", payload={"uris": uris}
            ),
        )
        return decode(body or {}, Snapshot).snapshot_id or ""

    async def async_add_playlist_items(self, playlist_id: str, uris: list[str]) -> str:
        """Append `uris` (at most 100); return the snapshot id. Not sent twice."""
        body = await self.request(
            "POST /playlists/{id}/items",
            lambda sp: sp._post(  # noqa: SLF001
                f"playlists/{playlist_id}/items", payload={"uris": uris}
            ),
            idempotent=False,
        )
        return decode(body or {}, Snapshot).snapshot_id or ""

    async def async_save_to_library(self, uris: list[str]) -> None:
        """Save (like) each URI: tracks, albums, episodes, shows, audiobooks."""
        for start in range(0, len(uris), LIBRARY_URI_LIMIT):
            await self.request(
                "PUT /me/library",
                _library_call("PUT", uris[start : start + LIBRARY_URI_LIMIT]),
            )

    async def async_remove_from_library(self, uris: list[str]) -> None:
        """Remove each URI from the library (saving and removing are idempotent)."""
        for start in range(0, len(uris), LIBRARY_URI_LIMIT):
            await self.request(
                "DELETE /me/library",
                _library_call("DELETE", uris[start : start + LIBRARY_URI_LIMIT]),
            )

    async def async_library_contains(self, uris: list[str]) -> list[bool]:
        """Return whether the library holds each URI (a followed playlist counts)."""
        found: list[bool] = []
        for start in range(0, len(uris), LIBRARY_URI_LIMIT):
            chunk = uris[start : start + LIBRARY_URI_LIMIT]
            body = await self.request(
                "GET /me/library/contains", _library_call("GET", chunk, "/contains")
            )
            answers = decode(body or [], list[bool | None])
            found += [bool(answer) for answer in answers[: len(chunk)]]
            found += [False] * (len(chunk) - len(answers))
        return found
