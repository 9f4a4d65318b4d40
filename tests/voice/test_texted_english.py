"""English texted by a terse phone typist (issue 45's fourteenth turn, writer 32).

An outside writer typed to Assist as to a friend: "who am i obsessed w", "#
artists since oct", "any wet leg last mo", "cafe tacuba in sept", "1st play
the daily", "final song sat", "2025 review", "wkend vs weekday listening",
"what was on 745 last nite", "mins of podcasts yday". Home Assistant took
some ("targeting the people", "no area called sept"), others got no answer,
and "final song sat" was answered with the last play of all: a wrong fact.
The habits are undone in `parse/terse_en.py` (`undo_texted`) and
`when/shorthand.py`, and the English net holds the phrasings.

The phrasings are this file's own; each is answered as its plain English
is, and the figures are recounted where a period was the failure.
"""

from datetime import date, timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.when.shorthand import expand_shorthand

from .test_german_turn11 import _between
from .test_heldout import assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

SINCE_OCTOBER = (date(TODAY.year, 10, 1), TODAY)
THIS_MONTH = (TODAY.replace(day=1), TODAY)
LAST_MONTH = (
    (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1),
    TODAY.replace(day=1) - timedelta(days=1),
)

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("said", ["# artists since oct", "number of artists since oct"])
async def test_artists_since_october(hass: HomeAssistant, said: str) -> None:
    """Different artists since October, never all time."""
    count = len({p.artist for p in _between(SINCE_OCTOBER) if p.kind is PlayKind.TRACK})
    heard = await ask(hass, said)
    assert heard.speech.startswith("Since October"), heard.speech
    assert f"{count} different artists" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("said", ["unique songs this mo", "# of diff tracks this mo"])
async def test_songs_this_month(hass: HomeAssistant, said: str) -> None:
    """Different songs this month, recounted."""
    count = len(
        {(p.title, p.artist) for p in _between(THIS_MONTH) if p.kind is PlayKind.TRACK}
    )
    heard = await ask(hass, said)
    assert heard.speech.startswith("This month"), heard.speech
    assert f"{count} different songs" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("said", ["any queen last mo", "any queen last month"])
async def test_queen_last_month(hass: HomeAssistant, said: str) -> None:
    """Queen's plays last month, never all time."""
    count = sum(1 for p in _between(LAST_MONTH) if p.artist == "Queen")
    heard = await ask(hass, said)
    assert "last month" in heard.speech, heard.speech
    assert f"{count} times" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    ("what am i obsessed w", "what am I obsessed with"),
    ("which artist am i obsessed w", "which artist am I obsessed with"),
    ("what did i start last sat w", "what was the first song I played last Saturday"),
    ("what did i finish yday w", "what was the last song I played yesterday"),
    ("hrs listened this wk", "how many hours did I listen this week"),
    ("mins listened today", "how many minutes did I listen today"),
    ("mins of music yday", "how many minutes of music did I listen to yesterday"),
    (
        "hrs of podcasts this mo",
        "how many hours of podcasts did I listen to this month",
    ),
    ("# of bands this yr", "how many different bands did I listen to this year"),
    ("unique artists last mo", "how many different artists did I listen to last month"),
    ("distinct songs in aug", "how many different songs did I listen to in August"),
    ("how many songs ever", "how many different songs have I listened to"),
    ("how many bands overall", "how many different bands have I listened to"),
    ("any daft punk this wk", "did I listen to Daft Punk this week"),
    ("any air yday", "did I listen to Air yesterday"),
    ("any justice since oct", "did I listen to Justice since October"),
    ("what played last nite", "what did I listen to last night"),
    ("tunes day b4 yday", "what music did I listen to the day before yesterday"),
    ("songs day before yday", "what music did I listen to the day before yesterday"),
    ("what was on 915 last nite", "what was playing at 9:15 pm last night"),
    ("what was playing 7 45 last nite", "what was playing at 7:45 pm last night"),
    ("what was on 515 today", "what was playing at 5:15 pm today"),
    ("what played 8pm tue", "what was playing at 8 pm on Tuesday"),
    ("what was on 9pm sat", "what was playing at 9 pm on Saturday"),
    ("1st time bands this yr", "which new artists did I discover this year"),
    ("first time artists last mo", "which new artists did I discover last month"),
    ("1st spin justice", "when did I first listen to Justice"),
    ("last play daft punk", "when did I last listen to Daft Punk"),
    ("latest listen air", "when did I last listen to Air"),
    ("latest track", "what was the last song I played"),
    ("most recent tune plz", "what was the last song I played"),
    ("first song yday", "what was the first song I played yesterday"),
    ("opening track sat", "what was the first song I played on Saturday"),
    ("final track last sun", "what was the last song I played last Sunday"),
    ("last song this am", "what was the last song I played this morning"),
    ("my 2026 wrapped", "give me a recap of 2026"),
    ("2025 recap", "give me a recap of 2025"),
    ("last wk recap", "give me a recap of last week"),
    ("weekdays vs wkends", "do I listen more on weekends or weekdays"),
    ("weekend or weekday listening", "do I listen more on weekends or weekdays"),
    ("how many songs this am", "how many songs did I listen to this morning"),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, and answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


