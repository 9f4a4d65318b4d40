"""Encore: Spotify and Sonos players, a listening history, and answers about it."""

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import (
    ConfigEntryError,
    ConfigEntryNotReady,
    HomeAssistantError,
)
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.typing import ConfigType

from .const import CONF_KIND, DOMAIN, LOGGER, EntryKind, SonosMode
from .history.collectors.sonos import (
    async_start_recording as async_start_sonos_recording,
)
from .history.collectors.spotify_account import (
    async_remove_recording,
    async_start_recording,
    async_stop_recording,
)
from .history.imports.uploads import remove_leftover_uploads
from .history.manager import HistorySettings, async_get_manager
from .history_entry import HistoryEntryRuntime, settings_from_options
from .panel import async_hide_panel_if_unused, async_setup_frontend, async_show_panel
from .runtime import EncoreConfigEntry
from .services import async_setup_services
from .sonos.household import SonosHousehold
from .sonos.issues import async_clear_events_issue
from .spotify.account import async_setup_account, async_unload_account
from .spotify.devices import LastDevice
from .spotify.issues import async_delete_entry_issues
from .voice import async_setup_voice
from .voice.sentences import async_remove_sentences, async_sync_sentences
from .websocket import async_setup_websocket

PLATFORMS: dict[EntryKind, list[Platform]] = {
    EntryKind.SPOTIFY: [Platform.EVENT, Platform.MEDIA_PLAYER, Platform.SENSOR],
    EntryKind.SONOS: [Platform.MEDIA_PLAYER],
    EntryKind.HISTORY: [Platform.EVENT, Platform.SENSOR],
}

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register Encore's actions; they work whichever entries are loaded."""
    async_setup_services(hass)
    async_setup_websocket(hass)
    await async_setup_frontend(hass)
    await async_setup_voice(hass)
    await hass.async_add_executor_job(remove_leftover_uploads, hass)
    # Entries set up side by side: the database must open where the history
    # entry says from the first one on, not move there when that entry loads.
    for entry in hass.config_entries.async_entries(DOMAIN):
        if _kind(entry) is EntryKind.HISTORY:
            async_get_manager(hass).settings = settings_from_options(
                dict(entry.options)
            )
    return True


def _kind(entry: EncoreConfigEntry) -> EntryKind:
    return EntryKind(entry.data.get(CONF_KIND, EntryKind.SPOTIFY))


