"""What the history's sensors show, read in one go (`wiring.history_entities`).

Plays today, time listened today and this week, the top artists and tracks
of this week and month, the last play: one read of the question layer per
refresh, for one scope (an account's, or every source's).
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Final

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant

from ..manager import async_get_manager
from ..periods import Period, PeriodName, resolve_period
from ..queries import (
    PlayRow,
    PlayRule,
    RankBy,
    Scope,
    TopEntry,
    TopKind,
    recent_plays,
    top_items,
    totals,
)

__all__ = ["RANKING_SIZE", "ListeningSnapshot", "async_listening_snapshot"]

RANKING_SIZE: Final = 10
# Plays count as Spotify counts them; time listened is the counted plays'
# (as every view says it: `families.PeriodTotals`, issue 43.3).
COUNT_RULE: Final = PlayRule.THIRTY_SECONDS


@dataclass(frozen=True, slots=True)
class ListeningSnapshot:
    """What the listening sensors show, read in one go."""

    today: Period
    week: Period
    month: Period
    plays_today: int
    ms_today: int
    ms_week: int
    top_artists_week: list[TopEntry]
    top_artists_month: list[TopEntry]
    top_tracks_week: list[TopEntry]
    top_tracks_month: list[TopEntry]
    last_played: PlayRow | None


def take_snapshot(
    conn: Connection, scope: Scope, *, now: datetime, time_zone: tzinfo
) -> ListeningSnapshot:
    """Read everything the sensors show. Blocking: runs on a reader thread."""

    def period(name: PeriodName) -> Period:
        return resolve_period(name, now=now, time_zone=time_zone)

    today = period(PeriodName.TODAY)
    week = period(PeriodName.THIS_WEEK)
    month = period(PeriodName.THIS_MONTH)

    def top(kind: TopKind, within: Period) -> list[TopEntry]:
        entries: list[TopEntry] = top_items(
            conn,
            scope,
            within,
            kind,
            rank_by=RankBy.PLAYS,
            limit=RANKING_SIZE,
            rule=COUNT_RULE,
        )
        return entries

    last = recent_plays(conn, scope, period(PeriodName.ALL_TIME), limit=1).plays
    of_today = totals(conn, scope, today, rule=COUNT_RULE)
    return ListeningSnapshot(
        today=today,
        week=week,
        month=month,
        plays_today=of_today.plays,
        ms_today=of_today.ms_played,
        ms_week=totals(conn, scope, week, rule=COUNT_RULE).ms_played,
        top_artists_week=top(TopKind.ARTIST, week),
        top_artists_month=top(TopKind.ARTIST, month),
        top_tracks_week=top(TopKind.TRACK, week),
        top_tracks_month=top(TopKind.TRACK, month),
        last_played=last[0] if last else None,
    )


async def async_listening_snapshot(
    hass: HomeAssistant, scope: Scope, *, now: datetime, time_zone: tzinfo
) -> ListeningSnapshot:
    """Read what the sensors of `scope` show, as of `now` in `time_zone`.

    Raises `HistorySettlingError` while an import counts its plays, and a
    translated `HomeAssistantError` while the history is shut or failing.
    """
    return await async_get_manager(hass).async_read(
        lambda conn: take_snapshot(conn, scope, now=now, time_zone=time_zone)
    )
