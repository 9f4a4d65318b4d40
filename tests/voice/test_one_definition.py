"""One figure, one definition: every view and action asked for the same period agrees.

Issue 43.3: this year's listening time was 6,009 min on the overview (every
stream's time, skips included), 5,946 from `listening_stats` (the counted
plays' time) and 5,931 in the recap (the counted music and podcasts, whole
minutes); Assist said every stream's time too. Listening time is the time of
the plays the rule counts, everywhere (`questions.families.PeriodTotals`);
plays, artists and songs are the counted plays'.

Each figure is counted again here in plain Python from the test's plays, and
asked of every door: the actions (`listening_stats` of everything, music and
podcasts, `play_count`, `recap`), the websocket commands the page reads
(`listening_stats`, `minutes_by_day`, `item`), the LLM tool and Assist.
"""

from collections import defaultdict
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import Context, HomeAssistant

from custom_components.encore.const import DOMAIN
from custom_components.encore.history.models import PlayKind

from .test_llm import call as call_tool
from .test_voice import (
    Play,
    ask,
    duration,
    history,  # noqa: F401 - a fixture
    mine,
    tracks,
)

PERIODS = {
    "today": "today",
    "yesterday": "yesterday",
    "this_month": "this month",
    "last_month": "last month",
    "this_year": "this year",
}


def minutes(ms: int) -> int:
    """Whole minutes, half up: what the recap and the spoken answers say."""
    return (ms + 30_000) // 60_000


async def action(hass: HomeAssistant, service: str, **data: Any) -> dict[str, Any]:
    """An Encore action's answer, as Ada asks it."""
    response = await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=True,
        context=Context(user_id="ada-user"),
    )
    assert isinstance(response, dict)
    return response


def figures(plays: list[Play]) -> dict[str, int]:
    """Plays, milliseconds, artists and songs of the counted plays."""
    music = tracks(plays)
    return {
        "plays": len(plays),
        "ms": sum(play.ms for play in plays),
        "artists": len({play.artist for play in music}),
        "songs": len({(play.artist, play.title) for play in music}),
    }


@pytest.mark.parametrize("period", list(PERIODS))
async def test_every_view_counts_the_same_listening(
    hass: HomeAssistant,
    history: MockConfigEntry,  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    period: str,
) -> None:
    """Listening time, plays, artists and songs: the same through every door."""
    counted = mine(period)
    everything = figures(counted)
    music = figures(tracks(counted))
    podcasts = figures([p for p in counted if p.kind is PlayKind.EPISODE])
    # The test data has skips in every period asked: every stream's time differs.
    assert sum(p.ms for p in mine(period, counted=False)) != everything["ms"]

    stats = await action(hass, "listening_stats", period=period)
    assert (stats["totals"]["plays"], stats["totals"]["ms_played"]) == (
        everything["plays"],
        everything["ms"],
    )
    assert stats["totals"]["minutes"] == round(everything["ms"] / 60_000, 1)
    assert (stats["totals"]["artists"], stats["totals"]["tracks"]) == (
        music["artists"],
        music["songs"],
    )
    of_music = await action(hass, "listening_stats", period=period, content="music")
    assert of_music["totals"]["ms_played"] == music["ms"]
    assert of_music["totals"]["plays"] == music["plays"]
    count = await action(hass, "play_count", period=period)
    assert (count["plays"], count["ms_played"]) == (
        everything["plays"],
        everything["ms"],
    )

    recap = await action(hass, "recap", period=period)
    if everything["plays"]:
        assert recap["music"]["minutes"] == minutes(music["ms"])
        assert recap["music"]["plays"] == music["plays"]
        assert recap["music"]["artists"] == music["artists"]
        assert recap["music"]["songs"] == music["songs"]
        if podcasts["plays"]:
            assert recap["podcasts"]["minutes"] == minutes(podcasts["ms"])

    # What the page reads: the tile's time is listening_stats' counted time.
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "encore/listening_stats", "period": period})
    page = (await client.receive_json())["result"]
    assert page["totals"] == stats["totals"]
    # The bars add up to it, each day rounded as the chart shows it.
    await client.send_json_auto_id({"type": "encore/minutes_by_day", "period": period})
    days = (await client.receive_json())["result"]["days"]
    by_day: defaultdict[str, int] = defaultdict(int)
    for play in counted:
        by_day[play.ended.date().isoformat()] += play.ms
    assert days == [[day, minutes(ms)] for day, ms in sorted(by_day.items())]

    tool = await call_tool(hass, "encore__listening_time", period=period)
    assert (tool.data["plays"], tool.data["ms_played"]) == (  # type: ignore[index]
        everything["plays"],
        everything["ms"],
    )
    heard = await ask(hass, f"how long did I listen {PERIODS[period]}")
    if everything["plays"]:
        assert f" for {duration(everything['ms'])}" in heard.speech, heard.speech
        assert f"{everything['plays']} plays" in heard.speech, heard.speech
