"""The items' lengths the Last.fm rule judges a stream against (`item_lengths`).

Part of keeping the rollups (`rollups.py`): an item's length is its longest
stream ever stored; when a new play makes it grow, the buckets of the
item's other plays whose verdict changes are corrected here.
"""

from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Executable,
    FromClause,
    MetaData,
    Select,
    Table,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
)

from ..models import LASTFM_MIN_LENGTH_MS
from .rollup_parts import (
    BUCKETS,
    Selected,
    bucket_keys,
    lastfm_counts,
    plays_with_lengths,
    temporary,
)
from .schema import LASTFM_BAND_MS, LASTFM_COLUMNS, SUMMED_COLUMNS, item_lengths, plays
from .upsert import upsert

_LENGTHS_STAGE: Final = Table(
    "encore_lengths",
    MetaData(),
    Column("item_id", BigInteger),
    Column("old_ms", BigInteger),
    Column("new_ms", BigInteger),
    prefixes=["TEMPORARY"],
)
"""Each item of a batch of plays: its length known before, and its longest play
there. One table object for good, so the statements on it are prepared once."""

# One live play's item, as `_LENGTHS_STAGE` holds a batch's. Cast, even the
# NULL of a new item: PostgreSQL reads a bare NULL in a subquery as text.
_ONE_LEARNT: Final = select(
    cast(bindparam("item_id"), BigInteger).label("item_id"),
    cast(bindparam("old_ms"), BigInteger).label("old_ms"),
    cast(bindparam("new_ms"), BigInteger).label("new_ms"),
).subquery("learnt")


def learn_lengths(
    conn: Connection,
    dialect: str,
    selected: Selected,
    totals: Table | None = None,
) -> None:
    """Grow item lengths to the plays matching `condition`, not yet in the buckets.

    An item whose length grows from `old_ms` to `new_ms` has its other plays
    judged again: the verdict changes only for streams between half of one
    and half of the other (or, when the item was too short to count before,
    from half the new length up to the old one), so only those are read.
    `totals`: the plays' totals' stage (`rollup_totals.totals_staged`), whose rows say the
    longest play of each item already, a fraction of the plays to group.
    """
    stage = _LENGTHS_STAGE
    with temporary(conn, stage, prepared=True):
        # Each item of these plays once, with the length known before them
        # (None: a new item) and their longest: one grouping serves the
        # corrections and the lengths.
        if totals is None:
            selected.run(
                conn,
                "lengths stage",
                lambda: stage.insert().from_select(
                    ["item_id", "old_ms", "new_ms"],
                    select(
                        plays.c.item_id,
                        item_lengths.c.longest_ms,
                        func.max(plays.c.ms_played),
                    )
                    .select_from(plays_with_lengths())
                    .where(selected.condition)
                    .group_by(plays.c.item_id, item_lengths.c.longest_ms),
                ),
            )
        else:
            conn.execute(
                stage.insert().from_select(
                    ["item_id", "old_ms", "new_ms"],
                    select(
                        totals.c.item_id,
                        item_lengths.c.longest_ms,
                        func.max(totals.c.longest_ms),
                    )
                    .select_from(
                        totals.outerjoin(
                            item_lengths, item_lengths.c.item_id == totals.c.item_id
                        )
                    )
                    .group_by(totals.c.item_id, item_lengths.c.longest_ms),
                )
            )
        grown = selected.run(
            conn,
            "lengths grown",
            lambda: (
                select(stage.c.item_id).where(stage.c.new_ms > stage.c.old_ms).limit(1)
            ),
        ).first()
        _learn(conn, dialect, stage, selected, grown=grown is not None)


def learn_one(conn: Connection, dialect: str, play: Selected, *, grown: bool) -> None:
    """`_learn` for one live play, its item and lengths in `play`'s values."""
    _learn(conn, dialect, _ONE_LEARNT, play, grown=grown)


def _learn(
    conn: Connection,
    dialect: str,
    learnt: FromClause,
    selected: Selected,
    *,
    grown: bool,
) -> None:
    """Take in what the plays matching `condition` taught of their items' lengths.

    `learnt` holds (item_id, old_ms, new_ms) an item each: the length known
    before (None: a new item) and the longest of these plays. `grown`: some
    known length grows, so the buckets of other plays need correcting.
    """
    if grown:
        for table, bucket_ms in BUCKETS:
            _correct_buckets(
                conn, dialect, learnt, selected, table=table, bucket_ms=bucket_ms
            )
    selected.run(
        conn,
        f"keep longest {learnt.description}",
        lambda: _keep_longest_statement(
            dialect,
            select(learnt.c.item_id, learnt.c.new_ms).where(
                or_(learnt.c.old_ms.is_(None), learnt.c.new_ms > learnt.c.old_ms)
            ),
        ),
    )


def _keep_longest_statement(dialect: str, query: Select[Any]) -> Executable:
    """Upsert (item_id, longest_ms) rows into `item_lengths`, keeping the larger."""
    return upsert(
        dialect, item_lengths, ("item_id",), query, add=(), greatest=("longest_ms",)
    )


def learn_all_lengths(conn: Connection, dialect: str) -> None:
    """Grow every item's length to its longest stored play (migration)."""
    conn.execute(
        _keep_longest_statement(
            dialect,
            select(plays.c.item_id, func.max(plays.c.ms_played)).group_by(
                plays.c.item_id
            ),
        )
    )


def _correct_buckets(
    conn: Connection,
    dialect: str,
    stage: FromClause,
    selected: Selected,
    *,
    table: Table,
    bucket_ms: int,
) -> None:
    """Move the Last.fm sums of the plays whose verdict a longer length changes."""
    old, new = stage.c.old_ms, stage.c.new_ms
    ms = plays.c.ms_played
    counted_before = old > LASTFM_MIN_LENGTH_MS
    low = case((counted_before, old), else_=new) // 2
    high = case((counted_before, new // 2), else_=old)
    change = case((lastfm_counts(ms, new), 1), else_=0) - case(
        (lastfm_counts(ms, old), 1), else_=0
    )
    keys, by = bucket_keys(table, bucket_ms)
    selected.run(
        conn,
        f"correct {table.name} {stage.description}",
        lambda: upsert(
            dialect,
            table,
            keys,
            select(
                *by,
                *(literal(0) for _ in SUMMED_COLUMNS),
                func.sum(change),
                func.sum(change * ms),
            )
            .select_from(
                stage.join(
                    plays,
                    and_(plays.c.item_id == stage.c.item_id, ms >= low, ms <= high),
                )
            )
            # An item shorter than 30 s counts nothing either way; the plays
            # being added are not in the buckets yet.
            .where(
                new > old,
                new > LASTFM_MIN_LENGTH_MS,
                # What `ix_plays_item_length` holds, in the words of its
                # definition: SQLite only uses a partial index for a query
                # that repeats its conditions, constants and all.
                ms > literal_column(str(LASTFM_BAND_MS[0])),
                ms < literal_column(str(LASTFM_BAND_MS[1])),
                not_(selected.condition),
            )
            .group_by(*by),
            add=(*SUMMED_COLUMNS, *LASTFM_COLUMNS),
        ),
    )
