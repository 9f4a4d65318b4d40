"""A terse Leeds speaker, an Arabic speaker dictating, a father on the run (issue 45's twentieth turn, writers 75, 79, 80).

A terse speaker says the name or the period first and clips the question
after it ("Arctic Monkeys, when last", "Saturday, first thing on", "my
year, go on then"), with Yorkshire words ("owt", "caned", "stuck on")
(`parse/name_first_en.py`, `parse/clipped_en.py`). An Arabic speaker says
"b" for "p" ("blay", "bodcast"), leaves the article off ("i listen same
song"), says "of ever", "one after other", "from" for a song's artist and
"or no" for a yes-or-no question (`parse/learner_ar.py`). A father asks
what was on "an hour ago" (`parse/hours_ago.py`). "How much do I skip" is
the skip rate, never the song skipped most.

The phrasings are this file's own; each is answered as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked, Reading
from custom_components.encore.voice.when import parse_when

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


def _read(said: str) -> Reading:
    """The reading of `said`, in English, at the tests' moment."""
    return read_question(said, "en", _NOW, _TZ)


# -- the wrong facts: what is asked ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked", "kind"),
    [
        # "Bodcast" is a podcast: never the songs on repeat.
        ("what is the bodcast i listen most", Asked.TOP, "show"),
        ("which bodcasts i am obsessed with", Asked.ON_REPEAT, "show"),
        ("tob five songs of ever", Asked.TOP, "track"),
        # How much is skipped: the rate.
        ("how much i skip this month", Asked.SKIPS, None),
        ("how much do you think i skip", Asked.SKIPS, None),
        ("how much do i usually skip", Asked.SKIPS, None),
        # The same song again and again: the repeat rate.
        ("i play same songs again and again", Asked.REPEAT, None),
        ("i hear same music over and over this week", Asked.REPEAT, None),
    ],
)
def test_learner_wrong_facts_mended(said: str, asked: Asked, kind: str | None) -> None:
    """What an Arabic speaker asks is read, never a neighbouring family."""
    reading = _read(said)
    assert reading.asked is asked
    if kind is not None:
        assert reading.kind == kind


def test_what_is_usually_skipped_stays_the_song() -> None:
    """ "What do I usually skip" still asks the song skipped most."""
    assert _read("what do i usually skip").asked is Asked.MOST_SKIPPED


# -- an Arabic speaker's other ways ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked", "when"),
    [
        ("how many songs i blayed yesterday", Asked.PLAYS, "yesterday"),
        ("how many days after each other i listen", Asked.STREAK, None),
        ("how many days one after the other i am listening", Asked.STREAK, None),
        ("what hour in the day i listen mostly", Asked.PEAK, None),
        ("give me a summary for my listening", Asked.RECAP, None),
        ("which bands was new for me last month", Asked.NEW_ARTISTS, "last month"),
        ("what songs i heard yesterday", Asked.WHAT_PLAYED, "yesterday"),
    ],
)
def test_arabic_speaker_read(said: str, asked: Asked, when: str | None) -> None:
    """An Arabic speaker's dictated English is read as its plain form."""
    reading = _read(said)
    assert reading.asked is asked
    if when is not None:
        assert reading.when == when


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("air i listen it yesterday or no", "air"),
        (
            "one more time from daft punk i heard it last week or not",
            "one more time by daft punk",
        ),
    ],
)
def test_name_first_or_no(said: str, name: str) -> None:
    """A name said first, "i listen it ... or no": did I play it."""
    reading = _read(said)
    assert reading.asked is Asked.DID_I
    assert reading.name is not None
    assert reading.name.startswith(name)


def test_clock_after_a_days_part() -> None:
    """ "Wednesday night nine o clock": the clock is read with the day."""
    reading = _read("on tuesday evening ten o clock what was on")
    assert reading.when is not None
    assert "at ten" in reading.when


# -- a name said first, the question clipped ---------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked", "name"),
    [
        ("Queen, last time, when", Asked.LAST_PLAY, "Queen"),
        ("Daft Punk. when was it last on", Asked.LAST_PLAY, "Daft Punk"),
        ("The Weeknd, when did they last come on", Asked.LAST_PLAY, "The Weeknd"),
        ("Genesis, when did it first come on", Asked.FIRST_PLAY, "Genesis"),
        ("The Weeknd, first spin, when", Asked.FIRST_PLAY, "The Weeknd"),
        ("Justice. first time, when", Asked.FIRST_PLAY, "Justice"),
    ],
)
def test_name_said_first_clipped(said: str, asked: Asked, name: str) -> None:
    """The name said first is the one the clipped question asks about."""
    reading = _read(said)
    assert reading.asked is asked
    assert reading.name == name


