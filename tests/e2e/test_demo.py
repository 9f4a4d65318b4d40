"""The demo, end to end: a real `hass` process driven only through REST, websocket and a browser.

Expected answers are computed here from the generated export file itself,
not through Encore's queries.
"""

from __future__ import annotations

import asyncio
from collections import Counter
import contextlib
from datetime import datetime, timedelta
import io
import os
from pathlib import Path
import re
from typing import Any
import zipfile
from zoneinfo import ZoneInfo

import aiohttp
import orjson
import pytest

from homeassistant import const as ha_const

from custom_components.encore.const import SPOTIFY_SCOPES, SPOTIFY_WRITE_SCOPES
from demo.dashboard import DASHBOARD, LABELS, LISTENING_ROWS
from demo.encore_demo import (
    GUEST_USER_NAME,
    SPOTIFY_USER_ID,
    SPOTIFY_USER_NAME,
    VIEWER_PASSWORD,
    VIEWER_USER,
)
from demo.prepare import CHIME_NAME

from .browser import Page, chromium
from .client import HomeAssistantClient, HomeAssistantHTTPError, WebSocket
from .conftest import DemoServer
from .pages import (
    CORE_BRAND,
    STATISTIC,
    browser_as,
    chromium_or_fail,
    shots_folder,
    wait_statistic,
)

PLAYERS = (
    "media_player.living_room",
    "media_player.tv_room",
    "media_player.kitchen",
    "media_player.demo_listener",
)
THIRTY_SECONDS_MS = 30_000
# Every text of the page, its shadow roots' included.
PAGE_TEXT = """
(() => {
  const texts = [document.documentElement.textContent];
  const visit = (root) => root.querySelectorAll("*").forEach((element) => {
    if (element.shadowRoot) { texts.push(element.shadowRoot.textContent); visit(element.shadowRoot); }
  });
  visit(document);
  return texts.join(" ");
})()
"""


def _last_month(zone: ZoneInfo) -> tuple[datetime, datetime]:
    today = datetime.now(zone).date()
    first = today.replace(day=1)
    previous = (first - timedelta(days=1)).replace(day=1)
    return (
        datetime.combine(previous, datetime.min.time(), zone),
        datetime.combine(first, datetime.min.time(), zone),
    )


def export_rows(export: Path) -> list[dict[str, Any]]:
    """Every distinct row of the export (exact duplicates once)."""
    seen: set[bytes] = set()
    rows: list[dict[str, Any]] = []
    with zipfile.ZipFile(io.BytesIO(export.read_bytes())) as archive:
        for name in archive.namelist():
            if not name.endswith(".json"):
                continue
            for row in orjson.loads(archive.read(name)):
                key = orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
                if key not in seen:
                    seen.add(key)
                    rows.append(row)
    return rows


def export_plays(export: Path) -> list[dict[str, Any]]:
    """Every distinct music row of the export."""
    return [
        row
        for row in export_rows(export)
        if row.get("master_metadata_track_name") is not None
    ]


def artist_plays_last_month(export: Path, zone: ZoneInfo) -> Counter[str]:
    """Plays (>= 30 s) per artist in last calendar month, in the demo's time zone."""
    start, end = _last_month(zone)
    counts: Counter[str] = Counter()
    for row in export_plays(export):
        ended = datetime.fromisoformat(row["ts"])
        if start <= ended < end and row["ms_played"] >= THIRTY_SECONDS_MS:
            counts[row["master_metadata_album_artist_name"]] += 1
    return counts


async def _wait_state(
    client: HomeAssistantClient, entity_id: str, check: Any, timeout: float = 30
) -> dict[str, Any]:
    async with asyncio.timeout(timeout):
        while not check(state := await client.state(entity_id)):
            await asyncio.sleep(0.3)
    return state


