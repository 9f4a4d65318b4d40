"""The fake Spotify's pages for a person at a browser: log in as one of several users, agree.

Driven like a browser: an aiohttp session with a cookie jar follows the
pages' forms (no `fake_user`, no `next_authorizing_user`).
"""

from collections.abc import AsyncGenerator
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import aiohttp
import pytest

from fakes.spotify.consent import LOGIN_FAILED
from fakes.spotify.server import FakeSpotify

REDIRECT = "http://127.0.0.1:8123/auth/external/callback"
PARAMS = {
    "response_type": "code",
    "redirect_uri": REDIRECT,
    "state": "state-42",
    "scope": "user-read-private user-top-read",
    "show_dialog": "true",
}


class Form(HTMLParser):
    """The first form of a page: its action, hidden fields and buttons."""

    def __init__(self, html: str) -> None:
        """Read `html`."""
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, tuple[str, str]] = {}
        self.links: dict[str, str] = {}
        self._button: tuple[str, str] | None = None
        self._link: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note forms, hidden inputs, buttons and links."""
        found = {key: value or "" for key, value in attrs}
        if tag == "form":
            self.action = found["action"]
        elif tag == "input" and found.get("type") == "hidden":
            self.fields[found["name"]] = found["value"]
        elif tag == "button":
            self._button = (found["name"], found["value"])
        elif tag == "a":
            self._link = found["href"]

    def handle_data(self, data: str) -> None:
        """Name buttons and links by their text."""
        if self._button is not None:
            self.buttons[data.strip()] = self._button
            self._button = None
        elif self._link is not None:
            self.links[data.strip()] = self._link
            self._link = None


@pytest.fixture
async def browser() -> AsyncGenerator[aiohttp.ClientSession]:
    """A browser: it keeps the cookies of 127.0.0.1 (aiohttp would not by default)."""
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as b:
        yield b


async def press(
    browser: aiohttp.ClientSession, page_url: str, html: str, button: str
) -> aiohttp.ClientResponse:
    """Submit the page's form with `button`; follow redirects within the fake."""
    form = Form(html)
    name, value = form.buttons[button]
    async with browser.post(
        urljoin(page_url, form.action),
        data={**form.fields, name: value},
        allow_redirects=False,
    ) as answer:
        await answer.read()
    return answer


async def follow(
    browser: aiohttp.ClientSession, url: str
) -> tuple[str, aiohttp.ClientResponse]:
    """GET `url`, following redirects that stay on the fake; return the last URL."""
    while True:
        async with browser.get(url, allow_redirects=False) as answer:
            await answer.read()
        location = answer.headers.get("Location")
        if location is None or location.startswith(REDIRECT):
            return url, answer
        url = urljoin(url, location)


async def test_the_second_user_logs_in_and_agrees(
    fake_spotify: FakeSpotify, browser: aiohttp.ClientSession
) -> None:
    """With two users and nobody logged in: login page, pick Bob, consent page, code for Bob."""
    fake_spotify.add_user("alice", "Alice", seed=False)
    fake_spotify.add_user("bob", "Bob", seed=False)
    start = f"{fake_spotify.authorize_url}?" + "&".join(
        f"{key}={value}"
        for key, value in {**PARAMS, "client_id": fake_spotify.client_id}.items()
    )
    url, login = await follow(browser, start)
    assert urlsplit(url).path == "/login"
    page = await login.text()
    assert set(Form(page).buttons) == {"Alice", "Bob"}
    answer = await press(browser, url, page, "Bob")
    assert answer.status == 303
    url, consent = await follow(browser, urljoin(url, answer.headers["Location"]))
    page = await consent.text()
    assert "Logged in as Bob" in page
    assert "user-top-read" in page
    answer = await press(browser, url, page, "Agree")
    assert answer.status == 302
    back = parse_qs(urlsplit(answer.headers["Location"]).query)
    assert back["state"] == ["state-42"]
    code = fake_spotify.accounts.codes[back["code"][0]]
    assert (code.user_id, code.scope) == ("bob", PARAMS["scope"])

    # Still logged in as Bob: the next authorization asks Bob again ("show_dialog").
    url, consent = await follow(browser, start)
    page = await consent.text()
    assert "Logged in as Bob" in page
    # "Not you?" logs out: the login page again; Alice logs in and cancels.
    url, login = await follow(browser, urljoin(url, Form(page).links["Not you?"]))
    assert urlsplit(url).path == "/login"
    answer = await press(browser, url, await login.text(), "Alice")
    url, consent = await follow(browser, urljoin(url, answer.headers["Location"]))
    page = await consent.text()
    assert "Logged in as Alice" in page
    answer = await press(browser, url, page, "Cancel")
    assert parse_qs(urlsplit(answer.headers["Location"]).query) == {
        "error": ["access_denied"],
        "state": ["state-42"],
    }
    assert {call.user_id for call in fake_spotify.calls_for("^/authorize/accept$")} == {
        "alice",
        "bob",
    }


async def test_login_refusals(
    fake_spotify: FakeSpotify, browser: aiohttp.ClientSession
) -> None:
    """An unknown user is refused on the page; a login never sends a browser elsewhere."""
    fake_spotify.add_user("alice", seed=False)
    fake_spotify.add_user("bob", seed=False)
    async with browser.post(
        f"{fake_spotify.base_url}/login",
        data={"username": "mallory", "continue": "/authorize"},
        allow_redirects=False,
    ) as answer:
        assert answer.status == 400
        assert LOGIN_FAILED in await answer.text()
    async with browser.post(
        f"{fake_spotify.base_url}/login",
        data={"username": "bob", "continue": "https://elsewhere.example/"},
        allow_redirects=False,
    ) as answer:
        assert answer.headers["Location"] == "/"
    # Agreeing without a session is not possible: back to the login page.
    browser.cookie_jar.clear()
    async with browser.post(
        f"{fake_spotify.base_url}/authorize/accept",
        data={
            **PARAMS,
            "client_id": fake_spotify.client_id,
            "decision": "agree",
        },
        allow_redirects=False,
    ) as answer:
        assert answer.status == 302
        login = urlsplit(answer.headers["Location"])
    assert login.path == "/login"
    (back,) = parse_qs(login.query)["continue"]
    assert back.startswith("/authorize?")
    assert parse_qs(urlsplit(back).query)["state"] == ["state-42"]
    assert not fake_spotify.accounts.codes
