"""The time buckets: streams and time by hour and by quarter hour.

Part of keeping the rollups (`rollups.py`): `rollup_hours` and
`rollup_quarters` follow every change to the plays in its transaction,
the Last.fm sums with them once the items' lengths are learnt
(`rollup_lengths.py`).
"""

from typing import Final

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    MetaData,
    Table,
    and_,
    func,
    literal,
    select,
)

from .prepared import highest_id, run_prepared
from .rollup_lengths import learn_lengths, learn_one
from .rollup_parts import (
    BUCKETS,
    Selected,
    between,
    bucket_keys,
    lastfm_sums,
    play_sums,
    plays_with_lengths,
    temporary,
)
from .schema import (
    HOUR_MS,
    LASTFM_COLUMNS,
    QUARTER_MS,
    SUMMED_COLUMNS,
    item_lengths,
    plays,
    rollup_hours,
    rollup_quarters,
)
from .upsert import upsert


def _apply_buckets(
    conn: Connection,
    dialect: str,
    selected: Selected,
    sign: int,
    *,
    table: Table,
    bucket_ms: int,
    only_lastfm: bool = False,
) -> None:
    """Add or take away the plays matching `condition` in a table of time buckets.

    `only_lastfm`: add the Last.fm sums alone (to buckets that exist).
    """
    keys, by = bucket_keys(table, bucket_ms)
    sums = (
        (*(literal(0) for _ in SUMMED_COLUMNS), *lastfm_sums(sign))
        if only_lastfm
        else (*play_sums(sign), *lastfm_sums(sign))
    )
    selected.run(
        conn,
        f"buckets {table.name} {sign} {only_lastfm}",
        lambda: upsert(
            dialect,
            table,
            keys,
            select(*by, *sums)
            .select_from(plays_with_lengths())
            .where(selected.condition)
            .group_by(*by),
            add=(*SUMMED_COLUMNS, *LASTFM_COLUMNS),
        ),
    )


def apply_hours(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add (`sign` 1) or take away (-1) the plays matching `condition` by hour.

    And by quarter hour, in `rollup_quarters`. Plays added must have their
    lengths learnt first: `add_plays` does both.
    """
    _apply_hours(conn, dialect, Selected(condition), sign)


def _apply_hours(conn: Connection, dialect: str, selected: Selected, sign: int) -> None:
    for table, bucket_ms in BUCKETS:
        _apply_buckets(conn, dialect, selected, sign, table=table, bucket_ms=bucket_ms)


def apply_quarters(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away the plays matching `condition` by quarter hour only."""
    _apply_buckets(
        conn,
        dialect,
        Selected(condition),
        sign,
        table=rollup_quarters,
        bucket_ms=QUARTER_MS,
    )


def add_plays(conn: Connection, dialect: str, condition: ColumnElement[bool]) -> None:
    """Count new or changed plays (matching `condition`) in the time buckets.

    Their items' lengths are learnt first, and the buckets of the items'
    other plays corrected where a longer stream changes the Last.fm verdict.
    """
    _add_plays(conn, dialect, Selected(condition))


def _add_plays(conn: Connection, dialect: str, selected: Selected) -> None:
    learn_lengths(conn, dialect, selected)
    _apply_hours(conn, dialect, selected, 1)


_QUARTERS_STAGE: Final = Table(
    "encore_quarters",
    MetaData(),
    *(
        Column(name, BigInteger)
        for name in (
            "account_id",
            "quarter",
            "sources",
            *SUMMED_COLUMNS,
            *LASTFM_COLUMNS,
        )
    ),
    prefixes=["TEMPORARY"],
)
"""A batch of plays summed by quarter hour, which the hours take theirs from.
One table object for good, so the statements on it are prepared once."""


def add_to_buckets(conn: Connection, dialect: str, selected: Selected) -> None:
    """Count a batch of new plays in the quarter hours, and the hours from those.

    The plays are walked once, not once per table: the quarters' sums are
    staged, and an hour is the sum of its four quarters (plays end after
    1970, so the floors agree). Walking and grouping a million plays twice
    took 3.6 s, once and the stage 1.9 s (`scripts/bench import`). A single
    play (`add_play`) and changed plays (`add_plays`, `apply_hours`) go to
    both tables directly: a temporary table would cost them more than it
    saves, and the tests compare the two ways.
    """
    stage = _QUARTERS_STAGE
    quarter_keys, by = bucket_keys(rollup_quarters, QUARTER_MS)
    sums = (*SUMMED_COLUMNS, *LASTFM_COLUMNS)
    with temporary(conn, stage, prepared=True):
        selected.run(
            conn,
            "stage quarters",
            lambda: stage.insert().from_select(
                [*quarter_keys, *sums],
                select(*by, *play_sums(1), *lastfm_sums(1))
                .select_from(plays_with_lengths())
                .where(selected.condition)
                .group_by(*by),
            ),
        )
        # (SQLite needs a WHERE between an upsert's FROM and its ON CONFLICT.)
        run_prepared(
            conn,
            "quarters from stage",
            lambda: upsert(
                dialect,
                rollup_quarters,
                quarter_keys,
                select(*(stage.c[name] for name in (*quarter_keys, *sums))).where(
                    stage.c.streams != 0
                ),
                add=sums,
            ),
        )
        hour_keys = tuple(column.name for column in rollup_hours.primary_key)
        # Whole quarters make an hour (`test_an_hour_is_whole_quarters`).
        hour = (stage.c.quarter // (HOUR_MS // QUARTER_MS)).label("hour")
        grouped = {
            "hour": hour,
            "account_id": stage.c.account_id,
            "sources": stage.c.sources,
        }
        hour_by = [grouped[key] for key in hour_keys]
        run_prepared(
            conn,
            "hours from stage",
            lambda: upsert(
                dialect,
                rollup_hours,
                hour_keys,
                select(*hour_by, *(func.sum(stage.c[name]) for name in sums)).group_by(
                    *hour_by
                ),
                add=sums,
            ),
        )


def add_play(conn: Connection, dialect: str, play_id: int) -> None:
    """`add_plays` for one play, as collectors store them: no temporary table.

    A temporary table costs SQLite a new schema for the connection, and so
    new prepared statements: three times the time of recording a play.
    """
    item_id, ms, old = conn.execute(
        select(plays.c.item_id, plays.c.ms_played, item_lengths.c.longest_ms)
        .select_from(plays_with_lengths())
        .where(plays.c.id == play_id)
    ).one()
    this_play = between(play_id - 1, play_id, item_id=item_id, old_ms=old, new_ms=ms)
    if old is None or ms > old:
        learn_one(conn, dialect, this_play, grown=old is not None)
    _apply_hours(conn, dialect, this_play, 1)


def count_lastfm(conn: Connection, dialect: str) -> None:
    """Add the Last.fm sums of every play to the time buckets (migration).

    The buckets' Last.fm sums must be 0 and item lengths complete first.
    """
    top = highest_id(conn, plays)
    if top:
        everything = and_(plays.c.id > 0, plays.c.id <= top)
        for table, bucket_ms in BUCKETS:
            _apply_buckets(
                conn,
                dialect,
                Selected(everything),
                1,
                table=table,
                bucket_ms=bucket_ms,
                only_lastfm=True,
            )
