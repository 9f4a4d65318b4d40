"""A chatty Munich speaker, a Münsterland grandmother, a learner, a Leipzig father (issue 45's twentieth turn, writers 76-80).

"An welchem Tag in der Woche", "Tag von die Woche" ask the usual weekday,
never this week (`when/shorthand`); a dictation that writes "letztewoche",
"diesenmonat" as one word, a learner's "letzte Sommer", "letzte
Wochenende" say their period; "als Allerletztes" is the last (`speech`);
"Lied des Monats" beside a named month is that month's top (`jargon_de`);
"am Wochenende ..., dat letzte Wochenende mein ich" takes the first time
back (`corrections.time_meant_first`); a summary asked with no time is a
recap of this month, never today's plays (`question._settle`); "mein
liebster Sänger" and "lagen da vorn" rank (`asked`); "viertel neun" is 8:15
(`when/clock`); a reason said after the question ("die hat nämlich so was
erzählt") is chat (`clauses`). The net closes on "oder nicht", "hab ich"
only after a word of listening: the weather stays Home Assistant's.

The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked
from custom_components.encore.voice.when import parse_when

from .test_heldout import assert_stays_home_assistants
from .test_voice import history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    "said",
    [
        "an welchem Tag in der Woche hör ich am meisten Musik",
        "welcher Tag der Woche läuft bei mir am meisten",
        "an welche tag von die woche ich höre musik am meisten",
        "an welchem Tag in der Woche hören wir am meisten",
        "what day in the week do I listen to the most",
    ],
)
def test_day_of_the_week_is_the_habit(said: str) -> None:
    """The usual weekday, over all time: never this week."""
    language = "en" if said.startswith("what") else "de"
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked is Asked.PEAK
    assert reading.when is None


def test_a_day_of_this_week_keeps_its_week() -> None:
    """ "An welchem Tag dieser Woche" is this week's busiest day."""
    reading = read_question(
        "an welchem Tag dieser Woche hab ich am meisten gehört", "de", _NOW, _TZ
    )
    assert reading.asked is Asked.PEAK
    assert reading.when is not None


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("letztewoche", datetime(2026, 11, 9, tzinfo=_TZ)),
        ("diesenmonat", datetime(2026, 11, 1, tzinfo=_TZ)),
        ("letztesjahr", datetime(2025, 1, 1, tzinfo=_TZ)),
        ("gesternabend", datetime(2026, 11, 19, 18, tzinfo=_TZ)),
        # Last summer, in November, is last year's (issue 45's 28th turn).
        ("letzte sommer", datetime(2025, 6, 1, tzinfo=_TZ)),
        ("in letzte winter", datetime(2025, 12, 1, tzinfo=_TZ)),
        ("diese sommer", datetime(2026, 6, 1, tzinfo=_TZ)),
        ("letzte wochenende", datetime(2026, 11, 14, tzinfo=_TZ)),
        ("das letzte wochenende", datetime(2026, 11, 14, tzinfo=_TZ)),
        ("am vorigen wochenende", datetime(2026, 11, 14, tzinfo=_TZ)),
    ],
)
def test_periods_said_together_or_as_a_learner(said: str, start: datetime) -> None:
    """A period written as one word or with a learner's ending is that period."""
    found = parse_when(said, "de", _NOW, _TZ)
    assert found is not None
    assert found.period.start == start


