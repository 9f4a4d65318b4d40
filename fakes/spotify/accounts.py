"""The accounts service: /authorize, /api/token, PKCE and refresh-token rotation.

- Authorization codes are single use and live 10 minutes; a PKCE code needs
  the verifier whose S256 hash (base64url, no padding) is the challenge.
- PKCE refresh tokens are single use: each refresh returns a new one and the
  old one answers `invalid_grant` "Refresh token revoked" afterwards.
- Refresh tokens expire 6 months after the user's authorization; refreshing
  does not extend them (Spotify blog 2026-06-18 "refresh-token-expiration").
- Access tokens live 3600 s of `time.time()`.
Token values are deterministic per fake instance, so snapshots stay stable.
"""

import base64
from dataclasses import dataclass, field
import hashlib
import hmac
import time
from typing import TYPE_CHECKING, Any, Final, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from aiohttp import web

from . import consent
from .errors import (
    TOKEN_BAD_VERIFIER,
    TOKEN_CODE_EXPIRED,
    TOKEN_INVALID_CLIENT,
    TOKEN_INVALID_CODE,
    TOKEN_INVALID_REDIRECT,
    TOKEN_INVALID_REFRESH,
    TOKEN_INVALID_SECRET,
    TOKEN_REVOKED,
    TOKEN_VERIFIER_REQUIRED,
    TokenError,
    json_response,
)

if TYPE_CHECKING:
    from .server import FakeSpotify

# The user who consented, for the call log.
AUTHORIZED_USER: Final = web.RequestKey("fake_authorized_user", str)
ACCESS_TOKEN_LIFETIME_S: Final = 3600
# "6 months"; 183 days is the longest six calendar months can last.
REFRESH_TOKEN_LIFETIME_S: Final = 183 * 86_400
AUTH_CODE_LIFETIME_S: Final = 600
# Every scope Spotify documents; issue_tokens grants them all unless told otherwise.
ALL_SCOPES: Final = (
    "ugc-image-upload",
    "user-read-playback-state",
    "user-modify-playback-state",
    "user-read-currently-playing",
    "app-remote-control",
    "streaming",
    "playlist-read-private",
    "playlist-read-collaborative",
    "playlist-modify-private",
    "playlist-modify-public",
    "user-follow-modify",
    "user-follow-read",
    "user-read-playback-position",
    "user-top-read",
    "user-read-recently-played",
    "user-library-modify",
    "user-library-read",
    "user-read-email",
    "user-read-private",
)


def code_challenge(verifier: str) -> str:
    """Return the S256 challenge of a PKCE verifier (base64url, no padding)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


@dataclass
class Grant:
    """One authorization of the app by a user (what a refresh token belongs to)."""

    user_id: str
    client_id: str
    scope: str
    authorized_at: float

    @property
    def scopes(self) -> frozenset[str]:
        """Return the granted scopes."""
        return frozenset(self.scope.split())

    @property
    def refresh_expires_at(self) -> float:
        """Return when the grant's refresh tokens stop working."""
        return self.authorized_at + REFRESH_TOKEN_LIFETIME_S


@dataclass
class AuthorizationCode:
    """A code handed to the redirect URI."""

    code: str
    user_id: str
    client_id: str
    redirect_uri: str
    scope: str
    challenge: str | None
    created_at: float
    used: bool = False


@dataclass
class AccessToken:
    """A bearer token."""

    token: str
    grant: Grant
    expires_at: float
    revoked: bool = False


@dataclass
class RefreshToken:
    """A refresh token; `state` is active, used (rotated) or revoked."""

    token: str
    grant: Grant
    state: str = "active"


class AppCredentials(Protocol):
    """The registered app: its client id and, if the fake should check it, secret."""

    client_id: str
    client_secret: str | None


