"""The fresh corpus's last German kinds (issue 45's thirteenth turn).

Writers nobody here had seen asked for their taste with a verb of liking
("welche Musik mag ich", "was für Musik feier ich") or had it described
("wie würden Sie meine Musik beschreiben"), for the peak as its parts
("Uhrzeit und Wochentag, wann ich meistens höre"), said the clock first
("heute 17 Uhr 15, welcher Song") or in the past ("was spielte um halb
neun"), asked a recap formally ("Fassen Sie mir ... zusammen"), said a word
of surprise first ("krass, welches Album lief ..." reached Home Assistant:
no custom sentence began with "krass", so the built-in one with an area
wildcard won), and spoke a learner's German ("hören ich Radiohead in letzte
Monat", "wie viel ich überspringen", "Tage in Reihe", "mehr Nachmittag oder Nacht ich höre").

The phrasings are this file's own; each is answered as its plain German is,
and the figures are recounted where the period or the name was the failure.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import Asked, prepare, read_question
from custom_components.encore.voice.parse.clauses import clip

from .test_german_turn11 import _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)
# The week before this one, Monday to Sunday.
LAST_WEEK = (
    TODAY - timedelta(days=TODAY.weekday() + 7),
    TODAY - timedelta(days=TODAY.weekday() + 1),
)
TODAY_ONLY = (TODAY, TODAY)

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "hörte ich Queen letzte Woche",
        "hören ich queen in letzte woche",
    ],
)
async def test_queen_last_week(hass: HomeAssistant, said: str) -> None:
    """Whether Queen was heard last week, said a learner's way: recounted."""
    count = sum(1 for p in _between(LAST_WEEK) if p.artist == "Queen")
    assert count == 2  # the answer says "zweimal"
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.startswith("Ja"), heard.speech
    assert "zweimal" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "boah wie viele Lieder hab ich heute gehört",
        "krass, wie viele Lieder habe ich heute gehört",
        "ey, wie viele Songs hab ich heute gehört",
    ],
)
async def test_songs_today_after_a_word_of_surprise(
    hass: HomeAssistant, said: str
) -> None:
    """Today's plays of songs, the word of surprise no name."""
    count = sum(1 for p in _between(TODAY_ONLY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # 1. Taste in other words.
    ("welche Musik mag ich eigentlich", "was ist mein Musikgeschmack"),
    ("welche Bands feier ich so", "was ist mein Musikgeschmack"),
    ("was für Sachen mag ich", "was ist mein Musikgeschmack"),
    ("was für Zeug höre ich so", "was ist mein Musikgeschmack"),
    ("Beschreiben Sie bitte meine Musik", "was ist mein Musikgeschmack"),
    ("wie würdest du meine Musik beschreiben", "was ist mein Musikgeschmack"),
    # 2. The peak asked as its parts.
    (
        "Wochentag und Uhrzeit, wann ich am meisten Musik höre",
        "wann höre ich am meisten Musik",
    ),
    ("Tageszeit und Tag, wann ich meistens höre", "wann höre ich meistens"),
    ("Uhrzeit, wann ich am meisten höre", "wann höre ich am meisten"),
    # 3. A clock said first or in the past tense.
    ("gestern 20 Uhr 30, welches Lied", "was lief gestern um 20 Uhr 30"),
    ("heute um halb neun, was lief da", "was lief heute um halb neun"),
    ("Was spielte gestern Abend um acht?", "was lief gestern Abend um acht"),
    ("was hörte ich heute um 17 Uhr 15", "was lief heute um 17 Uhr 15"),
    # 4. A recap in the formal register.
    ("Fassen Sie mir bitte meine Woche zusammen", "wie war meine Woche"),
    ("Fassen Sie doch meinen Musikmonat zusammen", "wie war mein Musikmonat"),
    (
        "Nennen Sie mir bitte meine Top-Künstler dieses Jahr",
        "meine Top Künstler dieses Jahr",
    ),
    # 5. A word of surprise before the question.
    (
        "boah, wer war letzten Monat mein Top-Künstler",
        "wer war letzten Monat mein Top-Künstler",
    ),
    (
        "ey welches Lied lief gestern am meisten",
        "welches Lied habe ich gestern am meisten gehört",
    ),
    (
        "oh mann welches Album lief dieses Jahr am meisten",
        "welches Album habe ich dieses Jahr am meisten gehört",
    ),
    # 6. A learner's word order.
    ("wie oft ich überspringen heute", "wie oft überspringe ich heute"),
    (
        "wie viele tage nacheinander ich habe musik gehört",
        "wie viele Tage in Folge habe ich Musik gehört",
    ),
    (
        "wie viele tage in einer reihe ich habe gehört",
        "wie viele Tage in Folge habe ich Musik gehört",
    ),
    (
        "eher nachmittags oder abends ich höre musik",
        "höre ich mehr nachmittags oder abends Musik",
    ),
    ("mehr morgen oder abend ich höre", "höre ich mehr morgens oder abends"),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a floor's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No home-control or what-plays-now sentence reaches Encore."""
    for said in [
        "krass, mach das Licht an",
        "boah, spiel was von Queen in der Küche",
        "ey, mach die Musik lauter",
        "hören wir Queen im Wohnzimmer",
        "welche Musik höre ich gerade",
        "was für Musik läuft gerade in der Küche",
        "spiel was ich gestern gehört habe",
        "Licht im Bad heute?",
        "Küche am Samstag?",
        "mehr morgen oder abend ist es kalt",
        "Nennen Sie mir die Temperatur im Wohnzimmer",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")


@pytest.mark.usefixtures("history")
async def test_a_learners_play_command_is_handed_back(hass: HomeAssistant) -> None:
    """A learner's "spiel das Lied das ich habe gehört gestern" is never answered.

    The fifty-eighth turn's net line for a learner's "<name> ich habe
    gehört" hears it (a custom sentence always wins over Home Assistant's
    own), so it is handed back: `elsewhere` reads "spiel" first as a
    command, and Home Assistant's pipeline gives it to an LLM agent if there
    is one. Before, no sentence of Encore's matched; the reading had taken
    "spiel" for a name asked about.
    """
    add_kitchen(hass)
    heard = await ask(hass, "spiel das Lied das ich habe gehört gestern", "de")
    assert heard.intent == "EncoreWideNet"
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert heard.response.error_code is intent.IntentResponseErrorCode.NO_INTENT_MATCH


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("krass, welches album lief letztes jahr", "welches album lief letztes jahr"),
        ("boah wer war mein top-künstler", "wer war mein top-künstler"),
        ("Fassen Sie mir meine Woche zusammen", "fass mir meine Woche zusammen"),
        ("Geben Sie mir einen Rückblick", "gib mir einen Rückblick"),
        ("Nennen Sie mir meine Top-Songs", "nenn mir meine Top-Songs"),
        # A word of surprise before no question stays: "krass" may be a name.
        ("krass gehört", "krass gehört"),
    ],
)
def test_the_opening_said_plainly(said: str, plain: str) -> None:
    """A word of surprise before a question is left out; a formal request is plain."""
    assert clip(said, "de", NOW, ZONE) == plain


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "hören ich radiohead in letzte monat",
            "habe ich radiohead letzten monat gehört",
        ),
        ("hörte ich queen gestern", "habe ich queen gestern gehört"),
        ("hörten wir air gestern", "haben wir air gestern gehört"),
    ],
)
def test_the_learner_rules(said: str, read: str) -> None:
    """A learner's verb first with no "habe": whether it was heard."""
    assert " ".join(prepare(said, "de")) == read


@pytest.mark.parametrize(
    "said", ["höre ich gerade queen", "hören ich jetzt musik", "höre ich queen gern"]
)
def test_the_present_is_kept(said: str) -> None:
    """ "Höre ich" (present) is no past question."""
    assert "gehört" not in " ".join(prepare(said, "de"))


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("welche bands feier ich", Asked.TASTE),
        ("was für zeug höre ich so", Asked.TASTE),
        ("wie würden sie meine musik beschreiben", Asked.TASTE),
        ("beschreib mir mal meine musik", Asked.TASTE),
        ("wie viele tage in reihe ich habe gehört", Asked.STREAK),
        ("wie viele tage nacheinander habe ich gehört", Asked.STREAK),
        ("Fassen Sie mir meinen Musikmonat zusammen", Asked.RECAP),
        # What was played stays what was played.
        ("was für lieder habe ich gestern gehört", Asked.WHAT_PLAYED),
        ("was habe ich in der reihe gehört", Asked.WHAT_PLAYED),
    ],
)
def test_what_is_asked(said: str, asked: Asked) -> None:
    """Each kind read as what it asks."""
    assert read_question(said, "de", NOW, ZONE).asked is asked
