"""Recording a Spotify account into the history: its two collectors, wired from outside.

The account (`spotify/`) knows nothing of the history. When an account entry is
set up, Encore starts this recording beside it, and stops it before the
account's client closes, so that the play open at that moment is written.
"""

from dataclasses import dataclass

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from ...const import DOMAIN, LOGGER
from ...spotify.account import SpotifyAccount
from ..manager import async_get_manager
from .spotify_player import NowPlayingCollector, async_remove_player_store
from .spotify_recent import RecentlyPlayedCollector, async_remove_recent_store


@dataclass(slots=True)
class AccountRecording:
    """The collectors recording one account; a field is None while it is stopped."""

    player: NowPlayingCollector | None = None
    """Records what the player saw."""
    recent: RecentlyPlayedCollector | None = None
    """Polls recently-played."""


_RECORDINGS: HassKey[dict[str, AccountRecording]] = HassKey(f"{DOMAIN}_recordings")


@callback
def recording_of(hass: HomeAssistant, entry_id: str) -> AccountRecording:
    """Return the account's recording; an empty one while it does not record."""
    return hass.data.get(_RECORDINGS, {}).get(entry_id) or AccountRecording()


async def async_start_recording(
    hass: HomeAssistant, entry: ConfigEntry, account: SpotifyAccount
) -> None:
    """Start the collectors; the player works on if the history cannot record."""
    manager = async_get_manager(hass)
    user_id = account.profile.user_id
    if not manager.is_open:
        LOGGER.debug("History not open: %s is not recorded", user_id)
        return
    player = NowPlayingCollector(hass, entry, account.playback, user_id, manager)
    recent = RecentlyPlayedCollector(
        hass,
        entry,
        client=account.client,
        playback=account.playback,
        account=user_id,
        manager=manager,
    )
    recording = hass.data.setdefault(_RECORDINGS, {}).setdefault(
        entry.entry_id, AccountRecording()
    )
    try:
        await player.async_start()
        recording.player = player
        await recent.async_start()
        recording.recent = recent
    except Exception:  # noqa: BLE001 - the player matters more than its history
        LOGGER.exception("Could not start recording the history of %s", user_id)
        await async_stop_recording(hass, entry.entry_id)


async def async_stop_recording(hass: HomeAssistant, entry_id: str) -> None:
    """Stop the collectors; what the player heard so far is recorded."""
    recording = hass.data.get(_RECORDINGS, {}).pop(entry_id, None)
    if recording is None:
        return
    if recording.player is not None:
        await recording.player.async_stop()
    if recording.recent is not None:
        await recording.recent.async_stop()


async def async_remove_recording(hass: HomeAssistant, entry_id: str) -> None:
    """Forget what the collectors kept for a removed entry (not its plays)."""
    await async_remove_recent_store(hass, entry_id)
    await async_remove_player_store(hass, entry_id)
