"""Migrated history databases for the tests, on SQLite or a real PostgreSQL."""

from collections.abc import Iterator
from contextlib import closing, contextmanager, nullcontext
import logging
import sqlite3

import pytest
from sqlalchemy import Connection, Engine, Table, inspect, select

from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.store import person_rollups
from custom_components.encore.history.store.engine import create_history_engine
from custom_components.encore.history.store.migrations import migrate
from custom_components.encore.history.store.rollups import fold, rebuild_rollups
from custom_components.encore.history.store.schema import (
    album_totals,
    artist_firsts,
    artist_totals,
    item_lengths,
    item_totals,
    items,
    meta,
    plays,
    rollup_hours,
    rollup_quarters,
)

from .postgres import fresh_database


@contextmanager
def migrated_engine(request: pytest.FixtureRequest, sqlite: str) -> Iterator[Engine]:
    """Yield an engine on an empty, migrated database of `request.param`'s kind.

    `sqlite` is the URL to use for SQLite; PostgreSQL gets a fresh database
    on `postgres_url`'s server, dropped after. SQLAlchemy's echo of every
    statement, which the test plugin turns on, costs more than the
    statements of a module that writes much: it is quiet meanwhile.
    """
    echo = logging.getLogger("sqlalchemy.engine")
    level = echo.level
    echo.setLevel(logging.WARNING)
    database = (
        nullcontext(sqlite)
        if request.param == "sqlite"
        else fresh_database(request.getfixturevalue("postgres_url"))
    )
    try:
        with database as url:
            engine = create_history_engine(url)
            try:
                with engine.begin() as conn:
                    migrate(conn)
                yield engine
            finally:
                engine.dispose()
    finally:
        echo.setLevel(level)


def lastfm_cells(
    conn: Connection, table: Table, bucket: str
) -> dict[tuple[int, int, int], tuple[int, int]]:
    """The Last.fm sums of a time bucket table: (bucket, account, sources) -> sums.

    Cells where the rule counts nothing are left out.
    """
    rows = conn.execute(
        select(
            table.c[bucket],
            table.c.account_id,
            table.c.sources,
            table.c.plays_lastfm,
            table.c.ms_lastfm,
        )
    ).tuples()
    return {
        (int(cell), int(account), int(bits)): (int(count), int(ms))
        for cell, account, bits, count, ms in rows
        if count or ms
    }


ROLLUPS = (
    rollup_hours,
    rollup_quarters,
    item_totals,
    artist_totals,
    album_totals,
    artist_firsts,
    item_lengths,
    meta,
    *person_rollups.TABLES,
    person_rollups.person_day_totals,
)
"""Every table kept from the plays, and the mark of how far they are folded."""


def rollups_of(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the rollups, sorted; cells summed to nothing left out."""
    found: dict[str, list[tuple[object, ...]]] = {}
    for table in ROLLUPS:
        rows = conn.execute(select(table)).tuples()
        if "streams" in table.c:
            streams = list(table.c.keys()).index("streams")
            rows = (row for row in rows if row[streams])
        found[table.name] = sorted(rows, key=repr)
    return found


def assert_rollups_exact(conn: Connection) -> None:
    """The rollups, the tail folded, equal those computed again from the plays.

    Both in a transaction of their own that is rolled back: the history is
    left as it was.
    """
    with conn.begin_nested() as trial:
        fold(conn, conn.dialect.name)
        kept = rollups_of(conn)
        rebuild_rollups(conn, conn.dialect.name)
        expected = rollups_of(conn)
        trial.rollback()
    for name, rows in expected.items():
        extra = sorted(set(kept[name]) - set(rows), key=repr)[:5]
        missing = sorted(set(rows) - set(kept[name]), key=repr)[:5]
        assert kept[name] == rows, f"{name}: kept {extra}, rebuilt {missing}"


def bulk_table_indexes(conn: Connection) -> set[str]:
    """Names of the plays' and the items' indexes, as the database has them.

    Those bulk mode drops (`store.bulk.SECONDARY_INDEXES`) are of both tables.
    """
    found = inspect(conn)
    return {
        index["name"]
        for table in (plays.name, items.name)
        for index in found.get_indexes(table)
    }


def alter_from_outside(manager: HistoryManager, *statements: str) -> int:
    """Run statements on the open SQLite history from a connection of its own.

    As a damaged or locked-down file would, under Encore's feet. Returns the
    plays stored afterwards. Blocking: run in the executor.
    """
    path = manager.store.engine.url.database
    assert path is not None
    with closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)
        return int(conn.execute("SELECT count(*) FROM plays").fetchone()[0])


def of_kept_items(conn: Connection, lengths: dict[int, int]) -> dict[int, int]:
    """The expected lengths of the items still stored.

    Deleting an item's last play deletes the item and its length, and a
    new item may take its id.
    """
    kept = set(conn.execute(select(items.c.id)).scalars())
    return {item_id: ms for item_id, ms in lengths.items() if item_id in kept}
