"""The media source's folders of songs, and how often a search result was played.

A folder is a recipe over whose plays (and, for a playlist, a place): the
top songs of this month, this year and all time, what is on repeat, the
forgotten favourites, this month's discoveries (`queries.recipes` says what
each means). The media source lists them; `encore.create_playlist` fills a
playlist with one, longer than a folder shows.
"""

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Final

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..manager import async_get_manager
from ..periods import PeriodName, resolve_period
from ..queries import Scope, TopEntry, TopKind, top_items
from ..queries.familiar import SearchHit, plays_of
from ..queries.recipes import discoveries, forgotten_favourites, on_repeat
from .asking import async_ask
from .question import Counted, Question, Where, Whose

__all__ = ["FOLDER_LIMIT", "Recipe", "SearchHit", "async_folder", "async_plays_of"]

FOLDER_LIMIT: Final = 50
"""Songs in each folder: an evening's worth, and what a queue takes at once."""


class Recipe(StrEnum):
    """The folders each person has."""

    TOP_MONTH = "top_month"
    TOP_YEAR = "top_year"
    TOP_ALL_TIME = "top_all_time"
    ON_REPEAT = "on_repeat"
    FORGOTTEN = "forgotten"
    DISCOVERIES = "discoveries"


_TOP_PERIODS: Final = {
    Recipe.TOP_MONTH: PeriodName.THIS_MONTH,
    Recipe.TOP_YEAR: PeriodName.THIS_YEAR,
    Recipe.TOP_ALL_TIME: PeriodName.ALL_TIME,
}


def _songs(
    conn: Connection, recipe: Recipe, scope: Scope, now: datetime, limit: int
) -> list[TopEntry]:
    """Read a recipe's songs, best first."""
    time_zone = dt_util.get_default_time_zone()
    if recipe in _TOP_PERIODS:
        period = resolve_period(_TOP_PERIODS[recipe], now=now, time_zone=time_zone)
        return top_items(conn, scope, period, TopKind.TRACK, limit=limit, images=True)
    if recipe is Recipe.ON_REPEAT:
        return on_repeat(conn, scope, now, limit=limit)
    if recipe is Recipe.FORGOTTEN:
        return forgotten_favourites(conn, scope, now, limit=limit)
    month = resolve_period(PeriodName.THIS_MONTH, now=now, time_zone=time_zone)
    return discoveries(conn, scope, month, limit=limit)


async def async_folder(
    hass: HomeAssistant,
    recipe: Recipe,
    whose: Scope,
    *,
    now: datetime,
    where: Where | None = None,
    limit: int = FOLDER_LIMIT,
) -> list[TopEntry]:
    """Return a recipe's songs over whose plays (heard at `where`), best first.

    The place is resolved to its devices in the same read (`async_ask`),
    over the ranking's music; without a place, over `whose` as given.
    """
    question = Question(
        Counted.RANKING,
        resolve_period(
            PeriodName.ALL_TIME, now=now, time_zone=dt_util.get_default_time_zone()
        ),
        Whose(whose),
        where=where,
    )
    answered = await async_ask(
        hass,
        question,
        lambda conn, _asked, scope: _songs(
            conn, recipe, whose if where is None else scope, now, limit
        ),
    )
    return answered.value


async def async_plays_of(
    hass: HomeAssistant, account: str | None, hits: Sequence[SearchHit]
) -> dict[str, int]:
    """Return how often an account (None: everyone) played each search result.

    Nothing while the history is shut: a search still answers, unranked.
    """
    manager = async_get_manager(hass)
    if not manager.is_open:
        return {}
    scope = Scope(accounts=None if account is None else (account,))
    wanted = list(hits)
    return await manager.async_read(lambda conn: plays_of(conn, scope, wanted))
