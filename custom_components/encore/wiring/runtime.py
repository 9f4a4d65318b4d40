"""What a loaded Encore entry runs, and what it offers the platforms.

An entry connects a Spotify account, a Sonos household or holds the history
settings. Each kind has its runtime class here (the history's lives with its
settings in `history_entry`): how it starts and stops, what a bug report
shows of it, which entities it has and how its syncing is doing. The platform
files ask the runtime instead of checking kinds. This module is where a
source meets the history: the history records a source from outside it, and
the sources know nothing of the history.
"""

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryError, HomeAssistantError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from ..const import CONF_PERSONS, DOMAIN, LOGGER, SonosMode
from ..history.collectors.sonos import (
    async_start_recording as async_start_sonos_recording,
)
from ..history.collectors.spotify_account import (
    async_remove_recording,
    async_start_recording,
    async_stop_recording,
    recording_of,
)
from ..history.manager import async_get_manager
from ..history.questions import Scope
from ..sonos.diagnostics import household_diagnostics
from ..sonos.household import SonosHousehold, signal_new_speaker
from ..sonos.issues import async_clear_events_issue
from ..sonos.platform_entities import async_add_speaker_entities
from ..sonos.player import SonosMediaPlayer
from ..sonos.speaker import SonosSpeaker
from ..spotify.account import SpotifyAccount, async_setup_account, async_unload_account
from ..spotify.devices import LastDevice
from ..spotify.diagnostics import account_diagnostics
from ..spotify.entity import account_device_info
from ..spotify.issues import async_delete_entry_issues
from ..spotify.player import SpotifyMediaPlayer
from .history_entities import HistoryTarget


