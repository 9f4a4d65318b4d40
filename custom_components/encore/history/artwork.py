"""Artwork for what the listening page shows: looked up lazily, a few an hour.

The history keeps the covers Encore sees (the player, recently played); most
of a long history came from an export, which has none. When the page shows
an artist, track, album or show without one, it is looked up in the catalog
(Spotify, wired in from outside: the history does not know its sources) and
kept, so it is asked once. Look-ups are few, one at a time, spaced out and
counted: at most `BUDGET` in any hour, `SPACING` apart. A closed rate gate
stops them until it reopens; a page that asks again meanwhile only queues.
"""

import asyncio
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Final, Protocol

from sqlalchemy import Connection

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, LOGGER
from .manager import HistoryManager
from .store.artwork import (
    ArtworkNeed,
    image_of_artist,
    image_of_item,
    keep_artist_image,
    keep_artist_uri,
    keep_item_image,
    keep_item_images,
    need_of_album,
    need_of_artist,
    need_of_track,
)

BUDGET: Final = 30
"""Look-ups (catalog requests) in any hour, every account together: a page of
forty unknown covers fills over an hour or two, and Spotify's rolling
30-second window never sees more than a handful from Encore's artwork."""
SPACING: Final = timedelta(seconds=3)
"""Between two look-ups: never a burst, even with budget left."""
RETRY_LATER: Final = timedelta(minutes=15)
"""After a look-up failed for another reason than a closed rate gate."""
QUEUE_LIMIT: Final = 100
"""Wanted images kept waiting; the oldest wishes go first (the page moved on)."""
GIVEN_UP_LIMIT: Final = 5000
"""Wishes nothing can be asked for (no URI) remembered, not planned again."""
WINDOW: Final = timedelta(hours=1)

type WriteArtwork = Callable[[Connection], None]

SIGNAL_ARTWORK_FOUND: Final = f"{DOMAIN}_artwork_found"
"""Sent when looked-up artwork was kept: open pages ask their lists again."""


@dataclass(frozen=True, slots=True)
class ArtworkWanted:
    """An item on screen without artwork, as the answers name it.

    `kind` is "artist", "track", "album" or "show"; a track is named by its
    URI, an album by its title and artist, an artist or show by its name.
    """

    kind: str
    name: str
    artist: str | None = None
    uri: str | None = None


@dataclass(frozen=True, slots=True)
class FoundTrack:
    """What the catalog says of a track: its album's cover, its first artist."""

    image: str | None
    artist_uri: str | None


@dataclass(frozen=True, slots=True)
class FoundEpisode:
    """What the catalog says of an episode: its image and its show's."""

    image: str | None
    show_image: str | None


class CatalogUnavailableError(Exception):
    """No look-up can go out now; `until` says when one may (a closed gate)."""

    def __init__(self, until: datetime | None = None) -> None:
        """Remember when to try again, if known."""
        super().__init__(until)
        self.until = until


class ArtworkCatalog(Protocol):
    """Where artwork is looked up; each call is one request.

    A thing the catalog does not know answers as having no image. Anything
    that keeps a request from being answered raises `CatalogUnavailableError`.
    """

    async def async_track(self, uri: str) -> FoundTrack:
        """Return a track's cover and first artist."""

    async def async_artist(self, uri: str) -> str | None:
        """Return an artist's picture."""

    async def async_episode(self, uri: str) -> FoundEpisode:
        """Return an episode's image and its show's."""


def plan(conn: Connection, wanted: ArtworkWanted) -> ArtworkNeed | None:
    """Return the next look-up `wanted` needs; None when none (known, or unaskable)."""
    if wanted.kind == "track":
        return need_of_track(conn, wanted.uri) if wanted.uri else None
    if wanted.kind == "album":
        return need_of_album(conn, wanted.artist, wanted.name)
    if wanted.kind in ("artist", "show"):
        return need_of_artist(conn, wanted.name, show=wanted.kind == "show")
    return None