async def test_demo_is_set_up(client: HomeAssistantClient) -> None:
    """The players, the history sensors and the heatmap are there for the demo user."""
    for entity_id in PLAYERS:
        state = await client.state(entity_id)
        assert state["state"] not in ("unavailable", "unknown"), entity_id
    plays = await client.state("sensor.demo_listener_plays_today")
    assert int(plays["state"]) >= 0
    # The heatmap card draws listening_stats' grid.
    stats = await client.action(
        "encore", "listening_stats", {"period": "last_days", "days": 90}
    )
    grid = stats["heatmap"]
    assert len(grid) == 7
    assert all(len(row) == 24 for row in grid)
    assert sum(map(sum, grid)) > 0
    # Speakers fetch announcements from where the demo listens (issue 43.18):
    # not the machine's LAN address Home Assistant would guess.
    config = await client.get("/api/config")
    assert config["internal_url"].startswith("http://127.0.0.1:")


def _error_lines(demo_server: DemoServer) -> list[str]:
    return [
        line
        for line in demo_server.log.read_text(errors="replace").splitlines()
        if " ERROR " in line
    ]


async def _wait_location(page: Page, prefix: str, timeout: float = 30) -> str:
    """Wait until the page's address begins with `prefix` (through redirects)."""
    async with asyncio.timeout(timeout):
        while True:
            with contextlib.suppress(RuntimeError):
                # RuntimeError: asked while the page navigates.
                location: str = await page.evaluate("location.href")
                if location.startswith(prefix):
                    return location
            await asyncio.sleep(0.2)


