"""The listening page and the cards in Chromium, on the demo.

Figures on the page are compared with what the actions answer for the same
user and period; an export is uploaded through the page; a user who is no
administrator sees no admin pages and is refused their commands.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pytest

from demo.encore_demo import VIEWER_PASSWORD, VIEWER_USER

from .browser import DEEP_QUERY, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import (
    CORE_BRAND,
    DESKTOP,
    PANEL,
    PERIOD,
    PHONE,
    browser_as,
    percent_text,
    set_value,
    shots_folder,
    text_of,
    wait_statistic,
    wait_value,
)

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)

PAGES = ("overview", "item", "timeline", "import", "data")


async def test_overview_shows_what_the_actions_answer(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Tiles and top lists equal listening_stats and top_items for the same user."""
    stats = await client.action("encore", "listening_stats", {"period": PERIOD})
    top = await client.action(
        "encore", "top_items", {"period": PERIOD, "kind": "artist", "limit": 10}
    )
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(f"{demo_server.base_url}{PANEL}#/overview?period={PERIOD}")
        plays = await wait_value(page, "plays")
        assert plays == f"{stats['totals']['plays']:,}"
        assert await wait_value(page, "artists") == f"{stats['totals']['artists']:,}"
        assert await wait_value(page, "tracks") == f"{stats['totals']['tracks']:,}"
        assert await wait_value(page, "skip_rate") == percent_text(stats["skip_rate"])
        names = await page.wait_for(
            "[data-top=artist] .name a", count=len(top["items"])
        )
        assert [name.strip() for name in names] == [
            item["name"] for item in top["items"]
        ]
        # Every heatmap cell is drawn, busy ones coloured.
        cells = await page.deep_texts("svg.heatmap rect")
        assert len(cells) == 7 * 24
        on = await page.deep_texts("svg.heatmap rect.on")
        assert len(on) == sum(1 for row in stats["heatmap"] for m in row if m > 0)

        # An artist's page: its count is play_count's.
        best = top["items"][0]["name"]
        count = await client.action(
            "encore", "play_count", {"period": PERIOD, "artist": best}
        )
        await page.click("[data-top=artist] .name a", best)
        await page.wait_for("h2.item-title")
        assert await wait_value(page, "item_plays") == f"{count['plays']:,}"
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]


async def test_the_timeline_lists_each_play_once(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Overview, Timeline, Overview, Timeline: the first page, once (issue 33.3)."""
    first = await client.action(
        "encore", "play_history", {"period": PERIOD, "limit": 50}
    )
    expected = [play["ended_at"] for play in first["plays"]]
    assert len(expected) == 50
    rows = "ol.timeline li time"
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(f"{demo_server.base_url}{PANEL}#/overview?period={PERIOD}")
        await wait_value(page, "plays")
        for _ in range(2):
            await page.click("nav.tabs a", "Timeline")
            await page.wait_for(rows, count=50)
            await asyncio.sleep(1)  # a second request would have landed by now
            shown = await page.evaluate(
                f"({DEEP_QUERY})({json.dumps(rows)})"
                ".map((element) => element.getAttribute('datetime'))"
            )
            assert shown[:50] == expected
            assert len(shown) == len(set(shown)), "a play is listed twice"
            await page.click("nav.tabs a", "Overview")
            await wait_value(page, "plays")
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]


async def test_choosing_podcasts_changes_the_figures(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Music / podcasts / all beside the period: the figures are the action's (issue 35.2)."""
    # Imported here: test_delete imports this module.

    everything = await client.action("encore", "listening_stats", {"period": PERIOD})
    podcasts = await client.action(
        "encore", "listening_stats", {"period": PERIOD, "content": "podcasts"}
    )
    assert 0 < podcasts["totals"]["plays"] < everything["totals"]["plays"]
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(f"{demo_server.base_url}{PANEL}#/overview?period={PERIOD}")
        assert await wait_value(page, "plays") == f"{everything['totals']['plays']:,}"
        await set_value(page, "#content", "podcasts")
        shown = f"{podcasts['totals']['plays']:,}"
        async with asyncio.timeout(30):
            while await wait_value(page, "plays") != shown:
                await asyncio.sleep(0.2)
        # A podcast has no album: only the shows are ranked.
        await page.wait_for("[data-top=show]")
        assert not await page.deep_texts("[data-top=album]")
        # Remembered in the address: a reload asks the same.
        assert "content=podcasts" in await page.evaluate("window.location.hash")
        await page.goto(
            f"{demo_server.base_url}{PANEL}#/overview?period={PERIOD}&content=podcasts"
        )
        assert await wait_value(page, "plays") == shown
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]


