"""The writer's temporary tables: gone after the block, whatever happened in it."""

import pytest
from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    MetaData,
    Table,
    func,
    inspect,
    select,
)
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from custom_components.encore.history.store.rollups import drop_temporary, temporary


def _stage() -> Table:
    return Table(
        "encore_stage",
        MetaData(),
        Column("n", BigInteger),
        prefixes=["TEMPORARY"],
    )


def test_mysql_drops_it_as_temporary() -> None:
    """MySQL commits on a plain DROP TABLE: the drop must say TEMPORARY there."""
    stage = _stage()
    for dialect in (mysql.dialect(), mysql.dialect(is_mariadb=True)):
        assert (
            str(drop_temporary(dialect, stage).compile(dialect=dialect))
            == "DROP TEMPORARY TABLE IF EXISTS encore_stage"
        )
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        assert str(drop_temporary(dialect, stage).compile(dialect=dialect)).strip() == (
            "DROP TABLE encore_stage"
        )


def test_gone_after_the_block_and_after_a_failure(engine: Engine) -> None:
    """Used, dropped; failed, rolled back with the transaction; usable again.

    The failure is the database's: PostgreSQL then refuses any statement
    until the rollback, so the error raised must be that one, not a drop's.
    """
    stage = _stage()
    with engine.connect() as conn:
        with conn.begin():
            with temporary(conn, stage):
                conn.execute(stage.insert(), [{"n": 1}, {"n": 2}])
                assert conn.execute(select(func.sum(stage.c.n))).scalar_one() == 3
            assert not inspect(conn).has_table("encore_stage")

        def fail() -> None:
            with conn.begin(), temporary(conn, stage):
                conn.execute(stage.insert(), [{"n": 1}])
                conn.exec_driver_sql("SELECT missing FROM encore_stage")

        with pytest.raises(DBAPIError, match="missing"):
            fail()
        with conn.begin():
            with temporary(conn, stage):
                assert (
                    conn.execute(select(func.count()).select_from(stage)).scalar() == 0
                )
            assert not inspect(conn).has_table("encore_stage")