@pytest.mark.parametrize(
    ("said", "asked", "when"),
    [
        ("nu sag mal wen hab ich letztewoche am meisten gehört", Asked.TOP, True),
        ("wie viele lieder hab ich diesenmonat gespielt", Asked.PLAYS, True),
        ("was ich hab gehört letzte sommer", Asked.WHAT_PLAYED, True),
        ("was hab ich gehört letzte wochenende", Asked.WHAT_PLAYED, True),
        (
            "sag mal, welches Lied lief im Oktober als Allerletztes?",
            Asked.LAST_IN,
            True,
        ),
        ("was war gestern das allerletzte Lied", Asked.LAST_IN, True),
        ("was war heute das allererste Lied", Asked.FIRST_IN, True),
        ("fass mal zusammen was ich so gehört hab", Asked.RECAP, False),
        ("eine kleine Zusammenfassung, was ich so gehört habe", Asked.RECAP, False),
        ("kannst du mir zusammenfassen was ich gehört hab", Asked.RECAP, False),
        ("summarize what I listened to", Asked.RECAP, False),
        ("fass mal zusammen was ich gestern gehört hab", Asked.WHAT_PLAYED, True),
        ("wer war letzten Monat mein liebster Künstler", Asked.TOP, True),
        ("welches ist eigentlich mein liebstes Lied", Asked.TOP, False),
        (
            "In den letzten zwei Wochen, welche drei Lieder lagen da vorn?",
            Asked.TOP,
            True,
        ),
    ],
)
def test_read_as(said: str, asked: Asked, when: bool) -> None:
    """What is asked and whether a period was said."""
    language = "en" if said.startswith("summarize") else "de"
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked is asked
    assert (reading.when is not None) is when


@pytest.mark.parametrize(
    ("said", "month"),
    [
        ("du, was war denn im Oktober so mein Lied des Monats", "oktober"),
        ("wer war im September mein Künstler des Monats", "september"),
    ],
)
def test_of_the_month_beside_a_month(said: str, month: str) -> None:
    """The month named, never this month."""
    reading = read_question(said, "de", _NOW, _TZ)
    assert reading.asked is Asked.TOP
    assert reading.when is not None
    assert month in reading.when.lower()


@pytest.mark.parametrize(
    "said",
    [
        "Wie viele Lieder haben wir am Wochenende gespielt, das letzte Wochenende mein ich",
        "was lief am Samstag, den letzten Samstag mein ich",
        "how many songs did we play at the weekend, last weekend I mean",
    ],
)
def test_time_made_exact_after(said: str) -> None:
    """The time said last with "mein ich" is the period; no weekends compared."""
    language = "en" if said.startswith("how") else "de"
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked not in (Asked.WEEK_PARTS, Asked.PLAY_COUNT)
    assert reading.when is not None
    assert "letzt" in reading.when.lower() or "last" in reading.when.lower()


def test_a_name_meant_after_stays_a_name() -> None:
    """ "..., Bohemian Rhapsody mein ich" is no time: the name stays."""
    reading = read_question(
        "hab ich Queen gehört, Bohemian Rhapsody mein ich", "de", _NOW, _TZ
    )
    assert reading.asked is Asked.DID_I
    assert reading.name is not None


@pytest.mark.parametrize(
    "said",
    [
        "hat Ada vorgestern Queen gehört, die hat nämlich so was erzählt",
        "hab ich gestern Air gehört, ich hab nämlich so einen Ohrwurm",
        "hat Ada gestern Justice gehört, sie behauptet das",
    ],
)
def test_reason_after_the_question_is_chat(said: str) -> None:
    """The name is kept; the reason is no part of it."""
    reading = read_question(said, "de", _NOW, _TZ)
    assert reading.asked is Asked.DID_I
    assert reading.name is not None
    assert "nämlich" not in reading.name
    assert "behauptet" not in reading.name


def test_quarter_hour_said_in_the_east() -> None:
    """ "Viertel neun" is a clock time (8:15), read with its day."""
    reading = read_question(
        "was lief gestern abend um viertel neun, da hab ich gekocht", "de", _NOW, _TZ
    )
    assert reading.asked is Asked.WHAT_PLAYED
    assert reading.when is not None
    assert "viertel neun" in reading.when.lower()
    assert reading.unread is None


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command or the weather is never Encore's."""
    for said, language in [
        ("wie wird denn das Wetter morgen, brauch ich einen Schirm oder nicht", "de"),
        ("regnet es heute noch, ja oder nein", "de"),
        ("ist das Licht in der Küche noch an oder nicht", "de"),
        ("spiel Daft Punk in der Küche", "de"),
        ("mach die Musik lauter", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
