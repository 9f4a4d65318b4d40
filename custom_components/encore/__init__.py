"""Encore: Spotify and Sonos players, a listening history, and answers about it."""

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant

from .const import CONF_KIND, EntryKind
from .issues import async_delete_entry_issues
from .runtime import EncoreConfigEntry
from .spotify.account import async_setup_account, async_unload_account
from .spotify.devices import LastDevice

PLATFORMS: dict[EntryKind, list[Platform]] = {
    EntryKind.SPOTIFY: [Platform.MEDIA_PLAYER, Platform.SENSOR],
}


def _kind(entry: EncoreConfigEntry) -> EntryKind:
    return EntryKind(entry.data.get(CONF_KIND, EntryKind.SPOTIFY))


async def async_setup_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Set up one Spotify account."""
    entry.runtime_data = await async_setup_account(hass, entry)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS[_kind(entry)])
    return True


async def async_unload_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Unload platforms, then release connections."""
    if not await hass.config_entries.async_unload_platforms(
        entry, PLATFORMS[_kind(entry)]
    ):
        return False
    await async_unload_account(entry.runtime_data)
    return True


async def async_remove_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    """Forget what Encore kept for a removed account: repairs, last device."""
    async_delete_entry_issues(hass, entry)
    await LastDevice(hass, entry.entry_id).async_remove()
