"""Keeping a Spotify account's playback fresh without spending its API budget.

The playback coordinator does not poll at a fixed rate. After each answer it
picks the next moment worth asking again:
- one second after a command Encore sent, to confirm it (the entity shows the
  expected state meanwhile);
- just after the current item should end, when the next one starts;
- otherwise at the wait its plan gives for the state (playing, paused or
  idle), which catches changes made in other Spotify apps; the plan comes from
  the app's budget and what happens in the household (`planner.py`);
- while the rate gate is closed, or only the budget's reserve for commands is
  left, not before that ends: no call, no spinning, and the entity keeps its
  last state.
"""

from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import timedelta
import logging
from typing import Any, Final, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryAuthFailed
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util

from ..const import DOMAIN
from .client import SpotifyClient
from .errors import (
    SpotifyAuthError,
    SpotifyError,
    SpotifyNotFoundError,
    SpotifyRateLimitedError,
)
from .models import Playback, SpotifyDevice
from .objects import Thing
from .planner import DEFAULT_PLAN, AccountPlan
from .uri import parse_spotify_uri

_LOGGER = logging.getLogger(__name__)

# Spotify reflects a command within about half a second.
CONFIRM_DELAY: Final = timedelta(seconds=1)
CONFIRM_ATTEMPTS: Final = 3
# Ask just after the item should have ended (the scheduler adds up to 0.5 s).
AFTER_TRACK_END: Final = timedelta(seconds=1)
# Never ask more often than this while playing, whatever Spotify reports.
MIN_INTERVAL: Final = timedelta(seconds=3)
CONTEXT_NAMES_KEPT: Final = 32
# The list is read when a command needs it and when playback shows a device
# it lacks; the timer only catches devices that come and go unused.
DEVICES_INTERVAL: Final = timedelta(hours=6)
LIKED_SONGS: Final = "Liked Songs"

type Expectation = Callable[[Playback | None], bool]


@dataclass(frozen=True, slots=True)
class PlayerState:
    """What the media player shows: playback plus the context's name."""

    playback: Playback | None
    context_name: str | None = None


class _AccountCoordinator[T](DataUpdateCoordinator[T]):
    """What an account's coordinators share: the client, and Spotify's failures."""

    config_entry: ConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        client: SpotifyClient,
        what: str,
        interval: timedelta,
    ) -> None:
        """Initialize."""
        super().__init__(
            hass,
            _LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} {what} {entry.title}",
            update_interval=interval,
        )
        self.client = client

    async def _fetch[R](self, request: Awaitable[R]) -> R:
        """Await a request, mapping failures onto Home Assistant's.

        A closed rate gate is re-raised: each coordinator keeps its last data.
        """
        try:
            return await request
        except SpotifyRateLimitedError:
            raise
        except SpotifyAuthError as err:
            raise ConfigEntryAuthFailed(
                translation_domain=DOMAIN, translation_key="auth_failed"
            ) from err
        except SpotifyError as err:
            raise UpdateFailed(
                translation_domain=err.translation_domain,
                translation_key=err.translation_key,
                translation_placeholders=err.translation_placeholders,
            ) from err


