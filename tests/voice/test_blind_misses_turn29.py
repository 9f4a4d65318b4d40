"""Issue 45's twenty-ninth turn: blind writers' wrong facts and misses.

Writers 132 to 136 (a Dubliner and a Kölner, a Glasgow and a Berlin joker,
a Californian and a Leipzig student who hesitate as they speak, a New
Zealand and a Frankfurt couple settling bets, a Calgary and a Stuttgart
runner) were scored before anything was tuned on them; the misses left by
writers 127 to 131 were mended beside them. What they showed, in this
file's own phrasings:

- Wrong facts: a span said by its ends ("between the first of January and
  today") was no time; "which song did I play last" asked back; a claim
  after the question ("..., Jonas reckons yesterday") gave its time to
  the question; "listened to much Queen in August?" answered yes or no;
  "wie viele Lieder, nee, welche ..." and "Wat lief heut Nachmittach?"
  (today, not its afternoon); "um zwölfe mittags" dropped its hour.
- Misses: "how long did i uh listen" ("whose listening is 'i uh'?"),
  "like" as a pause, a workout's words taken for a room ("at the gym"),
  "would ye tell me", "giz me", "hanne", "auf weiter drücken", "wach
  jeworden", "eight o'clock last night, what was on".
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked
from custom_components.encore.voice.when import parse_when

from .read_as_plain import NOW, TZ, assert_read_as_plain
from .test_voice import ask, assert_encores_as_plain, assert_not_encores, history  # noqa: F401


def _day(day: int, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, tzinfo=TZ)


@pytest.mark.parametrize(
    ("lang", "said", "start", "end"),
    [
        ("en", "from july to september", _day(1, 7), _day(1, 10)),
        (
            "en",
            "in the period from july to september this year",
            _day(1, 7),
            _day(1, 10),
        ),
        ("en", "between the tenth and the twelfth of november", _day(10), _day(13)),
        ("en", "between the second of january and today", _day(2, 1), NOW),
        ("en", "from tuesday the seventeenth through to today", _day(17), NOW),
        ("en", "from july to september last year", _day(1, 7, 2025), _day(1, 10, 2025)),
        ("de", "vom zehnten bis zum zwölften november", _day(10), _day(13)),
        ("de", "von dienstag bis jetzt", _day(17), NOW),
        ("de", "im zeitraum von dienstag, dem siebzehnten, bis heute", _day(17), NOW),
        ("de", "zwischen dienstag und donnerstag", _day(17), _day(20)),
    ],
)
def test_a_span_said_by_its_ends(
    lang: str, said: str, start: datetime, end: datetime
) -> None:
    """From the start of the first end to the end of the second, never now for "to"."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert (when.period.start, when.period.end) == (start, end)


def test_since_it_was_got_is_all_time() -> None:
    """ "Since I got it" (the speaker) is all of the history."""
    when = parse_when("since I got it", "en", NOW, TZ)
    assert when is not None
    assert when.period.start is None