@dataclass(eq=False)
class Accounts:
    """Codes, grants and tokens of the fake accounts service.

    `app` is read on every request, so changing `fake.client_id` (or
    `fake.client_secret`) after construction takes effect at once.
    """

    app: AppCredentials
    rotate_refresh_tokens: bool = True
    codes: dict[str, AuthorizationCode] = field(default_factory=dict)
    access_tokens: dict[str, AccessToken] = field(default_factory=dict)
    refresh_tokens: dict[str, RefreshToken] = field(default_factory=dict)
    _counter: int = 0

    def _token(self, prefix: str) -> str:
        self._counter += 1
        digest = hashlib.sha256(f"{prefix}:{self._counter}".encode()).digest()
        return prefix + base64.urlsafe_b64encode(digest * 3).decode().rstrip("=")

    # -- issuing ----------------------------------------------------------------

    def issue(self, grant: Grant) -> dict[str, Any]:
        """Issue an access and a refresh token for `grant`."""
        access = AccessToken(
            self._token("BQ"), grant, time.time() + ACCESS_TOKEN_LIFETIME_S
        )
        refresh = RefreshToken(self._token("AQ"), grant)
        self.access_tokens[access.token] = access
        self.refresh_tokens[refresh.token] = refresh
        return {
            "access_token": access.token,
            "token_type": "Bearer",
            "expires_in": ACCESS_TOKEN_LIFETIME_S,
            "refresh_token": refresh.token,
            "scope": grant.scope,
        }

    def new_code(
        self,
        user_id: str,
        client_id: str,
        redirect_uri: str,
        scope: str,
        challenge: str | None,
    ) -> str:
        """Store and return a new authorization code."""
        code = self._token("AQD")
        self.codes[code] = AuthorizationCode(
            code, user_id, client_id, redirect_uri, scope, challenge, time.time()
        )
        return code

    # -- lookups ----------------------------------------------------------------

    def access(self, token: str) -> AccessToken | None:
        """Return the record of a bearer token, expired or not."""
        return self.access_tokens.get(token)

    def user_for_form(self, form: dict[str, str]) -> str | None:
        """Return the user a token request is about (for faults and the call log)."""
        if (code := self.codes.get(form.get("code", ""))) is not None:
            return code.user_id
        if (
            refresh := self.refresh_tokens.get(form.get("refresh_token", ""))
        ) is not None:
            return refresh.grant.user_id
        return None

    # -- test helpers -----------------------------------------------------------

    def revoke_refresh_tokens(self, user_id: str) -> None:
        """Revoke every refresh token of `user_id` (access removed in the account)."""
        for refresh in self.refresh_tokens.values():
            if refresh.grant.user_id == user_id:
                refresh.state = "revoked"

    def expire_access_tokens(self, user_id: str) -> None:
        """Make every access token of `user_id` expired now."""
        now = time.time()
        for access in self.access_tokens.values():
            if access.grant.user_id == user_id:
                access.expires_at = min(access.expires_at, now)

    def revoke_access_tokens(self, user_id: str) -> None:
        """Make every access token of `user_id` invalid (401 "Invalid access token")."""
        for access in self.access_tokens.values():
            if access.grant.user_id == user_id:
                access.revoked = True

    # -- the token endpoint -----------------------------------------------------

    def _client(
        self, request: web.Request, form: dict[str, str]
    ) -> tuple[str, str | None]:
        client_id = form.get("client_id")
        secret = form.get("client_secret")
        header = request.headers.get("Authorization", "")
        if header.startswith("Basic "):
            decoded = base64.b64decode(header[6:]).decode()
            client_id, _, secret = decoded.partition(":")
        if client_id != self.app.client_id:
            raise TokenError("invalid_client", TOKEN_INVALID_CLIENT)
        # `client_secret` None: the fake does not know the app's secret and
        # accepts any; set it to check the one clients send.
        expected = self.app.client_secret
        if (
            secret is not None
            and expected is not None
            and not hmac.compare_digest(secret, expected)
        ):
            raise TokenError("invalid_client", TOKEN_INVALID_SECRET)
        return client_id, secret

    def token(self, request: web.Request, form: dict[str, str]) -> dict[str, Any]:
        """Answer POST /api/token (raises TokenError)."""
        grant_type = form.get("grant_type")
        if not grant_type:
            raise TokenError(
                "unsupported_grant_type", "grant_type parameter is missing"
            )
        client_id, secret = self._client(request, form)
        now = time.time()
        if grant_type == "authorization_code":
            code = self.codes.get(form.get("code", ""))
            if code is None or code.used or code.client_id != client_id:
                raise TokenError("invalid_grant", TOKEN_INVALID_CODE)
            if now > code.created_at + AUTH_CODE_LIFETIME_S:
                raise TokenError("invalid_grant", TOKEN_CODE_EXPIRED)
            if form.get("redirect_uri") != code.redirect_uri:
                raise TokenError("invalid_grant", TOKEN_INVALID_REDIRECT)
            if code.challenge is not None:
                verifier = form.get("code_verifier")
                if not verifier:
                    raise TokenError("invalid_request", TOKEN_VERIFIER_REQUIRED)
                if not hmac.compare_digest(code_challenge(verifier), code.challenge):
                    raise TokenError("invalid_grant", TOKEN_BAD_VERIFIER)
            elif secret is None:
                raise TokenError("invalid_client", TOKEN_INVALID_CLIENT)
            code.used = True
            return self.issue(Grant(code.user_id, client_id, code.scope, now))
        if grant_type == "refresh_token":
            refresh = self.refresh_tokens.get(form.get("refresh_token", ""))
            if refresh is None or refresh.grant.client_id != client_id:
                raise TokenError("invalid_grant", TOKEN_INVALID_REFRESH)
            if refresh.state != "active" or now >= refresh.grant.refresh_expires_at:
                raise TokenError("invalid_grant", TOKEN_REVOKED)
            body = self.issue(refresh.grant)
            if self.rotate_refresh_tokens:
                refresh.state = "used"
            else:
                # Spotify's documented alternative: no new refresh token in the
                # answer, the old one stays valid.
                self.refresh_tokens.pop(body.pop("refresh_token"))
            return body
        raise TokenError(
            "unsupported_grant_type", f"grant_type {grant_type} is not supported"
        )


