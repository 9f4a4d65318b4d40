"""LLM tools: read-only questions about the history, for agents and MCP clients."""

from collections import Counter
from collections.abc import AsyncGenerator
from datetime import timedelta
from http import HTTPStatus
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_LLM_HASS_API
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import llm
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN
from custom_components.encore.history.models import PlayKind

from .test_voice import (
    ACCOUNT,
    PLAYS,
    TODAY,
    _at,
    async_setup_history,
    async_setup_two_accounts,
    clock,
    mine,
    ranking,
    tracks,
)

TOOLS = {
    "encore__top_items",
    "encore__listening_time",
    "encore__play_count",
    "encore__first_last_play",
    "encore__what_played",
    "encore__taste_summary",
    "encore__habits",
    "encore__recap",
}


@pytest.fixture
async def history(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> AsyncGenerator[MockConfigEntry]:
    """The history with its plays."""
    entry = await async_setup_history(hass, freezer, tmp_path)
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


def llm_context(
    user_id: str | None = "ada-user", language: str = "en"
) -> llm.LLMContext:
    """A request of an LLM agent on behalf of a user."""
    return llm.LLMContext(
        platform="test",
        context=Context(user_id=user_id),
        language=language,
        assistant="conversation",
        device_id=None,
    )


async def call(
    hass: HomeAssistant, tool: str, context: llm.LLMContext | None = None, **args: Any
) -> llm.ToolResult:
    """Call one of Encore's tools through its LLM API."""
    api = await llm.async_get_api(hass, "encore", context or llm_context())
    return await api.async_call_tool(llm.ToolInput(tool_name=tool, tool_args=args))


@pytest.mark.usefixtures("history")
async def test_the_api_lists_read_only_tools(hass: HomeAssistant) -> None:
    """Eight tools, each titled, tagged with Encore and only reading."""
    api = await llm.async_get_api(hass, "encore", llm_context())
    assert api.api.name == "Encore listening history"
    assert {tool.name for tool in api.tools} == TOOLS
    for tool in api.tools:
        assert tool.title
        assert tool.description
        assert tool.integration == DOMAIN
        assert tool.annotations.read_only
        assert not tool.annotations.destructive
        assert not tool.annotations.open_world


@pytest.mark.usefixtures("history")
async def test_the_assist_api_carries_the_tools(hass: HomeAssistant) -> None:
    """Agents using Assist get the same tools from Encore's llm platform."""
    assert await async_setup_component(hass, "llm", {})
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, llm_context())
    assert {tool.name for tool in api.tools} >= TOOLS
    assert "encore__" in api.api_prompt


@pytest.mark.usefixtures("history")
async def test_top_items(hass: HomeAssistant) -> None:
    """Top artists of a month, as data and as a sentence."""
    result = await call(hass, "encore__top_items", period="this_month", limit=3)
    assert not result.error
    expected = ranking(tracks(mine("this_month")), lambda p: p.artist)[:3]
    items = result.data["items"]
    assert isinstance(items, list)
    assert [(item["name"], item["plays"]) for item in items] == expected
    assert result.data["period"]["name"] == "this_month"
    assert result.data["accounts"] == ["Ada"]
    assert str(result.data["answer"]).startswith("This month you listened most to ")


@pytest.mark.usefixtures("history")
async def test_top_tracks_by_time(hass: HomeAssistant) -> None:
    """Ranked by time listened, the milliseconds decide."""
    result = await call(
        hass, "encore__top_items", kind="track", rank_by="time", period="last_year"
    )
    listened: dict[str, int] = {}
    for play in tracks(mine("last_year")):
        listened[play.title] = listened.get(play.title, 0) + play.ms
    best = max(listened.items(), key=lambda item: item[1])
    first = result.data["items"][0]  # type: ignore[index]
    assert (first["name"], first["ms_played"]) == best  # type: ignore[index]


@pytest.mark.usefixtures("history")
async def test_listening_time(hass: HomeAssistant) -> None:
    """Plays and milliseconds of today (the default period)."""
    result = await call(hass, "encore__listening_time")
    today = mine("today")
    assert result.data["period"]["name"] == "today"  # type: ignore[index]
    assert result.data["plays"] == len(today)
    assert result.data["ms_played"] == sum(play.ms for play in today)
    # Every stream's time, skips too: what the listening time sensors show.
    streamed = sum(play.ms for play in mine("today", counted=False))
    assert result.data["ms_streamed"] == streamed
    assert str(result.data["answer"]).startswith("Today you listened for ")


