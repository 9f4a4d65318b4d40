"""Saying whose a play was on the timeline, in Chromium: the answers follow (issue 46).

A module of its own: it changes whose the demo's plays are, so it gets a demo
of its own (the `demo_server` fixture is per module). Demo's Spotify account
is linked to Demo's person; the viewer has none, so the viewer's "me" is the
plays attributed to them: none at first. Demo says on the timeline that a
play was the viewer's; the viewer's answers hold it at once, Demo's do not;
undoing it on the household's timeline puts it back.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pytest

from demo.encore_demo import VIEWER_PASSWORD, VIEWER_USER

from .browser import DEEP_QUERY, Page, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import CORE_BRAND, PANEL, PERIOD, browser_as, set_value

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)
VIEWER = "person.viewer"


async def first_row(page: Page, script: str) -> object:
    """Run `script` (a function of the first timeline row) in the page."""
    return await page.evaluate(
        f"(() => {{ const row = ({DEEP_QUERY})('ol.timeline li')[0];"
        f" if (!row) return null; return ({script})(row); }})()"
    )


async def titles(client: HomeAssistantClient) -> list[str]:
    """The titles of a user's own plays of the period, newest first."""
    answer = await client.action(
        "encore", "play_history", {"period": PERIOD, "limit": 50}
    )
    return [play["title"] for play in answer["plays"]]


async def test_a_correction_on_the_timeline_changes_the_answers(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Demo gives a play to the viewer on the page, then takes it back."""
    mine = await client.action("encore", "play_history", {"period": PERIOD, "limit": 1})
    (play,) = mine["plays"]
    assert play["persons"] == ["person.demo"]
    assert (play["certainty"], play["rule"]) == ("certain", "account")
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(VIEWER_USER, VIEWER_PASSWORD)
        assert await titles(viewer) == []
        async with browser_as(client, demo_server, tmp_path / "profile") as page:
            await page.goto(f"{demo_server.base_url}{PANEL}#/timeline?period={PERIOD}")
            await page.wait_for("ol.timeline li details.whose")
            assert "certain" in str(
                await first_row(
                    page, "(row) => row.querySelector('.whose-line').textContent"
                )
            )
            # Open "Whose?", choose the viewer, save.
            await first_row(
                page, "(row) => { row.querySelector('details.whose').open = true; }"
            )
            chosen = await first_row(
                page,
                "(row) => { const select = row.querySelector('details.whose select');"
                f" select.value = {json.dumps(VIEWER)}; return select.value; }}",
            )
            assert chosen == VIEWER
            await first_row(
                page,
                "(row) => row.querySelector('details.whose button[type=submit]').click()",
            )
            async with asyncio.timeout(30):
                while await titles(viewer) != [play["title"]]:
                    await asyncio.sleep(0.2)
            # Demo's own answers no longer hold it; the household's still do, once.
            newest = (
                await client.action(
                    "encore", "play_history", {"period": PERIOD, "limit": 1}
                )
            )["plays"][0]
            assert newest["play_id"] != play["play_id"]
            # On the household's timeline the play says whose it is now; undo it.
            await set_value(page, "#whose", "everyone")
            await page.wait_for_text("Viewer · certain (corrected)")
            await page.click("details.whose summary", "Whose?")
            await page.click("button.undo", "Undo the correction")
            async with asyncio.timeout(30):
                while await titles(viewer) != []:
                    await asyncio.sleep(0.2)
            back = await client.action(
                "encore", "play_history", {"period": PERIOD, "limit": 1}
            )
            assert back["plays"][0]["play_id"] == play["play_id"]
            assert back["plays"][0]["rule"] == "account"
            assert not [error for error in page.errors if not CORE_BRAND.search(error)]
