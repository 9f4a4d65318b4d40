"""Keeping the rollups in step with the plays; runs on the writer thread.

Two kinds of rollups, kept two ways (measured: see benchmarks/history_queries.py
and the import benchmark):

- `rollup_hours` (streams and time per hour, account and set of sources) is
  kept in the transaction of every change to the plays: its rows follow time,
  as an import does, so a batch of 20,000 plays adds up in one grouped upsert
  that touches a few thousand neighbouring rows. `rollup_quarters` holds
  the same by quarter hour (time zones a half or three quarters of an hour
  off UTC) and is kept with it.
- `item_totals`, `artist_totals`, `album_totals` (all time, per account and
  item, artist or album, and per item, artist or album over every account:
  `ALL_ACCOUNTS`) and `item_lengths` (each item's longest stream) are
  keyed all over the table: upserting them batch by batch doubled the time of a large import.
  They are *folded* instead: they hold the plays up to
  `encore_meta.folded_play_id`, and readers add the plays above it (the
  tail, read by primary key). The writer folds the tail
  when an import job ends, when Home Assistant starts, and whenever the tail
  passes `TAIL_LIMIT` while no job runs. Changes to folded plays (deletes,
  merges) are applied to the totals at once.

Every change goes through history/writes.py, which calls these in the same
transaction: `apply_hours`/`apply_changed` with +1 for rows just inserted
or changed and -1 for rows about to be deleted or changed. The rollups are
sums, so adding and taking away the same rows leaves them exact.
"""

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Executable,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    case,
    delete,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.dialects import mysql, postgresql, sqlite

from .models import PlayKind
from .query_model import THIRTY_SECONDS_MS
from .schema import (
    ALL_ACCOUNTS,
    HOUR_MS,
    QUARTER_MS,
    SUMMED_COLUMNS,
    album_totals,
    artist_totals,
    item_lengths,
    item_totals,
    jobs,
    meta,
    plays,
    rollup_hours,
    rollup_quarters,
)

FOLDED_KEY = "folded_play_id"
"""encore_meta key: plays with an id up to this are in the totals."""
TAIL_LIMIT = 20_000
"""Unfolded plays that make the writer fold when no job runs. Reading this
many by primary key costs a reader a few milliseconds."""

_SUMMED = (rollup_hours, rollup_quarters, item_totals, artist_totals, album_totals)
"""The rollups that are sums of the plays (item lengths are not)."""


def _signed(expr: ColumnElement[Any], sign: int) -> ColumnElement[Any]:
    return expr if sign > 0 else -expr


def _sums(sign: int) -> tuple[ColumnElement[Any], ...]:
    """streams, ms_played, plays_30s, ms_30s of the selected plays."""
    counted = plays.c.ms_played >= THIRTY_SECONDS_MS
    return (
        _signed(func.count(), sign),
        _signed(func.sum(plays.c.ms_played), sign),
        _signed(func.sum(case((counted, 1), else_=0)), sign),
        _signed(func.sum(case((counted, plays.c.ms_played), else_=0)), sign),
    )


def _upsert(
    dialect: str,
    table: Table,
    keys: tuple[str, ...],
    query: Select[Any],
    *,
    add: tuple[str, ...] = SUMMED_COLUMNS,
    greatest: tuple[str, ...] = (),
) -> Executable:
    """INSERT the grouped rows of `query`; on a clash add them up.

    `query` selects the key columns, then `add`, then `greatest`, whose
    values keep the larger of the old and the new.
    """
    columns = [*keys, *add, *greatest]
    if dialect == "sqlite":
        lite = sqlite.insert(table).from_select(columns, query)
        return lite.on_conflict_do_update(
            index_elements=list(keys),
            set_={
                **{name: table.c[name] + lite.excluded[name] for name in add},
                **{
                    name: func.max(table.c[name], lite.excluded[name])
                    for name in greatest
                },
            },
        )
    if dialect == "postgresql":
        insert = postgresql.insert(table).from_select(columns, query)
        excluded = insert.excluded
        larger = func.greatest
        return insert.on_conflict_do_update(
            index_elements=list(keys),
            set_={
                **{name: table.c[name] + excluded[name] for name in add},
                **{name: larger(table.c[name], excluded[name]) for name in greatest},
            },
        )
    if dialect in ("mysql", "mariadb"):
        my_insert = mysql.insert(table).from_select(columns, query)
        inserted = my_insert.inserted
        return my_insert.on_duplicate_key_update(
            {
                **{name: table.c[name] + inserted[name] for name in add},
                **{
                    name: func.greatest(table.c[name], inserted[name])
                    for name in greatest
                },
            }
        )
    raise ValueError(f"unsupported database: {dialect}")


