"""The recap by voice (English and German) and as an LLM tool.

The year and a half of Ada's listening of tests/voice/test_voice.py, asked on
Friday 20 November 2026; every figure said is counted again here.
"""

from collections import Counter
from datetime import UTC, date, datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.llm_api import ToolArgumentError
from custom_components.encore.voice.recap import recap_period

from .test_llm import call, llm_context
from .test_voice import (  # the history fixture
    ACCOUNT,
    NOW,
    PLAYS,
    TODAY,
    Play,
    ask,
    history,  # noqa: F401
)


def _between(first: date, last: date, *, everyone: bool = False) -> list[Play]:
    return [
        play
        for play in PLAYS
        if (everyone or play.account == ACCOUNT)
        and first <= play.started.date() <= last
        and play.counted
        and play.ended < NOW  # nothing after the question
    ]


def _music(plays: list[Play]) -> list[Play]:
    return [play for play in plays if play.kind is PlayKind.TRACK]


def _minutes(plays: list[Play]) -> int:
    return (sum(play.ms for play in plays) + 30_000) // 60_000


def _top(plays: list[Play], key: str) -> str:
    counts = Counter(getattr(play, key) for play in plays)
    heard = Counter()
    for play in plays:
        heard[getattr(play, key)] += play.ms
    return min(counts, key=lambda name: (-counts[name], -heard[name]))


@pytest.mark.usefixtures("history")
async def test_year_in_music(hass: HomeAssistant) -> None:
    """'How was my year in music': minutes, top artist and song, in 2-3 sentences."""
    year = _music(_between(date(2026, 1, 1), TODAY))
    heard = await ask(hass, "how was my year in music")
    assert heard.intent == "EncoreRecap"
    assert heard.slots == {"recap": "year"}
    assert heard.speech.startswith(
        f"So far in 2026 you listened to {_minutes(year):,} minutes of music."
    )
    assert f"Your top artist was {_top(year, 'artist')}" in heard.speech
    assert f"your top song {_top(year, 'title')}" in heard.speech
    assert 2 <= heard.speech.count(". ") + 1 <= 3
    german = await ask(hass, "wie war mein Musikjahr", "de")
    assert german.intent == "EncoreRecap"
    assert german.speech.startswith(
        f"Bisher im Jahr 2026 hast du {_minutes(year):,} Minuten Musik gehört.".replace(
            ",", "."
        )
    )
    assert f"Dein Top-Künstler war {_top(year, 'artist')}" in german.speech


@pytest.mark.usefixtures("history")
async def test_a_month_recap(hass: HomeAssistant) -> None:
    """'Give me my October recap': October 2026, the latest October begun."""
    october = _music(_between(date(2026, 10, 1), date(2026, 10, 31)))
    heard = await ask(hass, "give me my October recap")
    assert heard.slots == {"recap": "month", "month": 10}
    assert heard.speech.startswith(
        f"In October 2026 you listened to {_minutes(october):,} minutes of music."
    )
    # December has not begun this year: last year's.
    heard = await ask(hass, "give me my recap for December")
    assert heard.speech.startswith("In December 2025")
    german = await ask(hass, "gib mir meinen Rückblick für Oktober", "de")
    assert german.slots == {"recap": "month", "month": 10}
    assert german.speech.startswith("Im Oktober 2026 hast du")


@pytest.mark.usefixtures("history")
async def test_song_of_the_summer(hass: HomeAssistant) -> None:
    """'What was my song of the summer': the most played song of June to August."""
    summer = _music(_between(date(2026, 6, 1), date(2026, 8, 31)))
    song = _top(summer, "title")
    plays = sum(1 for play in summer if play.title == song)
    heard = await ask(hass, "what was my song of the summer")
    assert heard.slots == {"recap": "summer"}
    assert heard.speech.startswith(f"Your song of the summer 2026 was {song} by ")
    assert f"played {plays} times." in heard.speech
    german = await ask(hass, "was war mein Sommerhit", "de")
    assert german.speech.startswith(f"Dein Sommerhit 2026 war {song} von ")


@pytest.mark.usefixtures("history")
async def test_who_listened_most_at_home(hass: HomeAssistant) -> None:
    """One person's household (the kitchen player is nobody): the minutes alone."""
    year = [
        play
        for play in _between(date(2026, 1, 1), TODAY, everyone=True)
        if play.kind in (PlayKind.TRACK, PlayKind.EPISODE)
    ]
    minutes = _minutes(_music(year)) + _minutes(
        [play for play in year if play.kind is PlayKind.EPISODE]
    )
    heard = await ask(hass, "who listened most in our house this year")
    assert heard.slots == {"recap": "household", "period": "this_year"}
    assert heard.speech == f"Only one person listened this year: {minutes:,} minutes."
    german = await ask(hass, "wer hat dieses Jahr bei uns am meisten gehört", "de")
    assert german.slots == {"recap": "household", "period": "this_year"}
    assert german.speech.startswith("Nur eine Person hat dieses Jahr gehört")


@pytest.mark.usefixtures("history")
async def test_recap_tool(hass: HomeAssistant) -> None:
    """The LLM tool: the same figures, with the data behind the sentence."""
    october = _music(_between(date(2026, 10, 1), date(2026, 10, 31)))
    result = await call(hass, "encore__recap", recap="month", month=10)
    assert not result.error
    assert result.data["headline"]["music_minutes"] == _minutes(october)
    assert result.data["headline"]["top_artist"] == _top(october, "artist")
    assert result.data["top_songs"][0]["name"] == _top(october, "title")
    assert result.data["answer"].startswith("In October 2026")
    wrong = await call(hass, "encore__recap", llm_context(), recap="decade")
    assert wrong.error


def test_the_periods_a_recap_means() -> None:
    """Words to periods: last month, a named month of last year, the summer, January's year."""

    march = datetime(2026, 3, 10, 12, tzinfo=UTC)
    found, parts = recap_period("last_month", march)
    assert parts == {"label": "month", "month": 2, "year": 2026}
    assert found.start is not None
    assert found.start.date() == date(2026, 2, 1)
    # December has not come yet this year: last year's, to the first of January.
    found, parts = recap_period("month", march, month=12)
    assert parts == {"label": "month", "month": 12, "year": 2025}
    assert found.end is not None
    assert found.end.date() == date(2026, 1, 1)
    with pytest.raises(ToolArgumentError):
        recap_period("month", march)
    _found, parts = recap_period("summer", march)
    assert parts == {"label": "summer", "year": 2025}
    _found, parts = recap_period("year", datetime(2026, 1, 15, tzinfo=UTC))
    assert parts == {"label": "year", "year": 2025}
    _found, parts = recap_period("year", march)
    assert parts == {"label": "year_so_far", "year": 2026}


@pytest.mark.usefixtures("history")
async def test_no_intent_is_registered_twice(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 43.16: "Intent EncoreRecap is being overwritten" at every start.

    Encore's setup and Home Assistant's intent platform both register the
    handlers (whichever loads first); each intent is registered once.
    """
    warned = [
        record.getMessage()
        for phase in ("setup", "call")
        for record in caplog.get_records(phase)  # type: ignore[arg-type]
        if "being overwritten" in record.getMessage()
    ]
    assert warned == []
