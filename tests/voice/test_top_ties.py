"""Ties at the top of a spoken ranking (issue 33.15).

"Most to A, 6 plays, then B" hides that B has 6 too: those level with the
first are named together, in English and German, through the real default
agent over the known plays of `test_voice` with a tie added.
"""

from collections import Counter
from datetime import date

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.manager import async_get_manager

from .test_voice import PLAYS, TODAY, _at, _played, ask, history, mine, store, tracks  # noqa: F401


@pytest.mark.usefixtures("history")
async def test_a_tie_at_the_top_is_named(
    hass: HomeAssistant,
) -> None:
    """Level with the first: named with it, "6 plays each"; the rest after."""
    today = Counter(play.artist for play in tracks(mine("today")))
    (first, plays), (second, second_plays), *_ = today.most_common()
    assert plays > second_plays
    # The runner-up catches up this afternoon.
    song = next(play.title for play in mine() if play.artist == second)
    await store(
        async_get_manager(hass),
        _played(_at(TODAY, 14), *[(second, song)] * (plays - second_plays)),
    )
    leaders = sorted([first, second])  # a tie lists the names as ranked
    heard = await ask(hass, "who did I listen to most today")
    assert heard.intent == "EncoreTopItems"
    assert f"{plays} plays each" in heard.speech
    assert (
        " and ".join(leaders) in heard.speech
        or " and ".join(reversed(leaders)) in heard.speech
    )
    assert f"{plays} plays, then" not in heard.speech
    heard = await ask(hass, "wen habe ich heute am meisten gehört", "de")
    assert f"je {plays} Mal" in heard.speech
    assert (
        " und ".join(leaders) in heard.speech
        or " und ".join(reversed(leaders)) in heard.speech
    )


@pytest.mark.usefixtures("history")
async def test_no_tie_is_said_as_before(hass: HomeAssistant) -> None:
    """A clear first is said alone, with its own count."""
    (first, plays), *_ = Counter(
        play.artist for play in tracks(mine("today"))
    ).most_common()
    heard = await ask(hass, "who did I listen to most today")
    assert heard.speech.startswith(f"Today you listened most to {first}, {plays} plays")
    assert "each" not in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("what were my top two songs yesterday", "en"),
        ("top two tracks yesterday what were", "en"),
        ("meine zwei meistgehörten Lieder gestern", "de"),
    ],
)
async def test_a_tie_past_the_count_asked_is_named_whole(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """Two asked, more level: all of them, never two picked by chance (issue 45)."""
    yesterday = Counter(play.title for play in tracks(mine("yesterday")))
    counts = set(yesterday.values())
    assert len(yesterday) > 2
    assert len(counts) == 1, "the fixture's yesterday is one long tie"
    heard = await ask(hass, said, language)
    assert heard.intent == "EncoreTopItems"
    for title in yesterday:
        assert title in heard.speech, heard.speech
    assert "each" in heard.speech or "je " in heard.speech


@pytest.mark.usefixtures("history")
async def test_a_tie_too_long_to_name_says_how_many(hass: HomeAssistant) -> None:
    """Ten songs once each on a quiet day: "more than 8 songs were level", some named."""
    day = date(2026, 10, 30)
    assert not [play for play in PLAYS if play.started.date() == day]
    songs = sorted({(play.artist, play.title) for play in tracks(PLAYS)})[:10]
    assert len(songs) == 10
    await store(async_get_manager(hass), _played(_at(day, 9), *songs))
    heard = await ask(hass, "what were my top two songs on October 30th")
    assert heard.intent == "EncoreTopItems"
    assert heard.speech.startswith(
        "On October 30 more than 8 songs were level at the top, 1 play each, among them "
    ), heard.speech
    assert heard.speech.count(" by ") == 3
    heard = await ask(hass, "meine zwei meistgehörten Lieder am 30. Oktober", "de")
    assert "lagen mehr als 8 Songs gleichauf vorn, je einmal, darunter" in heard.speech
