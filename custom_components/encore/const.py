"""Constants shared across Encore."""

from enum import StrEnum
import logging
from typing import Final

from homeassistant.components.media_player import MediaPlayerEntityFeature

DOMAIN: Final = "encore"
LOGGER = logging.getLogger(__package__)

CONF_KIND: Final = "kind"


class EntryKind(StrEnum):
    """What a config entry connects."""

    SPOTIFY = "spotify"
    SONOS = "sonos"
    HISTORY = "history"
    SCROBBLER = "scrobbler"
    """One person's Last.fm or ListenBrainz account that their plays go out to."""


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

# Asked for only when the account's owner lets Encore change their library and
# playlists (the account option below); everything else works without them.
SPOTIFY_WRITE_SCOPES: Final = (
    "playlist-modify-private",
    "playlist-modify-public",
    "user-library-modify",
)

SPOTIFY_DEVELOPER_DASHBOARD: Final = "https://developer.spotify.com/dashboard"

# Options of a Spotify account.
CONF_DEFAULT_DEVICE: Final = "default_device"
CONF_PLAYING_CEILING: Final = "playing_poll_ceiling"
CONF_IDLE_CEILING: Final = "idle_poll_ceiling"
# Let Encore change the account's library and playlists (off by default).
CONF_ALLOW_WRITES: Final = "allow_writes"
DEFAULT_PLAYING_CEILING: Final = 120
DEFAULT_IDLE_CEILING: Final = 120
# The longest wait for changes made in other apps when nobody is likely to
# listen (nights, everyone away, playback another player reports, a budget
# running short): the planner never waits longer than this.
CONF_QUIET_CEILING: Final = "quiet_poll_ceiling"
DEFAULT_QUIET_CEILING: Final = 1800
# Requests per rolling 24 hours that every account on one Spotify app (Client
# ID) may spend together; below the lowest daily quota reported (about 1,100).
CONF_DAILY_BUDGET: Final = "daily_request_budget"
DEFAULT_DAILY_BUDGET: Final = 1000

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
# Whose plays of speakers and players are (issue 46), in the history entry's
# options: the rules on or off, what "my" counts, and each person's settings.
CONF_ATTRIBUTION_STARTED_BY: Final = "attribution_started_by"
CONF_ATTRIBUTION_OWNERS: Final = "attribution_owners"
CONF_ATTRIBUTION_PRESENCE: Final = "attribution_presence"
CONF_ATTRIBUTION_ROOMS: Final = "attribution_rooms"
CONF_ATTRIBUTION_CHILDREN: Final = "attribution_children_with_adults"
CONF_ATTRIBUTION_MY: Final = "attribution_my"
CONF_ATTRIBUTION_PERSONS: Final = "attribution_persons"
CONF_PERSON: Final = "person"
CONF_ROLE: Final = "role"
CONF_OPT_OUT: Final = "opt_out"
CONF_PRIVATE: Final = "private"
CONF_SPEAKERS: Final = "speakers"
CONF_AREAS: Final = "areas"
# Who runs the Sonos speakers. It lives in the history entry's options (not a
# Sonos household's): the choice decides what the history records, and a home
# that leaves its speakers to core has no Encore Sonos entry to hold it.
CONF_SONOS_MODE: Final = "sonos_mode"
# Home Assistant's own Sonos integration; its devices are identified by speaker uid.
CORE_SONOS: Final = "sonos"


class SonosMode(StrEnum):
    """Whether Encore runs Sonos speakers or leaves them to core `sonos`."""

    ENCORE = "encore"
    """Encore's own Sonos players (the default, as before the choice existed)."""
    CORE = "core"
    """No Encore Sonos players or discovery; core's players are recorded."""


HISTORY_UNIQUE_ID: Final = "history"
# Option of a Spotify account: the people (person entities) whose "I" it is.
CONF_PERSONS: Final = "persons"

# A Spotify account's recap options (issue 38): whether its person's plays
# count in the household's recap, and the recap notifications they get.
CONF_RECAP_HOUSEHOLD: Final = "recap_household"
CONF_RECAP_MONTHLY: Final = "recap_monthly"
CONF_RECAP_YEARLY: Final = "recap_yearly"
RECAP_YEARLY_OPTIONS: Final = ("off", "december", "january")

# What every Encore media player can do, Spotify account or Sonos speaker.
PLAYER_FEATURES: Final = (
    MediaPlayerEntityFeature.PLAY
    | MediaPlayerEntityFeature.PAUSE
    | MediaPlayerEntityFeature.STOP
    | MediaPlayerEntityFeature.NEXT_TRACK
    | MediaPlayerEntityFeature.PREVIOUS_TRACK
    | MediaPlayerEntityFeature.SEEK
    | MediaPlayerEntityFeature.VOLUME_SET
    | MediaPlayerEntityFeature.VOLUME_STEP
    | MediaPlayerEntityFeature.VOLUME_MUTE
    | MediaPlayerEntityFeature.SHUFFLE_SET
    | MediaPlayerEntityFeature.REPEAT_SET
    | MediaPlayerEntityFeature.SELECT_SOURCE
    | MediaPlayerEntityFeature.PLAY_MEDIA
    | MediaPlayerEntityFeature.MEDIA_ENQUEUE
    | MediaPlayerEntityFeature.BROWSE_MEDIA
    | MediaPlayerEntityFeature.SEARCH_MEDIA
)
