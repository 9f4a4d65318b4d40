"""What a speaker reports, its events and polls, taken into its state.

The speaker hears each GENA event (`SonosSpeaker._async_handle_event`) and
hands its variables here by service: AVTransport (what plays, the alarm
that rings), RenderingControl (volume, sound settings), DeviceProperties
(microphone, battery). A poll's state is taken here too (`apply_poll`),
and compared with what events said (`missed_events`). All run on the event
loop; the one request an event may call for (the battery page) runs in the
executor through the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.core import callback

from ..const import LOGGER
from . import settings as sound
from .alarm_resume import TransportBefore, async_alarm_started, async_alarm_stopped
from .commands import PolledState
from .endpoint import base_url
from .errors import SonosError
from .media import GROUP_URI_PREFIX, didl, now_playing
from .power import from_more_info, read_battery

if TYPE_CHECKING:
    from .speaker import SonosSpeaker


@callback
def apply_rendering(speaker: SonosSpeaker, variables: dict[str, Any]) -> None:
    """Take volume, mute and the sound settings from a RenderingControl event."""
    volume = (variables.get("volume") or {}).get("Master")
    mute = (variables.get("mute") or {}).get("Master")
    before = (speaker.volume, speaker.muted)
    if volume is not None and str(volume).isdigit():
        speaker.volume = int(volume)
    if mute is not None:
        speaker.muted = mute == "1"
    if (speaker.volume, speaker.muted) != before:
        speaker.volume_before = before
        speaker.volume_changed_at = speaker.hass.loop.time()
    if speaker.settings:
        ultra = sound.SPEECH_LEVEL.key in speaker.settings
        for key, value in sound.from_rendering_event(variables, ultra).items():
            if key in speaker.settings:
                speaker.settings[key] = value
        if (
            channels := sound.channels_from_event(variables, speaker.channels)
        ) is not None:
            speaker.channels = channels
            speaker.settings[sound.BALANCE.key] = sound.balance_from(*channels)
    speaker.async_notify()


@callback
def apply_device_properties(speaker: SonosSpeaker, variables: dict[str, Any]) -> None:
    """Take the microphone and battery from a DeviceProperties event."""
    changed = False
    if (mic := variables.get("mic_enabled")) is not None and (
        speaker.mic_enabled is not None
    ):
        speaker.mic_enabled = mic == "1"
        changed = True
    if (more_info := variables.get("more_info")) and speaker.battery is not None:
        speaker.battery, read_page = from_more_info(more_info, speaker.battery)
        speaker.battery_read_at = speaker.hass.loop.time()
        changed = True
        if read_page:
            # Charging now, but on what only the battery page says.
            speaker.household.async_create_task(
                _async_read_battery(speaker), f"battery of {speaker.name}"
            )
    if changed:
        speaker.async_notify()


async def _async_read_battery(speaker: SonosSpeaker) -> None:
    try:
        battery = await speaker.async_call(read_battery, speaker.soco)
    except SonosError as err:
        LOGGER.debug("Reading the battery of %s failed: %s", speaker, err)
        return
    if battery is not None:
        speaker.battery = battery
        speaker.async_notify()


@callback
def apply_av_transport(speaker: SonosSpeaker, variables: dict[str, Any]) -> None:
    """Take what plays, the play mode and a ringing alarm from an AVTransport event."""
    before = TransportBefore.of(speaker)
    if (uri := variables.get("av_transport_uri")) is not None:
        speaker.transport_uri = uri
    if "av_transport_uri_meta_data" in variables:
        speaker.transport_meta = didl(variables["av_transport_uri_meta_data"])
    if speaker.transport_uri.startswith(GROUP_URI_PREFIX):
        # A member mirrors its coordinator; what it says is not its own.
        speaker.household.async_notify_group(speaker)
        return
    state = variables.get("transport_state") or speaker.transport_state
    if mode := variables.get("current_play_mode"):
        speaker.play_mode = mode
    if (crossfade := variables.get("current_crossfade_mode")) is not None and (
        sound.CROSSFADE.key in speaker.settings
    ):
        speaker.settings[sound.CROSSFADE.key] = 1 if crossfade == "1" else 0
    if "enqueued_transport_uri" in variables:
        speaker.enqueued_uri = variables["enqueued_transport_uri"] or ""
    previous = speaker.now_playing
    if "current_track_uri" in variables:
        number = str(variables.get("current_track") or "")
        speaker.now_playing = now_playing(
            base_url=base_url(speaker.soco),
            track_uri=variables.get("current_track_uri") or "",
            duration=variables.get("current_track_duration"),
            track=didl(variables.get("current_track_meta_data")),
            transport_meta=didl(variables.get("av_transport_uri_meta_data")),
            enqueued_meta=didl(variables.get("enqueued_transport_uri_meta_data")),
            queue_position=int(number) if number.isdigit() else None,
        )
    track_changed = speaker.now_playing.track_uri != previous.track_uri
    if track_changed or state != speaker.transport_state:
        speaker.positions.estimate(state, track_changed=track_changed)
    speaker.transport_state = state
    if (alarm := variables.get("alarm_running")) is not None:
        running = alarm == "1"
        if running != speaker.alarm_running:
            # After the event's state is taken: the alarm's end looks at it.
            speaker.alarm_running = running
            speaker.household.alarms.async_ringing(speaker, running)
            if running:
                async_alarm_started(speaker, before)
            else:
                async_alarm_stopped(speaker)
    speaker.household.async_notify_group(speaker)


def missed_events(speaker: SonosSpeaker, state: PolledState) -> bool:
    """Return whether the polled state differs from what events said."""
    known: tuple[Any, ...] = (speaker.volume, speaker.muted, speaker.transport_uri)
    polled: tuple[Any, ...] = (state.volume, state.muted, state.transport_uri)
    if not state.transport_uri.startswith(GROUP_URI_PREFIX):
        known += (
            speaker.transport_state,
            speaker.play_mode,
            speaker.now_playing.track_uri,
        )
        polled += (state.transport_state, state.play_mode, state.track_uri)
    return known != polled


@callback
def apply_poll(speaker: SonosSpeaker, state: PolledState) -> None:
    """Take over a polled state."""
    speaker.volume = state.volume
    speaker.muted = state.muted
    speaker.transport_uri = state.transport_uri
    speaker.transport_meta = state.transport_meta
    if not state.transport_uri.startswith(GROUP_URI_PREFIX):
        speaker.transport_state = state.transport_state
        speaker.play_mode = state.play_mode
        speaker.now_playing = now_playing(
            base_url=base_url(speaker.soco),
            track_uri=state.track_uri,
            duration=state.duration,
            track=state.track,
            transport_meta=state.transport_meta,
            queue_position=state.track_number,
        )
        speaker.positions.set(state.position)
    speaker.async_set_available(True)
    speaker.household.async_notify_group(speaker)
