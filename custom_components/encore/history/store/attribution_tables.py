"""The tables of whose each play is (history schema 11); `attribution` keeps them.

Apart from the code that writes and reads them so that the per-person
totals (`person_rollups`), which `attribution` keeps in step, can join them.
"""

from typing import Final

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
)

from .schema import metadata

# SQLite only makes a rowid alias of INTEGER (as `schema._Id`).
PlayId = BigInteger().with_variant(Integer(), "sqlite")

listeners = Table(
    "listeners",
    metadata,
    Column("id", Integer, primary_key=True),
    # The person's entity id in Home Assistant ("person.ada").
    Column("key", String(255), nullable=False, unique=True),
)

play_attributions = Table(
    "play_attributions",
    metadata,
    Column("play_id", PlayId, primary_key=True, autoincrement=False),
    Column("certainty", SmallInteger, nullable=False),
    Column("rule", SmallInteger, nullable=False),
    # Under a correction: what the rules had decided, as JSON
    # {"rule", "certainty", "persons"}, put back by undoing it. None else.
    Column("decided", Text),
)

play_listeners = Table(
    "play_listeners",
    metadata,
    # Keyed by the person first: one person's plays are one range, which a
    # question about "my" listening reads beside their accounts' plays.
    Column("listener_id", Integer, primary_key=True, autoincrement=False),
    Column("play_id", PlayId, primary_key=True, autoincrement=False),
    # The play's certainty, kept here too: "certain only" is read from this
    # index alone.
    Column("certainty", SmallInteger, nullable=False),
    sqlite_with_rowid=False,
)
Index("ix_play_listeners_play", play_listeners.c.play_id)
# The corrections among them: an account's plays said to be someone else's
# are found from these few, not from the account's plays.
Index("ix_play_attributions_rule", play_attributions.c.rule)

TABLES: Final = (listeners, play_attributions, play_listeners)

parked_corrections = Table(
    "parked_corrections",
    metadata,
    # The correction's rows in `play_attributions` and `play_listeners` while
    # its play is gone: the play's id made negative (`attribution._park`).
    Column("play_id", PlayId, primary_key=True, autoincrement=False),
    # What a re-import keeps of the stream, which finds these rows from a
    # batch's accounts and times (`attribution.reattach`), and when it went.
    Column("account_id", Integer, nullable=False),
    Column("ended_at", BigInteger, nullable=False),
    Column("parked_at", BigInteger, nullable=False),
)
Index(
    "ix_parked_corrections_stream",
    parked_corrections.c.account_id,
    parked_corrections.c.ended_at,
)
