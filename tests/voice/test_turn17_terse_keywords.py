"""A terse user's keywords, and the peak beside a comparison (issue 45's seventeenth turn).

A terse writer kept blind to the end asked in keywords, as into a search
box: "Queen this year?", "when last Queen", "Stats: top artist this year",
"streams in August", "Queen dieses Jahr?", "wann zuerst Justice",
"September Hörzeit". The parser read them; no Encore sentence caught them,
so Home Assistant answered "not aware of any area called ...". The nets now
hold the forms no command takes: a count or a keyword before a past time,
"when last X", a name after "any" or "was von" before a past time, or
before "jemals". A bare name before a time is left to Home Assistant: it
would take "play the song I heard last week", "spiel Queen diese Woche".

A chatty writer asked "am I more of a morning or an evening listener" of a
history whose afternoons hold the most: the two asked are weighed as asked,
and the part that holds the most is said too.

The phrasings are this file's own.
"""

from collections import Counter

import pytest

from homeassistant.core import HomeAssistant

from .test_heldout import assert_stays_home_assistants
from .test_voice import PLAYS, ask, assert_encores_as_plain, history  # noqa: F401
from .test_voice_corpus import day_part, minute_cells


@pytest.mark.usefixtures("history")
async def test_keywords_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's, and answered as the plain question is."""
    for said, plain, language in [
        ("any Justice this year?", "did I listen to Justice this year", "en"),
        ("anything by Air last week?", "did I listen to Air last week", "en"),
        ("when last Air", "when did I last listen to Air", "en"),
        ("when first Justice", "when did I first listen to Justice", "en"),
        ("Stats: top band last month", "who was my top artist last month", "en"),
        ("plays in October", "how many plays did I have in October", "en"),
        ("was von Air diese Woche?", "habe ich diese Woche Air gehört", "de"),
        ("Daft Punk jemals?", "habe ich jemals Daft Punk gehört", "de"),
        ("wann zuletzt Queen", "wann habe ich zuletzt Queen gehört", "de"),
        ("Oktober Hörzeit", "wie lange habe ich im Oktober gehört", "de"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command or a question of now with the same words stays Home Assistant's."""
    for said, language in [
        ("next song", "en"),
        ("play the song I heard last week", "en"),
        ("put on the record I played this year", "en"),
        ("latest Daily episode, play", "en"),
        ("weather today", "en"),
        ("Wetter heute", "de"),
        ("nächstes Lied", "de"),
        ("spiel Queen diese Woche", "de"),
        ("spiel meine Musik von heuer", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "asked", "beyond"),
    [
        (
            "am I more of a morning person or a night person when it comes to music",
            "en",
            ("morning", "night"),
            "Most of all, though, you listen",
        ),
        (
            "höre ich mehr morgens oder nachts",
            "de",
            ("morning", "night"),
            "Am meisten hörst du aber",
        ),
    ],
)
async def test_peak_beside_a_comparison(
    hass: HomeAssistant,
    said: str,
    language: str,
    asked: tuple[str, ...],
    beyond: str,
) -> None:
    """The parts asked are weighed, and the part holding the most is said too."""
    by_part: Counter[str] = Counter()
    for (_, hour), minutes in minute_cells(PLAYS).items():
        by_part[day_part(hour)] += minutes
    top, _ = by_part.most_common(1)[0]
    assert top not in asked, "the recount's peak must lie outside what is asked"
    heard = await ask(hass, said, language)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert beyond in heard.speech, heard.speech
    top_said = {
        "en": {"afternoon": "in the afternoons", "evening": "in the evenings"},
        "de": {"afternoon": "nachmittags", "evening": "abends"},
    }[language][top]
    assert top_said in heard.speech.split(beyond, 1)[1], heard.speech
