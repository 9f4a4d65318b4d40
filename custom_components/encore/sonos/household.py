"""A Sonos household: its speakers, groups, favorites, and keeping state current.

Events keep state current; where they fall short, the household's tick
checks, polls and explains (`upkeep.py`, `HouseholdUpkeep`, which it holds).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol

from homeassistant.config_entries import SIGNAL_CONFIG_ENTRY_CHANGED, ConfigEntry
from homeassistant.const import CONF_HOST, CONF_PORT
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers.dispatcher import (
    async_dispatcher_connect,
    async_dispatcher_send,
)

from ..const import CONF_HOUSEHOLD_ID, DOMAIN, LOGGER
from . import commands
from .alarm_resume import async_end_alarm_watches
from .alarms import HouseholdAlarms
from .announce import async_end_announcements
from .endpoint import async_check_soco, port_of, soco_at
from .errors import COMMAND_ERRORS, SonosError
from .events import async_stop_listener_if_unused, listener_address
from .favorites import Favorite
from .issues import async_clear_events_issue
from .speaker import SonosSpeaker
from .topology import Member, Topology, parse_zone_group_state
from .upkeep import EVENT_CHECK, HouseholdUpkeep

if TYPE_CHECKING:
    from ..spotify.account import SpotifyAccount
    from .snapshot import GroupSnapshot

# The household's names; `EVENT_CHECK` (how long silent events are trusted)
# is kept by `upkeep.py` and named here too, as a setting of the household.
__all__ = [
    "EVENT_CHECK",
    "HouseholdObserver",
    "SonosHousehold",
    "signal_new_speaker",
]

# Position reads (in executor threads) running at once, household-wide.
POSITION_READS: Final = 2


def signal_new_speaker(entry_id: str) -> str:
    """Return the dispatcher signal for speakers that join the household."""
    return f"{DOMAIN}_{entry_id}_new_speaker"


class HouseholdObserver(Protocol):
    """What follows the household from outside (the listening history's recorder).

    Sonos knows nothing of the history: the recorder attaches itself here, is
    told when speakers come and go, and is stopped first when the household
    unloads, while what plays is still known.
    """

    def async_speakers_changed(self) -> None:
        """Take note that speakers joined or left."""

    async def async_stop(self) -> None:
        """Stop following; record what plays now."""

    def status(self) -> dict[str, Any]:
        """Describe the observer for diagnostics."""


class SonosHousehold:
    """What a Sonos config entry holds at run time."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        spotify_accounts: Callable[[], Mapping[str, SpotifyAccount]],
    ) -> None:
        """Initialize; `async_setup` connects.

        `spotify_accounts` returns the loaded Spotify accounts by entry id:
        the catalog of Spotify on Sonos comes from one of them, and who holds
        them is the integration's business, not the household's.
        """
        self.hass = hass
        self.entry = entry
        self.spotify_accounts = spotify_accounts
        self.household_id: str = entry.data[CONF_HOUSEHOLD_ID]
        self.speakers: dict[str, SonosSpeaker] = {}
        self.topology = Topology()
        self.favorites: list[Favorite] = []
        self.alarms = HouseholdAlarms(self)
        # What `encore.snapshot` took, by speaker uid, until `encore.restore`.
        self.snapshots: dict[str, GroupSnapshot] = {}
        self._topology_payload: str | None = None
        self._favorites_update_id: str | None = None
        self._adding: set[str] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.position_reads = asyncio.Semaphore(POSITION_READS)
        self.upkeep = HouseholdUpkeep(self)
        self._stopping = False
        # Plays heard on the speakers, for the listening history (None when
        # the history is not open); attached from outside.
        self.history_collector: HouseholdObserver | None = None

    @property
    def stopping(self) -> bool:
        """Return whether the entry is unloading: nothing new starts."""
        return self._stopping

    # Setup and teardown ----------------------------------------------------------------

    async def async_setup(self) -> None:
        """Reach the household through its known speaker; meet every speaker."""
        async_check_soco(self.hass)
        data = self.entry.data
        try:
            seed = soco_at(data[CONF_HOST], data[CONF_PORT])
        except SonosError as err:
            raise ConfigEntryError(
                translation_domain=DOMAIN,
                translation_key=err.translation_key,
                translation_placeholders=err.translation_placeholders,
            ) from err
        try:
            household_id, payload, topology = await commands.async_run(
                self.hass, commands.CALL_DEADLINE, commands.read_household, seed
            )
        except COMMAND_ERRORS as err:
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="sonos_not_ready",
                translation_placeholders={
                    "address": f"{data[CONF_HOST]}:{data[CONF_PORT]}",
                    "detail": str(err) or type(err).__name__,
                },
            ) from err
        if household_id != self.household_id:
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="sonos_other_household",
                translation_placeholders={
                    "address": f"{data[CONF_HOST]}:{data[CONF_PORT]}"
                },
            )
        self._topology_payload = payload
        self._apply_topology(topology, add=False)
        await asyncio.gather(
            *(self._async_add_speaker(m) for m in self.topology.members.values())
        )
        await self.async_refresh_favorites()
        await self.alarms.async_refresh()
        self.upkeep.start()
        # Should the entry end without `async_unload` (its platforms failed).
        self.entry.async_on_unload(self.upkeep.stop)
        # Core `sonos` stops SoCo's shared listener when it unloads: look at
        # once rather than at the next tick.
        self.entry.async_on_unload(
            async_dispatcher_connect(
                self.hass,
                SIGNAL_CONFIG_ENTRY_CHANGED,
                self.upkeep.async_entry_changed,
            )
        )

    def attach_history(self, collector: HouseholdObserver) -> None:
        """Let `collector` follow the speakers until the household unloads."""
        self.history_collector = collector
        # Should the entry end without `async_unload` (its platforms failed).
        self.entry.async_on_unload(self._async_stop_history)

    async def _async_stop_history(self) -> None:
        collector, self.history_collector = self.history_collector, None
        if collector is None:
            return
        try:
            await collector.async_stop()
        except Exception:  # noqa: BLE001 - logged; unloading goes on
            LOGGER.exception("Storing the last Sonos plays failed")

    async def async_unload(self) -> None:
        """End every subscription and background task; nothing starts again.

        The tick stops first: Home Assistant would only cancel it after
        unloading, and meanwhile it could subscribe speakers again.
        """
        self._stopping = True
        self.upkeep.stop()
        # An announcement played instead of the music: the music comes back.
        await async_end_announcements(list(self.speakers.values()))
        async_end_alarm_watches(list(self.speakers.values()))
        # What plays now is heard until now: record it while the state is there.
        await self._async_stop_history()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        # A cancelled subscribe ends what it made before the speakers stop.
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*(s.async_stop() for s in self.speakers.values()))
        async_clear_events_issue(self.hass, self.entry)
        await async_stop_listener_if_unused()

    @callback
    def async_create_task(
        self, coro: Coroutine[Any, Any, None], name: str
    ) -> asyncio.Task[None] | None:
        """Run background work that ends with the entry (none while unloading)."""
        if self._stopping:
            coro.close()
            return None
        task = self.entry.async_create_background_task(self.hass, coro, name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # Speakers -----------------------------------------------------------------------------

    def speaker_by_entity(self, entity_id: str) -> SonosSpeaker | None:
        """Find the speaker whose media player is `entity_id`."""
        return next(
            (s for s in self.speakers.values() if s.entity_id == entity_id), None
        )

    def coordinator_of(self, speaker: SonosSpeaker) -> SonosSpeaker:
        """Return the coordinator of `speaker`'s group (itself if unknown)."""
        return self.speakers.get(self.topology.coordinator_of(speaker.uid), speaker)

    def group_of(self, speaker: SonosSpeaker) -> list[SonosSpeaker]:
        """Return the speakers of `speaker`'s group, coordinator first."""
        group = [
            self.speakers[uid]
            for uid in self.topology.group_of(speaker.uid)
            if uid in self.speakers
        ]
        return group or [speaker]

    @callback
    def async_notify_group(self, speaker: SonosSpeaker) -> None:
        """Update the entities of `speaker` and of everyone in its group."""
        for member in {speaker, *self.group_of(speaker)}:
            member.async_notify()

    async def _async_add_speaker(self, member: Member) -> None:
        if member.uid in self.speakers or member.uid in self._adding:
            return
        self._adding.add(member.uid)
        try:
            soco = soco_at(member.host, member.port)
            facts = await commands.async_run(
                self.hass, commands.CALL_DEADLINE, commands.read_facts, soco
            )
            if facts.household_id != self.household_id:
                return
            speaker = SonosSpeaker(self, soco, facts)
            speaker.boot_seq = member.boot_seq
            speaker.audio_clips.port = member.ssl_port
            await speaker.async_start()
        except (*COMMAND_ERRORS, SonosError) as err:
            # Tried again on the next tick while the speaker stays listed.
            LOGGER.debug("Could not set up Sonos speaker %s: %r", member.name, err)
            return
        finally:
            self._adding.discard(member.uid)
        if self._stopping or member.uid in self.speakers:
            await speaker.async_stop()
            return
        self.speakers[member.uid] = speaker
        if self.history_collector is not None:
            self.history_collector.async_speakers_changed()
        async_dispatcher_send(
            self.hass, signal_new_speaker(self.entry.entry_id), speaker
        )

    async def async_forget(self, uid: str) -> None:
        """Drop a speaker the user removed; it comes back if it shows up again."""
        if (speaker := self.speakers.pop(uid, None)) is not None:
            if self.history_collector is not None:
                self.history_collector.async_speakers_changed()
            await speaker.async_stop()

    def is_present(self, uid: str) -> bool:
        """Return whether the speaker is in the household and answering."""
        speaker = self.speakers.get(uid)
        return (
            uid in self.topology.members and speaker is not None and speaker.available
        )

    @callback
    def async_discovered(self, uid: str, name: str, host: str, port: int) -> None:
        """Follow a speaker of this household that discovery saw at `host:port`."""
        self.apply_member(Member(uid, name, host, port, 0))

    # Topology -------------------------------------------------------------------------------

    @callback
    def async_topology_payload(
        self, payload: str, topology: Topology | None = None
    ) -> None:
        """Take a ZoneGroupState (every speaker sends the same), parsed or not.

        Events bring it unparsed: a few kilobytes, which SoCo has just parsed
        in the event loop too. Polls parse it in the executor.
        """
        if payload == self._topology_payload:
            return
        self._topology_payload = payload
        if topology is None:
            try:
                topology = parse_zone_group_state(payload)
            except (ValueError, SyntaxError) as err:
                # lxml's XMLSyntaxError is a SyntaxError.
                LOGGER.debug("Unreadable ZoneGroupState: %s", err)
                return
        self._apply_topology(topology)

    @callback
    def _apply_topology(self, topology: Topology, *, add: bool = True) -> None:
        self.topology = topology
        for member in topology.members.values():
            self.apply_member(member, add=add)
        for uid in topology.vanished:
            if (speaker := self.speakers.get(uid)) is not None:
                speaker.async_set_available(False, "gone from the household")
        for speaker in self.speakers.values():
            speaker.async_notify()

    @callback
    def apply_member(self, member: Member, *, add: bool = True) -> None:
        """Follow a member of the topology: add, move, rename or recover it."""
        speaker = self.speakers.get(member.uid)
        if speaker is None:
            if add and not self._stopping:
                self.async_create_task(
                    self._async_add_speaker(member), f"add {member.name}"
                )
            return
        if (member.host, member.port) != (
            speaker.soco.ip_address,
            port_of(speaker.soco),
        ):
            speaker.async_move(soco_at(member.host, member.port))
            return
        speaker.audio_clips.moved(member.host, member.ssl_port)
        if member.name:
            # Renamed in the Sonos app: messages use the new name (the device
            # keeps the name it was given, which the user may have changed).
            speaker.name = member.name
            speaker.audio_clips.speaker_name = member.name
        if member.boot_seq and speaker.boot_seq and member.boot_seq > speaker.boot_seq:
            # Rebooted: its subscriptions and state are gone.
            speaker.async_recover("rebooted")
        elif not speaker.available:
            speaker.async_recover("listed again")
        if member.boot_seq:
            speaker.boot_seq = member.boot_seq

    # Favorites -------------------------------------------------------------------------------

    def any_speaker(self) -> SonosSpeaker | None:
        """Return a speaker that answers, if any."""
        return self._any_speaker()

    def _any_speaker(self) -> SonosSpeaker | None:
        return next((s for s in self.speakers.values() if s.available), None)

    @callback
    def async_favorites_changed(self, update_id: str) -> None:
        """Re-read favorites after a change (each speaker reports it)."""
        # "RINCON_...,42": the speaker's uid, then the household-wide number.
        number = update_id.rsplit(",", 1)[-1]
        if number != self._favorites_update_id:
            self._favorites_update_id = number
            self.async_create_task(self.async_refresh_favorites(), "favorites")

    async def async_refresh_favorites(self) -> None:
        """Read the favorites again, through any speaker that answers."""
        if (speaker := self._any_speaker()) is None:
            return
        try:
            favorites = await speaker.async_call(commands.read_favorites, speaker.soco)
        except SonosError as err:
            LOGGER.debug("Reading Sonos favorites failed: %s", err)
            return
        if favorites != self.favorites:
            self.favorites = favorites
            for each in self.speakers.values():
                each.async_notify()

    @callback
    def async_events_changed(self) -> None:
        """Update the repair issue: a speaker's events started or stopped arriving."""
        self.upkeep.update_events_issue()

    # Commands ------------------------------------------------------------------------------------

    async def async_refresh_topology(self, speaker: SonosSpeaker) -> None:
        """Read groups now (after UPnP error 800: who coordinates?)."""
        try:
            payload, topology = await speaker.async_call(
                commands.read_topology, speaker.soco
            )
        except SonosError:
            return
        self.async_topology_payload(payload, topology)

    def favorite(self, key: str) -> Favorite | None:
        """Find a favorite by item id or title."""
        return next((f for f in self.favorites if key in (f.item_id, f.title)), None)

    def describe(self) -> dict[str, Any]:
        """Return the household's state for diagnostics."""
        return {
            "listener": listener_address(),
            "groups": [list(group) for group in self.topology.groups],
            "vanished": sorted(self.topology.vanished),
            "favorites": len(self.favorites),
            "alarms": {
                "count": len(self.alarms.alarms),
                "version": self.alarms.version,
                "ringing": len(self.alarms.ringing),
            },
            "history": (
                None
                if self.history_collector is None
                else self.history_collector.status()
            ),
            "speakers": [_describe(speaker) for speaker in self.speakers.values()],
        }


def _describe(speaker: SonosSpeaker) -> dict[str, Any]:
    facts = speaker.facts
    playing = speaker.now_playing
    return {
        "uid": speaker.uid,
        "host": speaker.address,
        "model": facts.model,
        "model_number": facts.model_number,
        "serial": facts.serial,
        "mac": facts.mac,
        "software_version": facts.software_version,
        "has_line_in": facts.has_line_in,
        "has_tv": facts.has_tv,
        "available": speaker.available,
        "boot_seq": speaker.boot_seq,
        "events_received": speaker.events_received,
        "subscriptions": speaker.subscriptions.describe(),
        "coordinator": speaker.coordinator.uid,
        "transport_state": speaker.transport_state,
        "play_mode": speaker.play_mode,
        "volume": speaker.volume,
        "muted": speaker.muted,
        "settings": dict(speaker.settings),
        "battery": None
        if speaker.battery is None
        else {
            "level": speaker.battery.level,
            "power_source": speaker.battery.power_source,
        },
        "microphone": speaker.mic_enabled,
        "audio_input": speaker.audio_input,
        "source": playing.source,
        "title": playing.title,
        "artist": playing.artist,
        "album": playing.album,
        "spotify_uri": playing.spotify_uri,
    }
