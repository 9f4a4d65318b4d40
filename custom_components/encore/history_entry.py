"""The listening history entry: where the database lives, how long it keeps plays.

Every Encore entry records into the history; this entry only holds settings
that belong to the whole instance, so there is at most one. Without it the
defaults apply: SQLite in the configuration folder, plays kept forever.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_call_later, async_track_time_interval

from .const import (
    CONF_DB_URL,
    CONF_INSTALL_SENTENCES,
    CONF_MEDIA_PLAYERS,
    CONF_RETENTION_DAYS,
    CONF_SONOS_MODE,
    CORE_SONOS,
    LOGGER,
    SonosMode,
)
from .history.collectors.media_player import MediaPlayerCollector
from .history.manager import HistoryManager, HistorySettings
from .history.store.writes import (
    WriterState,
    delete_plays,
    now_ms,
    start_job,
    update_job,
)

RETENTION_EVERY = timedelta(hours=24)
# Not at start-up itself: Home Assistant has enough to do then.
RETENTION_FIRST = timedelta(minutes=5)
DAY_MS = 86_400_000


def settings_from_options(options: dict[str, object]) -> HistorySettings:
    """Return the history settings an entry's options describe."""
    db_url = options.get(CONF_DB_URL)
    players = options.get(CONF_MEDIA_PLAYERS) or ()
    return HistorySettings(
        db_url=str(db_url) if db_url else None,
        retention_days=int(str(options.get(CONF_RETENTION_DAYS) or 0)),
        media_players=tuple(str(entity_id) for entity_id in players),  # type: ignore[attr-defined]
        install_sentences=bool(options.get(CONF_INSTALL_SENTENCES, False)),
        sonos_mode=_sonos_mode(options.get(CONF_SONOS_MODE)),
    )


def _sonos_mode(value: object) -> SonosMode:
    try:
        return SonosMode(str(value))
    except ValueError:
        return SonosMode.ENCORE


@dataclass(slots=True)
class HistoryEntryRuntime:
    """What the history entry runs: the retention timer."""

    manager: HistoryManager
    settings: HistorySettings
    unsubscribers: list[Callable[[], None]] = field(default_factory=list)
    media_players: MediaPlayerCollector | None = None

    async def async_start_players(self, hass: HomeAssistant) -> None:
        """Record the players chosen in the options, and core's Sonos players.

        With the speakers left to core `sonos`, its players are recorded
        without being picked, including those it adds later.
        """
        platforms = (CORE_SONOS,) if self.settings.sonos_mode is SonosMode.CORE else ()
        if not (self.settings.media_players or platforms) or not self.manager.is_open:
            return
        collector = MediaPlayerCollector(
            hass, self.manager, self.settings.media_players, platforms=platforms
        )
        await collector.async_start()
        self.media_players = collector

    async def async_stop_players(self) -> None:
        """Write what the players were playing and stop listening."""
        collector, self.media_players = self.media_players, None
        if collector is not None:
            await collector.async_stop()

    @callback
    def async_start(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Start the daily retention run when plays expire."""
        if self.settings.retention_days <= 0:
            return
        self.unsubscribers.append(
            async_call_later(hass, RETENTION_FIRST, self._async_retention)
        )
        self.unsubscribers.append(
            async_track_time_interval(hass, self._async_retention, RETENTION_EVERY)
        )

    @callback
    def async_stop(self) -> None:
        """Cancel the timers."""
        while self.unsubscribers:
            self.unsubscribers.pop()()

    async def _async_retention(self, _now: datetime) -> None:
        await async_apply_retention(self.manager, self.settings.retention_days)


async def async_apply_retention(manager: HistoryManager, days: int) -> int:
    """Delete plays older than `days`; recorded as a job. Returns how many."""
    if days <= 0 or not manager.is_open:
        return 0
    cutoff = now_ms() - days * DAY_MS

    def purge(conn: Connection, state: WriterState) -> int:
        job_id = start_job(conn, state, "retention", None, {"days": days})
        deleted = delete_plays(conn, state, None, cutoff, forget_files=False)
        update_job(conn, job_id, {"deleted": deleted}, status="completed")
        return deleted

    try:
        deleted = await manager.async_write(purge)
    except HomeAssistantError as err:
        LOGGER.warning("Could not apply the history retention: %s", err)
        return 0
    if deleted:
        LOGGER.info(
            "History retention removed %s plays older than %s days", deleted, days
        )
    return deleted


type HistoryEntry = ConfigEntry[HistoryEntryRuntime]