async def test_upload_an_export_through_the_page(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Drop the export on the Import page: progress, then the result and the job."""
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(f"{demo_server.base_url}{PANEL}#/import")
        await page.wait_for("input[name=file]")
        found = await page.send(
            "Runtime.evaluate",
            expression=(
                "(() => { const visit = (root) => { const hit = root.querySelector("
                "'input[name=file]'); if (hit) return hit; for (const el of "
                "root.querySelectorAll('*')) { if (el.shadowRoot) { const deep = "
                "visit(el.shadowRoot); if (deep) return deep; } } return null; };"
                " return visit(document); })()"
            ),
        )
        await page.send(
            "DOM.setFileInputFiles",
            files=[str(demo_server.export)],
            objectId=found["result"]["objectId"],
        )
        await page.click("button.action", "Import")
        await page.wait_for(".result", timeout=120)
        result = (await text_of(page, ".result"))[0]
        sync = await client.action("encore", "sync_status", {})
        latest = sync["recent_imports"][0]
        assert latest["status"] == "completed"
        counts = latest["counts"]
        if (
            counts["imported"] == 0
            and counts["files_already_imported"] == counts["files"]
        ):
            # The demo imported this export when it started: the page says so
            # rather than "Imported 0 plays" (issue 33.9).
            assert result.startswith("This export was imported before:"), result
            assert f"its {counts['files']} files" in result
        else:
            assert f"Imported {counts['imported']:,} plays" in result
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]


async def test_a_viewer_sees_no_admin_pages(
    demo_server: DemoServer, tmp_path: Path, socket_enabled: None
) -> None:
    """No Import or Data for a user who is no admin; the websocket refuses them too."""
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(VIEWER_USER, VIEWER_PASSWORD)
        async with viewer.websocket() as ws:
            for command in (
                {"type": "encore/purge_history", "all": True},
                {"type": "encore/subscribe_imports"},
            ):
                with pytest.raises(RuntimeError, match="unauthorized"):
                    await ws.command(command)
            info = await ws.command({"type": "encore/info"})
            assert info["is_admin"] is False
            # Not Demo's person nor an administrator: no account to change
            # (the Recap view offers no playlist).
            assert info["accounts"]
            assert not [a for a in info["accounts"] if a["writable"]]
        async with browser_as(viewer, demo_server, tmp_path / "profile") as page:
            await page.goto(f"{demo_server.base_url}{PANEL}#/overview?period={PERIOD}")
            await wait_value(page, "plays")
            tabs = await text_of(page, "nav.tabs a")
            assert tabs == ["Overview", "Timeline", "Recap"]
            await page.screenshot(shots_folder(tmp_path) / "panel-viewer.png")
            assert not [error for error in page.errors if not CORE_BRAND.search(error)]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_screenshots_of_every_view(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path, dark: bool
) -> None:
    """Every view, desktop and phone: it renders, with no console error."""
    shots = shots_folder(tmp_path)
    theme = "dark" if dark else "light"
    top = await client.action(
        "encore", "top_items", {"period": PERIOD, "kind": "artist", "limit": 1}
    )
    artist = top["items"][0]["name"]
    async with browser_as(client, demo_server, tmp_path / "profile", dark=dark) as page:
        for size, metrics in (("desktop", DESKTOP), ("phone", PHONE)):
            await page.send("Emulation.setDeviceMetricsOverride", **metrics)
            for view in PAGES:
                params = {"period": PERIOD}
                if view == "item":
                    params |= {"kind": "artist", "name": artist}
                query = "&".join(f"{key}={value}" for key, value in params.items())
                await page.goto(f"{demo_server.base_url}{PANEL}#/{view}?{query}")
                if view == "overview":
                    await wait_value(page, "plays")
                    await page.wait_for("[data-top=artist] .name a")
                elif view == "item":
                    await page.wait_for("h2.item-title")
                elif view == "timeline":
                    await page.wait_for("ol.timeline li", count=10)
                elif view == "import":
                    await page.wait_for("svg.coverage")
                else:
                    await page.wait_for("input[name=path]")
                await page.screenshot(shots / f"panel-{view}-{theme}-{size}.png")
        await page.send("Emulation.setDeviceMetricsOverride", **DESKTOP)
        async with client.websocket() as ws:
            await wait_statistic(ws)  # the statistics graph beside the cards has data
        await page.goto(f"{demo_server.base_url}/lovelace/music")
        # Selectors do not cross shadow roots: the dashboard holds only the cards.
        await page.wait_for("svg.heatmap")
        # The top card is this month's: on a month's first day it may rank fewer.
        month = await client.action(
            "encore",
            "top_items",
            {"period": "this_month", "kind": "artist", "limit": 5},
        )
        await page.wait_for("ol.top li", count=len(month["items"]))
        await page.wait_for(".tile", count=7)
        await page.wait_for_text("listening time (change)", timeout=30)
        await page.screenshot(shots / f"cards-{theme}.png")
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]
