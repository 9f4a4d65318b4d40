"""Every word, date and figure of the listening page, in English and German (issue 33.6-33.14).

A person's view in Chromium on the demo: every tab, an artist's, a track's and
a podcast's page, the custom period before a date is picked and reversed, the
viewer's Data tab, an export over an existing file and uploads that fail. The
page-wide check fails on raw translation keys, "Translation error",
`undefined`, `NaN`, `[object Object]`, ISO dates and timestamps, unfilled
placeholders, rows that start with "·", and English words on the German page
(names of artists, tracks, devices and accounts allowed).
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
import re
from typing import Any
from urllib.parse import quote
import uuid
import zipfile

import aiohttp
import pytest

from demo.encore_demo import VIEWER_PASSWORD, VIEWER_USER

from .browser import Page, chromium_path
from .client import HomeAssistantClient
from .conftest import DemoServer
from .pages import CORE_BRAND, PERIOD, PHONE, open_view, page_in, wait_value

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="Chromium is not installed (.ci/run installs Debian's chromium)",
)

TRANSLATIONS = Path(__file__).parents[2] / "frontend" / "src" / "translations"
HA_ZONE = "Europe/Berlin"  # demo/prepare.py's configuration.yaml

# The page's own texts (not names): every text node of the panel's shadow
# roots (the charts' included) but names of artists, tracks, albums,
# devices, accounts and players, and the values of form fields.
PANEL_TEXTS = """
(() => {
  const names = [
    "a[href^='#/item']", ".album", ".by:not(.details)", ".item-title", ".device",
    "#whose option", "select[name=player] option", "select[name=account] option",
    "ol.top .name", "ol.timeline .name",
  ].join(",");
  const panel = (function find(root) {
    const hit = root.querySelector("encore-panel");
    if (hit) return hit;
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) { const deep = find(el.shadowRoot); if (deep) return deep; }
    }
    return null;
  })(document);
  if (!panel) return null;
  const texts = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest("style")) continue;
      // A name's own text; the words beside it (a timeline row's details) count.
      if (parent.matches(names) || (parent.closest(names) && !parent.closest(".details"))) continue;
      texts.push(text);
    }
    root.querySelectorAll("*").forEach((el) => { if (el.shadowRoot) visit(el.shadowRoot); });
  };
  visit(panel.shadowRoot);
  return texts;
})()
"""

BAD = [
    (re.compile(r"Translation error"), "a translation error"),
    (re.compile(r"\bundefined\b"), "undefined"),
    (re.compile(r"\bNaN\b"), "NaN"),
    (re.compile(r"\[object Object\]"), "[object Object]"),
    (re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?"), "an ISO date or timestamp"),
    (
        re.compile(
            r"\b(?:nav|period|whose|tile|chart|weekday|top|item|timeline|source|"
            r"import|data|error|card|job)\.[a-z0-9_.]+"
        ),
        "a raw translation key",
    ),
    (re.compile(r"\{\s*\w+\s*[,}]"), "an unfilled placeholder"),
    (re.compile(r"\b[a-z]+_[a-z_]+\b"), "a raw term"),
]
FILE_NAME = re.compile(
    r"(?:[\w.*-]+(?: [\w.*-]+)*/)*[\w.*-]+\.(?:zip|json|csv|jsonl)\b"
)
# A row's details (device · source · skipped) with a part missing.
MISSING_PART = re.compile(r"^\s*·|·\s*$|·\s*·")


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]{4,}", text)}


def _english_only() -> set[str]:
    """Words of the English texts that no German text uses."""

    def strings(tree: dict[str, Any]) -> list[str]:
        return [
            text
            for value in tree.values()
            for text in ([value] if isinstance(value, str) else strings(value))
        ]

    english = json.loads((TRANSLATIONS / "en.json").read_text(encoding="utf-8"))
    german = json.loads((TRANSLATIONS / "de.json").read_text(encoding="utf-8"))
    # Placeholders and plural keywords are syntax, not words.
    syntax = re.compile(r"\{\s*\w+\s*[,}]|\bplural\b|\bother\b|\bone\b")
    de_words = set().union(*(_words(syntax.sub(" ", text)) for text in strings(german)))
    en_words = set().union(
        *(_words(syntax.sub(" ", text)) for text in strings(english))
    )
    return en_words - de_words


ENGLISH_ONLY = _english_only()


async def panel_texts(page: Page) -> list[str]:
    """The page's own texts, once the panel is there."""
    async with asyncio.timeout(30):
        while (texts := await page.evaluate(PANEL_TEXTS)) is None:
            await asyncio.sleep(0.2)
    return list(texts)


