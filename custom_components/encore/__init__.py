"""Encore: Spotify and Sonos players, a listening history, and answers about it."""

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import device_registry as dr

from .const import CONF_KIND, DOMAIN, LOGGER, EntryKind
from .history.manager import async_get_manager
from .issues import async_delete_entry_issues
from .runtime import EncoreConfigEntry
from .sonos.household import SonosHousehold
from .sonos.issues import async_clear_events_issue
from .spotify.account import async_setup_account, async_unload_account
from .spotify.devices import LastDevice

PLATFORMS: dict[EntryKind, list[Platform]] = {
    EntryKind.SPOTIFY: [Platform.MEDIA_PLAYER, Platform.SENSOR],
    EntryKind.SONOS: [Platform.MEDIA_PLAYER],
}


def _kind(entry: EncoreConfigEntry) -> EntryKind:
    return EntryKind(entry.data.get(CONF_KIND, EntryKind.SPOTIFY))


async def _async_acquire_history(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    """Open the shared history; players keep working if it cannot open."""
    manager = async_get_manager(hass)
    try:
        await manager.async_acquire(entry.entry_id)
    except HomeAssistantError as err:
        LOGGER.error("The listening history is not recording: %s", err)


async def async_setup_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Set up a Spotify account or a Sonos household."""
    await _async_acquire_history(hass, entry)
    try:
        return await _async_setup_kind(hass, entry)
    except BaseException:
        await async_get_manager(hass).async_release(entry.entry_id)
        raise


async def _async_setup_kind(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    if _kind(entry) is EntryKind.SONOS:
        household = SonosHousehold(hass, entry)
        try:
            await household.async_setup()
        except BaseException:
            await household.async_unload()
            raise
        entry.runtime_data = household
    else:
        entry.runtime_data = await async_setup_account(hass, entry)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS[_kind(entry)])
    return True


async def async_unload_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Unload platforms, then release connections and subscriptions."""
    if not await hass.config_entries.async_unload_platforms(
        entry, PLATFORMS[_kind(entry)]
    ):
        return False
    runtime = entry.runtime_data
    if isinstance(runtime, SonosHousehold):
        await runtime.async_unload()
    else:
        await async_unload_account(runtime)
    await async_get_manager(hass).async_release(entry.entry_id)
    return True


async def async_remove_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    """Forget what Encore kept for a removed entry: repairs, last device."""
    if _kind(entry) is EntryKind.SONOS:
        async_clear_events_issue(hass, entry)
        return
    async_delete_entry_issues(hass, entry)
    await LastDevice(hass, entry.entry_id).async_remove()


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: EncoreConfigEntry, device: dr.DeviceEntry
) -> bool:
    """Let the user remove a Sonos speaker that left the household for good.

    A speaker that is still in the household and answering stays; one that
    comes back after removal is added again.
    """
    if _kind(entry) is not EntryKind.SONOS:
        return False
    uids = [key for domain, key in device.identifiers if domain == DOMAIN]
    if entry.state is not ConfigEntryState.LOADED:
        return True
    household = entry.runtime_data
    if not isinstance(household, SonosHousehold):
        return True
    if any(household.is_present(uid) for uid in uids):
        return False
    for uid in uids:
        await household.async_forget(uid)
    return True