def _with_query(url: str, params: dict[str, str]) -> str:
    """Append `params` to `url`, keeping its own query."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True) + list(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def _redirect(location: str) -> web.Response:
    """Return Spotify's 302 to the app's redirect URI."""
    return web.Response(status=302, headers={"Location": location})


def _redirect_uri_allowed(uri: str, registered: set[str] | None) -> bool:
    """Spotify wants a registered https URI or a loopback IP literal, never localhost."""
    if registered:
        return uri in registered
    parts = urlsplit(uri)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "::1")


async def handle_authorize(
    fake: FakeSpotify, request: web.Request
) -> web.StreamResponse:
    """GET /authorize: check the request, then the browser's person agrees.

    The consenting user is `?fake_user=<id>`, else `fake.next_authorizing_user`,
    else the only user the fake has: they "click" Agree at once. Otherwise a
    browser logged in (`consent.py`) sees the consent page, and one that is
    not the login page. `fake.deny_next_authorization = True` makes the next
    consent a refusal (`error=access_denied`).
    """
    params = {key: str(value) for key, value in request.query.items()}
    refused = _check_authorize(fake, params)
    if refused is not None:
        return refused
    if fake.deny_next_authorization:
        fake.deny_next_authorization = False
        return _redirect(_with_query(params["redirect_uri"], _denied(params)))
    user_id = params.get("fake_user") or fake.next_authorizing_user
    if user_id is None and len(fake.users) == 1:
        user_id = next(iter(fake.users))
    if user_id is None:
        if (logged_in := fake.sessions.user(request)) in fake.users:
            return consent.consent_page(fake, request, logged_in)
        return consent.login_redirect(request.path_qs)
    if user_id not in fake.users:
        return web.Response(status=400, text=f"fake: no user to authorize ({user_id})")
    return _grant(fake, request, params, user_id)


async def handle_accept(fake: FakeSpotify, request: web.Request) -> web.StreamResponse:
    """POST /authorize/accept: the consent page's Agree or Cancel."""
    form = await request.post()
    params = {key: str(form[key]) for key in consent.AUTHORIZE_PARAMS if key in form}
    refused = _check_authorize(fake, params)
    if refused is not None:
        return refused
    user_id = fake.sessions.user(request)
    if user_id not in fake.users:
        # Logged out meanwhile (another tab): log in, then the same request.
        return consent.login_redirect(f"/authorize?{urlencode(params)}")
    if form.get("decision") != "agree":
        return _redirect(_with_query(params["redirect_uri"], _denied(params)))
    return _grant(fake, request, params, user_id)


def _denied(params: dict[str, str]) -> dict[str, str]:
    state = {"state": params["state"]} if "state" in params else {}
    return {"error": "access_denied", **state}


def _check_authorize(
    fake: FakeSpotify, params: dict[str, str]
) -> web.StreamResponse | None:
    """Return Spotify's answer to a bad authorize request, or None."""
    if params.get("client_id") != fake.client_id:
        return web.Response(status=400, text="INVALID_CLIENT: Invalid client")
    redirect_uri = params.get("redirect_uri", "")
    if not _redirect_uri_allowed(redirect_uri, fake.registered_redirect_uris):
        return web.Response(status=400, text="INVALID_CLIENT: Invalid redirect URI")
    state = {"state": params["state"]} if "state" in params else {}
    if params.get("response_type") != "code":
        return _redirect(
            _with_query(redirect_uri, {"error": "unsupported_response_type", **state})
        )
    challenge = params.get("code_challenge")
    method = params.get("code_challenge_method")
    if (challenge or method) and (method != "S256" or not challenge):
        return _redirect(
            _with_query(
                redirect_uri,
                {
                    "error": "invalid_request",
                    "error_description": "code_challenge_method must be S256",
                    **state,
                },
            )
        )
    return None


def _grant(
    fake: FakeSpotify, request: web.Request, params: dict[str, str], user_id: str
) -> web.StreamResponse:
    """The user agreed: a code to the app's redirect URI."""
    request[AUTHORIZED_USER] = user_id
    code = fake.accounts.new_code(
        user_id,
        fake.client_id,
        params["redirect_uri"],
        params.get("scope", ""),
        params.get("code_challenge"),
    )
    state = {"state": params["state"]} if "state" in params else {}
    return _redirect(_with_query(params["redirect_uri"], {"code": code, **state}))


async def handle_token(fake: FakeSpotify, request: web.Request) -> web.StreamResponse:
    """POST /api/token: form body, `application/x-www-form-urlencoded`."""
    form = {key: str(value) for key, value in (await request.post()).items()}
    return json_response(fake.accounts.token(request, form))