async def check_words(page: Page, language: str, where: str) -> list[str]:
    """Fail on any text a person should never read; return the texts."""
    # File names are names too (my_spotify_data.zip).
    texts = [FILE_NAME.sub("…", text) for text in await panel_texts(page)]
    problems = [
        f"{where}: {what} in {text!r}"
        for text in texts
        for pattern, what in BAD
        if pattern.search(text)
    ]
    problems += [
        f"{where}: a row with a missing part: {text!r}"
        for text in await page.deep_texts(".details")
        if MISSING_PART.search(text)
    ]
    if language == "de":
        problems += [
            f"{where}: English {word!r} in {text!r}"
            for text in texts
            for word in sorted(_words(text) & ENGLISH_ONLY)
        ]
    assert not problems, "\n".join(problems)
    return texts


# Home Assistant's own websocket writer, when Chromium closes a page while
# a message is on its way: aiohttp's compressed send ends in a task nobody
# awaits. No Encore code is in its traceback.
_CLIENT_GONE = "ClientConnectionResetError: Cannot write to closing transport"
_ENTRY = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def error_lines(demo_server: DemoServer) -> list[str]:
    """The ERROR lines of Home Assistant's log so far (a client gone aside)."""
    entries: list[list[str]] = []
    for line in demo_server.log.read_text(errors="replace").splitlines():
        if _ENTRY.match(line) or not entries:
            entries.append([line])
        else:
            entries[-1].append(line)
    return [
        entry[0]
        for entry in entries
        if " ERROR " in entry[0] and not any(_CLIENT_GONE in line for line in entry)
    ]


