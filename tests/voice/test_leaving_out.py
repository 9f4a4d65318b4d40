"""What a question leaves out: content kept, a name asked back (issue 45).

"Top artists excluding podcasts" ranked shows, the kind read from the word
left out; "my top songs this year but not Queen" named Queen's songs, a
broader question than was asked. Content left out is now the content kept;
a name left out is said back, since the question layer ranks every artist
or song of a period. Figures are counted again over `test_voice`'s known
plays (a Friday, 20 November 2026, 18:30 in Berlin).
"""

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from custom_components.encore.voice.parse import keep_content, name_left_out

from .test_voice import ask, duration, history, mine, ranking, tracks  # noqa: F401


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        (
            "how long did I listen this week, podcasts excluded",
            "en",
        ),
        ("how much time did I spend listening this week not including episodes", "en"),
        ("wie lange habe ich diese Woche ohne die Podcasts gehört", "de"),
        ("wie lange lief diese Woche außer Podcasts bei mir", "de"),
    ],
)
async def test_podcasts_left_out_is_music(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """The week's music, its time and plays: never everything, never shows."""
    music = tracks(mine("this_week"))
    heard = await ask(hass, said, language)
    assert heard.intent == "EncoreListeningTime", heard.speech
    assert heard.slots.get("content") == "music", heard.slots
    if language == "en":
        assert heard.speech == (
            f"This week you listened to music for {duration(sum(p.ms for p in music))},"
            f" {len(music)} plays."
        )
    else:
        assert heard.speech.startswith("Diese Woche hast du "), heard.speech
        assert f"Musik gehört, {len(music)} Wiedergaben." in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "top artists excluding podcasts this year",
        "who did I listen to most this year, not counting the shows",
    ],
)
async def test_a_ranking_without_podcasts_ranks_artists(
    hass: HomeAssistant, said: str
) -> None:
    """Shows left out of a ranking of artists: the artists, never the shows."""
    (first, plays), *_ = ranking(tracks(mine("this_year")), lambda play: play.artist)
    heard = await ask(hass, said)
    assert heard.intent == "EncoreTopItems", heard.speech
    assert heard.speech.startswith(
        f"This year you listened most to {first}, {plays} plays"
    ), heard.speech


@pytest.mark.usefixtures("history")
async def test_music_left_out_is_podcasts(hass: HomeAssistant) -> None:
    """ "Other than music": the podcasts' time."""
    heard = await ask(
        hass, "how long did I listen to stuff other than music this month"
    )
    assert heard.intent == "EncoreListeningTime", heard.speech
    assert heard.slots.get("content") == "podcasts"
    assert "podcasts" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "name"),
    [
        (
            "what were my most played songs this year apart from Daft Punk",
            "en",
            "Daft Punk",
        ),
        ("who did I listen to most in October, other than Justice", "en", "Justice"),
        ("my top artists ever except for Air", "en", "Air"),
        (
            "welche Künstler habe ich dieses Jahr am meisten gehört, außer Queen",
            "de",
            "Queen",
        ),
        ("meine Top-Songs abgesehen von Daft Punk", "de", "Daft Punk"),
    ],
)
async def test_a_name_left_out_is_said_back(
    hass: HomeAssistant, said: str, language: str, name: str
) -> None:
    """Never the ranking with the name in it: the name is said back, as written."""
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert heard.response.error_code is intent.IntentResponseErrorCode.FAILED_TO_HANDLE
    assert name in heard.speech, heard.speech
    if language == "en":
        assert heard.speech.startswith(f"I can't leave {name} out"), heard.speech
    else:
        assert heard.speech.startswith(f"Ich kann {name} noch nicht"), heard.speech


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("what did i play without skipping this week", "en"),
        ("how many songs did i play except today", "en"),
        ("who did i listen to most this year other than that", "en"),
        ("wann habe ich ohne pause musik gehört", "de"),
        ("what's my top song of all time no idea", "en"),
    ],
)
def test_no_name_is_left_out(words: str, language: str) -> None:
    """A leaving word beside no name (a period, "that", a skip) leaves none out."""
    assert name_left_out(words, language) is None


def test_content_kept_only_after_a_leaving_word() -> None:
    """A title's words and "podcasts" alone keep their meaning."""
    assert keep_content("top podcasts this year", "en") == "top podcasts this year"
    assert keep_content("top artists without podcasts", "en") == (
        "top artists music only"
    )
    assert keep_content("wie lange ohne musik", "de") == "wie lange nur podcasts"
