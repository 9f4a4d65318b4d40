"""A collector's jargon, a tired nurse's English and a child's (issue 45's fifteenth turn).

Three writers nobody here had seen got no answer, or a wrong one:

- a tired night-shift nurse (writer 35): "okay so", "um", restarts and
  sentences broken by full stops ("um how was my month. in music", "the
  song i always skip. which one is it", "at like, eight. eight pm");
- a record collector (writer 37): spins logged, the scrobble count, the
  rotation, "my sound", first-time spins, trigger-happy on the skip button,
  episodes got through, a name said first and then "have him on" (answered
  with the last play of anything: a wrong fact);
- a ten-year-old (writer 38): "a morning music kid or an evening music
  kid", "saturdays and sundays or normal days", "how many songs was it",
  "after school", "what's my music like", "tell me about my listening".

The habits are undone in `parse/jargon_en.py` and `parse/terse_en.py`
(`undo_broken`), and the English net holds their words. The phrasings are
this file's own; each is answered as its plain English is, and the figures
are recounted where a count was the failure.
"""

from datetime import timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.parse.jargon_en import front_name

from .test_german_turn11 import YESTERDAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

THIS_WEEK = (TODAY - timedelta(days=TODAY.weekday()), TODAY)

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "span", "opens"),
    [
        ("how many spins have I logged today", (TODAY, TODAY), "Today "),
        ("how many spins did I clock yesterday", YESTERDAY, "Yesterday "),
        ("how many plays have I racked up this week", THIS_WEEK, "This week "),
        ("my scrobble count for this week", THIS_WEEK, "This week "),
    ],
)
async def test_plays_logged(
    hass: HomeAssistant, said: str, span: tuple, opens: str
) -> None:
    """The plays of the period, recounted; never a name called "logged"."""
    count = len(_between(span))
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.startswith(opens), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "did Queen sneak into the rotation at all this week",
        "Queen, did that get a spin this week",
        "did Queen make it into the rotation this week",
    ],
)
async def test_queen_this_week(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this week, recounted."""
    count = sum(1 for play in _between(THIS_WEEK) if play.artist == "Queen")
    heard = await ask(hass, said)
    assert heard.speech.startswith("Yes, you played Queen"), heard.speech
    assert f"{count} times this week" in heard.speech, heard.speech


# -- a wrong fact mended ----------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "The Weeknd, when did I last have him on",
        "the weeknd, when did I first put him on",
    ],
)
async def test_a_name_never_heard_is_not_any_play(
    hass: HomeAssistant, said: str
) -> None:
    """A name said first is the name asked about, never the last play of anything."""
    heard = await ask(hass, said)
    assert "nothing called" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # A tired nurse: fillers, restarts, sentences broken by full stops.
    (
        "um okay so that da funk track by daft punk, how often this month",
        "how many times did i play da funk by daft punk this month",
    ),
    (
        "okay so that one more time song by daft punk, how many times since monday",
        "how many times did i play one more time by daft punk since monday",
    ),
    ("okay so catch me up, what played yesterday", "what did i play yesterday"),
    ("okay so fill me in, what played this afternoon", "what played this afternoon"),
    ("erm the artist i always skip. who is it", "which artist do i always skip"),
    ("um the song i always skip. which one is it", "what song do i always skip"),
    ("uh the song i played most. which one was it", "what did i play most"),
    ("right so how was my week. in music", "how was my week"),
    ("um how was my month. in music", "how was my month"),
    (
        "what was playing yesterday at like, nine. nine pm",
        "what was playing yesterday at nine pm",
    ),
    (
        "what was playing yesterday at like, eight. eight pm",
        "what was playing yesterday at eight pm",
    ),
    # A record collector's jargon.
    ("scrobble count for the past seven days", "how many plays in the last seven days"),
    ("songs I played yesterday, how many", "how many songs did i play yesterday"),
    (
        "episodes of the pod I put on this month, how many",
        "how many episodes did i play this month",
    ),
    (
        "The Daily, how many episodes did I get through this month",
        "how many episodes of the daily did i play this month",
    ),
    (
        "did Air make it into the rotation last month",
        "did i play air last month",
    ),
    (
        "cafe tacuba, did that get any play the day before yesterday",
        "did i play cafe tacuba the day before yesterday",
    ),
    ("Sexy Boy, did it get played yesterday", "did i play sexy boy yesterday"),
    ("what's been on heavy rotation this month", "what have i been playing this month"),
    ("what's been in rotation this week", "what have i been playing this week"),
    ("what's my sound, judging by what I spin", "what is my music taste"),
    (
        "which artists were first-time plays for me last year",
        "which new artists did i hear last year",
    ),
    ("how trigger happy am I on the skip button", "how often do i skip"),
    (
        "how itchy was I with the skip button this week",
        "how often did i skip this week",
    ),
    ("when did Air first show up in my scrobbles", "when did i first play air"),
    ("Daft Punk, when did I last have them on", "when did i last play daft punk"),
    ("Queen, when did I first put them on", "when did i first play queen"),
    (
        "first track of the day before yesterday",
        "what was the first song the day before yesterday",
    ),
    ("what was the last play of october", "what was the last song in october"),
    ("what was the opening spin of last week", "what was the first song last week"),
    (
        "am I a weekend spinner or a weekday one",
        "do i listen more on weekends or weekdays",
    ),
    (
        "am I more of an evening listener or a morning one",
        "do i listen more in the morning or the evening",
    ),
    # A child's English.
    (
        # Music said stays music.
        "am i a night music kid or a morning music kid",
        "do i listen to more music at night or in the morning",
    ),
    (
        "is it more music on saturdays and sundays or on school days",
        "do i listen to more music on weekends or weekdays",
    ),
    (
        "how many tracks was it yesterday is it more than ten",
        "how many tracks did i play yesterday",
    ),
    (
        "what was the song at eight today before school",
        "what was playing at eight today",
    ),
    (
        "am i a rock music person or what, what's my music like",
        "what is my music taste",
    ),
    (
        "who were the new bands i heard last year that i had never heard of before",
        "which new artists did i hear last year",
    ),
    ("tell me about my music", "give me a recap of this month"),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a device's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No home-control or what-plays-now sentence reaches Encore."""
    for said in [
        "play Daft Punk in the kitchen",
        "turn the music up",
        "play the song I always skip",
        "what's my sound level",
        "put the weeknd on",
        "okay so play something by queen in the kitchen",
        "um what is playing in the kitchen",
        "set a timer for eight minutes",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "en")


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("how many spins have i logged today", "how many spins today"),
        ("scrobble count for last week", "how many plays for last week"),
        ("in my scrobbles", "in my history"),
        ("did queen slip into the rotation", "did i play queen"),
        ("what's been in rotation lately", "what have i been playing lately"),
        ("what's my sound", "what is my music taste"),
        ("how twitchy was i on the skip button", "how often did i skip"),
        ("last song of the day before yesterday", "on the day before yesterday"),
        ("the final spin of last month", "final song in last month"),
        (
            "am i a morning spinner or an evening one",
            "in the morning or in the evening",
        ),
        ("saturdays and sundays or on normal days", "weekends or on weekdays"),
        ("how many songs was it today", "how many songs did i play today"),
        ("the song at five after school", "song was playing at five"),
        ("the band i always skip. who is it", "which band do i always skip"),
        ("how was my year. in music", "how was my this year"),
        ("at like, seven. seven pm", "at seven pm"),
    ],
)
def test_the_rules(said: str, read: str) -> None:
    """The jargon, the fillers and the broken sentences, undone."""
    assert read in " ".join(prepare(said, "en")), prepare(said, "en")


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # A name after a verb is never changed; a command keeps its words.
        ("play the song i always skip", "play the song i always skip"),
        ("what's my sound level", "what is my sound level"),
        ("did the logged rotation work", "did the logged rotation work"),
        ("am i a morning person or a weekend one", "am i a morning person"),
        ("at ten ten pm", "at ten ten pm"),
    ],
)
def test_left_as_said(said: str, kept: str) -> None:
    """Words the rules must not touch."""
    assert kept in " ".join(prepare(said, "en")), prepare(said, "en")


def test_a_name_said_first_goes_to_its_pronoun() -> None:
    """Read before the asides are clipped; German is left as said."""
    assert front_name("Queen, did that get a spin", "en") == "did i play Queen"
    assert (
        front_name("Air, when did I last have them on", "en")
        == "when did I last play Air"
    )
    said = "Queen, did that get a spin"
    assert front_name(said, "de") == said
