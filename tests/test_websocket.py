"""The websocket commands the listening page and the cards read.

Each reading command must answer what the action answers, for the same
user; admin commands refuse other users; the subscription pushes fresh
figures once per burst of plays.
"""

from collections import defaultdict
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.actions.websocket import PUSH_COOLDOWN
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import Source
from tests.history.imports.test_import import (
    expected_extended,
    exports_dir,
    raw_rows,
    zip_folder,
)

from .test_services import (
    ADA,
    BOB,
    WEEK_START,
    Play,
    call,
    history,  # noqa: F401 - a fixture
    lines,
    people,  # noqa: F401 - a fixture
    ranking,
    select_plays,
)

type Client = Any


async def ws(client: Client, command: str, **data: Any) -> dict[str, Any]:
    """Send a command and return its successful result."""
    await client.send_json_auto_id({"type": f"encore/{command}", **data})
    answer = await client.receive_json()
    assert answer["success"], answer
    result: dict[str, Any] = answer["result"]
    return result


async def ws_error(client: Client, command: str, **data: Any) -> dict[str, Any]:
    """Send a command and return its error."""
    await client.send_json_auto_id({"type": f"encore/{command}", **data})
    answer = await client.receive_json()
    assert not answer["success"], answer
    error: dict[str, Any] = answer["error"]
    return error


@pytest.mark.parametrize(
    ("service", "data"),
    [
        ("top_items", {"period": "this_week"}),
        ("top_items", {"kind": "track", "rank_by": "time", "period": "all_time"}),
        ("listening_stats", {"period": "this_month"}),
        ("play_history", {"artist": "arca", "rule": "30s"}),
        ("play_count", {"artist": "Björk", "period": "all_time"}),
        ("sync_status", {}),
    ],
)
async def test_commands_answer_what_the_actions_answer(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    people: dict[str, str],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    service: str,
    data: dict[str, Any],
) -> None:
    """Same answer, same "me": Ada (admin) and Bob (not admin) each get theirs."""
    for user, token in (("ada", None), ("bob", hass_read_only_access_token)):
        client = (
            await hass_ws_client(hass, token) if token else await hass_ws_client(hass)
        )
        answer = await ws(client, service, **data)
        assert answer == await call(hass, service, data, user_id=people[user])
        if service != "sync_status":
            assert answer["accounts"] == [user.title()]


