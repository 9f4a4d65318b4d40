"""Issue 45's twenty-seventh turn: nine blind writers' wrong facts and misses.

Writers 113 to 121 (a busy parent, a dictating learner, a formal teacher, a
teenager, a terse commuter, a storytelling grandmother, a data nerd, a
household's mum, a podcast commuter) were scored before anything was tuned
on them. What they showed, in this file's own phrasings:

- Wrong facts: "how many days non stop" answered the song on repeat; a
  doubt left open ("..., or was it the week before") took "the week" for
  this week; a name and its time said first before "them" lost the name; a
  tune "I keep passing over" got the skip rate; "run stuff back" the
  listening time; a clock time told in a story ("..., about ten to six it
  was, what was on then?") the whole afternoon; "wie viel hab ich da
  abgespielt" a listening time; "weekday or weekend, when did I listen more
  last summer" the summer's song.
- Commands were taken for questions: "kindly switch on repeat for this
  album", "Lauter bitte, ...".
- Misses: a teacher's "the last occasion on which", "had I any ... on", "a
  brief account of what I have listened to"; a learner's "herd", "was I
  listening the daily"; a parent's "no, stop that, ..." said before the
  question's words again; Hamburg's "wat", Saxon "gugge mal", a formal
  German Präteritum in a clause ("was ich heute Morgen hörte", "Womit schloss
  ich gestern den Tag ab?").
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked

from .read_as_plain import NOW, TZ, assert_read_as_plain
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        (
            "en",
            "how many days nonstop have I been listening",
            "what is my listening streak",
        ),
        (
            "en",
            "Queen, in September: how many times did I play them?",
            "how many times did I play Queen in September",
        ),
        (
            "en",
            "is there one song that I always pass over",
            "which song do I skip the most",
        ),
        (
            "en",
            "how much did i run stuff back this month",
            "what was my repeat rate this month",
        ),
        (
            "de",
            "Letzte Woche, wie viel hab ich da insgesamt abgespielt?",
            "wie viele Wiedergaben hatte ich letzte Woche",
        ),
        (
            "en",
            "weekdays or weekends, when did I listen more last month",
            "did I listen more on weekdays or at weekends last month",
        ),
        (
            "en",
            "When was the last occasion on which I heard Moon Safari?",
            "when did I last listen to Moon Safari",
        ),
        (
            "en",
            "Would you give me a short account of what I have listened to this week?",
            "what did I listen to this week",
        ),
        ("en", "did i herd one more time today", "did I hear One More Time today"),
        (
            "en",
            "was i listening the daily yesterday",
            "did I listen to The Daily yesterday",
        ),
        (
            "en",
            "how many songs did I play this week, no, put that down, this week",
            "how many songs did I play this week",
        ),
        (
            "de",
            "wie oft lief überhaupt wat diese Woche",
            "wie viele Wiedergaben hatte ich diese Woche",
        ),
        (
            "de",
            "gugge mal, wann lief zuletzt was von Air",
            "wann habe ich zuletzt Air gehört",
        ),
        (
            "de",
            "Sagen Sie mir bitte, was ich gestern Abend hörte.",
            "was habe ich gestern Abend gehört",
        ),
        (
            "de",
            "Womit schloss ich vorgestern den Tag ab?",
            "welches Lied habe ich vorgestern zuletzt gehört",
        ),
        (
            "de",
            "Womit begann ich heute den Tag?",
            "welches Lied habe ich heute zuerst gehört",
        ),
        (
            "en",
            "which band dominated last month",
            "which band did I listen to most last month",
        ),
        (
            "en",
            "any newcomers in my rotation since March, bands I'd never heard before",
            "which new artists did I discover since March",
        ),
        (
            "en",
            "did Justice come up at all yesterday",
            "did I listen to Justice yesterday",
        ),
        (
            "en",
            "do I play the same wee tunes ower and ower",
            "do I play the same songs over and over",
        ),
        (
            "en",
            "how many things did I have on this week, music and podcasts and the whole lot",
            "how many things did I have on this week",
        ),
        (
            "de",
            "Auf wen war ich diesen Monat so jeck?",
            "wen habe ich diesen Monat am meisten gehört",
        ),
        (
            "de",
            "Welches Lied liegt bei mir auf Platz eins?",
            "welches Lied habe ich am meisten gehört",
        ),
        (
            "de",
            "von welchem Lied komm ich grad ni los",
            "welches Lied höre ich in Dauerschleife",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


def test_a_clock_time_told_in_a_story_is_the_moment_asked() -> None:
    """'..., about ten to six it was, what was on then?': that moment."""
    reading = read_question(
        "I'd just put the kettle on, about ten to six this evening it was,"
        " what was playing then?",
        "en",
        NOW,
        TZ,
    )
    assert reading.asked is Asked.WHAT_PLAYED
    assert reading.when is not None
    assert "ten to six" in reading.when


def test_a_moment_already_read_with_its_day_keeps_it() -> None:
    """'Heute Nachmittag um fünf, was lief da?' keeps the afternoon."""
    reading = read_question("Heute Nachmittag um fünf, was lief da?", "de", NOW, TZ)
    assert reading.when is not None
    assert "nachmittag" in reading.when.lower()


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "how many days nonstop have I been listening",
            "what is my listening streak",
            "en",
        ),
        (
            "Queen, in September: how many times did I play them?",
            "how many times did I play Queen in September",
            "en",
        ),
        (
            "is there one song that I always pass over",
            "which song do I skip the most",
            "en",
        ),
        (
            "back in October was I listening more during the week or at the weekend",
            "did I listen more on weekdays or at weekends in October",
            "en",
        ),
        (
            "Womit schloss ich vorgestern den Tag ab?",
            "welches Lied habe ich vorgestern zuletzt gehört",
            "de",
        ),
        (
            "Sagen Sie mir bitte, was ich gestern Abend hörte.",
            "was habe ich gestern Abend gehört",
            "de",
        ),
        (
            "Letzte Woche, wie viel hab ich da insgesamt abgespielt?",
            "wie viele Wiedergaben hatte ich letzte Woche",
            "de",
        ),
        (
            "did I have any Justice on last weekend, or was it the week before",
            "did I listen to Justice last weekend",
            "en",
        ),
        (
            "Had I any Air on last Saturday, do you happen to know?",
            "did I listen to Air last Saturday",
            "en",
        ),
        (
            "Justice, wie oft lief das diese Woche?",
            "wie oft habe ich diese Woche Justice gehört",
            "de",
        ),
    ],
)
async def test_answered_as_plain(
    hass: HomeAssistant, said: str, plain: str, language: str
) -> None:
    """Encore's, and the answer of the plain question."""
    await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_a_clock_time_in_a_story_answers_that_moment(hass: HomeAssistant) -> None:
    """Told in a story, the clock time is asked about, never the afternoon."""
    heard = await ask(
        hass,
        "I'd just come back from the shops, it was twenty past five this"
        " afternoon, what was playing then?",
    )
    expected = await ask(hass, "what was playing at twenty past five this afternoon")
    assert heard.speech == expected.speech
    assert "5:20 PM" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("Kindly switch on shuffle for this playlist.", "en"),
        ("please switch on repeat for this song", "en"),
        ("Louder please, I can hardly hear it", "en"),
        ("Lauter bitte, ich versteh gar nix", "de"),
        ("Leiser bitte, das Baby schläft", "de"),
    ],
)
async def test_commands_are_not_encores(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """A command to what plays never reaches a history question."""
    heard = await ask(hass, said, language)
    assert heard.intent is None or not heard.intent.startswith("EncoreTop"), heard
    assert heard.intent not in {
        "EncoreTopItems",
        "EncoreDidIListen",
        "EncoreHowMany",
        "EncoreWideNet",
    }, heard
