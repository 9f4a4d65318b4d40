"""English as a French speaker (B1) says it reaches its answer (issue 45's fourteenth turn).

A writer nobody worked from, French first, got Home Assistant's "not aware of
any area called ...", a wrong answer or none: clock times said in hours ("at
five hours and quarter", "at eight hours less the quarter"), "the week last",
"since two weeks", "how much minutes", "rate of skip", "zap" for skip, "turns
in loop", "passing" for playing, "is it that", "with which song I have
finished", "listen" without "to", "days following", "there is ... ?", "a
bilan". Each kind is a rule over function words in `parse/learner_fr.py` and,
where Home Assistant took the sentence, a net sentence. The phrasings here are
this file's own; each gets the answer of its plain phrasing, or its figure is
counted again over the known plays. Commands said with the same words stay
Home Assistant's.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, prepare, read_question

from .test_english_turn9 import LAST_WEEK, _between, _music
from .test_heldout import assert_stays_home_assistants
from .test_voice import NOW, TODAY, TZ, ask, assert_answered_as, history  # noqa: F401

# -- the words read (fast) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        # Clock times said in hours.
        ("what was playing at 9 hours yesterday", "what was playing at 9 yesterday"),
        (
            "what was playing at six hours and quarter",
            "what was playing at quarter past six",
        ),
        (
            "what was playing at ten o'clock and half",
            "what was playing at half past ten",
        ),
        (
            "what was playing at four hours and twenty",
            "what was playing at twenty past four",
        ),
        (
            "what was playing at nine hours less the quarter",
            "what was playing at quarter to nine",
        ),
        ("what was playing at 7 hours less 10", "what was playing at 10 to 7"),
        ("what was playing at 18 h 30", "what was playing at 18:30"),
        # Periods.
        (
            "which album i played the most the month last",
            "which album did i play the most last month",
        ),
        (
            "which singer i heard the more since three weeks",
            "which singer did i hear the most in the last three weeks",
        ),
        (
            "how much hours i listened on the last ten days",
            "how many hours did i listen in the last ten days",
        ),
        # What is asked.
        ("my part of skips this week", "my skip rate this week"),
        ("the proportion of replays this year", "the repeat rate this year"),
        ("which artist i zap the most", "which artist do i skip the most"),
        (
            "the tune that goes in loop these days who is it",
            "which tune do i have on repeat lately",
        ),
        (
            "is it that i have listened queen this week",
            "did i listen to queen this week",
        ),
        (
            "with what track i have finished yesterday",
            "with what track did i finish yesterday",
        ),
        (
            "with which tune i have woken up today",
            "with which tune did i wake up today",
        ),
        ("make me the bilan of my week", "give me the recap of my week"),
    ],
)
def test_the_words_read(said: str, plain: str) -> None:
    """A French speaker's words become an English learner's plain ones."""
    assert " ".join(prepare(said, "en")) == " ".join(prepare(plain, "en"))


@pytest.mark.parametrize(
    ("said", "asked", "when"),
    [
        ("which song i played the most in the week last", Asked.TOP, "last week"),
        ("how much days following i played music", Asked.STREAK, None),
        (
            "there is groups that i heard for the first time this year",
            Asked.NEW_ARTISTS,
            "this year",
        ),
        ("which part of the day i listen music in general", Asked.PEAK, None),
        (
            "there is more podcasts the weekend than the days of work",
            Asked.WEEK_PARTS,
            None,
        ),
        (
            "is there more listening on weekends than in the week",
            Asked.WEEK_PARTS,
            None,
        ),
        ("i am more a person of evening or of morning", Asked.DAY_PARTS, None),
        ("how much minutes i listen today", Asked.LISTENING_TIME, "today"),
    ],
)
def test_what_is_asked(said: str, asked: Asked, when: str | None) -> None:
    """The kind of question, and its period, read from a French speaker's words."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.asked is asked, reading
    assert reading.when == when, reading


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # "Since" a point stays a point.
        ("what did i play since two weeks ago", "since two weeks ago"),
        # "The week before Christmas" is no last week.
        ("what did i play the week before christmas", "the week before christmas"),
        # "At 2 hours of music": no clock time.
        ("did i listen at 2 hours of music", "at 2 hours of music"),
        # "Did I listen the most": no "to" before "the most".
        ("what did i listen the most", "listen the most"),
    ],
)
def test_what_stays(said: str, kept: str) -> None:
    """Words a rule might mistake are left as they were."""
    assert kept in " ".join(prepare(said, "en"))