async def async_keep_seen(
    manager: HistoryManager, images: Mapping[str, str | None]
) -> None:
    """Keep the images a collector saw, by item URI; a failure only costs them.

    Called once the plays are recorded, so their items exist.
    """
    wanted = {uri: url for uri, url in images.items() if uri and url}
    if not wanted or not manager.is_open:
        return
    try:
        await manager.async_write(
            lambda conn, _state: keep_item_images(conn, wanted), artwork=True
        )
    except HomeAssistantError as err:
        LOGGER.debug("Keeping the artwork seen failed: %s", err)


def image_for(conn: Connection, kind: str, name: str, uri: str | None) -> str | None:
    """Return the known image of an item page's subject (a track by its URI)."""
    if kind == "track":
        return image_of_item(conn, uri) if uri else None
    return image_of_artist(conn, name)


class ArtworkFiller:
    """Looks up the artwork pages want, within the budget, and keeps it."""

    def __init__(
        self,
        hass: HomeAssistant,
        manager: HistoryManager,
        catalog: ArtworkCatalog,
        *,
        budget: int = BUDGET,
        spacing: timedelta = SPACING,
    ) -> None:
        """Initialize idle; nothing is asked before something is wanted."""
        self._hass = hass
        self._manager = manager
        self._catalog = catalog
        self._budget = budget
        self._spacing = spacing
        self._queue: OrderedDict[ArtworkWanted, None] = OrderedDict()
        self._given_up: set[ArtworkWanted] = set()
        self._sent: deque[datetime] = deque()
        self._paused_until: datetime | None = None
        self._task: asyncio.Task[None] | None = None
        self._unsub_wake: CALLBACK_TYPE | None = None
        self._stopped = False
        self.looked_up = 0
        """Look-ups sent since start-up (diagnostics, tests)."""
        hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, self._async_on_stop)

    @callback
    def want(self, wanted: Iterable[ArtworkWanted]) -> None:
        """Queue what the page shows without artwork; start looking if idle."""
        for item in wanted:
            if item in self._given_up or item in self._queue:
                continue
            self._queue[item] = None
            while len(self._queue) > QUEUE_LIMIT:
                self._queue.popitem(last=False)
        self._kick()

    def status(self) -> dict[str, Any]:
        """Return the look-ups so far and what waits, for diagnostics."""
        self._delay(dt_util.utcnow())  # forgets look-ups older than an hour
        return {
            "looked_up": self.looked_up,
            "last_hour": len(self._sent),
            "budget_per_hour": self._budget,
            "waiting": len(self._queue),
            "paused_until": self._paused_until,
        }

    def _delay(self, now: datetime) -> timedelta:
        """Return how long until the next look-up may go out."""
        while self._sent and self._sent[0] <= now - WINDOW:
            self._sent.popleft()
        if self._paused_until is not None and self._paused_until <= now:
            self._paused_until = None
        ready = now
        if self._paused_until is not None:
            ready = self._paused_until
        if self._sent:
            ready = max(ready, self._sent[-1] + self._spacing)
        if len(self._sent) >= self._budget:
            ready = max(ready, self._sent[-self._budget] + WINDOW)
        return ready - now

    @callback
    def _kick(self) -> None:
        if (
            self._stopped
            or self._task is not None
            or self._unsub_wake is not None
            or not self._queue
        ):
            return
        delay = self._delay(dt_util.utcnow())
        if delay > timedelta(0):
            self._unsub_wake = async_call_later(self._hass, delay, self._on_wake)
            return
        self._task = self._hass.async_create_background_task(
            self._async_run(), f"{DOMAIN} artwork look-up"
        )

    @callback
    def _on_wake(self, _now: datetime) -> None:
        self._unsub_wake = None
        self._kick()

    async def _async_run(self) -> None:
        """Look up one image, keep it; the next waits for the timer."""
        try:
            await self._async_look_up_next()
        finally:
            self._task = None
            self._kick()

    async def _async_look_up_next(self) -> None:
        # Plan until a wish needs a look-up: those known already or that
        # cannot be asked for cost nothing and leave the queue at once.
        if not self._manager.is_open:
            # Nothing to keep them in: the page asks again once it opens.
            self._queue.clear()
            return
        while self._queue:
            wanted = next(iter(self._queue))
            try:
                need = await self._manager.async_read(partial(plan, wanted=wanted))
            except HomeAssistantError as err:
                LOGGER.debug("Planning an artwork look-up failed: %s", err)
                self._paused_until = dt_util.utcnow() + RETRY_LATER
                return
            if need is None:
                self._queue.pop(wanted, None)
                self._forget(wanted)
                continue
            await self._async_ask(wanted, need)
            return

    def _forget(self, wanted: ArtworkWanted) -> None:
        if len(self._given_up) >= GIVEN_UP_LIMIT:
            self._given_up.clear()
        self._given_up.add(wanted)

    async def _async_ask(self, wanted: ArtworkWanted, need: ArtworkNeed) -> None:
        """Send one look-up and keep what it found; the wish stays for its next step."""
        now = dt_util.utcnow()
        self._sent.append(now)
        self.looked_up += 1
        try:
            if need.ask == "artist":
                picture = await self._catalog.async_artist(need.uri)
                write = _keep_artist(need, picture)
            elif need.ask == "episode":
                episode = await self._catalog.async_episode(need.uri)
                write = _keep_episode(need, episode)
            else:
                track = await self._catalog.async_track(need.uri)
                write = _keep_track(need, track)
        except CatalogUnavailableError as err:
            # The wish waits; nothing goes out before the gate reopens.
            self._paused_until = err.until or now + RETRY_LATER
            LOGGER.debug("Artwork look-ups wait until %s", self._paused_until)
            return
        try:
            await self._manager.async_write(
                lambda conn, _state: write(conn), artwork=True
            )
        except HomeAssistantError as err:
            LOGGER.debug("Keeping artwork failed: %s", err)
            self._queue.pop(wanted, None)
            return
        async_dispatcher_send(self._hass, SIGNAL_ARTWORK_FOUND)
        # Done, or a second step (an artist's picture after their track)?
        # Asked now, so what waits is what still needs Spotify.
        try:
            done = await self._manager.async_read(partial(plan, wanted=wanted)) is None
        except HomeAssistantError:
            return
        if done:
            self._queue.pop(wanted, None)
            self._forget(wanted)

    async def _async_on_stop(self, _event: Event) -> None:
        self.async_stop()

    @callback
    def async_stop(self) -> None:
        """Cancel the timer and the look-up under way."""
        self._stopped = True
        if self._unsub_wake is not None:
            self._unsub_wake()
            self._unsub_wake = None
        if self._task is not None:
            self._task.cancel()


def _keep_track(need: ArtworkNeed, track: FoundTrack) -> WriteArtwork:
    def write(conn: Connection) -> None:
        if need.item_id is not None:
            keep_item_image(conn, need.item_id, track.image)
        if need.for_artist and need.artist_id is not None:
            if track.artist_uri:
                keep_artist_uri(conn, need.artist_id, track.artist_uri)
            else:
                # Nothing names the artist: no picture can be asked for.
                keep_artist_image(conn, need.artist_id, None)

    return write


def _keep_artist(need: ArtworkNeed, picture: str | None) -> WriteArtwork:
    def write(conn: Connection) -> None:
        if need.artist_id is not None:
            keep_artist_image(conn, need.artist_id, picture)

    return write


def _keep_episode(need: ArtworkNeed, episode: FoundEpisode) -> WriteArtwork:
    def write(conn: Connection) -> None:
        if need.item_id is not None:
            keep_item_image(conn, need.item_id, episode.image or episode.show_image)
        if need.artist_id is not None:
            keep_artist_image(conn, need.artist_id, episode.show_image or episode.image)

    return write
