"""The transport of one speaker: source, queue, track, position and play mode.

Nothing here knows about HTTP or groups; the speaker and household drive it.
Time comes from the household's :class:`EmulatorClock`; track ends are found
lazily by :meth:`Playback.settle`, which the emulator calls before every request
it answers and from ``advance()``.
"""

from __future__ import annotations

from enum import StrEnum
import random

from .models import (
    PLAY_MODES,
    STATE_PAUSED,
    STATE_PLAYING,
    STATE_STOPPED,
    EmulatorClock,
    QueueItem,
)
from .soap import (
    ERROR_ILLEGAL_SEEK_TARGET,
    ERROR_INVALID_ARGS,
    ERROR_PLAY_MODE_NOT_SUPPORTED,
    ERROR_TRANSITION_NOT_AVAILABLE,
    UPnPError,
)

MAX_TRANSITIONS = 100_000


class Source(StrEnum):
    """What the transport of a speaker is set to."""

    NONE = "none"
    QUEUE = "queue"
    STREAM = "stream"  # radio: no duration, no next/previous/seek
    TRACK = "track"  # a single URI (file, http, x-sonos-spotify...)
    LINE_IN = "line_in"
    TV = "tv"
    GROUP = "group"  # member of another speaker's group (x-rincon:)
    SPOTIFY_CONNECT = "spotify_connect"
    AIRPLAY = "airplay"


SEEKABLE = (Source.QUEUE, Source.TRACK)
LIVE_SOURCES = (Source.LINE_IN, Source.TV, Source.STREAM)