class EncoreRuntime(ABC):
    """What one loaded entry runs; `runtime_data` of every Encore entry."""

    __slots__ = ()

    platforms: ClassVar[tuple[Platform, ...]]

    @classmethod
    async def async_open_history(cls, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Take part in the shared history before starting.

        A source's players keep working when the history cannot open: the
        error is logged and nothing is recorded.
        """
        try:
            await async_get_manager(hass).async_acquire(entry.entry_id)
        except HomeAssistantError as err:
            LOGGER.error("The listening history is not recording: %s", err)

    @abstractmethod
    async def async_unload(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Stop what the entry runs (after its platforms unloaded)."""

    @abstractmethod
    async def async_diagnostics(
        self, hass: HomeAssistant, entry: ConfigEntry
    ) -> dict[str, Any]:
        """Return what a bug report needs, without tokens or personal data."""

    def history_target(self, entry: ConfigEntry) -> HistoryTarget | None:
        """Return where the entry's listening entities go; None: it has none."""
        return None

    @callback
    def async_add_media_players(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        """Add the entry's media players (by default it has none)."""
        return

    @callback
    def async_add_device_entities(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        platform: Platform,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        """Add the platform's entities of the entry's devices (speakers' settings)."""
        return

    def sync_status(self, hass: HomeAssistant, entry: ConfigEntry) -> dict[str, Any]:
        """Return how the entry's recording is doing, for `encore.sync_status`."""
        return {}

    @property
    def spotify_account(self) -> SpotifyAccount | None:
        """Return the Spotify account the entry connects, if it is one."""
        return None

    async def async_remove_device(self, device: dr.DeviceEntry) -> bool:
        """Return whether the user may remove the device (by default: no)."""
        return False


@dataclass(slots=True)
class SpotifyRuntime(EncoreRuntime):
    """A connected Spotify account, recorded into the history."""

    account: SpotifyAccount

    platforms = (Platform.EVENT, Platform.MEDIA_PLAYER, Platform.SENSOR)

    @classmethod
    async def async_create(cls, hass: HomeAssistant, entry: ConfigEntry) -> Self:
        """Connect the account and start recording its plays."""
        account = await async_setup_account(hass, entry)
        await async_start_recording(hass, entry, account)
        return cls(account)

    @override
    async def async_unload(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        # Before the client closes: the open play is written on the way out.
        await async_stop_recording(hass, entry.entry_id)
        await async_unload_account(self.account)

    @staticmethod
    async def async_remove(hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Forget the repairs, the last device and the collectors' stores."""
        async_delete_entry_issues(hass, entry)
        await LastDevice(hass, entry.entry_id).async_remove()
        await async_remove_recording(hass, entry.entry_id)

    @override
    async def async_diagnostics(
        self, hass: HomeAssistant, entry: ConfigEntry
    ) -> dict[str, Any]:
        return account_diagnostics(entry, self.account)

    @override
    def history_target(self, entry: ConfigEntry) -> HistoryTarget:
        profile = self.account.profile
        persons = entry.options.get(CONF_PERSONS) or []
        return HistoryTarget(
            # The account's person's plays (issue 46): the account's still
            # theirs, and what speakers and players played for them.
            scope=Scope(
                accounts=(profile.user_id,),
                person=str(persons[0]) if len(persons) == 1 else None,
            ),
            account=profile.user_id,
            title=entry.title,
            # The account's other entities are keyed by its user id too.
            unique_prefix=profile.user_id,
            device_info=account_device_info(profile),
        )

    @override
    @callback
    def async_add_media_players(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        async_add_entities([SpotifyMediaPlayer(self.account)])

    @override
    def sync_status(self, hass: HomeAssistant, entry: ConfigEntry) -> dict[str, Any]:
        recording = recording_of(hass, entry.entry_id)
        recent, player = recording.recent, recording.player
        gate = self.account.client.gate
        usage = self.account.client.usage
        return {
            "recently_played": None if recent is None else recent.status(),
            "player": None if player is None else player.status(),
            "api_calls": {
                "last_hour": usage.last_hour().total(),
                "last_hour_by_endpoint": dict(usage.last_hour()),
                "since_start": usage.total.total(),
            },
            "rate_gate": {
                "open": gate.is_open,
                "closed_until": None
                if gate.closed_until is None
                else gate.closed_until.isoformat(timespec="seconds"),
                "quota_exceeded": gate.quota,
            },
        }

    @property
    @override
    def spotify_account(self) -> SpotifyAccount:
        return self.account


@dataclass(slots=True)
class SonosRuntime(EncoreRuntime):
    """A Sonos household, its speakers recorded into the history."""

    household: SonosHousehold

    platforms = (
        Platform.BINARY_SENSOR,
        Platform.BUTTON,
        Platform.MEDIA_PLAYER,
        Platform.NUMBER,
        Platform.SELECT,
        Platform.SENSOR,
        Platform.SWITCH,
    )

    @classmethod
    async def async_create(cls, hass: HomeAssistant, entry: ConfigEntry) -> Self:
        """Meet the speakers and start recording what they play."""
        if async_get_manager(hass).settings.sonos_mode is SonosMode.CORE:
            # The user left the speakers to core `sonos` (history settings).
            raise ConfigEntryError(
                translation_domain=DOMAIN, translation_key="sonos_left_to_core"
            )
        household = SonosHousehold(hass, entry, lambda: loaded_spotify_accounts(hass))
        try:
            await household.async_setup()
            await async_start_sonos_recording(household)
        except BaseException:
            await household.async_unload()
            raise
        return cls(household)

    @override
    async def async_unload(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        await self.household.async_unload()

    @staticmethod
    async def async_remove(hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Forget the household's repair."""
        async_clear_events_issue(hass, entry)

    @override
    async def async_diagnostics(
        self, hass: HomeAssistant, entry: ConfigEntry
    ) -> dict[str, Any]:
        return household_diagnostics(entry, self.household)

    @override
    @callback
    def async_add_media_players(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        """Add a player per speaker, and for each speaker that joins later."""

        @callback
        def add_speaker(speaker: SonosSpeaker) -> None:
            async_add_entities([SonosMediaPlayer(speaker)])

        entry.async_on_unload(
            async_dispatcher_connect(
                hass, signal_new_speaker(entry.entry_id), add_speaker
            )
        )
        async_add_entities(
            SonosMediaPlayer(speaker) for speaker in self.household.speakers.values()
        )

    @override
    @callback
    def async_add_device_entities(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        platform: Platform,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        """Add each speaker's settings, battery and alarms of the platform."""
        async_add_speaker_entities(
            hass, entry, self.household, platform, async_add_entities
        )

    @override
    def sync_status(self, hass: HomeAssistant, entry: ConfigEntry) -> dict[str, Any]:
        collector = self.household.history_collector
        return {"collector": None if collector is None else collector.status()}

    @override
    async def async_remove_device(self, device: dr.DeviceEntry) -> bool:
        """Let a speaker that left the household for good go.

        One still in the household and answering stays; one that comes back
        after removal is added again.
        """
        uids = [key for domain, key in device.identifiers if domain == DOMAIN]
        if any(self.household.is_present(uid) for uid in uids):
            return False
        for uid in uids:
            await self.household.async_forget(uid)
        return True


@callback
def loaded_spotify_accounts(hass: HomeAssistant) -> Mapping[str, SpotifyAccount]:
    """Return the loaded Spotify accounts by entry id, in the order they loaded."""
    return {
        entry.entry_id: account
        for entry in hass.config_entries.async_loaded_entries(DOMAIN)
        if (account := entry.runtime_data.spotify_account) is not None
    }


type EncoreConfigEntry = ConfigEntry[EncoreRuntime]
