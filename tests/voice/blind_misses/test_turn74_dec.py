"""Issue 45's seventy-fourth turn: a staff sergeant's "Zeitraum" no reader reads is asked back."""

import pytest

from custom_components.encore.voice.parse.question import read_question

from ..read_as_plain import NOW, TZ


@pytest.mark.parametrize(
    "said",
    [
        "Meldung Top-Künstler, Zeitraum Herbstmanöver.",
        "Anzahl Wiedergaben, Zeitraum Grundausbildung.",
        "Lagebericht Zeitraum Manöverwoche.",
        "Lagebericht Manöver.",
    ],
)
def test_a_field_of_time_not_read_is_asked_back(said: str) -> None:
    """The period after "Zeitraum" is unread, never all time or this month."""
    reading = read_question(said, "de", NOW, TZ)
    assert reading.when is None
    assert reading.unread is not None
    assert "zeitraum" in reading.unread.casefold()
