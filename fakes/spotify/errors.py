"""Error bodies exactly as Spotify sends them, and the exception that carries them.

Every text below was seen in a real answer; the source is named next to it.
Web API errors are `{"error": {"status": N, "message": "...", "reason"?: "..."}}`;
the accounts service answers `{"error": "...", "error_description": "..."}`.
"""

from dataclasses import dataclass
import json
from typing import Any, Final

from aiohttp import web

JSON_CONTENT_TYPE: Final = "application/json"

# 401s. Spotify also sends `WWW-Authenticate: Bearer realm="spotify", ...`.
MSG_TOKEN_EXPIRED: Final = "The access token expired"
MSG_TOKEN_INVALID: Final = "Invalid access token"
# Seen for a request without Authorization (spotipy issue via
# sigma67/spotify_to_ytmusic#122: "No token provided").
MSG_NO_TOKEN: Final = "No token provided"

# 403 for a user who is not on the Development-Mode app's allow list.
# History of the text (all plain-text bodies read by clients as the message):
#   2021 "User not approved for app"           (spotipy-dev/spotipy#688)
#   2023 "User not registered in the Developer Dashboard" (Yooooomi/your_spotify#207)
#   2024-11..2026-02 "Check settings on developer.spotify.com/dashboard, the user
#        may not be registered."               (sigma67/spotify_to_ytmusic#122,
#                                               Lioncat6/OSC-Chat-Tools#22)
#   2026-05 "The user is not registered for this application. Please check your
#        settings on https://developer.spotify.com/dashboard." (OSC-Chat-Tools#32)
# The newest one is used. spotipy turns a non-JSON body into `msg` with
# `reason=None`, exactly as it does for a JSON body without a reason.
MSG_USER_NOT_REGISTERED: Final = (
    "The user is not registered for this application. Please check your settings "
    "on https://developer.spotify.com/dashboard."
)
# 403 on every endpoint when the app owner's Premium lapsed (Feb 2026 rules);
# spotipy-dev/spotipy#1233, spotDL/spotify-downloader#2634, topi314/LavaSrc#334.
MSG_OWNER_NOT_PREMIUM: Final = (
    "Active premium subscription required for the owner of the app. When the "
    "subscription status changes, it can take a few hours before requests are "
    "allowed again."
)
# Player commands for a Free account (spotify/web-api#1238).
MSG_PREMIUM_REQUIRED: Final = "Player command failed: Premium required"
# Endpoints removed for Development-Mode apps (Nov 2024 and Feb 2026) and
# playlists the user neither owns nor collaborates on: `{"error": {"status":
# 403, "message": "Forbidden"}}` (bjarneo/cliamp#54, LargeModGames/spotatui#517,
# LBC-Innovation/ShareList#22).
MSG_FORBIDDEN: Final = "Forbidden"
# Token lacks the scope an endpoint needs.
MSG_INSUFFICIENT_SCOPE: Final = "Insufficient client scope"
# spotifyaio tests/fixtures/playlist_not_found.json.
MSG_NOT_FOUND: Final = "Resource not found"
# Spotify's answer for a path it has no service for.
MSG_SERVICE_NOT_FOUND: Final = "Service not found"
# andrehaveman/spotify-node-applescript#45.
MSG_NO_ACTIVE_DEVICE: Final = "Player command failed: No active device found"
# fondberg/spotcast#378 (`{"error": {"status": 404, "message": "Device not found"}}`).
MSG_DEVICE_NOT_FOUND: Final = "Device not found"
# Commands the device or the current item does not allow (reason "UNKNOWN").
MSG_RESTRICTION_VIOLATED: Final = "Player command failed: Restriction violated"
# fow5040/Flow.Launcher.Plugin.SpotifyPremium#16, spotify/ios-sdk#32.
MSG_VOLUME_DISALLOWED: Final = "Player command failed: Cannot control device volume"
# spotifyaio tests/fixtures/rate_limit.json.
MSG_RATE_LIMITED: Final = "API rate limit exceeded"
# Quota introduced July 2026 (shared/reference/spotify-web-api.md).
MSG_QUOTA: Final = "Too many requests"