# -- commands stay Home Assistant's ------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command with the texted words is never Encore's."""
    for said in [
        "play queen in the kitchen",
        "play Daft Punk in the kitchen",
        "shuffle justice in the kitchen",
        "turn the music up",
        "any lights on in the kitchen",
        "turn on the lights in the kitchen",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)


@pytest.mark.usefixtures("history")
async def test_a_name_in_a_month_alone_stays_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No sentence opens with a bare name: "play Daft Punk in May" is a command.

    "Cafe tacuba in sept" is read by the rules (below) but no sentence of
    the net catches a name and a month alone, which would catch every
    command and every other question that ends in a month.
    """
    for said in [
        "play daft punk in may",
        "queue justice in october",
        "holidays in august",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("who am i obsessed w", "who am i obsessed with"),
        ("what did i end last fri w", "what was the last thing i played last friday"),
        ("hrs listened last 30 days", "how many hours did i listen last 30 days"),
        (
            "# artists since oct",
            "how many different artists did i listen to since october",
        ),
        ("# of diff songs aug", "how many different songs did i listen to in august"),
        ("any wet leg last mo", "did i listen to wet leg last month"),
        ("cafe tacuba in sept", "did i listen to cafe tacuba in september"),
        ("what was on 745 last nite", "what was on at 7:45 last night"),
        ("what was playing 5 15 today", "what was playing at 5:15 today"),
        ("1st play the daily", "when did i first listen to the daily"),
        ("final song sat", "what was the last song i played on saturday"),
        ("2025 review", "give me a recap of 2025"),
        ("wkend vs weekday listening", "do i listen more on weekends or weekdays"),
        (
            "mins of podcasts yday",
            "how many minutes of podcasts did i listen to yesterday",
        ),
        # Left as said: no period after the name, a count of plays, a year.
        ("any new artists since march", "any new artists since march"),
        ("what did i end up with", "what did i end up with"),
        ("songs from 2025", "what music was playing from 2025"),
        ("last time i played queen", "last time i played queen"),
    ],
)
def test_read_as(said: str, read: str) -> None:
    """The texted habit undone, and nothing more."""
    assert " ".join(prepare(said, "en")) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("i sat with queen", "i sat with queen"),
        ("the sun", "the sun"),
        ("final song sat", "final song saturday"),
        ("what played 9 pm wed", "what played 9 pm wednesday"),
        ("since oct", "since october"),
        ("in dec", "in december"),
        ("dec", "dec"),
        ("w", "w"),
        ("obsessed w", "obsessed with"),
    ],
)
def test_shorthand(text: str, read: str) -> None:
    """A texted month, day or "w" spelled out only beside a word asking for it."""
    assert expand_shorthand(text) == read
