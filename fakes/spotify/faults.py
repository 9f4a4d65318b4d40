"""A fault script: make chosen requests fail the ways Spotify fails.

    fake.faults.add(rate_limited(retry_after=30), path=r"^/v1/me/player$", times=2)
    fake.faults.server_error(502, text="<html>502 Bad Gateway</html>")
    fake.faults.token_error()            # next POST /api/token: invalid_grant

    fake.faults.outage(20 * 60)          # the Web API answers 503 for 20 minutes

Rules are tried in the order they were added; the first that matches the
method, the path (a regex searched in the request path, query excluded) and
the user (from the bearer token, or the code/refresh token of a token request)
answers instead of the fake, `times` times (None: until removed) and, with
`seconds`, only until that much `time.time()` passed (freezegun's clock, so a
test ticks through an outage). Faults apply to the API and the accounts
routes alike, and run before authentication.
"""

from abc import ABC, abstractmethod
import asyncio
from dataclasses import dataclass, field
import re
import time
from typing import Any, Final

from aiohttp import web

from .errors import (
    MSG_FORBIDDEN,
    MSG_QUOTA,
    MSG_RATE_LIMITED,
    MSG_TOKEN_EXPIRED,
    TOKEN_REVOKED,
    TokenError,
    api_error_body,
    json_response,
    unauthorized as unauthorized_error,
)

TOKEN_PATH: Final = r"^/api/token$"
# What an outage of api.spotify.com covers: the Web API, not the accounts
# service (a separate host), so tokens still refresh.
WEB_API_PATH: Final = r"^/v1/"
# Spotify's JSON texts for 5xx (the 502 body is sometimes an HTML page instead).
SERVER_ERROR_MESSAGES: Final = {
    500: "Server error.",
    502: "Bad gateway.",
    503: "Service unavailable",
    504: "Gateway timeout",
}


class FaultKind(ABC):
    """What a matching rule does instead of the fake's normal answer."""

    name: str = "fault"

    @abstractmethod
    async def respond(self, request: web.Request) -> web.StreamResponse | None:
        """Return the answer, or None to let the request through after all."""


@dataclass
class RateLimited(FaultKind):
    """429 with `Retry-After` and the body of spotifyaio's rate_limit.json."""

    retry_after: int = 1
    name: str = "rate_limited"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer 429."""
        return json_response(
            api_error_body(429, MSG_RATE_LIMITED),
            status=429,
            headers={"Retry-After": str(self.retry_after)},
        )


@dataclass
class QuotaExceeded(FaultKind):
    """429 of the July 2026 per-developer quota (reason QUOTA_EXCEEDED)."""

    retry_after: int = 86_400
    name: str = "quota_exceeded"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer 429 with the quota reason."""
        return json_response(
            api_error_body(429, MSG_QUOTA, "QUOTA_EXCEEDED"),
            status=429,
            headers={"Retry-After": str(self.retry_after)},
        )


@dataclass
class Unauthorized(FaultKind):
    """401 as for an expired token, whatever token was sent."""

    message: str = MSG_TOKEN_EXPIRED
    name: str = "unauthorized"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer 401."""
        return unauthorized_error(self.message).response()


@dataclass
class Forbidden(FaultKind):
    """403 with a chosen message and reason."""

    message: str = MSG_FORBIDDEN
    reason: str | None = None
    name: str = "forbidden"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer 403."""
        return json_response(api_error_body(403, self.message, self.reason), status=403)