def test_a_span_ending_now_is_said_as_since() -> None:
    """ "From Tuesday to today" answers "since Tuesday", not a date range."""
    when = parse_when("from tuesday to today", "en", NOW, TZ)
    assert when is not None
    assert when.label == "since Tuesday"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "between me and you"),
        ("en", "from six o'clock to midnight"),
        ("de", "bis heute"),
    ],
)
def test_no_span(lang: str, said: str) -> None:
    """Words of no time, a clock's span, and "bis heute" (all time) are no span."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is None or when.label is None or "bis" not in when.label, when


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        (
            "de",
            "wie oft lief Queen in der vergangenen Woche, also vom neunten bis zum fünfzehnten November",
            "wie oft lief Queen vom neunten bis zum fünfzehnten November",
        ),
        (
            "en",
            "what did I play on Thursday, that is, the day before yesterday",
            "what did I play the day before yesterday",
        ),
        (
            "en",
            "how many songs did I play this week, my brother reckons it's about forty",
            "how many songs did I play this week",
        ),
        (
            "en",
            "who did I listen to most in October? Mia reckons yesterday was all Queen",
            "who did I listen to most in October",
        ),
        (
            "de",
            "wie oft hab ich diesen Monat Air gehört, die Lena wettet auf zwanzig",
            "wie oft habe ich diesen Monat Air gehört",
        ),
        (
            "en",
            "listened to much Justice in October?",
            "how often did I play Justice in October",
        ),
        (
            "en",
            "um how much do i like repeat songs this month you know",
            "what is my repeat rate this month",
        ),
        (
            "en",
            "who have I been running to the most lately",
            "who did I listen to most lately",
        ),
        (
            "en",
            "which song can't I stop playing on my jog",
            "which song am I listening to on repeat",
        ),
        (
            "en",
            "would ye tell me what I was after playing yesterday",
            "what did I play yesterday",
        ),
        ("en", "giz me me top five songs this year", "my top five songs this year"),
        (
            "de",
            "wie viel Lieder hanne heut früh beim Laufe ghört",
            "wie viele Lieder habe ich heute früh gehört",
        ),
        (
            "de",
            "bei welchem Künstler drück i am öftschte auf weiter",
            "welchen Künstler überspringe ich am häufigsten",
        ),
        (
            "de",
            "welcher Podcast hat mich diesen Monat so im Griff, wa",
            "welchen Podcast habe ich diesen Monat am meisten gehört",
        ),
        ("de", "Wat lief gestern Nachmittach?", "was lief gestern Nachmittag"),
        (
            "en",
            "nine o'clock last night, what was on",
            "what was playing at nine last night",
        ),
        (
            "en",
            "how many songs have I played on this thing since I got it",
            "how many songs have I played since I got it",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        # An analyst's words (writer 129).
        (
            "en",
            "which band accounted for the largest share of my listening in September",
            "which band did I listen to most in September",
        ),
        (
            "en",
            "since June, which podcast have I favoured",
            "which podcast did I listen to most since June",
        ),
        (
            "en",
            "compared with the afternoons, do I listen more in the evenings",
            "do I listen more in the evenings or in the afternoons",
        ),
        (
            "de",
            "Welcher Künstler dominiert bei mir diesen Monat?",
            "welchen Künstler habe ich diesen Monat am meisten gehört",
        ),
        # A person before "can't stop", "has ... played", "who's ... been".
        (
            "en",
            "what song can Mia not stop playing",
            "which song can't Mia stop playing",
        ),
        (
            "en",
            "how many songs has Mia played this week",
            "how many songs did Mia play this week",
        ),
        (
            "en",
            "who's Mia been listening to most, lately like",
            "who did Mia listen to most lately",
        ),
        # A Lagos speaker (writer 138).
        (
            "en",
            "abeg which artist do I listen to pass this month",
            "which artist do I listen to most this month",
        ),
        ("en", "wetin I play on sunday", "what did I play on sunday"),
        # A period said twice in the same words, or again at the end.
        (
            "en",
            "how did last month go with the music, tell me the whole story of last month",
            "how did last month go with the music",
        ),
        (
            "de",
            "was haben wir letztes Wochenende gehört, am Wochenende",
            "was haben wir letztes Wochenende gehört",
        ),
        # A barrister's courtesies and his "staff" (writer 139).
        (
            "en",
            "a rundown of my listening this month, at your earliest convenience",
            "a rundown of my listening this month",
        ),
        (
            "en",
            "And Genesis, staff: when did I last have it on?",
            "when did I last listen to Genesis",
        ),
        # The same songs again and again: the repeat rate.
        (
            "en",
            "have I been playing the same old songs again and again this month",
            "what is my repeat rate for music this month",
        ),
    ],
)
def test_read_as_plain_second_five(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


def test_a_span_is_the_period_of_the_question() -> None:
    """ "Between the first of October and today" is the question's period."""
    reading = read_question(
        "which artist did I play most between the first of October and today",
        "en",
        NOW,
        TZ,
    )
    assert reading.asked is Asked.TOP
    when = parse_when(reading.when or "", "en", NOW, TZ)
    assert when is not None
    assert (when.period.start, when.period.end) == (_day(1, 10), NOW)


def test_a_restart_after_a_dash_asks_the_second_question() -> None:
    """ "Wie viele — nee, welche Lieder …": which songs, not how many plays."""
    reading = read_question(
        "wie viele lieder wie viele — nee welche lieder hab ich seit märz am meisten gehört",
        "de",
        NOW,
        TZ,
    )
    assert reading.asked is Asked.TOP


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        ("Which song did I play last?", "what was the last song I played", "en"),
        (
            "welches Lied lief als letztes",
            "was war das letzte Lied, das ich gehört habe",
            "de",
        ),
        (
            "how long did I listen between the first of October and today",
            "how long did I listen since the first of October",
            "en",
        ),
        (
            "Wie viele Stunden habe ich diese Woche gehört, von Montag bis jetzt?",
            "wie lange habe ich diese Woche gehört",
            "de",
        ),
        (
            "did I have Genesis on yesterday, Jonas reckons this morning",
            "did I listen to Genesis yesterday",
            "en",
        ),
        (
            "how long did i uh listen to music today",
            "how long did I listen to music today",
            "en",
        ),
        (
            "what song can't I stop playing at the gym these days",
            "which song am I listening to on repeat lately",
            "en",
        ),
        ("giz me top three songs this month", "my top three songs this month", "en"),
        (
            "Genesis, wann lief des zletscht",
            "wann habe ich Genesis zuletzt gehört",
            "de",
        ),
        (
            "am Mittwoch um zwölfe mittags, was hat do glaufe",
            "was lief am Mittwoch um zwölf",
            "de",
        ),
        (
            "eight o'clock last night, what was on",
            "what was playing at eight last night",
            "en",
        ),
        (
            "Mit wat bin isch heut wach jeworden?",
            "was war heute das erste Lied",
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
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("turn on the kitchen lights, Jonas says it's dark", "en"),
        ("what's the weather tomorrow, Mia reckons rain", "en"),
        ("mach das Licht an, der Jonas sagt, es ist dunkel", "de"),
        ("In the morning, did I turn off the heating?", "en"),
        ("start a timer for my run", "en"),
        ("what am I listening to right now, what is this", "en"),
        ("would you be so kind as to turn off the lights in the hall", "en"),
    ],
)
async def test_not_encores(hass: HomeAssistant, said: str, language: str) -> None:
    """A claim, a workout or a period said first never makes a command a history question.

    What plays now is the player's: Encore answers nothing, and a sentence
    of its net that heard it hands it back as no match (`elsewhere.decline`).
    """
    await assert_not_encores(hass, said, language)
