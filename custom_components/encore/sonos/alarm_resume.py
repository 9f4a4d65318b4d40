"""After an alarm: what the room played before comes back, at its position.

A Sonos alarm replaces what its room's group played by its own program (the
chime, a favorite, a station) at its own volume, and leaves it there: the
queue, the radio station or the Spotify session of last night are gone from
the transport. Encore takes note of what played at the moment the alarm goes
off and puts it back once the alarm is over, as after an announcement.

The speaker has switched before anything tells of the alarm (`r:AlarmRunning`
comes in the same event as the alarm's program), so the snapshot is made from
what the events last said (transport, track, estimated position, play mode,
each member's volume), not read from the speaker.

What a careful user expects decides when it comes back:
- only if the group played, or was paused on something, before the alarm; a
  room that was silent and empty stays on the alarm's program;
- when the alarm ends by itself (its duration), or is stopped or paused;
- not when the group still plays as the alarm ends (the user kept listening
  to the alarm's music or chose other music): that music is theirs now;
- not when the transport no longer holds the alarm's program (other music
  was chosen meanwhile);
- it plays again only if it played; paused music comes back paused.

While the alarm sounds, the coordinator's `interrupted` names what played
before, so the history counts neither the chime nor the alarm's music as a
play, and the music it interrupted stays one play.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from soco.data_structures import to_didl_string

from homeassistant.core import callback
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from ..const import LOGGER
from .commands import TransportSnapshot
from .errors import SonosError
from .media import GROUP_URI_PREFIX, NowPlaying, format_time
from .snapshot import PLAYING, GroupSnapshot, async_restore

if TYPE_CHECKING:
    from .speaker import SonosSpeaker

# Seconds within which a volume change counts as the alarm's own: the speaker
# sends it in a RenderingControl event that may come just before the
# AVTransport event that says an alarm runs.
ALARM_VOLUME_WINDOW: Final = 2.0
# Seconds to wait for the restored music to show in the speaker's events.
RESTORE_SETTLE: Final = 5.0
# Transport states of music that can come back (paused counts: its place does).
RESUMABLE: Final = (*PLAYING, "PAUSED_PLAYBACK")


@dataclass(frozen=True, slots=True)
class TransportBefore:
    """What a coordinator's events said before the event that changed them."""

    transport_uri: str
    transport_meta: Any
    transport_state: str | None
    play_mode: str
    now_playing: NowPlaying
    position: int | None
    position_updated_at: datetime | None

    @classmethod
    def of(cls, speaker: SonosSpeaker) -> TransportBefore:
        """Keep what `speaker` reports now."""
        return cls(
            transport_uri=speaker.transport_uri,
            transport_meta=speaker.transport_meta,
            transport_state=speaker.transport_state,
            play_mode=speaker.play_mode,
            now_playing=speaker.now_playing,
            position=speaker.position,
            position_updated_at=speaker.position_updated_at,
        )

    def estimated_position(self) -> int | None:
        """Return where the track was now, had it played on."""
        if self.position is None:
            return None
        if self.transport_state in PLAYING and self.position_updated_at is not None:
            elapsed = (dt_util.utcnow() - self.position_updated_at).total_seconds()
            return self.position + int(elapsed)
        return self.position

    @property
    def resumable(self) -> bool:
        """Whether there is music to bring back."""
        playing = self.now_playing
        return (
            bool(self.transport_uri)
            and not self.transport_uri.startswith(GROUP_URI_PREFIX)
            and self.transport_state in RESUMABLE
            and bool(playing.track_uri or playing.title)
        )


@dataclass(slots=True)
class AlarmInterruption:
    """An alarm sounding instead of a group's music, until that music is back."""

    # What comes back; None when nothing played before.
    snapshot: GroupSnapshot | None
    # The transport URI of the alarm's program.
    alarm_uri: str
    before: NowPlaying
    # The alarm ended; the music is being put back.
    stopped: bool = False
    unsubscribe: list[Callable[[], None]] = field(default_factory=list)

    def stop_watching(self) -> None:
        """Stop waiting for the restored music."""
        while self.unsubscribe:
            self.unsubscribe.pop()()


def _meta_text(meta: Any) -> str:
    if meta is None:
        return ""
    try:
        return str(to_didl_string(meta))
    except AttributeError, TypeError, ValueError:
        return ""


def _volume_before(member: SonosSpeaker, now: float) -> tuple[int, bool] | None:
    volume, muted = member.volume, member.muted
    changed_at = member.volume_changed_at
    if changed_at is not None and now - changed_at <= ALARM_VOLUME_WINDOW:
        volume, muted = member.volume_before
    if volume is None:
        return None
    return volume, bool(muted)