@pytest.mark.parametrize(
    "said",
    [
        "Justice. did we hear them last week",
        "had owt by Queen lately",
        "Air, did we hear last week",
    ],
)
def test_name_said_first_did_i(said: str) -> None:
    """ "X. did I listen this morning", "had owt by X": did I play X."""
    reading = _read(said)
    assert reading.asked is Asked.DID_I
    assert reading.name is not None


@pytest.mark.parametrize(
    "said",
    [
        "kitchen, when last",
        "Saturday, first thing on",
        "my year, go on then",
        "so, when last",
    ],
)
def test_no_room_period_or_filler_made_a_name(said: str) -> None:
    """A room, a period or a filler said first is never taken for a name."""
    assert _read(said).name is None


# -- a period or topic said first, clipped -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked", "when"),
    [
        ("last night, first song", Asked.FIRST_IN, "last night"),
        ("yesterday, last thing on", Asked.LAST_IN, "yesterday"),
        ("my month, go on", Asked.RECAP, "this month"),
        ("my week so far, go on then", Asked.RECAP, "this week"),
        ("catch me up on last week", Asked.RECAP, "last week"),
        ("fill me in on yesterday", Asked.RECAP, "yesterday"),
        ("fill me in on lastweek", Asked.RECAP, "last week"),
        ("found owt new this month", Asked.NEW_ARTISTS, "this month"),
        ("which track have I caned most this year", Asked.TOP, "this year"),
    ],
)
def test_clipped_read(said: str, asked: Asked, when: str) -> None:
    """A clipped question with its period said first is read whole."""
    reading = _read(said)
    assert reading.asked is asked
    assert reading.when == when


@pytest.mark.parametrize(
    "said", ["which song am I stuck on", "which show am I stuck on lately"]
)
def test_stuck_on_is_hooked_on(said: str) -> None:
    """ "Stuck on" a song or a show: on repeat."""
    assert _read(said).asked is Asked.ON_REPEAT


def test_stuck_on_anything_else_is_not_encores() -> None:
    """ "Which level am I stuck on" asks nothing of the history."""
    assert _read("which level am i stuck on").asked is None


# -- a while ago ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "clock"),
    [
        ("what was on two hours ago", "16:30 today"),
        ("what song was playing forty five minutes ago", "17:45 today"),
        ("what was playing half an hour ago", "18:00 today"),
    ],
)
def test_a_while_ago_is_a_clock_time(said: str, clock: str) -> None:
    """ "An hour ago" is the clock time it means, never unread."""
    reading = _read(said)
    assert reading.when is not None
    assert reading.when.endswith(clock)


def test_days_ago_stay_the_periods() -> None:
    """ "Three days ago" is no clock time."""
    reading = _read("what did i play three days ago")
    assert reading.when is None or ":" not in reading.when


# -- through Assist ----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each is answered as its plain form is."""
    for said, plain in [
        ("what is the bodcast i listen most", "what is my top podcast"),
        ("how much i skip this month", "what is my skip rate this month"),
        (
            "i play same songs again and again this month",
            "what is my repeat rate this month",
        ),
        ("how many days after each other i listen", "what is my listening streak"),
        ("Queen, last time, when", "when did I last play Queen"),
        ("Genesis, when did it first come on", "when did I first play Genesis"),
        ("my month, go on", "recap this month"),
        ("catch me up on last week", "recap last week"),
        ("yesterday, last thing on", "what was the last song I played yesterday"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Close commands are never Encore's."""
    for said in [
        "play the same song over and over",
        "play Queen in the kitchen",
        "turn the kitchen lights on",
        "set a timer for twenty minutes",
        "skip this song",
        "what's playing",
        "blay some music",
        "play the bodcast",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "en")


@pytest.mark.parametrize(
    ("said", "month"),
    [("this year back in january", 1), ("this year, back in march", 3)],
)
def test_this_year_back_in_a_month(said: str, month: int) -> None:
    """ "This year back in January" is that month of this year."""
    found = parse_when(said, "en", _NOW, _TZ)
    assert found is not None
    assert found.period.start is not None
    assert (found.period.start.year, found.period.start.month) == (2026, month)
