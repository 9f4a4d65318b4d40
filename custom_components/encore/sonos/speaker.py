"""One Sonos speaker: what it reports, whether it answers, and how to reach it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import TYPE_CHECKING, Any

from soco import SoCo

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback

from ..const import LOGGER
from . import commands, settings as sound
from .audio_clip import AudioClips
from .capabilities import Capabilities, read_capabilities
from .commands import PolledState, SpeakerFacts
from .endpoint import port_of
from .errors import COMMAND_ERRORS, SonosError, SonosUnreachableError, translate
from .events import EVENT_ERRORS, NO_ANSWER, Subscriptions
from .media import NOTHING, QUEUE_URI_PREFIX, NowPlaying
from .power import Battery
from .speaker_position import SpeakerPosition
from .speaker_reports import (
    apply_av_transport,
    apply_device_properties,
    apply_poll,
    apply_rendering,
    missed_events,
)
from .speaker_settings import (
    async_refresh_settings,
    async_set_setting,
    take_capabilities,
)

if TYPE_CHECKING:
    from .household import SonosHousehold


class SonosSpeaker:
    """A speaker of the household, with the state its events and polls report.

    Media state is kept on every speaker but only a group coordinator's counts:
    members show what their coordinator plays.
    """

    def __init__(
        self, household: SonosHousehold, soco: SoCo, facts: SpeakerFacts
    ) -> None:
        """Initialize from what the speaker said about itself."""
        self.household = household
        self.hass: HomeAssistant = household.hass
        self.soco = soco
        self.facts = facts
        self.uid = facts.uid
        self.name = facts.name
        self.available = True
        # The entity id of the speaker's media player, once it is added.
        self.entity_id: str | None = None
        self.boot_seq: int | None = None
        self.volume: int | None = None
        self.muted: bool | None = None
        # The volume and mute before the last change, and when it came (loop
        # time): an alarm's volume may be told before the alarm is.
        self.volume_before: tuple[int | None, bool | None] = (None, None)
        self.volume_changed_at: float | None = None
        self.transport_state: str | None = None
        self.play_mode = "NORMAL"
        self.transport_uri = ""
        # The DIDL object the speaker holds for its transport URI (a station).
        self.transport_meta: Any = None
        self.enqueued_uri = ""
        self.now_playing: NowPlaying = NOTHING
        self.position: int | None = None
        self.position_updated_at: datetime | None = None
        self.last_activity = self.hass.loop.time()
        self.subscribed_at: float | None = None
        # Whether an event arrived since the last (re)subscription; None: not yet.
        self.events_received: bool | None = None
        # When a command of Encore's should have brought an event that has not
        # come yet (None: nothing awaited).
        self.event_expected_at: float | None = None
        # When events were last known to arrive (an event, or a poll that
        # found nothing they should have told).
        self.events_confirmed_at = self.last_activity
        self._events_seen = 0
        self.subscriptions = Subscriptions(self._async_handle_event, self._lost)
        self._listeners: list[CALLBACK_TYPE] = []
        self._recovering: asyncio.Task[None] | None = None
        self._checking: asyncio.Task[None] | None = None
        self.positions = SpeakerPosition(self)
        self._stopped = False
        # A SoCo instance must know its household id before it subscribes: SoCo
        # reads it in the event loop. `read_facts` cached it on this one.
        self._identified = True
        # What the speaker has beyond playing (read once, at the first start),
        # and the current values: settings by key, battery, microphone, HDMI.
        self.capabilities: Capabilities | None = None
        self.settings: dict[str, int] = {}
        # The left and right channel volumes the balance comes from.
        self.channels = (100, 100)
        self.battery: Battery | None = None
        self.battery_read_at: float | None = None
        self.mic_enabled: bool | None = None
        self.audio_input: int | None = None
        self.alarm_running = False
        self.polled_at: float | None = None
        self._polling_settings: asyncio.Task[None] | None = None
        self.audio_clips = AudioClips(self.hass, soco.ip_address, self.uid, self.name)
        # The last audio clip loaded (for cancelling it).
        self.last_clip_id: str | None = None
        # While an announcement (or a restore) replaced what the group played:
        # what played before, so the history does not take the sound for music.
        # Set on coordinators only; see `announce`.
        self.interrupted: NowPlaying | None = None
        # The announcement the transport plays (`announce.Announcement`).
        self.announcement: Any = None
        # An alarm sounding instead of the group's music (`alarm_resume`).
        self.alarm_interruption: Any = None
        # Called once the speaker answers again (a restore it still owes).
        self.on_available: list[Callable[[], None]] = []

    def __repr__(self) -> str:
        """Name the speaker in logs."""
        return f"<SonosSpeaker {self.name} {self.uid}>"

    @property
    def address(self) -> str:
        """Return `host:port` of the speaker."""
        return f"{self.soco.ip_address}:{port_of(self.soco)}"

    @property
    def coordinator(self) -> SonosSpeaker:
        """Return the coordinator of this speaker's group."""
        return self.household.coordinator_of(self)

    @property
    def is_coordinator(self) -> bool:
        """Return whether this speaker coordinates its group."""
        return self.coordinator is self

    @property
    def events_blocked(self) -> bool:
        """Return whether events stopped arriving: polling keeps state right."""
        return self.events_received is False

    @property
    def queue_position(self) -> int | None:
        """Return the queue number playing, if the speaker plays from its queue."""
        if self.transport_uri.startswith(QUEUE_URI_PREFIX):
            return self.now_playing.queue_position
        return None

    @property
    def stopping(self) -> bool:
        """Return whether the speaker or its household is stopping."""
        return self._stopped or self.household.stopping

    # Listeners ----------------------------------------------------------------

    @callback
    def async_add_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call `listener` whenever this speaker's state changes."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            self._listeners.remove(listener)

        return remove

    @callback
    def async_notify(self) -> None:
        """Tell this speaker's listeners (its entity) that something changed."""
        for listener in list(self._listeners):
            listener()

    # Availability ---------------------------------------------------------------

    @callback
    def async_set_available(self, available: bool, reason: str = "") -> None:
        """Record whether the speaker answers; log once per change."""
        if available == self.available:
            return
        self.available = available
        if not available:
            # Whatever it was subscribed to is lost to it or to us.
            self.subscriptions.forget()
        if available:
            LOGGER.info("Sonos speaker %s (%s) answers again", self.name, self.address)
            waiting, self.on_available = self.on_available, []
            for call in waiting:
                call()
        else:
            LOGGER.info(
                "Sonos speaker %s (%s) stopped answering (%s); Encore keeps trying",
                self.name,
                self.address,
                reason or "no answer",
            )
        self.household.async_notify_group(self)

    # Blocking calls ---------------------------------------------------------------

    async def async_call[T](self, func: Callable[..., T], *args: Any) -> T:
        """Run a blocking SoCo call in the executor; raise translated errors."""
        try:
            result = await commands.async_run(
                self.hass, commands.CALL_DEADLINE, func, *args
            )
        except COMMAND_ERRORS as err:
            error = translate(err, self.name)
            if isinstance(error, SonosUnreachableError):
                self.async_set_available(False, str(err))
            raise error from err
        self.last_activity = self.hass.loop.time()
        return result

    async def async_command(self, func: Callable[..., Any], *args: Any) -> None:
        """Send a command, then refresh what a command changes that no event tells."""
        seen = self._events_seen
        await self.async_call(func, self.soco, *args)
        if (
            self.events_blocked
            or not self.subscriptions.active
            or self.subscriptions.deaf
        ):
            await self.async_poll()
        elif self._events_seen == seen and self.event_expected_at is None:
            # A change should come back as an event (unless one came already):
            # the household checks that it does.
            self.event_expected_at = self.hass.loop.time()

    # Events ------------------------------------------------------------------------

    async def async_start(self) -> None:
        """Read the state, then follow it through events (or polls, without)."""
        await self.async_poll()
        if self.capabilities is None:
            take_capabilities(
                self, await self.async_call(read_capabilities, self.soco, self.facts)
            )
        await self.async_subscribe()

    async def async_subscribe(self) -> None:
        """(Re)subscribe to the speaker's events; without them, poll."""
        self.subscribed_at = self.hass.loop.time()
        try:
            await self.subscriptions.async_subscribe(self.soco)
        except Exception as err:  # noqa: BLE001 - whatever SoCo's listener raises
            # The speaker answered the poll just before: subscribing is what
            # fails (no listener address, refused). Poll instead; say why.
            LOGGER.debug("Subscribing to %s failed: %r", self, err)
            self.events_received = False
            return
        self.events_received = None
        self.event_expected_at = None

    @callback
    def _async_handle_event(self, event: Any) -> None:
        self.last_activity = self.events_confirmed_at = self.hass.loop.time()
        self.event_expected_at = None
        self._events_seen += 1
        if not self.events_received:
            self.events_received = True
            self.household.async_events_changed()
        variables: dict[str, Any] = event.variables
        service = event.service.service_type
        if service == "AVTransport":
            apply_av_transport(self, variables)
        elif service == "RenderingControl":
            apply_rendering(self, variables)
        elif service == "DeviceProperties":
            apply_device_properties(self, variables)
        elif service == "AlarmClock":
            self.household.alarms.async_version(variables.get("alarm_list_version"))
        elif (payload := variables.get("zone_group_state")) is not None:
            self.household.async_topology_payload(payload)
        elif (update_id := variables.get("favorites_update_id")) is not None:
            self.household.async_favorites_changed(str(update_id))
        if not self.available:
            self.async_set_available(True)

    # Settings ------------------------------------------------------------------------

    async def async_set_setting(self, setting: sound.Setting, value: int) -> None:
        """Change a setting; crossfade is the group's, set on its coordinator."""
        await async_set_setting(self, setting, value)

    @callback
    def async_poll_settings(self) -> None:
        """Read what no event tells (status light, TV autoplay...), once at a time."""
        if not self.stopping and not _running(self._polling_settings):
            self._polling_settings = self.household.async_create_task(
                async_refresh_settings(self), f"settings of {self.name}"
            )

    # Polling -------------------------------------------------------------------------

    async def async_poll(self) -> None:
        """Read the whole state with requests (setup, fallback, recovery)."""
        state: PolledState = await self.async_call(commands.poll, self.soco)
        apply_poll(self, state)

    async def async_verify_events(self) -> None:
        """Poll; a change no event told of means events stopped arriving."""
        self.event_expected_at = None
        self.events_confirmed_at = self.hass.loop.time()
        seen = self._events_seen
        try:
            state: PolledState = await self.async_call(commands.poll, self.soco)
        except SonosError as err:
            LOGGER.debug("Checking the events of %s failed: %s", self, err)
            return
        # An event that came meanwhile may have moved the state past the poll.
        if self._events_seen == seen and missed_events(self, state):
            LOGGER.debug("%s changed without an event; polling instead", self)
            self.events_received = False
            self.household.async_events_changed()
        apply_poll(self, state)

    # Recovery ------------------------------------------------------------------------

    @callback
    def _lost(self, err: BaseException) -> None:
        """React to a failed renewal: gone, or answering but forgot us."""
        if isinstance(err, NO_ANSWER):
            self.async_set_available(False, str(err) or type(err).__name__)
        else:
            self.async_recover(f"subscription lost: {err!r}")

    @callback
    def async_recover(self, reason: str) -> None:
        """Subscribe again and re-read the state, once at a time."""
        if not self.stopping and not _running(self._recovering):
            LOGGER.debug("Recovering %s: %s", self, reason)
            self._recovering = self.household.async_create_task(
                self._async_recover(), f"recover {self.name}"
            )

    async def _async_recover(self) -> None:
        try:
            if not self._identified:
                await self.async_call(commands.read_identity, self.soco)
                self._identified = True
            await self.async_start()
        except SonosError as err:
            self.async_set_available(False, str(err) or type(err).__name__)
        finally:
            self._recovering = None

    @callback
    def async_check(self, check: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run a heartbeat or fallback poll unless the last one still runs."""
        if (
            not self.stopping
            and not _running(self._checking)
            and not _running(self._recovering)
        ):
            self._checking = self.household.async_create_task(
                self._async_run_check(check), f"check {self.name}"
            )

    async def _async_run_check(
        self, check: Callable[[], Coroutine[Any, Any, None]]
    ) -> None:
        try:
            await check()
        finally:
            self._checking = None

    async def async_heartbeat(self) -> None:
        """Check a silent speaker by renewing its AVTransport subscription."""
        try:
            await self.subscriptions.async_renew()
        except EVENT_ERRORS as err:
            self._lost(err)
            return
        self.last_activity = self.hass.loop.time()

    async def async_poll_quietly(self) -> None:
        """Poll for the fallback; failures already marked the speaker unavailable."""
        try:
            await self.async_poll()
        except SonosError as err:
            LOGGER.debug("Polling %s failed: %s", self, err)

    async def async_stop(self) -> None:
        """End background work, then every subscription; nothing starts again."""
        self._stopped = True
        position_read = self.positions.stop()
        tasks = [
            task
            for task in (
                self._recovering,
                position_read,
                self._checking,
                self._polling_settings,
            )
            if task is not None
        ]
        for task in tasks:
            task.cancel()
        # A cancelled subscribe ends what it made before this goes on.
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.subscriptions.async_unsubscribe()
        await self.audio_clips.async_close()

    @callback
    def async_move(self, soco: SoCo) -> None:
        """Subscribe at the speaker's new address."""
        LOGGER.debug("%s moved to %s:%s", self, soco.ip_address, port_of(soco))
        self.soco = soco
        self._identified = False
        self.audio_clips.moved(soco.ip_address, self.audio_clips.port)
        self.async_recover("new address")


def _running(task: asyncio.Task[None] | None) -> bool:
    # Background tasks start eagerly: one that never waits is done (and its
    # `finally` has run) before the caller stores it.
    return task is not None and not task.done()
