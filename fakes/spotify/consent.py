"""The accounts service's pages for a person at a browser: log in, agree, "Not you?".

Spotify's `/authorize` sends a browser that is not logged in to its login
page, and one that is (the `sp_dc` cookie) to a consent page naming the
account and what the app asks for, with *Agree* and *Cancel*; *Not you?*
logs out and back to the login page. Whoever logs in is who authorizes the
app, so with several users a second account is added by logging in as the
second user. The fake's login page lists its users (no password: it is a
fake) and remembers the choice in the same cookie.

Tests that need no browser keep their shortcuts, taken before any page:
`?fake_user=<id>`, `fake.next_authorizing_user`, or the only user there is
agree at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
import secrets
from typing import TYPE_CHECKING, Final
from urllib.parse import urlencode, urlsplit

from aiohttp import web

if TYPE_CHECKING:
    from .server import FakeSpotify

SESSION_COOKIE: Final = "sp_dc"
LOGIN_PATH: Final = "/login"
LOGOUT_PATH: Final = "/logout"
ACCEPT_PATH: Final = "/authorize/accept"
# The authorize request's own parameters, carried through the consent form.
AUTHORIZE_PARAMS: Final = (
    "client_id",
    "response_type",
    "redirect_uri",
    "state",
    "scope",
    "code_challenge",
    "code_challenge_method",
    "show_dialog",
)
# The words of Spotify's own pages (late 2026, English).
LOGIN_TITLE: Final = "Log in to Spotify"
LOGIN_FAILED: Final = "Incorrect username or password."
AGREE: Final = "Agree"
CANCEL: Final = "Cancel"
NOT_YOU: Final = "Not you?"

_PAGE: Final = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="icon" href="data:,">
<style>body{{font-family:sans-serif;max-width:28rem;margin:3rem auto}}
button{{display:block;width:100%;margin:.5rem 0;padding:.7rem;border-radius:2rem}}
</style></head><body><h1>{title}</h1>{body}</body></html>"""


@dataclass
class Sessions:
    """Who is logged in on which browser: cookie value to user id."""

    users: dict[str, str] = field(default_factory=dict)

    def user(self, request: web.Request) -> str | None:
        """Return the user logged in on the browser of `request`, if any."""
        return self.users.get(request.cookies.get(SESSION_COOKIE, ""))

    def log_in(self, response: web.StreamResponse, user_id: str) -> None:
        """Start a session for `user_id` on the browser `response` goes to."""
        token = secrets.token_urlsafe(24)
        self.users[token] = user_id
        response.set_cookie(SESSION_COOKIE, token, httponly=True, path="/")

    def log_out(self, request: web.Request, response: web.StreamResponse) -> None:
        """End the session of the browser of `request`."""
        self.users.pop(request.cookies.get(SESSION_COOKIE, ""), None)
        response.del_cookie(SESSION_COOKIE, path="/")


def _page(title: str, body: str, status: int = 200) -> web.Response:
    return web.Response(
        status=status,
        text=_PAGE.format(title=escape(title), body=body),
        content_type="text/html",
    )


def _continue_target(value: str) -> str:
    """Return where to go after logging in: this service's authorize page only."""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith("/authorize"):
        return "/"
    return value


def login_redirect(back_to: str) -> web.Response:
    """Send a browser that is not logged in to the login page, to come back after."""
    target = urlencode({"continue": back_to})
    return web.Response(status=302, headers={"Location": f"{LOGIN_PATH}?{target}"})


def login_page(fake: FakeSpotify, target: str, failed: bool = False) -> web.Response:
    """The login page: one button per user the fake knows."""
    buttons = "".join(
        f'<button name="username" value="{escape(user.id)}">'
        f"{escape(user.display_name or user.id)}</button>"
        for user in fake.users.values()
    )
    error = f'<p class="error">{LOGIN_FAILED}</p>' if failed else ""
    body = (
        f'{error}<form method="post" action="{LOGIN_PATH}">'
        f'<input type="hidden" name="continue" value="{escape(target)}">'
        f"{buttons}</form>"
    )
    return _page(LOGIN_TITLE, body, status=400 if failed else 200)


async def handle_login_page(fake: FakeSpotify, request: web.Request) -> web.Response:
    """GET /login."""
    return login_page(fake, _continue_target(request.query.get("continue", "/")))


async def handle_login(fake: FakeSpotify, request: web.Request) -> web.Response:
    """POST /login: log the chosen user in and go back to where they came from."""
    form = await request.post()
    user_id = str(form.get("username", ""))
    target = _continue_target(str(form.get("continue", "/")))
    if user_id not in fake.users:
        return login_page(fake, target, failed=True)
    response = web.Response(status=303, headers={"Location": target})
    fake.sessions.log_in(response, user_id)
    return response


async def handle_logout(fake: FakeSpotify, request: web.Request) -> web.Response:
    """GET /logout: log out, then the login page (for "Not you?")."""
    target = _continue_target(request.query.get("continue", "/"))
    response = web.Response(
        status=302,
        headers={"Location": f"{LOGIN_PATH}?{urlencode({'continue': target})}"},
    )
    fake.sessions.log_out(request, response)
    return response


def consent_page(fake: FakeSpotify, request: web.Request, user_id: str) -> web.Response:
    """The consent page: whose account, what the app may do, Agree or Cancel."""
    user = fake.users[user_id]
    query = request.query
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{escape(query[name])}">'
        for name in AUTHORIZE_PARAMS
        if name in query
    )
    scopes = "".join(
        f"<li>{escape(scope)}</li>" for scope in query.get("scope", "").split()
    )
    logout = f"{LOGOUT_PATH}?{urlencode({'continue': request.path_qs})}"
    body = (
        f'<p class="user">Logged in as {escape(user.display_name or user.id)}. '
        f'<a href="{escape(logout)}">{NOT_YOU}</a></p>'
        f'<p>The app will be able to:</p><ul class="scopes">{scopes}</ul>'
        f'<form method="post" action="{ACCEPT_PATH}">{hidden}'
        f'<button name="decision" value="agree">{AGREE}</button>'
        f'<button name="decision" value="cancel">{CANCEL}</button></form>'
    )
    return _page("Connect Encore to your Spotify account", body)
