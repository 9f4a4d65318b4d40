"""What the history's sensors and events share: where they live and what they show.

Each Spotify account has a set of listening entities on its device, and the
history settings entry one set for every source together. Their values come
from the question layer (`history.questions.snapshot`), on the history's
reader threads: once when they are added, again when a
play of their scope is recorded (debounced) or the history changed in bulk,
and at local midnight, when today, this week and this month roll over. The
database is never polled.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_time_change
from homeassistant.helpers.update_coordinator import (
    CoordinatorEntity,
    DataUpdateCoordinator,
    UpdateFailed,
)
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, LOGGER
from ..history.manager import (
    SIGNAL_HISTORY_CHANGED,
    SIGNAL_PLAYS_RECORDED,
    HistoryChange,
    HistoryManager,
    RecordedPlay,
)
from ..history.questions import HistorySettlingError, Scope, TopEntry, is_pseudo_account
from ..history.questions.snapshot import ListeningSnapshot, async_listening_snapshot
from ..history.whose import my_certainty

# Plays often arrive in bursts (a recently-played poll, a merge right after
# the player's record): one refresh for all of them.
REFRESH_COOLDOWN: Final = 2.0


@dataclass(frozen=True, slots=True)
class HistoryTarget:
    """The entities of one scope: a Spotify account's, or every source's."""

    scope: Scope
    account: str | None
    """The account key, None for every source."""
    title: str
    unique_prefix: str
    device_info: DeviceInfo


@callback
def plays_in_scope(
    target: HistoryTarget, recorded: list[RecordedPlay]
) -> list[RecordedPlay]:
    """Return the recorded plays that belong to the target's scope."""
    if target.account is None:
        return recorded
    # A person's scope holds speakers' and players' plays attributed to them.
    person = target.scope.person is not None
    return [
        play
        for play in recorded
        if play.record.account == target.account
        or (person and is_pseudo_account(play.record.account))
    ]


class ListeningCoordinator(DataUpdateCoordinator[ListeningSnapshot | None]):
    """Reads a scope's listening figures when plays arrive, never on a timer."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        manager: HistoryManager,
        target: HistoryTarget,
    ) -> None:
        """Initialize; `async_start` subscribes to the history."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} listening {target.title}",
            update_interval=None,
            request_refresh_debouncer=Debouncer(
                hass, LOGGER, cooldown=REFRESH_COOLDOWN, immediate=True
            ),
        )
        self.manager = manager
        self.target = target

    async def _async_update_data(self) -> ListeningSnapshot:
        if not self.manager.is_open:
            raise UpdateFailed(
                translation_domain=DOMAIN, translation_key="history_unavailable"
            )
        scope = self.target.scope
        if scope.person is not None:
            scope = replace(scope, most=my_certainty(self.hass))
        try:
            return await async_listening_snapshot(
                self.hass,
                scope,
                now=dt_util.now(),
                time_zone=dt_util.get_default_time_zone(),
            )
        except HistorySettlingError:
            if self.data is not None:
                # An import is counting its plays: keep what was shown until
                # it has (its end refreshes every sensor).
                return self.data
            raise
        except HomeAssistantError as err:
            if err.translation_key is None:
                raise UpdateFailed(str(err)) from err
            raise UpdateFailed(
                translation_domain=err.translation_domain,
                translation_key=err.translation_key,
                translation_placeholders=err.translation_placeholders,
            ) from err

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Refresh on plays, bulk changes and local midnight; returns the stop."""
        unsubscribers = [
            async_dispatcher_connect(
                self.hass, SIGNAL_PLAYS_RECORDED, self._async_plays_recorded
            ),
            async_dispatcher_connect(
                self.hass, SIGNAL_HISTORY_CHANGED, self._async_history_changed
            ),
            # Today, this week and this month all begin at a local midnight.
            async_track_time_change(
                self.hass, self._async_midnight, hour=0, minute=0, second=0
            ),
        ]

        @callback
        def stop() -> None:
            while unsubscribers:
                unsubscribers.pop()()

        return stop

    @callback
    def _async_plays_recorded(self, recorded: list[RecordedPlay]) -> None:
        # A merge changes how long a stored play lasted: it counts too.
        if plays_in_scope(self.target, recorded):
            self.hass.async_create_task(self.async_request_refresh(), eager_start=True)

    @callback
    def _async_history_changed(self, change: HistoryChange) -> None:
        if (
            self.target.account is None
            or change.account in (None, self.target.account)
            or (change.attribution and self.target.scope.person is not None)
        ):
            self.hass.async_create_task(self.async_request_refresh(), eager_start=True)

    async def _async_midnight(self, _now: datetime) -> None:
        await self.async_request_refresh()


class ListeningEntity(CoordinatorEntity[ListeningCoordinator]):
    """An entity of a scope's listening figures."""

    _attr_has_entity_name = True

    def __init__(self, coordinator: ListeningCoordinator, key: str) -> None:
        """Initialize on the target's device."""
        super().__init__(coordinator)
        target = coordinator.target
        self._attr_unique_id = f"{target.unique_prefix}_{key}"
        self._attr_device_info = target.device_info


def minutes(ms: int) -> float:
    """Milliseconds as minutes, to a tenth."""
    return round(ms / 60_000, 1)


def ranking(entries: list[TopEntry]) -> list[dict[str, object]]:
    """Return a ranking as attribute values."""
    return [
        {
            "rank": entry.rank,
            "name": entry.name,
            "artist": entry.artist,
            "plays": entry.plays,
            "minutes": minutes(entry.ms_played),
        }
        for entry in entries
    ]
