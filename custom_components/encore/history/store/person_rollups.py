"""Each person's totals of the plays attributed to them (history schema 13, 15).

A person's plays are their accounts' (the account totals, `rollups`) and
the plays attributed to them (`play_listeners`: speakers' and players'
plays the rules gave them, corrections). Read from the plays, the second
part made one person's all-time ranking over a million plays 35 times
slower than the same accounts' (`scripts/bench attribution`). These tables
hold it summed per person and certainty, by item (and artist and album,
as `item_totals`) and by artist (as `artist_totals`), and per day
(schema 15): over a period, looking each speaker's play up in
`play_listeners` made one person's 365-day ranking up to 1.4 times the same
accounts' (`scripts/bench attribution`); their whole days' sums are one
range of rows instead.

Kept as the account totals are: they hold the attributed plays up to the
fold mark (`folding`), readers add the tail's. `rollups._apply_totals`
applies every change of folded plays here too (a fold, a merge, a delete,
a rebuild); `attribution` takes a folded play's old attribution away and
adds the new one when it changes it (a correction, undoing one, the
account found for a player's play). So a correction moves the totals at
once, in its own transaction.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Integer,
    SmallInteger,
    Table,
    and_,
    case,
    delete,
    func,
    inspect,
    select,
)

from ..models import THIRTY_SECONDS_MS
from .attribution_tables import play_listeners
from .folding import folded_id
from .schema import metadata, plays
from .upsert import upsert


def _sums() -> tuple[Column[int], ...]:
    """Return the sums every rollup keeps (as `schema`'s)."""
    return (
        Column("streams", Integer, nullable=False),
        Column("ms_played", BigInteger, nullable=False),
        Column("plays_30s", Integer, nullable=False),
        Column("ms_30s", BigInteger, nullable=False),
    )


person_item_totals = Table(
    "person_item_totals",
    metadata,
    # One person's all-time streams of an item among the plays attributed to
    # them, per certainty ("certain only" or "likely too" is a range of it).
    Column("listener_id", Integer, primary_key=True, autoincrement=False),
    Column("certainty", SmallInteger, primary_key=True, autoincrement=False),
    Column("kind", SmallInteger, primary_key=True, autoincrement=False),
    Column("item_id", Integer, primary_key=True, autoincrement=False),
    # 0 for none, as in `item_totals`.
    Column("artist_id", Integer, primary_key=True, autoincrement=False),
    Column("album_key", BigInteger, primary_key=True, autoincrement=False),
    *_sums(),
    # Clustered by the key: one person's rows are one range.
    sqlite_with_rowid=False,
)

person_artist_totals = Table(
    "person_artist_totals",
    metadata,
    # The same per artist (or show): an artist ranking reads a few thousand
    # rows, not one per item.
    Column("listener_id", Integer, primary_key=True, autoincrement=False),
    Column("certainty", SmallInteger, primary_key=True, autoincrement=False),
    Column("kind", SmallInteger, primary_key=True, autoincrement=False),
    Column("artist_id", Integer, primary_key=True, autoincrement=False),
    *_sums(),
    sqlite_with_rowid=False,
)

person_day_totals = Table(
    "person_day_totals",
    metadata,
    # The same per day (UTC, `DAY_MS`), by item: a period's whole days are
    # one range of one person's rows; its edges and its tail are read from
    # the plays (`queries.person_totals`).
    Column("listener_id", Integer, primary_key=True, autoincrement=False),
    Column("kind", SmallInteger, primary_key=True, autoincrement=False),
    Column("day", Integer, primary_key=True, autoincrement=False),
    Column("certainty", SmallInteger, primary_key=True, autoincrement=False),
    Column("item_id", Integer, primary_key=True, autoincrement=False),
    Column("artist_id", Integer, primary_key=True, autoincrement=False),
    Column("album_key", BigInteger, primary_key=True, autoincrement=False),
    *_sums(),
    sqlite_with_rowid=False,
)

DAY_MS: Final = 86_400_000
"""A day of `person_day_totals`: `ended_at // DAY_MS`."""
TABLES: Final = (person_item_totals, person_artist_totals)
"""The all-time totals (schema 13); `person_day_totals` came with 15."""
_DAY_KEY: Final = (
    "listener_id",
    "kind",
    "day",
    "certainty",
    "item_id",
    "artist_id",
    "album_key",
)
_ITEM_KEY: Final = (
    "listener_id",
    "certainty",
    "kind",
    "item_id",
    "artist_id",
    "album_key",
)
_KEPT: Final = "encore_person_totals"
"""`Connection.info` key: the totals' tables exist."""
_ARTIST_KEY: Final = ("listener_id", "certainty", "kind", "artist_id")


def _signed(expr: ColumnElement[Any], sign: int) -> ColumnElement[Any]:
    return expr if sign > 0 else -expr


def _sums_of(sign: int) -> list[ColumnElement[Any]]:
    counted = plays.c.ms_played >= THIRTY_SECONDS_MS
    return [
        _signed(func.count(), sign),
        _signed(func.sum(plays.c.ms_played), sign),
        _signed(func.sum(case((counted, 1), else_=0)), sign),
        _signed(func.sum(case((counted, plays.c.ms_played), else_=0)), sign),
    ]


def _kept(conn: Connection, table: Table = person_item_totals) -> bool:
    """Whether the database has `table` (older migration steps run before it).

    Remembered per database connection once true: tables are not dropped.
    """
    kept_tables: set[str] = conn.info.setdefault(_KEPT, set())
    if table.name in kept_tables:
        return True
    kept = inspect(conn).has_table(table.name)
    if kept:
        kept_tables.add(table.name)
    return kept


def apply(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add (sign 1) or take away (-1) the attributed plays among `condition`'s.

    `condition` selects plays (folded ones: the caller's business); only
    those with persons count. Rows a taking away empties go.
    """
    if not _kept(conn):
        return
    joined = plays.join(play_listeners, play_listeners.c.play_id == plays.c.id)
    artist = func.coalesce(plays.c.artist_id, 0)
    item_keys = (
        play_listeners.c.listener_id,
        play_listeners.c.certainty,
        plays.c.kind,
        plays.c.item_id,
        artist,
        func.coalesce(plays.c.album_key, 0),
    )
    conn.execute(
        upsert(
            dialect,
            person_item_totals,
            _ITEM_KEY,
            select(*item_keys, *_sums_of(sign))
            .select_from(joined)
            .where(condition)
            .group_by(*item_keys),
        )
    )
    artist_keys = (*item_keys[:3], artist)
    conn.execute(
        upsert(
            dialect,
            person_artist_totals,
            _ARTIST_KEY,
            select(*artist_keys, *_sums_of(sign))
            .select_from(joined)
            .where(condition, plays.c.artist_id.is_not(None))
            .group_by(*artist_keys),
        )
    )
    days = _kept(conn, person_day_totals)
    if days:
        listener, certainty, kind, *item = item_keys
        day_keys = (listener, kind, plays.c.ended_at // DAY_MS, certainty, *item)
        conn.execute(
            upsert(
                dialect,
                person_day_totals,
                _DAY_KEY,
                select(*day_keys, *_sums_of(sign))
                .select_from(joined)
                .where(condition)
                .group_by(*day_keys),
            )
        )
    if sign < 0:
        for table in (*TABLES, *((person_day_totals,) if days else ())):
            conn.execute(delete(table).where(table.c.streams <= 0))


@contextmanager
def changing(conn: Connection, play_ids: Sequence[int]) -> Iterator[None]:
    """Keep the totals in step while a block changes the plays' persons.

    The folded ones among `play_ids` are taken away as they are attributed
    before the block and added back as they are after it.
    """
    folded = folded_id(conn)
    chosen = sorted({int(play_id) for play_id in play_ids if play_id <= folded})
    dialect = conn.dialect.name
    for start in range(0, len(chosen), 500):
        apply(conn, dialect, plays.c.id.in_(chosen[start : start + 500]), -1)
    yield
    for start in range(0, len(chosen), 500):
        apply(conn, dialect, plays.c.id.in_(chosen[start : start + 500]), 1)


def clear(conn: Connection) -> None:
    """Every play is about to go, or every total is counted again: empty them."""
    if not _kept(conn):
        return
    for table in TABLES:
        conn.execute(delete(table))
    if _kept(conn, person_day_totals):
        conn.execute(delete(person_day_totals))


def rebuild(conn: Connection) -> None:
    """Count the totals again from the folded plays (the migrations, a repair)."""
    clear(conn)
    if folded := folded_id(conn):
        apply(conn, conn.dialect.name, and_(plays.c.id > 0, plays.c.id <= folded), 1)
