"""The fields that name a recap's month or year, shared by what takes one.

`encore.recap` sums the period up; `encore.create_playlist` makes a playlist
of its top songs; the media source lists each recap's songs. Apart from
`recap_actions`, which builds on `services`: the playlist actions and the
media source are imported by `services` itself.
"""

from datetime import date, datetime
import re
from typing import Any, Final

import voluptuous as vol

from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from .history.periods import Period, PeriodName, local_midnight

ATTR_MONTH: Final = "month"
ATTR_YEAR: Final = "year"

MONTH_PATTERN: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
"""A calendar month as YYYY-MM."""

MONTH_OR_YEAR_FIELDS: Final[dict[vol.Marker, Any]] = {
    vol.Optional(ATTR_MONTH): vol.All(cv.string, vol.Match(MONTH_PATTERN)),
    vol.Optional(ATTR_YEAR): vol.All(vol.Coerce(int), vol.Range(min=1970, max=9999)),
}


def calendar_period(year: int, month: int | None, now: datetime) -> Period:
    """Return a calendar year (month None) or month in Home Assistant's time zone.

    One still going on ends now; one not begun yet is empty (ends at its start).
    """
    time_zone = dt_util.get_default_time_zone()
    if month is None:
        first, following = date(year, 1, 1), date(year + 1, 1, 1)
    else:
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
    start = local_midnight(first, time_zone)
    end = min(local_midnight(following, time_zone), now.astimezone(time_zone))
    return Period(PeriodName.CUSTOM, start, max(start, end))
