"""Create the history's tables, or bring an older database forward."""

from collections.abc import Callable

from sqlalchemy import Column, Connection, Table, bindparam, inspect, select, text
from sqlalchemy.schema import CreateColumn

from .query_match import normalize_name
from .query_rollups import rebuild_rollups
from .schema import (
    SCHEMA_VERSION,
    artist_totals,
    artists,
    item_totals,
    items,
    meta,
    metadata,
    plays,
    rollup_hours,
)

VERSION_KEY = "schema_version"


class NewerSchemaError(Exception):
    """The database was written by a newer Encore; opening it could damage it."""

    def __init__(self, found: int) -> None:
        """Remember which version was found."""
        super().__init__(f"history schema {found} is newer than {SCHEMA_VERSION}")
        self.found = found


def _add_column(conn: Connection, table: Table, column: Column[str]) -> None:
    preparer = conn.dialect.identifier_preparer
    definition = CreateColumn(column).compile(dialect=conn.dialect)
    conn.execute(
        text(f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN {definition}")
    )


def _normalise(conn: Connection, table: Table, source: str, target: str) -> None:
    """Fill `target` with the normalised `source` of every row."""
    rows = [
        {"row_id": row_id, "norm": normalize_name(name)}
        for row_id, name in conn.execute(
            select(table.c.id, table.c[source]).where(table.c[source].is_not(None))
        ).tuples()
    ]
    if rows:
        conn.execute(
            table.update()
            .where(table.c.id == bindparam("row_id"))
            .values({target: bindparam("norm")}),
            rows,
        )


def _to_2(conn: Connection) -> None:
    """Version 2: what the queries need (history/queries.py).

    Normalised names (filled here), the covering index of the plays by
    account and time, and the rollups, computed from the plays stored.
    """
    for table, source, target in (
        (artists, "name", "name_norm"),
        (items, "title", "title_norm"),
        (items, "album", "album_norm"),
    ):
        _add_column(conn, table, table.c[target])
        _normalise(conn, table, source, target)
    for index in (*artists.indexes, *items.indexes, *plays.indexes):
        index.create(conn, checkfirst=True)
    for table in (rollup_hours, item_totals, artist_totals):
        table.create(conn, checkfirst=True)
    rebuild_rollups(conn, conn.dialect.name)


# Version N -> the step that turns a version N-1 database into version N.
# Each step runs in the same transaction as the version bump.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _to_2}


def schema_version(conn: Connection) -> int | None:
    """Return the stored schema version, or None for an empty database."""
    if not inspect(conn).has_table(meta.name):
        return None
    value = conn.execute(
        select(meta.c.value).where(meta.c.key == VERSION_KEY)
    ).scalar_one_or_none()
    return None if value is None else int(value)


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to `target`; return the version it had (0 if new)."""
    found = schema_version(conn)
    if found is None:
        metadata.create_all(conn)
        conn.execute(meta.insert().values(key=VERSION_KEY, value=str(target)))
        return 0
    if found > target:
        raise NewerSchemaError(found)
    for version in range(found + 1, target + 1):
        MIGRATIONS[version](conn)
        conn.execute(
            meta.update().where(meta.c.key == VERSION_KEY).values(value=str(version))
        )
    return found
