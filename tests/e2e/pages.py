"""What the end-to-end tests share: a logged-in Chromium and ways to read the page.

The tests used to import these from each other's test modules (and one
import sat inside a function to dodge the circle that made); they live here
once, so a test module imports only this, `browser`, `client` and `conftest`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
import json
import math
import os
from pathlib import Path
import re
import time
import traceback

import aiohttp
import orjson

from tests.peers import missing_peer

from .browser import DEEP_QUERY, Page, chromium, chromium_path
from .client import HomeAssistantClient, WebSocket
from .conftest import DemoServer

# `ENCORE_SCREENSHOTS=docs/screenshots .venv/bin/pytest tests/e2e` refreshes the
# README's pictures; other runs keep theirs in the test's own folder.
SCREENSHOTS_ENV = "ENCORE_SCREENSHOTS"
# Home Assistant fetches core integrations' brand images from its brands
# server, out of reach here; Encore's (and the demo's) are served locally and
# must load.
CORE_BRAND = re.compile(r"404 .*/api/brands/integration/(?!encore)[a-z0-9_]+/")
STATISTIC = "encore:listening_minutes_demo_listener"

PANEL = "/encore-listening"
PERIOD = "last_month"
# Another zone than Home Assistant's (demo/prepare.py: Europe/Berlin).
BROWSER_ZONE = "America/Los_Angeles"
PHONE = {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True}
DESKTOP = {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False}


def chromium_or_fail() -> str:
    """Return Chromium's executable; fail saying how to install it when there is none."""
    return chromium_path() or missing_peer(
        "chromium",
        "Chromium",
        "Run scripts/setup as root or with sudo (it installs Debian's chromium),"
        " or `apt-get install chromium`.",
    )


@asynccontextmanager
async def browser_as(
    client: HomeAssistantClient,
    demo_server: DemoServer,
    profile: Path,
    *,
    dark: bool = False,
) -> AsyncIterator[Page]:
    """Chromium logged in as the client's user, a browser that never saw them before.

    The frontend keeps its tokens in local storage after a login; starting
    with them there is the same as having logged in on this browser. A
    timeout inside leaves a screenshot beside the profile and says where.
    """
    executable = chromium_or_fail()
    tokens = {
        **client.tokens,
        "hassUrl": demo_server.base_url,
        "clientId": f"{demo_server.base_url}/",
        "expires": int((time.time() + client.tokens["expires_in"]) * 1000),
    }
    theme = {"theme": "default", "dark": dark}
    async with (
        aiohttp.ClientSession() as session,
        chromium(executable, profile, session) as page,
    ):
        await page.send(
            "Page.addScriptToEvaluateOnNewDocument",
            source=(
                "localStorage.setItem('hassTokens', "
                f"{orjson.dumps(orjson.dumps(tokens).decode()).decode()});"
                "localStorage.setItem('selectedTheme', "
                f"{json.dumps(json.dumps(theme))});"
            ),
        )
        try:
            yield page
        except TimeoutError as timeout:
            await page.screenshot(profile.parent / "timeout.png")
            raise AssertionError(
                f"the page did not show what was expected at {waited_at(timeout)}; "
                f"see {profile.parent / 'timeout.png'}; console: {page.errors}"
            ) from None


def waited_at(error: BaseException) -> str:
    """The test's own line that was waiting when `error` was raised.

    The timeout's traceback is dropped to keep the report short; without
    this line a failure on CI could not say which wait ran out.
    """
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if Path(frame.filename).name.startswith("test_")]
    frame = (ours or frames)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} ({(frame.line or '').strip()})"


def page_round(value: float) -> int:
    """A number rounded as the page's `Math.round` does: halves go up.

    Python's `round` sends halves to the even neighbour, so 42.5 minutes is
    "42 min" here and "43 min" on the page: a period whose minutes end in a
    half never matched, and the wait for it ran out.
    """
    return math.floor(value + 0.5)


def percent_text(share: float) -> str:
    """A share as the page writes it (format.ts formatPercent)."""
    percent = page_round(share * 100)
    return "< 1 %" if percent == 0 and share > 0 else f"{percent} %"


async def text_of(page: Page, selector: str) -> list[str]:
    """The trimmed texts of the elements matching `selector`."""
    return [text.strip() for text in await page.deep_texts(selector)]


async def wait_value(page: Page, tile: str, timeout: float = 30) -> str:
    """The value a tile shows once its figure has arrived."""
    selector = f"[data-tile={tile}] .value"
    async with asyncio.timeout(timeout):
        while True:
            values = await text_of(page, selector)
            if values and values[0] != "…":
                return values[0]
            await asyncio.sleep(0.2)


async def set_value(page: Page, selector: str, value: str) -> None:
    """Type a value into an input or select (shadow roots included), as a person does."""
    done = await page.evaluate(
        f"(() => {{ const hit = ({DEEP_QUERY})({json.dumps(selector)})[0];"
        f" if (!hit) return false; hit.value = {json.dumps(value)};"
        " hit.dispatchEvent(new Event('input', {bubbles: true, composed: true}));"
        " hit.dispatchEvent(new Event('change', {bubbles: true, composed: true}));"
        " return true; })()"
    )
    assert done, selector


def no_errors(page: Page) -> list[str]:
    """The page's console errors, core integrations' missing brand images aside."""
    return [error for error in page.errors if not CORE_BRAND.search(error)]


def shots_folder(tmp_path: Path) -> Path:
    """Where a test keeps its screenshots (the README's folder when asked)."""
    return Path(os.environ.get(SCREENSHOTS_ENV) or tmp_path / "screenshots")


async def wait_statistic(ws: WebSocket) -> None:
    """Wait until Encore has compiled the demo account's minutes statistic.

    Encore compiles the hours an import added about a minute after it ends.
    """
    async with asyncio.timeout(120):
        while STATISTIC not in {
            found["statistic_id"]
            for found in await ws.command({"type": "recorder/list_statistic_ids"})
        }:
            await asyncio.sleep(1)


@asynccontextmanager
async def page_in(
    client: HomeAssistantClient,
    demo_server: DemoServer,
    profile: Path,
    language: str,
) -> AsyncIterator[Page]:
    """Chromium as the client's user, Home Assistant's frontend in `language`.

    The browser's time zone is not Home Assistant's: the page must show
    Home Assistant's everywhere.
    """
    async with browser_as(client, demo_server, profile) as page:
        await page.send(
            "Page.addScriptToEvaluateOnNewDocument",
            source=f"localStorage.setItem('selectedLanguage', {json.dumps(json.dumps(language))});",
        )
        await page.send("Emulation.setTimezoneOverride", timezoneId=BROWSER_ZONE)
        yield page


async def open_view(page: Page, demo_server: DemoServer, hash_: str) -> None:
    """Load the page at `hash_` afresh (a new hash alone keeps the period asked)."""
    await page.goto(f"{demo_server.base_url}{PANEL}#/{hash_}")
    await page.send("Page.reload", ignoreCache=False)
    await asyncio.sleep(0.3)
    async with asyncio.timeout(30):
        while await page.evaluate("document.readyState") != "complete":
            await asyncio.sleep(0.1)
