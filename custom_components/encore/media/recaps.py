"""The recaps in Encore's media source: a year's or a month's top songs, to play.

Below a person's folder (`<whose>/`, see `media_source`):

- `recaps`: the years with plays, newest first;
- `recaps/<YYYY>`: a year: its recap, then its months with plays, newest first;
- `recap/<YYYY>`, `recap/<YYYY>-<MM>`: a year's or a month's recap (the
  actions' `year` and `month`): its songs in the recap's order, the list
  `encore.create_playlist` with that `year` or `month` fills a playlist with
  (`history.queries.recap.recap_songs`).

The household's recaps are the recap's: without the people who stay out of
household figures (`history.recaps`), in their years and months as in their
songs. A year before 1970 (the actions' first), a month or year not begun
yet, or anything but those forms is no recap (`parse_recap` says None).
"""

from dataclasses import dataclass
from datetime import datetime
import re
from typing import Final

from homeassistant.core import HomeAssistant

from ..actions.fields import MONTH_PATTERN, calendar_period
from ..history.questions import Scope, TopEntry, async_recap_months, async_recap_songs

RECAPS: Final = "recaps"
RECAP: Final = "recap"
FIRST_YEAR: Final = 1970
"""The first year the recap's actions take."""
_YEAR: Final = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, slots=True)
class RecapOf:
    """A calendar year (`month` None) or month whose recap a folder plays."""

    year: int
    month: int | None = None

    @property
    def key(self) -> str:
        """The identifier's last part: `2025` or `2025-03`."""
        if self.month is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    def title(self, titles: dict[str, str]) -> str:
        """Return its title in the titles' language: "Recap March 2025"."""
        if self.month is None:
            return f"{titles[RECAP]} {self.year}"
        return f"{titles[RECAP]} {titles[f'month_{self.month}']} {self.year}"


def parse_year(text: str, now: datetime) -> int | None:
    """Return the year `YYYY` names, if it is one a recap can be of."""
    found = _YEAR.match(text)
    if found is None or not FIRST_YEAR <= (year := int(found[1])) <= now.year:
        return None
    return year


def parse_recap(text: str, now: datetime) -> RecapOf | None:
    """Return the recap `YYYY` or `YYYY-MM` names; None for anything else."""
    if (year := parse_year(text, now)) is not None:
        return RecapOf(year)
    found = MONTH_PATTERN.match(text)
    if found is None:
        return None
    recap = RecapOf(int(found[1]), int(found[2]))
    if parse_year(found[1], now) is None or (recap.year, recap.month) > (
        now.year,
        now.month,
    ):
        return None
    return recap


async def async_months(
    hass: HomeAssistant, scope: Scope, year: int | None = None
) -> list[RecapOf]:
    """Return the months with plays (of one year, or all), newest first."""
    return [
        RecapOf(found_year, month)
        for found_year, month in await async_recap_months(hass, scope)
        if year is None or found_year == year
    ]


async def async_songs(
    hass: HomeAssistant, scope: Scope, recap: RecapOf, now: datetime, *, limit: int
) -> list[TopEntry]:
    """Return the recap's songs, best first, with their artwork."""
    period = calendar_period(recap.year, recap.month, now)
    return await async_recap_songs(hass, scope, period, limit=limit)
