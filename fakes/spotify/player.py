"""One user's Spotify Connect player: devices and a playback state machine.

Time is `time.time()`, read on every access, so progress follows freezegun's
frozen and ticked clock: a test ticks past a track's end and the next read
finds the next track playing and the finished one in recently-played.

Rules modelled on the real service:
- a track that ends moves to the next item: the user queue first, then the
  context (or `uris` list); at the end of the context playback stops (paused,
  back on the first item, device still active) unless repeat is on;
- a finished or skipped track is added to recently-played when more than 30 s
  of it were played, with `played_at` = the instant it ended; never episodes,
  local files or private-session plays;
- during a private session /me/player hides the item (`item` null,
  `currently_playing_type` "unknown"), as Spotify documents; set
  `hide_private_items` False for a client that shows it anyway (the device's
  `is_private_session` then tells);
- `actions.disallows` drives the 403 "Restriction violated" answers: resuming
  while playing, pausing while paused, skipping back at the first item, any
  skip/seek/toggle during an ad, every command on a restricted device;
- "previous" after 3 s restarts the current item.
"""

from collections.abc import Callable
import copy
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import random
from typing import Any, Final, Literal

from .catalog import Catalog, hex_digest, parse_uri
from .errors import (
    SpotifyError,
    bad_request,
    device_not_found,
    no_active_device,
    not_found,
    restriction_violated,
    volume_disallowed,
)

# A play counts for recently-played only above this many milliseconds.
MIN_PLAYED_MS: Final = 30_000
# "previous" restarts the current item once this much of it has played.
RESTART_THRESHOLD_MS: Final = 3_000
QUEUE_LENGTH: Final = 20
REPEAT_STATES: Final = ("off", "track", "context")

PlayFinished = Callable[[str, int, dict[str, Any] | None], None]


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


def now_ms() -> int:
    """Return the time in whole milliseconds, floored (follows freezegun).

    From `datetime`, exactly: `time.time() * 1000` is a float that can fall
    a hair under a whole millisecond and floor to the one before.
    """
    return (datetime.now(UTC) - _EPOCH) // timedelta(milliseconds=1)


@dataclass
class Device:
    """A Spotify Connect device; `id` is None for some restricted speakers."""

    id: str | None
    name: str
    type: str = "Computer"
    volume_percent: int | None = 50
    supports_volume: bool = True
    is_restricted: bool = False
    is_private_session: bool = False

    def to_json(self, *, active: bool) -> dict[str, Any]:
        """Return the device object of /me/player/devices."""
        return {
            "id": self.id,
            "is_active": active,
            "is_private_session": self.is_private_session,
            "is_restricted": self.is_restricted,
            "name": self.name,
            "supports_volume": self.supports_volume,
            "type": self.type,
            "volume_percent": self.volume_percent,
        }


@dataclass
class _Interruption:
    kind: Literal["ad", "unknown"]
    started_ms: int
    duration_ms: int | None