@dataclass
class ServerError(FaultKind):
    """5xx: Spotify's JSON body, or a raw `text` body (502s are sometimes HTML)."""

    status: int = 500
    retry_after: int | None = None
    text: str | None = None
    content_type: str = "text/html"
    name: str = "server_error"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer the 5xx."""
        headers = (
            {"Retry-After": str(self.retry_after)}
            if self.retry_after is not None
            else None
        )
        if self.text is not None:
            return web.Response(
                status=self.status,
                text=self.text,
                content_type=self.content_type,
                headers=headers,
            )
        message = SERVER_ERROR_MESSAGES.get(self.status, "Server error.")
        return json_response(
            api_error_body(self.status, message), status=self.status, headers=headers
        )


@dataclass
class Slow(FaultKind):
    """Wait `seconds` of real time, then answer normally (or as `then` says).

    The wait runs in a worker thread: freezegun freezes the event loop's
    clock, so an `asyncio.sleep` would never end in a test that froze time.
    """

    seconds: float = 0.05
    then: FaultKind | None = None
    name: str = "slow"

    async def respond(self, request: web.Request) -> web.StreamResponse | None:
        """Sleep, then delegate."""
        await asyncio.to_thread(time.sleep, self.seconds)
        if self.then is None:
            return None
        return await self.then.respond(request)


class ConnectionDroppedError(Exception):
    """The fault closed the connection: no response was sent."""


@dataclass
class Drop(FaultKind):
    """Close the connection without answering (clients see a disconnect)."""

    name: str = "drop"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Abort the transport."""
        if request.transport is not None:
            request.transport.abort()
        raise ConnectionDroppedError


@dataclass
class TokenFailure(FaultKind):
    """An accounts-service error body `{"error", "error_description"}`."""

    error: str = "invalid_grant"
    description: str = TOKEN_REVOKED
    status: int = 400
    name: str = "token_error"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer the token error."""
        return TokenError(self.error, self.description, self.status).response()


@dataclass
class Respond(FaultKind):
    """Any answer: a status with a JSON or text body and headers."""

    status: int = 500
    json: Any = None
    text: str | None = None
    headers: dict[str, str] | None = None
    name: str = "respond"

    async def respond(self, request: web.Request) -> web.StreamResponse:
        """Answer as configured."""
        if self.text is not None:
            return web.Response(
                status=self.status, text=self.text, headers=self.headers
            )
        if self.json is None:
            return web.Response(status=self.status, headers=self.headers)
        return json_response(self.json, status=self.status, headers=self.headers)


def rate_limited(retry_after: int = 1) -> RateLimited:
    """Return a 429 rate-limit fault."""
    return RateLimited(retry_after)


def quota_exceeded(retry_after: int = 86_400) -> QuotaExceeded:
    """Return a 429 quota fault (reason QUOTA_EXCEEDED)."""
    return QuotaExceeded(retry_after)


def unauthorized(message: str = MSG_TOKEN_EXPIRED) -> Unauthorized:
    """Return a 401 fault."""
    return Unauthorized(message)


def forbidden(message: str = MSG_FORBIDDEN, reason: str | None = None) -> Forbidden:
    """Return a 403 fault."""
    return Forbidden(message, reason)


def server_error(
    status: int = 500,
    *,
    retry_after: int | None = None,
    text: str | None = None,
    content_type: str = "text/html",
) -> ServerError:
    """Return a 5xx fault (JSON body unless `text`)."""
    return ServerError(status, retry_after, text, content_type)


def slow(seconds: float = 0.05, then: FaultKind | None = None) -> Slow:
    """Return a delay fault (keep `seconds` tiny in tests)."""
    return Slow(seconds, then)


def drop() -> Drop:
    """Return a connection-drop fault."""
    return Drop()


def token_error(
    error: str = "invalid_grant", description: str = TOKEN_REVOKED, status: int = 400
) -> TokenFailure:
    """Return an accounts token-endpoint error fault."""
    return TokenFailure(error, description, status)


def respond(
    status: int,
    *,
    json: Any = None,
    text: str | None = None,
    headers: dict[str, str] | None = None,
) -> Respond:
    """Return a fault answering anything you like."""
    return Respond(status, json, text, headers)


@dataclass
class FaultRule:
    """A fault with its matcher and how many more times it fires."""

    kind: FaultKind
    method: str | None = None
    path: re.Pattern[str] | None = None
    user: str | None = None
    times: int | None = 1
    hits: int = 0
    until: float | None = None
    """`time.time()` from which the rule no longer fires (None: no end)."""

    @property
    def exhausted(self) -> bool:
        """Return whether the rule has fired `times` times, or its time is up."""
        return (self.times is not None and self.hits >= self.times) or (
            self.until is not None and time.time() >= self.until
        )

    def matches(self, method: str, path: str, user_id: str | None) -> bool:
        """Return whether a request is the rule's."""
        return (
            not self.exhausted
            and (self.method is None or self.method == method.upper())
            and (self.path is None or self.path.search(path) is not None)
            and (self.user is None or self.user == user_id)
        )


