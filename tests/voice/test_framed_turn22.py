"""What is said around a question does not change its reading (issue 45, 22nd turn).

Measured by saying outside writers' questions again with a greeting, a
filler, a polite frame or thanks around them: "Hey, Justice gestern
gehört?" was read as a name "Hey, Justice gestern", "Also, Eres, zuletzt
gehört wann" as the first play of "t", "can you tell me october recap?" as
October's plays, "hey, what music i had this afternoon" not at all
(`parse/said_around.py`). Said again without punctuation, a remark
beside the question joined it: "was hab ich am dritten november gehört ich
weiß dat nich mehr" ranked songs, "mei enkelin fragt mich des nämlich
dauernd" asked what is on repeat (`parse/dictated_remarks.py`); "how was
my month in music" was last month's recap. Each question here is read with every frame of
its language and must read as it does plainly; the phrasings are this
file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.dictated_remarks import (
    without_dictated_remarks,
)
from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.said_around import said_without_around

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)

_FRAMES = {
    "en": (
        "hey, {q}",
        "um, {q}",
        "hi there, {q}",
        "ok so, {q}",
        "well, {q}",
        "can you tell me {q}",
        "could you please tell me {q}",
        "do you happen to know {q}",
        "quick question, {q}",
        "hey google, {q}",
        "{q}, thanks",
        "{q}? cheers",
        "{q}, please",
        "{q}, if that's possible",
        "hey, {q}, thank you",
    ),
    "de": (
        "Hey, {q}",
        "Ähm, {q}",
        "Also, {q}",
        "Na, {q}",
        "Sag mal, {q}",
        "Kannst du mir sagen, {q}",
        "Kurze Frage, {q}",
        "Moin, {q}",
        "{q}, danke",
        "{q}? Danke dir",
        "{q}, bitte",
        "{q}, wenn's geht",
        "Hallo, {q}, danke schön",
    ),
}

_QUESTIONS = {
    "en": (
        "Justice yesterday?",
        "october recap",
        "what music did i have on this afternoon",
        "top artist this week",
        "how many songs did i play today",
        "when did i last hear the daily",
        "what was on at quarter to eight last night",
        "which podcast have i been hooked on lately",
        "wet leg, first time i played them",
        "what's been on heavy rotation",
    ),
    "de": (
        "Justice gestern gehört?",
        "Eres, zuletzt gehört wann",
        "heute Nachmittag, wie viel gespielt",
        "Hit der letzten zwei Wochen",
        "was haben wir letztes Wochenende gehört",
        "welche Art Musik mag ich",
        "wie lange lief gestern Musik",
        "von welchem Podcast komm ich nicht los",
        "wann hab ich zuletzt The Daily gehört",
    ),
}


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (question, language)
        for language in _QUESTIONS
        for question in _QUESTIONS[language]
    ],
)
def test_read_as_said_plainly(question: str, language: str) -> None:
    """Every frame of the language leaves the question's reading as it is."""
    plain = read_question(question, language, _NOW, _TZ)
    assert plain.asked is not None, question
    for frame in _FRAMES[language]:
        said = frame.format(q=question)
        assert read_question(said, language, _NOW, _TZ) == plain, said


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("also wie oft lief Air diese Woche", "en"),
        ("so how many songs did i play today", "en"),
        ("now playing", "en"),
        ("did i play please please me", "en"),
        ("how often did i play thank you by dido", "en"),
        ("hey", "en"),
        ("na ja, den Podcast hör ich oft", "de"),
    ],
)
def test_words_of_the_question_stay(said: str, language: str) -> None:
    """A word that is the question's own, or a title's, is never taken for a frame."""
    assert said_without_around(said, language) == said


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A framed question is answered as its plain question is."""
    for said, plain, language in [
        ("Hey, Justice gestern gehört?", "hab ich gestern Justice gehört", "de"),
        ("Also, Eres, zuletzt gehört wann", "wann hab ich zuletzt Eres gehört", "de"),
        ("can you tell me october recap?", "october recap", "en"),
        (
            "hey, what music i had this afternoon",
            "what music did i have on this afternoon",
            "en",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command with a greeting or thanks is Home Assistant's still."""
    for said, language in [
        ("hey, play daft punk in the kitchen, thanks", "en"),
        ("can you tell me what's playing in the kitchen", "en"),
        ("um, turn the music up please", "en"),
        ("hey google, skip this song", "en"),
        ("Hey, spiel Queen in der Küche, danke", "de"),
        ("Sag mal, wie wird das Wetter morgen", "de"),
        ("Also, mach die Musik leiser, bitte", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)


# -- remarks dictated without punctuation ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "was hab ich am dritten november gehört ich weiß es nicht mehr",
            "was hab ich am dritten november gehört",
            "de",
        ),
        (
            "wer war mein künstler des jahres meine tochter fragt mich das dauernd",
            "wer war mein künstler des jahres",
            "de",
        ),
        (
            "wie oft hab ich diese woche queen gehört ich hör die herren ja so gern",
            "wie oft hab ich diese woche queen gehört",
            "de",
        ),
        (
            "ich sing dauernd was vor mich hin und weiß nicht was ist denn mein lieblingslied diesen monat",
            "was ist mein lieblingslied diesen monat",
            "de",
        ),
        (
            "when did i first hear café tacvba i can never pronounce it",
            "when did i first hear café tacvba",
            "en",
        ),
        (
            "who was my top artist this year my grandson was asking",
            "who was my top artist this year",
            "en",
        ),
        (
            "how many plays have i had this month just a ballpark",
            "how many plays have i had this month",
            "en",
        ),
        (
            "i love a good podcast on the bus how many episodes did i get through last week",
            "how many episodes did i get through last week",
            "en",
        ),
        (
            "date i first played wet leg if you've got it",
            "date i first played wet leg",
            "en",
        ),
        ("how was my month in music", "how was my month", "en"),
    ],
)
def test_a_dictated_remark_is_left_out(said: str, plain: str, language: str) -> None:
    """A remark run into the question by a recogniser is not read as the question's."""
    assert (
        read_question(said, language, _NOW, _TZ).asked
        == read_question(plain, language, _NOW, _TZ).asked
    )
    reading = read_question(said, language, _NOW, _TZ)
    expected = read_question(plain, language, _NOW, _TZ)
    assert (reading.when, reading.name, reading.kind) == (
        expected.when,
        expected.name,
        expected.kind,
    )


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("what's the one song i can't stop playing right now", "en"),
        ("who's the artist i can never be bothered sitting through", "en"),
        ("what kind of music do i like", "en"),
        ("what did i play when i was cooking yesterday", "en"),
        ("welche lieder ich mag", "de"),
        ("was hab ich gestern gehört, ich weiß es nicht mehr", "de"),
    ],
)
def test_a_question_of_its_own_stays_whole(said: str, language: str) -> None:
    """A relative clause, a question's own "I", or a punctuated text stays as said."""
    assert without_dictated_remarks(said, language) == said


@pytest.mark.usefixtures("history")
async def test_a_dictated_remark_is_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The answer is the plain question's."""
    for said, plain, language in [
        (
            "was hab ich am dritten november gehört ich weiß es nicht mehr",
            "was hab ich am dritten november gehört",
            "de",
        ),
        (
            "wer war mein künstler des jahres meine tochter fragt mich das dauernd",
            "wer war mein künstler des jahres",
            "de",
        ),
        (
            "when did i first hear café tacvba i can never pronounce it",
            "when did i first hear café tacvba",
            "en",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)
