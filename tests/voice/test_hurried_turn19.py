"""A hurried smart-speaker user, a British teenager, a dictated question (issue 45's nineteenth turn).

Writers 61, 63 and 67: a user in a hurry says the wake word and keywords
with no verb, the period or the moment first and the question word last
("<wake word>, <content> how long <period>", "<period>, how many <kind>",
"<name>, first listen when", "<name>, zuletzt gehört wann", "<Zeit> schon
<Name>?", "<Zeit> neunzehn Uhr fünfundvierzig was lief"); a teenager says
"what am I actually into" (the taste over all time, never lately), "on my
heavy rotation", "serial skipper", "or nah", "seit wann ist <Name> in meinem
Verlauf", "bin ich eher ... am hören"; a dictated question ends "or no".
`parse/hurried.py` reads the hurried order; the nets hold each way.

The phrasings are this file's own; each is answered as its plain form is,
and the commands said the same hurried way stay Home Assistant's.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.hurried import front_hurried, undo_teen_en

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("hey jarvis, played justice yesterday", "played justice yesterday"),
        ("okay nabu how many songs today", "how many songs today"),
        ("so far this week, how many songs", "this week so far, how many songs"),
        ("Genesis, first listen when", "when did I first listen to Genesis"),
        ("air, last heard what day", "when did I last listen to air"),
        (
            "which album did i play most last month comma and how many times",
            "which album did i play most last month, and how many times",
        ),
        ("did i hear justice today question mark", "did i hear justice today"),
        ("this week, streams", "how many plays this week"),
        ("tracks yesterday, how many", "how many tracks yesterday"),
        ("midday tuesday, what was on", "tuesday midday, what was on"),
        (
            "Phantom, how many times this month",
            "how often did I play Phantom this month",
        ),
        # "Computer" alone may open a title: only "hey computer" is a wake word.
        ("Computer Love, first play when", "when did I first listen to Computer Love"),
    ],
)
def test_english_undone(said: str, plain: str) -> None:
    """A hurried user's English order is put plain."""
    assert front_hurried(said, "en") == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("been caning air this month or nah", "did i listen to air this month"),
        ("have i been rinsing phantom lately", "did i listen to phantom lately"),
        ("how many songs today innit", "how many songs today"),
        ("what am i into bruv", "what am i into"),
        ("who is my top artist atm", "who is my top artist lately"),
        (
            "am i a night owl or an early bird",
            "am i a night person or a morning person",
        ),
        # A slang verb after "who" asks the most played: left to its rules.
        ("who have i been caning this week", "who have i been caning this week"),
        (
            "been rinsing the same songs this year whats my repeat rate",
            "been rinsing the same songs this year whats my repeat rate",
        ),
    ],
)
def test_teen_undone(said: str, plain: str) -> None:
    """A teenager's yes-or-no without "did" is asked plainly; a tag said last goes."""
    assert undo_teen_en(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "kitchen, how often this week",
        "so, how many songs today",
        "computer love this week",
        "which song did I play first today",
    ],
)
def test_english_kept(said: str) -> None:
    """A room, a filler and a title said first are left as said."""
    assert front_hurried(said, "en") == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Phantom, zuletzt gespielt wann", "wann habe ich Phantom zuletzt gehört"),
        (
            "Justice, zum ersten Mal gehört wann",
            "wann habe ich Justice zum ersten mal gehört",
        ),
        (
            "seit wann ist Wet Leg in unserem Hörverlauf",
            "wann habe ich Wet Leg zum ersten mal gehört",
        ),
        ("gestern achtzehn Uhr fünfzehn was lief", "gestern 18:15 was lief"),
        ("vorgestern einundzwanzig Uhr was lief", "vorgestern 21 Uhr was lief"),
        ("Air, wie oft diese Woche", "wie oft habe ich Air diese Woche gehört"),
        ("ok nabu, was lief gestern", "was lief gestern"),
        (
            "seit wann hab ich Justice in meinem Verlauf",
            "wann habe ich Justice zum ersten mal gehört",
        ),
        (
            "wie oft hab ich Air diesen Monat gesuchtet",
            "wie oft hab ich Air diesen Monat gehört",
        ),
        (
            "welche Band hab ich diese Woche richtig gefeiert",
            "welche Band hab ich diese Woche am meisten gehört",
        ),
        ("was ist mein Vibe so", "was ist mein Musikgeschmack so"),
        ("wie viele Songs heute, oder so", "wie viele Songs heute"),
        ("vorgestern Abend neun Uhr was lief", "vorgestern Abend um neun Uhr was lief"),
        ("Hörminuten gestern", "Hörzeit gestern"),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A hurried user's German order is put plain, a clock in words in figures."""
    assert front_hurried(said, "de") == plain