@pytest.mark.parametrize("language", ["en", "de"])
async def test_every_view_in_the_users_language(
    client: HomeAssistantClient,
    demo_server: DemoServer,
    tmp_path: Path,
    language: str,
) -> None:
    """Every tab, item page and state: no raw key, no stray English, local dates."""
    top: dict[str, Any] = {}
    for kind in ("artist", "track", "show", "album"):
        top[kind] = await client.action(
            "encore", "top_items", {"period": "all_time", "kind": kind, "limit": 1}
        )
    errors_before = error_lines(demo_server)
    async with page_in(client, demo_server, tmp_path / "profile", language) as page:
        # The overview: tiles, charts with axes, top lists.
        await open_view(page, demo_server, f"overview?period={PERIOD}")
        await wait_value(page, "plays")
        await page.wait_for("[data-top=artist] .name a")
        await page.wait_for("[data-chart=days] encore-bars")
        await asyncio.sleep(1)  # every answer in
        await check_words(page, language, "overview")
        # The days chart has axes with labels (ECharts' SVG): not a block of bars.
        axis = await page.evaluate(
            "(() => { const el = (function f(r){const h=r.querySelector('encore-bars');"
            "if(h)return h;for(const e of r.querySelectorAll('*')){if(e.shadowRoot){"
            "const d=f(e.shadowRoot);if(d)return d;}}return null;})(document);"
            " return [...el.shadowRoot.querySelectorAll('svg text')].map(t => t.textContent); })()"
        )
        assert len(axis) >= 4, axis
        # Last month has no current streak (43.3): the tile is this month's.
        assert not await page.deep_texts("[data-tile=streak]")
        # The listening time stays on one line in its tile (33.11).
        wraps = await page.evaluate(
            "(() => { const el = (function f(r){const h=r.querySelector('[data-tile=time] .value');"
            "if(h)return h;for(const e of r.querySelectorAll('*')){if(e.shadowRoot){"
            "const d=f(e.shadowRoot);if(d)return d;}}return null;})(document);"
            " return el.scrollWidth > el.clientWidth + 1; })()"
        )
        assert not wraps
        # An album's name links nowhere; its artist links to the artist (33.13).
        # Asked of last month, always full: on the first of a month this month
        # may not hold an album yet.
        await page.wait_for("[data-top=album] .album")
        album_links = await page.deep_texts("[data-top=album] .by a")
        assert album_links
        # Streak: "1 day", never "1 days" (33.7).
        await open_view(page, demo_server, "overview?period=this_month")
        streak = await wait_value(page, "streak")
        assert not re.match(r"^1 (days|Tage)$", streak), streak

        # Whose offers no account without plays (33.14).
        info = await _info(client)
        offered = await page.deep_texts("#whose option")
        for account in info["accounts"]:
            if not account["has_plays"]:
                assert not any(
                    text.strip().startswith(account["title"]) for text in offered
                ), account["title"]

        # Item pages: an artist, a track (no list of itself), a podcast (episodes).
        for kind in ("artist", "track", "show"):
            if not top[kind]["items"]:
                continue
            name = top[kind]["items"][0]["name"]
            await open_view(
                page,
                demo_server,
                f"item?period=all_time&kind={kind}&name={quote(name, safe='')}",
            )
            await page.wait_for("h2.item-title")
            await page.wait_for("[data-chart=hours] encore-bars")
            await asyncio.sleep(0.5)
            texts = await check_words(page, language, f"{kind} page")
            devices = [t.strip() for t in await page.deep_texts(".device")]
            assert devices, f"{kind}: no devices"
            assert not {"?", "ios", "windows", "android", "osx"} & set(devices), devices
            lists = await page.deep_texts("[data-list=tracks] h2")
            if kind == "track":
                assert lists == [], "a track lists itself"
            elif kind == "show":
                assert [text.strip() for text in lists] == [
                    "Episodes" if language == "en" else "Folgen"
                ]
            assert texts

        # The timeline: sources as words, the time zone of the user's profile
        # (Home Assistant's own frontend decides which: "local" is the
        # browser's, "server" Home Assistant's; 43.15).
        await open_view(page, demo_server, f"timeline?period={PERIOD}")
        await page.wait_for("ol.timeline li", count=10)
        await check_words(page, language, "timeline")
        shown = await page.evaluate(
            "(() => { const t = (function f(r){const h=r.querySelector('ol.timeline time');"
            "if(h)return h;for(const e of r.querySelectorAll('*')){if(e.shadowRoot){"
            "const d=f(e.shadowRoot);if(d)return d;}}return null;})(document);"
            f" const o = {{dateStyle: 'medium', timeStyle: 'short'}};"
            f" const at = new Date(t.getAttribute('datetime'));"
            f" return [t.textContent,"
            f" new Intl.DateTimeFormat({json.dumps(language)}, {{...o, timeZone: {json.dumps(HA_ZONE)}}}).format(at),"
            f" new Intl.DateTimeFormat({json.dumps(language)}, o).format(at),"
            " document.querySelector('home-assistant').hass.locale.time_zone]; })()"
        )
        assert shown[1] != shown[2], "the browser's zone should differ for this check"
        assert shown[0] == (shown[2] if shown[3] == "local" else shown[1]), shown

        # Custom period: a hint before the dates are picked, no error (33.9).
        await open_view(page, demo_server, "overview?period=custom")
        await page.wait_for(".notice")
        assert await page.deep_texts("p.error") == []
        await check_words(page, language, "custom without dates")
        # Reversed: said in the page, no request, no ERROR in the log.
        await open_view(
            page, demo_server, "overview?period=custom&start=2025-03-10&end=2025-03-01"
        )
        (error,) = await page.wait_for("p.error")
        assert (
            "other way round" in error if language == "en" else "andersherum" in error
        ), error
        await check_words(page, language, "reversed custom range")

        # Import and data.
        await open_view(page, demo_server, "import")
        await page.wait_for("svg.coverage")
        await page.wait_for("table tbody tr")
        await check_words(page, language, "import")
        gaps = await page.deep_texts(".gaps-longest li")
        assert len(gaps) <= 3
        await open_view(page, demo_server, "data")
        await page.wait_for("input[name=path]")
        await check_words(page, language, "data")
        assert not [e for e in page.errors if not CORE_BRAND.search(e)]
    assert error_lines(demo_server) == errors_before


async def _info(client: HomeAssistantClient) -> dict[str, Any]:
    async with client.websocket() as ws:
        info: dict[str, Any] = await ws.command({"type": "encore/info"})
        return info


async def set_file(page: Page, path: Path) -> None:
    """Put `path` into the page's file input."""
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
        files=[str(path)],
        objectId=found["result"]["objectId"],
    )


