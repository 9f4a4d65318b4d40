"""A Polish speaker's English and German (issue 45's nineteenth turn, writer 65).

Polish has no articles, a free word order and one word for "how many" and
"how much" ("ile"). A Polish speaker at B1 says "since the april", "how much
minutes", "with how many artists I was listening", "in the row", "the
singer Justice when I heard him first time", "album of last month, what was
it"; in German "wie viel Lieder", "meine meiste gespielte Band", "hat
gelaufen", "in die Früh", the period said first and set off by a comma
("gestern, Sexy Boy hab ich gespielt?") and the name said first ("Sexy Boy
wann hab ich zuletzt gehört"). The habits are undone in
`parse/learner_pl.py`; the net holds the name said first, the question
word said last and a preposition before "how many".

The phrasings are this file's own; each is answered as its plain form is.
A recap of last year and of a year said after "my year in music" are last
year's and that year's, never this one's (a wrong fact before).
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.learner_pl import undo_learner_pl

from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("most played songs since the april", "most played songs since april"),
        ("which band I heard most in the june", "which band I heard most in june"),
        (
            "how many days in the row I was playing music without a break",
            "how many days in a row have I been listening",
        ),
        ("how much minutes I listened today", "how many minutes I listened today"),
        (
            "to how many different artists I was listening this month",
            "how many different artists I was listening this month",
        ),
        (
            "have I found someone new this month",
            "did I discover new artists this month",
        ),
        (
            "do I listen always the same songs over and over",
            "do I play the same songs again and again",
        ),
        (
            "album of last month for me, what was it?",
            "which album did I listen to most last month",
        ),
        (
            "the singer Justice when I heard him first time",
            "when did I first listen to Justice",
        ),
        (
            "Moon Safari when it showed up first in my library",
            "when did I first listen to Moon Safari",
        ),
    ],
)
def test_english_undone(said: str, plain: str) -> None:
    """A Polish speaker's English is undone."""
    assert undo_learner_pl(said, "en") == plain


@pytest.mark.parametrize(
    "said",
    [
        # A name after a verb is never changed.
        "did I play The March of the Pigs",
        "how much time did I listen today",
        "when did I last listen to Air",
        "how many days in a row did I listen in October",
    ],
)
def test_english_kept(said: str) -> None:
    """No name, no period and no plain question is changed."""
    assert undo_learner_pl(said, "en") == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "wie viel Lieder ich hab gehört gestern",
            "wie viele Lieder ich hab gehört gestern",
        ),
        (
            "wie viel Podcast Episoden hab ich gehört",
            "wie viele Podcast Episoden hab ich gehört",
        ),
        (
            "wer ist meine meiste gespielte Band diese Monat",
            "wer ist mein meistgespielter Band diese Monat",
        ),
        ("wie viele Lieder hat gelaufen heute", "wie viele Lieder liefen heute"),
        (
            "hör ich mehr in die Früh oder in der Nacht",
            "hör ich mehr in der Früh oder in der Nacht",
        ),
        ("welche Art von Musik mag ich, erklär mal", "was für Musik mag ich"),
        (
            "wann war das letzte Mal Air bei uns",
            "wann hab ich Air zum letzten Mal gehört",
        ),
        ("Sexy Boy wann hab ich zuletzt gehört", "wann lief Sexy Boy zuletzt"),
        (
            "Sexy Boy wann ist das erste Mal gelaufen",
            "wann hab ich Sexy Boy zum ersten Mal gehört",
        ),
        ("gestern, Sexy Boy hab ich gespielt?", "hab ich gestern Sexy Boy gespielt"),
        (
            "wie oft ich höre immer die gleichen Lieder wieder",
            "wie oft höre ich immer die gleichen Lieder",
        ),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A Polish speaker's German is undone."""
    assert undo_learner_pl(said, "de") == plain


