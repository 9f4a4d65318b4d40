"""System health: whether Encore reaches Spotify and whether an account waits."""

from typing import Any

from homeassistant.components import system_health
from homeassistant.core import HomeAssistant, callback

from .const import DOMAIN
from .spotify.account import SpotifyAccount
from .spotify.endpoints import spotify_endpoints


@callback
def async_register(
    hass: HomeAssistant, register: system_health.SystemHealthRegistration
) -> None:
    """Register the info callback."""
    register.async_register_info(system_health_info)


async def system_health_info(hass: HomeAssistant) -> dict[str, Any]:
    """Return what the system health page shows (Spotify accounts only)."""
    accounts: list[tuple[str, SpotifyAccount]] = [
        (entry.title, account)
        for entry in hass.config_entries.async_loaded_entries(DOMAIN)
        if (account := entry.runtime_data.spotify_account) is not None
    ]
    waiting = [
        f"{title} until {gate.closed_until.isoformat(timespec='seconds')}"
        for title, account in accounts
        if (gate := account.client.gate).closed_until is not None and not gate.is_open
    ]
    return {
        "api_endpoint_reachable": system_health.async_check_can_reach_url(
            hass, spotify_endpoints(hass).api_prefix
        ),
        "spotify_accounts": len(accounts),
        "rate_limited": ", ".join(waiting) or "no",
        "calls_last_hour": sum(
            account.client.usage.last_hour().total() for _, account in accounts
        ),
        # Per Spotify app (its quota's unit); the Client ID itself stays out.
        "requests_last_day": ", ".join(
            f"{ledger.used()} / {ledger.budget}"
            for ledger in {
                id(account.client.ledger): account.client.ledger
                for _, account in accounts
                if account.client.ledger is not None
            }.values()
        )
        or "0",
    }
