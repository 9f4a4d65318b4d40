"""What a failed Spotify request means, and the account problems it shows.

Part of the client (`client.py`), which sends and retries: spotipy's
exception becomes Encore's typed error here (`spotify_error`), a 403's
reason is read from Spotify's code or words (`forbidden_reason`), and the
problems that are the account's, not the request's (no Premium, not on the
app's allow-list), are kept until an answer proves them gone
(`AccountProblems`). spotipy's log lines lose their bearer tokens here too.
"""

from collections.abc import Callable
import logging
import re
from typing import Final

from spotipy import SpotifyException

from homeassistant.core import callback

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

ACCOUNT_PROBLEMS: Final = frozenset(
    {
        ForbiddenReason.PREMIUM_REQUIRED,
        ForbiddenReason.OWNER_PREMIUM_REQUIRED,
        ForbiddenReason.NOT_ALLOW_LISTED,
    }
)
PREMIUM: Final = frozenset(
    {ForbiddenReason.PREMIUM_REQUIRED, ForbiddenReason.OWNER_PREMIUM_REQUIRED}
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


def _message(err: SpotifyException) -> str:
    """Return Spotify's message without the URL spotipy puts in front."""
    text = str(err.msg or "")
    return text.rsplit(":\n", 1)[-1].strip()


def forbidden_reason(reason: str, message: str) -> ForbiddenReason:
    """Classify a 403 from Spotify's reason code or, failing that, its message."""
    lowered = message.lower()
    # Since 2026 every call fails while the app owner has no Premium; player
    # commands fail for accounts without it.
    if "premium" in lowered and "owner" in lowered:
        return ForbiddenReason.OWNER_PREMIUM_REQUIRED
    if reason == "PREMIUM_REQUIRED" or "premium" in lowered:
        return ForbiddenReason.PREMIUM_REQUIRED
    if "registered" in lowered or "developer.spotify.com" in lowered:
        return ForbiddenReason.NOT_ALLOW_LISTED
    if reason == "VOLUME_CONTROL_DISALLOW":
        return ForbiddenReason.VOLUME_CONTROL
    if "restriction violated" in lowered:
        return ForbiddenReason.RESTRICTED_DEVICE
    if "scope" in lowered:
        # "Insufficient client scope": the token lacks a permission.
        return ForbiddenReason.MISSING_SCOPE
    return ForbiddenReason.OTHER


def spotify_error(err: SpotifyException, gate: RateGate) -> SpotifyError:
    """Turn spotipy's exception into Encore's typed error.

    A 429 closes `gate` for as long as Spotify asks.
    """
    status = err.http_status
    reason = err.reason or ""
    message = _message(err)
    if status == 401:
        if "premium" in message.lower():
            # No token problem: a refresh or a reauthentication cannot help.
            return SpotifyForbiddenError(forbidden_reason(reason, message), message)
        return SpotifyAuthError()
    if status == 403:
        return SpotifyForbiddenError(forbidden_reason(reason, message), message)
    if status == 404:
        if reason == "NO_ACTIVE_DEVICE":
            return SpotifyNoActiveDeviceError()
        return SpotifyNotFoundError(message)
    if status == 429:
        headers = err.headers or {}
        return gate.close(
            parse_retry_after(headers.get("Retry-After")),
            quota=reason == "QUOTA_EXCEEDED",
        )
    if status == 400 and "uri" in message.lower():
        # "Invalid track uri: ...": well formed, but nothing Spotify knows.
        return SpotifyNotFoundError(message)
    if status >= 500:
        return SpotifyTransientError(f"HTTP {status}")
    return SpotifyError("request_failed", {"detail": f"HTTP {status}: {message}"})


class AccountProblems:
    """The account's problem Spotify last showed, until an answer proves it gone."""

    def __init__(
        self, on_change: Callable[[ForbiddenReason | None], None] | None
    ) -> None:
        """Start with none; `on_change` hears of each change."""
        self._on_change = on_change
        self.problem: ForbiddenReason | None = None

    @callback
    def answered(self, endpoint: str) -> None:
        """Clear what an answer from `endpoint` proves wrong."""
        # Any answer proves the allow-list and the owner's Premium; only a
        # player command proves the account's own Premium.
        if self.problem in (
            ForbiddenReason.NOT_ALLOW_LISTED,
            ForbiddenReason.OWNER_PREMIUM_REQUIRED,
        ) or (
            self.problem is ForbiddenReason.PREMIUM_REQUIRED
            and endpoint.startswith(("PUT /me/player", "POST /me/player"))
        ):
            self.set(None)

    @callback
    def set(self, problem: ForbiddenReason | None) -> None:
        """Make `problem` the account's (None: none), telling the listener."""
        if problem == self.problem:
            return
        self.problem = problem
        if self._on_change is not None:
            self._on_change(problem)
