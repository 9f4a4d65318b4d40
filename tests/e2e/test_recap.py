"""The listening page's Recap view in Chromium, on the demo (issue 38).

The cards show what `encore.recap` answers for the same user and year, in
English on a desktop and in German on a phone-sized window, light and dark;
a card and the whole recap become PNG images made in the page.
"""

from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path
import time
from typing import Any

import pytest

from .browser import DEEP_QUERY, Page, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import CORE_BRAND, DESKTOP, PANEL, PHONE, browser_as, shots_folder, text_of

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)

FIRST_CARD = "[data-card=intro] .value"


async def _stable_year(client: HomeAssistantClient) -> tuple[int, dict[str, Any]]:
    """A year over, with plays, and its recap as the action answers it.

    Not this year: the demo's players keep recording plays into it, and a
    figure read twice a moment apart may differ.
    """
    year = time.gmtime().tm_year
    for candidate in (year - 1, year - 2):
        recap = await client.action("encore", "recap", {"year": candidate})
        if recap["status"] == "ready":
            return candidate, recap
    raise AssertionError("the demo has no past year with plays")


async def _image(page: Page, card: str | None) -> list[Any]:
    """Type and size of the PNG the page draws of a card (or of everything)."""
    argument = json.dumps(card) if card else "undefined"
    return await page.evaluate(
        f"(async () => {{ const view = ({DEEP_QUERY})('encore-recap')[0];"
        f" const blob = await view.image({argument});"
        " const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());"
        " return [blob.type, blob.size, Array.from(head)]; })()"
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_recap_view(
    client: HomeAssistantClient,
    demo_server: DemoServer,
    tmp_path: Path,
    dark: bool,
    record_property: Callable[[str, object], None],
) -> None:
    """English on a desktop, German on a phone: the figures, images, no errors."""
    year, recap = await _stable_year(client)
    music = recap["music"]
    minutes = recap["headline"]["minutes"]
    assert minutes == music["minutes"] + (recap["podcasts"] or {}).get("minutes", 0)
    theme = "dark" if dark else "light"
    shots = shots_folder(tmp_path)
    async with browser_as(client, demo_server, tmp_path / "profile", dark=dark) as page:
        await page.send("Emulation.setDeviceMetricsOverride", **DESKTOP)
        # Opened from the page's tabs, Home Assistant's frontend loaded.
        await page.goto(f"{demo_server.base_url}{PANEL}#/overview")
        await page.wait_for("nav.tabs a", count=3)
        began = time.perf_counter()
        await page.click("nav.tabs a", "Recap")
        await page.wait_for(FIRST_CARD)
        first_card = time.perf_counter() - began
        record_property("recap_first_card_ms", round(first_card * 1000))
        # The goal is 1 s (scripts/bench figures); a shared test machine gets slack.
        assert first_card < 5
        # The chooser offers the years and months with plays, the latest first.
        years = await text_of(page, "#recap-period optgroup:first-child option")
        assert years[0] == str(time.gmtime().tm_year)
        assert str(year) in years
        await page.goto(f"{demo_server.base_url}{PANEL}#/recap?period={year}")
        await page.wait_for_text(f"Your {year} in music")
        assert (await text_of(page, FIRST_CARD))[0] == f"{minutes:,}"
        assert (await text_of(page, "[data-card=artists] .value"))[0] == (
            music["top_artists"][0]["name"]
        )
        assert (await text_of(page, "[data-card=songs] .value"))[0] == (
            music["top_songs"][0]["name"]
        )
        # No rooms in an export-only year, no household for one person.
        cards = await page.deep_texts("[data-card]")
        assert len(cards) >= 5
        assert not await page.deep_texts("[data-card=rooms]")
        assert not await page.deep_texts("[data-card=household]")
        kind, size, head = await _image(page, "intro")
        assert kind == "image/png"
        assert head == [0x89, 0x50, 0x4E, 0x47]  # PNG's signature
        assert size > 10_000
        whole = await _image(page, None)
        assert whole[0] == "image/png"
        assert whole[1] > size
        await page.screenshot(shots / f"panel-recap-{theme}-desktop.png")
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]

    # German, on a phone: the language is read by a new document only.
    async with browser_as(client, demo_server, tmp_path / "phone", dark=dark) as page:
        await page.send(
            "Page.addScriptToEvaluateOnNewDocument",
            source="localStorage.setItem('selectedLanguage', '\"de\"');",
        )
        await page.send("Emulation.setDeviceMetricsOverride", **PHONE)
        await page.goto(f"{demo_server.base_url}{PANEL}#/recap?period={year}")
        await page.wait_for_text(f"Dein {year} in Musik")
        assert (await text_of(page, FIRST_CARD))[0] == f"{minutes:,}".replace(",", ".")
        assert "Ganzen Rückblick speichern" in await text_of(page, "button.save-all")
        width = await page.evaluate(
            f"({DEEP_QUERY})('.recap-card')[0].getBoundingClientRect().width"
        )
        assert width <= PHONE["width"]
        await page.screenshot(shots / f"panel-recap-{theme}-phone.png")
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]


async def test_recap_saved_as_playlist(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Issue 38 item 5: the recap's top songs become a Spotify playlist from the view."""
    year, recap = await _stable_year(client)
    assert recap["music"]["song_uris"]
    async with client.websocket() as ws:
        info = await ws.command({"type": "encore/info"})
    # The owner is Demo's person and let Encore change it.
    assert [a["title"] for a in info["accounts"] if a["writable"] and a["mine"]]
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        await page.send("Emulation.setDeviceMetricsOverride", **DESKTOP)
        await page.goto(f"{demo_server.base_url}{PANEL}#/recap?period={year}")
        await page.wait_for_text(f"Your {year} in music")
        await page.click("button.playlist", "Save as playlist")
        await page.wait_for("p.playlist-saved")
        (saved,) = await text_of(page, "p.playlist-saved")
        assert f"Saved as the playlist “Encore · {year}”" in saved
        link = await page.evaluate(
            f"({DEEP_QUERY})('p.playlist-saved a')[0].getAttribute('href')"
        )
        assert "playlist" in link
        assert not [error for error in page.errors if not CORE_BRAND.search(error)]