async def test_failed_imports_and_exports_in_german(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """Not a ZIP, broken JSON, an existing export: said in German, no ERROR logged."""
    not_zip = tmp_path / "Urlaubsfotos.zip"
    not_zip.write_bytes(b"this is not a zip")
    broken = tmp_path / "mein_export.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "Spotify Extended Streaming History/Streaming_History_Audio_2099.json",
            '[{"ts": "2099-01-01T00:00:00Z", "ms_played": ',
        )
    broken.write_bytes(buffer.getvalue())
    errors_before = error_lines(demo_server)
    async with page_in(client, demo_server, tmp_path / "profile", "de") as page:
        await open_view(page, demo_server, "import")
        await page.wait_for("input[name=file]")
        await set_file(page, not_zip)
        await page.click("form.drop button.action", "Importieren")
        (failed,) = await page.wait_for("p.error", timeout=60)
        assert "Urlaubsfotos.zip" in failed, failed
        assert "ZIP" in failed
        await check_words(page, "de", "an upload that is not a ZIP")

        await set_file(page, broken)
        await page.click("form.drop button.action", "Importieren")
        await page.wait_for(".failed-files li", timeout=60)
        (listed,) = await page.deep_texts(".failed-files li")
        assert "Streaming_History_Audio_2099.json" in listed
        assert "JSON" in listed
        await check_words(page, "de", "an export with broken JSON")

        # An export over a file that is there: the page offers to replace it.
        await open_view(page, demo_server, "data")
        await page.wait_for("input[name=path]")
        target = Path(f"/media/encore-words-{uuid.uuid4().hex[:8]}.csv")
        submit = (
            "(() => { const f = (function f(r){const h=r.querySelector('form.row');"
            "if(h)return h;for(const e of r.querySelectorAll('*')){if(e.shadowRoot){"
            "const d=f(e.shadowRoot);if(d)return d;}}return null;})(document);"
            f" f.querySelector('input[name=path]').value = {json.dumps(str(target))};"
            " f.querySelector('input[name=overwrite]').checked = %s;"
            " f.requestSubmit(); })()"
        )
        try:
            await page.evaluate(submit % "false")
            await page.wait_for("p[role=status]", timeout=60)
            assert target.exists()
            await page.evaluate(submit % "false")
            # The file is there: the page says so in German, naming its own choice.
            (error,) = await page.wait_for("p.error")
            assert str(target) in error
            assert "Die Datei ersetzen, wenn es sie schon gibt" in error, error
            assert "overwrite" not in error
            await check_words(page, "de", "an export over an existing file")
            await page.evaluate(submit % "true")
            async with asyncio.timeout(30):
                while await page.deep_texts("p.error"):
                    await asyncio.sleep(0.2)
            await page.wait_for("p[role=status]")
        finally:
            target.unlink(missing_ok=True)
        assert not [e for e in page.errors if not CORE_BRAND.search(e)]
    assert error_lines(demo_server) == errors_before


@pytest.mark.parametrize("language", ["en", "de"])
async def test_the_viewer_on_the_data_tab(
    demo_server: DemoServer, tmp_path: Path, socket_enabled: None, language: str
) -> None:
    """The viewer opening the Data tab's address is told what the tab is for (33.10)."""
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(VIEWER_USER, VIEWER_PASSWORD)
        async with page_in(viewer, demo_server, tmp_path / "profile", language) as page:
            await page.send("Emulation.setDeviceMetricsOverride", **PHONE)
            await open_view(page, demo_server, "data")
            (said,) = await page.wait_for("p.admin-only")
            assert said.strip() == (
                "Only administrators can export or delete plays."
                if language == "en"
                else "Nur Administratoren können Wiedergaben exportieren oder löschen."
            )
            await check_words(page, language, "the viewer's data tab")


async def test_the_spotify_library_tile_has_an_icon(
    client: HomeAssistantClient, demo_server: DemoServer
) -> None:
    """The media browser's Spotify library shows Encore's icon, which is served (33.12)."""
    states = await client.get("/api/states")
    players = [
        state["entity_id"]
        for state in states
        if state["entity_id"].startswith("media_player.")
        and state["attributes"].get("supported_features", 0) & 131072  # BROWSE_MEDIA
    ]
    thumbnails = set()
    async with client.websocket() as ws:
        for entity_id in players:
            try:
                root = await ws.command(
                    {"type": "media_player/browse_media", "entity_id": entity_id}
                )
            except RuntimeError:
                continue
            if root.get("thumbnail"):
                thumbnails.add(root["thumbnail"])
    assert "/api/brands/integration/encore/icon.png" in thumbnails, thumbnails
    async with client.session.get(
        f"{client.base_url}/api/brands/integration/encore/icon.png",
        headers=client.headers,
    ) as response:
        assert response.status == 200
        assert (await response.read()).startswith(b"\x89PNG")


INTEGRATION_TRANSLATIONS = (
    Path(__file__).parents[2] / "custom_components" / "encore" / "translations"
)
# An HTML-like tag Home Assistant's message formatter would read as one:
# "Translation error: UNCLOSED_TAG" when it is not closed.
TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*?(/?)>")


