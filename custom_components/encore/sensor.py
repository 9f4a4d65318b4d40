"""Sensors: listening figures for dashboards, and how each account syncs.

A Spotify account has its listening sensors (plays and time today, time this
week, top artist and track this week and month, last played) and diagnostic
ones (rate limit, API calls, last sync, next poll); the history settings
entry has the listening sensors of every source together. Each also keeps
the hourly listening minutes as long-term statistics.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.typing import StateType

from .history.collectors.spotify_account import recording_of
from .history.manager import SIGNAL_PLAYS_RECORDED, RecordedPlay, async_get_manager
from .history.statistics import async_start_statistics
from .history_entities import (
    ListeningCoordinator,
    ListeningEntity,
    ListeningSnapshot,
    minutes,
    ranking,
    target_of_entry,
)
from .runtime import EncoreConfigEntry
from .spotify.account import SpotifyAccount
from .spotify.entity import SpotifyAccountEntity

PARALLEL_UPDATES = 0
# How often the requests of the last hour are counted again.
API_CALLS_INTERVAL = timedelta(minutes=1)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add an account's or the history's sensors (Sonos entries have none)."""
    target = target_of_entry(entry)
    if target is None:
        return
    entities: list[SensorEntity] = []
    account = entry.runtime_data
    if isinstance(account, SpotifyAccount):
        entities += [
            RateLimitedUntilSensor(account),
            ApiCallsSensor(account),
            LastSyncSensor(account),
            NextPollSensor(account),
        ]
    manager = async_get_manager(hass)
    name = (
        f"{target.title} listening time"
        if target.account is not None
        else "Encore listening time (all sources)"
    )
    if (
        stop := async_start_statistics(hass, manager, account=target.account, name=name)
    ) is not None:
        entry.async_on_unload(stop)
    coordinator = ListeningCoordinator(hass, entry, manager, target)
    entry.async_on_unload(coordinator.async_start())
    # Not the first-refresh variant: the players work on without a history.
    await coordinator.async_refresh()
    entities += [
        ListeningSensor(coordinator, description) for description in LISTENING_SENSORS
    ]
    async_add_entities(entities)


# -- listening figures ------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ListeningSensorDescription(SensorEntityDescription):
    """A listening sensor: its value, attributes and cycle start."""

    value_fn: Callable[[ListeningSnapshot], StateType]
    attributes_fn: Callable[[ListeningSnapshot], dict[str, Any]] | None = None
    last_reset_fn: Callable[[ListeningSnapshot], datetime | None] | None = None


def _top(entries_fn: Callable[[ListeningSnapshot], list[Any]]) -> dict[str, Any]:
    """Value and attributes of a ranking sensor: the first name, the list."""
    return {
        "value_fn": lambda snap: (
            entries[0].name if (entries := entries_fn(snap)) else None
        ),
        "attributes_fn": lambda snap: {"ranking": ranking(entries_fn(snap))},
    }


def _last_played_attributes(snap: ListeningSnapshot) -> dict[str, Any]:
    play = snap.last_played
    if play is None:
        return {}
    return {
        "artist": play.artist,
        "album": play.album,
        "source": play.source.name.lower(),
        "device": play.device,
        "ended_at": play.ended_at.isoformat(),
        "minutes": minutes(play.ms_played),
        "uri": play.uri,
    }


LISTENING_SENSORS: tuple[ListeningSensorDescription, ...] = (
    ListeningSensorDescription(
        key="plays_today",
        state_class=SensorStateClass.TOTAL,
        # The unit is translated (entity.sensor.plays_today.unit_of_measurement).
        value_fn=lambda snap: snap.plays_today,
        last_reset_fn=lambda snap: snap.today.start,
    ),
    ListeningSensorDescription(
        key="listening_time_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.TOTAL,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        suggested_display_precision=0,
        value_fn=lambda snap: minutes(snap.ms_today),
        last_reset_fn=lambda snap: snap.today.start,
    ),
    ListeningSensorDescription(
        key="listening_time_week",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.TOTAL,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        suggested_display_precision=0,
        value_fn=lambda snap: minutes(snap.ms_week),
        last_reset_fn=lambda snap: snap.week.start,
    ),
    ListeningSensorDescription(
        key="top_artist_week",
        **_top(lambda snap: snap.top_artists_week),
    ),
    ListeningSensorDescription(
        key="top_artist_month",
        **_top(lambda snap: snap.top_artists_month),
    ),
    ListeningSensorDescription(
        key="top_track_week",
        **_top(lambda snap: snap.top_tracks_week),
    ),
    ListeningSensorDescription(
        key="top_track_month",
        **_top(lambda snap: snap.top_tracks_month),
    ),
    ListeningSensorDescription(
        key="last_played",
        value_fn=lambda snap: (
            None if snap.last_played is None else snap.last_played.title
        ),
        attributes_fn=_last_played_attributes,
    ),
)


