"""A sports fan's words for a listening question (issue 45's nineteenth turn).

A fan speaks of music as of a team: the top artist is the "MVP", "leading
the league", "top of the table", the "Tabellenführer", this year's
"Meister"; a play is an "appearance" or an "Einsatz"; new artists are
"rookies" and "Neuzugänge"; the first song "led off"; a year is a "season"
(`parse/sports.py`). The net holds these words only beside a word of what
is played, so a question about sport ("who's leading the league", "wer ist
Tabellenführer") is never Encore's.

The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.rules import rewrite
from custom_components.encore.voice.parse.sports import SPORTS_DE, SPORTS_EN

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        ("who was our mvp in may", "en", "who was number one in may"),
        ("which act is top of the standings", "en", "which act is played most"),
        ("record of the season", "en", "record of the year"),
        ("what led off on monday", "en", "what was my first song on monday"),
        ("which tune rides the bench", "en", "which tune gets skipped"),
        ("welche band ist mein stammspieler", "de", "welche band ist die nummer eins"),
        ("die meisten einsätze", "de", "die meisten wiedergaben"),
        ("welche neuzugänge", "de", "welche neue künstler"),
        ("saisonrückblick", "de", "jahresrückblick"),
    ],
)
def test_fan_words(said: str, language: str, plain: str) -> None:
    """Each fan's word becomes the question's own."""
    table = SPORTS_DE if language == "de" else SPORTS_EN
    assert rewrite(table, said) == plain


@pytest.mark.parametrize(
    ("said", "language", "asked", "kind", "when"),
    [
        ("who's been my MVP this year, band-wise", "en", "top", "artist", "this year"),
        (
            "which album's been leading the league since May",
            "en",
            "top",
            "album",
            "since May",
        ),
        (
            "how many appearances has Genesis made this year",
            "en",
            "play_count",
            None,
            None,
        ),
        (
            "last appearance for One More Time, when was that",
            "en",
            "last_play",
            None,
            None,
        ),
        (
            "who are the rookie bands I found this year",
            "en",
            "new_artists",
            None,
            "this year",
        ),
        ("what was the leadoff track today", "en", "first_in", None, "today"),
        ("my stat line for last month please", "en", "recap", None, "for last month"),
        (
            "Welches Album führt diesen Monat die Tabelle an?",
            "de",
            "top",
            "album",
            "diesen Monat",
        ),
        (
            "Wer ist diese Woche mein Spitzenreiter bei den Songs?",
            "de",
            "top",
            "track",
            "diese Woche",
        ),
        (
            "Welche Neuzugänge gab es letzte Woche?",
            "de",
            "new_artists",
            None,
            "letzte Woche",
        ),
        ("Wann stand Justice zuletzt auf dem Platz?", "de", "last_play", None, None),
        (
            "Hör ich diese Saison mehr morgens oder abends?",
            "de",
            "day_parts",
            None,
            "dieses jahr",
        ),
    ],
)
def test_read(
    said: str, language: str, asked: str, kind: str | None, when: str | None
) -> None:
    """The fan's question is read as the plain one."""
    reading = read_question(said, language, NOW, ZONE)
    assert reading.asked is not None
    assert (reading.asked.value, reading.when) == (asked, when)
    if kind is not None:
        assert reading.kind == kind


SAME_AS_PLAIN = [
    (
        "which song has been leading the league this week",
        "which song did I play most this week",
        "en",
    ),
    (
        "what podcast is top of the table since September",
        "which podcast did I listen to most since September",
        "en",
    ),
    ("what track rides the bench the most", "which song do I skip the most", "en"),
    (
        "Welches Album ist seit Oktober Tabellenführer?",
        "welches Album habe ich seit Oktober am meisten gehört",
        "de",
    ),
    (
        "Welche Band ist dieses Jahr Meister geworden?",
        "welche Band habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "Wie viele Einsätze hatte Air bei mir diesen Monat?",
        "wie oft habe ich diesen Monat Air gehört",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is answered as its plain question is."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("who's leading the league", "en"),
        ("who was the MVP of the final", "en"),
        ("which team is top of the table", "en"),
        ("how many appearances has Messi made this season", "en"),
        ("Wer ist Tabellenführer?", "de"),
        ("Wer ist Meister geworden?", "de"),
        ("Wie viele Einsätze hatte Müller diese Saison?", "de"),
    ],
)
async def test_sport_is_not_encores(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """A question about sport never gets an answer about music."""
    heard = await ask(hass, said, language)
    assert not (heard.intent or "").startswith("Encore"), heard.speech


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A fan's commands are Home Assistant's."""
    for said, language in [
        ("put the match on in the living room", "en"),
        ("turn the telly up for the game", "en"),
        ("mach die Bundesliga-Konferenz im Wohnzimmer an", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
