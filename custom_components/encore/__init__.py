"""Encore: Spotify and Sonos players, a listening history, and answers about it."""

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.typing import ConfigType

from .actions import async_setup_actions
from .const import DOMAIN, EntryKind
from .flows.scrobbler import register_callback
from .history.imports.uploads import remove_leftover_uploads
from .history.manager import async_get_manager
from .history.whose import entry_kind
from .media.lists import async_register as async_register_media_lists
from .media.source import HistoryMediaSource
from .voice import async_setup_voice
from .wiring.history_entry import HistoryEntryRuntime, settings_from_options
from .wiring.panel import (
    async_hide_panel_if_unused,
    async_setup_frontend,
    async_show_panel,
)
from .wiring.runtime import EncoreConfigEntry, SonosRuntime, SpotifyRuntime
from .wiring.scrobbler_entry import ScrobblerRuntime

# What each kind of entry runs; the platforms ask the runtime, not the kind.
RUNTIMES: dict[
    EntryKind,
    type[SpotifyRuntime | SonosRuntime | HistoryEntryRuntime | ScrobblerRuntime],
] = {
    EntryKind.SPOTIFY: SpotifyRuntime,
    EntryKind.SONOS: SonosRuntime,
    EntryKind.HISTORY: HistoryEntryRuntime,
    EntryKind.SCROBBLER: ScrobblerRuntime,
}

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register Encore's actions; they work whichever entries are loaded."""
    async_setup_actions(hass)
    # Before HTTP starts (its routes freeze then): Last.fm's web flow lands here.
    register_callback(hass)
    await async_setup_frontend(hass)
    await async_setup_voice(hass)
    # The players ask here for the songs of Encore's media-source folders,
    # and how often the household played what a search found.
    history_media = HistoryMediaSource(hass)
    async_register_media_lists(
        hass, history_media.async_uris, history_media.async_plays_of
    )
    await hass.async_add_executor_job(remove_leftover_uploads, hass)
    # Entries set up side by side: the database must open where the history
    # entry says from the first one on, not move there when that entry loads.
    for entry in hass.config_entries.async_entries(DOMAIN):
        if entry_kind(entry) is EntryKind.HISTORY:
            async_get_manager(hass).settings = settings_from_options(
                dict(entry.options)
            )
    return True


async def async_setup_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Set up a Spotify account, a Sonos household or the history settings."""
    runtime_class = RUNTIMES[entry_kind(entry)]
    await runtime_class.async_open_history(hass, entry)
    try:
        entry.runtime_data = runtime = await runtime_class.async_create(hass, entry)
        try:
            await hass.config_entries.async_forward_entry_setups(
                entry, runtime.platforms
            )
        except BaseException:
            # Collectors write their last play before the history is released.
            await runtime.async_unload(hass, entry)
            raise
    except BaseException:
        await async_get_manager(hass).async_release(entry.entry_id)
        raise
    await async_show_panel(hass)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Unload platforms, then release connections and subscriptions."""
    runtime = entry.runtime_data
    if not await hass.config_entries.async_unload_platforms(entry, runtime.platforms):
        return False
    # Before the release: collectors write their last play, and the last
    # user's release closes the database.
    await runtime.async_unload(hass, entry)
    await async_get_manager(hass).async_release(entry.entry_id)
    async_hide_panel_if_unused(hass, entry.entry_id)
    return True


async def async_remove_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    """Forget what Encore kept for a removed entry: repairs, stores, settings.

    The plays stay in the history: removing an account is not deleting its
    past (encore.purge_history does that, on purpose).
    """
    await RUNTIMES[entry_kind(entry)].async_remove(hass, entry)


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: EncoreConfigEntry, device: dr.DeviceEntry
) -> bool:
    """Let the user remove a device the entry no longer has.

    That is a Sonos speaker that left the household for good; a household
    that is not running lets go of any.
    """
    if entry.state is not ConfigEntryState.LOADED:
        return entry_kind(entry) is EntryKind.SONOS
    return await entry.runtime_data.async_remove_device(device)
