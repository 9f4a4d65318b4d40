"""Turn 31's own tests: numbers said in words, and the small hours after a night.

The turn's phrasings, and what its writers showed, are in `turn31.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. These tests are as the turn wrote them:
the number words' table, the moments `parse_when` reads for a night's small
hours, and the answers that name them.
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.when import CARDINALS, parse_when, said_number

from ..read_as_plain import NOW, TZ
from ..test_voice import ask, history  # noqa: F401


@pytest.mark.parametrize(
    ("words", "lang", "number"),
    [
        ("forty six", "en", 46),
        ("forty-six", "en", 46),
        ("46", "en", 46),
        ("nineteen", "en", 19),
        ("sechsundvierzig", "de", 46),
        ("einundzwanzig", "de", 21),
        ("zwölf", "de", 12),
        # Vague counts are no number said.
        ("a couple", "en", None),
        ("ein paar", "de", None),
        ("forty sechs", "en", None),
    ],
)
def test_a_number_said_in_words(words: str, lang: str, number: int | None) -> None:
    """One table of number words serves week numbers, clock minutes and hours."""
    assert said_number(words, lang) == number


def test_the_table_holds_one_to_fifty_nine() -> None:
    """Each language says every number from 1 to 59, and nothing else."""
    for language in ("en", "de"):
        assert set(CARDINALS[language].values()) == set(range(1, 60))


@pytest.mark.parametrize(
    ("lang", "said", "moment"),
    [
        # NOW is Friday 20 November 2026, 18:30.
        ("en", "last night at three", datetime(2026, 11, 20, 3, 0, tzinfo=TZ)),
        ("en", "at two o'clock last night", datetime(2026, 11, 20, 2, 0, tzinfo=TZ)),
        ("en", "last night at 1 am", datetime(2026, 11, 20, 1, 0, tzinfo=TZ)),
        ("en", "last night at eleven", datetime(2026, 11, 19, 23, 0, tzinfo=TZ)),
        ("en", "on monday night at two", datetime(2026, 11, 17, 2, 0, tzinfo=TZ)),
        ("de", "gestern Nacht um zwei", datetime(2026, 11, 20, 2, 0, tzinfo=TZ)),
        ("de", "letzte Nacht um vier", datetime(2026, 11, 20, 4, 0, tzinfo=TZ)),
        ("de", "heute Nacht um drei", datetime(2026, 11, 20, 3, 0, tzinfo=TZ)),
        ("de", "gestern Nacht um zehn", datetime(2026, 11, 19, 22, 0, tzinfo=TZ)),
    ],
)
def test_the_small_hours_after_a_night(lang: str, said: str, moment: datetime) -> None:
    """An hour before six said with a night is the next morning's, never the afternoon."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert when.moment == moment, when


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "told", "never"),
    [
        ("what was on at three o'clock last night", "en", "3 AM", "3 PM"),
        ("wat lief denn heute Nacht um drei", "de", "3 Uhr", "15 Uhr"),
    ],
)
async def test_the_small_hours_are_answered(
    hass: HomeAssistant, said: str, language: str, told: str, never: str
) -> None:
    """The night's small hours are asked about, never that afternoon."""
    heard = await ask(hass, said, language)
    assert told in heard.speech, heard.speech
    assert never not in heard.speech, heard.speech