class Player:
    """Devices and playback of one user."""

    def __init__(
        self,
        user_id: str,
        catalog: Catalog,
        saved_tracks: Callable[[], list[str]],
        on_finished: PlayFinished,
    ) -> None:
        """Initialize an idle player without devices."""
        self.user_id = user_id
        self._catalog = catalog
        self._saved_tracks = saved_tracks
        self._on_finished = on_finished
        self.devices: list[Device] = []
        self._active: Device | None = None
        self._context_uri: str | None = None
        self._items: list[str] = []
        self._order: list[int] = []
        self._pos = 0
        self._current: str | None = None
        self._from_queue = False
        self.queue: list[str] = []
        self._is_playing = False
        self._progress = 0
        self._anchor = now_ms()
        self._played = 0
        self._changed = self._anchor
        self.shuffle_state = False
        self.smart_shuffle = False
        self.repeat_state = "off"
        self._interruption: _Interruption | None = None
        self._verbatim: dict[str, Any] | None = None
        self._shuffles = 0
        self.hide_private_items = True

    # -- devices --------------------------------------------------------------

    def add_device(
        self,
        name: str,
        type: str = "Computer",  # noqa: A002  (Spotify's field name)
        *,
        device_id: str | None = "",
        volume_percent: int | None = 50,
        supports_volume: bool = True,
        is_restricted: bool = False,
        is_private_session: bool = False,
    ) -> Device:
        """Add a device; its id is derived from the name unless given (None allowed)."""
        if device_id == "":
            device_id = hex_digest("device", self.user_id, name)
        device = Device(
            device_id,
            name,
            type,
            volume_percent,
            supports_volume,
            is_restricted,
            is_private_session,
        )
        self.devices.append(device)
        return device

    def remove_device(self, device_id: str | None) -> None:
        """Remove a device (its playback session ends if it was active)."""
        device = self.device(device_id)
        self.devices.remove(device)
        if device is self._active:
            self.end_session()

    def device(self, device_id: str | None) -> Device:
        """Return a device by id (raises KeyError)."""
        for device in self.devices:
            if device.id == device_id:
                return device
        raise KeyError(device_id)

    @property
    def active_device(self) -> Device | None:
        """Return the device playback is on, if any."""
        return self._active

    def devices_json(self) -> dict[str, Any]:
        """Return the body of /me/player/devices."""
        return {
            "devices": [
                device.to_json(active=device is self._active) for device in self.devices
            ]
        }

    # -- reading state --------------------------------------------------------

    @property
    def is_playing(self) -> bool:
        """Return whether playback advances now."""
        self.sync()
        return self._is_playing

    @property
    def current_uri(self) -> str | None:
        """Return the URI of the item loaded now."""
        self.sync()
        return self._current

    @property
    def context_uri(self) -> str | None:
        """Return the URI of the current context."""
        return self._context_uri

    @property
    def loaded_uris(self) -> list[str]:
        """Return the items loaded by the last play (its `uris` or context's), in order."""
        return list(self._items)

    @property
    def progress_ms(self) -> int:
        """Return the position in the current item."""
        self.sync()
        return self._progress

    def remaining_ms(self) -> int | None:
        """Return how long until the current item ends (None when idle)."""
        self.sync()
        if self._current is None:
            return None
        return self._duration() - self._progress

    def has_session(self) -> bool:
        """Return whether /me/player answers 200 (else 204)."""
        self.sync()
        return self._verbatim is not None or (
            self._active is not None
            and (self._current is not None or self._interruption is not None)
        )

    def state_json(
        self, additional_types: set[str], *, with_device: bool = True
    ) -> dict[str, Any] | None:
        """Return /me/player (or /currently-playing) or None for 204."""
        self.sync()
        if self._verbatim is not None:
            recorded: dict[str, Any] = copy.deepcopy(self._verbatim)
            if not with_device:
                for key in ("device", "shuffle_state", "smart_shuffle", "repeat_state"):
                    recorded.pop(key, None)
            return recorded
        if not self.has_session() or self._active is None:
            return None
        now = now_ms()
        item: dict[str, Any] | None = None
        progress = self._progress
        playing_type = "track"
        if self._interruption is not None:
            playing_type = self._interruption.kind
            progress = now - self._interruption.started_ms
        elif self._active.is_private_session and self.hide_private_items:
            playing_type = "unknown"
        elif self._current is not None:
            kind = self._catalog.item_kind(self._current)
            # An audiobook's chapter plays as an episode does.
            spoken = kind in ("episode", "chapter")
            playing_type = "episode" if spoken else "track"
            if not spoken or "episode" in additional_types:
                item = self._catalog.item_json(self._current)
        body: dict[str, Any] = {}
        if with_device:
            body |= {
                "device": self._active.to_json(active=True),
                "shuffle_state": self.shuffle_state,
                "smart_shuffle": self.smart_shuffle,
                "repeat_state": self.repeat_state,
            }
        body |= {
            "timestamp": self._changed,
            "context": (
                self._catalog.context_json(self._context_uri)
                if self._context_uri
                else None
            ),
            "progress_ms": progress,
            "item": item,
            "currently_playing_type": playing_type,
            "actions": {"disallows": self._disallows()},
            "is_playing": self._is_playing,
        }
        return body

    def queue_json(self) -> dict[str, Any]:
        """Return /me/player/queue: the current item, then what plays next."""
        self.sync()
        current = None
        if self._current is not None and self._interruption is None:
            current = self._catalog.item_json(self._current)
        upcoming = list(self.queue)
        if self._items:
            following = self._order[self._pos + 1 :]
            if self.repeat_state == "context":
                following += self._order[: self._pos + 1]
            upcoming += [self._items[index] for index in following]
        return {
            "currently_playing": current,
            "queue": [self._catalog.item_json(uri) for uri in upcoming[:QUEUE_LENGTH]],
        }

    def _disallows(self) -> dict[str, bool]:
        disallows: dict[str, bool] = {}
        if self._interruption is not None:
            return {
                "pausing": not self._is_playing,
                "resuming": self._is_playing,
                "seeking": True,
                "skipping_next": True,
                "skipping_prev": True,
                "toggling_repeat_context": True,
                "toggling_repeat_track": True,
                "toggling_shuffle": True,
            }
        if self._current is None:
            return {"pausing": True, "resuming": True, "seeking": True}
        disallows["pausing" if not self._is_playing else "resuming"] = True
        if self._pos == 0 and not self._from_queue and self.repeat_state == "off":
            disallows["skipping_prev"] = True
        return disallows

    # -- the clock ------------------------------------------------------------

    def _duration(self) -> int:
        assert self._current is not None
        return self._catalog.duration_ms(self._current)

    def sync(self) -> None:
        """Advance playback to `time.time()`: finish items, record plays."""
        now = now_ms()
        if self._interruption is not None and self._is_playing:
            end = (
                None
                if self._interruption.duration_ms is None
                else self._interruption.started_ms + self._interruption.duration_ms
            )
            if end is None or now < end:
                self._anchor = now
                return
            self._interruption = None
            self._anchor = end
            self._changed = end
            if self._current is None:
                self._is_playing = False
        if self._current is None or not self._is_playing:
            self._anchor = now
            return
        elapsed = now - self._anchor
        rounds = 0
        while elapsed > 0 and self._current is not None and self._is_playing:
            remaining = self._duration() - self._progress
            if elapsed < remaining:
                self._progress += elapsed
                self._played += elapsed
                break
            self._played += max(remaining, 0)
            elapsed -= max(remaining, 0)
            end_ms = now - elapsed
            self._finish(end_ms)
            self._changed = end_ms
            self._advance(auto=True)
            rounds += 1
            if rounds > 10_000:  # a year of repeat: skip the rest
                break
        self._anchor = now

    def _finish(self, end_ms: int) -> None:
        """The current item ended or was skipped at `end_ms`: maybe record it."""
        uri = self._current
        private = self._active is not None and self._active.is_private_session
        if (
            uri is not None
            and self._catalog.item_kind(uri) == "track"
            and self._played > MIN_PLAYED_MS
            and not private
        ):
            context = (
                self._catalog.context_json(self._context_uri)
                if self._context_uri and not self._from_queue
                else None
            )
            self._on_finished(uri, end_ms, context)
        self._played = 0

    def _load(self, uri: str | None, *, from_queue: bool = False) -> None:
        self._current = uri
        self._from_queue = from_queue
        self._progress = 0
        self._played = 0

    def _advance(self, *, auto: bool) -> bool:
        """Move to the next item; False when the end stopped playback."""
        if auto and self.repeat_state == "track":
            self._progress = 0
            return True
        if self.queue:
            self._load(self.queue.pop(0), from_queue=True)
            return True
        if self._pos + 1 < len(self._order):
            self._pos += 1
            self._load(self._items[self._order[self._pos]])
            return True
        if self.repeat_state != "off" and self._order:
            self._pos = 0
            self._load(self._items[self._order[0]])
            return True
        # The end: paused on the first item, the device stays active.
        self._pos = 0
        self._load(self._items[self._order[0]] if self._order else None)
        self._is_playing = False
        return False

    # -- command plumbing -------------------------------------------------------

    def _target(self, device_id: str | None, *, enforce: bool) -> Device:
        """Return the device a command acts on, raising Spotify's errors."""
        if device_id is not None:
            try:
                device = self.device(device_id)
            except KeyError:
                raise device_not_found() from None
            if enforce and device.is_restricted:
                raise restriction_violated()
            return device
        if self._active is None:
            raise no_active_device()
        if enforce and self._active.is_restricted:
            raise restriction_violated()
        return self._active

    def _check(self, action: str, device_id: str | None, *, enforce: bool) -> None:
        """Apply the checks every command except play/transfer passes."""
        self._verbatim = None
        self.sync()
        device = self._target(device_id, enforce=enforce)
        if enforce and device is not self._active:
            # A command for a device that is not playing (spotipy's docs on
            # add_to_queue describe the same answer).
            raise restriction_violated()
        if enforce and self._disallows().get(action):
            raise restriction_violated()

    def _activate(self, device: Device) -> None:
        self._active = device

    def _touch(self) -> None:
        self._anchor = now_ms()
        self._changed = self._anchor

    # -- commands ---------------------------------------------------------------

    def play(
        self,
        device_id: str | None = None,
        *,
        context_uri: str | None = None,
        uris: list[str] | None = None,
        offset: dict[str, Any] | None = None,
        position_ms: int | None = None,
        enforce: bool = True,
    ) -> None:
        """Start or resume playback (PUT /me/player/play)."""
        self._verbatim = None
        self.sync()
        if context_uri is None and uris is None:
            device = self._target(device_id, enforce=enforce)
            if self._current is None:
                if enforce:
                    raise restriction_violated()
                return
            if enforce and device is self._active and self._is_playing:
                raise restriction_violated()
            self._activate(device)
            if position_ms is not None:
                self._seek_to(position_ms)
            self._is_playing = True
            self._touch()
            return
        if context_uri is not None and uris is not None:
            raise bad_request("Only one of context_uri and uris can be specified")
        items = self._resolve(context_uri, uris)
        start = self._offset_index(items, offset)
        device = self._target(device_id, enforce=enforce)
        if (
            enforce
            and self._interruption is not None
            and device is self._active
            and self._interruption.kind == "ad"
        ):
            raise restriction_violated()
        self._finish_now()
        self._activate(device)
        self._context_uri = context_uri
        self._items = items
        self._interruption = None
        self._set_order(start)
        self._load(self._items[self._order[self._pos]])
        self._is_playing = True
        self._touch()
        if position_ms:
            self._seek_to(position_ms)

    def _resolve(self, context_uri: str | None, uris: list[str] | None) -> list[str]:
        if uris is not None:
            if not uris:
                raise bad_request("Missing uris")
            for uri in uris:
                if self._catalog.item_kind(uri) is None:
                    raise bad_request(f"Invalid track uri: {uri}")
            return list(uris)
        assert context_uri is not None
        kind, _ = parse_uri(context_uri)
        if kind not in (
            "album",
            "playlist",
            "artist",
            "show",
            "collection",
            "audiobook",
        ):
            raise bad_request("Invalid context uri")
        items = self._catalog.context_items(context_uri, self._saved_tracks())
        if items is None:
            raise not_found()
        if not items:
            raise restriction_violated()
        return items

    @staticmethod
    def _offset_index(items: list[str], offset: dict[str, Any] | None) -> int | None:
        if offset is None:
            return None
        if "position" in offset:
            position = offset["position"]
            if not isinstance(position, int) or not 0 <= position < len(items):
                raise bad_request("Invalid offset")
            return position
        if "uri" in offset:
            try:
                return items.index(offset["uri"])
            except ValueError:
                raise bad_request("Invalid offset") from None
        raise bad_request("Invalid offset")

    def _set_order(self, start: int | None) -> None:
        natural = list(range(len(self._items)))
        if not self.shuffle_state:
            self._order = natural
            self._pos = start or 0
            return
        rng = random.Random(  # noqa: S311  (deterministic shuffle, not crypto)
            f"{self.user_id}:{self._context_uri}:{self._shuffles}"
        )
        self._shuffles += 1
        first = start if start is not None else rng.randrange(len(natural))
        rest = [index for index in natural if index != first]
        rng.shuffle(rest)
        self._order = [first, *rest]
        self._pos = 0

    def _seek_to(self, position_ms: int) -> None:
        if self._current is None:
            return
        if position_ms >= self._duration():
            # Spotify: a position past the end starts the next item.
            self._advance(auto=False)
        else:
            self._progress = position_ms
        self._touch()

    def _finish_now(self) -> None:
        """The current item is left for another: record it if played long enough."""
        if self._current is not None and self._interruption is None:
            self._finish(now_ms())

    def pause(self, device_id: str | None = None, *, enforce: bool = True) -> None:
        """Pause (PUT /me/player/pause)."""
        self._check("pausing", device_id, enforce=enforce)
        self._is_playing = False
        self._touch()

    def next(self, device_id: str | None = None, *, enforce: bool = True) -> None:
        """Skip to the next item (POST /me/player/next)."""
        self._check("skipping_next", device_id, enforce=enforce)
        if self._current is None:
            return
        self._finish_now()
        # Skipping starts playback, as Spotify's own apps do; at the end of the
        # context (repeat off) playback stops instead.
        self._is_playing = True
        self._advance(auto=False)
        self._touch()

    def previous(self, device_id: str | None = None, *, enforce: bool = True) -> None:
        """Go back (POST /me/player/previous); restarts after 3 s."""
        self._verbatim = None
        self.sync()
        self._target(device_id, enforce=enforce)
        if self._current is None:
            if enforce:
                raise restriction_violated()
            return
        if self._progress > RESTART_THRESHOLD_MS:
            self._progress = 0
        elif self._from_queue:
            self._load(self._items[self._order[self._pos]] if self._items else None)
        elif self._pos > 0:
            self._pos -= 1
            self._load(self._items[self._order[self._pos]])
        elif self.repeat_state == "context" and self._order:
            self._pos = len(self._order) - 1
            self._load(self._items[self._order[self._pos]])
        elif enforce:
            raise restriction_violated()
        else:
            self._progress = 0
        self._touch()

    def seek(
        self, position_ms: int, device_id: str | None = None, *, enforce: bool = True
    ) -> None:
        """Seek in the current item (PUT /me/player/seek)."""
        self._check("seeking", device_id, enforce=enforce)
        self._seek_to(position_ms)

    def set_volume(
        self, volume_percent: int, device_id: str | None = None, *, enforce: bool = True
    ) -> None:
        """Set a device's volume (PUT /me/player/volume)."""
        self._verbatim = None
        self.sync()
        device = self._target(device_id, enforce=enforce)
        if enforce and (not device.supports_volume or device.volume_percent is None):
            raise volume_disallowed()
        device.volume_percent = volume_percent

    def set_shuffle(
        self, state: bool, device_id: str | None = None, *, enforce: bool = True
    ) -> None:
        """Turn shuffle on or off (PUT /me/player/shuffle)."""
        self._check("toggling_shuffle", device_id, enforce=enforce)
        if state == self.shuffle_state:
            return
        self.shuffle_state = state
        if not self._items or self._from_queue or self._current is None:
            return
        current_index = self._order[self._pos]
        if state:
            self._set_order(current_index)
        else:
            self._order = list(range(len(self._items)))
            self._pos = current_index

    def set_repeat(
        self, state: str, device_id: str | None = None, *, enforce: bool = True
    ) -> None:
        """Set repeat to track, context or off (PUT /me/player/repeat)."""
        action = (
            "toggling_repeat_track" if state == "track" else "toggling_repeat_context"
        )
        self._check(action, device_id, enforce=enforce)
        self.repeat_state = state

    def add_to_queue(
        self, uri: str, device_id: str | None = None, *, enforce: bool = True
    ) -> None:
        """Add an item to the user queue (POST /me/player/queue)."""
        self._verbatim = None
        self.sync()
        device = self._target(device_id, enforce=enforce)
        if enforce and device is not self._active:
            raise restriction_violated()
        if self._catalog.item_kind(uri) is None:
            raise bad_request(f"Invalid track uri: {uri}")
        self.queue.append(uri)

    def transfer(
        self, device_id: str, play: bool | None = None, *, enforce: bool = True
    ) -> None:
        """Move playback to another device (PUT /me/player)."""
        self._verbatim = None
        self.sync()
        try:
            device = self.device(device_id)
        except KeyError:
            raise device_not_found() from None
        if enforce and device.is_restricted:
            raise restriction_violated()
        self._activate(device)
        # "true: ensure playback happens on new device; false or not provided:
        # keep the current playback state."
        if play and self._current is not None:
            self._is_playing = True
        self._touch()

    # -- "another device did it" hooks for tests --------------------------------

    def _any_device(self, device_id: str | None) -> str | None:
        if device_id is not None or self._active is not None:
            return device_id
        if not self.devices:
            raise SpotifyError(500, "test setup: the user has no device")
        return self.devices[0].id

    def external_play(
        self,
        *,
        context_uri: str | None = None,
        uris: list[str] | None = None,
        offset: dict[str, Any] | None = None,
        position_ms: int | None = None,
        device_id: str | None = None,
    ) -> None:
        """Start playback from another app (no Premium/restriction checks)."""
        self.play(
            self._any_device(device_id),
            context_uri=context_uri,
            uris=uris,
            offset=offset,
            position_ms=position_ms,
            enforce=False,
        )

    def external_resume(self) -> None:
        """Resume from another app."""
        self.play(enforce=False)

    def external_pause(self) -> None:
        """Pause from another app."""
        self.pause(enforce=False)

    def external_next(self) -> None:
        """Skip from another app."""
        self.next(enforce=False)

    def external_previous(self) -> None:
        """Go back from another app."""
        self.previous(enforce=False)

    def external_seek(self, position_ms: int) -> None:
        """Seek from another app."""
        self.seek(position_ms, enforce=False)

    def external_transfer(self, device_id: str, play: bool | None = None) -> None:
        """Move playback to `device_id` from another app."""
        self.transfer(device_id, play, enforce=False)

    def external_queue(self, uri: str) -> None:
        """Queue an item from another app."""
        self.add_to_queue(uri, enforce=False)

    def external_volume(
        self, volume_percent: int, device_id: str | None = None
    ) -> None:
        """Change volume from another app (or the device's own buttons)."""
        self.set_volume(volume_percent, device_id, enforce=False)

    def external_shuffle(self, state: bool) -> None:
        """Toggle shuffle from another app."""
        self.set_shuffle(state, enforce=False)

    def external_repeat(self, state: str) -> None:
        """Set repeat from another app."""
        self.set_repeat(state, enforce=False)

    def advance_to_track_end(self) -> None:
        """Finish the current item now, as if it had played to its end.

        Needs no clock: the item counts as listened to in full (recorded in
        recently-played when > 30 s) and playback moves on like at a real end.
        """
        self.sync()
        if self._current is None:
            return
        remaining = self._duration() - self._progress
        self._played += max(remaining, 0)
        self._progress = self._duration()
        ended = now_ms()
        self._finish(ended)
        self._changed = ended
        self._advance(auto=True)
        self._anchor = ended

    def start_ad(self, duration_ms: int = 30_000) -> None:
        """Play an ad now: `currently_playing_type` "ad", `item` null."""
        self.sync()
        if self._active is None:
            self._activate(self.device(self._any_device(None)))
        self._interruption = _Interruption("ad", now_ms(), duration_ms)
        self._is_playing = True
        self._touch()

    def start_unknown(self, duration_ms: int | None = None) -> None:
        """Play something Spotify reports as `currently_playing_type` "unknown"."""
        self.sync()
        if self._active is None:
            self._activate(self.device(self._any_device(None)))
        self._interruption = _Interruption("unknown", now_ms(), duration_ms)
        self._is_playing = True
        self._touch()

    def end_interruption(self) -> None:
        """End an ad or unknown item now; the interrupted item continues."""
        self.sync()
        self._interruption = None
        self._touch()

    def set_private_session(self, enabled: bool = True) -> None:
        """Private session on the active device: `item` null, nothing recorded."""
        self.sync()
        device = self._active or self.device(self._any_device(None))
        device.is_private_session = enabled

    def end_session(self) -> None:
        """Forget playback entirely: /me/player answers 204 again."""
        self.sync()
        self._verbatim = None
        self._active = None
        self._context_uri = None
        self._items = []
        self._order = []
        self._pos = 0
        self.queue.clear()
        self._interruption = None
        self._load(None)
        self._is_playing = False
        self._touch()

    def load_playback(self, data: dict[str, Any], *, verbatim: bool = False) -> None:
        """Take the state of a recorded /me/player body.

        The device, item and context are added to the fake; playback then runs
        from there. With `verbatim`, /me/player answers the recorded JSON
        itself (progress frozen) until the next command.
        """
        self.end_session()
        device_data = data.get("device")
        if device_data is not None:
            try:
                device = self.device(device_data["id"])
            except KeyError:
                device = self.add_device(
                    device_data["name"],
                    device_data.get("type", "Computer"),
                    device_id=device_data["id"],
                    volume_percent=device_data.get("volume_percent"),
                    supports_volume=device_data.get("supports_volume", True),
                    is_restricted=device_data.get("is_restricted", False),
                    is_private_session=device_data.get("is_private_session", False),
                )
            self._activate(device)
        item = data.get("item")
        uri = self._catalog.ingest_item(item) if item else None
        context = data.get("context")
        self._context_uri = context["uri"] if context else None
        items = (
            self._catalog.context_items(self._context_uri, self._saved_tracks())
            if self._context_uri
            else None
        )
        if uri is not None:
            self._items = items if items and uri in items else [uri]
            self._order = list(range(len(self._items)))
            self._pos = self._items.index(uri)
            self._load(uri)
            self._progress = data.get("progress_ms") or 0
        self.shuffle_state = bool(data.get("shuffle_state"))
        self.smart_shuffle = bool(data.get("smart_shuffle"))
        self.repeat_state = data.get("repeat_state") or "off"
        self._is_playing = bool(data.get("is_playing"))
        self._touch()
        playing_type = data.get("currently_playing_type")
        if playing_type in ("ad", "unknown"):
            self._interruption = _Interruption(playing_type, now_ms(), None)
        self._verbatim = copy.deepcopy(data) if verbatim else None
