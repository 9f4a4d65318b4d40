"""English and German switched mid-sentence (issue 45's eighteenth turn, writer 58).

In a household that speaks both, a question in one language takes a word or
a phrase of the other: "how many Lieder did I play", "wie oft did I have Air
on", "what was my erster song", and "was war der last song", "wie lange
haben wir gestern listened", "run me durch meinen Monat". The times are read
by `when/crossed.py`; the question words, nouns and verbs are turned into
the question's language by `parse/code_switch.py`, and the net holds a
phrase of the other language that only a question says.

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.code_switch import in_one_language

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "which Lieblingslied did I have this week",
            "which favourite song did I have this week",
        ),
        (
            "how many Stunden did we listen yesterday",
            "how many hours did we listen yesterday",
        ),
        (
            "how many Lieder have I played this week",
            "how many songs have I played this week",
        ),
        (
            "how oft did we hear Justice last week",
            "how often did we hear Justice last week",
        ),
        (
            "wie viele tracks did I play yesterday",
            "how many tracks did I play yesterday",
        ),
        (
            "how many unterschiedliche artists did I hear this year",
            "how many different artists did I hear this year",
        ),
        (
            "which bands did I discover zum ersten Mal last month",
            "which bands did I discover for the first time last month",
        ),
        ("any neue Künstler this year?", "any new artists this year?"),
        (
            "meistgehörtes album this month, which is it",
            "most played album this month, which is it",
        ),
        ("what was my letzter song yesterday", "what was my last song yesterday"),
        (
            "das letzte Mal I heard Air, when was it",
            "the last time I heard Air, when was it",
        ),
        ("what's the song I always wegskippe", "what's the song I always skip"),
        ("wie war my week, give me a summary", "how was my week, give me a summary"),
        (
            "do I play more morgens or abends",
            "do I play more in the mornings or in the evenings",
        ),
        (
            "do we listen more unter der Woche or am Wochenende",
            "do we listen more on weekdays or on weekends",
        ),
        (
            "what did I hear in the past drei Wochen",
            "what did I hear in the past three weeks",
        ),
        (
            "the last song I played yesterday, welcher war's",
            "the last song I played yesterday",
        ),
        ("the first track in October, weißt du es noch", "the first track in October"),
        (
            "tell me was ich gehört habe last Sunday",
            "tell me what i listened to last Sunday",
        ),
        (
            "gestern um halb acht abends, what was on",
            "gestern abend um halb acht, what was on",
        ),
        ("wer was my top band this month", "who was my top band this month"),
        ("when did I zuletzt hear Justice", "when did I last hear Justice"),
        (
            "which Künstler did I have on most this month",
            "which artist did I have on most this month",
        ),
        ("give me a Zusammenfassung of my month", "give me a summary of my month"),
        (
            "how many Minuten did we listen today",
            "how many minutes did we listen today",
        ),
    ],
)
def test_german_in_english(said: str, plain: str) -> None:
    """German words in an English question are said in English."""
    assert in_one_language(said, "en") == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("wie lange haben wir gestern listened", "wie lange haben wir gestern gehört"),
        ("was war der first song gestern", "was war der erste song gestern"),
        ("was war mein first track heute", "was war mein erster track heute"),
        ("was war der final song letzte Woche", "was war der letzte song letzte Woche"),
        (
            "welche Bands hab ich im September for the first time gehört",
            "welche Bands hab ich im September zum ersten mal gehört",
        ),
        (
            "wie viele Tage in a row hab ich Musik gehört",
            "wie viele Tage in folge hab ich Musik gehört",
        ),
        ("wann höre ich usually Musik", "wann höre ich normalerweise Musik"),
        (
            "who war mein go-to artist im Oktober",
            "wer war mein lieblingskünstler im Oktober",
        ),
        ("run me durch meinen Monat", "wie war mein Monat"),
        (
            "wie viele podcast episodes hab ich diese Woche gehört, quick",
            "wie viele podcastfolgen hab ich diese Woche gehört",
        ),
        (
            "how often hab ich Justice diese Woche gehört",
            "wie oft hab ich Justice diese Woche gehört",
        ),
        ("hab ich gestern Air played", "hab ich gestern Air gespielt"),
        (
            "wie viel listening time hatte ich gestern",
            "wie viel hörzeit hatte ich gestern",
        ),
    ],
)
def test_english_in_german(said: str, plain: str) -> None:
    """English words in a German question are said in German."""
    assert in_one_language(said, "de") == plain


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # Names are kept as said: a title of the other language is no word.
        ("how often did I play Lieder ohne Worte this year", "en"),
        ("wie oft lief Last Nite diese Woche", "de"),
        ("hab ich Taste of Honey gehört", "de"),
    ],
)
def test_kept(said: str, language: str) -> None:
    """A name of the other language is no question word."""
    assert in_one_language(said, language) == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    ("which was my Lieblingslied last week", "what was my favourite song last week"),
    ("how many Lieder did we play yesterday", "how many songs did we play yesterday"),
    (
        "how many Stunden did I listen this week",
        "how many hours did I listen this week",
    ),
    ("how oft did I have Air on this month", "how often did I have Air on this month"),
    (
        "wie oft did Justice get played this year",
        "how often did Justice get played this year",
    ),
    (
        "how many unterschiedliche artists did I hear this month",
        "how many different artists did I hear this month",
    ),
    ("any neue Künstler this year?", "any new artists this year?"),
    ("meistgehörtes album this month, which one", "most played album this month"),
    ("what was my letzter song yesterday", "what was the last song I played yesterday"),
    ("erster track yesterday?", "what was the first song I played yesterday"),
    ("letztes Mal I heard Air, when was it", "when did I last hear Air"),
    ("wie war my week", "how was my week"),
    (
        "do I listen more morgens or abends",
        "do I listen more in the mornings or in the evenings",
    ),
    (
        "do we listen more unter der Woche or am Wochenende",
        "do we listen more on weekdays or on weekends",
    ),
    (
        "which song do I always wegskippe",
        "which song do I always skip",
    ),
    (
        "what did I play in the past drei Wochen",
        "what did I play over the past three weeks",
    ),
    (
        "the first song I played this week, welcher war's",
        "what was the first song I played this week",
    ),
    (
        "gestern um halb acht abends, what was on",
        "what was playing yesterday at half past seven in the evening",
    ),
]


SAME_AS_PLAIN_EN += [
    ("wer was my top band this month", "who was my top band this month"),
    ("when did I zuletzt hear Justice", "when did I last hear Justice"),
    (
        "which Künstler did I have on most this month",
        "which artist did I listen to most this month",
    ),
    ("how much Musik did I play this week", "how much music did I play this week"),
    ("give me a Zusammenfassung of my month", "give me a summary of my month"),
    # A name said first, then "that" as the subject of its count.
    (
        "Around the World von Daft Punk, how many times did that play this month",
        "how many times did I play Around the World by Daft Punk this month",
    ),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """An English question with German words is answered as the plain one is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    (
        "was war der last track, den wir gespielt haben",
        "was war der letzte Song, den wir gespielt haben",
    ),
    ("wie lange haben wir gestern listened", "wie lange haben wir gestern gehört"),
    ("was war gestern mein first song", "was war gestern mein erster Song"),
    (
        "who war mein go-to artist diesen Monat",
        "wer war mein Lieblingskünstler diesen Monat",
    ),
    (
        "welche Bands hab ich im September for the first time gehört",
        "welche Bands hab ich im September zum ersten Mal gehört",
    ),
    (
        "wie viele Tage in a row hab ich Musik gehört",
        "wie viele Tage in Folge habe ich gehört",
    ),
    ("wann höre ich usually Musik", "wann höre ich normalerweise Musik"),
    ("run me durch meinen Monat", "wie war mein Monat"),
    (
        "wie würdest du mein taste beschreiben",
        "wie würdest du meinen Geschmack beschreiben",
    ),
]


SAME_AS_PLAIN_DE += [
    (
        "how often hab ich Justice diese Woche gehört",
        "wie oft habe ich Justice diese Woche gehört",
    ),
    ("hab ich gestern Air played", "habe ich gestern Air gehört"),
    ("wie viel listening time hatte ich gestern", "wie lange habe ich gestern gehört"),
    (
        "how many songs hab ich diese Woche gehört",
        "wie viele Songs habe ich diese Woche gehört",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A German question with English words is answered as the plain one is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said in two languages stays Home Assistant's."""
    for said, language in [
        ("play meine Lieblingslieder in the kitchen", "en"),
        ("play Queen in der Küche, bitte", "en"),
        ("wie lange until the timer is done", "en"),
        ("skip das Lied", "en"),
        ("turn the Musik lauter", "en"),
        ("play some Musik in the kitchen", "en"),
        ("wer singt this song", "en"),
        ("how many songs sind auf dem album", "de"),
        ("spiel den last song nochmal", "de"),
        ("drück die Taste für das Licht", "de"),
        ("mach die music leiser, please", "de"),
        ("spiel was von Air in der Küche", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
