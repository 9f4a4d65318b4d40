"""What a Sonos household tells a bug report, without addresses or what plays."""

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntry

from .household import SonosHousehold

# Addresses and hardware identifiers of speakers, and what they play.
TO_REDACT = {
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


def household_diagnostics(
    entry: ConfigEntry, household: SonosHousehold
) -> dict[str, Any]:
    """Return the household's entry, speakers, groups and subscriptions."""
    return async_redact_data(
        {"entry": entry.as_dict(), "household": household.describe()}, TO_REDACT
    )
