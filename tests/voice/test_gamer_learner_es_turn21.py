"""A gamer teenager from Texas and a Spanish speaker from Valencia (issue 45's twenty-first turn, writers 83 and 85).

A gamer says his games' words: a comparison said last ("like steam hours
but for music", "like my spotify wrapped", "like my main in a game"),
"playtime", "my main artist", "run it back", "bump", "spamming" a song,
"was Phantom on this morning or nah" (`parse/gamer_en.py`). Two were wrong
facts: "wrap up last summer ... like spotify wrapped" recapped this year,
and "which track have I been spamming" ranked all time instead of the song
on repeat. A Spanish speaker says "sounded" (sonar) for played, "remember
me" (recuérdame), "is true that ...", "how much Queen I have heard", "since
how many days", "the very last one", "around the dinner"; in German "o sea"
mid-question, "in meine History", "von welche Künstler ich bin obsessed"
(`parse/learner_es.py`, `parse/learner_es_de.py`).

The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.gamer_en import undo_gamer_en
from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("what song have i been looping fr", "which song do i have on repeat"),
        ("which tune i been running back", "which tune do i have on repeat"),
        (
            "how many times did i run back genesis last month",
            "how many times did i play genesis last month",
        ),
        ("when did i last bump da funk", "when did i last play da funk"),
        ("whats my total playtime this week", "whats my listening time this week"),
        ("who's my main band this year", "who's my top band this year"),
        ("was genesis on yesterday or nah", "did i listen to genesis yesterday"),
        (
            "who's my top artist this month like my spotify wrapped",
            "who's my top artist this month",
        ),
        (
            "whats my most played song of all time steam hours but for music",
            "whats my most played song of all time",
        ),
        # With no period and nothing else asked, "wrapped" is the year's recap.
        (
            "gimme a wrap up like spotify wrapped",
            "gimme a wrap up like spotify wrapped",
        ),
        # A thing of the house is no name played.
        (
            "was the heating on this morning or nah",
            "was the heating on this morning or nah",
        ),
        # A command says no "did I".
        ("run it back", "run it back"),
    ],
)
def test_gamer_said_undone(said: str, plain: str) -> None:
    """A gamer's comparison and words, said the plain way."""
    assert undo_gamer_en(said) == plain


@pytest.mark.parametrize(
    ("said", "language", "asked", "when"),
    [
        # The wrong facts' kinds: the song on repeat, the period's recap.
        ("which track have i been spamming ngl", "en", Asked.ON_REPEAT, None),
        ("what song have i been looping", "en", Asked.ON_REPEAT, None),
        ("which track have i been spamming this week", "en", Asked.TOP, "this week"),
        ("recap my october kinda like spotify wrapped", "en", Asked.RECAP, "october"),
        (
            "wrap up this summer for me like a spotify wrapped",
            "en",
            Asked.RECAP,
            "this summer",
        ),
        ("what's my top song ever, like xbox achievements", "en", Asked.TOP, "ever"),
        ("yo whats my playtime this week", "en", Asked.LISTENING_TIME, "this week"),
        ("who's my main band this year", "en", Asked.TOP, "this year"),
        ("did i bump any queen yesterday", "en", Asked.DID_I, None),
        # A Spanish speaker's English.
        ("what sounded on saturday", "en", Asked.WHAT_PLAYED, "on saturday"),
        ("how many tracks sounded this week", "en", Asked.PLAYS, "this week"),
        (
            "remember me which artist i heard most last week",
            "en",
            Asked.TOP,
            "last week",
        ),
        ("is true that i listened queen on saturday", "en", Asked.DID_I, None),
        ("how much Daft Punk I have listened this year", "en", Asked.PLAY_COUNT, None),
        ("since how many days i am listening in a row", "en", Asked.STREAK, None),
        (
            "which song i played at the end, the very last one",
            "en",
            Asked.LAST_IN,
            None,
        ),
        (
            "what i heard yesterday in the evening around dinner",
            "en",
            Asked.WHAT_PLAYED,
            "yesterday evening",
        ),
        # "How much music" is what is counted, never a name.
        (
            "how much music i have heard this month",
            "en",
            Asked.LISTENING_TIME,
            "this month",
        ),
        # And in German.
        ("seit wann ist Air in meiner Historial", "de", Asked.FIRST_PLAY, None),
        (
            "von welchem Sänger ich bin obsessed diesen Monat",
            "de",
            Asked.TOP,
            "diesen Monat",
        ),
        (
            "vale, wie viele Lieder habe ich o sea diese Woche gehört",
            "de",
            Asked.PLAYS,
            "diese Woche",
        ),
    ],
)
def test_read_as(said: str, language: str, asked: Asked, when: str | None) -> None:
    """What is asked and its period are read."""
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked is asked
    if when is not None:
        assert reading.when == when


@pytest.mark.parametrize(
    ("said", "language", "name"),
    [
        ("how many times did i run back genesis last month", "en", "genesis"),
        ("is true that i listened queen on saturday", "en", "queen"),
        ("seit wann sind Justice in meine history", "de", "Justice"),
        ("seit wann ist Air in meiner Historial, o sea das erste Mal", "de", "Air"),
    ],
)
def test_name_read(said: str, language: str, name: str) -> None:
    """The name is read whole, without the words around it."""
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.name is not None
    assert reading.name.lower().startswith(name.lower())


@pytest.mark.parametrize(
    "said",
    [
        "was the heating on this morning or nah",
        "was the tv on last night",
        "that song sounded good",
        "run it back",
    ],
)
def test_no_question_read(said: str) -> None:
    """A thing of the house, a remark, a command: no question of the history."""
    assert read_question(said, "en", _NOW, _TZ).asked is None


# -- through Assist ----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each is answered as its plain form is."""
    for said, plain, language in [
        ("which tune have i been looping ngl", "which song do I have on repeat", "en"),
        (
            "wrap up last month for me like spotify wrapped",
            "give me a recap of last month",
            "en",
        ),
        ("bro whats my playtime this week", "how long did I listen this week", "en"),
        ("whens my peak listening time", "when do I usually listen", "en"),
        ("was genesis on yesterday or nah", "did I listen to Genesis yesterday", "en"),
        (
            "how many tracks sounded yesterday",
            "how many songs did I play yesterday",
            "en",
        ),
        (
            "remember me what i heard on saturday",
            "what did I listen to on Saturday",
            "en",
        ),
        (
            "at what time usually i listen music",
            "when do I usually listen to music",
            "en",
        ),
        (
            "wie viele Lieder in die letzten sieben Tage",
            "wie viele Lieder habe ich in den letzten sieben Tagen gehört",
            "de",
        ),
        ("der letzte Song, was war das", "was war der letzte Song", "de"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command said this way is never Encore's."""
    for said, language in [
        ("run it back", "en"),
        ("bro bump some daft punk in the kitchen", "en"),
        ("yo turn the music up like max volume", "en"),
        ("bueno, pon música en la cocina", "de"),
        ("spiel die letzte Song nochmal", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
