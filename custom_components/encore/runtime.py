"""What each kind of Encore config entry keeps in `runtime_data`."""

from homeassistant.config_entries import ConfigEntry

from .history_entry import HistoryEntryRuntime
from .sonos.household import SonosHousehold
from .spotify.account import SpotifyAccount

type EncoreRuntime = SpotifyAccount | SonosHousehold | HistoryEntryRuntime
type EncoreConfigEntry = ConfigEntry[EncoreRuntime]
