"""Written shorthand in questions typed to Assist (issue 45, eighth turn).

"Last wk", "in Aug", "on Sat", "this yr", "YTD", "heuer": a period word the
readers did not know was no period, and the question was answered over all
time or for today, a wrong fact. Each is now answered exactly as its plain
form; a word that is also a plain word ("I sat", "Sun and Moon", "Jan") is
read as a day or month only beside a word that asks for one.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.when import normalize

from .test_voice import assert_answered_as, history  # noqa: F401

SAME_AS_PLAIN = [
    (
        "en",
        "which album got the most plays in Aug",
        "what album did I play most in August",
    ),
    (
        "en",
        "number of different artists last yr",
        "how many different artists did I listen to last year",
    ),
    ("en", "did I play any Justice last wk", "did I listen to Justice last week"),
    ("en", "first track on Sat pls", "what was the first song I played on Saturday"),
    ("en", "what played on Sat", "what did I listen to on Saturday"),
    ("en", "most skipped artist this yr", "which artist did I skip most this year"),
    ("en", "skip rate this wk", "how often did I skip this week"),
    ("en", "top artists YTD", "who did I listen to most this year"),
    (
        "de",
        "welche Lieder hab i heuer am meisten gehört",
        "welche Lieder habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "wie viele verschiedene Künstler habe ich heuer gehört",
        "wie viele verschiedene Künstler habe ich dieses Jahr gehört",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The shorthand's period, never all time or today."""
    for language, said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Sat/Sun or Mon-Fri", "saturday to sunday or monday to friday"),
        ("wed at 9pm", "wednesday at 9 pm"),
        ("since Jan", "since january"),
        ("hrs this yr", "hours this year"),
        ("my no. 1 artist YTD", "my number one artist this year"),
        ("how many diff songs", "how many different songs"),
        # Plain words stay themselves.
        ("I sat down", "i sat down"),
        ("play Sun and Moon", "play sun and moon"),
        ("Jan told me", "jan told me"),
        ("Here Comes the Sun", "here comes the sun"),
    ],
)
def test_shorthand_spelled_out(text: str, read: str) -> None:
    """What the readers see; a plain word is a day only where one is asked."""
    assert normalize(text) == read
