"""A formal speaker's frames, asides and passive (issue 45, twenty-third turn).

Blind writer 101 (a retired civil servant, a Viennese Hofrat) wrapped most
questions in frames ("Would it be possible to ascertain …", "Dürfte ich
erfahren, …"), asides (", may I ask,", "wenn ich fragen darf") and asked in
the passive ("when was Daft Punk last played", "wann wurde das zuletzt
aufgelegt"): a third of them were not understood, some answered as a
different question. Now the frames and asides go before any reader
(`parse/said_around.py`) and the passive is said in the active
(`parse/passive.py`). The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.passive import said_in_active
from custom_components.encore.voice.parse.question import read_question

from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "Would it be possible to ascertain which artist I favoured most last month?",
            "which artist did I listen to most last month",
            "en",
        ),
        (
            "Could you kindly inform me of my most played album this year?",
            "what is my most played album this year",
            "en",
        ),
        (
            "Might I enquire as to the five songs I played most since September?",
            "the five songs I played most since September",
            "en",
        ),
        (
            "I should be most grateful to be told how long I listened yesterday.",
            "how long did I listen yesterday",
            "en",
        ),
        (
            "Which band, may I ask, did I play most this week?",
            "which band did I play most this week",
            "en",
        ),
        (
            "Dürfte ich erfahren, welcher Künstler diesen Monat vorne lag?",
            "welcher Künstler lag diesen Monat vorne",
            "de",
        ),
        (
            "Wäre es möglich festzustellen, wie viele Stunden ich letzte Woche gehört habe?",
            "wie viele Stunden hab ich letzte Woche gehört",
            "de",
        ),
        (
            "Könnten Sie mir bitte mitteilen, welches Album ich heuer am meisten gehört habe?",
            "welches Album hab ich heuer am meisten gehört",
            "de",
        ),
        (
            "Welchen Podcast hab ich im Oktober am meisten gehört, wenn ich fragen darf?",
            "welchen Podcast hab ich im Oktober am meisten gehört",
            "de",
        ),
    ],
)
def test_frames_and_asides_read_as_plain(said: str, plain: str, language: str) -> None:
    """A frame before or an aside inside the question changes nothing of it."""
    reading = read_question(said, language, _NOW, _TZ)
    expected = read_question(plain, language, _NOW, _TZ)
    assert (reading.asked, reading.kind, reading.limit, reading.content) == (
        expected.asked,
        expected.kind,
        expected.limit,
        expected.content,
    )
    assert (reading.when or "").lower() == (expected.when or "").lower()


@pytest.mark.parametrize(
    ("said", "active"),
    [
        (
            "how many times was Sexy Boy played this year",
            "how many times did i play Sexy Boy this year",
        ),
        ("when was Air most recently played", "when did i last play Air"),
        ("when was Moon Safari first put on", "when did i first put on Moon Safari"),
        ("if Justice was played at all in May", "did i play Justice at all in May"),
        ("what was listened to on Sunday", "what did i listen to on Sunday"),
        (
            "how many songs were played this morning",
            "how many songs did i play this morning",
        ),
        (
            "the last occasion on which Wet Leg were played",
            "when did i last play Wet Leg",
        ),
    ],
)
def test_the_passive_is_said_in_the_active(said: str, active: str) -> None:
    """What was played is what "I" played."""
    assert said_in_active(said, "en") == active


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("what was that song called", "en"),
        ("when was the album released", "en"),
        ("what was my most played album last month", "en"),
        ("when was the last time I heard Air", "en"),
        ("was Air played yesterday", "en"),
        ("wann wurde das Album veröffentlicht", "de"),
        ("welches Lied wird gerade gespielt", "de"),
    ],
)
def test_what_is_no_passive_of_listening_stays(said: str, language: str) -> None:
    """Other verbs, a ranking's "most played", and what is already active stay."""
    assert said_in_active(said, language) == said


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "wann wurde Discovery zuletzt aufgelegt",
            "wann hab ich Discovery zuletzt aufgelegt",
            "de",
        ),
        (
            "wie viele Lieder wurden gestern gespielt",
            "wie viele Lieder hab ich gestern gespielt",
            "de",
        ),
        (
            "welches Album wurde im Oktober am meisten gehört",
            "welches Album hab ich im Oktober am meisten gehört",
            "de",
        ),
        (
            "I should like to know which song is most frequently cut short by me",
            "which song do I skip most often",
            "en",
        ),
        (
            "what did I awake to this morning",
            "what did I wake up to this morning",
            "en",
        ),
        (
            "on what date did Sexy Boy first appear in my history",
            "when did I first play Sexy Boy",
            "en",
        ),
        (
            "when Da Funk first appeared in my history",
            "when did I first play Da Funk",
            "en",
        ),
    ],
)
def test_read_as_the_active_plain_question(
    said: str, plain: str, language: str
) -> None:
    """'wurde … aufgelegt', 'cut short by me', 'awoke to', 'first appeared in my history'."""
    reading = read_question(said, language, _NOW, _TZ)
    expected = read_question(plain, language, _NOW, _TZ)
    assert (reading.asked, reading.kind, reading.name, reading.when) == (
        expected.asked,
        expected.kind,
        expected.name,
        expected.when,
    )


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Through Home Assistant, Encore's and the plain question's answer."""
    for said, plain, language in [
        (
            "Would it be possible to ascertain how often Da Funk was played this year?",
            "how often did I play Da Funk this year",
            "en",
        ),
        (
            "Could you kindly inform me what was listened to on Tuesday evening?",
            "what did I listen to on Tuesday evening",
            "en",
        ),
        (
            "Dürfte ich erfahren, welcher Song im Oktober am öftesten gespielt wurde?",
            "welcher Song lief im Oktober am öftesten",
            "de",
        ),
        # An aside beside a word of the history reaches the net.
        (
            "Which artist, may I ask, did I listen to most in October?",
            "which artist did I listen to most in October",
            "en",
        ),
        (
            "Wie oft lief Air im Oktober, wenn ich fragen darf?",
            "wie oft lief Air im Oktober",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("what time is it, may I ask", "en"),
        ("wie spät ist es, wenn ich fragen darf", "de"),
    ],
)
async def test_an_aside_alone_stays_home_assistants(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """Without a word of the history, an aside does not bring a question to Encore."""
    heard = await ask(hass, said, language)
    assert not (heard.intent or "").startswith("Encore")
