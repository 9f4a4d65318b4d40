"""The per-account rate gate: closed by a 429 until Spotify's Retry-After instant.

Spotify's Retry-After can last a day. Nothing waits it out: while the gate is
closed every call fails at once with the instant it reopens, and a timer on
the event loop reopens it and tells whoever listens (coordinators, sensors).
"""

from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time
from homeassistant.util import dt as dt_util

from .errors import SpotifyRateLimitedError

# When a 429 comes without a usable Retry-After, wait this long.
DEFAULT_RETRY_AFTER = timedelta(seconds=30)


def parse_retry_after(value: str | None) -> timedelta:
    """Return the wait a Retry-After header asks for (seconds, or an HTTP date)."""
    if not value:
        return DEFAULT_RETRY_AFTER
    try:
        seconds = float(value)
    except ValueError:
        when = dt_util.parse_datetime(value) or _parse_http_date(value)
        if when is None:
            return DEFAULT_RETRY_AFTER
        return max(when - dt_util.utcnow(), timedelta(0))
    return timedelta(seconds=max(seconds, 0.0))


def _parse_http_date(value: str) -> datetime | None:
    """Parse an RFC 7231 date such as `Wed, 21 Oct 2026 07:28:00 GMT`."""
    try:
        return parsedate_to_datetime(value)
    except TypeError, ValueError:
        return None


class RateGate:
    """Lets calls through unless Spotify asked this account to wait."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Initialize an open gate."""
        self._hass = hass
        self.closed_until: datetime | None = None
        self.quota = False
        self._unsub_reopen: CALLBACK_TYPE | None = None
        self._listeners: list[Callable[[], None]] = []

    @property
    def is_open(self) -> bool:
        """Return whether calls may go out now."""
        return self.closed_until is None or dt_util.utcnow() >= self.closed_until

    def check(self) -> None:
        """Raise at once while the gate is closed."""
        until = self.closed_until
        if until is not None and dt_util.utcnow() < until:
            raise SpotifyRateLimitedError(until, quota=self.quota)

    @callback
    def close(self, retry_after: timedelta, *, quota: bool) -> SpotifyRateLimitedError:
        """Close the gate for `retry_after`; return the error for the caller."""
        until = dt_util.utcnow() + retry_after
        # A later 429 never shortens a wait Spotify already asked for.
        if self.closed_until is not None and self.closed_until >= until:
            return SpotifyRateLimitedError(self.closed_until, quota=self.quota)
        self.closed_until = until
        self.quota = quota
        if self._unsub_reopen is not None:
            self._unsub_reopen()
        self._unsub_reopen = async_track_point_in_utc_time(
            self._hass, self._reopen, until
        )
        self._notify()
        return SpotifyRateLimitedError(until, quota=quota)

    @callback
    def _reopen(self, _now: datetime) -> None:
        self._unsub_reopen = None
        self.closed_until = None
        self.quota = False
        self._notify()

    @callback
    def async_add_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call `listener` whenever the gate closes or reopens."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    @callback
    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    @callback
    def async_shutdown(self) -> None:
        """Cancel the reopen timer."""
        if self._unsub_reopen is not None:
            self._unsub_reopen()
            self._unsub_reopen = None
        self._listeners.clear()
