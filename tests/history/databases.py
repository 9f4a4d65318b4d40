"""Migrated history databases for the tests, on SQLite or a real PostgreSQL."""

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
import logging

import pytest
from sqlalchemy import Engine

from custom_components.encore.history.migrations import migrate
from custom_components.encore.history.store import create_history_engine

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
