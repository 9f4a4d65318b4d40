"""Issue 45's thirtieth turn: blind writers' wrong facts and misses.

Writers 142 to 146 (a London and a Hamburg teenager, a Liverpool nurse and
a Ruhr carer, a Queensland tradie and a Zürich speaker, a Torontonian and
a Viennese who check what they believe, a Mancunian and a Munich
columnist) were scored before anything was tuned on them; the misses left
by writers 137 to 141 were mended beside them; then writers 147 to 151 (a
New York and a Frankfurt office worker, a Texan and a Saarland parent, an
Edinburgh and a Mecklenburg listener who cannot see the screen, a
Johannesburg and a Thuringian student, a Welsh and a Tyrolean competitor)
were scored the same way. What they showed, in this file's own phrasings:

- Wrong facts: a time no reader knew ("on Satdy", "in der KW 46", "im
  vierten Quartal") was answered for today or all time; an unknown place
  beside "music" ("in the barn") was dropped and today answered; "song of
  the summer last year" was this summer's; "was I bumping any X in
  August" told what played in August; "letzten Sommer am meisten" was this
  summer's.
- Misses: a claim checked ("I didn't play Muse yesterday, did I?", "no way
  I played X more than twenty times", "Stimmt's, dass ...", "..., oda?"),
  "watt" for "was", "wech" for skipped, a Hofrat's and a barrister's
  courtesies, the columnist's units, a carer's rounds; the period said
  first ("October, what was my song of the month"), "the work week" (read
  as "the song week", a wrong share), the Saarland's and Mecklenburg's days
  ("Samschdaach", "gistern"), a follow-up the song's answer already holds.
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.checked import said_as_asked
from custom_components.encore.voice.when import parse_when

from .read_as_plain import NOW, TZ, assert_read_as_plain
from .test_voice import ask, assert_encores_as_plain, assert_not_encores, history  # noqa: F401


def _day(day: int, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, tzinfo=TZ)


@pytest.mark.parametrize(
    ("lang", "said", "start", "end"),
    [
        # ISO weeks: week 46 of 2026 is 9 to 15 November.
        ("en", "calendar week 46", _day(9), _day(16)),
        ("en", "in calendar week forty six", _day(9), _day(16)),
        ("en", "week number 47", _day(16), NOW),
        ("de", "in der KW 46", _day(9), _day(16)),
        ("de", "Kalenderwoche sechsundvierzig", _day(9), _day(16)),
        # A week not begun this year is last year's.
        ("en", "calendar week 52", _day(22, 12, 2025), _day(29, 12, 2025)),
        ("en", "Q3", _day(1, 7), _day(1, 10)),
        ("en", "the fourth quarter so far", _day(1, 10), NOW),
        ("en", "the first quarter of 2025", _day(1, 1, 2025), _day(1, 4, 2025)),
        ("de", "im dritten Quartal", _day(1, 7), _day(1, 10)),
        ("de", "im vierten Quartal bisher", _day(1, 10), NOW),
        ("en", "H1", _day(1, 1), _day(1, 7)),
        ("en", "the back half of the year", _day(1, 7), NOW),
        ("de", "im ersten Halbjahr", _day(1, 1), _day(1, 7)),
        ("en", "the calendar year 2025", _day(1, 1, 2025), _day(1, 1, 2026)),
        ("en", "on Satdy", _day(14), _day(15)),
        ("en", "at eight o'clock on the dot last night", _day(19), _day(20)),
    ],
)
def test_the_trades_units_and_days(
    lang: str, said: str, start: datetime, end: datetime
) -> None:
    """A week by number, a quarter, a half, a calendar year, an Australian's day."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert (when.period.start, when.period.end) == (start, end), when


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "week 54"),
        ("en", "Q5"),
        ("de", "KW 60"),
    ],
)
def test_no_such_unit(lang: str, said: str) -> None:
    """A week or quarter that no year has is no time."""
    assert parse_when(said, lang, NOW, TZ) is None


