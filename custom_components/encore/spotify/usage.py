"""Counts of Web API calls per endpoint, for diagnostics, health and benchmarks."""

from collections import Counter, deque
from datetime import datetime, timedelta

from homeassistant.util import dt as dt_util

WINDOW = timedelta(hours=1)


class ApiUsage:
    """Calls made by one account since start-up, and within the last hour."""

    def __init__(self) -> None:
        """Initialize empty counters."""
        self.total: Counter[str] = Counter()
        self._recent: deque[tuple[datetime, str]] = deque()

    def record(self, endpoint: str) -> None:
        """Count one request that went out."""
        self.total[endpoint] += 1
        now = dt_util.utcnow()
        self._recent.append((now, endpoint))
        self._expire(now)

    def last_hour(self) -> Counter[str]:
        """Return the calls per endpoint within the last hour."""
        self._expire(dt_util.utcnow())
        return Counter(endpoint for _, endpoint in self._recent)

    def _expire(self, now: datetime) -> None:
        horizon = now - WINDOW
        while self._recent and self._recent[0][0] < horizon:
            self._recent.popleft()
