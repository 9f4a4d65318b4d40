"""How a Spotify account syncs: its diagnostic sensors, one description each.

The rate limit follows the rate gate, the API call count is counted again
every minute (requests drop out of the hour as time passes; the count is in
memory, so counting is free), and the two times of the recently-played
collector move when it polls. The collector tells nobody when it polled: their
state is written again whenever the player refreshes (every two minutes at
most) and when a play of the account is recorded.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.typing import StateType

from .history.collectors.spotify_account import recording_of
from .history.collectors.spotify_recent import RecentlyPlayedCollector
from .history.manager import SIGNAL_PLAYS_RECORDED, RecordedPlay
from .spotify.account import SpotifyAccount
from .spotify.entity import SpotifyAccountEntity

# How often the requests of the last hour are counted again.
API_CALLS_INTERVAL = timedelta(minutes=1)


@dataclass(frozen=True, kw_only=True)
class AccountSensorDescription(SensorEntityDescription):
    """A sensor of how the account syncs: its value and what moves it."""

    value_fn: Callable[
        [SpotifyAccount, RecentlyPlayedCollector | None], StateType | datetime
    ]
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
        entity_registry_enabled_default=False,
        value_fn=lambda account, _recent: account.client.usage.last_hour().total(),
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
