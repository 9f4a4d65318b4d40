"""The question layer's answers: one coroutine per family, a `Question` in.

Every door (the actions, the websocket commands, the media source, the
sensors, the recap's notifications, Assist and the LLM tools) calls one of
these (or of `habits`, `folders`, `snapshot`) and renders what it returns: a
typed answer (`Answered`), never a connection. Each resolves the question's place once
(`asking.async_ask`), runs its family (`families`) in one read, and shares
that read with every asker of the same question until the next write
(`sharing.same_question`, derived from the question alone).
"""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..artwork import ArtworkWanted, image_for
from ..manager import async_get_manager
from ..queries import (
    RANKED,
    Breakdown,
    Coverage,
    FirstLast,
    Match,
    PlayRow,
    RankBy,
    Ranking,
    RecentPlays,
    Scope,
    TopEntry,
    TopKind,
    accounts_with_plays,
)
from ..queries.taste import TasteHabits
from .asking import Answered, async_ask
from .families import (
    NamedCount,
    PeriodTotals,
    Played,
    PlaysIn,
    breakdown_of,
    count_of,
    coverage_of,
    first_last_of,
    jobs_of,
    match_of,
    minutes_by_day_of,
    named_of,
    place_known,
    played_of,
    playing_of,
    plays_in_of,
    ranking_of,
    ranking_parts_of,
    recap_ranking_of,
    recent_of,
    taste_habits_of,
    taste_named_of,
    taste_of,
    totals_of,
)
from .favourites import Favourites, favourites_of
from .question import Counted, Question, Where
from .sharing import hashable, same_period, same_question

__all__ = [
    "HistoryHeld",
    "ItemEnds",
    "Playing",
    "Taste",
    "async_accounts_with_plays",
    "async_exact_match",
    "async_favourites",
    "async_first_last",
    "async_first_last_play",
    "async_held",
    "async_minutes_by_day",
    "async_named_count",
    "async_place_known",
    "async_played",
    "async_playing_at",
    "async_plays_in",
    "async_ranking_parts",
    "async_recap_ranking",
    "async_recent",
    "async_taste",
    "async_taste_summary",
    "async_top",
    "async_totals",
]


# -- rankings ---------------------------------------------------------------------


async def async_ranking_parts(
    hass: HomeAssistant, question: Question, *, by_artist: bool
) -> Ranking:
    """Read the period's music plays ranked by track or artist, or share it.

    One read for every answer that needs it, whichever door asks: the
    listening page asks the stats and the top tracks and artists of the same
    period at once, and each would walk the period's plays again (a year of
    a million plays: 60-75 ms each, `scripts/bench panel`). Rankings are of
    one kind, music here, whatever else the question counts: the key holds
    the rule, whose plays, the place and the period only.
    """
    question = replace(
        question,
        counted=Counted.RANKING,
        ranked=TopKind.ARTIST if by_artist else TopKind.TRACK,
    )
    key = hashable(("ranking", by_artist, question.rule, *same_period(question)))
    answered = await async_ask(
        hass,
        question,
        lambda conn, asked, scope: ranking_parts_of(
            conn, asked, scope, by_artist=by_artist
        ),
        same_as=key,
    )
    return answered.value


async def async_top(
    hass: HomeAssistant, question: Question, *, images: bool = True
) -> Answered[list[TopEntry]]:
    """Rank what the question ranks, best first; with artwork unless `images` is off.

    Tracks and artists by plays, no more than `RANKED` of them, are ranked in
    the read the taste shares (`async_ranking_parts`) and named apart. The
    entries hold artwork, which Encore keeps without a new generation of
    answers (`HistoryManager.async_write`): the artwork's generation is in
    the key.
    """
    generation = async_get_manager(hass).artwork_generation
    if (
        images
        and question.ranked in (TopKind.TRACK, TopKind.ARTIST)
        and question.rank_by is RankBy.PLAYS
        and question.limit <= RANKED
    ):
        ranking = await async_ranking_parts(
            hass, question, by_artist=question.ranked is TopKind.ARTIST
        )
        best = ranking.best[: question.limit]

        def named(conn: Connection, asked: Question, scope: Scope) -> list[TopEntry]:
            del scope  # ranked already, in the shared read
            return named_of(conn, asked.ranked, best)

        return await async_ask(
            hass,
            question,
            named,
            same_as=same_question("top", question, tuple(best), generation),
        )
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: ranking_of(conn, asked, scope, images=images),
        same_as=same_question("top", question, images, generation),
    )