class Playback:
    """Transport state of one speaker."""

    def __init__(self, uid: str, clock: EmulatorClock) -> None:
        """Start stopped, with an empty queue selected, like a new speaker."""
        self.uid = uid
        self.clock = clock
        self.state = STATE_STOPPED
        self.source = Source.QUEUE
        self.uri = self.queue_uri
        self.uri_metadata = ""
        self.queue: list[QueueItem] = []
        self.queue_update_id = 0
        self.track_index = 0
        self.single: QueueItem | None = None
        self.play_mode = "NORMAL"
        self.crossfade = False
        self.sleep_deadline: float | None = None
        self.sleep_generation = 0
        # An alarm went off and still sounds (r:AlarmRunning).
        self.alarm_running = False
        # When the alarm that sounds ends by itself (its duration).
        self.alarm_deadline: float | None = None
        self._position = 0.0
        self._mark = clock.now()
        # Shuffle order only needs to be repeatable, not unpredictable.
        self._rng = random.Random(uid)  # noqa: S311
        self._shuffle_order: list[int] = []

    # Reading ------------------------------------------------------------------

    @property
    def queue_uri(self) -> str:
        """``x-rincon-queue:<uid>#0``, the URI that selects this speaker's queue."""
        return f"x-rincon-queue:{self.uid}#0"

    def current_item(self) -> QueueItem | None:
        """The item being played (or paused/stopped on)."""
        if self.source == Source.QUEUE:
            if not self.queue:
                return None
            return self.queue[min(self.track_index, len(self.queue) - 1)]
        if self.source == Source.GROUP:
            return None
        return self.single

    def duration(self) -> int | None:
        """Duration of the current item in seconds, if it has one."""
        item = self.current_item()
        if item is None or self.source in LIVE_SOURCES:
            return None
        return item.metadata.duration or None

    def position(self) -> float:
        """Seconds into the current item."""
        position = self._position
        if self.state == STATE_PLAYING:
            position += self.clock.now() - self._mark
        if (duration := self.duration()) is not None:
            position = min(position, float(duration))
        return max(0.0, position)

    # Time -----------------------------------------------------------------------

    def _freeze(self) -> None:
        self._position = self.position()
        self._mark = self.clock.now()

    def set_state(self, state: str) -> None:
        """Change the transport state, keeping the position continuous."""
        self._freeze()
        self.state = state
        if state != STATE_PLAYING:
            # Paused or stopped, the alarm is over.
            self.alarm_running = False

    def set_position(self, seconds: float) -> None:
        """Jump to ``seconds`` into the current item."""
        self._position = max(0.0, seconds)
        self._mark = self.clock.now()

    def settle(self) -> bool:
        """Apply track ends and the sleep timer up to now; return if state changed."""
        changed = False
        now = self.clock.now()
        if self.sleep_deadline is not None and now >= self.sleep_deadline:
            changed |= self._advance_tracks(self.sleep_deadline)
            self._position = self._position_at(self.sleep_deadline)
            self._mark = now
            if self.state == STATE_PLAYING:
                self.state = STATE_PAUSED
            self.sleep_deadline = None
            self.sleep_generation += 1
            return True
        if (
            self.alarm_running
            and self.alarm_deadline is not None
            and now >= self.alarm_deadline
        ):
            # The alarm's duration is over: the speaker stops.
            self._position = self._position_at(self.alarm_deadline)
            self._mark = now
            self.state = STATE_STOPPED
            self.alarm_running = False
            self.alarm_deadline = None
            return True
        return self._advance_tracks(now) or changed

    def _position_at(self, when: float) -> float:
        position = self._position
        if self.state == STATE_PLAYING:
            position += when - self._mark
        return position

    def _advance_tracks(self, now: float) -> bool:
        if self.state != STATE_PLAYING:
            return False
        duration = self.duration()
        if not duration:
            return False
        elapsed = self._position + (now - self._mark)
        changed = False
        for _ in range(MAX_TRANSITIONS):
            if elapsed < duration:
                break
            changed = True
            elapsed -= duration
            if self.source != Source.QUEUE:
                self.state = STATE_STOPPED
                elapsed = 0.0
                break
            following = self._following_index(automatic=True)
            if following is None:
                self.track_index = 0
                self.state = STATE_STOPPED
                elapsed = 0.0
                break
            self.track_index = following
            duration = self.duration()
            if not duration:
                break
        if changed:
            self._position = elapsed
            self._mark = now
        return changed

    # Play modes -----------------------------------------------------------------

    @property
    def shuffle(self) -> bool:
        """Whether the play mode shuffles."""
        return PLAY_MODES[self.play_mode][0]

    @property
    def repeat(self) -> bool | str:
        """``False``, ``True`` (repeat all) or ``"ONE"``."""
        return PLAY_MODES[self.play_mode][1]

    def set_play_mode(self, mode: str) -> None:
        """Set the play mode; unknown modes are UPnP error 712."""
        if mode not in PLAY_MODES:
            raise UPnPError(ERROR_PLAY_MODE_NOT_SUPPORTED)
        if PLAY_MODES[mode][0] and not self.shuffle:
            self._reshuffle()
        self.play_mode = mode

    def _reshuffle(self) -> None:
        order = list(range(len(self.queue)))
        self._rng.shuffle(order)
        if self.track_index in order:
            order.remove(self.track_index)
            order.insert(0, self.track_index)
        self._shuffle_order = order

    def _order(self) -> list[int]:
        if not self.shuffle:
            return list(range(len(self.queue)))
        if sorted(self._shuffle_order) != list(range(len(self.queue))):
            self._reshuffle()
        return self._shuffle_order

    def _following_index(self, *, automatic: bool) -> int | None:
        if not self.queue:
            return None
        if automatic and self.repeat == "ONE":
            return self.track_index
        order = self._order()
        place = order.index(self.track_index) if self.track_index in order else -1
        if place + 1 < len(order):
            return order[place + 1]
        return order[0] if self.repeat else None

    def _preceding_index(self) -> int:
        order = self._order()
        place = order.index(self.track_index) if self.track_index in order else 0
        if place > 0:
            return order[place - 1]
        return order[-1] if self.repeat else order[0]

    # Transport commands ---------------------------------------------------------

    def play(self) -> None:
        """Start playing; 701 when there is nothing to play."""
        if self.source == Source.NONE or self.current_item() is None:
            raise UPnPError(ERROR_TRANSITION_NOT_AVAILABLE)
        self.set_state(STATE_PLAYING)

    def pause(self) -> None:
        """Pause; 701 when stopped or nothing is selected."""
        if self.state == STATE_STOPPED or self.current_item() is None:
            raise UPnPError(ERROR_TRANSITION_NOT_AVAILABLE)
        self.set_state(STATE_PAUSED)

    def stop(self) -> None:
        """Stop and go back to the start of the current item."""
        self.state = STATE_STOPPED
        self.alarm_running = False
        self.set_position(0)

    def next(self) -> None:
        """Skip to the next queue item; 701 for live sources, 711 at the end."""
        if self.source != Source.QUEUE or not self.queue:
            raise UPnPError(ERROR_TRANSITION_NOT_AVAILABLE)
        following = self._following_index(automatic=False)
        if following is None:
            raise UPnPError(ERROR_ILLEGAL_SEEK_TARGET)
        self.track_index = following
        self.set_position(0)

    def previous(self) -> None:
        """Go to the previous queue item (the first item restarts)."""
        if self.source != Source.QUEUE or not self.queue:
            raise UPnPError(ERROR_TRANSITION_NOT_AVAILABLE)
        self.track_index = self._preceding_index()
        self.set_position(0)

    def seek_time(self, seconds: int) -> None:
        """Seek within the current item (``REL_TIME``)."""
        if self.source not in SEEKABLE or self.current_item() is None:
            raise UPnPError(ERROR_TRANSITION_NOT_AVAILABLE)
        duration = self.duration()
        if duration is not None and seconds > duration:
            raise UPnPError(ERROR_ILLEGAL_SEEK_TARGET)
        self.set_position(seconds)

    def seek_track(self, number: int) -> None:
        """Select queue item ``number`` (1-based, ``TRACK_NR``)."""
        if self.source != Source.QUEUE:
            raise UPnPError(ERROR_TRANSITION_NOT_AVAILABLE)
        if not 1 <= number <= len(self.queue):
            raise UPnPError(ERROR_ILLEGAL_SEEK_TARGET)
        self.track_index = number - 1
        self.set_position(0)

    # Sources --------------------------------------------------------------------

    def select_queue(self) -> None:
        """Select this speaker's own queue (``x-rincon-queue:<uid>#0``)."""
        if self.source != Source.QUEUE:
            self.track_index = 0
        # Music chosen over an alarm ends it (the alarm no longer runs).
        self.alarm_running = False
        self.source = Source.QUEUE
        self.uri = self.queue_uri
        self.uri_metadata = ""
        self.single = None
        self.state = STATE_STOPPED
        self.set_position(0)

    def select_single(
        self,
        source: Source,
        uri: str,
        uri_metadata: str,
        item: QueueItem,
        *,
        state: str = STATE_STOPPED,
    ) -> None:
        """Select a non-queue source: a stream, a track, line-in, TV..."""
        self.alarm_running = False
        self.source = source
        self.uri = uri
        self.uri_metadata = uri_metadata
        self.single = item
        self.state = state
        self.set_position(0)

    def become_member(self, coordinator_uid: str) -> None:
        """Follow another speaker's group (``x-rincon:<uid>``)."""
        self.source = Source.GROUP
        self.uri = f"x-rincon:{coordinator_uid}"
        self.uri_metadata = ""
        self.single = None
        self.state = STATE_STOPPED
        self.set_position(0)

    def inherit(self, other: Playback) -> None:
        """Take over what ``other`` plays (a new coordinator inherits the group)."""
        self.queue = [item.copy() for item in other.queue]
        self.queue_update_id += 1
        self.source = other.source
        self.uri = self.queue_uri if other.source == Source.QUEUE else other.uri
        self.uri_metadata = other.uri_metadata
        self.single = other.single.copy() if other.single else None
        self.track_index = other.track_index
        self.play_mode = other.play_mode
        self.crossfade = other.crossfade
        self.state = other.state
        self._position = other.position()
        self._mark = self.clock.now()

    # Queue ----------------------------------------------------------------------

    def _queue_changed(self) -> None:
        self.queue_update_id += 1
        if self.shuffle:
            self._reshuffle()

    def insert(self, items: list[QueueItem], desired: int, *, as_next: bool) -> int:
        """Insert ``items``; return the 1-based number of the first one.

        ``desired`` 0 appends (or, with ``as_next``, inserts after the current
        item of a playing queue); otherwise it is the 1-based position.
        """
        if desired < 0 or desired > len(self.queue) + 1:
            raise UPnPError(ERROR_INVALID_ARGS)
        if desired == 0:
            if as_next and self.source == Source.QUEUE and self.queue:
                index = self.track_index + 1
            else:
                index = len(self.queue)
        else:
            index = desired - 1
        self.queue[index:index] = items
        if (
            self.source == Source.QUEUE
            and len(self.queue) > len(items)
            and index <= self.track_index
        ):
            self.track_index += len(items)
        self._queue_changed()
        return index + 1

    def remove_range(self, start: int, count: int) -> None:
        """Remove ``count`` items from 1-based ``start``."""
        if start < 1 or count < 1 or start + count - 1 > len(self.queue):
            raise UPnPError(ERROR_INVALID_ARGS)
        first = start - 1
        del self.queue[first : first + count]
        if self.source == Source.QUEUE:
            if self.track_index >= first + count:
                self.track_index -= count
            elif self.track_index >= first:
                self.track_index = min(first, max(0, len(self.queue) - 1))
                self.set_position(0)
            if not self.queue:
                self.track_index = 0
                self.state = STATE_STOPPED
                self.set_position(0)
        self._queue_changed()

    def clear(self) -> None:
        """Empty the queue (a playing queue stops)."""
        self.queue.clear()
        self.track_index = 0
        if self.source == Source.QUEUE:
            self.state = STATE_STOPPED
            self.set_position(0)
        self._queue_changed()

    def reorder(self, start: int, count: int, insert_before: int) -> None:
        """Move ``count`` items from 1-based ``start`` before 1-based ``insert_before``."""
        length = len(self.queue)
        if (
            start < 1
            or count < 1
            or start + count - 1 > length
            or not 1 <= insert_before <= length + 1
            or start < insert_before < start + count
        ):
            raise UPnPError(ERROR_INVALID_ARGS)
        current = self.queue[self.track_index] if self.queue else None
        block = self.queue[start - 1 : start - 1 + count]
        rest = self.queue[: start - 1] + self.queue[start - 1 + count :]
        target = insert_before - 1
        if target > start - 1:
            target -= count
        self.queue = rest[:target] + block + rest[target:]
        if current is not None:
            self.track_index = next(
                i for i, item in enumerate(self.queue) if item is current
            )
        self._queue_changed()

    # Sleep timer ------------------------------------------------------------------

    def configure_sleep_timer(self, seconds: int | None) -> None:
        """Start (or with ``None`` cancel) the sleep timer."""
        self.sleep_deadline = None if seconds is None else self.clock.now() + seconds
        self.sleep_generation += 1

    def sleep_remaining(self) -> float | None:
        """Seconds left on the sleep timer, if one runs."""
        if self.sleep_deadline is None:
            return None
        return max(0.0, self.sleep_deadline - self.clock.now())
