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
from homeassistant.const import EntityCategory, Platform, UnitOfTime
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.typing import StateType

from .history.collectors.spotify_account import recording_of
from .history.collectors.spotify_recent import RecentlyPlayedCollector
from .history.manager import SIGNAL_PLAYS_RECORDED, RecordedPlay, async_get_manager
from .history.questions.snapshot import ListeningSnapshot
from .history.statistics import async_start_statistics
from .history.whose import async_phrase
from .spotify.account import SpotifyAccount
from .spotify.entity import SpotifyAccountEntity
from .wiring.history_entities import (
    ListeningCoordinator,
    ListeningEntity,
    minutes,
    ranking,
)
from .wiring.runtime import EncoreConfigEntry, SpotifyRuntime

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: EncoreConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add an account's or the history's sensors, or speakers' battery and HDMI."""
    runtime = entry.runtime_data
    runtime.async_add_device_entities(hass, entry, Platform.SENSOR, async_add_entities)
    target = runtime.history_target(entry)
    if target is None:
        return
    # A Spotify account's own sensors: how it syncs.
    entities: list[SensorEntity] = (
        [AccountSensor(runtime.account, item) for item in ACCOUNT_SENSORS]
        if isinstance(runtime, SpotifyRuntime)
        else []
    )
    manager = async_get_manager(hass)
    # A statistic has one name for every user: Home Assistant's language,
    # like the entities' names (it was English whatever the language).
    name = await async_phrase(
        hass,
        "statistic_name" if target.account is not None else "statistic_name_all",
        [target.title],
        None,
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


# -- how an account syncs ----------------------------------------------------
#
# The rate limit follows the rate gate, the API request count is counted again
# every minute (requests drop out of the 24 hours as time passes; the ledger is
# in memory, so counting is free), and the two times of the recently-played
# collector move when it polls. The collector tells nobody when it polled: their
# state is written again whenever the player refreshes (every two minutes at
# most) and when a play of the account is recorded.

# How often the requests of the last 24 hours are counted again.
API_CALLS_INTERVAL = timedelta(minutes=1)


def _requests_attributes(account: SpotifyAccount) -> dict[str, Any]:
    """Return the budget beside the app's requests, and this account's share."""
    ledger = account.client.ledger
    if ledger is None:
        return {}
    return {
        "budget": ledger.budget,
        "account_requests": ledger.by_account()[account.playback.config_entry.entry_id],
        "last_hour": account.client.usage.last_hour().total(),
    }


@dataclass(frozen=True, kw_only=True)
class AccountSensorDescription(SensorEntityDescription):
    """A sensor of how the account syncs: its value and what moves it."""

    value_fn: Callable[
        [SpotifyAccount, RecentlyPlayedCollector | None], StateType | datetime
    ]
    attributes_fn: Callable[[SpotifyAccount], dict[str, Any]] | None = None
    follows_gate: bool = False
    """Written again when the rate gate closes or opens."""
    counts_every_minute: bool = False
    """Written again every minute, between the player's polls."""
    follows_recording: bool = False
    """Written again on the account's plays; unavailable while not recording."""


ACCOUNT_SENSORS: tuple[AccountSensorDescription, ...] = (
    AccountSensorDescription(
        key="rate_limited_until",
        device_class=SensorDeviceClass.TIMESTAMP,
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda account, _recent: account.client.gate.closed_until,
        follows_gate=True,
    ),
    AccountSensorDescription(
        key="api_calls",
        entity_category=EntityCategory.DIAGNOSTIC,
        state_class=SensorStateClass.MEASUREMENT,
        # The unit is translated (entity.sensor.api_calls.unit_of_measurement).
        # The requests of every account on the app: the quota's own unit.
        value_fn=lambda account, _recent: (
            None if account.client.ledger is None else account.client.ledger.used()
        ),
        attributes_fn=_requests_attributes,
        counts_every_minute=True,
    ),
    AccountSensorDescription(
        key="last_sync",
        device_class=SensorDeviceClass.TIMESTAMP,
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda _account, recent: (
            None if recent is None else recent.last_success
        ),
        follows_recording=True,
    ),
    AccountSensorDescription(
        key="next_poll",
        device_class=SensorDeviceClass.TIMESTAMP,
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda _account, recent: None if recent is None else recent.next_run,
        follows_recording=True,
    ),
)


class AccountSensor(SpotifyAccountEntity, SensorEntity):
    """One figure of how the account syncs."""

    entity_description: AccountSensorDescription

    def __init__(
        self, account: SpotifyAccount, description: AccountSensorDescription
    ) -> None:
        """Initialize."""
        super().__init__(account, description.key)
        self.entity_description = description
        self._attr_translation_key = description.key

    @override
    async def async_added_to_hass(self) -> None:
        """Follow what moves the figure besides the player's refreshes."""
        await super().async_added_to_hass()
        description = self.entity_description
        if description.follows_gate:
            self.async_on_remove(
                self.account.client.gate.async_add_listener(self.async_write_ha_state)
            )
        if description.counts_every_minute:
            self.async_on_remove(
                async_track_time_interval(
                    self.hass, self._async_count, API_CALLS_INTERVAL
                )
            )
        if description.follows_recording:
            self.async_on_remove(
                async_dispatcher_connect(
                    self.hass, SIGNAL_PLAYS_RECORDED, self._async_plays_recorded
                )
            )

    @callback
    def _async_count(self, _now: datetime) -> None:
        self.async_write_ha_state()

    @callback
    def _async_plays_recorded(self, recorded: list[RecordedPlay]) -> None:
        user_id = self.account.profile.user_id
        if any(play.record.account == user_id for play in recorded):
            self.async_write_ha_state()

    def _recent(self, hass: HomeAssistant) -> RecentlyPlayedCollector | None:
        return recording_of(hass, self.coordinator.config_entry.entry_id).recent

    @property
    @override
    def available(self) -> bool:
        """Available while the history records the account, or always.

        The rate limit and the call count are what tell why Spotify does not
        answer: they stay available when it does not.
        """
        if self.entity_description.follows_recording:
            return self._recent(self.hass) is not None
        return True

    @property
    @override
    def native_value(self) -> StateType | datetime:
        """Return the figure."""
        return self.entity_description.value_fn(self.account, self._recent(self.hass))

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return what goes beside the figure (the budget, for the requests)."""
        attributes_fn = self.entity_description.attributes_fn
        return None if attributes_fn is None else attributes_fn(self.account)
