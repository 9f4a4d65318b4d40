"""One Sonos speaker: what it reports, whether it answers, and how to reach it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from soco import SoCo

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from ..const import LOGGER
from . import commands, settings as sound
from .alarm_resume import TransportBefore, async_alarm_started, async_alarm_stopped
from .audio_clip import AudioClips
from .capabilities import Capabilities, Polled, read_capabilities, read_polled
from .commands import PolledState, SpeakerFacts
from .endpoint import base_url, port_of
from .errors import COMMAND_ERRORS, SonosError, SonosUnreachableError, translate
from .events import EVENT_ERRORS, NO_ANSWER, Subscriptions
from .media import (
    GROUP_URI_PREFIX,
    NOTHING,
    QUEUE_URI_PREFIX,
    NowPlaying,
    didl,
    now_playing,
    parse_time,
)
from .power import Battery, from_more_info, read_battery

if TYPE_CHECKING:
    from .household import SonosHousehold

# Seconds after the last transport change before the position is read.
POSITION_SETTLE: Final = 0.5
# Seconds between reads of the battery page when no battery event came.
BATTERY_POLL: Final = 900.0
PLAYING_STATES: Final = ("PLAYING", "TRANSITIONING")


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
        self._position_task: asyncio.Task[None] | None = None
        self._position_timer: CALLBACK_TYPE | None = None
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
    def _stopping(self) -> bool:
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
            capabilities = await self.async_call(
                read_capabilities, self.soco, self.facts
            )
            self.capabilities = capabilities
            self.settings = dict(capabilities.values)
            self.channels = sound.channels_of(
                capabilities.values.get(sound.BALANCE.key, 0)
            )
            self.battery = capabilities.battery
            self.mic_enabled = capabilities.mic_enabled
            self.audio_input = capabilities.audio_input
            self.battery_read_at = self.polled_at = self.hass.loop.time()
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
            self._apply_av_transport(variables)
        elif service == "RenderingControl":
            self._apply_rendering(variables)
        elif service == "DeviceProperties":
            self._apply_device_properties(variables)
        elif service == "AlarmClock":
            self.household.alarms.async_version(variables.get("alarm_list_version"))
        elif (payload := variables.get("zone_group_state")) is not None:
            self.household.async_topology_payload(payload)
        elif (update_id := variables.get("favorites_update_id")) is not None:
            self.household.async_favorites_changed(str(update_id))
        if not self.available:
            self.async_set_available(True)

    @callback
    def _apply_rendering(self, variables: dict[str, Any]) -> None:
        volume = (variables.get("volume") or {}).get("Master")
        mute = (variables.get("mute") or {}).get("Master")
        before = (self.volume, self.muted)
        if volume is not None and str(volume).isdigit():
            self.volume = int(volume)
        if mute is not None:
            self.muted = mute == "1"
        if (self.volume, self.muted) != before:
            self.volume_before = before
            self.volume_changed_at = self.hass.loop.time()
        if self.settings:
            ultra = sound.SPEECH_LEVEL.key in self.settings
            for key, value in sound.from_rendering_event(variables, ultra).items():
                if key in self.settings:
                    self.settings[key] = value
            if (
                channels := sound.channels_from_event(variables, self.channels)
            ) is not None:
                self.channels = channels
                self.settings[sound.BALANCE.key] = sound.balance_from(*channels)
        self.async_notify()

    @callback
    def _apply_device_properties(self, variables: dict[str, Any]) -> None:
        changed = False
        if (mic := variables.get("mic_enabled")) is not None and (
            self.mic_enabled is not None
        ):
            self.mic_enabled = mic == "1"
            changed = True
        if (more_info := variables.get("more_info")) and self.battery is not None:
            self.battery, read_page = from_more_info(more_info, self.battery)
            self.battery_read_at = self.hass.loop.time()
            changed = True
            if read_page:
                # Charging now, but on what only the battery page says.
                self.household.async_create_task(
                    self._async_read_battery(), f"battery of {self.name}"
                )
        if changed:
            self.async_notify()

    async def _async_read_battery(self) -> None:
        try:
            battery = await self.async_call(read_battery, self.soco)
        except SonosError as err:
            LOGGER.debug("Reading the battery of %s failed: %s", self, err)
            return
        if battery is not None:
            self.battery = battery
            self.async_notify()

    @callback
    def _apply_av_transport(self, variables: dict[str, Any]) -> None:
        before = TransportBefore.of(self)
        if (uri := variables.get("av_transport_uri")) is not None:
            self.transport_uri = uri
        if "av_transport_uri_meta_data" in variables:
            self.transport_meta = didl(variables["av_transport_uri_meta_data"])
        if self.transport_uri.startswith(GROUP_URI_PREFIX):
            # A member mirrors its coordinator; what it says is not its own.
            self.household.async_notify_group(self)
            return
        state = variables.get("transport_state") or self.transport_state
        if mode := variables.get("current_play_mode"):
            self.play_mode = mode
        if (crossfade := variables.get("current_crossfade_mode")) is not None and (
            sound.CROSSFADE.key in self.settings
        ):
            self.settings[sound.CROSSFADE.key] = 1 if crossfade == "1" else 0
        if "enqueued_transport_uri" in variables:
            self.enqueued_uri = variables["enqueued_transport_uri"] or ""
        previous = self.now_playing
        if "current_track_uri" in variables:
            number = str(variables.get("current_track") or "")
            self.now_playing = now_playing(
                base_url=base_url(self.soco),
                track_uri=variables.get("current_track_uri") or "",
                duration=variables.get("current_track_duration"),
                track=didl(variables.get("current_track_meta_data")),
                transport_meta=didl(variables.get("av_transport_uri_meta_data")),
                enqueued_meta=didl(variables.get("enqueued_transport_uri_meta_data")),
                queue_position=int(number) if number.isdigit() else None,
            )
        track_changed = self.now_playing.track_uri != previous.track_uri
        if track_changed or state != self.transport_state:
            self._estimate_position(state, track_changed=track_changed)
        self.transport_state = state
        if (alarm := variables.get("alarm_running")) is not None:
            running = alarm == "1"
            if running != self.alarm_running:
                # After the event's state is taken: the alarm's end looks at it.
                self.alarm_running = running
                self.household.alarms.async_ringing(self, running)
                if running:
                    async_alarm_started(self, before)
                else:
                    async_alarm_stopped(self)
        self.household.async_notify_group(self)

    @callback
    def _estimate_position(self, state: str | None, *, track_changed: bool) -> None:
        """Follow the position through a change; read it once things settle.

        Events carry no position. A new track starts at 0; a pause freezes the
        position where playing had brought it. Reading it from the speaker right
        away would cost a request per event; a seek in another app shows as a
        brief transition, so one read after the changes settle corrects it.
        """
        now = dt_util.utcnow()
        if track_changed:
            self.position = 0 if self.now_playing.duration else None
        elif (
            self.transport_state in PLAYING_STATES
            and self.position is not None
            and self.position_updated_at is not None
        ):
            self.position += int((now - self.position_updated_at).total_seconds())
        if state == "STOPPED" and self.now_playing.duration:
            self.position = 0
        self.position_updated_at = now
        if self._position_timer is not None:
            self._position_timer()
        self._position_timer = async_call_later(
            self.hass, POSITION_SETTLE, self._async_position_due
        )

    @callback
    def _async_position_due(self, _now: datetime) -> None:
        self._position_timer = None
        if not self._stopping and not _running(self._position_task):
            self._position_task = self.household.async_create_task(
                self._async_read_position(), f"position of {self.name}"
            )

    async def _async_read_position(self) -> None:
        try:
            # A few at a time: many threads at once contend with the event loop.
            async with self.household.position_reads:
                position, number = await self.async_call(
                    commands.read_position, self.soco
                )
        except SonosError as err:
            LOGGER.debug("Reading the position of %s failed: %s", self, err)
            return
        finally:
            self._position_task = None
        self._set_position(position)
        if number is not None and self.now_playing.queue_position != number:
            self.now_playing = replace(self.now_playing, queue_position=number)
        self.household.async_notify_group(self)

    @callback
    def _set_position(self, position: str | None) -> None:
        self.position = parse_time(position)
        self.position_updated_at = dt_util.utcnow()

    # Settings ------------------------------------------------------------------------

    async def async_set_setting(self, setting: sound.Setting, value: int) -> None:
        """Change a setting; crossfade is the group's, set on its coordinator."""
        target = self.coordinator if setting.reach is sound.Reach.CROSSFADE else self
        if setting.polled:
            # No event will tell: nothing for the household to wait for.
            await target.async_call(
                sound.write, target.soco, target.uid, setting, value
            )
        else:
            await target.async_command(sound.write, target.uid, setting, value)
        # The event (if any) confirms it; a second change builds on this.
        target.settings[setting.key] = value
        if setting is sound.BALANCE:
            target.channels = sound.channels_of(value)
        if setting is sound.TV_AUTOPLAY and not value:
            # The speaker takes its group along again when autoplay is off.
            self.household.async_create_task(
                target.async_refresh_settings(), f"settings of {target.name}"
            )
        self.household.async_notify_group(target)

    @callback
    def async_poll_settings(self) -> None:
        """Read what no event tells (status light, TV autoplay...), once at a time."""
        if not self._stopping and not _running(self._polling_settings):
            self._polling_settings = self.household.async_create_task(
                self.async_refresh_settings(), f"settings of {self.name}"
            )

    async def async_refresh_settings(self) -> None:
        """Read the polled settings (all of them while events are missing)."""
        capabilities = self.capabilities
        if capabilities is None:
            return
        now = self.hass.loop.time()
        self.polled_at = now
        wanted = [
            setting
            for setting in capabilities.settings
            if setting.polled or self.events_blocked
        ]
        battery_due = self.battery is not None and (
            self.battery_read_at is None or now - self.battery_read_at >= BATTERY_POLL
        )
        try:
            polled: Polled = await self.async_call(
                read_polled,
                self.soco,
                wanted,
                battery_due,
                self.audio_input is not None,
            )
        except SonosError as err:
            LOGGER.debug("Reading the settings of %s failed: %s", self, err)
            return
        self.settings.update(polled.values)
        if polled.battery is not None:
            self.battery = polled.battery
            self.battery_read_at = now
        if polled.audio_input is not None:
            self.audio_input = polled.audio_input
        self.async_notify()

    # Polling -------------------------------------------------------------------------

    async def async_poll(self) -> None:
        """Read the whole state with requests (setup, fallback, recovery)."""
        state: PolledState = await self.async_call(commands.poll, self.soco)
        self.apply_poll(state)

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
        if self._events_seen == seen and self._missed(state):
            LOGGER.debug("%s changed without an event; polling instead", self)
            self.events_received = False
            self.household.async_events_changed()
        self.apply_poll(state)

    def _missed(self, state: PolledState) -> bool:
        """Return whether the polled state differs from what events said."""
        known: tuple[Any, ...] = (self.volume, self.muted, self.transport_uri)
        polled: tuple[Any, ...] = (state.volume, state.muted, state.transport_uri)
        if not state.transport_uri.startswith(GROUP_URI_PREFIX):
            known += (self.transport_state, self.play_mode, self.now_playing.track_uri)
            polled += (state.transport_state, state.play_mode, state.track_uri)
        return known != polled

    @callback
    def apply_poll(self, state: PolledState) -> None:
        """Take over a polled state."""
        self.volume = state.volume
        self.muted = state.muted
        self.transport_uri = state.transport_uri
        self.transport_meta = state.transport_meta
        if not state.transport_uri.startswith(GROUP_URI_PREFIX):
            self.transport_state = state.transport_state
            self.play_mode = state.play_mode
            self.now_playing = now_playing(
                base_url=base_url(self.soco),
                track_uri=state.track_uri,
                duration=state.duration,
                track=state.track,
                transport_meta=state.transport_meta,
                queue_position=state.track_number,
            )
            self._set_position(state.position)
        self.async_set_available(True)
        self.household.async_notify_group(self)

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
        if not self._stopping and not _running(self._recovering):
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
            not self._stopping
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
        if self._position_timer is not None:
            self._position_timer()
            self._position_timer = None
        tasks = [
            task
            for task in (
                self._recovering,
                self._position_task,
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
