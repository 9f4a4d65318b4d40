"""Wrong facts of issue 45's eighteenth turn, mended at their kind.

Each was an answer stated about something other than what was asked:
- "how long did I listen to Air last week" answered the week's whole
  listening time (`parse/timed_name.py`: the name's minutes and plays now,
  since the nineteenth turn);
- "top artists year to date" answered all of the history ("to date" alone
  is all of it; "year to date" this year so far), "letzte KW" and "Stand
  heute" were no time (`when/context.py`);
- "which podcast have I been hooked on" answered the top of all time
  (`parse/question.py`: hooked on, with no time, is these days);
- a fan's "bench"/"auf der Bank" (skipped), "prime time" (the usual hour)
  and "im Einsatz" (played) were dropped and a top or today's summary said.

The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.timed_name import timed_name

from .test_voice import ask, assert_encores_as_plain, duration, history, mine  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("said", "language", "name"),
    [
        ("how long did I listen to Justice this month", "en", "Justice"),
        (
            "how much time have I spent, roughly, listening to Daft Punk today",
            "en",
            "Daft Punk",
        ),
        ("how many minutes did Queen get yesterday", "en", "Queen"),
        ("did The Daily get any airtime this week", "en", "The Daily"),
        ("wie lange hab ich diesen Monat Justice gehört", "de", "Justice"),
        ("wie lange haben wir gestern Abend Air gehört", "de", "Air"),
        # No name: the listening time it was.
        ("how long did I listen to music this week", "en", None),
        ("how long did we listen altogether last week", "en", None),
        ("wie lange hab ich heute Podcasts gehört", "de", None),
        ("wie lange hab ich in den letzten sieben Tagen Musik gehört", "de", None),
    ],
)
def test_timed_name(said: str, language: str, name: str | None) -> None:
    """Only a capitalised name where a name is said is taken."""
    assert timed_name(said, language) == name


@pytest.mark.parametrize(
    ("said", "language", "when"),
    [
        ("my top albums year to date", "en", "this year"),
        ("how long have I listened month-to-date", "en", "this month"),
        ("songs played week to date", "en", "this week"),
        ("my top songs to date", "en", "overall"),
        ("welche Künstler in der laufenden KW", "de", "diese woche"),
        ("wie viele Lieder in der vorigen Kalenderwoche", "de", "letzte woche"),
        ("meine Top-Alben, Stand heute", "de", "insgesamt"),
        ("which album have I been hooked on", "en", "lately"),
        ("which band have I been obsessed with", "en", "lately"),
    ],
)
def test_periods(said: str, language: str, when: str) -> None:
    """Office words and hooked-on questions name the period they mean."""
    assert read_question(said, language, NOW, ZONE).when == when


SAME_AS_PLAIN = [
    ("which song do I bench the most", "which song do I skip the most", "en"),
    ("what's my prime time for music", "what's my peak time for music", "en"),
    (
        "welcher Song landet bei mir am häufigsten auf der Bank",
        "welcher Song wird bei mir am häufigsten übersprungen",
        "de",
    ),
    (
        "Das Album Cross, wann war das zuletzt im Einsatz",
        "wann habe ich zuletzt Cross gehört",
        "de",
    ),
    ("my top artists year to date", "my top artists this year", "en"),
    ("which album have I been hooked on", "which album did I play most lately", "en"),
    (
        "welche Band hab ich in der letzten KW am meisten gehört",
        "welche Band habe ich letzte Woche am meisten gehört",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is answered as its plain question is, never as a broader one."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "name", "period", "spoken"),
    [
        (
            "how long did I listen to Justice this week",
            "en",
            "Justice",
            "this_week",
            "You listened to Justice for {duration} this week, {plays} times.",
        ),
        (
            "how much time did I spend listening to Daft Punk this month",
            "en",
            "Daft Punk",
            "this_month",
            "You listened to Daft Punk for {duration} this month, {plays} times.",
        ),
        (
            "wie lange hab ich diesen Monat Daft Punk gehört",
            "de",
            "Daft Punk",
            "this_month",
            "Du hast Daft Punk diesen Monat {duration} lang gehört, {plays} Mal.",
        ),
    ],
)
async def test_how_long_of_a_name(
    hass: HomeAssistant,
    said: str,
    language: str,
    name: str,
    period: str,
    spoken: str,
) -> None:
    """How long a name was heard is its minutes, with how often beside them."""
    plays = [play for play in mine(period) if play.artist == name]
    assert len(plays) > 1, "the test data must hold the name's plays"
    ms = sum(play.ms for play in plays)
    said_duration = duration(ms)
    if language == "de":
        said_duration = (
            said_duration.replace("minutes", "Minuten")
            .replace("hours", "Stunden")
            .replace("hour", "Stunde")
            .replace(" and ", " und ")
        )
    heard = await ask(hass, said, language)
    assert heard.intent == "EncorePlayCount"
    assert heard.speech == spoken.format(duration=said_duration, plays=len(plays))