@pytest.mark.usefixtures("history")
async def test_play_count(hass: HomeAssistant) -> None:
    """A track with its artist, in a period; the match is reported."""
    result = await call(
        hass,
        "encore__play_count",
        track="bohemian rhapsody",
        artist="Queen",
        period="this_year",
    )
    count = sum(1 for p in mine("this_year") if p.title == "Bohemian Rhapsody")
    assert result.data["plays"] == count
    match = result.data["match"]
    assert match is not None
    assert match["name"] == "Bohemian Rhapsody"  # type: ignore[index,call-overload]
    assert match["artist"] == "Queen"  # type: ignore[index,call-overload]


@pytest.mark.usefixtures("history")
async def test_play_count_of_an_unknown_name(hass: HomeAssistant) -> None:
    """Nothing matched is data too."""
    result = await call(hass, "encore__play_count", artist="Nobody At All")
    assert not result.error
    assert result.data["match"] is None
    assert result.data["plays"] == 0


@pytest.mark.usefixtures("history")
async def test_first_and_last_play(hass: HomeAssistant) -> None:
    """Both plays come back, with their local times."""
    result = await call(hass, "encore__first_last_play", artist="Air")
    plays = [p for p in mine() if p.artist == "Air"]
    first = min(plays, key=lambda p: p.started)
    last = max(plays, key=lambda p: p.started)
    assert result.data["first"]["started_at"] == first.started.isoformat()  # type: ignore[index,call-overload]
    assert result.data["first"]["title"] == first.title  # type: ignore[index,call-overload]
    assert result.data["last"]["started_at"] == last.started.isoformat()  # type: ignore[index,call-overload]
    answer = str(result.data["answer"])
    assert answer.startswith("You first listened to Air on ")
    assert "You last listened to Air " in answer


@pytest.mark.usefixtures("history")
async def test_what_played(hass: HomeAssistant) -> None:
    """A moment gives its play; a period its newest plays first."""
    moment = _at(TODAY - timedelta(days=1), 20)
    result = await call(hass, "encore__what_played", at=moment.isoformat())
    (playing,) = [
        p for p in PLAYS if p.account == ACCOUNT and p.started <= moment < p.ended
    ]
    assert result.data["play"]["title"] == playing.title  # type: ignore[index,call-overload]

    result = await call(
        hass, "encore__what_played", period="yesterday", limit=3, rule="all"
    )
    newest = sorted(mine("yesterday", counted=False), key=lambda p: p.started)[-3:]
    recent = result.data["recent"]
    assert [row["title"] for row in recent] == [p.title for p in reversed(newest)]  # type: ignore[index,union-attr]


@pytest.mark.usefixtures("history")
async def test_taste_summary(hass: HomeAssistant) -> None:
    """The taste summary names the leading artists."""
    result = await call(hass, "encore__taste_summary")
    assert not result.error
    expected = [name for name, _ in ranking(tracks(mine()), lambda p: p.artist)[:3]]
    assert str(result.data["answer"]).startswith(
        f"Overall your taste is led by {expected[0]}, {expected[1]} and {expected[2]}"
    )


@pytest.mark.usefixtures("history")
async def test_bad_arguments_are_errors_not_exceptions(hass: HomeAssistant) -> None:
    """Invalid arguments come back as an error result the LLM can read."""
    for tool, args in (
        ("encore__top_items", {"kind": "genre"}),
        ("encore__top_items", {"period": "custom"}),
        ("encore__top_items", {"period": "custom", "start": "yesterday"}),
        (
            "encore__top_items",
            {"period": "custom", "start": "2026-11-10", "end": "2026-11-01"},
        ),
        ("encore__play_count", {}),
        ("encore__what_played", {"at": "at eight"}),
        ("encore__top_items", {"when": "in the kitchen"}),
        ("encore__habits", {"habit": "genres"}),
    ):
        result = await call(hass, tool, **args)
        assert result.error, (tool, args)
        assert "error" in result.data


@pytest.mark.usefixtures("history")
async def test_days_alone_and_days_that_do_not_fit(hass: HomeAssistant) -> None:
    """Days alone are the last days; with another period, an error result."""
    result = await call(hass, "encore__listening_time", days=2)
    assert result.data["period"]["name"] == "last_days"  # type: ignore[index]
    two_days = [
        p
        for p in PLAYS
        if p.account == ACCOUNT
        and p.counted
        and p.started.date() >= TODAY - timedelta(days=1)
    ]
    assert result.data["plays"] == len(two_days)
    result = await call(hass, "encore__top_items", period="this_week", days=30)
    assert result.error
    assert "days" in str(result.data["error"])  # type: ignore[index]


