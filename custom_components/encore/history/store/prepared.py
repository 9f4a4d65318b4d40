"""Statements the writer runs often, built and compiled once per kind of database.

SQLAlchemy keeps the compiled form of most statements, but not of the
dialects' own INSERTs (`ON CONFLICT` for SQLite and PostgreSQL, `ON DUPLICATE
KEY` for MySQL: their classes set `inherit_cache = False`), nor of statements
on a table object made anew, and building an expression costs about as much
as compiling it. The rollups run several of these for every batch of plays
and every live play: in an import of 2,000 small files, building and
compiling them took about half of the writer's time (cProfile of
`scripts/bench import -k hostile`).

A prepared statement is built once with bound parameters for what changes
(`bindparam("low")`), compiled for the connection's dialect, and run as SQL
text with the values. The name given must say everything the builder's
result depends on besides those values: two statements of one name would
run each other's SQL.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from threading import Lock
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Executable, func, select
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True, slots=True)
class _Prepared:
    sql: str
    positional: tuple[str, ...] | None
    """Parameter names in order, for positional paramstyles (SQLite's `?`)."""
    defaults: dict[str, Any]
    """Values the statement holds itself (literals, limits)."""


_PREPARED: dict[tuple[str, str], _Prepared] = {}
_LOCK = Lock()


def run_prepared(
    conn: Connection,
    name: str,
    build: Callable[[], Executable],
    **values: Any,
) -> CursorResult[Any]:
    """Run the statement `build` returns, built and compiled once per dialect.

    `values` fill its bound parameters; names it does not have are ignored.
    """
    key = (conn.dialect.name, name)
    prepared = _PREPARED.get(key)
    if prepared is None:
        # Every statement run here is a ClauseElement (DML, DDL, SELECT).
        compiled = cast("ClauseElement", build()).compile(dialect=conn.dialect)
        # DDL has no parameters (and no `positional`): an empty tuple.
        order = getattr(compiled, "positiontup", None)
        prepared = _Prepared(
            sql=str(compiled),
            positional=(
                tuple(order or ()) if getattr(compiled, "positional", True) else None
            ),
            defaults=dict(compiled.params or {}),
        )
        with _LOCK:
            _PREPARED.setdefault(key, prepared)
    params = prepared.defaults | values
    if prepared.positional is not None:
        return conn.exec_driver_sql(
            prepared.sql, tuple(params[name] for name in prepared.positional)
        )
    return conn.exec_driver_sql(
        prepared.sql, {name: params[name] for name in prepared.defaults}
    )


def fetch_prepared(
    conn: Connection,
    name: str,
    build: Callable[[], Executable],
    **values: Any,
) -> list[Sequence[Any]]:
    """`run_prepared`, and every row of its answer as the driver gives it.

    Tuples from the DBAPI cursor, without a SQLAlchemy `Row` each (and no
    type processing: for numbers and text). Fetching and comparing 200,000
    rows cost a second through `Row`s, a tenth of it as tuples.
    """
    result = run_prepared(conn, name, build, **values)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def highest_id(conn: Connection, table: Any) -> int:
    """Return the highest id of `table` (0 when it is empty).

    The writer is the only one adding rows and ids only grow: the rows a
    statement added are the ones above the highest id before it.
    """
    return int(
        run_prepared(
            conn, f"highest id of {table.name}", lambda: select(func.max(table.c.id))
        ).scalar_one_or_none()
        or 0
    )
