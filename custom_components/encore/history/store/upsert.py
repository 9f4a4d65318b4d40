"""Adding grouped rows into a table of sums, in each database's own words.

The rollups (`rollups`) and the per-person totals (`person_rollups`) are
sums kept by key: a change adds its rows, and a key already there adds up.
"""

from typing import Any

from sqlalchemy import Executable, Select, Table, func
from sqlalchemy.dialects import mysql, postgresql, sqlite

from .schema import SUMMED_COLUMNS


def upsert(
    dialect: str,
    table: Table,
    keys: tuple[str, ...],
    query: Select[Any],
    *,
    add: tuple[str, ...] = SUMMED_COLUMNS,
    greatest: tuple[str, ...] = (),
    least: tuple[str, ...] = (),
) -> Executable:
    """INSERT the grouped rows of `query`; on a clash add them up.

    `query` selects the key columns, then `add`, then `greatest`, whose
    values keep the larger of the old and the new, then `least`, which keep
    the smaller one that is not NULL.
    """
    columns = [*keys, *add, *greatest, *least]

    def smaller(old: Any, new: Any, fn: Any) -> Any:
        # SQLite's two-argument min() and MySQL's LEAST() are NULL when
        # either is; PostgreSQL's LEAST() skips NULLs, and so does this.
        return fn(func.coalesce(old, new), func.coalesce(new, old))

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
                **{
                    name: smaller(table.c[name], lite.excluded[name], func.min)
                    for name in least
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
                **{name: func.least(table.c[name], excluded[name]) for name in least},
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
                **{
                    name: smaller(table.c[name], inserted[name], func.least)
                    for name in least
                },
            }
        )
    raise ValueError(f"unsupported database: {dialect}")
