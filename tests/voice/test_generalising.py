"""Kinds of speech the fresh writers' sets did not hold (issue 45's fourth turn).

Each messy phrasing is answered exactly as its plain form is: words caught
with a name ("sexy boy, what day was that"), a time taken back ("last month,
no wait, this month"), the history said as a place ("in my plays"), a period
word glued to another ("this calendar year", "listening-wise"), a time in
the middle of the words caught as a name. The phrasings are this file's
own, in English and German, over the known plays of `test_voice`.
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from custom_components.encore.voice.parse.corrections import take_back

from .test_voice import TZ, ask, assert_answered_as, history, mine, spoken_date  # noqa: F401

SAME_AS_PLAIN = [
    # Words caught with a name: the longest known name inside them.
    (
        "when did I last hear sexy boy, what day was that",
        "when did I last hear Sexy Boy",
        "en",
    ),
    (
        "how many times did I play that around the world song, the daft punk one",
        "how many times did I play Around the World",
        "en",
    ),
    # A time inside the words caught as a name is the question's time.
    (
        "how often did I play Bohemian Rhapsody this month and don't laugh",
        "how often did I play Bohemian Rhapsody this month",
        "en",
    ),
    # Self-corrections: the time said last wins.
    (
        "how many songs did I play last month, no wait, this month",
        "how many songs did I play this month",
        "en",
    ),
    ("top artists last week, I mean this week", "top artists this week", "en"),
    (
        "wie viele Lieder habe ich letzte Woche gehört, nee, diesen Monat",
        "wie viele Lieder habe ich diesen Monat gehört",
        "de",
    ),
    # The history said as a place is no room.
    ("top artists in my plays this week", "top artists this week", "en"),
    (
        "wer waren meine Top-Künstler in meiner Historie diese Woche",
        "wer waren meine Top-Künstler diese Woche",
        "de",
    ),
    # Enthusiast words: what opened or closed a period, runs through.
    (
        "what opened my day yesterday",
        "what was the first song I played yesterday",
        "en",
    ),
    (
        "which song closed out yesterday",
        "what was the last song I played yesterday",
        "en",
    ),
    (
        "welcher Track hat gestern meinen Tag eröffnet",
        "was war der erste Song gestern",
        "de",
    ),
    (
        "wie viele Durchläufe hatte Genesis diesen Monat",
        "wie oft habe ich Genesis diesen Monat gehört",
        "de",
    ),
    # A period word glued to another.
    (
        "who was my top artist this calendar year",
        "who was my top artist this year",
        "en",
    ),
    (
        "wer war mein Top-Künstler in diesem Kalenderjahr",
        "wer war mein Top-Künstler in diesem Jahr",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_the_plain_question(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The messy phrasing gets the plain phrasing's answer, a stated one."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


ALBUMS = [
    ("how many times did I play Homework", "en", "Homework", "all_time"),
    ("did I listen to the Discovery album this month", "en", "Discovery", "this_month"),
    ("wie oft habe ich die Platte Cross gehört", "de", "Cross", "all_time"),
    (
        "habe ich diesen Monat irgendwas von der Moon Safari gehört",
        "de",
        "Moon Safari",
        "this_month",
    ),
]


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(("said", "language", "album", "period"), ALBUMS)
async def test_an_album_is_a_name(
    hass: HomeAssistant, said: str, language: str, album: str, period: str
) -> None:
    """An album's name counts its songs' plays: never "I found nothing called"."""
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    count = sum(play.album == album for play in mine(period))
    assert count > 1
    assert album in heard.speech
    assert f"{count} {'Mal' if language == 'de' else 'times'}" in heard.speech


@pytest.mark.usefixtures("history")
async def test_the_first_play_of_an_album(hass: HomeAssistant) -> None:
    """ "When did I first hear Moon Safari": its first counted song's day."""
    heard = await ask(hass, "when did I first hear Moon Safari", "en")
    first = min(play.started for play in mine() if play.album == "Moon Safari")
    assert spoken_date(first.date()) in heard.speech


@pytest.mark.parametrize(
    ("said", "language", "kept"),
    [
        ("top song august no october", "en", "top song october"),
        ("top song last week no wait i mean yesterday", "en", "top song yesterday"),
        (
            "wie oft lief air oder war das vorgestern nee gestern",
            "de",
            "wie oft lief air gestern",
        ),
        ("was lief letzte woche gehört nee heute", "de", "was lief gehört heute"),
        # No time after it: no correction.
        ("did i play air yesterday yes or no", "en", None),
        ("wie oft lief air gestern nee", "de", None),
        # All time said after it stresses, takes nothing back.
        ("wie oft lief am samstag was also insgesamt", "de", None),
        ("how many plays on saturday no overall", "en", None),
    ],
)
def test_a_time_taken_back(said: str, language: str, kept: str | None) -> None:
    """The time after the last correction word wins; the one before is dropped."""
    now = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)
    got = " ".join(take_back(said.split(), language, now, TZ))
    assert got == (said if kept is None else kept)
