"""Terse and restated periods that gave wrong facts (issue 45, twenty-second turn).

Writers 93 and 94, blind: "Recap meiner Woche" was this month's recap;
"Sexy Boy von Air, letztes Mal wann" the last play of anything; "listened to
any Justice lately? Like in the last couple weeks?" the last play of Justice
(the American "couple weeks", no "of", left "last" to be read as the last
play). Now: the recap of that period (`parse/headline_de.py`), the name's
last play (`parse/keywords_de.py`), "couple" a number (`when/words.py`) and
the exact period said after a vague one takes its place
(`parse/restated.py`). The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question

from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        ("Recap meiner Woche", "Rückblick auf meine Woche", "de"),
        ("Zusammenfassung meines Monats", "Rückblick auf meinen Monat", "de"),
        ("Air, letztes Mal wann", "wann hab ich Air zuletzt gehört", "de"),
        (
            "Genesis von Justice, das letzte Mal wann",
            "wann hab ich Genesis von Justice zuletzt gehört",
            "de",
        ),
        (
            "did I play any Air the last couple weeks",
            "did I play any Air the last couple of weeks",
            "en",
        ),
        (
            "what have I been playing recently? I mean the last ten days",
            "what have I been playing the last ten days",
            "en",
        ),
        (
            "Hab ich in letzter Zeit Air gehört? Also in den letzten zwei Wochen?",
            "Hab ich in den letzten zwei Wochen Air gehört?",
            "de",
        ),
    ],
)
def test_read_as_plain(said: str, plain: str, language: str) -> None:
    """Each is read as its plain question."""
    reading = read_question(said, language, _NOW, _TZ)
    expected = read_question(plain, language, _NOW, _TZ)
    assert (reading.asked, reading.recap) == (expected.asked, expected.recap)


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The answer is the plain question's."""
    for said, plain, language in [
        ("Recap meiner Woche", "Rückblick auf meine Woche", "de"),
        (
            "Sexy Boy von Air, letztes Mal wann",
            "wann hab ich Sexy Boy von Air zuletzt gehört",
            "de",
        ),
        (
            "listened to any Justice lately? Like in the last couple weeks?",
            "did I listen to Justice in the last two weeks",
            "en",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "who did we listen to heaps of last weekend",
            "who did we listen to the most last weekend",
            "en",
        ),
        (
            "which band have I played heaps this month",
            "which band have I played the most this month",
            "en",
        ),
        (
            "what was on at nine a clock this morning",
            "what was on at nine o'clock this morning",
            "en",
        ),
        ("wat is mein lieblings pott cast", "was ist mein lieblingspodcast", "de"),
        ("wie lange lief gestern mucke", "wie lange lief gestern musik", "de"),
        ("gib ma n rückblick aufs jahr", "gib mir einen rückblick auf das jahr", "de"),
        (
            "wie viel hab ich letzte woche wiederholt",
            "wie oft hab ich letzte woche die gleichen sachen wieder gehört",
            "de",
        ),
    ],
)
def test_slang_and_slips_read_as_plain(said: str, plain: str, language: str) -> None:
    """'Heaps', 'a clock', 'pott cast', 'Mucke', 'aufs Jahr', 'wiederholt' (writers 89, 92)."""
    reading = read_question(said, language, _NOW, _TZ)
    expected = read_question(plain, language, _NOW, _TZ)
    assert (reading.asked, reading.kind, reading.content, reading.recap) == (
        expected.asked,
        expected.kind,
        expected.content,
        expected.recap,
    )


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "who I was listening mostly in October",
            "who did I listen to most in October",
            "en",
        ),
        ("Wie war meine Musikwoche", "wie war meine Woche", "de"),
        ("wie war mein Hörmonat", "wie war mein Monat", "de"),
    ],
)
def test_learner_and_compound_read_as_plain(
    said: str, plain: str, language: str
) -> None:
    """'Listening mostly' after 'who' is the top artist; 'Musikwoche' the week (writer 91)."""
    reading = read_question(said, language, _NOW, _TZ)
    expected = read_question(plain, language, _NOW, _TZ)
    assert (reading.asked, reading.kind, reading.when) == (
        expected.asked,
        expected.kind,
        expected.when,
    )


def test_a_remark_with_its_ich_dropped_asks_nothing() -> None:
    """'Hab's grad ausgemacht und jetzt ist's ein Ohrwurm' after the question is a remark."""
    said = (
        "Was war das letzte Lied, das ich gespielt hab? "
        "Hab's grad ausgemacht und jetzt ist's ein Ohrwurm"
    )
    plain = "Was war das letzte Lied, das ich gespielt hab?"
    assert read_question(said, "de", _NOW, _TZ) == read_question(plain, "de", _NOW, _TZ)