def test_the_week_last_year_is_no_last_week() -> None:
    """'The week last year' keeps its year: never last week."""
    reading = read_question("what did i play the week last year", "en", NOW, TZ)
    assert reading.when != "last week", reading


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "which track i played the most in the week last",
        "the song i have played the most the week last, which is it",
    ],
)
async def test_top_song_last_week(hass: HomeAssistant, said: str) -> None:
    """Last week's top song, never this week's (a wrong fact before)."""
    counts: dict[str, int] = {}
    for play in _music(_between(*LAST_WEEK)):
        counts[play.title] = counts.get(play.title, 0) + 1
    top = max(counts.values())
    heard = await ask(hass, said)
    assert heard.speech.startswith("Last week you listened most to "), heard.speech
    assert f"{top} plays" in heard.speech, heard.speech
    assert any(title in heard.speech for title, n in counts.items() if n == top)


# -- the answer of the plain question -----------------------------------------------

SAME_AS_PLAIN = [
    # Captured by home control before.
    (
        "which track was at 20 hours yesterday",
        "which track was playing at 8 pm yesterday",
    ),
    (
        "with which song i have finished yesterday",
        "with which song did i finish yesterday",
    ),
    ("with what tune i have started the week", "with what tune did i start the week"),
    ("what is my rate of skip the month last", "what is my skip rate last month"),
    ("my percentage of repetition this month", "what is my repeat rate this month"),
    ("the song that i zap the most, what is it", "which song do i skip the most"),
    (
        "which artist i zap the most this year",
        "which artist did i skip the most this year",
    ),
    (
        "the track that runs in loop lately, which is it",
        "which song do i have on repeat lately",
    ),
    (
        "there are more songs the weekend than in the week?",
        "do i listen to more music at the weekend than on weekdays",
    ),
    ("make me the bilan of my month", "give me a recap of my month"),
    # Wrong answers before.
    (
        "what was passing on saturday at six hours less ten",
        "what was playing on saturday at ten to six",
    ),
    (
        "yesterday at seven o'clock and twenty what was turning",
        "what was playing yesterday at twenty past seven",
    ),
    (
        "what was playing this evening at six hours and quarter",
        "what was playing this evening at quarter past six",
    ),
    (
        "which artist i listened the most in the month last",
        "which artist did i listen to the most last month",
    ),
    # Not understood before.
    (
        "which album i play the most since three weeks",
        "which album did i play the most in the last three weeks",
    ),
    (
        "how much hours i listened since ten days",
        "how many hours did i listen in the last ten days",
    ),
    (
        "how much minutes i listened the week last",
        "how many minutes did i listen last week",
    ),
    ("how much things i played yesterday", "how many plays did i have yesterday"),
    ("i have heard queen yesterday?", "did i listen to queen yesterday"),
    ("is it that i have played daft punk this week", "did i play daft punk this week"),
    ("we have heard justice the week last", "did i listen to justice last week"),
    ("did i listened the daily this week", "did i listen to the daily this week"),
    (
        "which moment of the day i listen music in general",
        "at what time of day do i usually listen to music",
    ),
    (
        "there is bands that i heard for the first time this month?",
        "which new artists did i discover this month",
    ),
    (
        "there is new groups the month last?",
        "which new artists did i discover last month",
    ),
    ("how much days following i listened", "how many days in a row have i listened"),
    ("with which tune i have woke up today", "what was the first song i played today"),
    (
        "with which singer i am obsessed since four weeks",
        "which artist am i obsessed with in the last four weeks",
    ),
]


@pytest.mark.usefixtures("history")
async def test_same_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each French speaker's phrasing gets the answer of its plain English."""
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_the_song_of_justice(hass: HomeAssistant) -> None:
    """'Did I listen the dance of Justice': the song D.A.N.C.E. by Justice."""
    heard = await ask(hass, "did i listen the dance of justice yesterday")
    assert heard.intent == "EncoreDidIListen", heard.speech
    assert "D.A.N.C.E. by Justice" in heard.speech, heard.speech
    assert heard.speech.startswith("Yes, "), heard.speech


# -- commands stay Home Assistant's ------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Commands said with a French speaker's words never reach Encore."""
    for said in [
        "play Daft Punk in the kitchen",
        "turn the music up",
        "set an alarm at 8 hours",
        "turn on the kitchen light at 7 hours and half",
        "turn off the music at 22 hours",
        "is there more light in the kitchen than in the bedroom",
        "play the song that turns in loop",
        "play the song that i zap the most",
        "is it that the kitchen light is on",
        "with which song do you want to wake up",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)