@pytest.mark.parametrize(
    "said",
    [
        # A clock the readers know as said: half past seven, eight o'clock.
        "gestern halb acht Uhr was lief",
        "gestern um acht Uhr was lief",
        "Küche, wie oft diese Woche",
    ],
)
def test_german_kept(said: str) -> None:
    """A clock the readers know and a room said first stay as said."""
    assert front_hurried(said, "de") == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    (
        "okay nabu, how long podcasts yesterday",
        "how long did I listen to podcasts yesterday",
    ),
    ("this month, hours listened", "how many hours did I listen this month"),
    ("so far this week, how many songs", "how many songs did I play this week"),
    ("hey jarvis, played justice yesterday", "did I play Justice yesterday"),
    (
        "kitchen, midday tuesday, which track",
        "which track was playing on tuesday at noon",
    ),
    ("genesis, first listen when", "when did I first listen to Genesis"),
    (
        "Phantom, how many times this month",
        "how many times did I play Phantom this month",
    ),
    ("what am i really into", "what kind of music am I into"),
    ("like, what am i actually into, song wise", "what kind of music am I into"),
    (
        "what has been on my heavy rotation lately",
        "what song have I had on repeat lately",
    ),
    ("am i kind of a serial skipper", "how often do I skip"),
    (
        "been hammering the same tunes this month, whats the replay rate",
        "what is my repeat rate this month",
    ),
    ("any justice this month or nah", "did I listen to Justice this month"),
    ("any daft punk last week or no", "did I listen to Daft Punk last week"),
    ("phantom yesterday or not", "did I listen to Phantom yesterday"),
    ("been caning daft punk this week or nah", "did I listen to Daft Punk this week"),
    ("how many tunes have i had on today innit", "how many songs did I play today"),
    (
        "so um like how many hours of podcasts this month",
        "how long did I listen to podcasts this month",
    ),
    ("hey jarvis, any justice this month", "did I listen to Justice this month"),
    ("whats my top song rn", "what is my top song lately"),
    (
        "am i more of a night owl or a morning person",
        "do I listen more at night or in the morning",
    ),
    ("this month, plays", "how many plays did I have this month"),
    ("episodes this week, how many", "how many episodes did I play this week"),
    ("9 pm yesterday, which track", "which track was playing yesterday at 9 pm"),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Hurried, teenage and dictated English is answered as the plain question."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    ("Justice, wie oft diese Woche", "wie oft habe ich Justice diese Woche gehört"),
    ("gestern schon Justice?", "habe ich gestern Justice gehört"),
    ("Justice in letzter Zeit?", "habe ich in letzter Zeit Justice gehört"),
    ("gestern achtzehn Uhr fünfzehn was lief", "was lief gestern um 18:15"),
    ("Phantom, zuletzt gespielt wann", "wann habe ich Phantom zuletzt gehört"),
    ("erzähl mal, mein Monat", "wie war mein Monat"),
    (
        "seit wann ist Justice in meinem Hörverlauf",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    ("bin ich eher morgens oder abends am hören", "höre ich mehr morgens oder abends"),
    ("seit wann hab ich Air im Verlauf", "wann habe ich Air zum ersten Mal gehört"),
    (
        "wie oft hab ich Justice diese Woche gesuchtet",
        "wie oft habe ich Justice diese Woche gehört",
    ),
    (
        "welchen Song hab ich diesen Monat voll gefeiert",
        "welchen Song hab ich diesen Monat am meisten gehört",
    ),
    ("was ist eigentlich mein Vibe", "was ist mein Musikgeschmack"),
    ("gestern Abend acht Uhr was lief", "was lief gestern um 20 Uhr"),
    ("Justice letzte Woche oder nee", "habe ich letzte Woche Justice gehört"),
    ("Podcasts gestern, wie lange", "wie lange habe ich gestern Podcasts gehört"),
    ("September, Top-Song", "was war mein Top-Song im September"),
    ("2025, Hörstunden", "wie lange habe ich 2025 gehört"),
    ("Air, Wiedergaben diesen Monat", "wie oft habe ich Air diesen Monat gehört"),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Hurried and teenage German is answered as the plain question."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_whats_my_vibe_is_all_time(hass: HomeAssistant) -> None:
    """'What am I actually into' is the taste over all time, never lately."""
    heard = await ask(hass, "whats my vibe, like what am i actually into")
    assert heard.intent == "EncoreTasteSummary", heard.speech
    assert "when" not in heard.slots, heard.slots
    assert "14 days" not in heard.speech, heard.speech


# -- commands said the same way stay Home Assistant's --------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A hurried command opens with its verb or says no music: the home's."""
    for said, language in [
        ("hey jarvis, skip", "en"),
        ("ok nabu, lights off kitchen", "en"),
        ("today, how long until sunset", "en"),
        ("noon wednesday, set an alarm", "en"),
        ("ok nabu, play justice in the kitchen", "en"),
        ("play the song i listened to yesterday", "en"),
        ("hey jarvis, Licht aus in der Küche", "de"),
        ("ok nabu, spiel Daft Punk in der Küche", "de"),
        ("weck mich um neunzehn Uhr fünfundvierzig", "de"),
        ("erzähl mir einen Witz", "de"),
        ("stell den Wecker auf acht Uhr", "de"),
        ("Oktober, Wecker auf sieben", "de"),
        ("wie lange noch bis zum Timer", "de"),
        ("weck mich morgen um sieben Uhr oder so", "de"),
        ("play the song i listened to yesterday again", "en"),
        ("is it going to rain this week or not", "en"),
        ("been a long day, lights off", "en"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
