"""A power user's queries, English and German (issue 45's eighteenth turn, writer 56).

A power user types to the assistant as to a command line or a search box:
a keyword, what it is about, a period, no verb ("bands ranked by plays,
this month", "query hours of music this week", "how often <name> since
October", "<name> this week? y/n", "track history, yesterday", "song at
07:40 today?", "straight listening days, count", "weekend/weekday split";
"Playcount <Name> diesen Monat", "Anzahl unique Künstler", "<Name> gespielt
gestern? j/n", "Musikprofil", "Peak-Zeit", "Verlauf: letzter Play <Name>",
"zuletzt gehörter Titel", "mein Dauerbrenner-Song"). The habits are undone
in `parse/keywords_en.py` and `parse/keywords_de.py`; the net holds them.

A ranking said as "ranked by" asks for the top, never a count of what is
ranked; "08:15" typed with its zero is the morning. The phrasings are this
file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.keywords_de import undo_keywords_de
from custom_components.encore.voice.parse.keywords_en import undo_keywords

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("bands ranked by play count this month", "top bands this month"),
        ("songs ranked last week", "top songs last week"),
        ("albums sorted by number of plays this year", "top albums this year"),
        ("ranking of my podcasts since june", "top podcasts since june"),
        ("album leaderboard last month", "top albums last month"),
        ("query hours of music this week", "hours of music this week"),
        ("air this week y/n", "air this week yes or no"),
        ("music log for last friday", "what did i listen to last friday"),
        ("straight listening days count", "what is my listening streak"),
        ("days in a row so far", "what is my listening streak"),
        ("streak length", "what is my listening streak"),
        ("weekend vs weekday breakdown", "do i listen more on weekends or weekdays"),
        (
            "mornings/evenings ratio",
            "do i listen more in the mornings or in the evenings",
        ),
        ("song at 07:40 this morning", "what song was playing at 07:40 this morning"),
    ],
)
def test_english_undone(said: str, plain: str) -> None:
    """A search box's keyword is said as the plain question."""
    assert undo_keywords(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # Sorted by anything but plays is no ranking.
        "songs sorted by date yesterday",
        # No period: nothing is guessed.
        "how often daft punk",
        "how often is the heating on today",
        "how many times did i play queen this year",
        "music log",
        "play history yesterday",
        "track at the kitchen",
    ],
)
def test_english_kept(said: str) -> None:
    """No time, no name and no other question is changed."""
    assert undo_keywords(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "playcount daft punk diesen monat",
            "wie oft habe ich daft punk diesen monat gehört",
        ),
        (
            "anzahl unique künstler letzte woche",
            "anzahl verschiedene künstler letzte woche",
        ),
        ("air gespielt gestern j/n", "habe ich air gestern gehört"),
        ("musikprofil diesen monat", "wie ist mein musikgeschmack diesen monat"),
        # Plain listening is everything (issue 45's thirty-seventh turn).
        ("peak-zeit", "wann höre ich meistens"),
        ("verlauf letzter play air", "wann habe ich air zuletzt gehört"),
        (
            "erste wiedergabe von daft punk",
            "wann habe ich daft punk zum ersten mal gehört",
        ),
        ("zuletzt gehörter titel", "welches lied habe ich zuletzt gehört"),
        ("mein dauerbrenner-song", "welches lied höre ich gerade in dauerschleife"),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A German query's keyword is said as the plain question."""
    assert undo_keywords_de(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # The previous track is Home Assistant's; no period, no count.
        "letzter song",
        "playcount daft punk",
        "daft punk gespielt",
    ],
)
def test_german_kept(said: str) -> None:
    """A command or a query with no period is left as said."""
    assert undo_keywords_de(said) == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    ("bands ranked by plays, this month", "who did I listen to most this month"),
    ("songs ranked by play count, last 7 days", "top songs last 7 days"),
    (
        "query hours of music this week",
        "how many hours of music did I listen to this week",
    ),
    (
        "how often Around the World since October",
        "how often did I play Around the World since October",
    ),
    ("Air this week? y/n", "did I listen to Air this week"),
    (
        "track history, the day before yesterday",
        "what did I listen to the day before yesterday",
    ),
    ("song at 07:40 today?", "what song was playing at 7:40 am today"),
    ("straight listening days, count", "what is my listening streak"),
    ("weekend/weekday split", "do I listen more on weekends or weekdays"),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A power user's English query is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_ranked_is_no_count(hass: HomeAssistant) -> None:
    """ "Ranked by plays" names the top, never a count of different artists."""
    heard = await ask(hass, "bands ranked by plays, last 14 days")
    assert heard.intent == "EncoreTopItems", heard.speech
    assert "different" not in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_zero_hour_is_the_morning(hass: HomeAssistant) -> None:
    """ "08:15" typed with its zero is 8:15 in the morning, never the evening."""
    heard = await ask(hass, "what was playing at 08:15 yesterday")
    assert "8:15 AM" in heard.speech, heard.speech


SAME_AS_PLAIN_DE = [
    (
        "Playcount Daft Punk diesen Monat",
        "wie oft habe ich Daft Punk diesen Monat gehört",
    ),
    (
        "Anzahl unique Künstler letzte Woche",
        "wie viele verschiedene Künstler habe ich letzte Woche gehört",
    ),
    ("Air gespielt gestern? j/n", "habe ich Air gestern gehört"),
    ("Geschmacksprofil diesen Monat", "wie ist mein Musikgeschmack diesen Monat"),
    ("Peak-Zeit", "wann höre ich meistens"),
    ("Verlauf: letzter Play Air", "wann habe ich Air zuletzt gehört"),
    ("erste Wiedergabe von Daft Punk", "wann habe ich Daft Punk zum ersten Mal gehört"),
    ("zuletzt gehörter Titel", "welches Lied habe ich zuletzt gehört"),
    ("mein Dauerbrenner-Song", "welches Lied höre ich gerade in Dauerschleife"),
    (
        "welcher Titel ist bei mir gerade in Dauerschleife",
        "welches Lied höre ich gerade in Dauerschleife",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A power user's German query is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command in a power user's words stays Home Assistant's."""
    for said, language in [
        ("play Daft Punk", "en"),
        ("next track", "en"),
        ("volume 30", "en"),
        ("track 3", "en"),
        ("repeat mode: one", "en"),
        ("sort the queue by artist", "en"),
        ("play songs sorted by date", "en"),
        ("play history", "en"),
        ("query the weather in Berlin", "en"),
        ("Musik lauter", "de"),
        ("letzter Song", "de"),
        ("nächster Titel", "de"),
        ("Song in Dauerschleife abspielen", "de"),
        ("Play Daft Punk", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
