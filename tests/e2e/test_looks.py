"""How the listening page looks and reads on a phone, in German (issues 43.15, 43.17).

Chromium at 375 px, Home Assistant's frontend in German while the browser
speaks English: every tab is in sight (none cut at the edge), the heatmap's
words are at least 11 px with a legend of its shades, and the date fields of
a custom period and of the delete form write and read dates as German does
("10.03.2025"), not as the browser's own date input would ("03/10/2025").
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
import re
from typing import Any

import pytest

from .browser import DEEP_QUERY, Page, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import PERIOD, PHONE, no_errors, open_view, page_in, set_value, text_of

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)


async def deep(page: Page, selector: str, script: str) -> Any:
    """Run `script` (a function of the list of matches) over `selector`, shadow roots included."""
    return await page.evaluate(f"(({script}))(({DEEP_QUERY})({json.dumps(selector)}))")


async def test_every_tab_is_in_sight_on_a_phone(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """At 375 px the tabs wrap: the last one (Daten) is whole and on the screen."""
    async with page_in(client, demo_server, tmp_path / "profile", "de") as page:
        await page.send("Emulation.setDeviceMetricsOverride", **PHONE)
        await open_view(page, demo_server, f"overview?period={PERIOD}")
        tabs = await page.wait_for("nav.tabs a", count=5)
        assert [tab.strip() for tab in tabs][-1] == "Daten"
        boxes = await deep(
            page,
            "nav.tabs a",
            "(tabs) => tabs.map((tab) => { const box = tab.getBoundingClientRect();"
            " return [tab.textContent.trim(), box.left, box.right, window.innerWidth]; })",
        )
        for name, left, right, width in boxes:
            assert left >= 0, f"{name} is cut: {left}..{right} of {width}"
            assert right <= width, f"{name} is cut: {left}..{right} of {width}"


async def test_the_heatmap_reads_on_a_phone(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Weekdays and hours at 11 px or more; a legend from none to the busiest hour."""
    async with page_in(client, demo_server, tmp_path / "profile", "de") as page:
        await page.send("Emulation.setDeviceMetricsOverride", **PHONE)
        await open_view(page, demo_server, f"overview?period={PERIOD}")
        await page.wait_for("svg.heatmap rect.on")
        sizes = await deep(
            page,
            ".heatmap-days span, .heatmap-hours span, .heatmap-legend span:not(.swatch)",
            "(found) => found.map((el) => [el.textContent.trim(),"
            " parseFloat(getComputedStyle(el).fontSize), el.getBoundingClientRect().height])",
        )
        days = [text for text, _size, _height in sizes if text in ("Mo", "Di", "So")]
        assert days, sizes
        for text, size, height in sizes:
            assert size >= 11, f"{text!r} is {size} px"
            assert height >= 11, f"{text!r} is drawn {height} px high"
        legend = await page.deep_texts(".heatmap-legend")
        assert "Min." in legend[0], legend
        swatches = await page.deep_texts(".heatmap-legend .swatch")
        assert len(swatches) >= 3
        assert not no_errors(page)


async def test_date_fields_speak_the_users_language(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """A custom period's days show and are typed as in German; so is the delete form's."""
    async with page_in(client, demo_server, tmp_path / "profile", "de") as page:
        await open_view(
            page, demo_server, "overview?period=custom&start=2025-03-10&end=2025-03-20"
        )
        await page.wait_for("encore-date-field input[type=text]", count=2)
        shown = await deep(
            page,
            "encore-date-field input[type=text]",
            "(found) => found.map((el) => el.value)",
        )
        assert shown == ["10.03.2025", "20.03.2025"]
        # Typed as a German writes it: the period follows.
        await set_value(page, "encore-date-field input[type=text]", "1.3.2025")
        async with asyncio.timeout(10):
            while "start=2025-03-01" not in await page.evaluate("location.hash"):
                await asyncio.sleep(0.1)
        await page.wait_for("[data-tile=plays] .value")
        # The calendar behind the button speaks German too, its weeks start on
        # Monday, and a day clicked there is the period's first.
        await deep(
            page, "encore-date-field button.calendar", "(found) => found[0].click()"
        )
        (title,) = await page.wait_for(".calendar-pop .calendar-title")
        assert title.strip() == "März 2025"
        heads = await text_of(page, ".calendar-pop th")
        assert heads[0] == "Mo", heads
        await page.click(".calendar-pop button.day", "12")
        async with asyncio.timeout(10):
            while "start=2025-03-12" not in await page.evaluate("location.hash"):
                await asyncio.sleep(0.1)
        assert not await page.deep_texts(".calendar-pop")
        # What is no date is refused in German, and nothing is asked.
        await set_value(page, "encore-date-field input[type=text]", "März")
        message = await deep(
            page,
            "encore-date-field input[type=text]",
            "(found) => found[0].validationMessage",
        )
        assert message == "Schreibe das Datum als 10.03.2025.", message
        assert "start=2025-03-12" in await page.evaluate("location.hash")

        # The delete form's day, in German too; its plan names that day.
        await open_view(page, demo_server, "data")
        await page.wait_for("form.purge encore-date-field")
        placeholder = await deep(
            page,
            "form.purge input[name=before]",
            "(found) => found[0].placeholder",
        )
        assert placeholder == "10.03.2025"
        await set_value(page, "form.purge input[name=before]", "02.01.2030")
        await page.click("form.purge button.action", "Prüfen, was gelöscht würde")
        (plan,) = await page.wait_for(".purge-plan")
        # Only counted and shown: nothing is deleted without the second click.
        assert "vor dem 2. Januar 2030" in plan, plan


async def test_german_words_and_shares_on_the_overview(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """German units beside German units, no "1 Wiedergaben", no share shown as "0 %" (43.16)."""
    async with page_in(client, demo_server, tmp_path / "profile", "de") as page:
        await open_view(page, demo_server, "overview?period=all_time")
        await page.wait_for("[data-top=track] .figures")
        await asyncio.sleep(1)  # every list in
        time = await page.deep_texts("[data-tile=time] .value")
        assert re.search(r"\d+ Min\.$", time[0].strip()), time
        figures = [
            " ".join(text.split()) for text in await page.deep_texts("ol.top .figures")
        ]
        assert figures
        for text in figures:
            # Each entry was played: its share is a percent or "< 1 %", never 0.
            assert not re.search(r"(?<!\d)0 %", text), text
            assert not re.search(r"\b1 Wiedergaben\b", text), text
            assert not re.search(r"\d min\b", text), text
