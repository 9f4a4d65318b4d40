"""The listening page tells the same truth as the actions, for the question asked (issue 43).

In Chromium, on the demo: an item's lists add up to its tiles over the
whole period (43.3), the streak tile only where it means something, the
listening time tile is `listening_stats`' (43.3); after quick period
changes the page shows the last question's answers, and Back the period
its address says (43.4); the viewer with no account is told whose history
"Me" is (43.14); the user's profile (number format, clock, time zone)
decides how figures and times are written, with a browser in another time
zone than Home Assistant's (43.15).

A module of its own: it changes the demo user's profile.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
import re
from typing import Any

import aiohttp
import pytest

from .browser import DEEP_QUERY, Page, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import (
    PANEL,
    browser_as,
    no_errors,
    open_view,
    page_round,
    set_value,
    text_of,
    wait_value,
)

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)

HA_ZONE = "Europe/Berlin"  # demo/prepare.py's configuration.yaml
BROWSER_ZONE = "America/New_York"


def minutes_text(minutes: float) -> str:
    """How the page writes a listening time in English (format.ts formatDuration)."""
    whole = page_round(minutes)
    if whole < 60:
        return f"{whole} min"
    return f"{whole // 60:,} h {whole % 60:02d} min"


async def until_value(page: Page, tile: str, expected: str) -> None:
    """Wait until a tile shows `expected` (an earlier page's figure may show first)."""
    async with asyncio.timeout(30):
        while await wait_value(page, tile) != expected:
            await asyncio.sleep(0.2)


async def figures(page: Page, selector: str) -> list[int]:
    """The play counts of a list ("12 plays" in each row's figures)."""
    return [
        int(re.sub(r"\D", "", text))
        for text in await text_of(page, f"{selector} .figures")
    ]


async def test_an_items_lists_add_up_to_its_tiles(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Devices and songs over the whole period, not the latest 50 plays (43.3)."""
    top = await client.action(
        "encore", "top_items", {"period": "all_time", "kind": "artist", "limit": 1}
    )
    artist = top["items"][0]["name"]
    count = await client.action(
        "encore", "play_count", {"period": "all_time", "artist": artist}
    )
    assert count["plays"] > 50, "the check needs more plays than the page lists"
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(
            f"{demo_server.base_url}{PANEL}#/item?kind=artist&name={artist}"
            "&period=all_time"
        )
        assert await wait_value(page, "item_plays") == f"{count['plays']:,}"
        await page.wait_for("[data-list=devices] li")
        devices = await figures(page, "[data-list=devices] li")
        # Ten devices at most are listed: the rest would add up to the count.
        if len(devices) < 10:
            assert sum(devices) == count["plays"], devices
        else:
            assert sum(devices) > 50
        songs = await figures(page, "[data-list=tracks] li")
        assert songs[0] > 0
        assert len(await page.deep_texts("ol.timeline li")) == 50
        assert not no_errors(page)


async def test_the_tiles_say_what_listening_stats_says(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Listening time is the counted plays'; the streak only under a period reaching today."""
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        for period, streak in (("this_month", True), ("last_month", False)):
            await open_view(page, demo_server, f"overview?period={period}")
            # The demo's players keep playing: this month may move on
            # between two questions, so the page is compared with an answer
            # asked after it showed its own.
            async with asyncio.timeout(60):
                while True:
                    shown = (
                        await wait_value(page, "plays"),
                        await wait_value(page, "time"),
                    )
                    stats = await client.action(
                        "encore", "listening_stats", {"period": period}
                    )
                    totals = stats["totals"]
                    if shown == (
                        f"{totals['plays']:,}",
                        minutes_text(totals["ms_played"] / 60_000),
                    ):
                        break
                    await asyncio.sleep(0.5)
            await wait_value(page, "skip_rate")
            assert bool(await page.deep_texts("[data-tile=streak]")) is streak, period
        # The bars span the whole period: last week is seven days, not the
        # days with plays (43.17).
        await open_view(page, demo_server, "overview?period=last_week")
        await page.wait_for("[data-chart=days] encore-bars")
        labels = await page.evaluate(
            f"({DEEP_QUERY})('[data-chart=days] encore-bars')[0].bars.labels"
        )
        assert len(labels) == 7, labels
        # The delete form says why its count is not the overview's.
        await page.goto(f"{demo_server.base_url}{PANEL}#/data")
        await set_value(page, "input[name=before]", "2030-01-01")
        await page.click("button.action", "Check what this deletes")
        await page.wait_for(".purge-streams")
        text = (await text_of(page, ".purge-streams"))[0]
        assert "Every stored stream counts here" in text
        assert not no_errors(page)


async def delay_answers_of(page: Page, period: str, ms: int) -> None:
    """Make the page's answers to questions about `period` arrive `ms` late.

    Wraps Home Assistant's frontend connection (shared by every hass
    object the page is given): a slow answer to an earlier question, as
    on a busy server.
    """
    installed = await page.evaluate(
        f"(() => {{ const panel = ({DEEP_QUERY})('encore-panel')[0];"
        " if (!panel) return false; const conn = panel.hass.connection;"
        " if (conn.__slowed) return true; conn.__slowed = true;"
        f" const slow = (m) => m && m.period === {json.dumps(period)};"
        f" const later = (value) => new Promise((r) => setTimeout(() => r(value), {ms}));"
        " const send = conn.sendMessagePromise.bind(conn);"
        " conn.sendMessagePromise = (m) => slow(m) ? send(m).then(later) : send(m);"
        " const subscribe = conn.subscribeMessage.bind(conn);"
        " conn.subscribeMessage = (cb, m, o) => subscribe(slow(m) ?"
        f" (e) => setTimeout(() => cb(e), {ms}) : cb, m, o);"
        " return true; })()"
    )
    assert installed


async def top_names(page: Page) -> list[str]:
    return [name.strip() for name in await page.deep_texts("[data-top=artist] .name a")]


async def until_answer(page: Page, client: HomeAssistantClient, period: str) -> str:
    """Wait until the plays tile shows what `listening_stats` answers for `period` now.

    The demo's players keep playing: this year's count may move on between
    two questions, so the page is compared with an answer asked after it
    showed its own (as test_the_tiles_say_what_listening_stats_says does).
    """
    async with asyncio.timeout(60):
        while True:
            shown = await wait_value(page, "plays")
            stats = await client.action("encore", "listening_stats", {"period": period})
            if shown == f"{stats['totals']['plays']:,}":
                return shown
            await asyncio.sleep(0.5)


async def until_top_artists(
    page: Page, client: HomeAssistantClient, period: str
) -> None:
    """Wait until the top artists are the ones `top_items` answers for `period` now."""
    async with asyncio.timeout(60):
        while True:
            top = await client.action(
                "encore", "top_items", {"period": period, "kind": "artist", "limit": 10}
            )
            if await top_names(page) == [item["name"] for item in top["items"]]:
                return
            await asyncio.sleep(0.5)


async def test_the_page_shows_the_last_question_asked(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Quick period changes and Back: the page shows the period it names (43.4)."""
    wanted = await client.action("encore", "listening_stats", {"period": "this_year"})
    slow = await client.action("encore", "listening_stats", {"period": "last_year"})
    assert wanted["totals"]["plays"] != slow["totals"]["plays"]
    late = f"{slow['totals']['plays']:,}"  # last year is over: its count stays
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(f"{demo_server.base_url}{PANEL}#/overview?period=last_month")
        await wait_value(page, "plays")
        await delay_answers_of(page, "last_year", 1500)
        await set_value(page, "#period", "last_year")
        await asyncio.sleep(0.1)
        await set_value(page, "#period", "this_year")
        await until_answer(page, client, "this_year")
        # Every late answer to last year has landed by now: none is shown.
        await asyncio.sleep(2.5)
        assert await wait_value(page, "plays") != late
        await until_answer(page, client, "this_year")
        await until_top_artists(page, client, "this_year")
        first = (await top_names(page))[0]

        # An artist's page, another period there, then Back: this year again.
        await page.click("[data-top=artist] .name a", first)
        await page.wait_for("h2.item-title")
        await set_value(page, "#period", "last_month")
        await wait_value(page, "item_plays")
        await page.evaluate("history.back()")
        async with asyncio.timeout(30):
            while "period=this_year" not in await page.evaluate("location.hash"):
                await asyncio.sleep(0.2)
        await page.wait_for("[data-tile=plays]")
        await until_answer(page, client, "this_year")
        period = await page.evaluate(f"({DEEP_QUERY})('#period')[0].value")
        assert period == "this_year"
        assert not no_errors(page)


GUEST_USER, GUEST_PASSWORD = "guest", "encore-guest"


async def add_user_without_person(client: HomeAssistantClient) -> None:
    """Add a user who is no person, as an administrator does under Settings → People.

    The demo's viewer is a person: since issue 46 their "Me" is the plays
    attributed to them. A user who is no person has no "Me" of their own.
    """
    async with client.websocket() as ws:
        created = await ws.command(
            {
                "type": "config/auth/create",
                "name": "Guest",
                "group_ids": ["system-users"],
            }
        )
        await ws.command(
            {
                "type": "config/auth_provider/homeassistant/create",
                "user_id": created["user"]["id"],
                "username": GUEST_USER,
                "password": GUEST_PASSWORD,
            }
        )


async def test_the_viewer_is_told_whose_history_me_is(
    client: HomeAssistantClient,
    demo_server: DemoServer,
    tmp_path: Path,
    socket_enabled: None,
) -> None:
    """No account linked to a user: the page says whose listening "Me" shows (43.14)."""
    await add_user_without_person(client)
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(GUEST_USER, GUEST_PASSWORD)
        stats = await viewer.action(
            "encore", "listening_stats", {"period": "last_month"}
        )
        assert stats["said"], "the backend says whose history it is"
        async with viewer.websocket() as ws:
            info = await ws.command({"type": "encore/info"})
        assert not [a for a in info["accounts"] if a["mine"]]
        async with browser_as(viewer, demo_server, tmp_path / "profile") as page:
            await page.goto(
                f"{demo_server.base_url}{PANEL}#/overview?period=last_month"
            )
            await wait_value(page, "plays")
            await page.wait_for(".whose-notice")
            notice = (await text_of(page, ".whose-notice"))[0]
            assert notice.startswith("No Spotify account is linked to you")
            for title in stats["accounts"]:
                assert title in notice
            # A named account is no "Me": nothing to say.
            accounts = [a for a in info["accounts"] if a["has_plays"]]
            await set_value(page, "#whose", accounts[0]["config_entry_id"])
            async with asyncio.timeout(10):
                while await page.deep_texts(".whose-notice"):
                    await asyncio.sleep(0.2)
            # The Sonos household has no plays of its own: not offered.
            offered = await page.evaluate(
                f"[...({DEEP_QUERY})('#whose option')].map((o) => o.value)"
            )
            for account in info["accounts"]:
                assert (account["config_entry_id"] in offered) is account["has_plays"]
            assert not no_errors(page)


async def set_profile(client: HomeAssistantClient, **locale: Any) -> None:
    """Save the user's profile as Home Assistant's profile page does."""
    async with client.websocket() as ws:
        await ws.command(
            {
                "type": "frontend/set_user_data",
                "key": "language",
                "value": {"language": "en", **locale},
            }
        )


async def test_the_page_follows_the_users_profile(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Number format, 24-hour clock and time zone of the profile (43.15).

    The browser is in New York, Home Assistant in Berlin: a time is the
    server's or the browser's as the profile says, never the other one.
    """
    stats = await client.action("encore", "listening_stats", {"period": "all_time"})
    plays = stats["totals"]["plays"]
    assert plays >= 1000, "the check needs a number with thousands"
    read_time = (
        "(() => { const t = (function f(r){const h=r.querySelector('ol.timeline time');"
        "if(h)return h;for(const e of r.querySelectorAll('*')){if(e.shadowRoot){"
        "const d=f(e.shadowRoot);if(d)return d;}}return null;})(document);"
        " return [t.textContent, t.getAttribute('datetime')]; })()"
    )

    def expected(iso: str, zone: str) -> str:
        return (
            "new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeStyle: 'short',"
            f" hourCycle: 'h23', timeZone: {json.dumps(zone)}}})"
            f".format(new Date({json.dumps(iso)}))"
        )

    try:
        for zone_choice, zone in (("server", HA_ZONE), ("local", BROWSER_ZONE)):
            await set_profile(
                client,
                number_format="decimal_comma",
                time_format="24",
                time_zone=zone_choice,
            )
            async with browser_as(client, demo_server, tmp_path / zone_choice) as page:
                await page.send(
                    "Emulation.setTimezoneOverride", timezoneId=BROWSER_ZONE
                )
                await page.goto(
                    f"{demo_server.base_url}{PANEL}#/overview?period=all_time"
                )
                assert await wait_value(page, "plays") == f"{plays:,}".replace(",", ".")
                await page.goto(
                    f"{demo_server.base_url}{PANEL}#/timeline?period=all_time"
                )
                await page.wait_for("ol.timeline li", count=10)
                shown, iso = await page.evaluate(read_time)
                assert shown == await page.evaluate(expected(iso, zone)), zone_choice
                other = BROWSER_ZONE if zone == HA_ZONE else HA_ZONE
                assert shown != await page.evaluate(expected(iso, other))
                assert not re.search(r"\b(AM|PM)\b", shown), shown
                assert not no_errors(page)
    finally:
        await set_profile(client)
