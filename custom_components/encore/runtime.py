"""What each kind of Encore config entry keeps in `runtime_data`."""

from homeassistant.config_entries import ConfigEntry

from .spotify.account import SpotifyAccount

type EncoreRuntime = SpotifyAccount
type EncoreConfigEntry = ConfigEntry[EncoreRuntime]
