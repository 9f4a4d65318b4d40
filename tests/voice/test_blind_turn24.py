"""What the twenty-fourth turn's blind writers (102 to 108) said (issue 45).

A parent minding children, a record collector, a Bangalore-born speaker, a
fast Scouse mumbler dictating, a query-language engineer, a nine-year-old
and a dry joker. Their questions closed on remarks that became names
("..., the day's young", "..., der Tag is ja noch jung"), compared the parts
of the week said first ("unner de Woch oder am Wochenend, wann lauft mehr
bei mir"), and said things in words no reader knew: "kaputtjehört",
"wegdrück", "me weak", "what songs what I played", "loads and loads". The
phrasings are this file's own.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.remarks_after import drop_remarks_after

from .read_as_plain import NOW as _NOW, TZ as _TZ, assert_read_as_plain
from .test_voice import assert_encores_as_plain, history  # noqa: F401


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        # Remarks after the question.
        (
            "en",
            "how many songs did I play today, the day's young",
            "how many songs did I play today",
        ),
        (
            "en",
            "how many tracks since Monday, ballpark's fine",
            "how many tracks since Monday",
        ),
        (
            "en",
            "total plays this year, let's get it over with",
            "total plays this year",
        ),
        (
            "en",
            "the very last thing I played, go on then",
            "the very last thing I played",
        ),
        (
            "en",
            "how many songs did I play this morning, I mean before the school run",
            "how many songs did I play this morning",
        ),
        (
            "de",
            "wie viele Lieder hab ich heute gehört, der Tag ist ja noch jung",
            "wie viele Lieder hab ich heute gehört",
        ),
        (
            "de",
            "wie viele Songs dieses Jahr, raus damit",
            "wie viele Songs dieses Jahr",
        ),
        (
            "de",
            "wie viele Lieder hab ich heute früh gehört, bevor die Kinder aufstehen",
            "wie viele Lieder hab ich heute früh gehört",
        ),
        # Words no reader knew.
        (
            "de",
            "welches Lied hab ick im September kaputtjehört",
            "welches Lied hab ich im September am meisten gehört",
        ),
        (
            "de",
            "wat is det Lied, det ick immer wegdrück",
            "welches Lied überspringe ich am häufigsten",
        ),
        ("de", "hör ich immer die gleiche Lieder", "hör ich immer die gleichen Lieder"),
        (
            "de",
            "wie viel hab ich seit September gehört an Liedern",
            "wie viele Lieder hab ich seit September gehört",
        ),
        (
            "de",
            "wie lange hab ich zwanzig fünfundzwanzig Musik gehört",
            "wie lange hab ich 2025 Musik gehört",
        ),
        (
            "de",
            "wie viele Lieder hab ich heute schon durch",
            "wie viele Lieder hab ich heute gehört",
        ),
        ("en", "how was me weak in music", "how was my week in music"),
        (
            "en",
            "how many diff rent songs last week",
            "how many different songs last week",
        ),
        ("en", "what songs what I played yesterday", "what songs did I play yesterday"),
        (
            "en",
            "which record did I listen to loads and loads in October",
            "which album did I listen to the most in October",
        ),
        ("en", "what did I play yesterday-day", "what did I play yesterday"),
        ("en", "tell me about my year of music", "how was my year in music"),
        (
            "en",
            "who's new in my rotation lately",
            "which new artists did I discover lately",
        ),
        ("en", "artist with max skips this month", "most skipped artist this month"),
        (
            "en",
            "how many songs what I played on Saturday",
            "how many songs did I play on Saturday",
        ),
        ("de", "was ist mein allerliebstes Album", "was ist mein Lieblingsalbum"),
        (
            "de",
            "wie viele Lieder hab ich gestern gespielt gehabt",
            "wie viele Lieder hab ich gestern gespielt",
        ),
        ("de", "was lief gestern wo um halb acht", "was lief gestern um halb acht"),
        (
            "en",
            "minutes listened last year, like my Wrapped number",
            "minutes listened last year",
        ),
        (
            "de",
            "zeig mir die Top 3 Songs, last 30 days",
            "zeig mir die Top 3 Songs in den letzten dreißig Tagen",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # A remark that says a time is left for the period's readers.
        ("en", "how many songs did I play, I mean before the weekend"),
        ("en", "how many songs did I play, I suspect about four last week"),
        ("de", "wie viele Lieder hab ich gehört, bevor die Woche anfing"),
        # No remark at all, and a title that ends like one.
        ("en", "how many times did I play Go"),
        ("de", "wie oft hab ich Zack gehört"),
    ],
)
def test_a_remark_with_a_time_stays(lang: str, said: str) -> None:
    """Only a remark that says no time goes; a question without one is kept whole."""
    assert drop_remarks_after(said, lang) == said


def test_listening_told_about_stays_everything() -> None:
    """'Tell me about my listening' is a recap of music and podcasts alike."""
    reading = read_question("tell me about my listening", "en", _NOW, _TZ)
    assert (reading.asked, reading.content) == ("recap", "everything")


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Through Home Assistant, never an area's answer: the plain question's."""
    for said, plain in [
        (
            "unner de Woch oder am Wochenend, wann lauft mehr bei mir",
            "hör ich am Wochenende mehr als unter der Woche",
        ),
        (
            "wochentags oder wochenende wann hör ich mehr",
            "hör ich am Wochenende mehr als unter der Woche",
        ),
        (
            "bin ich eher so n Morgen Hörer oder Abend Hörer",
            "bin ich eher ein Morgenhörer oder ein Abendhörer",
        ),
        ("wie fiel lider heute", "wie viele Lieder heute"),
        (
            "welchen Song überspring ich immer",
            "welchen Song überspringe ich am häufigsten",
        ),
        ("letztet Lied, wat lief", "was war das letzte Lied"),
        (
            "welchet Lied kann ick jrade nich lassen",
            "welches Lied höre ich gerade in Dauerschleife",
        ),
        (
            "nach welchem Podcast bin ick süchtig",
            "welchen Podcast habe ich in letzter Zeit am meisten gehört",
        ),
        ("wat für Musik hör ick so", "was für Musik höre ich"),
        ("aktueller Streak", "wie lang ist meine aktuelle Serie"),
        ("was ist mein allerliebstes Lied", "was ist mein Lieblingslied"),
        (
            "von wem skip ich die meisten Lieder",
            "welchen Künstler überspringe ich am häufigsten",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")