async def async_recap_ranking(
    hass: HomeAssistant, question: Question, leave_out: Sequence[str]
) -> Answered[list[TopEntry]]:
    """Rank a recap's songs as the recap counts them, without `leave_out`.

    The question's period, length, rule and place (`families.recap_ranking_of`).
    """
    return await async_ask(hass, question, recap_ranking_of(leave_out))


async def async_favourites(
    hass: HomeAssistant, question: Question
) -> Answered[Favourites]:
    """Rank the songs "play my favourites" plays: the period's, or its named artist's.

    Without artwork: they are played, not shown (`favourites.favourites_of`).
    """
    return await async_ask(hass, question, favourites_of)


# -- totals, a name's count, plays ------------------------------------------------


async def async_totals(
    hass: HomeAssistant, question: Question
) -> Answered[PeriodTotals]:
    """Sum the period's plays, time, songs and artists (and its podcasts' time)."""
    return await async_ask(
        hass, question, totals_of, same_as=same_question("totals", question)
    )


async def async_named_count(
    hass: HomeAssistant, question: Question
) -> Answered[NamedCount]:
    """Count the plays of the question's name (or of everything) in its period."""
    return await async_ask(
        hass, question, count_of, same_as=same_question("count", question)
    )


async def async_recent(
    hass: HomeAssistant, question: Question, *, device: str | None = None
) -> Answered[RecentPlays]:
    """List the period's latest plays, narrowed to a name or a device."""
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: recent_of(conn, asked, scope, device=device),
        same_as=same_question("recent", question, device),
    )


@dataclass(frozen=True, slots=True)
class ItemEnds:
    """An item's first and last play, its artwork, and its period broken down.

    The breakdown is of the period's counted plays of the item (its page).
    """

    found: FirstLast
    broken_down: Breakdown
    """By local day and hour, device and title: every play the period's
    count counts, so the page's lists add up to its tiles (issue 43.3)."""
    subject: ArtworkWanted | None
    """What the item is, to look its artwork up when there is none yet."""
    image: str | None


async def async_first_last(
    hass: HomeAssistant, question: Question
) -> Answered[ItemEnds]:
    """Find the first and last play of the question's name, with its artwork.

    In the same read, the period's plays of it broken down (an item's page).
    """
    time_zone = dt_util.get_default_time_zone()

    def read(conn: Connection, asked: Question, scope: Scope) -> ItemEnds:
        parts = breakdown_of(conn, asked, scope, time_zone)
        found = first_last_of(conn, asked, scope)
        if found.match is None:
            return ItemEnds(found, parts, None, None)
        latest = found.last or found.first
        subject = ArtworkWanted(
            found.match.kind.value,
            found.match.name,
            found.match.artist,
            latest.uri if latest is not None else None,
        )
        return ItemEnds(
            found,
            parts,
            subject,
            image_for(conn, subject.kind, subject.name, subject.uri),
        )

    return await async_ask(hass, question, read)


async def async_first_last_play(
    hass: HomeAssistant, question: Question
) -> Answered[FirstLast]:
    """Find the first and last counted play of the question's name, or of anything.

    What Assist and the LLM tools say: no breakdown, no artwork (an item's
    page has them, `async_first_last`).
    """
    return await async_ask(hass, question, first_last_of)


async def async_exact_match(
    hass: HomeAssistant, question: Question
) -> Answered[Match | None]:
    """Find the artist, track or show of exactly the question's name, if any.

    Assist asks it of a name that holds a period ("Yesterday" by the
    Beatles): whether the history has the whole name before reading it as a
    name and a time. Only the exact name counts there, so nothing else is
    read for (the fuzzy readings read whole tables: 200 ms over 1M plays).
    """

    def read(conn: Connection, asked: Question, scope: Scope) -> Match | None:
        if asked.name is None:
            return None
        return match_of(conn, asked.name, scope, exact=True)

    return await async_ask(hass, question, read)


# -- the plays of a period ----------------------------------------------------------


async def async_played(
    hass: HomeAssistant, question: Question, *, artists: int
) -> Answered[Played]:
    """Sum the period up in short: totals, the `artists` heard most, the latest plays."""
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: played_of(conn, asked, scope, artists=artists),
    )


async def async_plays_in(hass: HomeAssistant, question: Question) -> Answered[PlaysIn]:
    """Find the first and last counted play of the question's period (one read)."""
    return await async_ask(hass, question, plays_in_of)


@dataclass(frozen=True, slots=True)
class Playing:
    """What was playing at a moment: `row` None when nothing was."""

    moment: datetime
    row: PlayRow | None


