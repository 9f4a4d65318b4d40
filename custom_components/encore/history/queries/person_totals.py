"""One person's all-time rankings from totals, as whole accounts' are.

A person's plays (`store.attribution.PersonScope`) are their accounts'
except the corrected ones, and the plays attributed to them. All time,
that is: their accounts' totals (`item_totals`, `artist_totals`,
`album_totals`), less their accounts' corrected plays among the folded ones
(a few, read by the index of corrections), plus their own totals
(`store.person_rollups`, folded plays attributed to them), plus the tail's
plays that are theirs (read as any tail). Reading the attributed plays
instead made one person's all-time ranking over a million plays 35 times
slower than the same accounts' (`scripts/bench attribution`).

Over a period (`person_period_rows`): their accounts' plays of the period
but the corrected ones, read as any account's, plus their per-day totals
(`person_day_totals`) of the period's whole days, plus the plays attributed
to them on its edges and in the tail, looked up one by one as in a plain
question. Looking up every speaker's play of a year instead cost up to 1.4
times the same accounts' ranking.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    select,
)

from ..models import PlayKind
from ..store.attribution import PersonScope
from ..store.attribution_tables import play_listeners
from ..store.folding import folded_id
from ..store.person_rollups import (
    DAY_MS,
    person_artist_totals,
    person_day_totals,
    person_item_totals,
)
from ..store.schema import album_totals, artist_totals, item_totals, plays
from .common import CHUNK, Filter, counted, covers_everything, tail_range, total_columns
from .model import PlayRule


def use_person_totals(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> bool:
    """Whether a person's all-time totals answer: all their plays, no other filter."""
    return (
        rule is not PlayRule.LASTFM
        and scope.person is not None
        and scope.bit is None
        and scope.device_ids is None
        and covers_everything(conn, scope, start, end)
    )


def use_person_days(scope: Filter, start: int | None, rule: PlayRule) -> bool:
    """Whether a person's per-day totals answer: a period of their plays, no filter.

    Only when something was attributed to them: else their plays are their
    accounts' but a few, read as any account's.
    """
    return (
        rule is not PlayRule.LASTFM
        and start is not None
        and scope.person is not None
        and scope.person.listener_id is not None
        and bool(scope.person.other_account_ids)
        and scope.bit is None
        and scope.device_ids is None
    )


def _keys(by: str) -> tuple[Any, Any, tuple[str, ...], list[Any], list[Any]]:
    """Return the account totals, the person's, the keys, their plays' columns.

    And the conditions on the plays that the totals' keys imply.
    """
    if by == "artist":
        own_table: Any = artist_totals
        mine: Any = person_artist_totals
        names: tuple[str, ...] = ("artist_id",)
        raw: list[Any] = [plays.c.artist_id]
        present: list[ColumnElement[bool]] = [plays.c.artist_id.is_not(None)]
    elif by == "album":
        own_table, mine, names = album_totals, person_item_totals, ("album_key",)
        raw = [plays.c.album_key]
        present = [plays.c.album_key.is_not(None)]
    else:
        own_table, mine = item_totals, person_item_totals
        names = ("item_id", "artist_id", "album_key")
        raw = [
            plays.c.item_id,
            func.coalesce(plays.c.artist_id, 0),
            func.coalesce(plays.c.album_key, 0),
        ]
        present = []
    return own_table, mine, names, raw, present


