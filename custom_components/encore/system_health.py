"""System health: whether Encore reaches Spotify and whether an account waits."""

from typing import Any

from homeassistant.components import system_health
from homeassistant.core import HomeAssistant, callback

from .const import DOMAIN
from .runtime import EncoreConfigEntry
from .spotify import client


@callback
def async_register(
    hass: HomeAssistant, register: system_health.SystemHealthRegistration
) -> None:
    """Register the info callback."""
    register.async_register_info(system_health_info)


async def system_health_info(hass: HomeAssistant) -> dict[str, Any]:
    """Return what the system health page shows."""
    entries: list[EncoreConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    waiting = [
        f"{entry.title} until {gate.closed_until.isoformat(timespec='seconds')}"
        for entry in entries
        if (gate := entry.runtime_data.client.gate).closed_until is not None
        and not gate.is_open
    ]
    return {
        "api_endpoint_reachable": system_health.async_check_can_reach_url(
            hass, client.API_PREFIX
        ),
        "spotify_accounts": len(entries),
        "rate_limited": ", ".join(waiting) or "no",
        "calls_last_hour": sum(
            entry.runtime_data.client.usage.last_hour().total() for entry in entries
        ),
    }
