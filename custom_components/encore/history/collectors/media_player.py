"""Plays heard on other Home Assistant media players (Cast, core Sonos...).

The user picks the players in the history settings; with the Sonos speakers
left to core `sonos`, every player of that integration is followed as well,
those it adds later included. Their state changes say what plays: one tracker
per player turns them into plays, recorded under `media_player:<entity id>`.
The device is the player's room: its device's area (else the device's name)
for players found by integration, the player's name for picked ones. Encore's
own players are left out: the Spotify and Sonos collectors record them already.
"""

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
import re
from typing import Any, Final

from homeassistant.components.media_player import (
    ATTR_APP_NAME,
    ATTR_INPUT_SOURCE,
    ATTR_MEDIA_ALBUM_ARTIST,
    ATTR_MEDIA_ALBUM_NAME,
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_DURATION,
    ATTR_MEDIA_POSITION,
    ATTR_MEDIA_POSITION_UPDATED_AT,
    ATTR_MEDIA_SERIES_TITLE,
    ATTR_MEDIA_SHUFFLE,
    ATTR_MEDIA_TITLE,
    DOMAIN as MP_DOMAIN,
    MediaPlayerState,
    MediaType,
)
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from ...const import DOMAIN
from ..attribution import async_attribute
from ..attribution.situation import async_starters
from ..manager import HistoryManager
from ..models import JobKind, PlayKind, Source, SourceKind
from ..store.schema import PLAYER_ACCOUNT_PREFIX
from .playtime import (
    HeardPlay,
    MediaItem,
    Observation,
    PlayRecorder,
    PlayState,
    PlayTracker,
)

JOB_KIND: Final = JobKind.MEDIA_PLAYER
# Cast and friends report the end of a track within seconds; a Spotify URI's
# play may still meet the account's view of it (see `WINDOW_MS` for Sonos).
WINDOW_MS: Final = 180_000

_STATES: Final[dict[str, PlayState]] = {
    MediaPlayerState.PLAYING: PlayState.PLAYING,
    MediaPlayerState.PAUSED: PlayState.PAUSED,
    # Waiting for data: nothing is heard, but the item has not ended.
    MediaPlayerState.BUFFERING: PlayState.PAUSED,
}
_SPOTIFY_ITEM: Final = re.compile(r"spotify:(track|episode):[0-9A-Za-z]+")
_KINDS: Final[dict[str, PlayKind]] = {
    MediaType.MUSIC: PlayKind.TRACK,
    MediaType.TRACK: PlayKind.TRACK,
    MediaType.EPISODE: PlayKind.EPISODE,
    MediaType.PODCAST: PlayKind.EPISODE,
}
# Words in a player's source or app name, and the kind of source they mean.
_SOURCE_WORDS: Final = (
    (re.compile(r"spotify"), SourceKind.SPOTIFY),
    (re.compile(r"airplay"), SourceKind.AIRPLAY),
    (re.compile(r"radio|tunein"), SourceKind.RADIO),
    (re.compile(r"line[ -]?in|\baux\b|analog"), SourceKind.LINE_IN),
    (re.compile(r"\btv\b|hdmi|\barc\b|optical"), SourceKind.TV),
)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        return dt_util.parse_datetime(value)
    return None


def _source_kind(content_id: str | None, attributes: Mapping[str, Any]) -> SourceKind:
    if content_id is not None and content_id.startswith("spotify:"):
        return SourceKind.SPOTIFY
    names = " ".join(
        text.casefold()
        for key in (ATTR_APP_NAME, ATTR_INPUT_SOURCE)
        if (text := _text(attributes.get(key))) is not None
    )
    return next(
        (kind for pattern, kind in _SOURCE_WORDS if pattern.search(names)),
        SourceKind.OTHER,
    )


