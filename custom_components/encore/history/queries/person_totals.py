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
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, case, func, literal, select

from ..models import PlayKind
from ..store.folding import folded_id
from ..store.person_rollups import person_artist_totals, person_item_totals
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
