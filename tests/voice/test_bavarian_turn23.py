"""A terse Bavarian's clipped words (issue 45, twenty-third turn).

Blind writer 95 (a Chiemgau farmer) asked in few words and his dialect: a
third of his German questions were not understood and "wann hab i zletzt
Queen g'hört" was answered with Queen's first play. Now "zletzt", "de
Woch", "s'erste Mal", "d'Ada", "auf d'Nacht", "Liad", "verschiedne", "wie
vui Stund" and "dreißig Tag" are read (`parse/dialect_de_south.py`), and
the net knows "wie vui" and the things counted (`sentences/de.yaml`). The
phrasings are this file's own.
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
    ("said", "plain"),
    [
        ("wann hab i zletzt Air g'hört", "wann hab ich zuletzt Air gehört"),
        (
            "wie vui Stund hab i de Woch g'hört",
            "wie viele Stunden hab ich diese Woche gehört",
        ),
        (
            "was hab i vorgestern auf d'Nacht g'hört",
            "was hab ich vorgestern abend gehört",
        ),
        ("was war des letzte Liad", "was war das letzte Lied"),
        ("wie war mei Woch musikalisch", "wie war meine Woche musikalisch"),
        (
            "wie vui verschiedne Liader im Oktober",
            "wie viele verschiedene Lieder im Oktober",
        ),
        (
            "was hat d'Ada im Oktober am meisten g'hört",
            "was hat Ada im Oktober am meisten gehört",
        ),
        (
            "wie oft hab i Air de letzten zehn Tag g'hört",
            "wie oft hab ich Air die letzten zehn Tage gehört",
        ),
    ],
)
def test_read_as_plain(said: str, plain: str) -> None:
    """Each is read as its plain German question."""
    reading = read_question(said, "de", _NOW, _TZ)
    expected = read_question(plain, "de", _NOW, _TZ)
    assert (reading.asked, reading.kind, reading.recap, reading.person) == (
        expected.asked,
        expected.kind,
        expected.recap,
        expected.person,
    )
    assert (reading.when or "").lower() == (expected.when or "").lower()


def test_a_french_title_keeps_its_apostrophe() -> None:
    """'d'' is 'die' only in German: "La femme d'argent" stays a title."""
    reading = read_question("wann lief zuletzt La femme d'argent", "de", _NOW, _TZ)
    assert reading.name is not None
    assert "d'argent" in reading.name.lower()


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Through Home Assistant, never an area's answer: the plain question's."""
    for said, plain in [
        ("wie vui Lieder gestern", "wie viele Lieder gestern"),
        ("wie vui Folgen im Oktober", "wie viele Folgen im Oktober"),
        ("wann hab i zletzt Justice g'hört", "wann hab ich zuletzt Justice gehört"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")
