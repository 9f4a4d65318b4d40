"""A person's resolved plays and ranking statements, kept while nothing changes.

`store.person_scopes` keeps them per database connection on SQLite until
another connection commits, this one writes, or a transaction that wrote
rolls back; PostgreSQL resolves every time. Whatever was kept, every answer
equals a plain-Python recount (`test_answers`), on both databases.
"""

from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from custom_components.encore.history.models import Certainty
from custom_components.encore.history.periods import PeriodName, resolve_period
from custom_components.encore.history.queries import TopKind, top_items
from custom_components.encore.history.store import attribution
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.history.store.person_scopes import resolved
from custom_components.encore.history.store.schema import accounts, plays
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import migrated_engine

from .test_answers import ADA, ASKED, MIA, NOW, SONOS, Loaded, _check_in, _load, _scope

MONTH = resolve_period(PeriodName.LAST_MONTH, now=ASKED, time_zone=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Loaded]:
    """An empty migrated database of each kind."""
    with migrated_engine(request, sqlite_url(tmp_path / "history.db")) as engine:
        yield Loaded(engine, WriterState(engine.dialect.name))


def _ids(conn: Connection, key: str) -> list[int]:
    """The month's plays of an account that count, newest first."""
    return [
        int(i)
        for i in conn.execute(
            select(plays.c.id)
            .join(accounts, accounts.c.id == plays.c.account_id)
            .where(
                accounts.c.key == key,
                plays.c.ended_at >= MONTH.start_ms,
                plays.c.ended_at < MONTH.end_ms,
                plays.c.ms_played >= 30_000,
            )
            .order_by(plays.c.ended_at.desc())
        ).scalars()
    ]


def _adas(conn: Connection) -> tuple[int, ...]:
    return tuple(
        int(i)
        for i in conn.execute(
            select(accounts.c.id).where(accounts.c.key == "ada_id")
        ).scalars()
    )


def _ranking(conn: Connection) -> dict[str, int]:
    found = top_items(conn, _scope(ADA, Certainty.LIKELY), MONTH, TopKind.ARTIST)
    return {entry.name: entry.plays for entry in found}


def test_kept_until_another_connection_commits(database: Loaded) -> None:
    """A reader keeps Ada's plays; a correction committed elsewhere is read at once."""
    _load(database)
    sqlite = database.engine.dialect.name == "sqlite"
    with database.engine.connect() as reader:
        own = _adas(reader)
        # The engine's first: its transaction began before the engine was
        # watched (`_watch`), so nothing is kept yet.
        resolved(reader, ADA, own, Certainty.LIKELY)
        reader.rollback()
        first = resolved(reader, ADA, own, Certainty.LIKELY)
        assert (resolved(reader, ADA, own, Certainty.LIKELY) is first) is sqlite
        before = _ranking(reader)
        _check_in(reader, ADA, Certainty.LIKELY, MONTH)
        reader.rollback()  # a read's end: what it kept stays
        assert (resolved(reader, ADA, own, Certainty.LIKELY) is first) is sqlite
        reader.rollback()
        # Another connection: the month's Sonos plays were Ada's alone.
        with database.engine.connect() as writer, writer.begin():
            assert reader.connection.dbapi_connection is not (
                writer.connection.dbapi_connection
            )
            sonos = _ids(writer, SONOS)
            assert attribution.correct(writer, sonos, [ADA]) == len(sonos)
        again = resolved(reader, ADA, own, Certainty.LIKELY)
        assert again is not first
        assert again == attribution.person_scope(reader, ADA, own, Certainty.LIKELY)
        assert _ranking(reader) != before
        _check_in(reader, ADA, Certainty.LIKELY, MONTH)


def test_a_transaction_that_wrote_keeps_nothing(database: Loaded) -> None:
    """Read, correct, read, roll back, read: each answer is the database's then."""
    _load(database)
    with database.engine.connect() as conn:
        own = _adas(conn)
        first = resolved(conn, ADA, own, Certainty.LIKELY)
        before = _ranking(conn)
        adas = _ids(conn, "ada_id")[:3]
        # Three of Ada's account's plays were Mia's: out of Ada's answers...
        assert attribution.correct(conn, adas, [MIA]) == 3
        moved = resolved(conn, ADA, own, Certainty.LIKELY)
        assert moved.moved_ids == tuple(sorted(adas))
        assert sum(_ranking(conn).values()) < sum(before.values())
        _check_in(conn, ADA, Certainty.LIKELY, MONTH)
        _check_in(conn, MIA, Certainty.LIKELY, MONTH)
        # ...until that is rolled back: as they were.
        conn.rollback()
        assert resolved(conn, ADA, own, Certainty.LIKELY) == first
        assert _ranking(conn) == before
        _check_in(conn, ADA, Certainty.LIKELY, MONTH)


def test_a_period_of_each_shape_reads_its_own_bounds(database: Loaded) -> None:
    """One kept statement per shape of period: the bounds are parameters."""
    _load(database)
    with database.engine.connect() as conn:
        for days in (3, 12, 30):
            for hours in (0, 5):
                period = resolve_period(
                    PeriodName.CUSTOM,
                    now=ASKED,
                    time_zone=UTC,
                    start=NOW - timedelta(days=days, hours=hours),
                    end=NOW - timedelta(hours=hours),
                )
                _check_in(conn, ADA, Certainty.LIKELY, period)
                _check_in(conn, ADA, Certainty.CERTAIN, period)