@pytest.mark.parametrize(
    "said",
    [
        "wie viel Zeit hab ich gestern gehört",
        "wann lief Sexy Boy zuletzt",
        "hab ich gestern Sexy Boy gehört",
    ],
)
def test_german_kept(said: str) -> None:
    """Plain German and "wie viel Zeit" are not changed."""
    assert undo_learner_pl(said, "de") == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    ("top five songs since the april", "top five songs since april"),
    (
        "how much minutes of podcasts I had on yesterday",
        "how many minutes of podcasts did I listen to yesterday",
    ),
    (
        "with how many different artists I was listening last month",
        "how many different artists did I listen to last month",
    ),
    ("have I found someone new this year", "did I discover new artists this year"),
    (
        "do I listen always the same songs over and over",
        "do I play the same songs again and again",
    ),
    (
        "album of last month for me, what was it",
        "which album did I listen to most last month",
    ),
    (
        "the singer Justice when I heard him first time",
        "when did I first listen to Justice",
    ),
    (
        "Sexy Boy when it showed up first in my library",
        "when did I first listen to Sexy Boy",
    ),
    (
        "how many days in the row I was playing music without a break",
        "how many days in a row have I been listening",
    ),
    ("my year in review of last year", "recap of last year"),
    ("my year in music 2025", "my 2025 year in music"),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A Polish speaker's English is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_someone_who_played_is_no_name(hass: HomeAssistant) -> None:
    """ "How many things did Ada play": Ada's plays, never a name "Ada"."""
    heard = await ask(hass, "how many things did Ada listen to yesterday")
    assert heard.intent == "EncoreHowMany", heard.speech
    assert "nothing called" not in heard.speech, heard.speech
    assert "(for Ada)" in heard.speech, heard.speech


SAME_AS_PLAIN_DE = [
    (
        "wie viel Lieder ich hab gehört gestern",
        "wie viele Lieder hab ich gestern gehört",
    ),
    (
        "wie viel Podcast Episoden ich hab gehört diese Woche",
        "wie viele Podcastfolgen hab ich diese Woche gehört",
    ),
    (
        "wer ist meine meiste gespielte Band diesen Monat",
        "welche Band hab ich diesen Monat am meisten gehört",
    ),
    ("wie viele Lieder hat gelaufen heute", "wie viele Lieder liefen heute"),
    ("hör ich mehr in die Früh oder in der Nacht", "höre ich mehr morgens oder nachts"),
    ("welche Art von Musik mag ich, erklär mal", "was für Musik mag ich"),
    ("wann war das letzte Mal Air bei mir", "wann hab ich Air zum letzten Mal gehört"),
    ("Sexy Boy wann hab ich zuletzt gehört", "wann lief Sexy Boy zuletzt"),
    (
        "Sexy Boy wann ist das erste Mal gelaufen",
        "wann hab ich Sexy Boy zum ersten Mal gehört",
    ),
    ("gestern, Sexy Boy hab ich gespielt?", "hab ich gestern Sexy Boy gespielt"),
    ("Air wie viel mal gehört diese Woche", "wie oft hab ich Air diese Woche gehört"),
    ("Jahresrückblick von letzte Jahr bitte", "Rückblick auf letztes Jahr"),
    (
        "hab ich in letzte zwei Wochen neue Band entdeckt",
        "hab ich in den letzten zwei Wochen neue Bands entdeckt",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A Polish speaker's German is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_kitchen_yesterday(hass: HomeAssistant) -> None:
    """ "Wie viele Sachen hat gelaufen in der Küche": the kitchen's plays."""
    add_kitchen(hass)
    await assert_encores_as_plain(
        hass,
        "wie viele Sachen hat gelaufen in der Küche gestern",
        "wie viele Wiedergaben liefen gestern in der Küche",
        "de",
    )


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said as a Polish speaker says it stays Home Assistant's."""
    for said, language in [
        ("play always the same song again in the kitchen", "en"),
        ("turn on the light in the kitchen please", "en"),
        ("play the podcast of this month in the kitchen", "en"),
        ("put the music on in the kitchen since the morning", "en"),
        ("mach das Licht in die Küche an", "de"),
        ("spiel Daft Punk nochmal in die Küche", "de"),
        ("spiel die gleiche Sachen nochmal in der Küche", "de"),
        ("mach Musik lauter in die Küche bitte", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
