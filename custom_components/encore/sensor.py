"""Sensors: listening figures for dashboards, and how each account syncs.

A Spotify account has its listening sensors (plays and time today, time this
week, top artist and track this week and month, last played) and diagnostic
ones (rate limit, API calls, last sync, next poll); the history settings
entry has the listening sensors of every source together. Each also keeps
the hourly listening minutes as long-term statistics.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import Platform, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .history.manager import async_get_manager
from .history.statistics import async_start_statistics
from .history_entities import (
    ListeningCoordinator,
    ListeningEntity,
    ListeningSnapshot,
    minutes,
    ranking,
)
from .runtime import EncoreConfigEntry

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
    entities: list[SensorEntity] = runtime.sensors()
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
