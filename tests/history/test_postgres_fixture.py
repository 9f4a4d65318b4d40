"""The PostgreSQL test fixtures give a working server and isolated databases."""

from collections.abc import Iterator

import pytest
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Engine, make_url

from .postgres import postgres_db_url, postgres_url  # noqa: F401

metadata = MetaData()
plays = Table(
    "plays",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
)


@pytest.fixture
def engine(postgres_db_url: str) -> Iterator[Engine]:  # noqa: F811
    """Yield an engine on this test's own database; dispose of it afterwards."""
    engine = create_engine(postgres_db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def test_round_trip(engine: Engine) -> None:
    """A table is created, a parameterized insert stored, and read back."""
    metadata.create_all(engine)
    with engine.begin() as connection:
        # Text a naive string-built statement would break on: bound, not pasted.
        connection.execute(insert(plays), [{"title": "Don't Stop Me Now"}])
        connection.execute(
            text("INSERT INTO plays (title) VALUES (:title)"), {"title": "Ça plane"}
        )
    with engine.connect() as connection:
        titles = connection.scalars(select(plays.c.title).order_by(plays.c.id)).all()
    assert titles == ["Don't Stop Me Now", "Ça plane"]


def test_server_is_local_and_utf8(engine: Engine) -> None:
    """The server listens on 127.0.0.1 only and stores UTF-8."""
    assert engine.dialect.name == "postgresql"
    assert engine.dialect.driver == "psycopg2"
    with engine.connect() as connection:
        encoding = connection.scalar(text("SHOW server_encoding"))
        listen = connection.scalar(text("SHOW listen_addresses"))
    assert encoding == "UTF8"
    if engine.url.host == "127.0.0.1":  # a server of our own, not the env's
        assert listen == "127.0.0.1"


def test_databases_are_isolated(
    postgres_url: str,  # noqa: F811
    postgres_db_url: str,  # noqa: F811
) -> None:
    """Each test database is empty and separate from the session's database."""
    own = create_engine(postgres_db_url)
    session = create_engine(postgres_url)
    try:
        assert make_url(postgres_db_url).database != make_url(postgres_url).database
        metadata.create_all(own)
        assert inspect(own).has_table("plays")
        assert not inspect(session).has_table("plays")
    finally:
        own.dispose()
        session.dispose()


def test_each_test_gets_an_empty_database(engine: Engine) -> None:
    """Tables from the tests above (which ran first) are not here."""
    assert inspect(engine).get_table_names() == []
