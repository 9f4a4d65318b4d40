"""Recap notifications and `encore_recap_ready`, with time travel (freezer).

The history of tests/test_services.py: Ada (an admin) and Bob (a read-only
user: a guest) linked to their accounts, plays in February and March 2026.
"""

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant

from custom_components.encore.const import CONF_RECAP_MONTHLY, CONF_RECAP_YEARLY
from custom_components.encore.wiring.recap_notifications import EVENT_RECAP_READY

from .conftest import advance
from .test_services import (  # the fixtures
    ADA,
    history,  # noqa: F401
    people,  # noqa: F401
    select_plays,
)


def _notes(hass: HomeAssistant) -> dict[str, Any]:
    return dict(persistent_notification._async_get_or_create_notifications(hass))


async def _at(hass: HomeAssistant, freezer: FrozenDateTimeFactory, moment: str) -> None:
    """Travel to a second before `moment`, then let the clock pass it."""
    freezer.move_to(moment)
    freezer.tick(timedelta(seconds=-1))
    await advance(hass, freezer, timedelta(seconds=2))


async def test_monthly_recap_first_of_month(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """On 1 April at 9:00, Ada hears about March; Bob, a guest, does not."""
    events = async_capture_events(hass, EVENT_RECAP_READY)
    await _at(hass, freezer, "2026-03-31T09:00:00+02:00")
    assert events == []  # not the first of a month
    await _at(hass, freezer, "2026-04-01T08:00:00+02:00")
    assert events == []  # not yet nine
    await _at(hass, freezer, "2026-04-01T09:00:00+02:00")
    assert len(events) == 1
    data = events[0].data
    march = select_plays(ADA, "2026-03-01T00:00:00")
    assert data["person"] == "Ada"
    assert data["kind"] == "month"
    assert data["period"] == "2026-03"
    assert data["minutes"] == (sum(play.ms for play in march) + 30_000) // 60_000
    assert data["top_artist"] == "Arca"
    assert data["url"] == (
        f"/encore-listening#/recap?period=2026-03&whose={history['ada'].entry_id}"
    )
    (note,) = [
        note for key, note in _notes(hass).items() if key.startswith("encore_recap_")
    ]
    assert note["title"] == "Your 2026-03 in music"
    assert "Arca" in note["message"]
    assert data["url"] in note["message"]
    # Bob asks for it: next month (April: no plays) nothing is sent, never zeros.
    hass.config_entries.async_update_entry(
        history["bob"], options={**history["bob"].options, CONF_RECAP_MONTHLY: True}
    )
    await _at(hass, freezer, "2026-05-01T09:00:00+02:00")
    assert len(events) == 1


async def test_yearly_recap_december_or_january(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """Ada's year comes on 1 December (the default); Bob chose 1 January."""
    hass.config_entries.async_update_entry(
        history["ada"], options={**history["ada"].options, CONF_RECAP_MONTHLY: False}
    )
    hass.config_entries.async_update_entry(
        history["bob"],
        options={
            **history["bob"].options,
            CONF_RECAP_YEARLY: "january",
            CONF_RECAP_MONTHLY: False,
        },
    )
    events = async_capture_events(hass, EVENT_RECAP_READY)
    await _at(hass, freezer, "2026-12-01T09:00:00+01:00")
    assert [(e.data["person"], e.data["kind"], e.data["period"]) for e in events] == [
        ("Ada", "year", "2026")
    ]
    assert events[0].data["end"] == "2026-12-01T00:00:00+01:00"
    assert (
        events[0].data["minutes"]
        == (sum(play.ms for play in select_plays(ADA, "2026-01-01T00:00:00")) + 30_000)
        // 60_000
    )
    await _at(hass, freezer, "2027-01-01T09:00:00+01:00")
    assert [(e.data["person"], e.data["period"]) for e in events[1:]] == [
        ("Bob", "2026")
    ]
    assert events[1].data["start"] == "2026-01-01T00:00:00+01:00"
    assert events[1].data["end"] == "2027-01-01T00:00:00+01:00"