def person_totals_rows(
    conn: Connection,
    scope: Filter,
    rule: PlayRule,
    kinds: Sequence[int],
    *,
    by: str = "item",
) -> Select[Any]:
    """All-time rows (key..., plays, ms) of a person, to aggregate (`totals_rows`).

    `by` "item": `item_id`, `artist_id`, `album_key`; "artist":
    `artist_id`; "album": `album_key` (music only, as `album_totals`).
    """
    person = scope.person
    assert person is not None  # noqa: S101 - use_person_totals said so
    kinds = scope.kinds_in(kinds)
    own_table, mine, names, raw, present = _keys(by)
    own_ids = person.own_account_ids or (-1,)
    plays_column, ms_column = total_columns(rule, own_table)
    own_kinds = [] if by == "album" else [own_table.c.kind.in_(kinds)]
    parts: list[Select[Any]] = [
        select(
            *(own_table.c[name].label(name) for name in names),
            plays_column.label("plays"),
            ms_column.label("ms"),
        ).where(own_table.c.account_id.in_(own_ids), *own_kinds)
    ]
    condition = counted(rule)
    one: ColumnElement[Any] = (
        literal(1) if condition is None else case((condition, 1), else_=0)
    )
    ms: ColumnElement[Any] = (
        plays.c.ms_played
        if condition is None
        else case((condition, plays.c.ms_played), else_=0)
    )
    folded = folded_id(conn)
    # Their accounts' folded plays said to be someone's: out of the totals.
    # By id: with the corrections as a subquery, SQLite read every play of
    # the accounts instead (150 ms over 650,000 plays).
    parts.extend(
        select(*raw, -one, -ms).where(
            plays.c.id.in_(person.moved_ids[start : start + CHUNK]),
            plays.c.id <= folded,
            plays.c.kind.in_(kinds),
            *present,
        )
        for start in range(0, len(person.moved_ids), CHUNK)
    )
    if person.listener_id is not None:
        mine_plays, mine_ms = total_columns(rule, mine)
        album_only = (
            [mine.c.album_key != 0, mine.c.kind == int(PlayKind.TRACK)]
            if by == "album"
            else []
        )
        parts.append(
            select(*(mine.c[name] for name in names), mine_plays, mine_ms).where(
                mine.c.listener_id == person.listener_id,
                mine.c.certainty <= int(person.most),
                mine.c.kind.in_(kinds),
                *album_only,
            )
        )
    if (tail := tail_range(conn, scope)) is not None:
        parts.append(
            select(*raw, one, ms).where(
                plays.c.id >= tail[0],
                plays.c.id <= tail[1],
                *scope.plays(),
                plays.c.kind.in_(kinds),
                *present,
            )
        )
    first, *rest = parts
    return first.union_all(*rest) if rest else first  # type: ignore[return-value]


def _counted_one(
    rule: PlayRule,
) -> tuple[ColumnElement[Any], ColumnElement[Any], list[ColumnElement[bool]]]:
    """(1, ms) of a play, to sum, and the condition of the plays the rule counts.

    A condition rather than a CASE per play: the plays the rule does not count
    add nothing to a ranking, and reading them cost a third of a year's.
    """
    condition = counted(rule)
    return literal(1), plays.c.ms_played, [] if condition is None else [condition]


@dataclass(frozen=True, slots=True)
class PeriodShape:
    """Which parts a person's period reads; their bounds are `params`' (below).

    The statement depends on this and the person alone, so it is built once
    and kept while the database is unchanged (`store.person_scopes`): built
    anew for each question, with its cache key, it cost as much Python as a
    month's plays cost SQL (`scripts/bench attribution`).
    """

    whole_days: bool
    """At least one whole (UTC) day: read from `person_day_totals`."""
    first_edge: bool
    """A partial day before the whole ones (or the whole period, without one)."""
    last_edge: bool
    """A partial day after them."""
    tail: bool
    """Plays not yet in the totals (the tail's) among the whole days'."""


