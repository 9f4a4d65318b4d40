"""What a Spotify account tells a bug report, without tokens or personal data."""

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntry

from ..const import CONF_PERSONS
from .account import SpotifyAccount

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


def account_diagnostics(entry: ConfigEntry, account: SpotifyAccount) -> dict[str, Any]:
    """Return the account's entry, scopes, rate gate, API calls and player state.

    A dict of any values: the JSON Home Assistant's diagnostics download is.
    """
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