def snapshot_before(
    coordinator: SonosSpeaker, before: TransportBefore
) -> GroupSnapshot:
    """Make a snapshot of the group from what its events said before the alarm."""
    playing = before.now_playing
    position = before.estimated_position()
    transport = TransportSnapshot(
        transport_uri=before.transport_uri,
        transport_meta=_meta_text(before.transport_meta),
        transport_state=before.transport_state or "STOPPED",
        play_mode=before.play_mode,
        track_number=playing.queue_position,
        track_uri=playing.track_uri,
        position=None if position is None else format_time(position),
        duration=format_time(playing.duration) if playing.duration else None,
    )
    now = coordinator.hass.loop.time()
    volumes = {
        member.uid: volume
        for member in coordinator.household.group_of(coordinator)
        if (volume := _volume_before(member, now)) is not None
    }
    return GroupSnapshot(
        coordinator=coordinator,
        transport=transport,
        volumes=volumes,
        spotify_uri=playing.spotify_uri,
        source=playing.source,
    )


@callback
def async_alarm_started(coordinator: SonosSpeaker, before: TransportBefore) -> None:
    """Take note of what the alarm interrupted on `coordinator`'s group."""
    current: AlarmInterruption | None = coordinator.alarm_interruption
    if current is not None:
        if not current.stopped:
            # A second alarm over the first: what played before the first stays.
            return
        # Ringing again while the music came back: it is what comes back next.
        current.stop_watching()
    snapshot = snapshot_before(coordinator, before) if before.resumable else None
    coordinator.alarm_interruption = AlarmInterruption(
        snapshot, coordinator.transport_uri, before.now_playing
    )
    coordinator.interrupted = before.now_playing
    coordinator.household.async_notify_group(coordinator)


@callback
def async_alarm_stopped(coordinator: SonosSpeaker) -> None:
    """Put back what the alarm interrupted, if the user would want it back."""
    interruption: AlarmInterruption | None = coordinator.alarm_interruption
    if interruption is None or interruption.stopped:
        return
    interruption.stopped = True
    snapshot = interruption.snapshot
    if (
        snapshot is None
        or coordinator.transport_state in PLAYING
        or coordinator.transport_uri != interruption.alarm_uri
    ):
        # Nothing to bring back, or the user listens to something now.
        _release(coordinator, interruption)
        return
    coordinator.household.async_create_task(
        _async_restore(coordinator, interruption, snapshot),
        f"after the alarm on {coordinator.name}",
    )


async def _async_restore(
    coordinator: SonosSpeaker, interruption: AlarmInterruption, snapshot: GroupSnapshot
) -> None:
    try:
        await async_restore(snapshot)
    except SonosError as err:
        LOGGER.warning(
            "Could not bring back what %s played before its alarm: %s",
            coordinator.name,
            err,
        )
        _release(coordinator, interruption)
        return

    @callback
    def done(_now: datetime | None = None) -> None:
        interruption.stop_watching()
        coordinator.household.async_create_task(
            _async_read_and_release(coordinator, interruption),
            f"restored {coordinator.name}",
        )

    @callback
    def check() -> None:
        if snapshot.matches(coordinator):
            done()

    if coordinator.alarm_interruption is not interruption:
        return
    interruption.unsubscribe = [
        coordinator.async_add_listener(check),
        async_call_later(coordinator.hass, RESTORE_SETTLE, done),
    ]
    check()


async def _async_read_and_release(
    coordinator: SonosSpeaker, interruption: AlarmInterruption
) -> None:
    # Events carry no position: read it, or the restored track would seem to
    # start over at 0.
    try:
        await coordinator.async_poll()
    except SonosError as err:
        LOGGER.debug("Reading %s after an alarm failed: %s", coordinator, err)
    _release(coordinator, interruption)


@callback
def _release(coordinator: SonosSpeaker, interruption: AlarmInterruption) -> None:
    interruption.stop_watching()
    if coordinator.alarm_interruption is not interruption:
        return
    coordinator.alarm_interruption = None
    if coordinator.announcement is None:
        coordinator.interrupted = None
    coordinator.household.async_notify_group(coordinator)


@callback
def async_end_alarm_watches(speakers: list[SonosSpeaker]) -> None:
    """Stop waiting for music that came back after alarms (unloading)."""
    for speaker in speakers:
        if (interruption := speaker.alarm_interruption) is not None:
            _release(speaker, interruption)
