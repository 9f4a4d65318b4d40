"""English as a Brazilian speaker and a polite New Zealander say it (issue 45's fifteenth turn).

Writers nobody worked from got no answer or a wrong one: a Brazilian
Portuguese speaker's English ("how much musics i put this morning",
"quantity of plays", "what style of music i am actually into", "how many
days in sequence", "make a resume of my week", "which song was tocando ...
at half past eight of the morning") and a polite New Zealander's wrappers
("any idea ..., if that's possible", "I was wondering", "would you mind
checking whether I played ...", "which band have I been heaps keen on",
"when I tend to have music on, like my usual hour and day", which once
left "on, my usual" to be read as a time). The rules are in
`parse/learner_pt.py` and `parse/polite_en.py`. The phrasings here are this
file's own; each gets the answer of its plain phrasing or its figure
counted again. Commands said with the same words stay Home Assistant's.
"""

from collections import Counter

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_answered_as, history, mine, times, tracks  # noqa: F401

# -- the words read (fast) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("how much musics did i put yesterday", "how many songs did i play yesterday"),
        (
            "quantity of songs i heard this month",
            "how many songs did i hear this month",
        ),
        ("the quantity of plays since october", "how many plays since october"),
        (
            "how many times i heard the daily the last month",
            "how many times did i hear the daily last month",
        ),
        (
            "what i was listening today at morning",
            "what was i listening to this morning",
        ),
        (
            "which music was tocando yesterday at quarter past six of the evening",
            "which music was playing yesterday at quarter past six in the evening",
        ),
        (
            "what was on yesterday in the half past seven of the evening",
            "what was on yesterday at half past seven in the evening",
        ),
        (
            "what kind of music i am actually into",
            "what kind of music i am into lately",
        ),
        (
            "do i repeat a lot the same musics this year",
            "what is my repeat rate this year",
        ),
        (
            "how many days in sequence i listened music",
            "how many days in a row have i listened",
        ),
        ("the first music of today which was", "what was the first song today"),
        ("make me a resume of last week", "recap of last week"),
        (
            "i was wondering, how many songs did i play yesterday, if that's possible",
            "how many songs did i play yesterday",
        ),
        (
            "any idea how many artists i've had on this week",
            "how many artists did i play this week",
        ),
        (
            "do you happen to know how much justice i've had on this year",
            "how often did i play justice this year",
        ),
        (
            "would you mind checking whether i heard queen in october",
            "did i play queen in october",
        ),
        (
            "i'd love to know if one more time got a spin yesterday",
            "did i play one more time yesterday",
        ),
        (
            # "Any idea what it was" is a tag, dropped (twentieth turn); the
            # reading is the last song, as "what was the last song" is.
            "sorry, that last song i played, any idea what it was",
            "that last song i played",
        ),
        (
            "could you fill me in on how september went, sweet as",
            "how did september go",
        ),
        (
            "would you mind telling me when i tend to have podcasts on, like my usual time",
            "when do i usually listen to podcasts",
        ),
        (
            "did i happen to hear queen at all this month, any idea",
            "did i hear queen at all this month",
        ),
    ],
)
def test_the_words_read(said: str, plain: str) -> None:
    """A Brazilian speaker's and a polite writer's words become plain ones."""
    assert " ".join(prepare(said, "en")) == " ".join(prepare(plain, "en"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # "Actually" with a past or "did" is "in fact", never lately.
        ("did i actually play queen yesterday", "did i actually play queen yesterday"),
        # "In the last week" is the past seven days.
        ("how many plays in the last week", "in the last week"),
        # A name after a verb is never changed: "Heaps", "Sweet As" in a title.
        ("did i play sweet as by air", "sweet as by air"),
        ("did i play sweet as", "did i play sweet as"),
        ("did i play heaps", "did i play heaps"),
        ("play daft punk in the kitchen", "play daft punk in the kitchen"),
    ],
)
def test_what_stays(said: str, kept: str) -> None:
    """Words a rule might mistake are left as they were."""
    words = " ".join(prepare(said, "en"))
    assert kept in words, words


@pytest.mark.parametrize(
    "said",
    [
        "would you mind telling me when I tend to have music on, like my usual hour and day",
        "any idea how many bands I've had on in total, if that's possible",
        "any idea how many tracks I've put on since Monday, if that's possible",
    ],
)
def test_no_wrapper_word_left_as_a_time(said: str) -> None:
    """The wrappers never leave "on", "my usual" or "possible" to be read."""
    words = prepare(said, "en")
    assert "possible" not in words, words
    assert "usual" not in words, words
    assert words[-1] != "on", words