@pytest.mark.parametrize(
    ("lang", "said", "asked"),
    [
        (
            "en",
            "I didn't have any Queen on Monday, did I?",
            "did I play Queen on Monday?",
        ),
        (
            "en",
            "no way I listened to Air more than thirty times this year",
            "how many times did I play Air this year",
        ),
        (
            "en",
            "surely we haven't streamed more than fifty songs today, eh?",
            "how many songs did we play today?",
        ),
        (
            "en",
            "the first thing I had on this morning was Genesis, wasn't it?",
            "what was the first thing I had on this morning?",
        ),
        (
            "en",
            "there's one artist I keep skipping, isn't there? who is it",
            "which artist do I skip the most",
        ),
        (
            "de",
            "Ich hab diese Woche eh kein Justice gehört, oda?",
            "hab ich diese Woche Justice gehört?",
        ),
        (
            "de",
            "Stimmt's, dass ich gestern nur drei verschiedene Lieder gehört hab?",
            "wie viele verschiedene Lieder hab ich gestern gehört?",
        ),
        (
            "de",
            "Queen hab ich im September sicher ned öfter als zehn Mal gehört, gö?",
            "wie oft hab ich Queen im September gehört?",
        ),
    ],
)
def test_a_claim_checked_is_asked(lang: str, said: str, asked: str) -> None:
    """The tag, the frame and the figure guessed go; what is checked is asked."""
    assert said_as_asked(said, lang) == asked


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # A learner's and a Singaporean's own shapes stay for their readers.
        ("en", "queen in october, did I"),
        ("en", "yesterday I listen justice or not"),
        # A remark that is no claim of one's own stays as said.
        ("en", "my son swears I played Radiohead this year, did I?"),
        # A title's own words.
        ("en", "how often did I play Isn't She Lovely"),
    ],
)
def test_no_claim_read_where_none_is(lang: str, said: str) -> None:
    """Words the claim's rules cannot make a question of are left as said."""
    assert said_as_asked(said, lang) == said


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        ("en", "was i bumping any queen in october", "did I play Queen in October"),
        (
            "en",
            "what was my song of the summer last year",
            "what was my top song in the summer last year",
        ),
        (
            "en",
            "which LP got the most spins over the summer months",
            "which album did I play most in the summer",
        ),
        (
            "en",
            "did I listen to any podcasts this week",
            "how many podcasts did I play this week",
        ),
        ("en", "how'd September go music-wise", "how was my September music-wise"),
        ("de", "watt lief gestern Abend", "was lief gestern Abend"),
        (
            "de",
            "welches Lied drück ich am meisten wech",
            "welches Lied überspringe ich am meisten",
        ),
        (
            "de",
            "Hab ich diese Woche gar keine Podcasts gehört?",
            "wie viele Podcasts hab ich diese Woche gehört",
        ),
        ("de", "was für eine Musik hör ich eigentlich", "was für Musik höre ich"),
        # Writers 147 to 151: the period said first, the work week, the
        # Saarland's and Mecklenburg's days, a follow-up the answer holds.
        (
            "en",
            "September, what was my song of the month",
            "what was my top song September",
        ),
        (
            "en",
            "do I listen more at weekends or during the work week",
            "do I listen more at weekends or during the week",
        ),
        (
            "de",
            "was hann ich geschder Owend gehört",
            "was hab ich gestern Abend gehört",
        ),
        ("de", "Hab ich gistern Queen gehört?", "Hab ich gestern Queen gehört?"),
        (
            "en",
            "Which song did I skip the most? And who's it by?",
            "Which song did I skip the most?",
        ),
        (
            "en",
            "run me through last month, like a mini Wrapped",
            "run me through last month",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain form is."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "I didn't play any Daft Punk yesterday, did I?",
            "did I play Daft Punk yesterday",
            "en",
        ),
        (
            "is it true I've only had like four different songs on since Monday",
            "how many different songs did I play since Monday",
            "en",
        ),
        ("what was I listening to on Satdy", "what did I listen to on Saturday", "en"),
        (
            "Wären Sie so freundlich, mich zu erinnern, wann ich zuletzt The Daily gehört habe?",
            "wann habe ich zuletzt The Daily gehört",
            "de",
        ),
        (
            "wie viele Stunden Musik hann ich die letschte siebe Daach gehört",
            "wie viele Stunden Musik hab ich die letzten sieben Tage gehört",
            "de",
        ),
        (
            "war das am Samstag Daft Punk oder ned",
            "hab ich am Samstag Daft Punk gehört",
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
    ("said", "language", "told"),
    [
        (
            "how many hours did I listen in calendar week 46",
            "en",
            "In calendar week 46 you listened for 2 hours and 39 minutes, 30 plays.",
        ),
        (
            "wie viele Stunden hab ich in der KW 46 gehört",
            "de",
            "In KW 46 hast du 2 Stunden und 39 Minuten lang gehört, 30 Wiedergaben.",
        ),
    ],
)
async def test_a_calendar_week_is_answered(
    hass: HomeAssistant, said: str, language: str, told: str
) -> None:
    """Week 46 is 9 to 15 November, last week: the same plays as "last week"."""
    heard = await ask(hass, said, language)
    assert heard.speech == told


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "told"),
    [
        ("what was I listening to on Blursday", "en", 'which time "on Blursday"'),
        ("how long was music playing in the barn", "en", '"barn"'),
        ("wie lange lief Musik in der Scheune", "de", "„Scheune“"),
    ],
)
async def test_a_time_or_place_not_known_is_said(
    hass: HomeAssistant, said: str, language: str, told: str
) -> None:
    """Never today's answer for a time or a place no reader knows: it says which."""
    heard = await ask(hass, said, language)
    assert told in heard.speech, heard.speech
    assert "Today" not in heard.speech
    assert "Heute" not in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("turn the kitchen lights off, would you?", "en"),
        ("the heating is on, isn't it", "en"),
        ("is it true that the garage door is open", "en"),
        ("how long has the music been playing in the kitchen", "en"),
        ("which song is this I'm hearing now", "en"),
        ("Be so good as to skip this track, please.", "en"),
        ("mach das Licht aus, oda?", "de"),
        ("die Heizung ist an, gö?", "de"),
    ],
)
async def test_not_encores(hass: HomeAssistant, said: str, language: str) -> None:
    """A tag or a frame never makes a command or a device's state a history question."""
    await assert_not_encores(hass, said, language)
