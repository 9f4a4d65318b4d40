"""Turn 32's own tests: spans between clock times, moments said otherwise, fields.

The turn's phrasings, and what its writers showed, are in `turn32.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. These tests are as the turn wrote them:
clock spans and moments read by `parse_when`, a search box's fields put in
order, and the answer for a span between two clock times.
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.fields_de import undo_fields_de
from custom_components.encore.voice.parse.fields_en import undo_fields_en
from custom_components.encore.voice.when import parse_when

from ..read_as_plain import NOW, TZ
from ..test_voice import ask, history  # noqa: F401


@pytest.mark.parametrize(
    ("lang", "said", "start", "end"),
    [
        # NOW is Friday 20 November 2026, 18:30.
        ("en", "between six and midnight yesterday", (19, 18), (20, 0)),
        ("en", "yesterday between six and midnight", (19, 18), (20, 0)),
        ("en", "between 12:00 and 18:00 this afternoon", (20, 12), (20, 18)),
        ("en", "from 18:00 yesterday till 06:00 this morning", (19, 18), (20, 6)),
        ("en", "between five and twelve this morning", (20, 5), (20, 12)),
        ("en", "between six and nine last night", (19, 18), (19, 21)),
        ("de", "gestern zwischen 18 Uhr und Mitternacht", (19, 18), (20, 0)),
        ("de", "heute zwischen zwölf und achtzehn Uhr", (20, 12), (20, 18)),
        ("de", "heute Morgen zwischen fünf und zwölf", (20, 5), (20, 12)),
    ],
)
def test_a_span_between_two_clock_times(
    lang: str, said: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    """From the first clock time to the second, never the last moment alone."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert when.moment is None
    assert when.period.start == datetime(2026, 11, start[0], start[1], tzinfo=TZ)
    assert when.period.end == datetime(2026, 11, end[0], end[1], tzinfo=TZ)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "between the first of January and today"),
        ("en", "from June to August"),
        ("de", "vom neunten bis zum fünfzehnten November"),
    ],
)
def test_a_span_of_days_is_still_days(lang: str, said: str) -> None:
    """A span of dates starts at midnight: no clock is read into it."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None
    assert when.period.start is not None
    assert (when.period.start.hour, when.period.start.minute) == (0, 0)


@pytest.mark.parametrize(
    ("lang", "said", "moment"),
    [
        (
            "en",
            "at oh eight hundred this morning",
            datetime(2026, 11, 20, 8, tzinfo=TZ),
        ),
        (
            "en",
            "at twenty hundred hours yesterday",
            datetime(2026, 11, 19, 20, tzinfo=TZ),
        ),
        (
            "en",
            "at twenty one hundred on saturday",
            datetime(2026, 11, 14, 21, tzinfo=TZ),
        ),
        (
            "en",
            "the night before last about nine",
            datetime(2026, 11, 18, 21, tzinfo=TZ),
        ),
        ("en", "the 14th at 12 noon", datetime(2026, 11, 14, 12, tzinfo=TZ)),
    ],
)
def test_moments_said_otherwise(lang: str, said: str, moment: datetime) -> None:
    """The twenty-four-hour clock in hundreds, the night before last, "the 14th"."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert when.moment == moment


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "one hundred"), ("en", "the first"), ("en", "a hundred plays")],
)
def test_no_moment_in_a_number(lang: str, said: str) -> None:
    """A hundred and "the first" are no time."""
    assert parse_when(said, lang, NOW, TZ) is None


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Daft Punk, times played, this year",
            "how many times did i play Daft Punk this year",
        ),
        ("Queen, first time ever", "when did i first play Queen"),
        ("album, most spins, summer", "which album did i play most summer"),
        ("us, total plays, last weekend", "how many things did we play last weekend"),
        ("listening time, last summer", "how long did i listen last summer"),
        (
            "different songs in October, how many",
            "how many different songs did i play in october",
        ),
        # A name where only a kind is asked of, a phrase the readers know, or a
        # sentence: left as said.
        ("distinct tracks this week, how many", "distinct tracks this week, how many"),
        ("Queen, most played", "Queen, most played"),
        ("turn on the lights, kitchen", "turn on the lights, kitchen"),
        (
            "how many hours did we listen, the pair of us",
            "how many hours did we listen, the pair of us",
        ),
    ],
)
def test_fields_put_in_order(said: str, plain: str) -> None:
    """A search box's fields are the plain question's parts, put in its order."""
    assert undo_fields_en(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Lieder heute Nachmittag, Anzahl",
            "wie viele lieder habe ich heute nachmittag gehört",
        ),
        ("ich, Podcasts, heute, wie lange", "wie lange habe ich heute podcasts gehört"),
        (
            "Dauerschleife zurzeit, welches Lied",
            "welches lied habe ich zurzeit in dauerschleife",
        ),
        ("meine Woche in Musik, kurz", "wie war meine woche in musik"),
        ("Licht an, Küche", "Licht an, Küche"),
    ],
)
def test_german_fields_put_in_order(said: str, plain: str) -> None:
    """The same in German; a command stays as said."""
    assert undo_fields_de(said) == plain


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "told"),
    [
        (
            "what did I have on between six and midnight yesterday",
            "en",
            "Yesterday from 6 PM to 12 AM you listened mostly to Daft Punk, Justice and Air: 6 plays",
        ),
        (
            "wat hab ich gestern zwischen 18 Uhr und Mitternacht gehört",
            "de",
            "Gestern von 18 Uhr bis 0 Uhr",
        ),
    ],
)
async def test_a_clock_span_is_answered(
    hass: HomeAssistant, said: str, language: str, told: str
) -> None:
    """The plays between the two clock times, never the moment at the end."""
    heard = await ask(hass, said, language)
    assert heard.speech.startswith(told), heard.speech
