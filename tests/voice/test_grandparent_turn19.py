"""A grandparent in their eighties, in English and in a Bavarian grandmother's German (issue 45's nineteenth turn, writer 62).

An older speaker unsure of the device ends a question with a polite tag
("..., would you happen to know?", "..., do you suppose?"), hedges between
commas (", roughly,"), pleads after it ("A rough figure will do."), names a
kind first and asks of "them" ("Is there a singer I keep skipping? Which of
them ..."), and says periods and listening the old way ("the month before
this one", "the summer of last year", "since you were installed",
"Saturdays and Sundays", "long-playing records", "the gramophone", "time
after time", "sum up"). The German grandmother greets ("Servus."), adds a
remark ("Meine Enkelin will's wissen.", "..., wenn Sie mich fragen"), says
when with "wie ich ... war", describes again ("das mit dem roten Cover", "so
ein Podcast halt"), lets the radio run, "krieg nimmer genug", "in einer
Tour", "hat's mir angetan", and "was hat um acht gespielt". The habits are
undone in `parse/grandparent_en.py` and `parse/grandparent_de.py`; the net
holds the new openers and words.

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.elsewhere import is_command
from custom_components.encore.voice.parse.grandparent_de import undo_grandparent_de
from custom_components.encore.voice.parse.grandparent_en import (
    said_as_grandparent_en,
    undo_grandparent_en,
)

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Which band did I listen to most last month, would you happen to know?",
            "Which band did I listen to most last month?",
        ),
        (
            "How many songs did I play yesterday, do you suppose?",
            "How many songs did I play yesterday?",
        ),
        (
            "What did I have on this morning, would you say?",
            "What did I have on this morning?",
        ),
        (
            "How many hours did I listen, roughly, this week?",
            "How many hours did I listen this week?",
        ),
        (
            "Roughly how many songs did I play today? A rough figure will do.",
            "how many songs did I play today?",
        ),
        (
            "Is there a singer I keep skipping? Which of them do I skip most?",
            "Which singer do I skip most?",
        ),
        (
            "Of all the albums I have, which one did I play most this year?",
            "which album did I play most this year?",
        ),
        (
            "Queen, that rock band, when did I last hear them?",
            "Queen, when did I last hear them?",
        ),
        (
            "What did I play this week, on Tuesday or whenever it was?",
            "What did I play this week?",
        ),
        (
            "I'm trying to remember what I played yesterday evening.",
            "what I played yesterday evening.",
        ),
        (
            "Has anybody new turned up this month? Someone I'd never heard before, I mean.",
            "Has anyone new turned up this month?",
        ),
    ],
)
def test_english_said_undone(said: str, plain: str) -> None:
    """A tag, a hedge, a plea, a kind said first and a guess at the day are undone."""
    assert said_as_grandparent_en(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "How long did I listen the month before this one?",
            "How long did I listen last month?",
        ),
        (
            "What did I play most during the summer of last year?",
            "What did I play most last summer?",
        ),
        (
            "Which records have had the most turns since you were installed?",
            "Which records have been played the most of all time?",
        ),
        (
            "Which long-playing records got the most use on the gramophone this month?",
            "Which albums got played the most this month?",
        ),
        (
            "Which tune have I played time after time this week?",
            "Which tune have I played over and over this week?",
        ),
        (
            "Could you sum up my listening this week?",
            "Could you give me a recap of my listening this week?",
        ),
        (
            "Would you be able to count up how many songs I played today?",
            "how many songs I played today?",
        ),
        (
            "Do I play more on weekdays or Saturdays and Sundays?",
            "Do I play more on weekdays or weekends?",
        ),
        (
            "Is it weekdays, or weekends, when I listen most?",
            "Is it weekdays or weekends when I listen most?",
        ),
        (
            "How many songs did we play in this house today?",
            "How many songs did we play today?",
        ),
        (
            "What kind of music does this old lady like?",
            "What kind of music do i like?",
        ),
        ("What kind of music the old girl likes", "What kind of music i like"),
    ],
)
def test_english_words_undone(said: str, plain: str) -> None:
    """The old periods and words are said the plain way."""
    assert undo_grandparent_en(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # The guess is the only time said: it stays.
        "What did I play, on Monday or whenever it was?",
        # A name taken back after the question is no plea.
        "What did I play by Justice? Queen, I mean.",
        # "The old man" is as often a husband: never the speaker.
        "What kind of music does the old man like?",
        # "In this house" without "we" is left to the room reader.
        "How many songs did I play in this house today?",
        # "Roughly" before a clock time stays with it.
        "What was on at roughly nine yesterday?",
    ],
)
def test_english_kept(said: str) -> None:
    """No time, no name and no person is lost."""
    assert said_as_grandparent_en(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Servus. Welche Band hab ich diese Woche am meisten gehört?",
            "Welche Band hab ich diese Woche am meisten gehört?",
        ),
        (
            "Welches Lied hab ich gestern gehört? Meine Enkelin will's wissen.",
            "Welches Lied hab ich gestern gehört?",
        ),
        (
            "Wann hab ich Queen zuletzt gehört? Eine schöne Musik, wenn Sie mich fragen.",
            "Wann hab ich Queen zuletzt gehört?",
        ),
        (
            "Welcher Podcast hat's mir diesen Monat so angetan?",
            "Welcher Podcast hab ich diesen Monat am meisten gehört?",
        ),
        ("Was hat gestern um acht gespielt?", "was lief gestern um acht?"),
        ("Wann lass ich denn meistens das Radio laufen?", "Wann höre ich meistens?"),
        (
            "Was ist das Lied, von dem ich nimmer genug krieg?",
            "Was ist das Lied, das ich ständig höre?",
        ),
        (
            "Welche Sendung, so ein Podcast halt, hab ich gestern gehört?",
            "Welche Podcast hab ich gestern gehört?",
        ),
        ("Welche Musik hör ich in einer Tour?", "Welche Musik hör ich immer wieder?"),
        (
            "Wie war denn mein Monat, mit der Musik und allem?",
            "Wie war denn mein Monat?",
        ),
        (
            "Hab ich gestern das Album Discovery gehört, das mit dem roten Cover?",
            "Hab ich gestern das Album Discovery gehört?",
        ),
        ("Was lief um acht Uhr, wie ich beim Frühstück war?", "Was lief um acht Uhr?"),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A Bavarian grandmother's greeting, remarks and words are undone."""
    assert undo_grandparent_de(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # The clause holds the only time: it stays.
        "Was lief, wie ich gestern beim Arzt war?",
        # A name said after the question is no remark.
        "Was hab ich gehört? Das Lied von Queen.",
        # A person between "hat" and "gespielt" stays a person.
        "Was hat gestern Ada gespielt?",
    ],
)
def test_german_kept(said: str) -> None:
    """No time, no name and no person is lost."""
    assert undo_grandparent_de(said) == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    (
        "Which band did I have on most last month, would you happen to know?",
        "which band did I listen to most last month",
    ),
    (
        "How many songs did we get through in this house today, do you suppose?",
        "how many songs did we play today",
    ),
    (
        "Is there a singer I keep passing over? Which of them gets skipped the most?",
        "which artist do I skip most",
    ),
    (
        "Could you give me a rundown of the month before this one, if you'd be so kind?",
        "give me a recap of last month",
    ),
    (
        "Roughly how many different singers have I heard this month? Just a rough figure will do.",
        "how many different artists have I heard this month",
    ),
    (
        "I'm trying to remember what I had on yesterday evening. Could you help me out?",
        "what did I listen to yesterday evening",
    ),
    (
        "Which long-playing records got the most use on the gramophone this year?",
        "which albums did I play most this year",
    ),
    (
        "Would you be able to count up how many songs I played the week before this one?",
        "how many songs did I play last week",
    ),
    (
        "Is it weekdays, or Saturdays and Sundays, when I listen most?",
        "do I listen more on weekdays or weekends",
    ),
    (
        "Has anybody new turned up this year? Someone I'd never heard before, I mean.",
        "which new artists did I discover this year",
    ),
    (
        "When do I tend to have the radio on? I'm curious about my habits.",
        "when do I usually listen",
    ),
    ("How many days running have I listened now, dear?", "what is my listening streak"),
    (
        "Bohemian Rhapsody, that old Queen song, when did I last hear it?",
        "when did I last hear Bohemian Rhapsody",
    ),
    (
        "What was the first tune I played today, would you know?",
        "what was the first song I played today",
    ),
    (
        "What share of my listening do I skip, roughly, since the start of September?",
        "what is my skip rate since September",
    ),
    (
        "If somebody asked you what kind of music I like, what would you tell them?",
        "what is my taste in music",
    ),
    (
        "Which records have had the most turns since you were installed?",
        "which albums did I play most of all time",
    ),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A grandparent's English is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    (
        "Grüß Gott. Könnten Sie mir sagen, welche Band ich diesen Monat am meisten gehört hab?",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
    (
        "Welcher Podcast hat's mir denn diese Woche so angetan?",
        "welchen Podcast habe ich diese Woche am meisten gehört",
    ),
    (
        "Gestern am Abend um acht, was war denn da im Radio?",
        "was lief gestern Abend um acht",
    ),
    (
        "Was hat denn gestern um acht Uhr abends gespielt, wie ich beim Essen war?",
        "was lief gestern um acht Uhr abends",
    ),
    ("Wann lass ich denn meistens das Radio laufen?", "wann höre ich normalerweise"),
    (
        "Hör ich denn immer wieder dieselben Lieder? Mein Enkel sagt das.",
        "höre ich immer wieder die gleichen Lieder",
    ),
    (
        "Welches Lied hör ich denn in letzter Zeit in einer Tour?",
        "welches Lied höre ich in letzter Zeit ständig",
    ),
    ("Wie war denn mein Monat so, mit der Musik und allem?", "wie war mein Monat"),
    (
        "Hab ich diese Woche das Album Discovery gehört, das mit dem bunten Umschlag?",
        "habe ich diese Woche Discovery gehört",
    ),
    (
        "Wann hab ich Genesis zum letzten Mal gehört? Ein schönes Lied, wenn Sie mich fragen.",
        "wann habe ich Genesis zum letzten Mal gehört",
    ),
    (
        "Was ist denn das Lied, von dem ich nimmer genug krieg in letzter Zeit?",
        "welches Lied höre ich in letzter Zeit ständig",
    ),
    (
        "Sagen Sie mal, wie war denn bei uns der letzte Monat so?",
        "wie war unser letzter Monat",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A Bavarian grandmother's German is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said as a grandparent says it stays Home Assistant's."""
    for said, language in [
        (
            "Good evening. Would you put the radio on in the kitchen, if you'd be so kind?",
            "en",
        ),
        ("Turn the music up a little, would you?", "en"),
        ("Could you play some Queen in the kitchen, do you suppose?", "en"),
        ("I'm trying to remember to turn off the kitchen light", "en"),
        ("Grüß Gott. Machen Sie bitte das Licht in der Küche an.", "de"),
        ("Spielen Sie bitte was von Queen in der Küche.", "de"),
        ("Servus, lass das Radio in der Küche laufen", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)


@pytest.mark.parametrize(
    ("said", "command"),
    [
        (
            "machen sie die wiederholung aus, ich hab das lied jetzt dreimal gehört",
            True,
        ),
        ("schalten sie bitte das radio aus", True),
        ("können sie mir sagen, was ich gestern gehört hab", False),
        ("wann lass ich denn meistens das radio laufen", False),
    ],
)
def test_polite_german_command(said: str, command: bool) -> None:
    """A command to "Sie" opens with its verb: declined, never answered as a habit."""
    assert is_command(said, "de") is command
