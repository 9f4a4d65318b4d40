"""Diagnostics: what a bug report needs, without tokens or personal data."""

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .runtime import EncoreConfigEntry

TO_REDACT = {
    "access_token",
    "refresh_token",
    "token",
    "unique_id",
    "title",
    "user_id",
    "display_name",
    "uri",
    "image_url",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: EncoreConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a Spotify account."""
    account = entry.runtime_data
    client = account.client
    gate = client.gate
    return {
        "entry": async_redact_data(entry.as_dict(), TO_REDACT),
        "profile": async_redact_data(asdict(account.profile), TO_REDACT),
        "granted_scopes": sorted(str(account.session.token.get("scope", "")).split()),
        "account_problem": client.account_problem,
        "rate_gate": {
            "open": gate.is_open,
            "closed_until": gate.closed_until.isoformat()
            if gate.closed_until
            else None,
            "quota_exceeded": gate.quota,
        },
        "api_calls": {
            "since_start": dict(client.usage.total),
            "last_hour": dict(client.usage.last_hour()),
        },
    }