def _tags_closed(text: str) -> bool:
    opened: list[str] = []
    for closing, name, empty in TAG.findall(text):
        if empty:
            continue
        if not closing:
            opened.append(name)
        elif not opened or opened.pop() != name:
            return False
    return not opened


def _integration_english_only() -> set[str]:
    def strings(tree: dict[str, Any]) -> list[str]:
        return [
            text
            for value in tree.values()
            for text in ([value] if isinstance(value, str) else strings(value))
        ]

    syntax = re.compile(r"\{\s*\w+\s*[,}]|<[^>]*>|\[%key:[^\]]*\]")
    loaded = {
        language: json.loads(
            (INTEGRATION_TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8")
        )
        for language in ("en", "de")
    }
    words = {
        language: set().union(*(_words(syntax.sub(" ", t)) for t in strings(tree)))
        for language, tree in loaded.items()
    }
    return words["en"] - words["de"]


def _choices(step: dict[str, Any]) -> list[str]:
    """The next steps a dialog offers: a menu's, or its `next_step_id` select's."""
    choices = list(step.get("menu_options") or [])
    for field in step.get("data_schema") or []:
        if field["name"] == "next_step_id":
            options = field.get("selector", {}).get("select", {}).get("options", [])
            choices += [
                option["value"] if isinstance(option, dict) else option
                for option in options
            ]
    return choices


@pytest.mark.parametrize("language", ["en", "de"])
async def test_every_settings_dialog_in_the_users_language(
    client: HomeAssistantClient, demo_server: DemoServer, language: str
) -> None:
    """Each Encore entry's settings dialog and its menu's steps, as the frontend loads them.

    Every title, description and field label is there in the language, has
    no tag the frontend's formatter cannot close ("Translation error:
    UNCLOSED_TAG"), and the German ones hold no English-only word.
    """
    english_only = _integration_english_only()
    async with client.websocket() as ws:
        loaded = await ws.command(
            {
                "type": "frontend/get_translations",
                "language": language,
                "category": "options",
                "integration": ["encore"],
            }
        )
    texts: dict[str, str] = loaded["resources"]
    entries = await client.get("/api/config/config_entries/entry?domain=encore")
    assert entries
    problems: list[str] = []
    seen: set[str] = set()

    def check_step(step: dict[str, Any]) -> None:
        prefix = f"component.encore.options.step.{step['step_id']}"
        seen.add(step["step_id"])
        wanted = [f"{prefix}.title"]
        # A menu drawn as a select (`next_step_id`) is named by its options.
        wanted += [
            f"{prefix}.data.{field['name']}"
            for field in step.get("data_schema") or []
            if field["name"] != "next_step_id"
        ]
        wanted += [
            f"{prefix}.menu_options.{option}"
            for option in (step.get("menu_options") or [])
        ]
        for key in wanted:
            text = texts.get(key)
            if not text:
                problems.append(f"{language}: {key} is missing")
                continue
            if not _tags_closed(text):
                problems.append(f"{language}: {key} has a tag left open: {text!r}")
            if language == "de" and (english := _words(text) & english_only):
                problems.append(f"{language}: {key} holds English {english}: {text!r}")
        description = texts.get(f"{prefix}.description") or ""
        if not _tags_closed(description):
            problems.append(f"{language}: {prefix}.description has a tag left open")

    for entry in entries:
        flow = await client.post(
            "/api/config/config_entries/options/flow",
            {"handler": entry["entry_id"], "show_advanced_options": False},
        )
        try:
            check_step(flow)
        finally:
            async with client.session.delete(
                f"{client.base_url}/api/config/config_entries/options/flow/{flow['flow_id']}",
                headers=client.headers,
            ):
                pass
        # Each choice of the entry's menu opens a dialog of its own.
        for option in _choices(flow):
            opened = await client.post(
                "/api/config/config_entries/options/flow",
                {"handler": entry["entry_id"], "show_advanced_options": False},
            )
            try:
                step = await client.post(
                    f"/api/config/config_entries/options/flow/{opened['flow_id']}",
                    {"next_step_id": option},
                )
                if step.get("type") in ("form", "menu"):
                    check_step(step)
            finally:
                async with client.session.delete(
                    f"{client.base_url}/api/config/config_entries/options/flow/{opened['flow_id']}",
                    headers=client.headers,
                ):
                    pass
    assert len(seen) > 1, f"the dialogs opened: {seen}"
    assert not problems, "\n".join(problems)
