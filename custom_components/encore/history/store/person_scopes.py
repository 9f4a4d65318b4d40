"""A person's resolved plays, kept while the database stays as it was (issue 46).

Resolving which plays are a person's (`attribution.person_scope`: their
listener id, the accounts of plays attributed to them, the corrected plays)
is six look-ups by key, and a person's ranking of a period a union of four
statements built from it, then keyed for SQLAlchemy's cache of compiled
statements: 2-3 ms of Python per question, where a month's plays cost 4-5 ms
of SQL. That fixed cost made one person's month ranking 1.3-1.7 times the
same accounts' (`scripts/bench attribution`).

So both are kept per database connection (`Connection.info` belongs to the
driver's connection and outlives a checkout from the pool) for as long as
the database is the one they were read from: on SQLite, no other connection
committed since (`PRAGMA data_version` moves when one did), this one changed
no row (the driver's `total_changes`: the writer's connection, tests that
write and read on one), and nothing is kept or used by a transaction that
wrote (what it read of its own writes may yet be rolled back). So the next
question after a correction, a play attributed, an account added resolves
again, and every answer is what a fresh read gives. PostgreSQL has no mark
as cheap: it resolves every time.
"""

from collections.abc import Callable, Hashable, Sequence
from typing import Any, Final

from sqlalchemy import Connection

from ..models import Certainty
from .attribution import PersonScope, person_scope

_KEPT: Final = "encore_person_scopes"
"""`Connection.info` key: (the database's mark, {key: value})."""
KEPT_AT_MOST: Final = 64
"""Values kept per connection: the persons' scopes and their rankings'
statements (one per kind, rule, length and shape of period asked)."""


_BEGUN: Final = "encore_changes_at_begin"
"""`Connection.info` key: the driver's `total_changes` when the transaction began."""


def note_begin(conn: Connection) -> None:
    """Note the rows this connection changed so far, as its transaction begins.

    Called by the engine's own "begin" listener (`engine.create_history_engine`),
    registered with the engine before any thread uses it: a listener added
    while another thread begins a transaction breaks SQLAlchemy's iteration
    of the listeners ("deque mutated during iteration").
    """
    conn.info[_BEGUN] = getattr(conn.connection.dbapi_connection, "total_changes", None)


def _mark(conn: Connection) -> Hashable | None:
    """Return what says the database is unchanged for this connection, if anything can.

    SQLite only: `PRAGMA data_version` (other connections' commits) and the
    driver's count of rows this connection changed, as long as the running
    transaction changed none (what it read of its own writes could be rolled
    back). An engine made elsewhere notes no beginning: nothing is kept.
    """
    if conn.dialect.name != "sqlite":
        return None
    # First: it begins the transaction (and its snapshot) if none is running.
    version = conn.exec_driver_sql("PRAGMA data_version").scalar_one()
    changes = getattr(conn.connection.dbapi_connection, "total_changes", None)
    if not isinstance(changes, int) or conn.info.get(_BEGUN) != changes:
        return None
    return (int(version), changes)


def kept[T](conn: Connection, key: Hashable, make: Callable[[], T]) -> T:
    """Return `make()`, kept under `key` until the database changes (see above).

    `make` must read nothing but the database and what `key` names.
    """
    mark = _mark(conn)
    if mark is None:
        return make()
    found: tuple[Hashable, dict[Hashable, Any]] | None = conn.info.get(_KEPT)
    if found is None or found[0] != mark:
        found = (mark, {})
        conn.info[_KEPT] = found
    values = found[1]
    if key not in values:
        if len(values) >= KEPT_AT_MOST:
            values.clear()
        values[key] = make()
    value: T = values[key]
    return value


def resolved(
    conn: Connection, person: str, own_account_ids: Sequence[int], most: Certainty
) -> PersonScope:
    """Return `attribution.person_scope`, kept while the database is unchanged."""
    own = tuple(sorted(own_account_ids))
    return kept(
        conn,
        ("person", person, own, most),
        lambda: person_scope(conn, person, own, most),
    )
