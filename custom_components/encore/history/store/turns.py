"""Giving Home Assistant's event loop its turn at the interpreter lock."""

import time
from typing import Final

SLICE: Final = 0.001
"""Seconds of work between turns offered."""


class _Turns:
    """`give_way`: the time the last turn was offered, in any thread."""

    __slots__ = ("_offered",)

    def __init__(self) -> None:
        self._offered = 0.0

    def __call__(self) -> None:
        """Let a waiting thread, Home Assistant's event loop above all, take the lock.

        For long Python work on a thread (parsing an export, the writer's
        batches): call it often, it offers a turn once a millisecond. A
        thread that keeps running Python keeps the interpreter lock until a
        thread waiting for it has waited a whole switch interval (5 ms), and
        the event loop waits twice per wake-up (after `select`, and when the
        woken task runs): it ran about 10 ms late whenever such a thread
        worked. Sleeping for no time lets go of the lock, and a waiting
        thread takes it at once; with none waiting, it costs a microsecond.
        """
        now = time.perf_counter()
        if now - self._offered >= SLICE:
            time.sleep(0)
            self._offered = time.perf_counter()


give_way: Final = _Turns()
