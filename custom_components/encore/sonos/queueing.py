"""Putting things in a coordinator's queue the way an enqueue mode asks.

Runs in the executor as one job: a few requests that belong together.
"""

from collections.abc import Callable

from soco import SoCo

from homeassistant.components.media_player import MediaPlayerEnqueue

from . import commands

# Adds one item at a 1-based position (0: the end); returns its first number.
type AddItem = Callable[[int, bool], int]


def enqueue(
    soco: SoCo,
    uid: str,
    adders: list[AddItem],
    mode: MediaPlayerEnqueue | None,
    current: int | None,
) -> None:
    """Add items (several: an artist's albums) and play as `mode` says.

    ADD appends; NEXT inserts after the current track; PLAY inserts there and
    plays; REPLACE (the default) empties the queue, fills it and plays.
    """
    if mode is MediaPlayerEnqueue.ADD:
        _append(adders)
        return
    if mode in (MediaPlayerEnqueue.NEXT, MediaPlayerEnqueue.PLAY):
        first = _insert(adders, current + 1) if current else _append(adders)
        if mode is MediaPlayerEnqueue.PLAY:
            commands.play_from_queue(soco, uid, first)
        return
    commands.clear_queue(soco)
    commands.play_from_queue(soco, uid, _append(adders))


def _append(adders: list[AddItem]) -> int:
    numbers = [add(0, False) for add in adders]
    return numbers[0]


def _insert(adders: list[AddItem], position: int) -> int:
    # Inserting at one position in reverse order keeps the items' order.
    first = position
    for add in reversed(adders):
        first = add(position, True)
    return first
