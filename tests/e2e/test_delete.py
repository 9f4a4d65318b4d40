"""Deleting plays from the Data page in Chromium: nothing goes without being named.

A module of its own: it deletes the demo's history, so it gets a demo of its
own (the `demo_server` fixture is per module). The page first counts what
the form would delete (`purge_history` with `dry_run`), names the range, the
accounts and the number of plays, and deletes only on a second, explicit
click; everything is its own choice, never what an empty form means.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from .browser import DEEP_QUERY, Page, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import CORE_BRAND, PANEL, browser_as, set_value, text_of

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)


async def choose(page: Page, selector: str) -> None:
    """Click a radio button or checkbox."""
    done = await page.evaluate(
        f"(() => {{ const hit = ({DEEP_QUERY})({json.dumps(selector)})[0];"
        " if (!hit) return false; hit.click(); return true; })()"
    )
    assert done, selector


async def stored(client: HomeAssistantClient) -> int:
    """Every play the history holds (a dry run deletes nothing)."""
    answer = await client.action(
        "encore", "purge_history", {"all": True, "dry_run": True}
    )
    count: int = answer["would_delete"]
    return count


async def settled(client: HomeAssistantClient) -> int:
    """Every play the history holds once the collectors' first reads are in.

    The demo's Spotify account reads recently-played soon after the start
    (50 plays the export lacks): when that lands during the test, the counts
    before and after a Cancel differ by what it added, not by anything the
    form deleted. Asked now, and counted when two counts agree.
    """
    await client.action("encore", "sync_now", {})
    before = await stored(client)
    for _ in range(30):
        await asyncio.sleep(2)
        now = await stored(client)
        if now == before:
            return now
        before = now
    raise AssertionError(f"the history kept growing: {before} plays")


async def test_delete_names_what_it_deletes_before_it_does(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    total = await settled(client)
    assert total > 10_000
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.goto(f"{demo_server.base_url}{PANEL}#/data")
        await page.wait_for("form.purge")

        # The empty form: a date is needed, the browser says so, nothing runs.
        await page.click("form.purge button.action", "Check what this deletes")
        assert await page.deep_texts(".purge-plan") == []
        assert await stored(client) == total

        # Before a date: counted and named first; Cancel deletes nothing.
        expected = await client.action(
            "encore",
            "purge_history",
            {"before": "2020-01-01T00:00:00", "dry_run": True},
        )
        count = expected["would_delete"]
        assert 0 < count < total
        await set_value(page, "form.purge input[name=before]", "2020-01-01")
        await page.click("form.purge button.action", "Check what this deletes")
        await page.wait_for(".purge-plan")
        plan = " ".join(await text_of(page, ".purge-plan"))
        assert f"This deletes {count:,} plays of every account" in plan
        assert "that ended before January 1, 2020" in plan
        assert "statistics" in plan
        await page.click(".purge-plan button", "Cancel")
        assert await page.deep_texts(".purge-plan") == []
        assert await stored(client) == total

        # Everything is its own choice, and names every play.
        await choose(page, "form.purge input[value=everything]")
        await page.click("form.purge button.action", "Check what this deletes")
        await page.wait_for(".purge-plan")
        plan = " ".join(await text_of(page, ".purge-plan"))
        assert f"This deletes {total:,} plays of every account, all of them" in plan
        assert await stored(client) == total
        await page.click(".purge-plan button.danger", f"Delete {total:,} plays")
        await page.wait_for_text(f"Deleted {total:,} plays.")
        assert await stored(client) == 0
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]
