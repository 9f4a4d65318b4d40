"""'Me' for 'my', a Scouse speaker's tags, a name with its kind beside it (issue 45).

A Liverpool speaker (writer 88, twenty-second turn) got no answer to "who's
been me number one band this month, la?" and a wrong fact to "how was me
week in music then" (this month's recap); "Moon Safari, das Album, hab ich
das im August gehört" lost its name to the kind beside it and was answered
as whether anything played in August; "who did we have on most in our
house last month" was read as which person listened most
(`parse/me_for_my.py`, `parse/apposed_kind.py`, `parse/recaps.py`). The
phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.me_for_my import undo_me_for_my
from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        ("who's me top band this year, la", "who's my top band this year", "en"),
        ("me top five songs this month, go 'ed", "my top five songs this month", "en"),
        ("how was me week in music, boss", "how was my week in music", "en"),
        (
            "what's me favourite album of all time, lad",
            "what's my favourite album of all time",
            "en",
        ),
        (
            "how many songs have I had on today, boss",
            "how many songs have I had on today",
            "en",
        ),
        (
            "Discovery, the album, did I play it this week",
            "Discovery, did I play it this week",
            "en",
        ),
        (
            "Moon Safari, das Album, hab ich das im August gehört",
            "Moon Safari, hab ich das im August gehört",
            "de",
        ),
        (
            "Justice, die Band halt, wann hab ich die zuletzt gehört",
            "Justice, wann hab ich die zuletzt gehört",
            "de",
        ),
    ],
)
def test_read_as_plain(said: str, plain: str, language: str) -> None:
    """'Me' for 'my', a tag or a kind beside a name is read as the plain question."""
    assert read_question(said, language, _NOW, _TZ) == read_question(
        plain, language, _NOW, _TZ
    )


@pytest.mark.parametrize(
    "said",
    [
        "tell me top artists this week",
        "play me favourite songs",
        "give me my top songs",
        "show me top tracks",
    ],
)
def test_me_after_a_verb_stays(said: str) -> None:
    """'Me' after a verb that takes it is the speaker, not 'my'."""
    assert undo_me_for_my(said, "en") == said


def test_who_did_we_have_on_is_an_artist() -> None:
    """'Who did we have on most in our house' ranks artists; 'who listened most' persons."""
    artist = read_question(
        "who did we have on most in our house last month", "en", _NOW, _TZ
    )
    assert (artist.asked, artist.kind, artist.everyone) == (Asked.TOP, "artist", True)
    person = read_question("who listened most in our house last month", "en", _NOW, _TZ)
    assert (person.asked, person.recap) == (Asked.RECAP, "household")


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The answer is the plain question's."""
    for said, plain, language in [
        (
            "who's been me number one band this month, la?",
            "who's been my number one band this month",
            "en",
        ),
        ("how was me week in music then", "how was my week in music", "en"),
        (
            "Moon Safari, das Album, hab ich das im August gehört",
            "hab ich Moon Safari im August gehört",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A Scouse command is Home Assistant's."""
    for said, language in [
        ("play me favourite songs in the kitchen, la", "en"),
        ("turn me music up, boss", "en"),
        ("put me tunes on in the kitchen", "en"),
        ("spiel das Album, das Album Discovery, in der Küche", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
