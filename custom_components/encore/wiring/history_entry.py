"""The listening history entry: where the database lives, how long it keeps plays.

Every Encore entry records into the history; this entry only holds settings
that belong to the whole instance, so there is at most one. Without it the
defaults apply: SQLite in the configuration folder, plays kept forever.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Self, override

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryNotReady, HomeAssistantError
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.event import async_call_later, async_track_time_interval

from ..const import (
    CONF_DB_URL,
    CONF_INSTALL_SENTENCES,
    CONF_MEDIA_PLAYERS,
    CONF_RETENTION_DAYS,
    CONF_SONOS_MODE,
    CORE_SONOS,
    DOMAIN,
    HISTORY_UNIQUE_ID,
    EntryKind,
    SonosMode,
)
from ..history.collectors.media_player import MediaPlayerCollector
from ..history.diagnostics import async_history_diagnostics
from ..history.manager import HistoryManager, HistorySettings, async_get_manager
from ..history.purge import async_apply_retention
from ..history.questions import Scope
from ..history.whose import entry_kind
from ..voice.sentences import async_remove_sentences, async_sync_sentences
from .artwork import async_get_artwork
from .history_entities import HistoryTarget
from .recap_notifications import async_track_recaps
from .runtime import EncoreRuntime

RETENTION_EVERY = timedelta(hours=24)
# Not at start-up itself: Home Assistant has enough to do then.
RETENTION_FIRST = timedelta(minutes=5)
# The database's address may hold a user and password.
TO_REDACT = {CONF_DB_URL}


def settings_from_options(options: dict[str, object]) -> HistorySettings:
    """Return the history settings an entry's options describe."""
    db_url = options.get(CONF_DB_URL)
    players = options.get(CONF_MEDIA_PLAYERS) or ()
    return HistorySettings(
        db_url=str(db_url) if db_url else None,
        # The number selector saves a float ("7.0" is no int's text).
        retention_days=int(float(str(options.get(CONF_RETENTION_DAYS) or 0))),
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
class HistoryEntryRuntime(EncoreRuntime):
    """What the history entry runs: the retention timer and the chosen players."""

    manager: HistoryManager
    settings: HistorySettings
    unsubscribers: list[Callable[[], None]] = field(default_factory=list)
    media_players: MediaPlayerCollector | None = None

    platforms = (Platform.EVENT, Platform.SENSOR)

    @override
    @classmethod
    async def async_open_history(cls, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Open the database where the options say, before anything records.

        A database server that is down now may be up on the next try.
        """
        manager = async_get_manager(hass)
        try:
            await manager.async_configure(settings_from_options(dict(entry.options)))
            await manager.async_acquire(entry.entry_id)
        except HomeAssistantError as err:
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="history_open_failed",
                translation_placeholders={
                    "url": manager.display_url,
                    "error": str(err),
                },
            ) from err

    @classmethod
    async def async_create(cls, hass: HomeAssistant, entry: ConfigEntry) -> Self:
        """Start the retention timer, the sentences and the players' recording."""
        runtime = cls(
            async_get_manager(hass), settings_from_options(dict(entry.options))
        )
        runtime.async_start(hass)
        # The Assist sentence files follow the consent option (written off the
        # event loop; an entry reload after an options change runs this again).
        # The entry owns the task: unloading it does not leave one behind.
        entry.async_create_task(
            hass,
            async_sync_sentences(hass, runtime.settings.install_sentences),
            "encore assist sentences",
        )
        await runtime.async_start_players(hass)
        entry.async_on_unload(entry.add_update_listener(_async_reload))
        entry.async_on_unload(async_track_recaps(hass))
        _async_follow_sonos_mode(hass, runtime.settings.sonos_mode)
        return runtime

    @override
    async def async_unload(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        # Before the release: the last user's release closes the database.
        self.async_stop()
        await self.async_stop_players()

    @staticmethod
    async def async_remove(hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Go back to the default database; the sentences lose their consent."""
        await async_get_manager(hass).async_configure(HistorySettings())
        await async_remove_sentences(hass)

    @override
    async def async_diagnostics(
        self, hass: HomeAssistant, entry: ConfigEntry
    ) -> dict[str, Any]:
        return {
            "entry": async_redact_data(entry.as_dict(), TO_REDACT),
            "history": await async_history_diagnostics(self.manager),
            "artwork": async_get_artwork(hass).status(),
        }

    @override
    def history_target(self, entry: ConfigEntry) -> HistoryTarget:
        return HistoryTarget(
            scope=Scope(),
            account=None,
            title=entry.title,
            unique_prefix=entry.entry_id,
            device_info=DeviceInfo(
                identifiers={(DOMAIN, HISTORY_UNIQUE_ID)},
                name=entry.title,
                manufacturer="Encore",
                model="Listening history",
                entry_type=DeviceEntryType.SERVICE,
            ),
        )

    @override
    def sync_status(self, hass: HomeAssistant, entry: ConfigEntry) -> dict[str, Any]:
        players = self.media_players
        return {"media_players": None if players is None else players.status()}

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
    def async_start(self, hass: HomeAssistant) -> None:
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


async def _async_reload(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Reload for new history settings; whose plays are is read live (no reload)."""
    runtime = getattr(entry, "runtime_data", None)
    if isinstance(runtime, HistoryEntryRuntime) and runtime.settings == (
        settings_from_options(dict(entry.options))
    ):
        return
    await hass.config_entries.async_reload(entry.entry_id)


@callback
def _async_follow_sonos_mode(hass: HomeAssistant, mode: SonosMode) -> None:
    """Start or stop Encore's Sonos households after the choice changed."""
    for entry in hass.config_entries.async_entries(DOMAIN):
        if entry_kind(entry) is not EntryKind.SONOS or entry.disabled_by is not None:
            continue
        running = entry.state is ConfigEntryState.LOADED
        stopped = entry.state is ConfigEntryState.SETUP_ERROR
        if (mode is SonosMode.CORE and running) or (
            mode is SonosMode.ENCORE and stopped
        ):
            hass.config_entries.async_schedule_reload(entry.entry_id)
