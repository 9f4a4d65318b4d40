"""Wrong facts of issue 45's nineteenth turn found in plain words, mended at their kind.

- "which day did I listen most" was answered with the top song of all
  time: the day asked is the usual day (`parse/asked.py`, the peak words);
- "an welchem Tag hab ich Queen zum ersten Mal gehört" was the new artists:
  it asks when, as "wann" does (`parse/speech.py`);
- "wer ist meine Nummer eins bei den Songs" and "podcast-wise, who's been
  top since March" ranked artists: the field named beats the question word.

The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question

from .test_voice import assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("said", "language", "asked", "name", "kind"),
    [
        ("which day did I listen most", "en", "peak", None, None),
        ("on what day did we listen the most last month", "en", "peak", None, None),
        ("which hour did I play music most this week", "en", "peak", None, None),
        ("which day did I first play Air", "en", "first_play", "Air", None),
        ("an welchem Tag haben wir am meisten gehört", "de", "peak", None, None),
        (
            "an welchem Tag hab ich Air zum ersten Mal gehört",
            "de",
            "first_play",
            "Air",
            None,
        ),
        (
            "an welchem Tag hab ich zuletzt Justice gehört",
            "de",
            "last_play",
            "Justice",
            None,
        ),
        ("wer ist meine Nummer eins bei den Alben", "de", "top", None, "album"),
        ("who's top among my songs this year", "en", "top", None, "track"),
        # The field said before or after the question ranks that field.
        ("podcast-wise, who was top last month", "en", "top", None, "show"),
        ("who's been top since May, album-wise", "en", "top", None, "album"),
    ],
)
def test_read(
    said: str, language: str, asked: str, name: str | None, kind: str | None
) -> None:
    """Each is read as the question it is, never as a ranking or new artists."""
    reading = read_question(said, language, NOW, ZONE)
    assert reading.asked is not None
    assert (reading.asked.value, reading.name, reading.kind) == (asked, name, kind)


SAME_AS_PLAIN = [
    (
        "which day did I listen most this month",
        "what day do I listen most this month",
        "en",
    ),
    (
        "an welchem Tag hab ich diesen Monat am meisten gehört",
        "an welchem Wochentag höre ich diesen Monat am meisten",
        "de",
    ),
    (
        "an welchem Tag hab ich Air zum ersten Mal gehört",
        "wann habe ich Air zum ersten Mal gehört",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is answered as its plain question is."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)
