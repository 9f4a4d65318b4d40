"""English and German as a Spanish speaker says them (issue 45's seventeenth turn).

Writer 47 carried Spanish into both languages: "the most listened disc",
"reproductions", "explain me", "is possible to know if", "in the night of
yesterday", "eight and ten of the night", "how many days followed", "with
what song I started the month"; in German the verb not last ("ich habe
gehört die Daily heute früh"), "wie viel canciones", "ich springe",
"Resumen", fillers ("bueno", "vale"). The habits are undone in
`parse/learner_es.py` and `parse/learner_es_de.py`.

The phrasings are this file's own; each is answered as its plain form is,
and the figures are recounted where a period was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare

from .test_german_turn11 import YESTERDAY, _between
from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules alone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        (
            "how many reproductions I had yesterday",
            "en",
            "how many plays i had yesterday",
        ),
        ("explain me my musical taste", "en", "my musical taste"),
        (
            "what was sounding at nine and quarter of the night",
            "en",
            "what was playing at quarter past nine pm",
        ),
        (
            "what I listened in the afternoon of yesterday",
            "en",
            "what did i listen yesterday afternoon",
        ),
        (
            "how many days followed I played music",
            "en",
            "how many days in a row i played music",
        ),
        (
            "vale, welche Künstler ich höre am meisten",
            "de",
            "welche künstler höre ich am meisten",
        ),
        (
            "welche Lied ich springe mehr",
            "de",
            "welches lied überspringe ich am meisten",
        ),
        (
            "mach mir eine Resumen von meine Woche",
            "de",
            "mach mir eine zusammenfassung diese woche",
        ),
    ],
)
def test_the_habits_are_undone(said: str, language: str, plain: str) -> None:
    """Each habit reads as its plain words."""
    assert " ".join(prepare(said, language)) == plain


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("turn off the kitchen light too actually", "en"),
        ("how was my week in music", "en"),
        ("what is my taste in music", "en"),
        ("ich habe gehort Justice vorgestern, si o no?", "de"),
    ],
)
def test_other_words_keep_their_reading(said: str, language: str) -> None:
    """ "Actually" after a command, "my week in music", "si o no" stay as they were."""
    words = " ".join(prepare(said, language))
    assert "lately" not in words
    assert "si o" not in words or language == "en"


# -- the agent -----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_english(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A Spanish speaker's English is answered as the plain question."""
    for said, plain in [
        (
            "the most listened disc of this year which is",
            "which album did i listen to the most this year",
        ),
        (
            "which band I listen more actually",
            "which band did i listen to the most lately",
        ),
        (
            "how many reproductions I had yesterday",
            "how many plays did i have yesterday",
        ),
        ("explain me what I listened yesterday", "what did i listen to yesterday"),
        (
            "what was sounding yesterday at ten to nine of the night",
            "what was playing yesterday at ten to nine pm",
        ),
        (
            "which song was yesterday at eight and twenty of the night",
            "which song was playing yesterday at twenty past eight pm",
        ),
        (
            "is possible to know if I heard something of queen this month",
            "did i listen to queen this month",
        ),
        (
            "how many days followed I listened music",
            "how many days in a row did i listen to music",
        ),
        (
            "with which artist I started the year",
            "what was the first artist i played this year",
        ),
        ("explain me how was my september in music", "how was my september"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_the_evening_of_yesterday_recounted(hass: HomeAssistant) -> None:
    """'In the evening of yesterday' counts yesterday evening's plays."""
    heard = await ask(
        hass, "how many times I put music in the evening of yesterday", "en"
    )
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert "yesterday" in heard.speech.casefold(), heard.speech
    assert "not which time" not in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_german(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A Spanish speaker's German is answered as the plain question."""
    for said, plain in [
        (
            "vale, welche Künstler ich höre am meisten diese Woche",
            "welche Künstler habe ich diese Woche am meisten gehört",
        ),
        (
            "sag mir die fünf Lieder ich habe mehr gehört diese Woche",
            "welche fünf Lieder habe ich diese Woche am meisten gehört",
        ),
        (
            "wie viel canciones ich habe gehört gestern",
            "wie viele Lieder habe ich gestern gehört",
        ),
        ("ich habe gehört Queen gestern oder nein?", "habe ich gestern Queen gehört"),
        ("mit welchem Lied ich bin aufgewacht", "was war das erste Lied heute"),
        (
            "welche Lied ich springe am meisten",
            "welches Lied überspringe ich am meisten",
        ),
        (
            "von welche Band ich springe mehr die Lieder",
            "welchen Künstler überspringe ich am meisten",
        ),
        ("mach mir eine Resumen von meine Woche", "Zusammenfassung diese Woche"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_songs_yesterday_recounted(hass: HomeAssistant) -> None:
    """'Wie viel canciones ... gestern': yesterday's plays of songs."""
    count = sum(1 for p in _between(YESTERDAY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, "bueno, wie viel canciones ich habe gehört gestern", "de")
    assert heard.speech.startswith("Gestern "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Commands with the same words are never Encore's."""
    for said, language in [
        ("play Daft Punk in the kitchen", "en"),
        ("play something of Queen in the kitchen", "en"),
        ("turn the music up", "en"),
        ("spiel was von Queen in der Küche", "de"),
        ("vale, mach das Licht in der Küche an", "de"),
        ("bueno, spiel Musik in der Küche", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
