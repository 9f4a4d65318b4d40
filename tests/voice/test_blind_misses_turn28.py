"""Issue 45's twenty-eighth turn: blind writers' wrong facts and misses.

Writers 122 to 126 (a Dutch and a Spanish learner, a night-shift nurse and
a Swiss guard, a club DJ, a nine-year-old, a retired teacher and a Viennese
pensioner) were scored before anything was tuned on them. What they
showed, in this file's own phrasings:

- Wrong facts: "describe what I play" answered today's plays, not the
  taste; "the song I listen to every day right now" and "welches Lied hör
  ich grad so oft" what played lately, not what is on repeat; a story's
  name lost for the question's "it" ("my sister says I play Air all the
  time. how often did I play it this week"); a question asked twice ("what
  did I play this morning? what did I play?") lost its morning; a remark
  after the question ("…? Net dieselben immer wieder, verschiedene.") took
  the count for the repeat rate; "im Sommer voriges Jahr" the whole year;
  "how was my month in music" last month's recap; "what kinda stuff was I
  listening to" the taste; a Dutch speaker's "plate", "click away", "at how
  late" and "through the week"; "a quarter till eight".
- Misses: a DJ's "drop", "bang out", "open up with"; "Sexy Boy. Last
  time?"; "this afternoon when I got home from school, what did I play";
  "is it true that I played X like a million times"; "the last song I
  played in the kitchen" (the last play there ever, not today's).
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
        ("en", "how would you describe what we play", "what is my music taste"),
        (
            "en",
            "which is the tune I listen to basically every day at the moment",
            "which song am I listening to on repeat lately",
        ),
        (
            "de",
            "welcher Song hör ich momentan so oft",
            "welches Lied höre ich in letzter Zeit in Dauerschleife",
        ),
        (
            "en",
            "my sister says I play Air all the time. how often did I play it this week",
            "how many times did I play Air this week",
        ),
        (
            "de",
            "Mama sagt, ich hör ständig Queen. Wie oft diese Woche?",
            "wie oft habe ich Queen diese Woche gehört",
        ),
        (
            "en",
            "what did we listen to yesterday evening? what did we listen to?",
            "what did we listen to yesterday evening",
        ),
        (
            "de",
            (
                "Wie viele verschiedene Künstler waren's diesen Monat? Nicht dieselben"
                " immer wieder, verschiedene."
            ),
            "wie viele verschiedene Künstler habe ich diesen Monat gehört",
        ),
        ("en", "how was my month in music", "how was this month in music"),
        (
            "en",
            "what kind of music was I listening to yesterday",
            "what music did I listen to yesterday",
        ),
        ("en", "which was my top plate in October", "what was my top album in October"),
        ("en", "which artist do I click away most", "which artist do I skip the most"),
        ("en", "at how late do I listen most", "at what time do I listen most"),
        (
            "en",
            "what was on at twenty till nine last night",
            "what was on at twenty to nine last night",
        ),
        ("en", "when did I last drop Da Funk", "when did I last play Da Funk"),
        (
            "en",
            "how many times did I bang out Genesis this month",
            "how many times did I play Genesis this month",
        ),
        ("en", "Digital Love. First time?", "when did I first play Digital Love"),
        (
            "en",
            "this morning when we got back from the park what did we play",
            "what did we play this morning",
        ),
        (
            "en",
            "is it true that I listened to Da Funk like a thousand times",
            "how many times did I play Da Funk",
        ),
        (
            "en",
            "How often have I played Genesis, then? Ever, I mean, all told.",
            "how many times did I play Genesis overall",
        ),
        (
            "en",
            (
                "What's been on my... oh, what's the word, on repeat, that's it. What's"
                " on repeat for me these days?"
            ),
            "what is on repeat for me lately",
        ),
        (
            "en",
            "How much do we repeat ourselves since September?",
            "what was my repeat rate since September",
        ),
        (
            "de",
            "Stimmt es, dass ich diesen Monat am meisten Justice gehört hab?",
            "wen habe ich diesen Monat am meisten gehört",
        ),
        (
            "de",
            "Was war mein Album vom Sommer?",
            "welches Album habe ich im Sommer am meisten gehört",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        (
            "en",
            "what's my must played all bum this year",
            "what is my most played album this year",
        ),
        (
            "en",
            "total how many plays in October",
            "how many plays did I have in October",
        ),
        (
            "en",
            "which song was on today afternoon three thirty",
            "which song was on at three thirty this afternoon",
        ),
        (
            "en",
            "which two songs did I play most in the period from the first of October to date",
            "which two songs did I play most since the first of October",
        ),
        (
            "en",
            "and the final song I played yesterday, what was it",
            "what was the last song I played yesterday",
        ),
        (
            "en",
            "give me a short review of my September: hours, top artist, that sort of thing",
            "give me a recap of my September",
        ),
        (
            "en",
            "of all the artists in my history, which has the highest play count",
            "which artist did I play the most",
        ),
        ("en", "ytd plays", "how many plays did I have this year"),
        (
            "en",
            "# different artists last 30d",
            "how many different artists last 30 days",
        ),
        ("en", "what was on ~9pm yday", "what was on around 9 pm yesterday"),
        (
            "de",
            "Welche Band hatte diesen Monat den größten Anteil an meinen Wiedergaben?",
            "welche Band habe ich diesen Monat am meisten gehört",
        ),
        (
            "de",
            "Ich bitte um eine Zusammenfassung meiner Woche.",
            "gib mir eine Zusammenfassung meiner Woche",
        ),
        (
            "de",
            "wie viel hab ich diese Woche gestreamt",
            "wie viele Wiedergaben hatte ich diese Woche",
        ),
    ],
)
def test_read_as_plain_second_five(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "how many different artists did I have on in the summer last year"),
        ("en", "last year in the summer, which song did I play most"),
        ("de", "Im Sommer voriges Jahr, welches Lied lief am meisten?"),
        ("de", "letztes Jahr im Sommer, wie viele Lieder waren das"),
    ],
)
def test_a_season_of_last_year(lang: str, said: str) -> None:
    """A season said with "last year" is that season of 2025, never the whole year."""
    reading = read_question(said, lang, NOW, TZ)
    assert reading.when is not None
    assert any(word in reading.when.lower() for word in ("summer", "sommer")), reading


def test_the_name_after_had_is_the_name() -> None:
    """ "How many times have I had Genesis on": Genesis, never "I had Genesis"."""
    reading = read_question("how many times have I had Genesis on", "en", NOW, TZ)
    assert reading.asked is Asked.PLAY_COUNT
    assert reading.name == "Genesis"


def test_a_describe_of_the_past_is_what_played() -> None:
    """ "Describe what I played last week" asks what played, not the taste."""
    reading = read_question("describe what I played last week", "en", NOW, TZ)
    assert reading.asked is Asked.WHAT_PLAYED


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "my sister says I play Air all the time. how often did I play it this week",
            "how many times did I play Air this week",
            "en",
        ),
        (
            "Mama sagt, ich hör ständig Queen. Wie oft diese Woche?",
            "wie oft habe ich Queen diese Woche gehört",
            "de",
        ),
        ("Wie lang Musik heut?", "wie lange habe ich heute Musik gehört", "de"),
        (
            "Eher morgens oder nachts?",
            "höre ich eher morgens oder nachts",
            "de",
        ),
        (
            "who've I been caning the most this week",
            "who did I listen to most this week",
            "en",
        ),
        (
            "what did I open up with yesterday",
            "what was the first song I played yesterday",
            "en",
        ),
        ("describe my vibe", "what is my music taste", "en"),
        (
            "Stimmt es, dass ich diesen Monat am meisten Justice gehört hab?",
            "wen habe ich diesen Monat am meisten gehört",
            "de",
        ),
        (
            "what was my top plate in October",
            "what was my top album in October",
            "en",
        ),
        ("how was my month in music", "how was this month in music", "en"),
    ],
)
async def test_answered_as_plain(
    hass: HomeAssistant, said: str, plain: str, language: str
) -> None:
    """Encore's, and the answer of the plain question."""
    await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_the_last_song_in_a_room_is_the_last_there_ever(
    hass: HomeAssistant,
) -> None:
    """A room said alone keeps its place and no period: never "today"."""
    heard = await ask(hass, "what was the last song I played in the kitchen")
    assert heard.speech.startswith("In the kitchen the last thing"), heard.speech
    placeless = await ask(hass, "what was the last song I played in my armchair")
    assert placeless.speech.startswith("The last thing you played"), placeless.speech


@pytest.mark.usefixtures("history")
async def test_a_place_that_is_no_room_keeps_the_time_said(hass: HomeAssistant) -> None:
    """ "In the shower this morning": this morning's words, never a date range."""
    heard = await ask(hass, "how long did I listen in the shower this morning")
    assert heard.speech.startswith("This morning"), heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("drop the bass", "en"),
        ("am I hammered", "en"),
        ("what did I get through to the plumber", "en"),
        ("Stimmt es, dass ich das Licht angemacht hab?", "de"),
    ],
)
async def test_not_encores(hass: HomeAssistant, said: str, language: str) -> None:
    """Words beside a DJ's or a child's never make a history question."""
    heard = await ask(hass, said, language)
    assert heard.intent is None or not heard.intent.startswith("Encore"), heard