# -- figures counted again ---------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "how much musics i put yesterday",
        "quantity of musics i heard yesterday",
        "I was wondering, how many songs did I put yesterday, if that's possible",
    ],
)
async def test_songs_yesterday(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays of songs, recounted."""
    count = len(tracks(mine("yesterday")))
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.startswith("Yesterday "), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "do you happen to know how much Justice I've had on this year",
        "out of curiosity, how many times Justice i put this year, any idea",
    ],
)
async def test_justice_this_year(hass: HomeAssistant, said: str) -> None:
    """Justice's plays this year, recounted."""
    count = sum(1 for play in mine("this_year") if play.artist == "Justice")
    heard = await ask(hass, said)
    assert "this year" in heard.speech, heard.speech
    assert times(count) in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_different_artists_this_week(hass: HomeAssistant) -> None:
    """'Any idea how many artists I've had on this week': the different artists."""
    count = len(Counter(play.artist for play in tracks(mine("this_week"))))
    heard = await ask(
        hass, "any idea how many artists I've had on this week, if that's possible"
    )
    assert f"{count} different artists" in heard.speech, heard.speech


# -- the answer of the plain question -----------------------------------------------

SAME_AS_PLAIN = [
    # A Brazilian speaker's English.
    ("how many musics i put last week", "how many songs did i play last week"),
    ("the quantity of plays since october", "how many plays since october"),
    (
        "quantity of different songs in the last 30 days",
        "how many different songs in the last 30 days",
    ),
    (
        "how many different musics i heard this year",
        "how many different songs did i hear this year",
    ),
    (
        "how many times i heard the daily the last month",
        "how many times did i hear the daily last month",
    ),
    ("what i listened yesterday at evening", "what did i listen to yesterday evening"),
    (
        "which music was tocando yesterday at quarter past six of the evening",
        "what was playing yesterday at quarter past six in the evening",
    ),
    (
        "what was on yesterday in the half past seven of the evening",
        "what was on yesterday at half past seven in the evening",
    ),
    ("what kind of music i am actually into", "what kind of music am i into lately"),
    ("do i repeat a lot the same musics this year", "what is my repeat rate this year"),
    (
        "how much i repeat the same songs in october",
        "what is my repeat rate in october",
    ),
    ("how many days in sequence i listened music", "what is my listening streak"),
    ("the first music of today which was", "what was the first song today"),
    (
        "which artist i am listening a lot actually",
        "which artist did i listen to the most lately",
    ),
    ("make a resume of my month", "recap of my month"),
    ("make me a resume of last week", "recap of last week"),
    # A polite New Zealander.
    (
        "out of curiosity, which artist have I been heaps keen on this month",
        "which artist did i listen to the most this month",
    ),
    (
        "would you mind checking whether I heard Queen in October",
        "did i listen to queen in october",
    ),
    (
        "I'd love to know if One More Time got a spin yesterday",
        "did i play one more time yesterday",
    ),
    ("sorry, that last song I played, any idea what it was", "what was the last song"),
    ("could you fill me in on how September went, sweet as", "how was my september"),
    ("I'd love a recap of last month, if possible", "recap of last month"),
    (
        "any idea whether weekdays or weekends win for listening this month",
        "do i listen more on weekdays or weekends this month",
    ),
    (
        "would you mind telling me when I tend to have podcasts on, like my usual time",
        "when do i usually listen to podcasts",
    ),
    (
        "any idea how many bands I've put on in total, if that's possible",
        "how many bands did i play in total",
    ),
    (
        "out of curiosity, that genesis song by justice, how many times has it been played, like, ever",
        "how many times did i play genesis by justice",
    ),
    (
        "did I happen to hear queen at all this month, any idea?",
        "did i hear queen this month",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A Brazilian speaker's and a polite writer's question gets the plain answer."""
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, "en")


# -- commands stay Home Assistant's -----------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Commands said with the same words never reach Encore."""
    for said in [
        "play daft punk in the kitchen",
        "turn the music up",
        "would you mind playing daft punk in the kitchen",
        "I'd love to hear some queen",
        "could you put on the daily, if that's possible",
        "I was wondering if you could turn off the kitchen lights",
        "would you mind checking whether the front door is locked",
        "make a shopping list",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "en")
