"""English as the American South and India say it (issue 45's twelfth turn).

Writers nobody here had seen got no answer: a dropped g ("jammin'",
"listenin'", "mornin'"), "'ve", "'d", "'s" glued to a noun ("which
record've I been spinnin'", "how many times'd Queen play", "how long's it
been since"), "gimme", "whatcha", "ol'", "y'all", "hey buddy", "back in
October", a record worn out, the jams cranked, "what song kicked off my
week"; and India's "kindly", "today itself", "till date", "as of now",
"maximum times", "what is the count of X plays", the present continuous
("which album I am listening most", "what type of music I am liking") and
"in the house". The habits are undone in `parse/regional_en.py`, before
`learner.LEARNER_EN`, and the English net holds their raw words.

The phrasings are this file's own; each is answered as its plain English is,
and the figures are recounted where the name or the period was the failure.
"""

from datetime import date

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare

from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import (  # noqa: F401
    ACCOUNT,
    PLAYS,
    TODAY,
    Play,
    ask,
    assert_encores_as_plain,
    history,
)

THIS_MONTH = (date(TODAY.year, TODAY.month, 1), TODAY)


def _mine(artist: str, first: date | None = None) -> list[Play]:
    """Ada's counted plays of an artist, from the first day on (else all)."""
    return [
        play
        for play in PLAYS
        if play.account == ACCOUNT
        and play.counted
        and play.artist == artist
        and (first is None or play.started.date() >= first)
    ]


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "how many times'd Queen play this month",
        "how often'd Queen get played this month",
        "what is the count of Queen plays this month",
    ],
)
async def test_queen_this_month(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this month, recounted: never a person called Queen."""
    count = len(_mine("Queen", THIS_MONTH[0]))
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert "this month" in heard.speech, heard.speech
    assert f"{count} times" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    ["how much times I played Queen till date", "how many times I heard Queen to date"],
)
async def test_queen_up_to_now(hass: HomeAssistant, said: str) -> None:
    """ "Till date", "to date": all of Queen's plays."""
    count = len(_mine("Queen"))
    heard = await ask(hass, said)
    assert f"{count} times" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # The South.
    (
        "which record've I been spinnin' this week",
        "which album did I play most this week",
    ),
    (
        "which song've I been spinnin' the most this month",
        "which song did I play most this month",
    ),
    (
        "hey buddy, what was I jammin' to yesterday mornin'",
        "what did I listen to yesterday morning",
    ),
    ("what was I listenin' to this mornin'", "what did I listen to this morning"),
    (
        "what was I listenin' to durin' the evenin' on Tuesday",
        "what did I listen to on Tuesday evening",
    ),
    (
        "how many days in a row've I been listenin'",
        "what is my listening streak",
    ),
    (
        "how long's it been since I played Daft Punk",
        "when did I last play Daft Punk",
    ),
    ("how long's it been since I heard Air", "when did I last listen to Air"),
    (
        "how often'd Daft Punk come on last week",
        "how many times did I play Daft Punk last week",
    ),
    ("whatcha been playin' most this week", "what did I play most this week"),
    ("gimme my top artists back in October", "who were my top artists in October"),
    (
        "hey partner, who was I jammin' to the most back in September",
        "who did I listen to most in September",
    ),
    ("gimme my top songs, y'all", "what are my top songs"),
    ("what song kicked off my week", "what was my first song this week"),
    ("what tune kicked off my month", "what was my first song this month"),
    ("what song started my year", "what was my first song this year"),
    (
        "which ol' song did I wear out this year",
        "which song did I play most this year",
    ),
    ("what album did I wear out last month", "which album did I play most last month"),
    (
        "which artist've I been skippin' the most",
        "which artist did I skip the most",
    ),
    (
        "which artist've I been skippin' this year",
        "which artist did I skip the most this year",
    ),
    (
        "how many hours did y'all crank the jams last week",
        "how many hours did we listen to music last week",
    ),
    (
        "how many hours've we been crankin' the tunes this week",
        "how many hours did we listen to music this week",
    ),
    # India.
    (
        "kindly tell me which artist I listened most this month",
        "which artist did I listen to most this month",
    ),
    (
        "kindly let me know how many songs I played this week",
        "how many songs did I play this week",
    ),
    (
        "my top artists this month, kindly check",
        "who are my top artists this month",
    ),
    ("what songs I listened today itself", "what songs did I listen to today"),
    ("what did I hear last night only", "what did I listen to last night"),
    (
        "how many times I listened Queen this week itself",
        "how many times did I play Queen this week",
    ),
    ("which artist I played maximum", "which artist did I play most"),
    (
        "which song I played maximum times this week",
        "which song did I play most this week",
    ),
    (
        "which song I have played maximum number of times this year",
        "which song did I play most this year",
    ),
    (
        "which album I am listening most this year",
        "which album did I listen to most this year",
    ),
    ("what type of music I am liking basically", "what is my music taste"),
    ("what kind of music I am enjoying", "what is my music taste"),
    (
        "at what time I am usually listening music",
        "what time do I usually listen to music",
    ),
    ("when I am mostly listening music", "what time do I usually listen to music"),
    ("whether I heard Daft Punk in summer", "did I listen to Daft Punk this summer"),
    ("how many plays in the house this week", "how many plays did we have this week"),
    (
        "how many hours of music in the house as of now",
        "how many hours of music did we listen to overall",
    ),
    ("total listening time till date", "how long have I listened overall"),
    # "As of now" is at present: what is on repeat, not the all-time top.
    ("which song I can't stop playing as of now", "what have I had on repeat"),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's, and answered as plainly asked."""
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
        "gimme some jams in the kitchen",
        "crank the tunes in the kitchen",
        "crank up the volume in the kitchen",
        "gimme the weather",
        "hey buddy, turn on the kitchen lights",
        "y'all play Jammin' by Bob Marley",
        "whatcha playin' now",
        "kindly play Daft Punk",
        "kindly play Daft Punk in the kitchen",
        "kindly play some jams",
        "play today's hits only",
        "what's playing in the house",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("what was i jammin' to yesterday mornin'", "listening to yesterday morning"),
        (
            "which record've i been spinning",
            "which record have i been playing the most",
        ),
        ("how many times'd queen play", "how many times did i play queen"),
        ("how long's it been since i played air", "when did i last play air"),
        ("gimme my top songs", "give me my top songs"),
        ("back in october", "in october"),
        ("what song kicked off my week", "kicked off this week"),
        ("which song did i wear out", "which song did i play the most"),
        ("today itself", "today"),
        ("which song i played maximum times", "the most"),
        ("what type of music i am liking basically", "what type of music do i like"),
        ("how many plays in the house", "for all of us"),
    ],
)
def test_the_rules(said: str, read: str) -> None:
    """The South's and India's habits, undone."""
    assert read in " ".join(prepare(said, "en"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # A dropped g is put back only after a subject or an auxiliary.
        ("did i play jammin' by bob marley", "jammin'"),
        ("how often did i hear knockin' on heaven's door", "knockin'"),
        # "Jamming" and "spinning" are playing only after a subject or helper.
        ("did i play jamming by bob marley this week", "jamming"),
        ("when did i last hear spinning around", "spinning around"),
        # "Itself", "only" stress a time, never a name's words.
        ("how many times did i play only girl", "only girl"),
        ("did i hear the house of the rising sun", "house of the rising sun"),
    ],
)
def test_a_title_keeps_its_words(said: str, kept: str) -> None:
    """The rules change function words, never a name's."""
    assert kept in " ".join(prepare(said, "en"))
