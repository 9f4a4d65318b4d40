"""The fields the actions share, below every family of them.

The reading actions' own fields (kind, measure, length, a name, a device,
the household) beside the question's (`history.questions.fields`), and
the fields that name a recap's month or year: `encore.recap` sums the
period up, `encore.create_playlist` makes a playlist of its top songs, the
media source lists each recap's songs; all three read the period here
(`recap_period`).

A month is checked here, not by the schema: a schema's refusal is English
("does not match the expected pattern"), this one is in the user's language
and names the form ("2025-10"). So is whose history an entry names
(`history_entry`): a Sonos household has none of its own.
"""

from collections.abc import Mapping
from datetime import date, datetime
import re
from typing import Any, Final

import voluptuous as vol

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, EntryKind
from ..history.periods import (
    MonthFormatError,
    Period,
    PeriodError,
    PeriodName,
    check_year,
    implied_period,
    local_midnight,
    resolve_period,
)
from ..history.questions.fields import ATTR_END, ATTR_PERIOD, ATTR_START
from ..history.whose import entry_kind

ATTR_KIND = "kind"
ATTR_RANK_BY = "rank_by"
ATTR_LIMIT = "limit"
ATTR_ARTIST = "artist"
ATTR_TRACK = "track"
ATTR_DEVICE = "device"
# The whole household's history: only the listening page asks for it.
ATTR_EVERYONE = "everyone"

MAX_LIMIT: Final = 50


def limit_field(default: int) -> dict[vol.Marker, Any]:
    """Return the `limit` field: how many entries, `default` unless asked."""
    return {
        vol.Optional(ATTR_LIMIT, default=default): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_LIMIT)
        )
    }


ATTR_MONTH: Final = "month"
ATTR_YEAR: Final = "year"

MONTH_PATTERN: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
"""A calendar month as YYYY-MM."""

MONTH_OR_YEAR_FIELDS: Final[dict[vol.Marker, Any]] = {
    vol.Optional(ATTR_MONTH): cv.string,
    vol.Optional(ATTR_YEAR): vol.Coerce(int),
}


def calendar_period(year: int, month: int | None, now: datetime) -> Period:
    """Return a calendar year (month None) or month in Home Assistant's time zone.

    One still going on ends now; one not begun yet is empty (ends at its start).
    """
    time_zone = dt_util.get_default_time_zone()
    check_year(year)
    if month is None:
        first, following = date(year, 1, 1), date(year + 1, 1, 1)
    else:
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
    start = local_midnight(first, time_zone)
    end = min(local_midnight(following, time_zone), now.astimezone(time_zone))
    return Period(PeriodName.CUSTOM, start, max(start, end))


def bad_period(err: PeriodError) -> ServiceValidationError:
    """Return the translated refusal of a period."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=err.translation_key,
        translation_placeholders=err.translation_placeholders,
    )


def recap_period(
    data: Mapping[str, Any],
    now: datetime,
    default: PeriodName = PeriodName.LAST_MONTH,
) -> Period:
    """Return the period a call means: a month, a year, or as others ask.

    A month or year still going on ends now; without anything, `default`.
    Raises a translated `ServiceValidationError` for what is no period.
    """
    time_zone = dt_util.get_default_time_zone()
    month, year = data.get(ATTR_MONTH), data.get(ATTR_YEAR)
    try:
        if month is not None or year is not None:
            given = [
                key
                for key in (ATTR_PERIOD, "days", ATTR_START, ATTR_END)
                if data.get(key) is not None
            ]
            if (month is not None and year is not None) or given:
                raise ServiceValidationError(
                    translation_domain=DOMAIN, translation_key="recap_one_period"
                )
            if month is not None:
                found = MONTH_PATTERN.match(str(month))
                if found is None:
                    raise MonthFormatError(f"{month!r} is no month", month=str(month))
                return calendar_period(int(found[1]), int(found[2]), now)
            return calendar_period(int(str(year)), None, now)
        return resolve_period(
            implied_period(
                data.get(ATTR_PERIOD),
                days=data.get("days"),
                start=data.get(ATTR_START),
                end=data.get(ATTR_END),
                default=default,
            ),
            now=now,
            time_zone=time_zone,
            days=data.get("days"),
            start=data.get(ATTR_START),
            end=data.get(ATTR_END),
        )
    except PeriodError as err:
        raise bad_period(err) from err


def history_entry(hass: HomeAssistant, entry_id: str | None) -> str | None:
    """Return `entry_id` when it names whose history to read; refuse a Sonos household.

    Since plays on speakers are attributed to the Spotify accounts and the
    people who heard them (issue 46), a household's own history is empty:
    asking for it would answer nothing, silently (issue 43.14). Entries
    that are no account at all are refused further on, as before.
    """
    entry = hass.config_entries.async_get_entry(entry_id) if entry_id else None
    if (
        entry is not None
        and entry.domain == DOMAIN
        and entry_kind(entry) is EntryKind.SONOS
    ):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sonos_no_history",
            translation_placeholders={"entry": entry.title},
        )
    return entry_id