def _apply_buckets(
    conn: Connection,
    dialect: str,
    condition: ColumnElement[bool],
    sign: int,
    *,
    table: Table,
    bucket_ms: int,
) -> None:
    """Add or take away the plays matching `condition` in a table of time buckets.

    The table's key is its bucket (`ended_at // bucket_ms`), the account and
    the set of sources, in whichever order the table declares them.
    """
    keys = tuple(column.name for column in table.primary_key)
    (bucket,) = set(keys) - {"account_id", "sources"}
    grouped = {
        "account_id": plays.c.account_id,
        "sources": plays.c.sources,
        bucket: (plays.c.ended_at // bucket_ms).label(bucket),
    }
    by = [grouped[key] for key in keys]
    conn.execute(
        _upsert(
            dialect,
            table,
            keys,
            select(*by, *_sums(sign)).where(condition).group_by(*by),
        )
    )


def apply_hours(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add (`sign` 1) or take away (-1) the plays matching `condition` by hour.

    And by quarter hour, in `rollup_quarters`.
    """
    _apply_buckets(
        conn, dialect, condition, sign, table=rollup_hours, bucket_ms=HOUR_MS
    )
    apply_quarters(conn, dialect, condition, sign)


def apply_quarters(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away the plays matching `condition` by quarter hour."""
    _apply_buckets(
        conn, dialect, condition, sign, table=rollup_quarters, bucket_ms=QUARTER_MS
    )


def _staged(condition: ColumnElement[bool], sign: int) -> Select[Any]:
    """Sum the plays matching `condition` by item, account, artist and album."""
    artist = func.coalesce(plays.c.artist_id, 0).label("artist_id")
    album = func.coalesce(plays.c.album_key, 0).label("album_key")
    keys = (plays.c.account_id, plays.c.kind, plays.c.item_id, artist, album)
    return (
        select(
            *keys,
            *(
                total.label(name)
                for total, name in zip(_sums(sign), SUMMED_COLUMNS, strict=True)
            ),
            func.max(plays.c.ms_played).label("longest_ms"),
        )
        .where(condition)
        .group_by(*keys)
    )


def _apply_totals(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away plays in the all-time totals, items and artists.

    The plays are summed once into a temporary table (by item, account,
    artist and album: a third of the rows of an import), which the three
    tables then take their sums from, each in the order of its key. Item
    lengths only grow: taking plays away never shortens an item.
    """
    stage = Table(
        "encore_fold",
        MetaData(),
        *(
            Column(name, BigInteger)
            for name in (
                "account_id",
                "kind",
                "item_id",
                "artist_id",
                "album_key",
                *SUMMED_COLUMNS,
                "longest_ms",
            )
        ),
        prefixes=["TEMPORARY"],
    )
    stage.create(conn)
    try:
        conn.execute(
            stage.insert().from_select(
                [column.name for column in stage.columns], _staged(condition, sign)
            )
        )
        item_key = ("account_id", "kind", "item_id", "artist_id", "album_key")
        # The stage holds one row per key of each account's items. (SQLite
        # needs a WHERE between an upsert's FROM and its ON CONFLICT.)
        conn.execute(
            _upsert(
                dialect,
                item_totals,
                item_key,
                select(*(stage.c[name] for name in (*item_key, *SUMMED_COLUMNS))).where(
                    stage.c.streams != 0
                ),
            )
        )
        sums = [func.sum(stage.c[name]) for name in SUMMED_COLUMNS]
        # Every account's items, then each account's and every account's
        # (`ALL_ACCOUNTS`) artists and albums.
        everyone = literal(ALL_ACCOUNTS, Integer)
        item_keys = (
            everyone,
            stage.c.kind,
            stage.c.item_id,
            stage.c.artist_id,
            stage.c.album_key,
        )
        conn.execute(
            _upsert(
                dialect,
                item_totals,
                item_key,
                select(*item_keys, *sums).group_by(*item_keys[1:]),
            )
        )
        for account in (stage.c.account_id, everyone):
            # A constant is no key to group by (PostgreSQL refuses it).
            by_account = [] if account is everyone else [account]
            conn.execute(
                _upsert(
                    dialect,
                    artist_totals,
                    ("account_id", "kind", "artist_id"),
                    select(account, stage.c.kind, stage.c.artist_id, *sums)
                    .where(stage.c.artist_id != 0)
                    .group_by(*by_account, stage.c.kind, stage.c.artist_id),
                )
            )
            # Albums count music only, as the rankings do.
            conn.execute(
                _upsert(
                    dialect,
                    album_totals,
                    ("account_id", "album_key"),
                    select(account, stage.c.album_key, *sums)
                    .where(stage.c.album_key != 0, stage.c.kind == int(PlayKind.TRACK))
                    .group_by(*by_account, stage.c.album_key),
                )
            )
        if sign > 0:
            conn.execute(
                _upsert(
                    dialect,
                    item_lengths,
                    ("item_id",),
                    select(stage.c.item_id, func.max(stage.c.longest_ms))
                    .where(stage.c.item_id.is_not(None))
                    .group_by(stage.c.item_id),
                    add=(),
                    greatest=("longest_ms",),
                )
            )
    finally:
        stage.drop(conn)


def folded_id(conn: Connection) -> int:
    """Return the id up to which the plays are in the totals (0: none)."""
    value = conn.execute(
        select(meta.c.value).where(meta.c.key == FOLDED_KEY)
    ).scalar_one_or_none()
    return 0 if value is None else int(value)


def _set_folded(conn: Connection, play_id: int) -> None:
    if not conn.execute(
        update(meta).where(meta.c.key == FOLDED_KEY).values(value=str(play_id))
    ).rowcount:
        conn.execute(meta.insert().values(key=FOLDED_KEY, value=str(play_id)))


def _max_play_id(conn: Connection) -> int:
    return int(conn.execute(select(func.max(plays.c.id))).scalar_one_or_none() or 0)


def apply_changed(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away plays that may be folded already (deletes, merges).

    The hours always change; the totals only for the folded plays among
    them, as readers add the others themselves.
    """
    apply_hours(conn, dialect, condition, sign)
    if folded := folded_id(conn):
        _apply_totals(conn, dialect, and_(condition, plays.c.id <= folded), sign)


def apply_play(conn: Connection, dialect: str, play_id: int, sign: int) -> None:
    """`apply_changed` for one play: the totals only if it was folded."""
    this_play = plays.c.id == play_id
    apply_hours(conn, dialect, this_play, sign)
    if play_id <= folded_id(conn):
        _apply_totals(conn, dialect, this_play, sign)


def fold(conn: Connection, dialect: str) -> int:
    """Move the tail into the totals; returns how many plays it held."""
    folded = folded_id(conn)
    top = _max_play_id(conn)
    if top <= folded:
        return 0
    # Both bounds: with only one, SQLite may walk a whole index instead.
    _apply_totals(conn, dialect, and_(plays.c.id > folded, plays.c.id <= top), 1)
    _set_folded(conn, top)
    return top - folded


def maybe_fold(conn: Connection, dialect: str) -> None:
    """Fold a long tail, unless a job (an import) is still adding plays.

    An import folds once when its job ends: folding every few thousand
    rows would cost it as much as keeping the totals row by row.
    """
    if _max_play_id(conn) - folded_id(conn) <= TAIL_LIMIT:
        return
    running = conn.execute(
        select(jobs.c.id).where(jobs.c.status == "running").limit(1)
    ).first()
    if running is None:
        fold(conn, dialect)


def after_delete(conn: Connection) -> None:
    """Plays were deleted: keep the fold mark valid and the tables small.

    SQLite gives a new row the highest id plus one, so once the highest
    plays are gone an id at or below the mark can come back: the mark moves
    down to the highest id left (everything up to it is folded). Rows that
    deletions emptied go; readers never count on their absence.
    """
    folded = folded_id(conn)
    top = _max_play_id(conn)
    if top < folded:
        _set_folded(conn, top)
    for table in _SUMMED:
        conn.execute(delete(table).where(table.c.streams <= 0))


def clear_rollups(conn: Connection) -> None:
    """Every play is about to go: empty the rollups (item lengths stay)."""
    for table in _SUMMED:
        conn.execute(delete(table))
    _set_folded(conn, 0)


def rebuild_rollups(conn: Connection, dialect: str) -> None:
    """Compute every rollup again from the plays (migration, repair).

    Item lengths start again from the plays stored.
    """
    for table in (*_SUMMED, item_lengths):
        conn.execute(delete(table))
    top = _max_play_id(conn)
    if top:
        everything = and_(plays.c.id > 0, plays.c.id <= top)
        apply_hours(conn, dialect, everything, 1)
        _apply_totals(conn, dialect, everything, 1)
    _set_folded(conn, top)