@dataclass
class SpotifyError(Exception):
    """An error answer of the fake: status, body text and headers."""

    status: int
    message: str
    reason: str | None = None
    headers: dict[str, str] | None = None
    text: str | None = None

    def __str__(self) -> str:
        """Return a compact description."""
        return f"{self.status} {self.message} ({self.reason})"

    def body(self) -> dict[str, Any]:
        """Return the JSON body Spotify sends for this error."""
        return api_error_body(self.status, self.message, self.reason)

    def response(self) -> web.Response:
        """Return the aiohttp response for this error."""
        if self.text is not None:
            return web.Response(
                status=self.status,
                text=self.text,
                content_type="text/plain",
                headers=self.headers,
            )
        return json_response(self.body(), status=self.status, headers=self.headers)


def api_error_body(
    status: int, message: str, reason: str | None = None
) -> dict[str, Any]:
    """Return `{"error": {"status", "message"[, "reason"]}}`."""
    error: dict[str, Any] = {"status": status, "message": message}
    if reason is not None:
        error["reason"] = reason
    return {"error": error}


def json_response(
    body: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """Return a JSON response with Spotify's content type."""
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        content_type=JSON_CONTENT_TYPE,
        charset="utf-8",
        headers=headers,
    )


def bad_request(message: str) -> SpotifyError:
    """Return a 400 with Spotify's error shape."""
    return SpotifyError(400, message)


def not_found(message: str = MSG_NOT_FOUND) -> SpotifyError:
    """Return the 404 Spotify sends for unknown ids."""
    return SpotifyError(404, message)


def forbidden(message: str = MSG_FORBIDDEN, reason: str | None = None) -> SpotifyError:
    """Return a 403."""
    return SpotifyError(403, message, reason)


def unauthorized(message: str = MSG_TOKEN_EXPIRED) -> SpotifyError:
    """Return the 401 of an expired, invalid or missing bearer token."""
    return SpotifyError(
        401,
        message,
        headers={
            "WWW-Authenticate": (
                f'Bearer realm="spotify", error="invalid_token", '
                f'error_description="{message}"'
            )
        },
    )


def premium_required() -> SpotifyError:
    """Return the 403 a Free account gets for player commands."""
    return SpotifyError(403, MSG_PREMIUM_REQUIRED, "PREMIUM_REQUIRED")


def no_active_device() -> SpotifyError:
    """Return the 404 of a command without an active or named device."""
    return SpotifyError(404, MSG_NO_ACTIVE_DEVICE, "NO_ACTIVE_DEVICE")


def device_not_found() -> SpotifyError:
    """Return the 404 of an unknown `device_id`."""
    return SpotifyError(404, MSG_DEVICE_NOT_FOUND)


def restriction_violated() -> SpotifyError:
    """Return the 403 of a command the device or item disallows."""
    return SpotifyError(403, MSG_RESTRICTION_VIOLATED, "UNKNOWN")


def volume_disallowed() -> SpotifyError:
    """Return the 403 of a volume command on a device without volume control."""
    return SpotifyError(403, MSG_VOLUME_DISALLOWED, "VOLUME_CONTROL_DISALLOW")


@dataclass
class TokenError(Exception):
    """An error answer of the accounts token endpoint."""

    error: str
    description: str
    status: int = 400

    def __str__(self) -> str:
        """Return a compact description."""
        return f"{self.status} {self.error}: {self.description}"

    def response(self) -> web.Response:
        """Return `{"error": ..., "error_description": ...}` with the status."""
        return json_response(
            {"error": self.error, "error_description": self.description},
            status=self.status,
        )


# Token endpoint texts, each seen in a real answer:
# "Invalid authorization code"  spotify/web-api#267, #676
# "Invalid redirect URI"        spotify/web-api#513
# "code_verifier was incorrect" spotify/web-api-examples#126
# "code_verifier required"      spotipy-dev/spotipy#640 (error invalid_request)
# "Invalid refresh token"       novatorem/novatorem#74
# "Refresh token revoked"       novatorem/novatorem#81, barmiro/SYSH#8; since
#     July 2026 also what an expired (6-month) refresh token gets
#     (AnshulJ999/SyncLyrics v2.3.0 release notes).
TOKEN_INVALID_CODE: Final = "Invalid authorization code"
TOKEN_CODE_EXPIRED: Final = "Authorization code expired"
TOKEN_INVALID_REDIRECT: Final = "Invalid redirect URI"
TOKEN_BAD_VERIFIER: Final = "code_verifier was incorrect"
TOKEN_VERIFIER_REQUIRED: Final = "code_verifier required"
TOKEN_INVALID_REFRESH: Final = "Invalid refresh token"
TOKEN_REVOKED: Final = "Refresh token revoked"
TOKEN_INVALID_CLIENT: Final = "Invalid client"
TOKEN_INVALID_SECRET: Final = "Invalid client secret"
