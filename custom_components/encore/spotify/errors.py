"""Typed failures of the Spotify Web API, each with a translated message."""

from datetime import datetime
from enum import StrEnum

from homeassistant.exceptions import HomeAssistantError

from ..const import DOMAIN


class SpotifyError(HomeAssistantError):
    """A Spotify request failed; the message is translated for the user."""

    def __init__(
        self, translation_key: str, placeholders: dict[str, str] | None = None
    ) -> None:
        """Build the error from a key in translations/en.json `exceptions`."""
        super().__init__(
            translation_domain=DOMAIN,
            translation_key=translation_key,
            translation_placeholders=placeholders,
        )


class SpotifyAuthError(SpotifyError):
    """The account's authorization is gone: the user must sign in again."""

    def __init__(self) -> None:
        """Initialize."""
        super().__init__("auth_failed")


class ForbiddenReason(StrEnum):
    """Why Spotify answered 403."""

    PREMIUM_REQUIRED = "premium_required"
    OWNER_PREMIUM_REQUIRED = "owner_premium_required"
    NOT_ALLOW_LISTED = "not_allow_listed"
    RESTRICTED_DEVICE = "restricted_device"
    VOLUME_CONTROL = "volume_control_disallowed"
    MISSING_SCOPE = "missing_scope"
    OTHER = "forbidden"


class SpotifyForbiddenError(SpotifyError):
    """Spotify refused the request for this account, app or device."""

    def __init__(self, reason: ForbiddenReason, detail: str = "") -> None:
        """Initialize with the classified reason and Spotify's own words."""
        super().__init__(reason.value, {"detail": detail})
        self.reason = reason
        self.detail = detail


class SpotifyNotFoundError(SpotifyError):
    """The requested item or endpoint does not exist for this account."""

    def __init__(self, detail: str = "") -> None:
        """Initialize."""
        super().__init__("not_found", {"detail": detail})
        self.detail = detail


class SpotifyNoActiveDeviceError(SpotifyError):
    """A player command found no active Spotify Connect device."""

    def __init__(self) -> None:
        """Initialize."""
        super().__init__("no_active_device")


class SpotifyRateLimitedError(SpotifyError):
    """The account's rate gate is closed until a known instant."""

    def __init__(self, until: datetime, *, quota: bool) -> None:
        """Initialize with the instant the gate reopens."""
        super().__init__(
            "quota_exceeded" if quota else "rate_limited",
            {"until": until.isoformat(timespec="seconds")},
        )
        self.until = until
        self.quota = quota


class SpotifyBudgetSpentError(SpotifyRateLimitedError):
    """Encore's own daily budget for the Spotify app is spent until a known instant.

    A rate limit Encore imposes on itself, before Spotify's quota does: every
    caller that waits out a closed gate waits this out the same way.
    """

    def __init__(self, until: datetime, budget: int) -> None:
        """Initialize with the instant a request fits the budget again."""
        SpotifyError.__init__(
            self,
            "budget_spent",
            {"until": until.isoformat(timespec="seconds"), "budget": str(budget)},
        )
        self.until = until
        self.quota = False
        self.budget = budget


class SpotifyTransientError(SpotifyError):
    """Spotify could not be reached or failed on its side (5xx, timeout)."""

    def __init__(self, detail: str = "") -> None:
        """Initialize."""
        super().__init__("spotify_unavailable", {"detail": detail})
        self.detail = detail