class ListeningSensor(ListeningEntity, SensorEntity):
    """One listening figure of an account, or of every source."""

    entity_description: ListeningSensorDescription
    # A ranking is ten entries that change with every play: the live state
    # has it for cards and templates, the recorder need not keep each one.
    _unrecorded_attributes = frozenset({"ranking", "uri"})

    def __init__(
        self,
        coordinator: ListeningCoordinator,
        description: ListeningSensorDescription,
    ) -> None:
        """Initialize."""
        super().__init__(coordinator, description.key)
        self.entity_description = description
        # Named like its key (entity.sensor.<key> in the translations).
        self._attr_translation_key = description.key

    @property
    @override
    def native_value(self) -> StateType:
        """Return the figure."""
        if (snap := self.coordinator.data) is None:
            return None
        return self.entity_description.value_fn(snap)

    @property
    @override
    def last_reset(self) -> datetime | None:
        """Return when today or this week began, for totals that restart."""
        reset_fn = self.entity_description.last_reset_fn
        if reset_fn is None or (snap := self.coordinator.data) is None:
            return None
        return reset_fn(snap)

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the ranking, or what the last play was."""
        attributes_fn = self.entity_description.attributes_fn
        if attributes_fn is None or (snap := self.coordinator.data) is None:
            return None
        return attributes_fn(snap)


# -- how the account syncs --------------------------------------------------


class RateLimitedUntilSensor(SpotifyAccountEntity, SensorEntity):
    """The instant Spotify accepts this account's requests again, if it waits."""

    _attr_translation_key = "rate_limited_until"
    _attr_device_class = SensorDeviceClass.TIMESTAMP
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "rate_limited_until")

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the gate as well as the coordinator."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.account.client.gate.async_add_listener(self.async_write_ha_state)
        )

    @property
    @override
    def available(self) -> bool:
        """Stay available while the player waits: this is what tells until when."""
        return True

    @property
    @override
    def native_value(self) -> datetime | None:
        """Return the reopen instant, or nothing while requests go through."""
        return self.account.client.gate.closed_until


class ApiCallsSensor(SpotifyAccountEntity, SensorEntity):
    """Web API requests this account sent within the last hour."""

    _attr_translation_key = "api_calls"
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_state_class = SensorStateClass.MEASUREMENT
    # The unit is translated (entity.sensor.api_calls.unit_of_measurement).
    _attr_entity_registry_enabled_default = False

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "api_calls")

    @override
    async def async_added_to_hass(self) -> None:
        """Also count once a minute, between the player's polls.

        An idle player polls as rarely as its idle ceiling (up to an hour),
        and requests drop out of the hour as time passes; the count is in
        memory, so counting is free.
        """
        await super().async_added_to_hass()
        self.async_on_remove(
            async_track_time_interval(self.hass, self._async_count, API_CALLS_INTERVAL)
        )

    @callback
    def _async_count(self, _now: datetime) -> None:
        self.async_write_ha_state()

    @property
    @override
    def available(self) -> bool:
        """Counting works whether or not Spotify answers."""
        return True

    @property
    @override
    def native_value(self) -> int:
        """Return the number of requests in the last hour."""
        return self.account.client.usage.last_hour().total()


class _SyncSensor(SpotifyAccountEntity, SensorEntity):
    """A timestamp of the account's recently-played collector.

    The collector tells nobody when it polled: the state is written again
    whenever the player refreshes (every two minutes at most) and when a
    play of the account is recorded, which is when these times move.
    """

    _attr_device_class = SensorDeviceClass.TIMESTAMP
    _attr_entity_category = EntityCategory.DIAGNOSTIC

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the account's recorded plays as well as the player."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, SIGNAL_PLAYS_RECORDED, self._async_plays_recorded
            )
        )

    @callback
    def _async_plays_recorded(self, recorded: list[RecordedPlay]) -> None:
        user_id = self.account.profile.user_id
        if any(play.record.account == user_id for play in recorded):
            self.async_write_ha_state()

    @property
    @override
    def available(self) -> bool:
        """Available while the history records the account."""
        return (
            recording_of(self.hass, self.coordinator.config_entry.entry_id).recent
            is not None
        )


class LastSyncSensor(_SyncSensor):
    """When recently-played was last fetched into the history successfully."""

    _attr_translation_key = "last_sync"

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "last_sync")

    @property
    @override
    def native_value(self) -> datetime | None:
        """Return the last successful poll."""
        recent = recording_of(self.hass, self.coordinator.config_entry.entry_id).recent
        return None if recent is None else recent.last_success


class NextPollSensor(_SyncSensor):
    """When recently-played is fetched next."""

    _attr_translation_key = "next_poll"

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "next_poll")

    @property
    @override
    def native_value(self) -> datetime | None:
        """Return the next poll's time."""
        recent = recording_of(self.hass, self.coordinator.config_entry.entry_id).recent
        return None if recent is None else recent.next_run
