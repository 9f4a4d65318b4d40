"""A question thought aloud is read as the question it becomes (issue 45's twelfth turn).

A writer nobody here had seen spoke while doing something else: began a
question and began it again ("did I, did I actually play"), put a filler at
the head of a clause ("..., like, the household, ...", "..., also bei uns,
..."), and took a time back a few words after saying it ("letzte Woche am
meisten gehört, nee warte, letzten Monat"). The filler ended the question
there (its period and count were lost, and the answer asked which time
"week" meant); the restart became a name. The phrasings here are this
file's own; the readings are checked pure, and through the agent each gets
the answer of its plain phrasing.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, prepare, read_question
from custom_components.encore.voice.parse.restarts import drop_restarts

from .test_voice import NOW, TZ, ask, assert_answered_as, history  # noqa: F401


@pytest.mark.parametrize(
    ("said", "language", "words"),
    [
        ("did i did i play queen", "en", "did i play queen"),
        ("what did i what was i playing", "en", "what was i playing"),
        (
            "how many songs did we the family how many songs did we play",
            "en",
            "how many songs did we play",
        ),
        ("how many different different artists", "en", "how many different artists"),
        ("when did i last play don't stop don't stop me now", "en", None),
        (
            "wen habe ich wen habe ich gestern gehört",
            "de",
            "wen habe ich gestern gehört",
        ),
        ("wie oft wie oft lief air", "de", "wie oft lief air"),
    ],
)
def test_a_question_begun_again_is_read_once(
    said: str, language: str, words: str | None
) -> None:
    """The first attempt is dropped; the last one stays whole."""
    expected = (
        "when did i last play don't stop me now" if words is None else words
    ).split()
    assert drop_restarts(said.split(), language) == expected


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # Two questions joined: neither is a restart.
        ("how many plays and how many hours today", "en"),
        ("wie viele lieder und wie viele stunden heute", "de"),
        # A title that says a word twice is a title ("Rebel Rebel").
        ("when did i last play rebel rebel", "en"),
        ("did i hear sugar sugar this week", "en"),
        # The same word of two parts: the last play, and last night.
        ("which track did i play last last night", "en"),
        ("welches lied lief zuletzt letzte woche", "de"),
        # The question said again after it was whole ("how was my march,
        # tell me how was it"): the first one holds the period.
        ("how was my march tell me how was it", "en"),
        # A word said again far apart is no restart.
        ("what was the song that was on when i was cooking", "en"),
    ],
)
def test_what_is_said_twice_for_a_reason_stays(said: str, language: str) -> None:
    """Joined questions, titles and far repeats are read as said."""
    assert drop_restarts(said.split(), language) == said.split()


@pytest.mark.parametrize(
    ("said", "language", "asked", "when", "limit"),
    [
        (
            "top songs, like my top three, over the last two weeks or so",
            "en",
            Asked.TOP,
            "over the last two weeks",
            3,
        ),
        (
            "how long did we, like, all of us, how long did we listen last week",
            "en",
            Asked.LISTENING_TIME,
            "last week",
            None,
        ),
        (
            "wie viele Stunden hab ich, also so insgesamt, diese Woche gehört",
            "de",
            Asked.LISTENING_TIME,
            "diese Woche",
            None,
        ),
        (
            "was lief am meisten, also welcher Künstler, seit Oktober",
            "de",
            Asked.TOP,
            "seit Oktober",
            None,
        ),
    ],
)
def test_a_filler_opening_a_clause_keeps_the_question(
    said: str, language: str, asked: Asked, when: str, limit: int | None
) -> None:
    """The period and the count after "like," / "also," are still read."""
    reading = read_question(said, language, NOW, TZ)
    assert reading.asked is asked
    assert reading.when == when
    assert reading.limit == limit


def test_a_guess_with_like_still_ends_the_question() -> None:
    """ "..., like ten": the number is a guess, no count asked."""
    reading = read_question("how many songs did I play today, like ten", "en", NOW, TZ)
    assert reading.asked is Asked.PLAYS
    assert reading.when == "today"
    assert reading.limit is None


@pytest.mark.parametrize(
    ("said", "language", "when"),
    [
        (
            "who did I play most last week out of everyone, no wait, last month",
            "en",
            "last month",
        ),
        (
            "welches Lied lief vorgestern am meisten bei mir, nee warte, gestern",
            "de",
            "gestern",
        ),
        ("how many songs since June, or, no, since August", "en", "since August"),
    ],
)
def test_a_time_taken_back_a_few_words_later(
    said: str, language: str, when: str
) -> None:
    """The correction reaches the time said before the words after it."""
    reading = read_question(said, language, NOW, TZ)
    assert reading.when == when
    assert reading.unread is None
    assert "or" not in prepare(said, language)[-3:]


@pytest.mark.usefixtures("history")
async def test_thought_aloud_answers_as_said_plainly(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Through Home Assistant's agent: the plain phrasing's answer."""
    for said, plain, language in [
        (
            "did I, did I actually hear Genesis yesterday",
            "did I hear Genesis yesterday",
            "en",
        ),
        (
            "how many different, like, different songs did I play this month",
            "how many different songs did I play this month",
            "en",
        ),
        (
            "top artists, like my top two, over the last thirty days",
            "my top two artists over the last thirty days",
            "en",
        ),
        (
            "which album, which record did I, you know, play most last month",
            "which album did I play most last month",
            "en",
        ),
        (
            "wie viele verschiedene Künstler hab ich gestern gehört, also ohne doppelte",
            "wie viele verschiedene Künstler habe ich gestern gehört",
            "de",
        ),
        (
            "wie viele Lieder hab ich, äh, wie viele Lieder hab ich gestern gehört",
            "wie viele Lieder habe ich gestern gehört",
            "de",
        ),
        (
            "wer lief, also welcher Künstler, am meisten diese Woche",
            "welcher Künstler lief diese Woche am meisten",
            "de",
        ),
        (
            "wen hab ich am meisten gehört letzte Woche glaub ich, nee warte, diesen Monat",
            "wen habe ich diesen Monat am meisten gehört",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_a_name_taken_back_is_not_answered(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """ "Queen, nee, Air": Air's answer, never Queen's (a wrong fact before)."""
    for said, plain, language in [
        (
            "habe ich vorgestern Queen gehört, nee, Air",
            "habe ich vorgestern Air gehört",
            "de",
        ),
        (
            "wie oft lief Queen, nein, Air mein ich, diese Woche",
            "wie oft lief Air diese Woche",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_a_name_corrected_in_english_is_never_the_first(
    hass: HomeAssistant,
) -> None:
    """ "Air yesterday, I mean Justice" never answers about Air."""
    heard = await ask(hass, "did I hear Air yesterday, I mean Justice")
    assert "Air" not in heard.speech


@pytest.mark.usefixtures("history")
async def test_an_artist_beside_part_of_a_title_is_the_song(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The song, never all of the artist's plays (a wrong fact before)."""
    for said, plain in [
        (
            "the justice genesis song, how many times this month",
            "how many times did I play Genesis by Justice this month",
        ),
        (
            "the daft punk digital song, how many times this year, is it loads",
            "how many times did I play Digital Love by Daft Punk this year",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_thought_aloud_reaches_encore(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Caught by the net, never by a room's or a device's sentence."""
    for said, plain in [
        (
            "hang on, did I, did I really hear Genesis yesterday or did I dream it",
            "did I hear Genesis yesterday",
        ),
        (
            "how many hours of music this month, roughly, just wondering",
            "how many hours of music did I listen to this month",
        ),
        (
            "yesterday evening, what was I, um, what was I listening to",
            "what was I listening to yesterday evening",
        ),
        (
            "Queen, when did I last have Queen on, feels like ages",
            "when did I last listen to Queen",
        ),
    ]:
        with subtests.test(said):
            heard = await ask(hass, said)
            assert (heard.intent or "").startswith("Encore"), heard.speech
            await assert_answered_as(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_what_is_counted_and_the_week_said_loosely(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A count of episodes keeps its period; "unter Woche" is the weekdays."""
    for said, plain, language in [
        (
            "how many times did I play songs last month",
            "how many songs did I play last month",
            "en",
        ),
        (
            "how many times did I play episodes since October",
            "how many episodes did I play since October",
            "en",
        ),
        (
            "total plays in October, like everything, the lot",
            "how many plays did I have in October",
            "en",
        ),
        (
            "hör ich Wochenende mehr als unter Woche",
            "höre ich am Wochenende mehr als unter der Woche",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_terse_words_only_the_history_holds(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Said alone, they reach Encore and get the plain phrasing's answer."""
    for said, plain, language in [
        ("meistgeskippter Song", "welchen Song überspringe ich am meisten", "de"),
        (
            "Podcastfolgen gestern, wie viele",
            "wie viele Podcastfolgen habe ich gestern gehört",
            "de",
        ),
        ("distinct songs, this month", "how many different songs this month", "en"),
        ("days in a row, my streak", "how many days in a row have I listened", "en"),
        (
            "podcast hours last week",
            "how long did I listen to podcasts last week",
            "en",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("wait, did I leave the lights on", "en"),
        ("hold on, did I lock the front door", "en"),
        ("sorry, did I turn off the oven", "en"),
        ("how many minutes of the timer are left", "en"),
        ("the song at ten past five, play it again", "en"),
        ("hang on, play Sexy Boy in the kitchen", "en"),
        ("spiel die nächste Podcastfolge", "de"),
        ("überspring dieses Lied in der Küche", "de"),
        ("play the next podcast episode in the kitchen", "en"),
    ],
)
async def test_home_questions_said_the_same_way_stay_home_assistants(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """The same openings and nouns before a home question never reach Encore."""
    heard = await ask(hass, said, language)
    assert not (heard.intent or "").startswith("Encore"), heard.speech
