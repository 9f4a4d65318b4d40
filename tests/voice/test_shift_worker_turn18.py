"""A tired night-shift worker's English and German (issue 45's eighteenth turn, writer 57).

A New Zealander at odd hours adds a tired remark after the question
("..., completely shattered", "..., nights have been rough that week"),
leaves out its opening ("times I've had X on"), says "round ten", "yeah
nah" and "heaps of"; a Berlin nurse says "wat" for "etwas", "hatt ick", a
song then its artist after a comma ("..., det von Air"), "wat hör ick so
für Zeug", "ne Nachthörerin". The habits are undone in `parse/shift_en.py`
and `parse/shift_de.py`; the net holds the Berlin forms. A time of the
shift ("before my shift", "nach der Nachtschicht") is in no table: it is
asked back, never answered as a broader period.

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.shift_de import undo_shift_de
from custom_components.encore.voice.parse.shift_en import undo_shift_en

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "how many tracks did I play yesterday, completely shattered",
            "how many tracks did I play yesterday",
        ),
        (
            "who did I listen to most in October, nights were rough that month",
            "who did I listen to most in October",
        ),
        (
            "how long have I gone without a day off listening, with all the night shifts",
            "how long have I gone without a day off listening",
        ),
        (
            "what did I play last night? been a long one eh",
            "what did I play last night",
        ),
        (
            "times we've had Queen on this year",
            "how many times we've had Queen on this year",
        ),
        (
            "what was on round ten last night",
            "what was on around ten last night",
        ),
        ("reckon we heard heaps of Air yesterday", "did we hear Air yesterday"),
        ("how long did I listen today, chur", "how long did I listen today"),
    ],
)
def test_english_undone(said: str, plain: str) -> None:
    """A tired remark, a left-out opening and "round ten" are undone."""
    assert undo_shift_en(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # A time of the shift is kept, to be asked back.
        "what did I play before my shift",
        "how many songs did I play, this month",
        # A title after a verb keeps its words.
        "did I play Times Like These this week",
        "how often did I play Round Here",
    ],
)
def test_english_kept(said: str) -> None:
    """No time and no name is lost."""
    assert undo_shift_en(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "wie oft hab ick diese Woche wat jehört",
            "wie oft hab ick diese Woche etwas jehört",
        ),
        (
            "hatt ick gestern Around the World an, det von Daft Punk",
            "hatte ick gestern Around the World von Daft Punk",
        ),
        (
            "wie viele Lieder hab ick heute jehört, bin total platt",
            "wie viele Lieder hab ick heute jehört",
        ),
        (
            "wer war mein Top-Künstler im Oktober, trotz Nachtschichten",
            "wer war mein Top-Künstler im Oktober",
        ),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """Berlin's "wat", "hatt ick", an artist after a comma, a tired remark."""
    assert undo_shift_de(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "wat hab ick nach der Nachtschicht jehört",
        "wat lief vor meiner Schicht",
    ],
)
def test_german_kept(said: str) -> None:
    """A time of the shift stays, to be asked back."""
    assert undo_shift_de(said) == said


# -- through Assist ------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is answered as its plain form is."""
    for said, plain in [
        (
            "how many tracks did I play yesterday, absolutely knackered, need to know",
            "how many tracks did I play yesterday",
        ),
        (
            "how many podcast episodes did I play in October, nights were brutal that month",
            "how many podcast episodes did I play in October",
        ),
        (
            "loads of bands this month or what? how many different ones",
            "how many different bands did I listen to this month",
        ),
        (
            "times I've played that daft punk around the world song, all time",
            "how many times have I played Around the World by Daft Punk",
        ),
        (
            "yeah nah have I had Air on at all this week",
            "have I had Air on this week",
        ),
        (
            "yesterday round ten at night, what was playing",
            "what was playing yesterday at ten pm",
        ),
        (
            "how long is my listening streak, even with the night shifts",
            "how long is my listening streak",
        ),
        ("reckon I played Justice this week eh", "did I play Justice this week"),
        (
            "how many times did I play Air this month, chur bro",
            "how many times did I play Air this month",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is answered as its plain form is."""
    for said, plain in [
        (
            "seit Mittwoch, wie oft hab ick wat jehört",
            "wie oft habe ich seit Mittwoch etwas gehört",
        ),
        (
            "hatt ick gestern Genesis an, det von Justice",
            "lief gestern Genesis von Justice",
        ),
        (
            "gestern Abend um Viertel vor neun, wat war det fürn Song",
            "welcher Song lief gestern Abend um Viertel vor neun",
        ),
        (
            "wat hör ick normalerweise so für Musik",
            "was ist mein Musikgeschmack",
        ),
        (
            "bin ick nach all den Schichten eher ne Vormittags- oder ne Nachthörerin",
            "höre ich eher vormittags oder nachts",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "what did I play before my shift"),
        ("en", "who did I listen to most between night shifts"),
        ("de", "wat hab ick nach der Nachtschicht jehört"),
        ("de", "wie viele Lieder liefen vor meiner Schicht"),
    ],
)
async def test_a_shift_is_asked_back(
    hass: HomeAssistant, language: str, said: str
) -> None:
    """A time of the shift is in no table: asked back, never a broader period."""
    heard = await ask(hass, said, language)
    assert any(
        asked in heard.speech for asked in ("not which time", "welche Zeit", "Which")
    ), heard.speech


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command in the shift worker's words never reaches Encore."""
    for language, said in [
        ("en", "set an alarm for half five, night shift tomorrow eh"),
        ("en", "yeah nah turn the kitchen lights off"),
        ("en", "play heaps of Six60 in the kitchen"),
        ("de", "mach mal eben det Licht in der Küche aus, bin total platt"),
        ("de", "wat hör ick grad"),
        ("de", "spiel wat von Daft Punk in der Küche, trotz Schicht"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
