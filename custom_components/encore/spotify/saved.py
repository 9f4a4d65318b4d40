"""Whether the account's library holds an item: asked once per item, then remembered.

The player shows whether what plays now is saved ("liked"). Spotify answers
`GET /me/library/contains` through the rate gate; the answer is kept for a
while, and what Encore saves or removes itself is known at once. While the
gate is closed nothing is asked: the player shows what it last knew.
"""

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.util import dt as dt_util

from .client import SpotifyClient
from .errors import SpotifyError

# Likes made in other apps show within this long.
SAVED_FOR: Final = timedelta(minutes=10)
REMEMBERED: Final = 200


class SavedItems:
    """A small cache of `contains` answers, one account's."""

    def __init__(self, client: SpotifyClient) -> None:
        """Initialize an empty cache."""
        self._client = client
        self._known: OrderedDict[str, tuple[bool, datetime]] = OrderedDict()
        self._listeners: list[Callable[[], None]] = []

    def known(self, uri: str) -> bool | None:
        """Return what Encore knows of `uri` (None: not asked yet)."""
        found = self._known.get(uri)
        return None if found is None else found[0]

    async def async_is_saved(self, uri: str) -> bool | None:
        """Return whether the library holds `uri`, asking Spotify when not fresh."""
        found = self._known.get(uri)
        if found is not None and dt_util.utcnow() - found[1] < SAVED_FOR:
            return found[0]
        if not self._client.gate.is_open:
            return None if found is None else found[0]
        try:
            (saved,) = await self._client.async_library_contains([uri])
        except SpotifyError:
            return None if found is None else found[0]
        self._remember(uri, saved)
        return saved

    @callback
    def async_learned(self, uris: list[str], *, saved: bool) -> None:
        """Encore saved or removed these itself: no need to ask."""
        for uri in uris:
            self._remember(uri, saved)
        for listener in list(self._listeners):
            listener()

    def _remember(self, uri: str, saved: bool) -> None:
        self._known[uri] = (saved, dt_util.utcnow())
        self._known.move_to_end(uri)
        while len(self._known) > REMEMBERED:
            self._known.popitem(last=False)

    @callback
    def async_add_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call `listener` when Encore changed what is saved."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove
