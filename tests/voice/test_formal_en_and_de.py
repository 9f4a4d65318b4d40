"""A connoisseur's English and a Feuilleton German (issue 45's sixteenth turn).

Writer 42 asked about "pieces", "works", "recordings" and "performers",
"the programme yesterday evening", what "headed the bill" or "received an
airing", and in German about "Interpreten", "Werke" and "Aufnahmen", what
"erklang" or "auf dem Programm stand", with genitive periods ("die Zahl der
Wiedergaben des vergangenen Monats", "im Laufe des Jahres") and clauses set
off by commas ("das mir inzwischen recht fern erscheint"). They are read by
`parse/formal_en.py` and `parse/formal_de.py`, and the nets hold their
words.

The phrasings are this file's own; each is answered as its plain form is,
and the figures are recounted where the count was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.parse.formal_de import join_clauses_de

from .test_german_turn11 import THIS_YEAR, YESTERDAY, _between
from .test_heldout import assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, read alone ------------------------------------------------------------

PREPARED = [
    (
        "How many works did I listen to yesterday?",
        "en",
        "how many songs did i listen to yesterday",
    ),
    (
        "When was Da Funk first given an airing?",
        "en",
        "when did i first listen to da funk",
    ),
    (
        "Which performer headed the bill this year?",
        "en",
        "which artist did i play the most this year",
    ),
    (
        "What was on the programme this afternoon?",
        "en",
        "what did i listen to this afternoon",
    ),
    ("Which piece do I most often cut short?", "en", "which song do i skip the most"),
    (
        "Wie viele Stücke sind gestern erklungen?",
        "de",
        "wie viele lieder habe ich gestern gehört",
    ),
    (
        "Was stand gestern Abend auf dem Programm?",
        "de",
        "was habe ich gestern abend gehört",
    ),
    (
        "Wie hoch war die Zahl der Wiedergaben des vergangenen Monats?",
        "de",
        "wie viele wiedergaben hatte ich letzten monat",
    ),
    (
        "Wann ist mir Air zum ersten Mal begegnet?",
        "de",
        "wann habe ich air zum ersten mal gehört",
    ),
]


@pytest.mark.parametrize(("said", "language", "plain"), PREPARED)
def test_prepared(said: str, language: str, plain: str) -> None:
    """The formal turn is undone into the plain question's words."""
    assert " ".join(prepare(said, language)) == plain


def test_inner_clauses_joined() -> None:
    """A clause set off by commas inside a German question is no chat after it."""
    said = "Welches Album wurde im Jahre 2025, das mir inzwischen recht fern erscheint, am öftesten aufgelegt?"
    assert "," not in join_clauses_de(said, "de")
    assert (
        join_clauses_de("Daft Punk, how often this year", "en")
        == "Daft Punk, how often this year"
    )