def period_shape(
    conn: Connection, scope: Filter, start: int, end: int
) -> tuple[PeriodShape, dict[str, int]]:
    """Return the parts of a person's period and their bounds, as parameters."""
    first_day = -(-start // DAY_MS)
    last_day = end // DAY_MS  # exclusive
    params = {"person_start": start, "person_end": end}
    if first_day >= last_day:
        # Not one whole day: every play attributed to them is looked up.
        return PeriodShape(False, True, False, False), params
    whole = (first_day * DAY_MS, last_day * DAY_MS)
    tail = tail_range(conn, scope)
    params |= {
        "person_first_day": first_day,
        "person_last_day": last_day,
        "person_whole_start": whole[0],
        "person_whole_end": whole[1],
    }
    if tail is not None:
        params |= {"person_tail_first": tail[0], "person_tail_last": tail[1]}
    shape = PeriodShape(True, start < whole[0], whole[1] < end, tail is not None)
    return shape, params


def _attributed(person: PersonScope) -> ColumnElement[bool]:
    """Whether a play was attributed to the person (their own corrected to them too).

    What their per-day totals hold: the plays of the accounts that hold one
    of theirs with their row in `play_listeners`.
    """
    return and_(
        plays.c.account_id.in_(person.other_account_ids),
        exists().where(
            play_listeners.c.listener_id == person.listener_id,
            play_listeners.c.play_id == plays.c.id,
            play_listeners.c.certainty <= int(person.most),
        ),
    )


def _between(low: str, high: str) -> list[ColumnElement[bool]]:
    """`ended_at` within [low, high), both parameters of `period_shape`'s."""
    return [plays.c.ended_at >= bindparam(low), plays.c.ended_at < bindparam(high)]


def person_period_rows(
    scope: Filter,
    rule: PlayRule,
    kinds: Sequence[int],
    shape: PeriodShape,
    *,
    by: str = "item",
) -> Select[Any]:
    """Select a period's rows (key..., plays, ms) of a person, to aggregate.

    As `totals_rows`' are; keys as `person_totals_rows`'. `use_person_days`
    said so. Executed with `period_shape`'s parameters.
    """
    person = scope.person
    assert person is not None  # noqa: S101 - use_person_days said so
    assert person.listener_id is not None  # noqa: S101 - as well
    kinds = scope.kinds_in(kinds)
    names, raw, present = _keys(by)[2:]
    one, ms, counts = _counted_one(rule)
    period = [*_between("person_start", "person_end"), *counts]
    # Their accounts' plays (but those said to be someone else's), as a
    # question about those accounts reads them.
    own = replace(person, other_account_ids=())
    labelled = [column.label(name) for column, name in zip(raw, names, strict=True)]
    parts: list[Select[Any]] = [
        select(*labelled, one.label("plays"), ms.label("ms")).where(
            own.condition(), *period, plays.c.kind.in_(kinds), *present
        )
    ]
    # The plays attributed to them: what their per-day totals hold.
    theirs = [_attributed(person), *counts, plays.c.kind.in_(kinds), *present]
    if not shape.whole_days:
        parts.append(
            select(*raw, one, ms).where(
                *_between("person_start", "person_end"), *theirs
            )
        )
    else:
        parts.append(_days(scope, rule, kinds, by))
        # The edges, partial days: their plays looked up one by one.
        edges = (
            (shape.first_edge, "person_start", "person_whole_start"),
            (shape.last_edge, "person_whole_end", "person_end"),
        )
        parts.extend(
            select(*raw, one, ms).where(*_between(low, high), *theirs)
            for read, low, high in edges
            if read
        )
        # The whole days' plays not yet in the totals (the tail's).
        if shape.tail:
            parts.append(
                select(*raw, one, ms).where(
                    plays.c.id >= bindparam("person_tail_first"),
                    plays.c.id <= bindparam("person_tail_last"),
                    *_between("person_whole_start", "person_whole_end"),
                    *theirs,
                )
            )
    first, *rest = parts
    return first.union_all(*rest) if rest else first  # type: ignore[return-value]


def _days(scope: Filter, rule: PlayRule, kinds: Sequence[int], by: str) -> Select[Any]:
    """Select the person's totals of the whole days: one range of rows."""
    person = scope.person
    assert person is not None  # noqa: S101 - the caller's
    days = person_day_totals
    sums = total_columns(rule, days)
    if by == "artist":
        keys: list[Any] = [days.c.artist_id]
        extra: list[ColumnElement[bool]] = [days.c.artist_id != 0]
    elif by == "album":
        keys = [days.c.album_key]
        extra = [days.c.album_key != 0, days.c.kind == int(PlayKind.TRACK)]
    else:
        keys = [days.c.item_id, days.c.artist_id, days.c.album_key]
        extra = []
    return select(*keys, *sums).where(
        days.c.listener_id == person.listener_id,
        days.c.kind.in_(kinds),
        days.c.day >= bindparam("person_first_day"),
        days.c.day < bindparam("person_last_day"),
        days.c.certainty <= int(person.most),
        # Days of plays the rule does not count (30 s) add nothing.
        sums[0] > 0,
        *extra,
    )
