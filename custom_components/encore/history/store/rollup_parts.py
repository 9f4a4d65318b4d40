"""What the rollups' steps share: the plays a step reads, temporary tables, sums.

`rollups.py` says how the rollups are kept; its steps live beside it, each
in its own module: the items' lengths (`rollup_lengths.py`), the time
buckets (`rollup_buckets.py`) and the all-time totals and firsts
(`rollup_totals.py`). All run on the writer thread, in the transaction of
the change to the plays.
"""

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    CursorResult,
    Executable,
    FromClause,
    Table,
    and_,
    bindparam,
    case,
    func,
    or_,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateTable, DropTable

from ..models import LASTFM_ENOUGH_MS, LASTFM_MIN_LENGTH_MS, THIRTY_SECONDS_MS
from .prepared import run_prepared
from .schema import (
    HOUR_MS,
    QUARTER_MS,
    item_lengths,
    plays,
    rollup_hours,
    rollup_quarters,
)

BUCKETS = ((rollup_hours, HOUR_MS), (rollup_quarters, QUARTER_MS))
"""The time buckets and their width."""

ID_RANGE: Final = and_(
    plays.c.id > bindparam("low", type_=BigInteger),
    plays.c.id <= bindparam("high", type_=BigInteger),
)
"""The plays `low < id <= high`: what a batch of inserted rows is (one writer,
ids only grow). Both bounds: with one, SQLite may walk a whole index."""


@dataclass(frozen=True, slots=True)
class Selected:
    """The plays a rollup step reads, and how its statements are run.

    With `shape`, the statements are prepared once (`run_prepared`) under
    names that include it, and run with `values`; without, they are built
    with the condition as it is and run once.
    """

    condition: ColumnElement[bool]
    shape: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    def run(
        self, conn: Connection, name: str, build: Callable[[], Executable]
    ) -> CursorResult[Any]:
        """Run the statement `build` makes, prepared under `name` if shaped."""
        if self.shape is None:
            return conn.execute(build())
        return run_prepared(conn, f"{name}|{self.shape}", build, **self.values)


def between(low: int, high: int, **values: Any) -> Selected:
    """Select the plays `low < id <= high`, prepared, with more `values` bound."""
    return Selected(ID_RANGE, "id_range", {"low": low, "high": high, **values})


def lastfm_counts(ms: Any, length: Any) -> ColumnElement[bool]:
    """Whether the Last.fm rule counts a stream of `ms` of an item of `length`.

    Four minutes always count; otherwise the item must be longer than 30 s
    and at least half of it played. `length` is the item's longest stream,
    so never less than `ms`.
    """
    return or_(
        ms >= LASTFM_ENOUGH_MS,
        and_(length > LASTFM_MIN_LENGTH_MS, ms * 2 >= length),
    )


def drop_temporary(dialect: Dialect, table: Table) -> Executable:
    """Return the statement that drops a temporary table, and only that.

    MySQL commits the transaction on a DROP TABLE that does not say
    TEMPORARY, and SQLAlchemy's does not.
    """
    if dialect.name in ("mysql", "mariadb"):
        name = dialect.identifier_preparer.format_table(table)
        return text(f"DROP TEMPORARY TABLE IF EXISTS {name}")
    return DropTable(table)


@contextmanager
def temporary(
    conn: Connection, table: Table, *, prepared: bool = False
) -> Iterator[Table]:
    """Create a temporary table for the length of a block, then drop it.

    After a failure, SQLite and PostgreSQL drop it with the rollback that
    follows (PostgreSQL refuses any statement before it, so a drop there
    would only hide the error); MySQL keeps temporary tables for the
    session, rollback or not, so it is dropped there at once.
    """

    def drop() -> None:
        if prepared:
            run_prepared(
                conn,
                f"drop {table.name}",
                lambda: drop_temporary(conn.dialect, table),
            )
        else:
            conn.execute(drop_temporary(conn.dialect, table))

    if prepared:
        # `prepared`: a table object kept for good, so its DDL is one too.
        run_prepared(conn, f"create {table.name}", lambda: CreateTable(table))
    else:
        table.create(conn)
    try:
        yield table
    except BaseException:
        if conn.dialect.name in ("mysql", "mariadb"):
            drop()
        raise
    drop()


def _signed(expr: ColumnElement[Any], sign: int) -> ColumnElement[Any]:
    return expr if sign > 0 else -expr


def play_sums(sign: int) -> tuple[ColumnElement[Any], ...]:
    """streams, ms_played, plays_30s, ms_30s of the selected plays."""
    counted = plays.c.ms_played >= THIRTY_SECONDS_MS
    return (
        _signed(func.count(), sign),
        _signed(func.sum(plays.c.ms_played), sign),
        _signed(func.sum(case((counted, 1), else_=0)), sign),
        _signed(func.sum(case((counted, plays.c.ms_played), else_=0)), sign),
    )


def plays_with_lengths() -> FromClause:
    """Return the plays, each with its item's length (`item_lengths`, by key)."""
    return plays.outerjoin(item_lengths, item_lengths.c.item_id == plays.c.item_id)


def lastfm_condition() -> ColumnElement[bool]:
    """Whether the Last.fm rule counts a play of `plays_with_lengths()`."""
    return lastfm_counts(plays.c.ms_played, func.coalesce(item_lengths.c.longest_ms, 0))


def lastfm_sums(sign: int) -> tuple[ColumnElement[Any], ...]:
    """plays_lastfm, ms_lastfm of the selected plays, joined to their lengths."""
    counted = lastfm_condition()
    return (
        _signed(func.sum(case((counted, 1), else_=0)), sign),
        _signed(func.sum(case((counted, plays.c.ms_played), else_=0)), sign),
    )


def bucket_keys(table: Table, bucket_ms: int) -> tuple[tuple[str, ...], list[Any]]:
    """Return a time bucket table's key names, and the plays' values for them.

    The key is the bucket (`ended_at // bucket_ms`), the account and the set
    of sources, in whichever order the table declares them.
    """
    keys = tuple(column.name for column in table.primary_key)
    (bucket,) = set(keys) - {"account_id", "sources"}
    grouped = {
        "account_id": plays.c.account_id,
        "sources": plays.c.sources,
        bucket: (plays.c.ended_at // bucket_ms).label(bucket),
    }
    return keys, [grouped[key] for key in keys]
