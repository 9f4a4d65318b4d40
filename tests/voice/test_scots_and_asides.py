"""Scots and Irish English, and content said beside the question (issue 45's thirteenth turn).

Writers nobody here had seen asked "how many songs did I play the day"
(today), "name us my top five" (the asker, beside "my"), "c'mon tell us",
"be honest, ..." (the speaker addressed, no question); one asked "how many
different artists did I squeeze in between all the podcasts" and was told
0 (the podcasts beside the question became what was counted), another
"what did I wrap up the day before yesterday with" and was told yesterday's
last song. Both were wrong facts. The phrasings here are this file's own;
each is answered as its plain phrasing through Home Assistant's agent.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare

from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_answered_as, assert_encores_as_plain, history  # noqa: F401


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("how many tracks did i play the day", "how many tracks did i play today"),
        ("how long have i listened the day so far", "how long have i listened today"),
        # Another day stays its own: "the day before", "the day I", "of the day".
        (
            "what did i play the day before yesterday",
            "what did i play the day before yesterday",
        ),
        ("what did i play the day i moved", "what did i play the day i moved"),
        # A time of day stays one: "back in the day", "during the day".
        (
            "who did i listen to most back in the day",
            "who did i listen to most back in the day",
        ),
        ("when do i listen during the day", "when do i listen during the day"),
        ("what's my streak the now", "what is my streak now"),
        ("tell us my top artist", "my top artist"),
        # Beside "we", "us" is the household.
        ("tell us what we played", "what did we play"),
        ("did yous listen to queen", "did we listen to queen"),
        ("which song can't i stop playing, c'mon", "which song can't i stop playing"),
        ("what song i cannae stop playing", "what song i can't stop playing"),
        ("a wee summary of my week", "a summary of my this week"),
    ],
)
def test_scots_words_read_as_meant(said: str, read: str) -> None:
    """Each habit is said in the words the readers after it know."""
    assert " ".join(prepare(said, "en")) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "how many artists this week in between all the podcasts",
            "how many artists this week",
        ),
        (
            "what did i play yesterday, podcasts included",
            "what did i play yesterday music and podcasts",
        ),
        ("wie viele lieder heute neben den podcasts", "wie viele lieder heute"),
    ],
)
def test_content_beside_the_question_is_no_kind(said: str, read: str) -> None:
    """Podcasts said beside a count, or kept in, never limit it to podcasts."""
    language = "de" if said.startswith("wie") else "en"
    assert " ".join(prepare(said, language)) == read


@pytest.mark.usefixtures("history")
async def test_scots_and_irish_english_answers_as_said_plainly(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in [
        ("how many tracks did I play the day", "how many tracks did I play today"),
        (
            "what was the last song I had on the day",
            "what was the last song I played today",
        ),
        (
            "tell us my three most played songs this year",
            "my three most played songs this year",
        ),
        ("c'mon, who was my top artist last month", "who was my top artist last month"),
        (
            "be honest, how many hours did I listen this week",
            "how many hours did I listen this week",
        ),
        ("which artist cannae I stop playing", "which artist can't I stop playing"),
        (
            "how much time did yous spend listening this week",
            "how much time did we spend listening this week",
        ),
        ("how much did Ada listen this week", "how long did Ada listen this week"),
        (
            "how many things did we stick on yesterday all in all",
            "how many plays did we have yesterday",
        ),
        (
            "fill us in on my listening in October, go on",
            "how was October for my listening",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_what_was_a_wrong_fact_answers_as_said_plainly(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The asides, the day before yesterday and a worn-out record read right."""
    for said, plain, language in [
        # Two wrong facts before: 0 artists (the podcasts counted), and
        # yesterday's last song for the day before.
        (
            "how many different artists did I fit in last week between all the podcasts",
            "how many different artists did I listen to last week",
            "en",
        ),
        (
            "what did I wrap up the day before yesterday with",
            "what was the last thing I played the day before yesterday",
            "en",
        ),
        (
            "what did I finish the day before yesterday with",
            "what was the last thing I played the day before yesterday",
            "en",
        ),
        (
            "what have I played this week, podcasts and all",
            "what have I played this week",
            "en",
        ),
        (
            "wie viele Künstler hab ich diesen Monat zwischen all den Podcasts gehört",
            "wie viele verschiedene Künstler habe ich diesen Monat gehört",
            "de",
        ),
        (
            "how many times have I played Air ever",
            "how many times have I played Air",
            "en",
        ),
        ("times I've played Air, ever", "how many times have I played Air", "en"),
        (
            "which song have I been wearing out",
            "which song have I had on repeat",
            "en",
        ),
        (
            "which album did I totally wear out last year",
            "which album did I play the most last year",
            "en",
        ),
        (
            "whose tracks do I keep bailing on",
            "which artist do I skip the most",
            "en",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No home-control or what-plays-now sentence reaches Encore."""
    for said in [
        "c'mon, play some Queen in the kitchen",
        "be honest, turn the kitchen lights on",
        "go on, stick on some Daft Punk in the kitchen",
        "what's playing in the kitchen the now",
        "turn the music down a wee bit",
        "what's the weather like the day",
        "skip this one, I cannae stand it",
        "is the radio on in the kitchen",
        "turn the wireless down in the kitchen",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)


@pytest.mark.usefixtures("history")
async def test_a_grandparents_words_answer_as_said_plainly(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The wireless, a period first, new faces, a season said by its months."""
    add_kitchen(hass)
    for said, plain in [
        # A grandparent's wireless is all that plays, podcasts too.
        (
            "how long did I have the wireless on yesterday",
            "how long did I listen yesterday",
        ),
        (
            "is the wireless on more in the mornings than in the evenings",
            "do I listen more in the mornings or in the evenings",
        ),
        # The moment or the period first, then the question.
        (
            "ten past eight this morning, which song",
            "what song was playing at ten past eight this morning",
        ),
        (
            "Last Friday, what did I end up with?",
            "what was the last thing I played last Friday",
        ),
        (
            "When do I most often play music, broadly?",
            "when do I usually listen to music",
        ),
        (
            "which tunes did I play on the second of November",
            "what music did I play on November 2",
        ),
        (
            "any new faces in my music this month",
            "which new artists did I discover this month",
        ),
        (
            "did any bands I had never heard of turn up last month",
            "which new artists did I discover last month",
        ),
        (
            "how many different artists since I got this speaker",
            "how many different artists did I listen to overall",
        ),
        (
            "what was my top song last winter, in December and January and February",
            "what was my top song last winter",
        ),
        (
            "how many different tracks today, not counting repeats",
            "how many different tracks did I play today",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")