@dataclass
class FaultScript:
    """The fake's fault rules."""

    rules: list[FaultRule] = field(default_factory=list)

    def add(
        self,
        kind: FaultKind,
        *,
        path: str | None = None,
        method: str | None = None,
        user: str | None = None,
        times: int | None = 1,
        seconds: float | None = None,
    ) -> FaultRule:
        """Add a rule; `path` is a regex searched in the request path.

        With `seconds`, the rule fires only for that long from now (by
        `time.time()`, which freezegun moves).
        """
        rule = FaultRule(
            kind,
            method.upper() if method else None,
            re.compile(path) if path is not None else None,
            user,
            times,
            until=None if seconds is None else time.time() + seconds,
        )
        self.rules.append(rule)
        return rule

    def remove(self, rule: FaultRule) -> None:
        """Remove a rule."""
        self.rules.remove(rule)

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def match(self, method: str, path: str, user_id: str | None) -> FaultRule | None:
        """Return the first matching rule and count the hit."""
        for rule in self.rules:
            if rule.matches(method, path, user_id):
                rule.hits += 1
                return rule
        return None

    # Shortcuts: `fake.faults.rate_limited(30, path=...)` adds and returns the rule.

    def rate_limited(self, retry_after: int = 1, **match: Any) -> FaultRule:
        """Add a 429 rate-limit rule."""
        return self.add(rate_limited(retry_after), **match)

    def quota_exceeded(self, retry_after: int = 86_400, **match: Any) -> FaultRule:
        """Add a 429 QUOTA_EXCEEDED rule."""
        return self.add(quota_exceeded(retry_after), **match)

    def unauthorized(self, message: str = MSG_TOKEN_EXPIRED, **match: Any) -> FaultRule:
        """Add a 401 rule."""
        return self.add(unauthorized(message), **match)

    def forbidden(
        self, message: str = MSG_FORBIDDEN, reason: str | None = None, **match: Any
    ) -> FaultRule:
        """Add a 403 rule."""
        return self.add(forbidden(message, reason), **match)

    def server_error(
        self,
        status: int = 500,
        *,
        retry_after: int | None = None,
        text: str | None = None,
        **match: Any,
    ) -> FaultRule:
        """Add a 5xx rule."""
        return self.add(
            server_error(status, retry_after=retry_after, text=text), **match
        )

    def outage(self, seconds: float, status: int = 503, **match: Any) -> FaultRule:
        """Make the Web API answer `status` to everything for `seconds`.

        The default path is the Web API only (`/v1/...`): Spotify's accounts
        service is another host and keeps issuing tokens.
        """
        match.setdefault("path", WEB_API_PATH)
        match.setdefault("times", None)
        return self.add(server_error(status), seconds=seconds, **match)

    def slow(
        self, seconds: float = 0.05, then: FaultKind | None = None, **match: Any
    ) -> FaultRule:
        """Add a delay rule."""
        return self.add(slow(seconds, then), **match)

    def drop(self, **match: Any) -> FaultRule:
        """Add a connection-drop rule."""
        return self.add(drop(), **match)

    def token_error(
        self,
        error: str = "invalid_grant",
        description: str = TOKEN_REVOKED,
        status: int = 400,
        **match: Any,
    ) -> FaultRule:
        """Add a token-endpoint error rule (default path /api/token, POST)."""
        match.setdefault("path", TOKEN_PATH)
        match.setdefault("method", "POST")
        return self.add(token_error(error, description, status), **match)
