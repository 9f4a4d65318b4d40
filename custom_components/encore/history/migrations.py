"""Create the history's tables, or bring an older database forward."""

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from .schema import SCHEMA_VERSION, meta, metadata

VERSION_KEY = "schema_version"


class NewerSchemaError(Exception):
    """The database was written by a newer Encore; opening it could damage it."""

    def __init__(self, found: int) -> None:
        """Remember which version was found."""
        super().__init__(f"history schema {found} is newer than {SCHEMA_VERSION}")
        self.found = found


# Version N -> the step that turns a version N-1 database into version N.
# Each step runs in the same transaction as the version bump.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


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
