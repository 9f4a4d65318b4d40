"""One function per answer family: a `Question` in, the history's figures out.

Each is synchronous and takes the connection first, as the queries do; they
run inside the one read `asking.async_ask` makes. Each calls the query family
of `history.queries` that answers it, with the question's scope: whose plays,
of which content (`Question.scope`), where (the devices `where_scope` found).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from typing import Any, Final

from sqlalchemy import Connection

from ..models import PlayKind
from ..queries import (
    EXACT_SCORE,
    Breakdown,
    Coverage,
    FirstLast,
    Match,
    PlayRow,
    RankBy,
    Ranking,
    RecentPlays,
    Scope,
    SkipEntry,
    Streaks,
    TopEntry,
    TopKind,
    Totals,
    artists_of,
    breakdown,
    coverage,
    device_ids,
    discovered,
    find,
    first_last,
    heatmap,
    minutes_by_day,
    most_skipped,
    music_ranking,
    named_entries,
    play_count,
    playing_at,
    recent_plays,
    repeat_rate,
    skip_rate,
    streaks,
    stream_count,
    taste_brief,
    taste_combined,
    taste_habits,
    taste_summary,
    top_items,
    totals,
    tracks_of,
)
from ..queries.jobs import recent_jobs
from ..queries.recap import recap_songs
from ..queries.taste import TasteHabits
from .question import Content, Name, Question, Where

# Words between a title and its artist in "One More Time by Daft Punk".
BY_WORDS: Final = {"en": " by ", "de": " von "}
LEARNER_BY: Final = {"en": " of "}


def place_known(conn: Connection, where: Where) -> bool:
    """Whether the history knows a device of the place (any of its names)."""
    return any(device_ids(conn, name) for group in where.choices for name in group)


def where_scope(conn: Connection, question: Question) -> Scope:
    """Return the question's scope, narrowed to the devices its place means.

    The first group of names of which the history knows a device wins ("the
    TV room" is the TV Room when there is one, else the TV); none known:
    the last, which then matches nothing.
    """
    scope = question.scope
    if question.where is None:
        return scope
    choices = question.where.choices
    names = next(
        (group for group in choices if any(device_ids(conn, name) for name in group)),
        choices[-1],
    )
    return replace(scope, devices=names)


# -- totals -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """A period's totals, and how much of everything was podcasts.

    Listening time is the time of the plays the rule counts (`Totals.
    ms_played`), in every door: the page's tile and bars, the cards, the
    actions, the recap, Assist and the sensors (issue 43.3: the overview and
    Assist said every stream's time, skips included, beside the counted
    plays' in the actions and the recap). `ms_streamed` stays in the
    actions' answers as what it is: every stream's time.
    """

    totals: Totals
    podcasts_ms: int
    """The counted podcast plays' time within the totals' `ms_played`, when
    the question is about everything (0 otherwise): "..., 40 minutes of it
    podcasts"."""


def totals_of(conn: Connection, question: Question, scope: Scope) -> PeriodTotals:
    """Sum plays, time, streams, different songs and artists of the period."""
    found = totals(conn, scope, question.period, rule=question.rule)
    podcasts = 0
    if question.content is Content.EVERYTHING and found.plays:
        podcasts = play_count(
            conn,
            replace(scope, kinds=(int(PlayKind.EPISODE),)),
            question.period,
            rule=question.rule,
        ).ms_played
    return PeriodTotals(found, podcasts)


# -- rankings ---------------------------------------------------------------------


def ranking_of(
    conn: Connection, question: Question, scope: Scope, *, images: bool = False
) -> list[TopEntry]:
    """Rank what the question ranks: its kind, measure and length."""
    return top_items(
        conn,
        scope,
        question.period,
        question.ranked,
        rank_by=question.rank_by,
        limit=question.limit,
        rule=question.rule,
        images=images,
    )


def recap_ranking_of(
    leave_out: Sequence[str],
) -> Callable[[Connection, Question, Scope], list[TopEntry]]:
    """Return the family that ranks a recap's songs (`queries.recap.recap_songs`).

    The question's period, length and rule, over its scope less `leave_out`
    (`history.recaps.household_leave_out`): a playlist of a recap holds what
    the recap and the media source's recap folder list.
    """

    def family(conn: Connection, question: Question, scope: Scope) -> list[TopEntry]:
        return recap_songs(
            conn,
            scope,
            question.period,
            leave_out=leave_out,
            limit=question.limit,
            rule=question.rule,
        )

    return family


# -- an artist or a track by name ---------------------------------------------------


def match_of(
    conn: Connection, name: Name, scope: Scope, *, exact: bool = False
) -> Match | None:
    """Return the artist or track a name most likely means among the scope's plays.

    Fields given apart (an action's or an LLM's artist and track) are
    looked up as given. A spoken name is not typed: "Daft Punk" is an
    artist, "One More Time" a track, "One More Time by Daft Punk" a track of
    an artist; the best scored reading wins, an artist on a tie. `exact`:
    only a name of exactly these words is looked for (no prefix, words
    inside or fuzzy reading: those read whole tables).
    """
    if exact and name.said:
        return next(
            (
                found
                for kind in (TopKind.ARTIST, TopKind.TRACK, TopKind.SHOW)
                if (found := find(conn, name.said, kind, scope=scope, beat=EXACT_SCORE))
                is not None
                and found.score >= EXACT_SCORE
            ),
            None,
        )
    if name.track:
        return find(conn, name.track, TopKind.TRACK, artist=name.artist, scope=scope)
    if name.artist and not name.said:
        # A podcast's show is asked for as its artist (the item page, an
        # action's `artist`): a show when no artist of that name was played.
        return find(conn, name.artist, TopKind.ARTIST, scope=scope) or find(
            conn, name.artist, TopKind.SHOW, scope=scope
        )
    said = name.said
    if name.artist:
        return find(conn, said, TopKind.TRACK, artist=name.artist, scope=scope)
    as_artist = find(conn, said, TopKind.ARTIST, scope=scope)
    if as_artist is not None and as_artist.score >= 1:
        # An exact artist wins every tie: no track can beat it.
        return as_artist
    # A song scoring no better than the artist found cannot win (an artist
    # wins a tie): it is not read for (the fuzzy tiers read every song).
    beat = 0.0 if as_artist is None else as_artist.score
    as_track = find(conn, said, TopKind.TRACK, scope=scope, beat=beat)
    candidates = [match for match in (as_artist, as_track) if match is not None]
    if not candidates and (show := find(conn, said, TopKind.SHOW, scope=scope)):
        # A podcast is asked for by its show's name, like an artist; looked
        # for only when no artist or song fits (a fuzzy search costs a read).
        candidates.append(show)
    # A learner's "X of Y" ("One More Time of Daft Punk") is "X by Y" too,
    # tried when the whole is no exact name: "Dark Side of the Moon" stays a
    # title, and no artist "the Moon" is looked for.
    splits = [BY_WORDS.get(name.language, " by ")]
    learner = LEARNER_BY.get(name.language)
    if learner and not any(match.score >= EXACT_SCORE for match in candidates):
        splits.append(learner)
    for by_word in splits:
        title, by, maker = said.rpartition(by_word)
        if (
            by
            and title
            and maker
            and (split := find(conn, title, TopKind.TRACK, artist=maker, scope=scope))
            is not None
        ):
            candidates.append(split)
    if not candidates:
        return None
    return max(
        candidates, key=lambda match: (match.score, match.kind is TopKind.ARTIST)
    )


def _target(match: Match) -> dict[str, str | None]:
    if match.kind in (TopKind.ARTIST, TopKind.SHOW):
        return {"artist": match.name, "track": None}
    return {"artist": match.artist, "track": match.name}


@dataclass(frozen=True, slots=True)
class NamedCount:
    """How often what a name means was played; `match` None: nothing by that name."""

    match: Match | None
    plays: int
    ms_played: int


def count_of(conn: Connection, question: Question, scope: Scope) -> NamedCount:
    """Count how often the question's name (or anything) was played in its period."""
    if question.name is None:
        # Everything the scope holds: the period's plays.
        found = play_count(conn, scope, question.period, rule=question.rule)
        return NamedCount(None, found.plays, found.ms_played)
    match = match_of(conn, question.name, scope)
    if match is None:
        return NamedCount(None, 0, 0)
    found = play_count(
        conn, scope, question.period, **_target(match), rule=question.rule
    )
    return NamedCount(match, found.plays, found.ms_played)


def first_last_of(conn: Connection, question: Question, scope: Scope) -> FirstLast:
    """Find the first and last counted play of the question's name, or of anything."""
    if question.name is None:
        return first_last(conn, scope, rule=question.rule)
    match = match_of(conn, question.name, scope)
    if match is None:
        return FirstLast(None, None, None)
    found = first_last(conn, scope, **_target(match), rule=question.rule)
    return replace(found, match=match)


def breakdown_of(
    conn: Connection, question: Question, scope: Scope, time_zone: tzinfo
) -> Breakdown:
    """Break the period's counted plays of the question's name down (an item's page).

    By local day and hour, device and title: every play the name's count
    counts, so the page's lists add up to its tiles.
    """
    match = None if question.name is None else match_of(conn, question.name, scope)
    if question.name is not None and match is None:
        return Breakdown(None, [], [0] * 24, [], [])
    target = {} if match is None else _target(match)
    found = breakdown(
        conn, scope, question.period, time_zone, **target, rule=question.rule
    )
    return found if match is None else replace(found, match=match)


# -- the plays themselves -----------------------------------------------------------


def recent_of(
    conn: Connection,
    question: Question,
    scope: Scope,
    *,
    device: str | None = None,
    oldest: bool = False,
) -> RecentPlays:
    """List the period's latest (or first) plays, narrowed to the name given apart."""
    name = question.name
    return recent_plays(
        conn,
        scope,
        question.period,
        artist=None if name is None else name.artist,
        track=None if name is None else name.track,
        device=device,
        limit=question.limit,
        rule=question.rule,
        oldest=oldest,
    )


@dataclass(frozen=True, slots=True)
class PlaysIn:
    """The first and last counted play of a period ("the first song today")."""

    first: PlayRow | None
    last: PlayRow | None


def plays_in_of(conn: Connection, question: Question, scope: Scope) -> PlaysIn:
    """Find the first and the last counted play of the question's period."""
    one = replace(question, limit=1)
    first = recent_of(conn, one, scope, oldest=True).plays
    last = recent_of(conn, one, scope).plays
    return PlaysIn(first[0] if first else None, last[0] if last else None)


@dataclass(frozen=True, slots=True)
class Played:
    """A period in short: totals, the artists heard most, the latest plays."""

    totals: PeriodTotals
    artists: list[TopEntry]
    recent: list[PlayRow]
    """Newest first."""


def played_of(
    conn: Connection, question: Question, scope: Scope, *, artists: int = 3
) -> Played:
    """Sum up the question's period in short."""
    ranked = replace(
        question, ranked=TopKind.ARTIST, rank_by=RankBy.PLAYS, limit=artists
    )
    return Played(
        totals_of(conn, question, scope),
        ranking_of(conn, ranked, replace(scope, kinds=(int(PlayKind.TRACK),))),
        recent_of(conn, question, scope).plays,
    )


def playing_of(conn: Connection, scope: Scope, moment: datetime) -> PlayRow | None:
    """Find the play that was going on at `moment`."""
    return playing_at(conn, scope, moment)


# -- taste and habits ---------------------------------------------------------------


def taste_of(
    conn: Connection,
    question: Question,
    scope: Scope,
    time_zone: tzinfo,
    *,
    today: date,
    brief: bool,
) -> dict[str, Any]:
    """Sum up the taste: all of it (`taste_summary`), or what is spoken (`taste_brief`)."""
    if brief:
        return taste_brief(
            conn,
            scope,
            question.period,
            time_zone,
            artists=question.limit,
            rule=question.rule,
        )
    return taste_summary(
        conn, scope, question.period, time_zone, today=today, rule=question.rule
    )


def heatmap_of(
    conn: Connection, question: Question, scope: Scope, time_zone: tzinfo
) -> list[list[int]]:
    """Sum minutes by local weekday and hour, of the question's content."""
    return heatmap(conn, scope, question.period, time_zone, rule=question.rule)


@dataclass(frozen=True, slots=True)
class NewArtists:
    """How many artists were new in a period, and the most played of them."""

    count: int
    artists: list[TopEntry]
    """No more than the question's limit, most played first."""


def new_artists_of(conn: Connection, question: Question, scope: Scope) -> NewArtists:
    """Count the artists new in the period, and name the first of them."""
    count, named = discovered(
        conn, scope, question.period, limit=question.limit, rule=question.rule
    )
    return NewArtists(count, named)


@dataclass(frozen=True, slots=True)
class Share:
    """A share of a period's streams or plays, and how many there were."""

    rate: float
    """From 0 to 1."""
    out_of: int


def skips_of(conn: Connection, question: Question, scope: Scope) -> Share:
    """Return the share of streams skipped, and how many streams there were."""
    return Share(
        skip_rate(conn, scope, question.period),
        stream_count(conn, scope, question.period),
    )


@dataclass(frozen=True, slots=True)
class MostSkipped:
    """The tracks or artists skipped most, and how many streams the period had."""

    entries: list[SkipEntry]
    streams: int


def most_skipped_of(conn: Connection, question: Question, scope: Scope) -> MostSkipped:
    """Rank the tracks or artists skipped most; count the streams."""
    return MostSkipped(
        most_skipped(
            conn, scope, question.period, question.ranked, limit=question.limit
        ),
        stream_count(conn, scope, question.period),
    )


def repeat_of(conn: Connection, question: Question, scope: Scope) -> Share:
    """Return the share of music plays repeated, and how many plays there were."""
    return Share(
        repeat_rate(conn, scope, question.period, rule=question.rule),
        totals(conn, scope, question.period, rule=question.rule).plays,
    )


def streaks_of(
    conn: Connection, question: Question, scope: Scope, time_zone: tzinfo, today: date
) -> Streaks:
    """Find days in a row with a counted play: the current and the longest run."""
    return streaks(conn, scope, time_zone, today=today, rule=question.rule)


# -- the listening page and the actions' stats --------------------------------------


def ranking_parts_of(
    conn: Connection, question: Question, scope: Scope, *, by_artist: bool
) -> Ranking:
    """Rank the period's music by track or artist, the best `RANKED` kept unnamed.

    Shared by the rankings and the taste of the same period (`services`).
    """
    return music_ranking(
        conn, scope, question.period, by_artist=by_artist, rule=question.rule
    )


def named_of(
    conn: Connection, kind: TopKind, best: Sequence[tuple[int, int, int]]
) -> list[TopEntry]:
    """Name a ranking's best (key, plays, ms), with their artwork."""
    return named_entries(conn, kind, best, images=True)


def taste_habits_of(
    conn: Connection,
    question: Question,
    scope: Scope,
    time_zone: tzinfo,
    *,
    today: date,
) -> TasteHabits:
    """Sum the streams, rank the shows, draw the heatmap, find the streaks."""
    return taste_habits(
        conn, scope, question.period, time_zone, today=today, rule=question.rule
    )


def taste_named_of(
    conn: Connection,
    question: Question,
    tracks: Ranking,
    artists: Ranking,
    habits: TasteHabits,
) -> dict[str, Any]:
    """Return the taste summary from its three parts, the rankings named."""
    return taste_combined(
        question.period,
        question.rule,
        tracks_of(conn, tracks),
        artists_of(conn, artists),
        habits,
    )


def minutes_by_day_of(
    conn: Connection, question: Question, scope: Scope, time_zone: tzinfo
) -> list[tuple[date, int]]:
    """Sum the minutes of counted plays by local day (the listening page's bars)."""
    return minutes_by_day(conn, scope, question.period, time_zone, rule=question.rule)


def coverage_of(
    conn: Connection, accounts: Sequence[str] | None, time_zone: tzinfo
) -> Coverage:
    """Tell what the history holds of the accounts (None: everyone's)."""
    return coverage(
        conn,
        Scope(accounts=None if accounts is None else tuple(accounts)),
        time_zone,
    )


def jobs_of(conn: Connection, accounts: Sequence[str] | None) -> dict[str, Any]:
    """List the recent jobs and imports of the accounts (None: everyone's)."""
    return recent_jobs(conn, None if accounts is None else list(accounts))