def media_player_item(attributes: Mapping[str, Any]) -> MediaItem | None:
    """Read what a media player plays from its attributes; None if they say nothing."""
    content_id = _text(attributes.get(ATTR_MEDIA_CONTENT_ID))
    title = _text(attributes.get(ATTR_MEDIA_TITLE))
    if content_id is None and title is None:
        return None
    content_type = _text(attributes.get(ATTR_MEDIA_CONTENT_TYPE))
    kind = _KINDS.get(content_type or "", PlayKind.OTHER)
    artist = _text(attributes.get(ATTR_MEDIA_ARTIST)) or _text(
        attributes.get(ATTR_MEDIA_ALBUM_ARTIST)
    )
    if kind is PlayKind.EPISODE and artist is None:
        # The history keeps an episode's show where a track's artist goes.
        artist = _text(attributes.get(ATTR_MEDIA_SERIES_TITLE))
    if content_type is None and artist is not None and title is not None:
        kind = PlayKind.TRACK
    duration = _number(attributes.get(ATTR_MEDIA_DURATION))
    item_uri = None
    if content_id is not None and (match := _SPOTIFY_ITEM.fullmatch(content_id)):
        item_uri = content_id
        kind = PlayKind.EPISODE if match.group(1) == "episode" else PlayKind.TRACK
    return MediaItem(
        # A Spotify URI names the item; anything else (a stream URL with a
        # changing title, a session id) needs what the player shows as well.
        key=item_uri or f"{content_id or ''}|{artist or ''}|{title or ''}",
        kind=kind,
        title=title,
        artist=artist,
        album=_text(attributes.get(ATTR_MEDIA_ALBUM_NAME)),
        item_uri=item_uri,
        source_kind=_source_kind(content_id, attributes),
        duration_ms=round(duration * 1000) if duration else None,
    )


def observation_of(state: State | None, at: datetime) -> Observation:
    """Look at a media player through its state; no state means it is gone."""
    if state is None:
        return Observation(PlayState.STOPPED, None, at)
    attributes = state.attributes
    position = _number(attributes.get(ATTR_MEDIA_POSITION))
    shuffle = attributes.get(ATTR_MEDIA_SHUFFLE)
    return Observation(
        state=_STATES.get(state.state, PlayState.STOPPED),
        item=media_player_item(attributes),
        at=at,
        position_ms=None if position is None else round(position * 1000),
        position_at=_when(attributes.get(ATTR_MEDIA_POSITION_UPDATED_AT)),
        device=state.name,
        shuffle=shuffle if isinstance(shuffle, bool) else None,
    )


