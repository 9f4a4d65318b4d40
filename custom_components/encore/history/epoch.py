"""Epoch milliseconds, the history's one unit of time, and back.

Every time the history stores is whole milliseconds since the Unix epoch in
UTC. The conversions are integer arithmetic on `timedelta` (exact, where a
float timestamp times 1000 can be off by one), and they floor: a stream that
ended 0.9 ms into a millisecond ended in that millisecond, whichever source
reported it. Every layer uses these; the module imports nothing of Encore's.
"""

from datetime import UTC, datetime, timedelta, tzinfo
import time

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def to_ms(moment: datetime) -> int:
    """Return the epoch milliseconds of an aware datetime."""
    return (moment - _EPOCH) // _MS


def from_ms(ms: int, time_zone: tzinfo = UTC) -> datetime:
    """Return the aware datetime of epoch milliseconds, in `time_zone`."""
    return (_EPOCH + timedelta(milliseconds=ms)).astimezone(time_zone)


def now_ms() -> int:
    """Return the current time in epoch milliseconds."""
    return time.time_ns() // 1_000_000


def iso_seconds(ms: int | None) -> str | None:
    """Return epoch milliseconds as ISO 8601 in UTC to the second, None as None."""
    return None if ms is None else from_ms(ms).isoformat(timespec="seconds")