async def test_everyone_and_an_account(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The household's history beside "me" (Ada) and a named account (Bob)."""
    client = await hass_ws_client(hass)
    mine = await ws(client, "top_items", period="this_week")
    assert lines(mine["items"]) == ranking(
        select_plays(ADA, WEEK_START), "artist", by_time=False
    )
    everyone = await ws(client, "top_items", period="this_week", everyone=True)
    assert everyone["said"] == "for all accounts (Ada, Bob, Sonos (Kitchen))"
    assert lines(everyone["items"]) == ranking(
        select_plays(None, WEEK_START), "artist", by_time=False
    )
    bob = await ws(
        client,
        "top_items",
        period="this_week",
        config_entry_id=history["bob"].entry_id,
    )
    assert bob["accounts"] == ["Bob"]
    assert lines(bob["items"]) == ranking(
        select_plays(BOB, WEEK_START), "artist", by_time=False
    )


async def test_info_lists_the_accounts_and_the_users_role(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """Whose histories the page offers; admin pages only for admins."""
    admin = await ws(await hass_ws_client(hass), "info")
    assert admin["is_admin"] is True
    assert admin["history_open"] is True
    assert [
        (a["title"], a["kind"], a["persons"], a["mine"]) for a in admin["accounts"]
    ] == [
        ("Ada", "spotify", ["Ada"], True),
        ("Bob", "spotify", ["Bob"], False),
        ("Sonos (Kitchen)", "sonos", [], False),
    ]
    # The household's plays are the accounts': the page does not offer it
    # as whose history to show (issue 33.14).
    assert [(a["title"], a["has_plays"]) for a in admin["accounts"]] == [
        ("Ada", True),
        ("Bob", True),
        ("Sonos (Kitchen)", False),
    ]
    reader = await ws(await hass_ws_client(hass, hass_read_only_access_token), "info")
    assert reader["is_admin"] is False
    assert [a["mine"] for a in reader["accounts"]] == [False, True, False]


async def test_minutes_by_day(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Listening time per local day: every counted play on the day it ended."""
    client = await hass_ws_client(hass)
    answer = await ws(client, "minutes_by_day", period="all_time", everyone=True)
    expected: defaultdict[str, int] = defaultdict(int)
    for play in select_plays(None, None):
        expected[play.ended_at.date().isoformat()] += play.ms
    assert answer["days"] == [
        [day, (ms + 30_000) // 60_000] for day, ms in sorted(expected.items())
    ]
    assert answer["period"]["name"] == "all_time"
    # A period and an account narrow it.
    answer = await ws(
        client,
        "minutes_by_day",
        period="today",
        config_entry_id=history["bob"].entry_id,
    )
    assert answer["days"] == [["2026-03-04", 10]]


async def test_item_page(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """An artist: the period's count and plays, first and last of all time."""
    client = await hass_ws_client(hass)
    answer = await ws(client, "item", artist="arca", period="today")
    arca = [p for p in select_plays(ADA, None) if p.artist == "Arca"]
    today = [p for p in arca if p.ended.startswith("2026-03-04")]
    assert answer["match"]["name"] == "Arca"
    assert [row["title"] for row in answer["plays"]] == [p.title for p in today]
    assert answer["count"] == len(today)
    assert answer["ms_played"] == sum(p.ms for p in today)
    assert answer["first"]["title"] == "a1"
    assert answer["last"]["title"] == "a2"
    assert answer["last"]["device"] == "Phone"


async def test_item_page_draws_every_play_of_the_period(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Days, hours, devices and titles are of every counted play, not the latest listed.

    Issue 43.3: the page drew them from the latest 50 plays under tiles for
    the whole period ("494 plays" over devices adding up to 50). With one
    play listed, the lists still add up to the count.
    """
    monkeypatch.setattr("custom_components.encore.actions.websocket.ITEM_PLAYS", 1)
    client = await hass_ws_client(hass)
    answer = await ws(client, "item", artist="arca", period="this_week")
    arca = [p for p in select_plays(ADA, WEEK_START) if p.artist == "Arca"]
    assert answer["count"] == len(arca) == 3
    assert len(answer["plays"]) == 1
    devices: defaultdict[str, int] = defaultdict(int)
    titles: defaultdict[str, int] = defaultdict(int)
    days: defaultdict[str, int] = defaultdict(int)
    hours = [0] * 24
    for play in arca:
        devices[play.device] += 1
        titles[play.title] += 1
        days[play.ended_at.date().isoformat()] += play.ms
        hours[play.ended_at.hour] += play.ms
    assert answer["devices"] == sorted(
        ([name, count] for name, count in devices.items()),
        key=lambda entry: (-entry[1], entry[0]),
    )
    assert sum(count for _, count in answer["devices"]) == answer["count"]
    assert answer["tracks"] == [["a2", 2], ["a1", 1]]
    assert answer["days"] == [
        [day, (ms + 30_000) // 60_000] for day, ms in sorted(days.items())
    ]
    assert answer["hours"] == [(ms + 30_000) // 60_000 for ms in hours]
    # Nothing of that name: nothing to draw.
    missing = await ws(client, "item", artist="nobody at all", period="this_week")
    assert missing["match"] is None
    assert (missing["devices"], missing["tracks"], missing["days"]) == ([], [], [])


async def test_wrong_input_is_a_translated_error(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A period that makes no sense, a limit too high, an unknown account."""
    client = await hass_ws_client(hass)
    error = await ws_error(client, "top_items", period="last_days")
    assert error["code"] == "home_assistant_error"
    assert error["translation_key"] == "period_invalid_days"
    error = await ws_error(client, "top_items", limit=500)
    assert error["code"] == "invalid_format"
    error = await ws_error(client, "play_count", config_entry_id="nope")
    assert error["translation_key"] == "unknown_entry"


async def test_admin_commands_refuse_other_users(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    hass_read_only_user: MockUser,
) -> None:
    """Importing, exporting, purging and import progress are for admins."""
    client = await hass_ws_client(hass, hass_read_only_access_token)
    ada = history["ada"].entry_id
    for command, data in (
        ("purge_history", {"all": True}),
        ("export_history", {"path": "/media/x.csv"}),
        ("import_upload", {"config_entry_id": ada, "file_id": "x"}),
        ("subscribe_imports", {}),
    ):
        error = await ws_error(client, command, **data)
        assert error["code"] == "unauthorized", command
    # Nothing was deleted.
    stats = await ws(client, "play_count", period="all_time", everyone=True)
    assert stats["plays"] == len(select_plays(None, None))


async def test_purge_by_an_admin(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """An admin's purge runs the action: Bob's plays go, Ada's stay."""
    client = await hass_ws_client(hass)
    answer = await ws(client, "purge_history", config_entry_id=history["bob"].entry_id)
    assert answer == {"deleted": len(select_plays(BOB, None, rule_30s=False))}
    left = await ws(client, "play_count", period="all_time", everyone=True)
    assert left["plays"] == len(select_plays(ADA, None))


async def test_subscription_pushes_once_per_burst(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The figures now, then again once after plays are recorded."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "encore/subscribe_stats", "period": "today"}
    )
    subscribed = await client.receive_json()
    assert subscribed["success"]
    first_id = subscribed["id"]
    first = (await client.receive_json())["event"]
    assert first["totals"]["plays"] == len(select_plays(ADA, "2026-03-04T00:00:00"))

    manager = async_get_manager(hass)
    # Two plays close together (a Sonos group ends a track in two rooms).
    for minute in (20, 25):
        play = Play(f"2026-03-04T21:{minute}:00", 200_000, "Arca", "a3")
        # As the player collector records it.
        record = play.record()._replace(source=Source.SPOTIFY_PLAYER)
        await manager.async_record([record], window_ms=60_000)
    freezer.tick(PUSH_COOLDOWN)
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    pushed = (await client.receive_json())["event"]
    assert pushed["totals"]["plays"] == first["totals"]["plays"] + 2
    # One push for the burst: the next message is the answer to a command.
    freezer.tick(PUSH_COOLDOWN * 2)
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    await client.send_json_auto_id(
        {"type": "unsubscribe_events", "subscription": first_id}
    )
    assert (await client.receive_json())["type"] == "result"


async def test_upload_import_with_progress(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    hass_client: Any,
    tmp_path: Path,
) -> None:
    """The page uploads an export, starts its import and follows it to the end."""
    config = tmp_path / "config"
    config.mkdir()
    hass.config.config_dir = str(config)
    assert await async_setup_component(hass, "file_upload", {})
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    archive = zip_folder(folder, tmp_path / "my_spotify_data.zip")
    http = await hass_client()
    with archive.open("rb") as handle:
        response = await http.post("/api/file_upload", data={"file": handle})
    file_id = (await response.json())["file_id"]

    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "encore/subscribe_imports"})
    assert (await client.receive_json())["success"]
    started = await ws(
        client,
        "import_upload",
        config_entry_id=history["ada"].entry_id,
        file_id=file_id,
    )
    assert started == {"account": ADA, "title": "Ada"}
    await hass.async_block_till_done(wait_background_tasks=True)
    events = []
    while (message := await client.receive_json())["type"] == "event":
        events.append(message["event"])
        if message["event"]["status"] != "running":
            break
    assert events[0]["status"] == "running"
    assert events[-1]["status"] == "completed"
    assert events[-1]["title"] == "Ada"
    expected = expected_extended(raw_rows(folder, "Streaming_History_Audio_*.json"))
    assert events[-1]["imported"] == len(expected)
