"""Whose history an action or the page names: a Sonos household is refused (issue 43.14).

Plays on speakers belong to the Spotify accounts and the people who heard
them (issue 46), so a household has no history of its own: naming it gave an
empty card with no word why. The actions and the recap's websocket commands
refuse it, translated, before anything is read; a Spotify account still answers.
"""

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from .test_services import (
    call,
    history,  # noqa: F401 - a fixture
    people,  # noqa: F401 - a fixture
)


@pytest.mark.parametrize(
    ("service", "data"),
    [
        ("listening_stats", {"period": "all_time"}),
        ("top_items", {"period": "all_time", "kind": "artist"}),
        ("play_count", {"period": "all_time"}),
        ("play_history", {"period": "all_time"}),
        ("recap", {"year": 2026}),
    ],
)
async def test_a_sonos_household_is_no_history_to_read(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    service: str,
    data: dict[str, Any],
) -> None:
    """The household is refused in words; a Spotify account answers the same call."""
    sonos = history["sonos"]
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, service, {**data, "config_entry_id": sonos.entry_id})
    assert err.value.translation_key == "sonos_no_history"
    assert err.value.translation_placeholders == {"entry": sonos.title}
    spotify = next(
        entry for key, entry in history.items() if key not in ("sonos", "history")
    )
    assert await call(hass, service, {**data, "config_entry_id": spotify.entry_id})


async def test_the_recap_chooser_refuses_a_sonos_household(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The page's recap chooser asks through the websocket: the same refusal, not a 500."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "encore/recap_periods", "config_entry_id": history["sonos"].entry_id}
    )
    answer = await client.receive_json()
    assert answer["success"] is False
    assert answer["error"]["translation_key"] == "sonos_no_history"
