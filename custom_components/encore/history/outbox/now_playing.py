"""Now playing: what a person's sources play, said to their scrobbler as it starts.

Optional per scrobbler (off by default). When a player that goes out for
the person starts a track (its state turns to playing with a title and
artist it did not show before), the service is told once: Last.fm's
`track.updateNowPlaying`, ListenBrainz's `playing_now`. It is never queued:
a refusal or an outage is logged at debug level and dropped, since what
plays will have changed by the time it could be tried again; and it waits
for no rate limit (a call held longer than `PATIENCE` is dropped too).

Whose a start is follows the outbox's rule (`whose.Whose`): a chosen
Spotify account's player is the person's; a speaker's or another player's
start is theirs when issue 46's rules, read now, name them (as certain as
the household's "my" counts).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from homeassistant.components.media_player import (
    ATTR_MEDIA_ALBUM_NAME,
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_DURATION,
    ATTR_MEDIA_TITLE,
    MediaPlayerState,
    MediaType,
)
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.util import dt as dt_util

from ...const import LOGGER
from ...scrobbling.lastfm import LastfmError
from ...scrobbling.listenbrainz import ListenBrainzError
from ...scrobbling.models import Scrobble
from ..models import Attribution
from .services import ScrobbleService
from .whose import Whose

PATIENCE: Final = 30.0
"""Seconds a now-playing call may wait for its turn before it is stale."""
_MUSIC: Final = frozenset({MediaType.MUSIC, MediaType.TRACK, None})
"""Content types of a track (a player that says none is taken at its word)."""


@dataclass(frozen=True, slots=True)
class Watched:
    """A player whose starts may go: a Spotify account's, or a speaker's or player's."""

    account: str | None
    """The Spotify account (user id) it plays for; None: a speaker or player."""


@dataclass(slots=True)
class NowPlaying:
    """Follows the players' states; tells the service what starts."""

    hass: HomeAssistant
    service: ScrobbleService
    whose: Callable[[], Whose]
    players: Callable[[], Mapping[str, Watched]]
    """The players that go out for the person now (read at each start)."""
    named: Callable[[str], Attribution]
    """Whom issue 46's rules name for a start on a speaker or player now."""
    sent: int = 0
    dropped: int = 0
    _shown: dict[str, tuple[str, str]] = field(default_factory=dict)

    @callback
    def async_state_changed(self, event: Event[EventStateChangedData]) -> None:
        """Tell the service of a track the person started on a media player."""
        entity_id = event.data["entity_id"]
        new = event.data["new_state"]
        if new is None or new.state != MediaPlayerState.PLAYING:
            if new is None or new.state != MediaPlayerState.PAUSED:
                # Stopped or off: the same track played again is a new start.
                self._shown.pop(entity_id, None)
            return
        attributes = new.attributes
        artist = attributes.get(ATTR_MEDIA_ARTIST)
        title = attributes.get(ATTR_MEDIA_TITLE)
        if (
            not isinstance(artist, str)
            or not isinstance(title, str)
            or not artist
            or not title
            or attributes.get(ATTR_MEDIA_CONTENT_TYPE) not in _MUSIC
        ):
            return
        if self._shown.get(entity_id) == (artist, title):
            return  # resumed, or another attribute changed: not a start
        watched = self.players().get(entity_id)
        if watched is None:
            return
        self._shown[entity_id] = (artist, title)
        if not self._is_theirs(entity_id, watched):
            return
        album = attributes.get(ATTR_MEDIA_ALBUM_NAME)
        duration = attributes.get(ATTR_MEDIA_DURATION)
        scrobble = Scrobble(
            artist=artist,
            title=title,
            listened_at=int(dt_util.utcnow().timestamp()),
            album=album if isinstance(album, str) and album else None,
            duration_ms=(
                int(duration * 1000)
                if isinstance(duration, (int, float)) and duration > 0
                else None
            ),
        )
        self.hass.async_create_background_task(
            self._async_send(scrobble), "encore now playing", eager_start=True
        )

    def _is_theirs(self, entity_id: str, watched: Watched) -> bool:
        whose = self.whose()
        if watched.account is not None:
            return watched.account in whose.spotify_accounts
        attribution = self.named(entity_id)
        return (
            whose.person in attribution.persons and attribution.certainty <= whose.most
        )

    async def _async_send(self, scrobble: Scrobble) -> None:
        """Say it once; whatever goes wrong is dropped (it is not kept anywhere)."""
        if self.service.busy_for() > PATIENCE:
            self.dropped += 1
            LOGGER.debug("Now playing dropped: the service asked to wait")
            return
        try:
            await self.service.now_playing(scrobble)
        except (LastfmError, ListenBrainzError) as err:
            self.dropped += 1
            LOGGER.debug("Now playing not taken: %s", err)
        else:
            self.sent += 1
