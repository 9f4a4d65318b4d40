"""The fields that name a recap's month or year, shared by the actions that take one.

`encore.recap` sums the period up; `encore.create_playlist` makes a playlist
of its top songs. Apart from `recap_actions`, which builds on `services`:
the playlist actions are imported by `services` itself.
"""

import re
from typing import Any, Final

import voluptuous as vol

from homeassistant.helpers import config_validation as cv

ATTR_MONTH: Final = "month"
ATTR_YEAR: Final = "year"

MONTH_PATTERN: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
"""A calendar month as YYYY-MM."""

MONTH_OR_YEAR_FIELDS: Final[dict[vol.Marker, Any]] = {
    vol.Optional(ATTR_MONTH): vol.All(cv.string, vol.Match(MONTH_PATTERN)),
    vol.Optional(ATTR_YEAR): vol.All(vol.Coerce(int), vol.Range(min=1970, max=9999)),
}
