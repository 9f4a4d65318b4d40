"""A chatty American, a Bristol teenager and a Welsh grandfather (issue 45's twentieth turn, writers 76-78).

The chatty speaker asks for "the hour and the day" after the question (which
hour, which day: no period "the day"), "wears out" a record (plays it most),
tags a question "do you know that offhand?" and says "like on New Year's" of
this year's first play. The teenager says "last time I listened to X was
when" (X's last play) and "what did I play last, like the very last thing";
both describe the song they skip as the one they "can't stand". The
grandfather asks what kind of listener he is (the taste), is "at his
music", names "our Ada" and "Ada's favourite singer" (Ada's, never his
own), "cuts off" a band's songs (skips them), corrects his old word
("gramophone record, well, song"), and asks for "a little summing-up" or
"how my year has gone" (a recap; with no time said, this month's).

The phrasings are this file's own; each is read as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "what's my busiest listening time, like the hour and the day?",
        "when do I usually listen, the hour I mean, and the day",
        "when am I mostly at my records, which hour or which day",
        "my peak time for music, so the hour and the day of the week",
    ],
)
def test_hour_and_day_asked_is_no_period(said: str) -> None:
    """ "The hour and the day" asks which, never today's peak."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is Asked.PEAK
    assert reading.when is None
    assert reading.unread is None


def test_the_day_alone_is_still_today() -> None:
    """A Scot's "the day" said alone stays today."""
    assert read_question("what did I listen to the day", "en", _NOW, _TZ).when


@pytest.mark.parametrize(
    ("said", "asked", "name"),
    [
        ("last time I listened to daft punk was when", Asked.LAST_PLAY, "daft punk"),
        ("first time i heard air was what day", Asked.FIRST_PLAY, "air"),
        ("the last time I played Justice, when was that", Asked.LAST_PLAY, "Justice"),
        ("last time we streamed the daily was when", Asked.LAST_PLAY, "the daily"),
    ],
)
def test_time_said_first_question_word_last(said: str, asked: Asked, name: str) -> None:
    """A teenager's "last time I ... X was when" is X's last (or first) play."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is asked
    assert reading.name == name


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Who is Ada's favourite singer this year, I wonder?", "artist"),
        ("what's Ada's favourite song lately", "track"),
        ("which is Ada's favourite album", "album"),
    ],
)
def test_someones_favourite_is_theirs(said: str, kind: str) -> None:
    """ "Ada's favourite singer" ranks Ada's plays, never the asker's."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is Asked.TOP
    assert reading.person == "Ada"
    assert reading.kind == kind


@pytest.mark.parametrize(
    "said",
    [
        "What has our Ada been listening to this week?",
        "what did our Ada play yesterday",
    ],
)
def test_our_ada_is_ada(said: str) -> None:
    """ "Our Ada" is Ada, never the household."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.person == "Ada"
    assert not reading.everyone


@pytest.mark.parametrize(
    ("said", "asked", "kind"),
    [
        ("What sort of listener am I, would you say?", Asked.TASTE, None),
        ("what kind of music fan would you say I am", Asked.TASTE, None),
        ("what type of listener am I, going by what I play", Asked.TASTE, None),
        ("Whose songs do I cut off the most?", Asked.MOST_SKIPPED, "artist"),
        ("which tune do I usually cut off", Asked.MOST_SKIPPED, "track"),
        ("what's the song I can't stand", Asked.MOST_SKIPPED, "track"),
        (
            "which band is it I can't abide, the one I skip",
            Asked.MOST_SKIPPED,
            "artist",
        ),
        ("what's the tune I really can't bear", Asked.MOST_SKIPPED, "track"),
        ("which album have I basically worn out this year", Asked.TOP, "album"),
        ("what song did I totally wear out last month", Asked.TOP, "track"),
        (
            (
                "which gramophone record, well, song I suppose you'd call it now, "
                "did I have on most last week"
            ),
            Asked.TOP,
            "track",
        ),
        ("which record, I mean album, did I play most this year", Asked.TOP, "album"),
    ],
)
def test_read_as(said: str, asked: Asked, kind: str | None) -> None:
    """What is asked is read, and the kind asked of."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is asked
    if kind is not None:
        assert reading.kind == kind


