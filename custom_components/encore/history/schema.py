"""The history's tables, as SQLAlchemy Core metadata.

Times are integer milliseconds since the epoch, UTC: they compare, subtract
and bucket the same way on SQLite, PostgreSQL and MariaDB, which timezone-aware
DATETIME columns do not.
"""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 1

# SQLite only makes a rowid alias (and so an auto-increment key) of INTEGER.
_Id = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

meta = Table(
    "encore_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    # Spotify user id, "sonos:<household id>" or "media_player:<entity id>".
    Column("key", String(255), nullable=False, unique=True),
)

artists = Table(
    "artists",
    metadata,
    Column("id", Integer, primary_key=True),
    # "local:<sha1 of the case-folded name>": the export, which holds most of
    # the history, never names artist ids, so keying by id would split each
    # artist in two. The Spotify id is kept beside it once a collector sees it.
    Column("key", String(64), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("spotify_uri", String(64)),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    # The Spotify URI, else "local:<sha1 of artist|title|album>".
    Column("key", String(255), nullable=False, unique=True),
    Column("kind", SmallInteger, nullable=False),
    Column("title", Text),
    Column("artist_id", Integer),
    Column("album", Text),
    Column("uri", String(255)),
)

devices = Table(
    "devices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(255), nullable=False, unique=True),
)

plays = Table(
    "plays",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("account_id", Integer, nullable=False),
    Column("source", SmallInteger, nullable=False),
    # Bit (1 << Source) for every source that saw this stream: a play seen by
    # recently-played, the player and a speaker is one row with three bits.
    Column("sources", SmallInteger, nullable=False),
    Column("started_at", BigInteger, nullable=False),
    Column("ended_at", BigInteger, nullable=False),
    Column("ms_played", Integer, nullable=False),
    Column("kind", SmallInteger, nullable=False),
    Column("item_id", Integer, nullable=False),
    Column("artist_id", Integer),
    Column("context_uri", String(255)),
    Column("device_id", Integer),
    Column("source_kind", String(16)),
    Column("reason_start", String(32)),
    Column("reason_end", String(32)),
    Column("shuffle", Boolean),
    Column("skipped", Boolean),
    Column("offline", Boolean),
    Column("incognito", Boolean),
    # The same stream twice (an export row repeated inside or across files).
    UniqueConstraint(
        "account_id", "ended_at", "item_id", "ms_played", name="uq_plays_stream"
    ),
)
Index("ix_plays_ended_at", plays.c.ended_at)

jobs = Table(
    "jobs",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("account_id", Integer),
    Column("started_at", BigInteger, nullable=False),
    Column("finished_at", BigInteger),
    Column("status", String(32), nullable=False),
    # JSON objects: counts by name, and what the job was given (file names).
    Column("counts", Text, nullable=False),
    Column("detail", Text),
    Column("error", Text),
)
Index("ix_jobs_kind_started", jobs.c.kind, jobs.c.started_at)

imported_files = Table(
    "imported_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, nullable=False),
    # sha256 of the file's bytes: a file imported once is not read again.
    Column("fingerprint", String(64), nullable=False),
    Column("name", Text, nullable=False),
    Column("rows", Integer, nullable=False),
    Column("job_id", BigInteger, nullable=False),
    Column("imported_at", BigInteger, nullable=False),
    UniqueConstraint("account_id", "fingerprint", name="uq_imported_files"),
)
