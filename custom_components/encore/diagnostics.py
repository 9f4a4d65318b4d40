"""Diagnostics: what a bug report needs, without tokens or personal data."""

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .const import CONF_DB_URL, CONF_PERSONS
from .history.diagnostics import async_history_diagnostics
from .history_entry import HistoryEntryRuntime
from .runtime import EncoreConfigEntry
from .sonos.household import SonosHousehold

# Tokens, the account's identity, device names, and what the account listens to.
TO_REDACT = {
    "name",
    "artists",
    "album",
    "show",
    "context_name",
    "access_token",
    "refresh_token",
    "token",
    "unique_id",
    "title",
    "user_id",
    "display_name",
    "uri",
    "album_uri",
    "image_url",
    "device_id",
    "default_device",
    "discovery_keys",
    # The people linked to an account: person entity ids are names.
    CONF_PERSONS,
}
HISTORY_TO_REDACT = {CONF_DB_URL}

# Addresses and hardware identifiers of speakers, and what they play.
SONOS_TO_REDACT = {
    "host",
    "port",
    "uid",
    "household_id",
    "unique_id",
    "title",
    "mac",
    "serial",
    "listener",
    "groups",
    "vanished",
    "coordinator",
    "artist",
    "album",
    "spotify_uri",
    "spotify_account",
    # SSDP's USN and zeroconf's name hold the speaker's uid and MAC.
    "discovery_keys",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: EncoreConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a Spotify account or a Sonos household."""
    account = entry.runtime_data
    if isinstance(account, SonosHousehold):
        return async_redact_data(
            {"entry": entry.as_dict(), "household": account.describe()},
            SONOS_TO_REDACT,
        )
    if isinstance(account, HistoryEntryRuntime):
        return {
            "entry": async_redact_data(entry.as_dict(), HISTORY_TO_REDACT),
            "history": await async_history_diagnostics(account.manager),
        }
    client = account.client
    gate = client.gate
    playback = account.playback
    state = playback.data
    return async_redact_data(
        {
            "entry": entry.as_dict(),
            "profile": asdict(account.profile),
            "granted_scopes": sorted(
                str(account.session.token.get("scope", "")).split()
            ),
            "account_problem": client.account_problem,
            "rate_gate": {
                "open": gate.is_open,
                "closed_until": gate.closed_until,
                "quota_exceeded": gate.quota,
            },
            "api_calls": {
                "since_start": dict(client.usage.total),
                "last_hour": dict(client.usage.last_hour()),
            },
            "playback_coordinator": {
                "last_update_success": playback.last_update_success,
                "update_interval": playback.update_interval,
                "state": asdict(state) if state is not None else None,
            },
            "devices": [asdict(device) for device in account.devices.data or ()],
        },
        TO_REDACT,
    )