async def _async_acquire_history(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    """Open the shared history; players keep working if it cannot open."""
    manager = async_get_manager(hass)
    try:
        await manager.async_acquire(entry.entry_id)
    except HomeAssistantError as err:
        LOGGER.error("The listening history is not recording: %s", err)


async def _async_setup_history(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Apply the history settings; a new database URL reopens the store."""
    manager = async_get_manager(hass)
    runtime = HistoryEntryRuntime(manager, settings_from_options(dict(entry.options)))
    entry.runtime_data = runtime
    runtime.async_start(hass, entry)
    # The Assist sentence files follow the consent option (written off the
    # event loop; an entry reload after an options change runs this again).
    # The entry owns the task: unloading it does not leave one behind.
    entry.async_create_task(
        hass,
        async_sync_sentences(hass, runtime.settings.install_sentences),
        "encore assist sentences",
    )
    entry.async_on_unload(runtime.async_stop)
    await runtime.async_start_players(hass)
    await hass.config_entries.async_forward_entry_setups(
        entry, PLATFORMS[EntryKind.HISTORY]
    )
    entry.async_on_unload(entry.add_update_listener(_async_reload))
    _async_follow_sonos_mode(hass, runtime.settings.sonos_mode)
    return True


def _async_follow_sonos_mode(hass: HomeAssistant, mode: SonosMode) -> None:
    """Start or stop Encore's Sonos households after the choice changed."""
    for entry in hass.config_entries.async_entries(DOMAIN):
        if _kind(entry) is not EntryKind.SONOS or entry.disabled_by is not None:
            continue
        running = entry.state is ConfigEntryState.LOADED
        stopped = entry.state is ConfigEntryState.SETUP_ERROR
        if (mode is SonosMode.CORE and running) or (
            mode is SonosMode.ENCORE and stopped
        ):
            hass.config_entries.async_schedule_reload(entry.entry_id)


async def _async_reload(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    await hass.config_entries.async_reload(entry.entry_id)


async def async_setup_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Set up a Spotify account, a Sonos household or the history settings."""
    if _kind(entry) is EntryKind.HISTORY:
        # Settings first: the database opens where they say. A database
        # server that is down now may be up on the next try.
        manager = async_get_manager(hass)
        try:
            await manager.async_configure(settings_from_options(dict(entry.options)))
            await manager.async_acquire(entry.entry_id)
        except HomeAssistantError as err:
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="history_open_failed",
                translation_placeholders={
                    "url": manager.display_url,
                    "error": str(err),
                },
            ) from err
    else:
        await _async_acquire_history(hass, entry)
    try:
        await _async_setup_kind(hass, entry)
    except BaseException:
        await async_get_manager(hass).async_release(entry.entry_id)
        raise
    await async_show_panel(hass)
    return True


async def _async_setup_kind(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    if _kind(entry) is EntryKind.HISTORY:
        return await _async_setup_history(hass, entry)
    if _kind(entry) is EntryKind.SONOS:
        if async_get_manager(hass).settings.sonos_mode is SonosMode.CORE:
            # The user left the speakers to core `sonos` (history settings).
            raise ConfigEntryError(
                translation_domain=DOMAIN, translation_key="sonos_left_to_core"
            )
        household = SonosHousehold(hass, entry)
        try:
            await household.async_setup()
            # The history records the speakers from outside (sonos/ knows no history).
            await async_start_sonos_recording(household)
        except BaseException:
            await household.async_unload()
            raise
        entry.runtime_data = household
    else:
        entry.runtime_data = account = await async_setup_account(hass, entry)
        # The history records the account from outside it (spotify/ knows no history).
        await async_start_recording(hass, entry, account)
    try:
        await hass.config_entries.async_forward_entry_setups(
            entry, PLATFORMS[_kind(entry)]
        )
    except BaseException:
        # Collectors write their last play before the history is released.
        await _async_unload_runtime(hass, entry)
        raise
    return True


async def _async_unload_runtime(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    runtime = entry.runtime_data
    if isinstance(runtime, SonosHousehold):
        await runtime.async_unload()
    elif isinstance(runtime, HistoryEntryRuntime):
        # Before the release: the last user's release closes the database.
        await runtime.async_stop_players()
    else:
        # Before the client closes: the open play is written on the way out.
        await async_stop_recording(hass, entry.entry_id)
        await async_unload_account(runtime)


async def async_unload_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> bool:
    """Unload platforms, then release connections and subscriptions."""
    if not await hass.config_entries.async_unload_platforms(
        entry, PLATFORMS[_kind(entry)]
    ):
        return False
    await _async_unload_runtime(hass, entry)
    await async_get_manager(hass).async_release(entry.entry_id)
    async_hide_panel_if_unused(hass, entry.entry_id)
    return True


async def async_remove_entry(hass: HomeAssistant, entry: EncoreConfigEntry) -> None:
    """Forget what Encore kept for a removed entry: repairs, last device.

    The plays stay in the history: removing an account is not deleting its
    past (encore.purge_history does that, on purpose).
    """
    if _kind(entry) is EntryKind.HISTORY:
        # Back to the defaults; the database opens there next time.
        await async_get_manager(hass).async_configure(HistorySettings())
        # Without the entry there is no consent: its unedited sentences go.
        await async_remove_sentences(hass)
        return
    if _kind(entry) is EntryKind.SONOS:
        async_clear_events_issue(hass, entry)
        return
    async_delete_entry_issues(hass, entry)
    await LastDevice(hass, entry.entry_id).async_remove()
    await async_remove_recording(hass, entry.entry_id)


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
