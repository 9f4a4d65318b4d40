"""A connected Spotify account: set up from its config entry, torn down on unload."""

from dataclasses import dataclass
from functools import partial

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryAuthFailed, ConfigEntryNotReady
from homeassistant.helpers.config_entry_oauth2_flow import (
    ImplementationUnavailableError,
    LocalOAuth2Implementation,
    OAuth2Session,
    async_get_config_entry_implementation,
)

from ..const import DOMAIN, SPOTIFY_SCOPES
from .auth import EntryAuth
from .client import SpotifyClient
from .coordinator import DevicesCoordinator, PlaybackCoordinator
from .devices import LastDevice
from .errors import SpotifyAuthError, SpotifyError
from .household import SpotifyApp, async_app_for, async_drop_app, async_register_app
from .issues import (
    async_clear_access_problems,
    async_track_account_problems,
    async_track_rate_gate,
)
from .ledger import RequestLedger, async_acquire_ledger, async_release_ledger
from .models import SpotifyDevice, SpotifyProfile
from .saved import SavedItems
from .writes import async_clear_sign_in_issue, writes_allowed, writes_granted


@dataclass(slots=True)
class SpotifyAccount:
    """What a Spotify config entry holds at run time."""

    client: SpotifyClient
    session: OAuth2Session
    profile: SpotifyProfile
    playback: PlaybackCoordinator
    devices: DevicesCoordinator
    last_device: LastDevice
    saved: SavedItems
    app: SpotifyApp
    """The accounts on the same Spotify app: their budget and plans."""


async def async_setup_account(
    hass: HomeAssistant, entry: ConfigEntry
) -> SpotifyAccount:
    """Check the token, fetch the profile and return the live account."""
    try:
        implementation = await async_get_config_entry_implementation(hass, entry)
    except ImplementationUnavailableError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="oauth_implementation_unavailable",
        ) from err
    session = OAuth2Session(hass, entry, implementation)
    # The quota counts per Client ID; an implementation without one (none
    # Encore registers) is an app of its own.
    client_id = (
        implementation.client_id
        if isinstance(implementation, LocalOAuth2Implementation)
        else implementation.domain
    )
    ledger = await async_acquire_ledger(hass, client_id, entry.entry_id)
    client = SpotifyClient(
        hass,
        EntryAuth(hass, entry, session),
        on_account_problem=partial(async_track_account_problems, hass, entry),
        ledger=ledger,
        ledger_key=entry.entry_id,
    )
    try:
        return await _async_connect(
            hass,
            entry,
            session=session,
            client=client,
            ledger=ledger,
            client_id=client_id,
        )
    except Exception:
        await async_release_ledger(hass, client_id, entry.entry_id)
        raise


async def _async_connect(
    hass: HomeAssistant,
    entry: ConfigEntry,
    *,
    session: OAuth2Session,
    client: SpotifyClient,
    ledger: RequestLedger,
    client_id: str,
) -> SpotifyAccount:
    entry.async_on_unload(async_track_rate_gate(hass, entry, client.gate))
    try:
        profile = await client.async_get_profile()
    except SpotifyAuthError as err:
        await client.async_close()
        raise ConfigEntryAuthFailed(
            translation_domain=DOMAIN, translation_key="auth_failed"
        ) from err
    except SpotifyError as err:
        # Transient, rate limited, or forbidden (a repair issue says what to do):
        # all may pass without the user touching Home Assistant, so retry.
        await client.async_close()
        raise ConfigEntryNotReady(
            translation_domain=err.translation_domain,
            translation_key=err.translation_key,
            translation_placeholders=err.translation_placeholders,
        ) from err

    async_clear_access_problems(hass, entry)
    granted = set(str(session.token.get("scope", "")).split())
    if not granted.issuperset(SPOTIFY_SCOPES):
        await client.async_close()
        # Sign in again to grant what this version of Encore asks for.
        raise ConfigEntryAuthFailed(
            translation_domain=DOMAIN, translation_key="missing_scopes"
        )
    if writes_granted(entry) or not writes_allowed(entry):
        async_clear_sign_in_issue(hass, entry)
    playback = PlaybackCoordinator(hass, entry, client)
    devices = DevicesCoordinator(hass, entry, client)
    last_device = LastDevice(hass, entry.entry_id)
    # Listen before the first refresh: the device playing now counts too.
    entry.async_on_unload(playback.async_on_device_used(last_device.async_set))

    def device_used(device: SpotifyDevice) -> None:
        # A device the list lacks: read it again rather than on a short timer.
        if devices.data is not None and device.name not in {
            known.name for known in devices.data
        }:
            hass.async_create_task(devices.async_request_refresh())

    entry.async_on_unload(playback.async_on_device_used(device_used))
    try:
        await last_device.async_load()
        await playback.async_config_entry_first_refresh()
        await devices.async_config_entry_first_refresh()
    except Exception:
        await client.async_close()
        raise
    app = async_register_app(hass, client_id, ledger)
    app.async_join(entry, playback)
    entry.async_on_unload(entry.add_update_listener(_async_options_updated))
    return SpotifyAccount(
        client=client,
        session=session,
        profile=profile,
        playback=playback,
        devices=devices,
        last_device=last_device,
        saved=SavedItems(client),
        app=app,
    )


async def _async_options_updated(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Take a new budget or new waits at once (no reload)."""
    if (app := async_app_for(hass, entry.entry_id)) is not None:
        app.async_options_changed(entry)


async def async_unload_account(account: SpotifyAccount) -> None:
    """Release the account's connections and timers; write what waits to be saved.

    Whatever records the account (the history) stops before this is called.
    """
    app = account.app
    entry_id = account.playback.config_entry.entry_id
    app.async_leave(entry_id)
    async_drop_app(account.playback.hass, app.client_id)
    await account.last_device.async_flush()
    await account.client.async_close()
    await async_release_ledger(account.playback.hass, app.client_id, entry_id)
