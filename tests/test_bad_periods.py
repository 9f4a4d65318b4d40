"""Periods the history cannot hold are refused, translated, by every action (issue 43.10, 43.13).

Before, `recap` with year 9999, a month 0000-01 or 9999-12, and a custom
period from year 1 to 9999 on the reading actions answered HTTP 500 with
Python's "year must be in 1..9999"; `month: "October"` answered the schema's
English "does not match the expected pattern".
"""

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from custom_components.encore.history.periods import FIRST_YEAR, LAST_YEAR

from .test_services import call, history, people  # noqa: F401 - the fixtures

YEARS = {"first": str(FIRST_YEAR), "last": str(LAST_YEAR)}
EVERY_YEAR = {
    "period": "custom",
    "start": "0001-01-01T00:00:00",
    "end": "9999-12-31T00:00:00",
}


@pytest.mark.parametrize(
    ("service", "data"),
    [
        ("recap", {"year": 9999}),
        ("recap", {"year": 1}),
        ("recap", {"month": "0000-01"}),
        ("recap", {"month": "9999-12"}),
        ("recap", EVERY_YEAR),
        ("listening_stats", EVERY_YEAR),
        ("top_items", EVERY_YEAR),
        ("top_items", {**EVERY_YEAR, "start": "2026-01-01T00:00:00"}),
        ("play_count", {**EVERY_YEAR, "artist": "Daft Punk"}),
        ("create_playlist", {"year": 9999}),
    ],
)
async def test_a_period_beyond_the_history_is_refused(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    service: str,
    data: dict[str, Any],
) -> None:
    """Translated, with the years the history holds; no traceback."""
    with pytest.raises(ServiceValidationError) as caught:
        await call(hass, service, data)
    assert caught.value.translation_key == "period_out_of_range"
    assert caught.value.translation_placeholders == YEARS
    assert "1970" in str(caught.value)
    assert "2199" in str(caught.value)


@pytest.mark.parametrize("month", ["October", "2025-13", "2025/10", "25-10"])
async def test_a_month_not_written_as_one_is_refused(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    month: str,
) -> None:
    """The refusal names the form a month takes, in the user's language."""
    with pytest.raises(ServiceValidationError) as caught:
        await call(hass, "recap", {"month": month})
    assert caught.value.translation_key == "period_month_format"
    assert caught.value.translation_placeholders == {"month": month}
    assert "2025-10" in str(caught.value)


async def test_the_edges_of_the_history_are_answered(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """1970 and 2199 themselves are periods, answered (with nothing played)."""
    assert (await call(hass, "recap", {"year": FIRST_YEAR}))[
        "status"
    ] == "nothing_to_recap_yet"
    stats = await call(
        hass,
        "listening_stats",
        {
            "period": "custom",
            "start": "1970-01-01T00:00:00",
            "end": "2199-12-31T00:00:00",
        },
    )
    assert stats["period"]["start"].startswith("1970-01-01")
