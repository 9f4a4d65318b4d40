"""Kinds of speech from issue 45's sixth turn, in this file's own phrasings.

Years and days said in words ("twenty twenty-five", "on the 6th", "am
vierten"); polite framings and a digression before a "but" question;
"day of the week" as a weekday; a name said first, then the question with
its pronoun or with none; a learner's word order and dropped auxiliaries;
a clock time without its "at". Each is answered exactly as its plain form,
over the known plays of `test_voice`.
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked
from custom_components.encore.voice.when import parse_when

from .test_voice import TZ, ask, assert_answered_as, history  # noqa: F401

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)

SAME_AS_PLAIN = [
    # Years and days said in words; a day so said is one day.
    (
        "how many songs did I play over the whole of twenty twenty-five",
        "how many songs did I play in 2025",
        "en",
    ),
    (
        "what was my top track in twenty twenty six",
        "what was my top track in 2026",
        "en",
    ),
    (
        "wie viele Lieder habe ich zweitausendfünfundzwanzig gehört",
        "wie viele Lieder habe ich 2025 gehört",
        "de",
    ),
    (
        "what did I listen to on the fourth of November",
        "what did I listen to on November 4",
        "en",
    ),
    (
        "how many songs did I play on November the fifth",
        "how many songs did I play on November 5",
        "en",
    ),
    (
        "how many songs did I play on the 6th",
        "how many songs did I play on November 6",
        "en",
    ),
    (
        "wie viele Lieder habe ich am vierten gehört",
        "wie viele Lieder habe ich am 4. November gehört",
        "de",
    ),
    (
        "was habe ich am fünften November gehört",
        "was habe ich am 5. November gehört",
        "de",
    ),
    # Polite framings and fillers, never a time, a room or a name.
    (
        "I should so like to know which artist I played most this month",
        "who did I listen to most this month",
        "en",
    ),
    (
        "Now then, dear, how many songs did I play yesterday, if you please",
        "how many songs did I play yesterday",
        "en",
    ),
    (
        "all in all, on the whole, who was my top artist this year",
        "who was my top artist this year",
        "en",
    ),
    (
        "sei so nett und sag mir, wie viele Lieder ich gestern gehört habe",
        "wie viele Lieder habe ich gestern gehört",
        "de",
    ),
    # A digression before a "but" question is left out.
    (
        (
            "In my young days we only had the wireless, but could you tell me"
            " who I played most this year"
        ),
        "who did I listen to most this year",
        "en",
    ),
    (
        "Früher lief bei uns nur Radio, aber wen habe ich diese Woche am meisten gehört",
        "wen habe ich diese Woche am meisten gehört",
        "de",
    ),
    # A name said first: the question's pronoun, or no word at all, is it.
    ("Sexy Boy, when did I last play it", "when did I last listen to Sexy Boy", "en"),
    ("queen when did i hear first time", "when did I first listen to Queen", "en"),
    (
        "Daft Punk, wie oft habe ich die diese Woche gehört",
        "wie oft habe ich Daft Punk diese Woche gehört",
        "de",
    ),
    # A learner's order, auxiliaries dropped.
    ("when i played justice first time", "when did I first listen to Justice", "en"),
    (
        "how often air i heard this month",
        "how often did I listen to Air this month",
        "en",
    ),
    (
        "wann ich zuletzt gehört daft punk",
        "wann habe ich Daft Punk zuletzt gehört",
        "de",
    ),
    (
        "how many times i played queen last week",
        "how many times did I play Queen last week",
        "en",
    ),
    (
        "welches lied ich am meisten gehört diesen monat",
        "welches Lied habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "The Daily, wann hab ich den zuletzt gehört",
        "wann habe ich The Daily zuletzt gehört",
        "de",
    ),
    # A clock time without its "at".
    ("was lief heute morgen zehn nach acht", "was lief heute um 8:10 Uhr", "de"),
    (
        "what was on twenty to nine yesterday evening",
        "what was playing at 8:40 pm yesterday",
        "en",
    ),
    (
        "what was on quarter past eight this morning",
        "what was playing at 8:15 am this morning",
        "en",
    ),
    ("was lief heute viertel nach acht morgens", "was lief heute um 8:15 Uhr", "de"),
    # The day of the week a habit peaks: no period "week".
    (
        "which day of week i listen most",
        "on which weekday do I listen most",
        "en",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_the_plain_question(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The spoken form gets the plain form's answer, a stated one."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.parametrize(
    ("said", "language", "day"),
    [
        ("on the 3rd", "en", (2026, 11, 3)),
        ("on the twenty-fifth", "en", (2026, 10, 25)),
        ("am dritten", "de", (2026, 11, 3)),
        ("am 25.", "de", (2026, 10, 25)),
    ],
)
def test_a_day_of_the_month_alone(
    said: str, language: str, day: tuple[int, int, int]
) -> None:
    """The last such day that has begun, one whole day."""
    found = parse_when(said, language, NOW, TZ)
    assert found is not None
    start = datetime(*day, tzinfo=TZ)
    assert found.period.start == start
    assert (found.period.end - start).days == 1


@pytest.mark.parametrize(
    ("said", "language"),
    [("the third", "en"), ("on the third song", "en"), ("am Dritten Ort", "de")],
)
def test_an_ordinal_without_its_on_is_no_day(said: str, language: str) -> None:
    """ "The third" alone is more often a third song than a day."""
    assert parse_when(said, language, NOW, TZ) is None


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("which day of the week do I play the most music", "en"),
        ("an welchem Wochentag höre ich am meisten Musik", "de"),
    ],
)
def test_the_day_of_the_week_is_a_habit(said: str, language: str) -> None:
    """The peak's weekday, never the period "this week"."""
    reading = read_question(said, language, NOW, TZ)
    assert reading.asked is Asked.PEAK
    assert reading.when is None


@pytest.mark.parametrize(
    ("said", "language", "name"),
    [
        # A word said to someone before a question with no pronoun is no name.
        ("Mia, how many songs did I play this week", "en", None),
        # "The third song" is no day and no place.
        ("what was the third song I played today", "en", None),
        # "But" inside the question keeps the question.
        ("who did I play most this month, but not Queen", "en", None),
    ],
)
def test_what_the_new_readings_leave_alone(
    said: str, language: str, name: str | None
) -> None:
    """The name-first and digression readings stay out of plain questions."""
    reading = read_question(said, language, NOW, TZ)
    assert reading.asked is not None
    assert reading.name == name
    assert reading.place is None