@pytest.mark.usefixtures("history")
async def test_a_custom_period(hass: HomeAssistant) -> None:
    """Start and end days, both included."""
    first, last = TODAY - timedelta(days=6), TODAY - timedelta(days=2)
    result = await call(
        hass,
        "encore__listening_time",
        period="custom",
        start=first.isoformat(),
        end=last.isoformat(),
    )
    expected = [
        p
        for p in PLAYS
        if p.account == ACCOUNT and p.counted and first <= p.started.date() <= last
    ]
    assert result.data["plays"] == len(expected)


async def test_i_is_the_asking_user(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    tmp_path: Path,
    hass_admin_user: MockUser,
) -> None:
    """With two accounts, "I" is the one linked to the asking user's person."""
    entry = await async_setup_two_accounts(hass, freezer, tmp_path, hass_admin_user.id)

    linked = await call(
        hass, "encore__listening_time", llm_context(hass_admin_user.id), period="today"
    )
    assert linked.data["plays"] == len(mine("today"))
    assert linked.data["whose"] is None

    everybody = await call(
        hass, "encore__listening_time", llm_context("someone-else"), period="today"
    )
    today_all = [p for p in PLAYS if p.started.date() == TODAY and p.counted]
    assert everybody.data["plays"] == len(today_all)
    assert everybody.data["whose"]
    assert str(everybody.data["answer"]).endswith(f"({everybody.data['whose']})")
    await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.usefixtures("history")
async def test_german_answers(hass: HomeAssistant) -> None:
    """The sentence beside the data is in the request's language."""
    result = await call(
        hass, "encore__listening_time", llm_context(language="de-DE"), period="today"
    )
    assert str(result.data["answer"]).startswith("Heute hast du ")


@pytest.mark.usefixtures("history")
async def test_a_closed_history_is_an_error_result(
    hass: HomeAssistant, history: MockConfigEntry
) -> None:
    """No exception reaches the agent."""
    await hass.config_entries.async_unload(history.entry_id)
    await hass.async_block_till_done()
    result = await call(hass, "encore__listening_time")
    assert result.error
    assert "not available" in str(result.data["error"])


async def test_the_mcp_server_lists_and_calls_the_tools(
    hass: HomeAssistant,
    history: MockConfigEntry,
    hass_client: ClientSessionGenerator,
) -> None:
    """An MCP server entry serving the `encore` API lists and calls them."""
    assert await async_setup_component(hass, "homeassistant", {})
    server = MockConfigEntry(
        domain="mcp_server",
        data={
            CONF_LLM_HASS_API: ["encore"],
            "all_llm_apis": False,
            "require_admin": True,
        },
        version=1,
        minor_version=3,
    )
    server.add_to_hass(hass)
    assert await hass.config_entries.async_setup(server.entry_id)
    await hass.async_block_till_done()
    client = await hass_client()
    headers = {"Accept": "application/json, text/event-stream"}

    async def rpc(method: str, params: dict[str, Any]) -> dict[str, Any]:
        response = await client.post(
            "/api/mcp",
            json={"jsonrpc": "2.0", "id": 1, "method": method, "params": params},
            headers=headers,
        )
        assert response.status == HTTPStatus.OK
        body: dict[str, Any] = await response.json()
        return body["result"]

    listed = await rpc("tools/list", {})
    tools = {tool["name"]: tool for tool in listed["tools"]}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool["title"]
        assert tool["annotations"]["readOnlyHint"] is True
        assert tool["annotations"]["destructiveHint"] is False
    top = tools["encore__top_items"]["inputSchema"]["properties"]
    assert top["kind"]["enum"] == ["artist", "track", "album", "show"]
    assert top["period"]["description"]

    called = await rpc(
        "tools/call",
        {"name": "encore__listening_time", "arguments": {"period": "today"}},
    )
    assert called["isError"] is False
    data = json.loads(called["content"][0]["text"])
    assert data["plays"] == len(mine("today"))
    assert [p for p in PLAYS if p.kind is PlayKind.EPISODE]