async def async_playing_at(
    hass: HomeAssistant,
    question: Question,
    moment: datetime,
    or_else: datetime | None = None,
) -> Answered[Playing]:
    """Find the play that was going on at `moment` (the question's period is its day).

    `or_else`: another moment the words can mean (the same hour in the other
    half of the day, said without one); its play is the answer when nothing
    was going on at `moment`.
    """

    def playing(conn: Connection, _asked: Question, scope: Scope) -> Playing:
        found = Playing(moment, playing_of(conn, scope, moment))
        if found.row is None and or_else is not None:
            other = playing_of(conn, scope, or_else)
            if other is not None:
                return Playing(or_else, other)
        return found

    return await async_ask(hass, question, playing)


# -- taste, habits, minutes by day ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Taste:
    """A period's taste summary (`queries.taste_combined`) and its habits."""

    summary: dict[str, Any]
    habits: TasteHabits


async def async_taste(hass: HomeAssistant, question: Question) -> Answered[Taste]:
    """Sum up a period: totals, heatmap, rates, the top lists, the streaks.

    Three reads side by side, each one walk of the period's plays (by track,
    by artist, by hour): a year of a million plays took a single thread
    200 ms, and the database works without the interpreter lock, so a second
    reader thread takes a part (`scripts/bench panel`). The walks by track
    and artist are the top lists' too (`async_ranking_parts`). The reads
    start in the same turn of the loop, so they see the same generation of
    the history unless a write commits between them, as with any two answers.
    The answer says beside its figures what the habits' read says (rooms).
    """
    time_zone = dt_util.get_default_time_zone()
    today = dt_util.now(time_zone).date()
    tracks, artists, habits = await asyncio.gather(
        async_ranking_parts(hass, question, by_artist=False),
        async_ranking_parts(hass, question, by_artist=True),
        async_ask(
            hass,
            question,
            lambda conn, asked, scope: taste_habits_of(
                conn, asked, scope, time_zone, today=today
            ),
            same_as=same_question("habits", question),
        ),
    )
    named = await async_ask(
        hass,
        question,
        lambda conn, asked, _scope: taste_named_of(
            conn, asked, tracks, artists, habits.value
        ),
        same_as=same_question("taste", question, tracks, artists),
    )
    return habits.with_value(Taste(named.value, habits.value))


async def async_taste_summary(
    hass: HomeAssistant, question: Question, *, today: date, brief: bool
) -> Answered[dict[str, Any]]:
    """Sum up the taste of the question's period in one read.

    `brief`: only what a spoken answer says (`queries.taste_brief`: the
    question's limit of artists, the plays, the peak); else all of it
    (`queries.taste_summary`), for an agent that can use all of it.
    Shared until the next write, as every ranking is: its top artists are
    the dearest read a spoken answer makes (`scripts/bench voice`).
    """
    time_zone = dt_util.get_default_time_zone()
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: taste_of(
            conn, asked, scope, time_zone, today=today, brief=brief
        ),
        same_as=same_question("taste_summary", question, today, brief),
    )


async def async_minutes_by_day(
    hass: HomeAssistant, question: Question
) -> Answered[list[tuple[date, int]]]:
    """Sum the minutes of counted plays by local day (the listening page's bars).

    Shared until the next write: the page asks it again on every period
    change, and over years of plays it is the dearest read of the overview
    (`scripts/bench panel`).
    """
    time_zone = dt_util.get_default_time_zone()
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: minutes_by_day_of(conn, asked, scope, time_zone),
        same_as=same_question("minutes_by_day", question),
    )


# -- what the history holds ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryHeld:
    """What the history holds of some accounts: its coverage, recent jobs, imports."""

    coverage: Coverage
    recent_jobs: list[dict[str, Any]]
    recent_imports: list[dict[str, Any]]


async def async_held(
    hass: HomeAssistant, accounts: Sequence[str] | None, time_zone: tzinfo
) -> HistoryHeld:
    """Tell what the history holds of the accounts (None: everyone's), and its jobs.

    Days, sources, gaps, what imports added: whether the syncing left
    anything out. Shared until the next write.
    """
    keys = None if accounts is None else tuple(accounts)

    def read(conn: Connection) -> HistoryHeld:
        jobs = jobs_of(conn, keys)
        return HistoryHeld(
            coverage_of(conn, keys, time_zone),
            jobs["recent_jobs"],
            jobs["recent_imports"],
        )

    return await async_get_manager(hass).async_read(
        read,
        same_as=hashable(("held", keys, *same_period(None))),
    )


async def async_accounts_with_plays(hass: HomeAssistant) -> set[str]:
    """Return the accounts the history holds plays of."""
    return await async_get_manager(hass).async_read(accounts_with_plays)


async def async_place_known(hass: HomeAssistant, where: Where) -> bool:
    """Whether the history knows a device of the place (any of its names)."""
    return await async_get_manager(hass).async_read(
        lambda conn: place_known(conn, where)
    )
