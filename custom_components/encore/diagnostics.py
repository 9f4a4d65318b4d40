"""Diagnostics: what a bug report needs, without tokens or personal data.

Each kind of entry says what it shows and what it redacts (its runtime).
"""

from typing import Any

from homeassistant.core import HomeAssistant

from .wiring.runtime import EncoreConfigEntry


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: EncoreConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a Spotify account, a Sonos household or the history."""
    return await entry.runtime_data.async_diagnostics(hass, entry)