class MediaPlayerCollector:
    """Records what the chosen media players play, from their state changes."""

    def __init__(
        self,
        hass: HomeAssistant,
        manager: HistoryManager,
        entity_ids: Sequence[str],
        *,
        platforms: Sequence[str] = (),
    ) -> None:
        """Prepare for the players `entity_ids` and those of `platforms`.

        `async_start` follows them.
        """
        self.hass = hass
        self.platforms = tuple(platforms)
        self.picked = tuple(dict.fromkeys(entity_ids))
        self.entity_ids = self.picked
        self.recorder = PlayRecorder(
            hass,
            manager,
            kind=JOB_KIND,
            account=None,
            window_ms=WINDOW_MS,
            detail={"entity_ids": list(self.picked)}
            | ({"platforms": list(self.platforms)} if self.platforms else {}),
        )
        self._registry = er.async_get(hass)
        self._devices = dr.async_get(hass)
        self._areas = ar.async_get(hass)
        self._trackers: dict[str, PlayTracker] = {}
        self._unsub_state: CALLBACK_TYPE | None = None
        self._unsub_stop: CALLBACK_TYPE | None = None
        self._unsub_registry: CALLBACK_TYPE | None = None

    @property
    def running(self) -> bool:
        """Whether plays are being recorded."""
        return self.recorder.running

    def status(self) -> dict[str, Any]:
        """Plays recorded, merged and lost, the last play, and whether it runs."""
        return self.recorder.status()

    async def async_start(self) -> None:
        """Open the job and follow the players from their current state on."""
        await self.recorder.async_start()
        # Who starts the players from now on: whose their plays are.
        async_starters(self.hass)
        self.entity_ids = self._players()
        self._follow_states()
        if self.platforms:
            # Core adds its players when it finds the speakers, which may be
            # after the history started (or a speaker bought later).
            self._unsub_registry = self.hass.bus.async_listen(
                er.EVENT_ENTITY_REGISTRY_UPDATED, self._async_registry_updated
            )
        # Entries are not unloaded when Home Assistant stops: end the job and
        # keep what was heard before the history closes.
        self._unsub_stop = self.hass.bus.async_listen_once(
            EVENT_HOMEASSISTANT_STOP, self._async_hass_stopping
        )
        now = dt_util.utcnow()
        for entity_id in self.entity_ids:
            if (state := self.hass.states.get(entity_id)) is not None:
                self._observe(entity_id, state, now)

    def _players(self) -> tuple[str, ...]:
        """Return the picked players and those of the followed integrations."""
        found = [
            entity.entity_id
            for entity in self._registry.entities.values()
            if entity.domain == MP_DOMAIN
            and entity.platform in self.platforms
            and entity.disabled_by is None
        ]
        return tuple(dict.fromkeys((*self.picked, *sorted(found))))

    @callback
    def _follow_states(self) -> None:
        if self._unsub_state is not None:
            self._unsub_state()
        self._unsub_state = async_track_state_change_event(
            self.hass, self.entity_ids, self._async_state_changed
        )

    @callback
    def _async_registry_updated(
        self, event: Event[er.EventEntityRegistryUpdatedData]
    ) -> None:
        if not self.recorder.running:
            return
        players = self._players()
        if players == self.entity_ids:
            return
        added = set(players) - set(self.entity_ids)
        self.entity_ids = players
        self._follow_states()
        now = dt_util.utcnow()
        for entity_id in added:
            if (state := self.hass.states.get(entity_id)) is not None:
                self._observe(entity_id, state, now)

    async def _async_hass_stopping(self, _event: Event) -> None:
        self._unsub_stop = None
        await self.async_stop()

    async def async_stop(self) -> None:
        """Record what plays so far, then end the job."""
        if not self.recorder.running:
            return
        for unsub in (self._unsub_state, self._unsub_stop, self._unsub_registry):
            if unsub is not None:
                unsub()
        self._unsub_state = self._unsub_stop = self._unsub_registry = None
        now = dt_util.utcnow()
        for entity_id, tracker in self._trackers.items():
            self._write(entity_id, tracker.flush(now))
        self._trackers.clear()
        await self.recorder.async_stop()

    @callback
    def _async_state_changed(self, event: Event[EventStateChangedData]) -> None:
        self._observe(
            event.data["entity_id"], event.data["new_state"], dt_util.utcnow()
        )

    @callback
    def _observe(self, entity_id: str, state: State | None, now: datetime) -> None:
        if not self.recorder.running or self._is_encore(entity_id):
            return
        tracker = self._trackers.setdefault(entity_id, PlayTracker())
        observation = observation_of(state, now)
        if state is not None and (room := self._room(entity_id)) is not None:
            observation = replace(observation, device=room)
        self._write(entity_id, tracker.observe(observation))
        if state is None:
            # Removed: a player that comes back starts afresh.
            del self._trackers[entity_id]

    def _room(self, entity_id: str) -> str | None:
        """Return the room of a player found by integration (None: a picked one).

        Core `sonos` names each device after the speaker's room; the area the
        user put it in says the room in their words, so it goes first.
        """
        entity = self._registry.async_get(entity_id)
        if entity is None or entity.platform not in self.platforms:
            return None
        device = self._devices.async_get(entity.device_id or "")
        area_id = entity.area_id or (device.area_id if device else None)
        if area_id and (area := self._areas.async_get_area(area_id)) is not None:
            return area.name
        if device is not None:
            return device.name_by_user or device.name
        return None

    def _is_encore(self, entity_id: str) -> bool:
        entry = self._registry.async_get(entity_id)
        return entry is not None and entry.platform == DOMAIN

    @callback
    def _write(self, entity_id: str, plays: list[HeardPlay]) -> None:
        if plays:
            account = f"{PLAYER_ACCOUNT_PREFIX}{entity_id}"
            records = [play.record(account, Source.MEDIA_PLAYER) for play in plays]
            self.recorder.async_add(
                records,
                [async_attribute(self.hass, record, [entity_id]) for record in records],
            )