async def test_config_flow_adds_a_second_spotify_account(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """The user adds Guest Listener as Spotify asks a person: log in, agree, back to Home Assistant.

    In Chromium, with no test shortcut: the fake Spotify knows two users
    (Demo Listener, already added, and Guest Listener), so its login page asks
    who is logging in (issue 43.18).
    """
    executable = chromium_or_fail()
    flow = await client.post("/api/config/config_entries/flow", {"handler": "encore"})
    assert flow["type"] == "menu"
    # The demo's history settings exist: the menu does not offer them (43.16).
    assert set(flow["menu_options"]) == {"spotify", "sonos", "scrobbler"}
    flow = await client.post(
        f"/api/config/config_entries/flow/{flow['flow_id']}",
        {"next_step_id": "spotify"},
    )
    assert flow["type"] == "external"
    assert "fake_user" not in flow["url"]
    async with (
        aiohttp.ClientSession() as session,
        chromium(executable, tmp_path / "profile", session) as page,
    ):
        await page.goto(flow["url"])
        await _wait_location(page, flow["url"].split("/authorize")[0] + "/login")
        await page.wait_for_text(SPOTIFY_USER_NAME)
        await page.click("button", GUEST_USER_NAME)
        await page.wait_for_text(f"Logged in as {GUEST_USER_NAME}")
        await page.click("button", "Agree")
        # Spotify sends the browser back to Home Assistant, which takes the code.
        await _wait_location(page, f"{demo_server.base_url}/auth/external/callback")
        # Home Assistant's callback page has no icon of its own.
        favicon = f"404 (Not Found) {demo_server.base_url}/favicon.ico"
        unexpected = [error for error in page.errors if not error.endswith(favicon)]
        assert not unexpected, unexpected
    result = await client.post(f"/api/config/config_entries/flow/{flow['flow_id']}")
    assert result["type"] == "create_entry", result
    assert result["title"] == GUEST_USER_NAME
    entries = await client.get("/api/config/config_entries/entry?domain=encore")
    titles = {entry["title"]: entry["state"] for entry in entries}
    assert titles[GUEST_USER_NAME] == "loaded"
    assert titles[SPOTIFY_USER_NAME] == "loaded"


async def test_an_announcement_from_a_media_source(
    client: HomeAssistantClient, demo_server: DemoServer
) -> None:
    """The demo's doorbell chime (local media) is announced on the Living Room.

    Encore resolves the media source to Home Assistant's internal URL and
    fetches it before the speaker does: the demo's internal URL is where it
    listens (127.0.0.1), not the LAN address Home Assistant would guess
    (issue 43.18).
    """
    async with client.websocket() as ws:
        local = await ws.command(
            {
                "type": "media_source/browse_media",
                "media_content_id": "media-source://media_source/demo/.",
            }
        )
    (chime,) = [
        child["media_content_id"]
        for child in local["children"]
        if child["title"] == CHIME_NAME
    ]
    before = _error_lines(demo_server)
    await client.post(
        "/api/services/media_player/play_media",
        {
            "entity_id": "media_player.living_room",
            "media_content_id": chime,
            "media_content_type": "music",
            "announce": True,
        },
    )
    assert _error_lines(demo_server) == before
    assert "did not play the announcement" not in demo_server.log.read_text()


async def test_spotify_playlist_on_a_sonos_group(client: HomeAssistantClient) -> None:
    """Join the Kitchen to the Living Room, play a playlist: both speakers play it."""
    await client.post(
        "/api/services/media_player/join",
        {
            "entity_id": "media_player.living_room",
            "group_members": ["media_player.kitchen"],
        },
    )
    await client.post(
        "/api/services/media_player/play_media",
        {
            "entity_id": "media_player.living_room",
            "media_content_id": "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M",
            "media_content_type": "playlist",
        },
    )
    living = await _wait_state(
        client,
        "media_player.living_room",
        lambda state: (
            state["state"] == "playing"
            and str(state["attributes"].get("media_content_id", "")).startswith(
                "spotify:track:"
            )
        ),
    )
    kitchen = await _wait_state(
        client,
        "media_player.kitchen",
        lambda state: (
            state["state"] == "playing"
            and state["attributes"].get("media_title") is not None
        ),
    )
    assert set(living["attributes"]["group_members"]) == {
        "media_player.living_room",
        "media_player.kitchen",
    }
    assert kitchen["attributes"]["media_title"] == living["attributes"]["media_title"]
    await client.post(
        "/api/services/media_player/media_pause",
        {"entity_id": "media_player.living_room"},
    )
    await _wait_state(
        client, "media_player.kitchen", lambda state: state["state"] == "paused"
    )


async def test_a_song_of_the_export_plays_as_the_export_names_it(
    client: HomeAssistantClient,
) -> None:
    """Issue 33.2: the demo's speakers name an export's id as the export does.

    Played from the history (an artist's top song), the TV Room says the
    export's title and artist, so what it records is the same song.
    """
    top = await client.action(
        "encore", "top_items", {"period": "all_time", "kind": "track", "limit": 1}
    )
    (song,) = top["items"]
    await client.post(
        "/api/services/media_player/play_media",
        {
            "entity_id": "media_player.tv_room",
            "media_content_id": song["uri"],
            "media_content_type": "music",
        },
    )
    playing = await _wait_state(
        client,
        "media_player.tv_room",
        lambda state: state["attributes"].get("media_content_id") == song["uri"],
    )
    assert playing["attributes"]["media_title"] == song["name"]
    assert playing["attributes"]["media_artist"] == song["artist"]
    await client.post(
        "/api/services/media_player/media_pause", {"entity_id": "media_player.tv_room"}
    )


async def test_the_demo_household_as_people_have_it(
    client: HomeAssistantClient, demo_server: DemoServer, socket_enabled: None
) -> None:
    """Issue 33.16: persons, yesterday's plays, and the scopes Encore asked for."""
    mine = await client.action("encore", "listening_stats", {"period": "yesterday"})
    assert mine["accounts"] == ["Demo Listener"]
    assert mine["said"] is None
    assert mine["totals"]["plays"] > 0, "yesterday has plays"
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(VIEWER_USER, VIEWER_PASSWORD)
        theirs = await viewer.action(
            "encore", "listening_stats", {"period": "yesterday"}
        )
    # The viewer has a person but no account: "me" is not Demo's account.
    assert theirs["said"] is not None
    assert theirs["said"] != mine["said"]
    entries = orjson.loads(
        (demo_server.config / ".storage" / "core.config_entries").read_bytes()
    )["data"]["entries"]
    (account,) = [
        entry
        for entry in entries
        if entry["domain"] == "encore" and entry["unique_id"] == "demo_listener"
    ]
    # The fake grants what was asked, as Spotify does, not every scope it knows:
    # the demo's owner let Encore change their library, so the write scopes too.
    assert sorted(account["data"]["token"]["scope"].split()) == sorted(
        (*SPOTIFY_SCOPES, *SPOTIFY_WRITE_SCOPES)
    )


async def test_a_playlist_from_the_history_on_the_demo(
    client: HomeAssistantClient, demo_server: DemoServer, socket_enabled: None
) -> None:
    """Issue 39: Demo's top songs become a playlist; the viewer may not change Demo's Spotify."""
    made = await client.action(
        "encore", "create_playlist", {"period": "all_time", "limit": 20}
    )
    assert made["uri"].startswith("spotify:playlist:")
    assert made["complete"] is True
    assert made["written"] > 0
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(VIEWER_USER, VIEWER_PASSWORD)
        with pytest.raises(HomeAssistantHTTPError) as refused:
            # Demo's account by name: the config-flow test may have added a
            # second account, and then an unnamed one is "choose the account".
            await viewer.action(
                "encore",
                "save_to_library",
                {"uris": [made["uri"]], "account": SPOTIFY_USER_ID},
            )
    assert "can't change" in str(refused.value)


async def test_history_actions_answer_from_the_import(
    client: HomeAssistantClient, demo_server: DemoServer
) -> None:
    """top_items and play_count for last month equal a count over the export file."""
    config = await client.get("/api/config")
    zone = ZoneInfo(config["time_zone"])
    expected = artist_plays_last_month(demo_server.export, zone)
    entries = await client.get("/api/config/config_entries/entry?domain=encore")
    account = next(e for e in entries if e["title"] == SPOTIFY_USER_NAME)

    top = await client.action(
        "encore",
        "top_items",
        {
            "config_entry_id": account["entry_id"],
            "period": "last_month",
            "kind": "artist",
            "limit": 5,
        },
    )
    ranked = expected.most_common()
    assert [item["plays"] for item in top["items"]] == [n for _, n in ranked[:5]]
    best_name, best_plays = ranked[0]
    if best_plays > ranked[1][1]:
        assert top["items"][0]["name"] == best_name

    count = await client.action(
        "encore",
        "play_count",
        {
            "config_entry_id": account["entry_id"],
            "period": "last_month",
            "artist": best_name.upper(),
        },
    )
    assert count["plays"] == best_plays


async def test_assist_answers_from_the_import(
    client: HomeAssistantClient, demo_server: DemoServer
) -> None:
    """Assist names last month's top artist with the count the export gives."""
    config = await client.get("/api/config")
    expected = artist_plays_last_month(
        demo_server.export, ZoneInfo(config["time_zone"])
    )
    (best, plays), (_, second) = expected.most_common(2)
    answer = await client.ask("Who did I listen to most last month?")
    assert f"{plays} plays" in answer
    if plays > second:
        assert best in answer


async def test_listening_minutes_statistics(
    client: HomeAssistantClient, demo_server: DemoServer
) -> None:
    """The long-term statistic holds last month's minutes, as the export adds them up.

    The counted plays' minutes (30 s or more), as every view says the
    listening time (issue 43.3).
    """
    statistic = STATISTIC
    config = await client.get("/api/config")
    zone = ZoneInfo(config["time_zone"])
    start, end = _last_month(zone)
    expected_ms = sum(
        row["ms_played"]
        for row in export_rows(demo_server.export)
        if start <= datetime.fromisoformat(row["ts"]) < end
        and row["ms_played"] >= THIRTY_SECONDS_MS
    )
    async with client.websocket() as ws:
        await wait_statistic(ws)
        answer = await ws.command(
            {
                "type": "recorder/statistics_during_period",
                "start_time": start.isoformat(),
                "end_time": end.isoformat(),
                "statistic_ids": [statistic],
                "period": "month",
                "types": ["change"],
            }
        )
    # The answer runs to the month of end_time; the first month is last month.
    month = answer[statistic][0]
    assert month["start"] == start.timestamp() * 1000
    assert month["change"] == pytest.approx(expected_ms / 60_000, abs=1)


async def test_dashboard_loads_without_console_errors(
    client: HomeAssistantClient, demo_server: DemoServer, tmp_path: Path
) -> None:
    """The demo dashboard renders its cards in headless Chromium, and nothing logs an error."""
    shots = shots_folder(tmp_path)
    async with client.websocket() as ws:
        await wait_statistic(ws)  # the statistics graph has something to draw
    async with browser_as(client, demo_server, tmp_path / "profile") as page:
        try:
            await page.goto(f"{demo_server.base_url}/lovelace/music")
            await page.wait_for("hui-media-control-card", count=4, timeout=60)
            await page.wait_for("svg.heatmap", timeout=30)
            # The chart's legend appears once its statistics have arrived.
            await page.wait_for_text("listening time (change)", timeout=30)
            await page.screenshot(shots / "dashboard.png")

            await page.goto(
                f"{demo_server.base_url}/config/integrations/dashboard/add?domain=encore"
            )
            # The frontend asks first, as it does for every link to a new flow.
            await page.click("ha-button, mwc-button, button", "OK", timeout=60)
            await page.wait_for("step-flow-menu", timeout=60)
            await page.wait_for_text("Sonos speakers, by IP address", timeout=30)
            # The history settings exist: not offered again (43.16).
            menu = " ".join(await page.deep_texts("step-flow-menu"))
            assert "Listening history settings" not in menu
            await page.screenshot(shots / "config-flow.png")
        except TimeoutError:
            await page.screenshot(tmp_path / "timeout.png")
            shown = await page.deep_texts("hui-error-card")
            shown.append(
                await page.evaluate(
                    "`Encore's cards defined: ${!!customElements.get('encore-stats-card')}`"
                )
            )
            raise AssertionError(
                f"the page did not show what was expected; see {tmp_path / 'timeout.png'}"
                + "".join(f"\nconsole: {error}" for error in page.errors)
                + "".join(f"\nerror card: {text}" for text in shown)
            ) from None
        unexpected = [error for error in page.errors if not CORE_BRAND.search(error)]
        assert not unexpected, "\n".join(unexpected)


async def test_the_home_assistant_under_test(client: HomeAssistantClient) -> None:
    """The demo runs on the release this leg is for (scripts/test's second leg: the newest).

    Without `ENCORE_EXPECT_HA` the server is this venv's Home Assistant.
    """
    expected = os.environ.get("ENCORE_EXPECT_HA") or ha_const.__version__
    config = await client.get("/api/config")
    assert config["version"] == expected
    assert "encore" in config["components"]


async def test_cover_art_comes_from_the_demo(client: HomeAssistantClient) -> None:
    """The Spotify player's picture is the fake Spotify's own image, not Spotify's CDN's.

    Home Assistant fetches a player's picture for the browser (its media
    player proxy); the demo's pictures are on 127.0.0.1 (issue 43.18).
    """
    player = await client.state("media_player.demo_listener")
    await client.post(
        "/api/services/media_player/select_source",
        {
            "entity_id": "media_player.demo_listener",
            "source": player["attributes"]["source_list"][0],
        },
    )
    await client.post(
        "/api/services/media_player/play_media",
        {
            "entity_id": "media_player.demo_listener",
            "media_content_id": "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M",
            "media_content_type": "playlist",
        },
    )
    playing = await _wait_state(
        client,
        "media_player.demo_listener",
        lambda state: bool(state["attributes"].get("entity_picture")),
    )
    picture = playing["attributes"]["entity_picture"]
    async with client.session.get(
        f"{client.base_url}{picture}", headers=client.headers
    ) as answer:
        assert answer.status == 200, picture
        assert answer.content_type == "image/png"
        assert (await answer.read()).startswith(b"\x89PNG")
    await client.post(
        "/api/services/media_player/media_pause",
        {"entity_id": "media_player.demo_listener"},
    )


async def test_the_dashboard_in_german(
    demo_server: DemoServer, tmp_path: Path, socket_enabled: None
) -> None:
    """A German user sees the demo dashboard's labels in German (issue 43.18).

    The viewer chose German in their profile (kept by Home Assistant, as the
    profile page keeps it); a browser that never saw them shows it German.
    """
    german = LABELS["de"]
    english = LABELS["en"]
    async with aiohttp.ClientSession() as session:
        viewer = HomeAssistantClient(demo_server.base_url, session)
        await viewer.login(VIEWER_USER, VIEWER_PASSWORD)
        async with viewer.websocket() as ws:
            await ws.command(
                {
                    "type": "frontend/set_user_data",
                    "key": "language",
                    "value": {"language": "de"},
                }
            )
        try:
            async with browser_as(viewer, demo_server, tmp_path / "profile") as page:
                await page.goto(f"{demo_server.base_url}/lovelace/music")
                await page.wait_for("hui-media-control-card", count=4, timeout=60)
                for key in (*LISTENING_ROWS, "listening", "minutes_per_day"):
                    await page.wait_for_text(german[key])
                shown = await page.evaluate(PAGE_TEXT)
                errors = [e for e in page.errors if not CORE_BRAND.search(e)]
        finally:
            async with viewer.websocket() as ws:
                await ws.command(
                    {
                        "type": "frontend/set_user_data",
                        "key": "language",
                        "value": {"language": "en"},
                    }
                )
    for key in (*LISTENING_ROWS, "minutes_per_day"):
        assert english[key] not in shown, english[key]
    assert not errors, "\n".join(errors)


async def _assist(ws: WebSocket, pipeline: str, text: str) -> str:
    """Ask `text` through an Assist pipeline, as the Assist dialog does; return the speech."""
    message_id = 9_000
    await ws.connection.send_json(
        {
            "id": message_id,
            "type": "assist_pipeline/run",
            "start_stage": "intent",
            "end_stage": "intent",
            "input": {"text": text},
            "pipeline": pipeline,
        }
    )
    async with asyncio.timeout(60):
        while True:
            answer = await ws.connection.receive_json()
            if answer.get("id") != message_id:
                continue
            if answer["type"] == "result":
                assert answer["success"], answer
                continue
            event = answer["event"]
            if event["type"] == "error":
                raise AssertionError(event)
            if event["type"] == "intent-end":
                output = event["data"]["intent_output"]
                speech: str = output["response"]["speech"]["plain"]["speech"]
                return speech


async def test_a_german_question_to_the_german_assistant(
    client: HomeAssistantClient, demo_server: DemoServer
) -> None:
    """The demo has a German Assist pipeline; a German question to it is answered in German."""
    config = await client.get("/api/config")
    expected = artist_plays_last_month(
        demo_server.export, ZoneInfo(config["time_zone"])
    )
    (best, plays), (_, second) = expected.most_common(2)
    async with client.websocket() as ws:
        listed = await ws.command({"type": "assist_pipeline/pipeline/list"})
        (german,) = [
            pipeline for pipeline in listed["pipelines"] if pipeline["language"] == "de"
        ]
        assert german["conversation_language"] == "de"
        answer = await _assist(
            ws, german["id"], "Wen habe ich letzten Monat am meisten gehört?"
        )
    assert re.search(rf"\b{plays} (Mal|Wiedergaben)\b", answer), answer
    assert "gehört" in answer
    if plays > second:
        assert best in answer


def test_the_dashboard_speaks_every_language_encore_does() -> None:
    """The demo dashboard has its labels in each of Encore's languages, every label in each."""
    translations = Path(__file__).parents[2] / "custom_components/encore/translations"
    languages = {path.stem for path in translations.glob("*.json")}
    assert set(LABELS) == languages
    assert set(DASHBOARD["strategy"]["dashboards"]) == languages
    for language, words in LABELS.items():
        assert words.keys() == LABELS["en"].keys(), language
        assert all(text.strip() for text in words.values()), language
