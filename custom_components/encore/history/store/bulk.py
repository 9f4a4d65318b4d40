"""Bulk mode: what a large first import leaves for its end, and the mark that owes it.

A first import of years of Extended history spends a third of its writing on
the plays' secondary indexes and the time buckets, batch after batch
(`scripts/bench import`). In bulk mode the import drops the secondary
indexes of `plays` (and the items' search indexes) and leaves the time
buckets and item lengths of the plays it adds; `settle` builds the indexes
once, over the whole table, and counts the plays added in one pass per id
range. Measured outside Home Assistant on
the benchmark's million rows, two runs each: 29.4 s against 35.1-36.2 s.

The mark (`encore_meta`, `BULK_KEY`) lists the id ranges the import added,
and is written in the transaction that drops the indexes and in every
batch's: whatever committed, the mark says what is owed, and nothing else
does. Settling is the writer's first step before any write that is not the
import's own (`HistoryStore.submit`, `bulk_safe`): live plays, deletes,
merges and the end of the job find whole indexes and exact rollups. After a
crash, the first write settles; the plays of the files that were committed
are counted, the rest were never stored.

Readers meanwhile find the import's plays in the all-time totals as before
(the tail), and in the time buckets once it ends; queries by period read the
table without its index until then.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

import orjson
from sqlalchemy import Connection, Index, delete, insert, select, update
from sqlalchemy.schema import CreateIndex, DropIndex

from ...const import LOGGER
from ..models import Source
from . import recordings
from .folding import folded_id
from .prepared import highest_id
from .rollups import add_and_fold, add_plays_between
from .schema import items, jobs, kept_by, meta, plays

BULK_KEY: Final = "bulk_import"
BULK_MIN_ROWS: Final = 100_000
"""Smaller imports take seconds either way, with every index in place."""
ROW_BYTES: Final = 700
"""Bytes of one Extended history row as Spotify writes it (686-718 measured
over the real exports in `shared/data` and the benchmark's): an export's
size over this is the rows it brings, from above for indented files."""

_EXPORTS: Final = (int(Source.EXPORT_EXTENDED), int(Source.EXPORT_ACCOUNT))
_CUT_SHORT: Final = frozenset({"interrupted", "failed"})
"""Import jobs that ended before their last file: a restart, a crash, an error."""
_TRANSACTIONAL_DDL: Final = frozenset({"sqlite", "postgresql"})
"""Where dropping an index and writing the mark are one transaction: MySQL and
MariaDB commit at every DROP INDEX, so a crash could leave the indexes gone
and no mark to say so."""

PLAY_INDEXES: Final[tuple[Index, ...]] = tuple(
    sorted((index for index in plays.indexes if not index.unique), key=str)
)
"""The plays' indexes bulk mode drops: the unique key stays, it keeps repeats out."""
ITEM_INDEXES: Final[tuple[Index, ...]] = tuple(
    sorted(
        (
            index
            for index in items.indexes
            if not index.unique and index.name != "ix_items_song"
        ),
        key=str,
    )
)
"""The items' indexes for searches and rankings, which the import never reads.

A million-row export brings 150,000 items: kept up row by row, these three
cost more than building them once. The key and the song stay: the import
finds items by them (`store.identity`)."""
SECONDARY_INDEXES: Final[tuple[Index, ...]] = PLAY_INDEXES + ITEM_INDEXES
"""What bulk mode drops, and `settle` builds again."""


def pending(conn: Connection) -> list[tuple[int, int]] | None:
    """Return the id ranges owed to the rollups, or None outside bulk mode."""
    value = conn.execute(
        select(meta.c.value).where(meta.c.key == BULK_KEY)
    ).scalar_one_or_none()
    if value is None:
        return None
    return [(int(low), int(high)) for low, high in orjson.loads(value)]


def worth_it(
    conn: Connection, account_id: int, export_bytes: int, *, resumed: bool = False
) -> bool:
    """Whether a first import of this many bytes of Extended history pays for bulk mode.

    It does when the account has no plays yet and the export brings many
    rows, at least as many as the history holds: the indexes are then built
    over no more than twice the rows the import adds (a second account's
    first import still pays). An export imported again, every file read
    anew, finds the account's plays and checks its rows against them
    batch by batch instead (`WriterState._unstored`).

    `resumed`: some files of this export are in already. That is still a
    first import when the account's last import was cut short (a restart,
    a crash) and every play it has came from an export: its files stored so
    far are that import's. Otherwise (imported whole before, or plays heard
    live) the rows are checked batch by batch.
    """
    if conn.dialect.name not in _TRANSACTIONAL_DDL:
        return False
    rows = export_bytes // ROW_BYTES
    if rows < BULK_MIN_ROWS or highest_id(conn, plays) > rows:
        return False
    mine = plays.c.account_id == account_id
    if not resumed:
        return conn.execute(select(plays.c.id).where(mine).limit(1)).first() is None
    live = select(plays.c.id).where(mine, plays.c.source.not_in(_EXPORTS)).limit(1)
    if conn.execute(live).first() is not None:
        return False
    last = conn.execute(
        select(jobs.c.status)
        .where(
            jobs.c.kind == "import",
            jobs.c.account_id == account_id,
            jobs.c.status != "running",
        )
        .order_by(jobs.c.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return last in _CUT_SHORT


def begin(conn: Connection) -> None:
    """Drop the secondary indexes and write the mark (no range owed yet)."""
    if pending(conn) is not None:
        return
    for index in SECONDARY_INDEXES:
        conn.execute(DropIndex(index, if_exists=True))
    conn.execute(insert(meta).values(key=BULK_KEY, value="[]"))


def note_added(conn: Connection, ranges: list[tuple[int, int]]) -> None:
    """Store the ranges owed (`pending`'s form), in the batch's transaction."""
    conn.execute(
        update(meta)
        .where(meta.c.key == BULK_KEY)
        .values(value=orjson.dumps(ranges).decode())
    )


def owe(ranges: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """Add the plays above `low` up to `high`: the last range grows if it ends at `low`."""
    if ranges and ranges[-1][1] == low:
        return [*ranges[:-1], (ranges[-1][0], high)]
    return [*ranges, (low, high)]


SETTLE_CACHE_KIB: Final = 8192
"""SQLite's page cache while settling, in KiB (the writer's is larger).

SQLite lets each sort take as much memory as the page cache may hold: the
index builds and groupings of a million plays took 40 MB more at their peak
with the writer's cache than with this one, and were no faster."""


@contextmanager
def _small_cache(conn: Connection, dialect: str) -> Iterator[None]:
    """Run a block with SQLite's page cache at `SETTLE_CACHE_KIB`, then restore it."""
    if dialect != "sqlite":
        yield
        return
    size = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SETTLE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(size)}")


def settle(conn: Connection, dialect: str) -> bool:
    """Build the indexes, count the plays owed and drop the mark; False if none.

    Plays owed that are the whole unfolded tail are folded with them.
    """
    ranges = pending(conn)
    if ranges is None:
        return False
    with _small_cache(conn, dialect):
        # The indexes first: counting new lengths reads the item-length index.
        for index in SECONDARY_INDEXES:
            if kept_by(index, dialect):
                conn.execute(CreateIndex(index, if_not_exists=True))
        folded = folded_id(conn)
        if ranges == [(folded, highest_id(conn, plays))]:
            # The import's plays are the whole tail: folded with the rest, the
            # totals' grouping serves the lengths (`rollups.add_and_fold`).
            add_and_fold(conn, dialect, *ranges[0])
        else:
            for low, high in ranges:
                add_plays_between(conn, dialect, low, high)
    # The import's URIs of one recording, once their lengths are known.
    recordings.refresh(conn)
    conn.execute(delete(meta).where(meta.c.key == BULK_KEY))
    LOGGER.debug(
        "Bulk import settled: indexes built, plays counted up to id %s",
        ranges[-1][1] if ranges else 0,
    )
    return True