def test_kind_of_listener_by_the_parts_of_the_day_stays_compared() -> None:
    """ "What kind of listener am I, morning or evening" compares day parts."""
    reading = read_question(
        "what kind of listener am I, morning or evening", "en", _NOW, _TZ
    )
    assert reading.asked is Asked.DAY_PARTS


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("a quick summing-up of my listening, nothing too long", None),
        ("sum up my music for me", None),
        ("a little round-up of my listening, keep it short", None),
        ("tell me how my month has gone, music-wise", "this month"),
        ("let me know how my October went", "October"),
    ],
)
def test_summing_up_is_a_recap(said: str, when: str | None) -> None:
    """A summing-up is a recap; with no time said the answer takes this month."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is Asked.RECAP
    assert reading.when == when


@pytest.mark.parametrize(
    ("said", "asked", "when"),
    [
        (
            "total number of plays last month, would you know that offhand?",
            Asked.PLAYS,
            "last month",
        ),
        (
            "first song I played this year, like on New Year's Day, any idea what it was?",
            Asked.FIRST_IN,
            "this year",
        ),
        (
            "and last Tuesday, what did I have on then?",
            Asked.WHAT_PLAYED,
            "last Tuesday",
        ),
        (
            "how many separate songs have I had on this month, not counting repeats",
            Asked.SONGS,
            "this month",
        ),
        (
            "how many tunes did I play yesterday, not counting the same one twice",
            Asked.SONGS,
            "yesterday",
        ),
    ],
)
def test_tags_and_restatements_ask_nothing(said: str, asked: Asked, when: str) -> None:
    """A tag, an example of the time or "not counting repeats" changes nothing."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is asked
    assert reading.when is not None
    assert reading.when.lower().removeprefix("on ") == when.lower()
    assert reading.name is None


@pytest.mark.parametrize(
    "said",
    [
        "what did I put on last, like the very last thing",
        "Remind me of the very last record I put on, I'm getting on",
    ],
)
def test_the_very_last_is_sure(said: str) -> None:
    """ "The very last" is the last play, sure of it."""
    reading = read_question(said, "en", _NOW, _TZ)
    assert reading.asked is Asked.LAST_IN
    assert reading.sure


def test_records_played_with_are_music() -> None:
    """ "With my records" limits the comparison to music."""
    reading = read_question(
        "am I a morning person or an evening one with my records", "en", _NOW, _TZ
    )
    assert reading.content == "music"


# -- through Assist ----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each is answered as its plain form is."""
    for said, plain in [
        (
            "what's my busiest listening time, like the hour and the day?",
            "what's my peak listening time",
        ),
        (
            "the last time I played Justice was when",
            "when did I last listen to Justice",
        ),
        ("sum up my music for me", "give me a rundown of my listening this month"),
        (
            "Who is Ada's favourite band this year, I wonder?",
            "who did Ada listen to most this year",
        ),
        (
            "which track do I always skip, like the one I can't stand",
            "which song do I skip the most",
        ),
        (
            "What sort of listener am I, judging by what I put on?",
            "describe my music taste",
        ),
        ("Whose records do I cut off the most?", "which artist do I skip the most"),
        (
            "okay buddy, name my three most played songs this year, go",
            "what are my top 3 songs this year",
        ),
        (
            "so how was last week for me, like overall?",
            "how was last week in music",
        ),
        (
            "Last Saturday at eight in the evening, what had I got on?",
            "what was playing last Saturday at 8 pm",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command said this way is never Encore's."""
    for said in [
        "alright buddy, turn the music up in the kitchen",
        "bruh skip this song",
        "bruh, turn it up",
        "how long has the heating been on",
        "hey buddy, play Daft Punk in the kitchen",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "en")
