"""Diagnostics: what a bug report needs, without tokens or personal data.

Each kind of entry says what it shows and what it redacts (its runtime).
An entry that is not loaded (a Sonos household in setup retry, an account
waiting to sign in again) has no runtime: its report says its kind and
state and why it is not loaded, which is what the user downloads it for,
and nothing of its data or options (tokens, addresses, database URLs).
"""

import re
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant

from .const import CONF_KIND
from .wiring.runtime import EncoreConfigEntry

# A reason may name a speaker's address ("127.0.0.1:1400 does not answer"),
# which the loaded household's report redacts too.
_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b|\bport=\d+")


def _without_addresses(reason: str | None) -> str | None:
    return None if reason is None else _ADDRESS.sub("**REDACTED**", reason)


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: EncoreConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a Spotify account, a Sonos household or the history."""
    if entry.state is not ConfigEntryState.LOADED or not hasattr(entry, "runtime_data"):
        return {
            "entry": {
                "kind": entry.data.get(CONF_KIND),
                "state": entry.state.value,
                "reason": _without_addresses(entry.reason),
                "version": entry.version,
                "minor_version": entry.minor_version,
                "disabled_by": entry.disabled_by,
                "option_names": sorted(entry.options),
            },
            "loaded": False,
        }
    return await entry.runtime_data.async_diagnostics(hass, entry)
