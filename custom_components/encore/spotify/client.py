"""One async client per Spotify account, over spotipy running in the executor.

spotipy is synchronous and, left to its defaults, retries 429s inside the
worker thread by sleeping out Retry-After (which can last a day) and logs the
bearer token at debug level. Encore gives it a plain `requests.Session` (no
retries), a timeout on every request, and does the retrying itself: on the
event loop, bounded, and never across a closed rate gate.
"""

import asyncio
from collections.abc import Callable
import logging
import re
from typing import Any, Final

import requests
from spotipy import Spotify, SpotifyException

from homeassistant.core import HomeAssistant, callback

from .auth import SpotifyAuth
from .errors import (
    ForbiddenReason,
    SpotifyAuthError,
    SpotifyError,
    SpotifyForbiddenError,
    SpotifyNoActiveDeviceError,
    SpotifyNotFoundError,
    SpotifyTransientError,
)
from .gate import RateGate, parse_retry_after
from .models import SpotifyDevice, SpotifyProfile
from .usage import ApiUsage

_LOGGER = logging.getLogger(__name__)

API_PREFIX: Final = "https://api.spotify.com/v1/"
# (connect, read) seconds for every request spotipy sends.
REQUEST_TIMEOUT: tuple[float, float] = (5.0, 15.0)
# Waits between attempts after a 5xx, timeout or dropped connection.
TRANSIENT_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0)

_ACCOUNT_PROBLEMS: Final = frozenset(
    {ForbiddenReason.PREMIUM_REQUIRED, ForbiddenReason.NOT_ALLOW_LISTED}
)
_BEARER = re.compile(r"(Bearer\s+)[^\s'\",}]+")


class _RedactTokens(logging.Filter):
    """Keep bearer tokens out of spotipy's debug lines, and its errors to us.

    spotipy logs every request's headers at debug level and every HTTP error at
    error level; Encore raises typed errors and logs them once itself.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and str(record.msg).startswith(
            ("HTTP Error", "Max Retries")
        ):
            return False
        message = record.getMessage()
        if "Bearer" in message:
            record.msg = _BEARER.sub(r"\1**REDACTED**", message)
            record.args = None
        return True


logging.getLogger("spotipy.client").addFilter(_RedactTokens())


class _TokenHolder:
    """spotipy's auth manager: hands out the token the event loop last stored."""

    def __init__(self) -> None:
        self.token = ""

    def get_access_token(self, as_dict: bool = False) -> str:
        return self.token


def _message(err: SpotifyException) -> str:
    """Return Spotify's message without the URL spotipy puts in front."""
    text = str(err.msg or "")
    return text.rsplit(":\n", 1)[-1].strip()


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
    ) -> None:
        """Initialize; no request is made here."""
        self._hass = hass
        self._auth = auth
        self.gate = gate or RateGate(hass)
        self.usage = usage or ApiUsage()
        self._on_account_problem = on_account_problem
        self.account_problem: ForbiddenReason | None = None
        self._tokens = _TokenHolder()
        self._session = requests.Session()
        self._spotify = Spotify(
            auth_manager=self._tokens,
            requests_session=self._session,
            requests_timeout=REQUEST_TIMEOUT,
        )
        self._spotify.prefix = API_PREFIX

    async def async_close(self) -> None:
        """Close pooled connections."""
        self.gate.async_shutdown()
        await self._hass.async_add_executor_job(self._session.close)

    async def request[T](self, endpoint: str, call: Callable[[Spotify], T]) -> T:
        """Run one spotipy call in the executor, through the gate.

        `endpoint` names the call for the usage counters (e.g. "GET /me").
        """
        force_refresh = False
        attempt = 0
        while True:
            self.gate.check()
            self._tokens.token = await self._auth.access_token(
                force_refresh=force_refresh
            )
            self.usage.record(endpoint)
            try:
                result = await self._hass.async_add_executor_job(call, self._spotify)
            except SpotifyException as err:
                error = self._map_error(err)
            except requests.RequestException as err:
                error = SpotifyTransientError(type(err).__name__)
            else:
                self._clear_account_problem(endpoint)
                return result

            if isinstance(error, SpotifyAuthError) and not force_refresh:
                force_refresh = True
                continue
            if isinstance(error, SpotifyTransientError) and attempt < len(
                TRANSIENT_RETRY_DELAYS
            ):
                await asyncio.sleep(TRANSIENT_RETRY_DELAYS[attempt])
                attempt += 1
                continue
            if isinstance(error, SpotifyAuthError):
                self._auth.auth_failed()
            elif (
                isinstance(error, SpotifyForbiddenError)
                and error.reason in _ACCOUNT_PROBLEMS
            ):
                self._set_account_problem(error.reason)
            _LOGGER.debug("%s failed: %s", endpoint, error.__class__.__name__)
            raise error

    def _map_error(self, err: SpotifyException) -> SpotifyError:
        """Turn spotipy's exception into Encore's typed error."""
        status = err.http_status
        reason = err.reason or ""
        message = _message(err)
        if status == 401:
            return SpotifyAuthError()
        if status == 403:
            return SpotifyForbiddenError(_forbidden_reason(reason, message), message)
        if status == 404:
            if reason == "NO_ACTIVE_DEVICE":
                return SpotifyNoActiveDeviceError()
            return SpotifyNotFoundError(message)
        if status == 429:
            headers = err.headers or {}
            return self.gate.close(
                parse_retry_after(headers.get("Retry-After")),
                quota=reason == "QUOTA_EXCEEDED",
            )
        if status >= 500:
            return SpotifyTransientError(f"HTTP {status}")
        return SpotifyError("request_failed", {"detail": f"HTTP {status}: {message}"})

    @callback
    def _clear_account_problem(self, endpoint: str) -> None:
        # Any answer proves the allow-list; only a player answer proves Premium.
        if self.account_problem is ForbiddenReason.NOT_ALLOW_LISTED or (
            self.account_problem is ForbiddenReason.PREMIUM_REQUIRED
            and " /me/player" in endpoint
        ):
            self._set_account_problem(None)

    @callback
    def _set_account_problem(self, problem: ForbiddenReason | None) -> None:
        if problem == self.account_problem:
            return
        self.account_problem = problem
        if self._on_account_problem is not None:
            self._on_account_problem(problem)

    async def async_get_profile(self) -> SpotifyProfile:
        """Return the signed-in user."""
        data: dict[str, Any] = await self.request("GET /me", lambda sp: sp.me())
        return SpotifyProfile.from_api(data)

    async def async_get_devices(self) -> list[SpotifyDevice]:
        """Return the account's Spotify Connect devices."""
        data: dict[str, Any] | None = await self.request(
            "GET /me/player/devices", lambda sp: sp.devices()
        )
        return [
            SpotifyDevice.from_api(item) for item in (data or {}).get("devices", [])
        ]


def _forbidden_reason(reason: str, message: str) -> ForbiddenReason:
    """Classify a 403 from Spotify's reason code or, failing that, its message."""
    lowered = message.lower()
    if reason == "PREMIUM_REQUIRED" or "premium required" in lowered:
        return ForbiddenReason.PREMIUM_REQUIRED
    if "registered" in lowered or "developer.spotify.com" in lowered:
        return ForbiddenReason.NOT_ALLOW_LISTED
    if reason == "VOLUME_CONTROL_DISALLOW":
        return ForbiddenReason.VOLUME_CONTROL
    if "restriction violated" in lowered:
        return ForbiddenReason.RESTRICTED_DEVICE
    return ForbiddenReason.OTHER
