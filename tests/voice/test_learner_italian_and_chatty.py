"""English as an Italian speaker (A2-B1) and a chatty writer say it (issue 45's fourteenth turn).

Writers nobody worked from, an Italian speaker's English ("the artist that I
listen more", "I have listen Daft Punk yesterday?", "in this days", "the
last time I listen the daily when was") and a chatty writer's asides ("oh
and podcasts count too", "the one with the robot voice", "I mean this
summer, not last summer"), got no answer or a wrong one. Each kind is a rule
over function words in `parse/learner_it.py`. The phrasings here are this
file's own; each gets the answer of its plain phrasing. Commands said with
the same words stay Home Assistant's.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_answered_as, history  # noqa: F401

# -- the words read (fast) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "which is the album that i listen more this month",
            "which album did i listen to the most this month",
        ),
        (
            "tell me the two band that i have listen more in september",
            "which two band i listened to the most in september",
        ),
        (
            "which singer i am obsessed in this days",
            "which singer am i obsessed lately",
        ),
        (
            "what is my album preferred this year",
            "what is my favourite album this year",
        ),
        (
            "how many minute i have listen music today",
            "how many minutes did i listen to music today",
        ),
        (
            "how many times queen i have listen this month",
            "how many times did i listen to queen this month",
        ),
        ("i have listen justice last week or no", "did i listen to justice last week"),
        ("we listen air this year?", "did we listen to air this year"),
        ("when i listen for first time queen", "when did i first listen to queen"),
        (
            "the last time i listen justice when was",
            "when did i last listen to justice",
        ),
        (
            "in kitchen which album is playing more this year",
            "which album played the most this year in the kitchen",
        ),
        (
            "which songs i listen more this year, the first three",
            "which three songs i listened to the most this year",
        ),
        (
            "how long did i listen last week, oh and podcasts count too, like everything together",
            "how long did i listen last week",
        ),
        (
            "did i listen to queen this month, i mean this month, not last month",
            "did i listen to queen this month",
        ),
        (
            "so how often did that genesis song by justice come on this week, the one with the choir",
            "how often did i play genesis by justice this week",
        ),
    ],
)
def test_the_words_read(said: str, plain: str) -> None:
    """An Italian speaker's and a chatty writer's words become plain ones."""
    assert " ".join(prepare(said, "en")) == " ".join(prepare(plain, "en"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # A habit said with "I listen" is no "did I".
        ("i listen more in the morning", "listen"),
        ("i listen to music usually", "i listen to music"),
        # "Play ... in the kitchen" keeps its room where it was.
        ("play daft punk in the kitchen", "play daft punk in the kitchen"),
    ],
)
def test_what_stays(said: str, kept: str) -> None:
    """Words a rule might mistake are left as they were."""
    words = " ".join(prepare(said, "en"))
    assert kept in words, words
    assert not words.startswith("did i"), words


# -- the answer of the plain question -----------------------------------------------

SAME_AS_PLAIN = [
    (
        "which is the artist that I listen more this month",
        "which artist did i listen to the most this month",
    ),
    (
        "please tell me the two artist that I have listen more in october",
        "which two artists did i listen to the most in october",
    ),
    (
        "which album I have listen more last week",
        "which album did i listen to the most last week",
    ),
    (
        "what singer I am obsessed in this days",
        "which singer am i obsessed with lately",
    ),
    (
        "which track I have in repeat in this days",
        "which song do i have on repeat lately",
    ),
    (
        "which songs I listen more in last 30 days, the first three",
        "which three songs did i listen to the most in the last 30 days",
    ),
    (
        "in kitchen which artist is playing more since march",
        "which artist played the most in the kitchen since march",
    ),
    (
        "how many hour I have listen podcasts this week",
        "how many hours did i listen to podcasts this week",
    ),
    (
        "how many minute of music I listen yesterday",
        "how many minutes of music did i listen to yesterday",
    ),
    (
        "how many times queen I have listen this year",
        "how many times did i listen to queen this year",
    ),
    ("I have listen justice last week?", "did i listen to justice last week"),
    ("we listen air last year?", "did we listen to air last year"),
    ("when I listen for first time air", "when did i first listen to air"),
    ("when I listen last time justice", "when did i last listen to justice"),
    ("the first time I listen genesis when was", "when did i first listen to genesis"),
    (
        "how long was I listening yesterday, oh and podcasts count too, like everything together",
        "how long did i listen yesterday",
    ),
    (
        "how many episodes did I play this month, of the podcast I mean, not music",
        "how many episodes did i play this month",
    ),
    (
        "so how often did that genesis song by justice come on last month, the one with the choir",
        "how often did i play genesis by justice last month",
    ),
    (
        "listened to much Queen over this year? I mean this year, not last year",
        # "Much" asks how much (issue 45's 29th turn): the count, not yes or no.
        "how often did i play queen this year",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """An Italian speaker's and a chatty writer's question gets the plain answer."""
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_top_song_in_the_kitchen_keeps_the_room(hass: HomeAssistant) -> None:
    """'In kitchen which song is playing more': the kitchen's top song, never all rooms'."""
    heard = await ask(hass, "in kitchen which song is playing more since march")
    assert "in the kitchen" in heard.speech, heard.speech


# -- commands stay Home Assistant's -----------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Commands said with the same words never reach Encore."""
    for said in [
        "play daft punk in the kitchen",
        "turn the music up",
        "in the kitchen play queen",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "en")
