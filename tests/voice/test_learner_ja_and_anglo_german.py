"""A Japanese speaker's English and an English speaker's German (issue 45's sixteenth turn).

A Japanese writer dropped articles and plurals ("how many song", "last
thirty day"), put the topic first ("about music, this month, who is
most?", "podcast, which one I listen most"), picked the wrong preposition
("in yesterday", "at this week"), asked with "... or not?" or a bare "I
listen" and a period, and said habits in their own words ("what I wake up
with", "which song I finish with", "morning person or night person").
An English writer kept English order and words in German ("habe ich
gespielt die meisten", "bin ich besessen mit", "hatten wir Air an", "was
war auf heute Morgen", "Plays", "Skips", "in einer Reihe"). Both are read
in `parse/learner_ja.py` and `parse/learner_en_de.py`.

The phrasings are this file's own; each is answered as its plain form is,
and the figures are recounted where the period or the name was the failure.
"""

from datetime import timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.parse.learner_ja import join_said_first

from .test_german_turn11 import THIS_YEAR, YESTERDAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

LAST_WEEK = (
    TODAY - timedelta(days=TODAY.weekday() + 7),
    TODAY - timedelta(days=TODAY.weekday() + 1),
)

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    ["today until now how many track I play", "about today, how many song I play"],
)
async def test_songs_today(hass: HomeAssistant, said: str) -> None:
    """Today's plays of songs, never no answer."""
    count = sum(1 for p in _between((TODAY, TODAY)) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.startswith("Today "), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Justice, how many time I play at this year",
        "please count justice in this year",
        "justice how many time I listen in this year",
    ],
)
async def test_justice_this_year(hass: HomeAssistant, said: str) -> None:
    """Justice's plays this year, recounted; the name said first is kept."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Justice")
    heard = await ask(hass, said)
    assert "this year" in heard.speech, heard.speech
    assert f"Justice {count} times" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    ["yesterday, Justice is played or not?", "Justice I play in yesterday?"],
)
async def test_justice_yesterday(hass: HomeAssistant, said: str) -> None:
    """Whether Justice played yesterday: yes, never "nothing called or not"."""
    assert any(p.artist == "Justice" for p in _between(YESTERDAY))
    heard = await ask(hass, said)
    assert heard.speech.startswith("Yes"), heard.speech
    assert "yesterday" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Wie viele Plays hatte ich gestern so weit?",
        "Wie viele Plays hatte ich gestern?",
    ],
)
async def test_plays_yesterday_de(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays, counted, never a question back."""
    count = len(_between(YESTERDAY))
    heard = await ask(hass, said, "de")
    assert heard.speech.startswith("Gestern "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_daft_punk_this_year_de(hass: HomeAssistant) -> None:
    """'Wie viele Male' (how many times), the object after the participle."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Daft Punk")
    heard = await ask(
        hass, "Wie viele Male habe ich Daft Punk gehört dieses Jahr?", "de"
    )
    assert "dieses Jahr" in heard.speech, heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    ("about october, who is most", "who is my top artist in october"),
    (
        "podcast, which one I hear most this month",
        "which podcast did i listen to the most this month",
    ),
    (
        "over past three week, which band I listen most",
        "which artists did i listen to the most in the last three weeks",
    ),
    (
        "most play artist at last month, who is it",
        "which artist did i listen to the most last month",
    ),
    (
        "how much hour I listen podcast in last week",
        "how many hours did i listen to podcasts last week",
    ),
    ("number of song at this week", "how many songs this week"),
    (
        "about september, how many unique artist",
        "how many different artists in september",
    ),
    (
        "Genesis, how many time I play at this year",
        "how many times did i play genesis this year",
    ),
    ("I listen Air at this month?", "did i listen to air this month"),
    (
        "sorry one question, Queen I listen in last week?",
        "did i listen to queen last week",
    ),
    (
        "yesterday morning, Queen is played or not?",
        "did i listen to queen yesterday morning",
    ),
    (
        "today quarter past five what I listen",
        "what did i listen to at quarter past five today",
    ),
    ("this month what style I am into", "what kind of music am i into this month"),
    (
        "about this month, when is my peak time",
        "what time of day do i usually listen to music this month",
    ),
    (
        "in november, artist I hear first time",
        "which new artists did i discover in november",
    ),
    (
        "in last two week I play same song many time? how much percent",
        "what is my repeat rate in the last two weeks",
    ),
    ("how much I repeat same track again and again", "what is my repeat rate"),
    (
        "how many day continuously I listen music",
        "how many days in a row have i listened",
    ),
    ("Justice first time I hear, when?", "when did i first listen to justice"),
    ("Queen, when I listen at the last", "when did i last listen to queen"),
    (
        "ano, the track I listen just before, what title",
        "what was the last song i played",
    ),
    ("yesterday, which song I finish with", "what did i end with yesterday"),
    ("this month most skip song is which", "which song did i skip the most this month"),
    ("song I skip many time, what?", "which song did i skip the most"),
    (
        "night person or morning person, which am I",
        "am i more of a night or morning listener",
    ),
    (
        "at this week morning or evening, when I listen more",
        "do i listen more in the mornings or in the evenings this week",
    ),
]

SAME_AS_PLAIN_DE = [
    (
        "Was ist das Lied ich habe gehört die meisten diesen Monat?",
        "welches lied habe ich diesen monat am meisten gehört",
    ),
    (
        "Welche Band habe ich gespielt die meisten im Oktober?",
        "welche band habe ich im oktober am meisten gespielt",
    ),
    (
        "Was habe ich gehört die meisten letzte Woche?",
        "was habe ich letzte woche am meisten gehört",
    ),
    (
        "Mit welchem Künstler bin ich besessen diesen Monat?",
        "welche künstler höre ich diesen monat am meisten",
    ),
    (
        "Wie viele Plays hatte ich diese Woche so weit?",
        "wie viele wiedergaben hatte ich diese woche",
    ),
    ("Hatte ich Queen an letzte Woche?", "habe ich letzte woche queen gehört"),
    ("Was war auf gestern Abend?", "was lief gestern abend"),
    ("Kannst du beschreiben meinen Geschmack?", "wie ist mein musikgeschmack"),
    (
        "Zu welcher Zeit von Tag höre ich am meisten?",
        "zu welcher tageszeit höre ich am meisten",
    ),
    (
        "Wie viele Tage in einer Reihe habe ich Musik gehört?",
        "wie viele tage in folge habe ich musik gehört",
    ),
    (
        "Wie viele Skips hatte ich diesen Monat?",
        "wie oft habe ich diesen monat übersprungen",
    ),
    (
        "Wie viele Male habe ich Justice gehört letzte Woche?",
        "wie oft habe ich letzte woche justice gehört",
    ),
]


@pytest.mark.usefixtures("history")
async def test_english_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a floor's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_german_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a floor's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command with the same words is never Encore's."""
    for said, language in [
        ("play Daft Punk in the kitchen", "en"),
        ("please play queen in the kitchen", "en"),
        ("turn the music up", "en"),
        ("what is playing in the kitchen", "en"),
        ("play music in this morning", "en"),
        ("count to ten", "en"),
        ("spiel was von Queen in der Küche", "de"),
        ("mach das Licht an", "de"),
        ("hatte ich das Licht an", "de"),
        ("hatten wir Licht an im Wohnzimmer", "de"),
        ("was läuft gerade in der Küche", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)


# -- the rules, read alone --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("number of play in last seven day", "how many plays in the last seven days"),
        ("about august, how many unique song", "how many different songs in august"),
        (
            "in total how many kind of artist I have",
            "how many different artists did i listen to in total",
        ),
        (
            "this morning half past eight what I listen",
            "what did i listen to at half past eight this morning",
        ),
        (
            "what is play at quarter past five today",
            "what played at quarter past five today",
        ),
        ("artist I skip many many time, who?", "which artist did i skip the most"),
        # "What is playing" (now) is never read as a past play.
        ("what is playing in the kitchen", "what is playing in the kitchen"),
        # A command keeps its own words.
        ("play daft punk in the kitchen", "play daft punk in the kitchen"),
    ],
)
def test_english_rules(said: str, read: str) -> None:
    """Each habit undone on its own words."""
    assert " ".join(prepare(said, "en")) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "Wer ist der Künstler ich habe gehört die meisten dieses Jahr?",
            "welche künstler habe ich dieses jahr am meisten gehört",
        ),
        ("Hatten wir Air an am Samstag?", "haben wir am samstag air gehört"),
        ("Was war auf heute Morgen?", "was lief heute morgen"),
        (
            "Wie viele Tage in eine Reihe habe ich zugehört?",
            "wie viele tage in folge habe ich gehört",
        ),
        # Nothing of a period after it: "had the light on" is no listening.
        ("hatte ich das Licht an", "hatte ich das licht an"),
    ],
)
def test_german_rules(said: str, read: str) -> None:
    """Each habit undone on its own words."""
    assert " ".join(prepare(said, "de")) == read


def test_the_topic_said_first_is_joined() -> None:
    """A kind or a name said first stays with its question."""
    assert (
        join_said_first("Podcast, which one I listen most")
        .lower()
        .startswith("which podcast")
    )
    assert join_said_first("Radiohead, how many time ever I play") == (
        "Radiohead how many times ever I play"
    )
    # Any other clause said first is left to the clauses' reading.
    assert join_said_first("Leo, not the knife, how many songs") == (
        "Leo, not the knife, how many songs"
    )