def test_names_and_commands_untouched() -> None:
    """A command keeps its words; a name after a verb is never changed."""
    assert prepare("play some pieces by Bach", "en")[-3:] == ["pieces", "by", "bach"]
    assert " ".join(prepare("When was Cuatro Caminos last given a hearing?", "en")) == (
        "when did i last listen to cuatro caminos"
    )
    assert prepare("spiel das Werk von Queen", "de")[-2:] == ["von", "queen"]


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "How many pieces have I heard today?",
        "Pray tell me the number of recordings performed today.",
    ],
)
async def test_pieces_today(hass: HomeAssistant, said: str) -> None:
    """Today's plays of songs, never of everything."""
    count = sum(1 for p in _between((TODAY, TODAY)) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said, "en")
    assert heard.speech.startswith("Today "), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Wie viele Stücke sind gestern erklungen?",
        "Wie viele Werke sind gestern bereits erklungen?",
    ],
)
async def test_stuecke_yesterday(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays of songs."""
    count = sum(1 for p in _between(YESTERDAY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said, "de")
    assert heard.speech.startswith("Gestern "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Wie häufig ist Queen in diesem Jahr erklungen?",
        "Queen, deren Bohemian Rhapsody ich so schätze: wie oft habe ich sie in diesem Jahr gehört?",
    ],
)
async def test_queen_this_year(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year, recounted."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    heard = await ask(hass, said, "de")
    assert f"{count} Mal" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    (
        "Which performer did I hear most this week?",
        "which artist did I listen to most this week",
    ),
    (
        "Which pieces headed the bill last month?",
        "which songs did I listen to most last month",
    ),
    (
        "Which album was never off the turntable in October?",
        "which album did I listen to most in October",
    ),
    (
        "What was on the programme this afternoon?",
        "what did I listen to this afternoon",
    ),
    ("Was Genesis on the programme yesterday?", "did I listen to Genesis yesterday"),
    ("When was Da Funk first given an airing?", "when did I first listen to Da Funk"),
    (
        "How often did One More Time receive a hearing this week?",
        "how often did I play One More Time this week",
    ),
    (
        "When did I first make the acquaintance of Air?",
        "when did I first listen to Air",
    ),
    ("Which piece do I most frequently cut short?", "which song do I skip the most"),
    (
        "Which performer do I most often abandon before the end?",
        "which artist do I skip the most",
    ),
    (
        "What was the total duration of my listening this week?",
        "how long did I listen this week",
    ),
    (
        "Of the spoken-word programmes, which is my most faithful companion this year?",
        "which podcast did I listen to most this year",
    ),
    (
        "How long is my uninterrupted sequence of listening days?",
        "how long is my listening streak",
    ),
    (
        "Was there any Queen during the last week, or am I mistaken?",
        "did I listen to Queen last week",
    ),
    ("Eres, when did I last play that one?", "when did I last listen to Eres"),
    (
        "Remind me of what I was listening to on Saturday.",
        "what did I listen to on Saturday",
    ),
    (
        "Last month, which performers did we favour above all others?",
        "which artists did we listen to most last month",
    ),
]


@pytest.mark.usefixtures("history")
async def test_same_as_plain_en(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """The connoisseur's question gets the answer of its plain form."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    (
        "Welche Interpreten haben im Laufe der Woche meine Aufmerksamkeit am häufigsten beansprucht?",
        "welche Künstler habe ich diese Woche am meisten gehört",
    ),
    (
        "Welchem Künstler habe ich im Laufe des Jahres die meiste Zeit geschenkt?",
        "welchen Künstler habe ich dieses Jahr am meisten gehört",
    ),
    (
        "Nennen Sie mir die fünf Stücke, denen ich im Laufe des Jahres am meisten Gehör geschenkt habe.",
        "welche fünf Lieder habe ich dieses Jahr am meisten gehört",
    ),
    (
        "Welches Werk wurde im vergangenen Monat am öftesten aufgelegt?",
        "welches Lied habe ich letzten Monat am meisten gehört",
    ),
    (
        "Wie hoch war die Zahl der Wiedergaben der vergangenen Woche?",
        "wie viele Wiedergaben hatte ich letzte Woche",
    ),
    (
        "Auf wie viele verschiedene Interpreten beläuft sich meine gesamte Hörgeschichte?",
        "wie viele verschiedene Künstler habe ich insgesamt gehört",
    ),
    (
        "Ob ich gestern Daft Punk gehört habe, möchte ich gern wissen.",
        "habe ich gestern Daft Punk gehört",
    ),
    (
        "Was stand heute Nachmittag auf dem Programm?",
        "was habe ich heute Nachmittag gehört",
    ),
    (
        "Welche Werke erklangen am vergangenen Samstag?",
        "was habe ich letzten Samstag gehört",
    ),
    (
        "Wann ist mir Air zum ersten Mal begegnet?",
        "wann habe ich Air zum ersten Mal gehört",
    ),
    (
        "Seit wann findet sich Genesis in meiner Hörgeschichte?",
        "wann habe ich Genesis zum ersten Mal gehört",
    ),
    (
        "Mit welchem Werk begann der vergangene Montag?",
        "was war das erste Lied letzten Montag",
    ),
    (
        "Mit welcher Aufnahme endete der vergangene Freitag?",
        "was war das letzte Lied letzten Freitag",
    ),
    (
        "Welcher Podcast ist, alles in allem, mein ständiger Begleiter?",
        "welchen Podcast habe ich am meisten gehört",
    ),
    (
        "Wie war der vergangene Monat in musikalischer Hinsicht?",
        "Rückblick auf letzten Monat",
    ),
    (
        "Wie war das vergangene Jahr in musikalischer Hinsicht?",
        "wie war mein letztes Jahr",
    ),
    (
        "Wer war in letzter Zeit, wenn ich fragen darf, jener Interpret, dem ich geradezu verfallen bin?",
        "welchen Künstler habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "Wie oft breche ich eine Aufnahme ab, bevor sie zu Ende gespielt ist?",
        "wie oft überspringe ich Lieder",
    ),
    (
        "An wie vielen aufeinanderfolgenden Tagen habe ich ohne Unterbrechung Musik gehört?",
        "wie viele Tage am Stück habe ich gehört",
    ),
    (
        "Höre ich eher nachmittags, oder gehören die Abende der Musik?",
        "höre ich eher nachmittags oder abends",
    ),
]


@pytest.mark.usefixtures("history")
async def test_same_as_plain_de(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """The Feuilleton's question gets the answer of its plain German."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- commands stay Home Assistant's ------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command with the connoisseur's words is never Encore's."""
    for said, language in [
        ("play Daft Punk in the kitchen", "en"),
        ("play some pieces by Bach in the kitchen", "en"),
        ("play the programme in the kitchen", "en"),
        ("turn the music up", "en"),
        ("spiel was von Queen in der Küche", "de"),
        ("spiel das Stück von Queen in der Küche", "de"),
        ("spiele die Aufnahme von Genesis in der Küche", "de"),
        ("mach die Musik lauter", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
