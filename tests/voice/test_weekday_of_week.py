"""A weekday of a week said with it: "Friday last week", "letzte Woche am Freitag"."""

from datetime import date

import pytest

from custom_components.encore.voice.when import parse_when

from .voice_corpus import NOW, TZ


# Now is Friday, 20 November 2026: last week ran from the 9th to the 15th.
@pytest.mark.parametrize(
    ("said", "language", "day"),
    [
        ("friday last week", "en", date(2026, 11, 13)),
        ("on friday last week", "en", date(2026, 11, 13)),
        ("friday of last week", "en", date(2026, 11, 13)),
        ("last week on monday", "en", date(2026, 11, 9)),
        ("last week's wednesday", "en", date(2026, 11, 11)),
        ("monday this week", "en", date(2026, 11, 16)),
        ("am freitag letzte woche", "de", date(2026, 11, 13)),
        ("letzte woche am montag", "de", date(2026, 11, 9)),
        ("mittwoch der letzten woche", "de", date(2026, 11, 11)),
        ("montag diese woche", "de", date(2026, 11, 16)),
    ],
)
def test_weekday_of_week(said: str, language: str, day: date) -> None:
    """The weekday of that week, a whole day: not the last such weekday, not the week."""
    when = parse_when(said, language, NOW, TZ)
    assert when is not None
    assert when.period.start.date() == day
    assert (when.period.end.date() - day).days == 1


@pytest.mark.parametrize(
    ("said", "language"), [("saturday this week", "en"), ("samstag diese woche", "de")]
)
def test_a_day_still_to_come_is_no_time(said: str, language: str) -> None:
    """Saturday of this week has not come yet on a Friday: no period to answer."""
    assert parse_when(said, language, NOW, TZ) is None
