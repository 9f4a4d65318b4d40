"""Constants shared across Encore."""

from enum import StrEnum
import logging
from typing import Final

DOMAIN: Final = "encore"
LOGGER = logging.getLogger(__package__)

CONF_KIND: Final = "kind"


class EntryKind(StrEnum):
    """What a config entry connects."""

    SPOTIFY = "spotify"
    SONOS = "sonos"
    HISTORY = "history"


# Each scope is explained in the README; ask for nothing Encore does not use.
SPOTIFY_SCOPES: Final = (
    "user-read-playback-state",
    "user-modify-playback-state",
    "user-read-currently-playing",
    "user-read-recently-played",
    "user-top-read",
    "user-library-read",
    "user-follow-read",
    "playlist-read-private",
    "playlist-read-collaborative",
)

SPOTIFY_DEVELOPER_DASHBOARD: Final = "https://developer.spotify.com/dashboard"

# Options of a Spotify account.
CONF_DEFAULT_DEVICE: Final = "default_device"
CONF_PLAYING_CEILING: Final = "playing_poll_ceiling"
CONF_IDLE_CEILING: Final = "idle_poll_ceiling"
DEFAULT_PLAYING_CEILING: Final = 120
DEFAULT_IDLE_CEILING: Final = 120

# A Sonos household: the speaker Encore reaches it through, and its id.
CONF_HOUSEHOLD_ID: Final = "household_id"
CONF_UID: Final = "uid"
# Option of a Sonos household: the Spotify account (entry id) for the catalog.
CONF_SPOTIFY_ACCOUNT: Final = "spotify_account"

# Options of the listening history entry (one per Home Assistant).
CONF_DB_URL: Final = "db_url"
CONF_RETENTION_DAYS: Final = "retention_days"
CONF_MEDIA_PLAYERS: Final = "media_players"
CONF_INSTALL_SENTENCES: Final = "install_sentences"
HISTORY_UNIQUE_ID: Final = "history"
# Option of a Spotify account: the people (person entities) whose "I" it is.
CONF_PERSONS: Final = "persons"