class PlaybackCoordinator(_AccountCoordinator[PlayerState]):
    """Polls `/me/player` for one account at an adaptive interval."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, client: SpotifyClient
    ) -> None:
        """Initialize."""
        super().__init__(hass, entry, client, "playback", CONFIRM_DELAY)
        # A few recent contexts' names; cleared with the entry's reload.
        self._context_names: OrderedDict[str, str | None] = OrderedDict()
        self._last_seen: tuple[str | None, int | None] | None = None
        self._expectation: Expectation | None = None
        self._confirmations_left = 0
        self.last_device: SpotifyDevice | None = None
        self._listeners_on_device: list[Callable[[SpotifyDevice], None]] = []
        self.plan: AccountPlan = DEFAULT_PLAN
        """How often to ask; the account's app hands out a new one as things change."""

    @callback
    def async_set_plan(self, plan: AccountPlan) -> None:
        """Follow a new plan from the next poll on."""
        if plan == self.plan:
            return
        started_looking = plan.read_likes and not self.plan.read_likes
        self.plan = plan
        if started_looking and self.data is not None:
            # The player asks for the like state of what plays now.
            self.async_update_listeners()

    @override
    async def _async_update_data(self) -> PlayerState:
        previous = self.data or PlayerState(None)
        if (wait := self._gate_wait() or self._hold()) is not None:
            self.update_interval = wait
            return previous
        # After a failure, try again at the idle pace.
        self.update_interval = self.plan.idle_wait
        try:
            playback = await self._fetch(self.client.async_get_playback())
        except SpotifyRateLimitedError as err:
            self.update_interval = max(
                err.until - dt_util.utcnow() + timedelta(seconds=1), CONFIRM_DELAY
            )
            return previous
        # A command may have set an expected state while the request was out.
        previous = self.data or PlayerState(None)

        if self._expectation is not None:
            if not self._expectation(playback) and self._confirmations_left > 0:
                # Spotify has not caught up with Encore's command yet: keep
                # showing the expected state and ask again shortly.
                self._confirmations_left -= 1
                self.update_interval = CONFIRM_DELAY
                return previous
            self._expectation = None

        if playback is not None and playback.device is not None:
            self._remember_device(playback.device)
        self.update_interval = self._next_interval(playback)
        return PlayerState(playback, await self._context_name(playback))

    def _gate_wait(self) -> timedelta | None:
        """Return how long until the gate reopens, if it is closed."""
        until = self.client.gate.closed_until
        if until is None:
            return None
        remaining = until - dt_util.utcnow()
        if remaining <= timedelta(0):
            return None
        return remaining + timedelta(seconds=1)

    def _hold(self) -> timedelta | None:
        """Return how long polls wait for the budget, unless a command awaits its answer."""
        until = self.plan.hold_until
        if until is None or self._expectation is not None:
            return None
        remaining = until - dt_util.utcnow()
        if remaining <= timedelta(0):
            return None
        return remaining + timedelta(seconds=1)

    def _next_interval(self, playback: Playback | None) -> timedelta:
        if playback is None or not playback.is_playing:
            return self.plan.idle_wait
        ceiling = self.plan.playing_wait
        remaining = playback.remaining()
        seen = (playback.item.uri, playback.progress_ms)
        stuck, self._last_seen = seen == self._last_seen, seen
        if remaining is None or stuck or not self.plan.track_ends:
            # A device that stalls at the end of a track keeps reporting the
            # same position: don't spend a request a second on it.
            return ceiling
        return min(max(remaining + AFTER_TRACK_END, MIN_INTERVAL), ceiling)

    async def _context_name(self, playback: Playback | None) -> str | None:
        """Name the album, playlist, artist or show the item plays from."""
        if playback is None or playback.context is None:
            return None
        context = playback.context
        item = playback.item
        if context.type == "collection":
            return LIKED_SONGS
        if context.type == "album" and item.album_uri == context.uri:
            return item.album
        if context.type == "show" and item.album_uri == context.uri:
            return item.show
        if context.uri in self._context_names:
            self._context_names.move_to_end(context.uri)
            return self._context_names[context.uri]
        name: str | None = None
        if (parsed := parse_spotify_uri(context.uri)) is not None and parsed.kind in (
            "playlist",
            "album",
            "artist",
            "show",
        ):
            try:
                found = await self.client.async_get(
                    f"/{parsed.kind}s/{{id}}",
                    f"{parsed.kind}s/{parsed.id}",
                    Thing,
                    **({"fields": "name"} if parsed.kind == "playlist" else {}),
                )
                name = found.name
            except SpotifyNotFoundError:
                # Spotify's own editorial and algorithmic playlists are hidden
                # from Development-Mode apps: the context stays nameless.
                name = None
            except SpotifyError:
                return None  # try again on a later update
        self._context_names[context.uri] = name
        if len(self._context_names) > CONTEXT_NAMES_KEPT:
            self._context_names.popitem(last=False)
        return name

    @callback
    def _remember_device(self, device: SpotifyDevice) -> None:
        if device == self.last_device:
            return
        self.last_device = device
        for listener in list(self._listeners_on_device):
            listener(device)

    @callback
    def async_on_device_used(
        self, listener: Callable[[SpotifyDevice], None]
    ) -> Callable[[], None]:
        """Call `listener` whenever playback shows up on another device."""
        self._listeners_on_device.append(listener)
        return lambda: self._listeners_on_device.remove(listener)

    @callback
    def async_expect(
        self, optimistic: PlayerState | None, expectation: Expectation | None
    ) -> None:
        """Show the state a command should lead to, and confirm it shortly.

        `expectation` tells whether a fresh answer reflects the command; until
        it does (a few attempts at most), the optimistic state stays.
        """
        self._expectation = expectation
        self._confirmations_left = CONFIRM_ATTEMPTS if expectation else 0
        self.update_interval = CONFIRM_DELAY
        self.async_set_updated_data(optimistic or self.data)

    @callback
    def async_patch_playback(self, **changes: Any) -> PlayerState:
        """Return the current state with playback fields replaced."""
        state = self.data
        if state.playback is None:
            return state
        return replace(state, playback=replace(state.playback, **changes))


class DevicesCoordinator(_AccountCoordinator[list[SpotifyDevice]]):
    """The account's Spotify Connect devices: refreshed rarely, and on demand."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, client: SpotifyClient
    ) -> None:
        """Initialize."""
        super().__init__(hass, entry, client, "devices", DEVICES_INTERVAL)

    @override
    async def _async_update_data(self) -> list[SpotifyDevice]:
        if not self.client.gate.is_open:
            return self.data or []
        try:
            return await self._fetch(self.client.async_get_devices())
        except SpotifyRateLimitedError:
            return self.data or []

    async def async_fresh(self) -> list[SpotifyDevice]:
        """Fetch the list now (select_source, a device that went missing).

        While Spotify asks this account to wait, raise that wait
        (`rate_limited`, with the time) instead of answering from a list that
        may be empty: a command would otherwise claim no device is there.
        """
        self.client.gate.check()
        await self.async_refresh()
        self.client.gate.check()
        return self.data or []
