"""Media players: one per Spotify account, one per Sonos speaker."""

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .runtime import EncoreConfigEntry
from .sonos.household import SonosHousehold, signal_new_speaker
from .sonos.player import SonosMediaPlayer
from .sonos.speaker import SonosSpeaker
from .spotify.account import SpotifyAccount
from .spotify.player import SpotifyMediaPlayer

# Commands run as they come, like the apps do; Spotify and the speakers apply
# them in order of arrival, and a newer command's expected state replaces an
# older one's.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the entry's media players (Sonos: also speakers that join later)."""
    runtime = entry.runtime_data
    if isinstance(runtime, SpotifyAccount):
        async_add_entities([SpotifyMediaPlayer(runtime)])
        return
    if not isinstance(runtime, SonosHousehold):
        return

    @callback
    def add_speaker(speaker: SonosSpeaker) -> None:
        async_add_entities([SonosMediaPlayer(speaker)])

    entry.async_on_unload(
        async_dispatcher_connect(hass, signal_new_speaker(entry.entry_id), add_speaker)
    )
    async_add_entities(SonosMediaPlayer(s) for s in runtime.speakers.values())