@pytest.mark.usefixtures("history")
async def test_a_period_in_words(hass: HomeAssistant) -> None:
    """Words of a period are read as Assist reads them, in English or German."""
    saturday = TODAY - timedelta(days=6)  # TODAY is a Friday
    on_saturday = [
        p
        for p in PLAYS
        if p.account == ACCOUNT and p.counted and p.ended.date() == saturday
    ]
    result = await call(hass, "encore__listening_time", when="on Saturday")
    assert not result.error
    assert result.data["period"]["start"] == _at(saturday, 0).isoformat()  # type: ignore[index,call-overload]
    assert result.data["plays"] == len(on_saturday)
    assert str(result.data["answer"]).startswith("On Saturday you listened for ")
    result = await call(
        hass, "encore__listening_time", llm_context(language="de"), when="am Samstag"
    )
    assert result.data["plays"] == len(on_saturday)
    assert str(result.data["answer"]).startswith("Am Samstag hast du ")
    # A moment: the play going on then.
    result = await call(hass, "encore__what_played", when="yesterday at 8 pm")
    moment = _at(TODAY - timedelta(days=1), 20)
    (playing,) = [
        p for p in PLAYS if p.account == ACCOUNT and p.started <= moment < p.ended
    ]
    assert result.data["play"]["title"] == playing.title  # type: ignore[index,call-overload]


@pytest.mark.usefixtures("history")
async def test_habits(hass: HomeAssistant) -> None:
    """Skips and the streak, counted again over the plays."""
    result = await call(hass, "encore__habits", habit="skips", period="this_month")
    streams = mine("this_month", counted=False)
    skipped = sum(1 for p in streams if not p.counted)
    assert result.data["streams"] == len(streams)
    assert result.data["skip_rate"] == pytest.approx(skipped / len(streams))
    assert f"{skipped} of {len(streams)} streams" in str(result.data["answer"])
    result = await call(hass, "encore__habits", habit="streak")
    days = {p.ended.date() for p in mine()}
    current = 0
    while TODAY - timedelta(days=current) in days:
        current += 1
    assert result.data["streaks"]["current_days"] == current  # type: ignore[index,call-overload]


@pytest.mark.usefixtures("history")
async def test_the_last_play_of_anything(hass: HomeAssistant) -> None:
    """Without an artist or a track: the last thing played."""
    result = await call(hass, "encore__first_last_play")
    last = max(mine(), key=lambda p: p.started)
    assert result.data["last"]["title"] == last.title  # type: ignore[index,call-overload]
    assert str(result.data["answer"]).startswith(
        f"The last thing you played was {last.title} by {last.artist}, today at "
    )


@pytest.mark.usefixtures("history")
async def test_most_skipped_and_new_artists(hass: HomeAssistant) -> None:
    """The most skipped tracks or artists, and every new artist counted."""
    streams = [p for p in mine("this_year", counted=False) if p.kind is PlayKind.TRACK]
    for kind, key in (("track", "title"), ("artist", "artist")):
        result = await call(
            hass,
            "encore__habits",
            habit="most_skipped",
            kind=kind,
            limit=3,
            period="this_year",
        )
        skips = Counter(getattr(p, key) for p in streams if not p.counted)
        every = Counter(getattr(p, key) for p in streams)
        ranked = sorted(skips, key=lambda name: (-skips[name], every[name]))[:3]
        assert [
            (entry["name"], entry["skips"], entry["streams"])
            for entry in result.data["most_skipped"]  # type: ignore[union-attr]
        ] == [(name, skips[name], every[name]) for name in ranked]
        assert str(result.data["answer"]).startswith(
            f"This year the {'song' if kind == 'track' else 'artist'} you skipped"
            f" most was {ranked[0]}"
        )
    result = await call(hass, "encore__habits", habit="new_artists", period="this_year")
    assert result.data["count"] == 0
    result = await call(hass, "encore__habits", habit="new_artists")
    assert result.data["count"] == len(
        {p.artist for p in mine() if p.kind is PlayKind.TRACK}
    )


@pytest.mark.usefixtures("history")
async def test_first_and_last_play_of_a_period(hass: HomeAssistant) -> None:
    """Without a name but with a period: its first and last play."""
    result = await call(hass, "encore__first_last_play", when="this morning")
    morning = [p for p in mine("today") if _at(TODAY, 5) <= p.ended < _at(TODAY, 12)]
    first = min(morning, key=lambda p: p.ended)
    last = max(morning, key=lambda p: p.ended)
    assert result.data["first"]["title"] == first.title  # type: ignore[index,call-overload]
    assert result.data["last"]["title"] == last.title  # type: ignore[index,call-overload]
    assert str(result.data["answer"]) == (
        f"This morning the first thing you played was {first.title} by"
        f" {first.artist}, at 8 AM. This morning the last thing you played was"
        f" {last.title} by {last.artist}, at {clock(last.started)}."
    )
