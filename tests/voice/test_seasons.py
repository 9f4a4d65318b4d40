"""Seasons said with a request: which three months "last summer" means, and when."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from custom_components.encore.voice.seasons import find_season

ZONE = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("now", "text", "language", "start", "end", "label", "rest"),
    [
        # Said in November: "this summer" is this year's, last summer last
        # year's (issue 45's twenty-eighth turn).
        (
            (2026, 11, 25),
            "from last summer",
            "en",
            (2025, 6),
            (2025, 9),
            "in the summer of 2025",
            "",
        ),
        (
            (2026, 11, 25),
            "this summer",
            "en",
            (2026, 6),
            (2026, 9),
            "in the summer of 2026",
            "",
        ),
        # Last winter, said in November, ran into this year.
        (
            (2026, 11, 25),
            "last winter",
            "en",
            (2025, 12),
            (2026, 3),
            "in the winter of 2025/2026",
            "",
        ),
        # Said in July: this summer has not ended, last summer is last year's.
        (
            (2026, 7, 1),
            "from last summer",
            "en",
            (2025, 6),
            (2025, 9),
            "in the summer of 2025",
            "",
        ),
        (
            (2026, 7, 1),
            "this summer",
            "en",
            (2026, 6),
            (2026, 9),
            "in the summer of 2026",
            "",
        ),
        # Winter runs into the next year.
        (
            (2026, 1, 10),
            "this winter",
            "en",
            (2025, 12),
            (2026, 3),
            "in the winter of 2025/2026",
            "",
        ),
        (
            (2026, 11, 25),
            "vom letzten Sommer",
            "de",
            (2025, 6),
            (2025, 9),
            "im Sommer 2025",
            "",
        ),
        (
            (2026, 3, 2),
            "im Sommer 2019 in der Küche",
            "de",
            (2019, 6),
            (2019, 9),
            "im Sommer 2019",
            "in der Küche",
        ),
    ],
)
def test_seasons(
    now: tuple[int, int, int],
    text: str,
    language: str,
    start: tuple[int, int],
    end: tuple[int, int],
    label: str,
    rest: str,
) -> None:
    """Three months in the asker's time zone, named with their year."""
    found = find_season(text, language, datetime(*now, 12, tzinfo=ZONE))
    assert found is not None
    assert found.period.start == datetime(*start, 1, tzinfo=ZONE)
    assert found.period.end == datetime(*end, 1, tzinfo=ZONE)
    assert found.label == label
    assert found.rest == rest


@pytest.mark.parametrize("text", ["in 2019", "last week", "Summertime Sadness"])
def test_no_season(text: str) -> None:
    """Other periods and titles that only begin like one are no season."""
    assert find_season(text, "en", datetime(2026, 11, 25, tzinfo=ZONE)) is None
