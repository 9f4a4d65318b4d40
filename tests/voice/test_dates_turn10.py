"""Dates, periods and names said another way (issue 45's tenth turn).

A weekday said beside a date, days as texted, periods said in other words
and a name said first with its artist beside it: each was answered as
something else, or not at all. Each phrasing here is this file's own; its
answer is the one of its plain form (whose figures `test_voice` checks) or
counted again here, and a weekday that disagrees with its date is asked
back, never answered.
"""

from datetime import datetime, timedelta

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er

from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind

from .test_voice import (  # noqa: F401
    ACCOUNT,
    PLAYS,
    TODAY,
    TZ,
    Play,
    ask,
    assert_answered_as,
    history,
    store,
    times,
)

SAME_AS_PLAIN = [
    # A. A weekday in apposition with its date, or guessed after it.
    (
        "en",
        "what did I play on Thursday, the 12th of November",
        "what did I listen to on November 12",
    ),
    (
        "en",
        "how many songs did I play on November 10th, I believe it was a Tuesday",
        "how many songs did I play on November 10",
    ),
    (
        "en",
        "what was playing at noon on Wednesday, the day before yesterday",
        "what was playing at noon on Wednesday",
    ),
    (
        "de",
        "was habe ich am Donnerstag, dem zwölften November gehört",
        "was habe ich am 12. November gehört",
    ),
    (
        "de",
        "wie viele Lieder habe ich am Dienstag, den 10. November gehört",
        "wie viele Lieder habe ich am 10. November gehört",
    ),
    # B. Days as texted.
    ("en", "how many songs yday", "how many songs did I play yesterday"),
    ("en", "first track i played ytday", "what was the first song I played yesterday"),
    ("en", "did i play genesis tonite", "did I listen to Genesis tonight"),
    # C. Periods said another way.
    ("en", "who was my top artist in recent weeks", "top artist in the last 3 weeks"),
    ("en", "top artist these past weeks", "top artist in the last 3 weeks"),
    (
        "en",
        "how many songs since the start of October",
        "how many songs did I play since October",
    ),
    ("en", "what was on about noon yesterday", "what was playing at noon yesterday"),
    (
        "de",
        "welcher Künstler lief die letzten Wochen am meisten",
        "welcher Künstler lief in den letzten 2 Wochen am meisten",
    ),
    (
        "de",
        "wie viele Lieder habe ich in den vergangenen Tagen gehört",
        "wie viele Lieder habe ich in letzter Zeit gehört",
    ),
    (
        "de",
        "wie viele Lieder habe ich seit Anfang des Jahres gehört",
        "wie viele Lieder habe ich dieses Jahr gehört",
    ),
    # D. Names said another way.
    (
        "en",
        "Genesis, the Justice song, how often did I play it this week",
        "how often did I play Genesis this week",
    ),
    (
        "en",
        "Moon Safari, the Air album, when did I last play it",
        "when did I last play Moon Safari",
    ),
    (
        "en",
        "sexy boy last month how many times did i play it",
        "how many times did I play sexy boy last month",
    ),
    (
        "en",
        "on what date did I first hear Phantom by Justice",
        "when did I first play Phantom by Justice",
    ),
    (
        "en",
        "which artist has been played most this month",
        "who did I listen to most this month",
    ),
    (
        "en",
        "did Sexy Boy get played at all yesterday",
        "did I play Sexy Boy yesterday",
    ),
    (
        "en",
        "did Digital Love come on at all the day before yesterday",
        "did I listen to Digital Love the day before yesterday",
    ),
    (
        "en",
        "Phantom, the Justice one, did I have that on this week",
        "did I listen to Phantom this week",
    ),
    # E. The room first, then the period and the clock.
    (
        "en",
        "in the kitchen, what was on the day before yesterday around noon",
        "what was playing in the kitchen on Wednesday at noon",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The date, day, period or name meant, never another one."""
    for language, said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "what did I play on Monday, the 12th of November"),
        (
            "en",
            "how many songs did I play on November 11th, I think that was a Tuesday",
        ),
        ("de", "was habe ich am Montag, den 12. November gehört"),
    ],
)
async def test_a_weekday_against_its_date_is_asked_back(
    hass: HomeAssistant, language: str, said: str
) -> None:
    """Neither the weekday nor the date is answered: the time is said not understood."""
    heard = await ask(hass, said, language)
    assert any(
        asked in heard.speech for asked in ("not which time", "welche Zeit", "Which")
    ), heard.speech


@pytest.mark.usefixtures("history")
async def test_the_figures_of_a_weekday_with_its_date(hass: HomeAssistant) -> None:
    """Saturday, November 14: its first song, counted again."""
    day = TODAY.replace(day=14)
    first = min(
        (p for p in PLAYS if p.started.date() == day and p.counted and p.kind == 0),
        key=lambda p: p.started,
    )
    heard = await ask(hass, "what was the first song on Saturday, the 14th of November")
    assert f"{first.title} by {first.artist}" in heard.speech
    heard = await ask(hass, "how often did I play Genesis, the Justice song, yday")
    count = sum(
        1
        for p in PLAYS
        if p.title == "Genesis"
        and p.counted
        and p.account == "ada_listener"
        and (TODAY - p.started.date()).days == 1
    )
    assert times(count) in heard.speech or "once" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "play Daft Punk in the kitchen",
        "turn the music up",
        "what's playing in the kitchen",
    ],
)
async def test_commands_stay_home_assistants(hass: HomeAssistant, said: str) -> None:
    """A command or a question about now is never Encore's."""
    heard = await ask(hass, said)
    assert not (heard.intent or "").startswith("Encore"), heard.speech


@pytest.mark.usefixtures("history")
async def test_a_title_like_a_period_keeps_its_meaning(hass: HomeAssistant) -> None:
    """ "Yesterday" and "Friday I'm in Love" are songs where the history has them."""
    yesterday = TODAY - timedelta(days=1)
    await store(
        async_get_manager(hass),
        [
            Play(
                ACCOUNT,
                datetime(2026, 11, 10, 7, tzinfo=TZ),
                125_000,
                PlayKind.TRACK,
                "Yesterday",
                "The Beatles",
                "Help!",
            ),
            Play(
                ACCOUNT,
                datetime(yesterday.year, yesterday.month, yesterday.day, 7, tzinfo=TZ),
                125_000,
                PlayKind.TRACK,
                "Yesterday",
                "The Beatles",
                "Help!",
            ),
            Play(
                ACCOUNT,
                datetime(
                    yesterday.year, yesterday.month, yesterday.day, 7, 5, tzinfo=TZ
                ),
                215_000,
                PlayKind.TRACK,
                "Friday I'm in Love",
                "The Cure",
                "Wish",
            ),
        ],
    )
    heard = await ask(
        hass, "Yesterday, the Beatles song, how often did I play it this month"
    )
    assert heard.speech == "You played Yesterday by The Beatles twice this month."
    heard = await ask(hass, "did i play yesterday yday")
    assert heard.speech == "Yes, you played Yesterday by The Beatles once yesterday."
    heard = await ask(hass, "did Friday I'm in Love come on at all yday")
    assert (
        heard.speech == "Yes, you played Friday I'm in Love by The Cure once yesterday."
    )


@pytest.mark.usefixtures("history")
async def test_a_room_said_first_in_german(hass: HomeAssistant) -> None:
    """„In der Küche vorgestern um zwölf, was lief da": the room, the day, the hour."""
    area = ar.async_get(hass).async_create("Küche")
    entities = er.async_get(hass)
    entities.async_get_or_create(
        "media_player", "test", "kitchen-speaker", original_name="Kitchen"
    )
    entity_id = entities.async_get_entity_id("media_player", "test", "kitchen-speaker")
    assert entity_id is not None
    entities.async_update_entity(entity_id, area_id=area.id)
    await assert_answered_as(
        hass,
        "in der Küche vorgestern um zwölf, was lief da",
        "was lief vorgestern um 12 Uhr in der Küche",
        "de",
    )
    await assert_answered_as(
        hass,
        "in der Küche gestern, wie viele Lieder liefen da",
        "wie viele Lieder liefen gestern in der Küche",
        "de",
    )
