"""The history's tables, as SQLAlchemy Core metadata.

Times are integer milliseconds since the epoch, UTC: they compare, subtract
and bucket the same way on SQLite, PostgreSQL and MariaDB, which timezone-aware
DATETIME columns do not.

Version 2 added what answering questions needs (see `queries`):
normalised names to find an artist or a track by what someone said, indexes
that cover the queries by period, by item and by artist, and rollups the
writer keeps in step with the plays (streams and time per hour, and per item
and artist over all time).

Version 3 added `rollup_quarters`, the same sums by quarter hour, for time
zones whose local hours are not UTC hours.

Version 4 added rows for every account together to the all-time totals
(`ALL_ACCOUNTS`), and dropped the indexes of the totals by item and by
artist, which only found an item's or an artist's streams over every
account.

Version 5 added the Last.fm rule's plays and time to the time buckets
(`plays_lastfm`, `ms_lastfm`), kept exact as items' lengths grow, and the
index of the plays by item and length that finds the plays a longer stream
changes.

Version 6 added the items' songs (`items.song_key`, `item_songs`): an item
named without a URI (Account Data) and the URI item of the same song are one
item.

Version 7 added artwork (`items.image_url`, `artists.image_url`): the cover
Spotify showed for a track or an episode, an artist's picture, a show's
cover. See `store.artwork`.

Version 8 added `artist_firsts`: when each artist was first played, kept with
the all-time totals, so that the artists new in a period are found without
reading every play before it.
"""

from typing import Final

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
    and_,
    text,
)

from ..models import LASTFM_ENOUGH_MS, LASTFM_MIN_LENGTH_MS

SCHEMA_VERSION = 15

LASTFM_BAND_MS = (LASTFM_MIN_LENGTH_MS // 2, LASTFM_ENOUGH_MS)
"""Streams strictly between these the Last.fm rule judges by their item's
length: longer ones always count, shorter ones never (half of an item
longer than 30 s is more)."""

# SQLite only makes a rowid alias (and so an auto-increment key) of INTEGER.
_Id = BigInteger().with_variant(Integer(), "sqlite")
# Normalised names are compared by code point, as Python compares them: a
# prefix search is a range of the index. SQLite's default collation does
# that; PostgreSQL's depends on the locale unless told "C".
_Norm = Text().with_variant(Text(collation="C"), "postgresql")

metadata = MetaData()

meta = Table(
    "encore_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

SONOS_ACCOUNT_PREFIX: Final = "sonos:"
"""The key of a Sonos household's history account: this, then its household id."""
PLAYER_ACCOUNT_PREFIX: Final = "media_player:"
"""The key of another Home Assistant player's history account: this, then its entity id."""
OBSERVER_PREFIXES: Final = (SONOS_ACCOUNT_PREFIX, PLAYER_ACCOUNT_PREFIX)
"""Accounts of speakers and players (observers), which belong to nobody by themselves."""

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
    # `names.normalize_name(name)`: case, accents, punctuation and a
    # leading "The" ignored, for finding an artist by what someone said.
    Column("name_norm", _Norm),
    # The artist's picture (a show's cover), an https URL of Spotify's; ""
    # once Spotify was asked and had none, so it is not asked again.
    Column("image_url", Text),
)
Index("ix_artists_name_norm", artists.c.name_norm)

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
    Column("title_norm", _Norm),
    Column("album_norm", _Norm),
    # `names.album_key` of its artist and album, as its plays have it.
    Column("album_key", BigInteger),
    # `identity.song_key` of its kind, artist and title: rows named without
    # a URI are stored as the item of their song (its URI item, once there is
    # one), and an item named first takes the URI when it comes.
    Column("song_key", String(32)),
    # The cover of the track's album (an episode's own), an https URL of
    # Spotify's; "" once Spotify was asked and had none. Albums take theirs
    # from any of their items.
    Column("image_url", Text),
)
Index("ix_items_title_norm", items.c.title_norm)
Index("ix_items_song", items.c.song_key)
Index("ix_items_album_key", items.c.album_key)
# The tracks of an artist (finding "a track by an artist").
Index("ix_items_artist", items.c.artist_id)

item_songs = Table(
    "item_songs",
    metadata,
    # Every song (`identity.song_key`) each item was named as: a URI's names
    # change over the years (a title gains "(Remastered)", a soundtrack's
    # name), and rows named without a URI find it, and match its streams, by
    # any of them.
    Column("song_key", String(32), primary_key=True),
    Column("item_id", Integer, primary_key=True, autoincrement=False),
    sqlite_with_rowid=False,
)

item_recordings = Table(
    "item_recordings",
    metadata,
    # The URI items that are another's recording (`store.recordings`): the
    # same song, as long within seconds. Rankings and counts of tracks group
    # by `recording_id` (the recording's most played item); only these few
    # rows are here, an item without one is its own recording.
    Column("item_id", Integer, primary_key=True, autoincrement=False),
    Column("recording_id", Integer, nullable=False),
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
    # `names.album_key` of the stream's artist and album (None without
    # an album): albums rank by a number in the covering index below.
    Column("album_key", BigInteger),
    # The same stream twice (an export row repeated inside or across files).
    UniqueConstraint(
        "account_id", "ended_at", "item_id", "ms_played", name="uq_plays_stream"
    ),
)
Index("ix_plays_ended_at", plays.c.ended_at)
# The plays of an item by length: when a longer stream of an item arrives,
# the plays the Last.fm rule now judges differently are a range of it (see
# `store.rollups`). Only streams the rule can judge either way are
# in it (`LASTFM_BAND_MS`): a few minutes always count, a few seconds never.
# MySQL and MariaDB know no partial index: there it holds every play.
_in_band = and_(
    plays.c.ms_played > LASTFM_BAND_MS[0], plays.c.ms_played < LASTFM_BAND_MS[1]
)
Index(
    "ix_plays_item_length",
    plays.c.item_id,
    plays.c.ms_played,
    sqlite_where=_in_band,
    postgresql_where=_in_band,
)
# The queries by period read this index alone, never the table: it starts
# with the account (a question is about someone's plays, and everybody's is
# every account's: one range each) and holds what the scope and the play
# rule filter on and what rankings group by. Measured against the same
# columns behind `ended_at` alone: a one-account year reads half the rows,
# and the import costs the same.
_PERIOD_COLUMNS = (
    plays.c.account_id,
    plays.c.ended_at,
    plays.c.ms_played,
    plays.c.kind,
    plays.c.item_id,
    plays.c.artist_id,
    plays.c.album_key,
    plays.c.sources,
)
Index("ix_plays_account_period", *_PERIOD_COLUMNS)
# The plays of every kind but music (podcast episodes, audiobook chapters),
# as the index above holds them: a few in a hundred plays, so a question
# about podcasts, or music as every kind less the others (`habits`), reads
# them alone instead of the period's every play (`Filter.plays` names the
# kind as this WHERE does, which SQLite needs to use it). MySQL and MariaDB
# know no partial index: there it would be a second index of every play,
# so they do without it.
_not_music = plays.c.kind != 0
_PARTIAL = ("sqlite", "postgresql")
OTHER_KINDS_INDEX = Index(
    "ix_plays_other_kinds",
    *_PERIOD_COLUMNS,
    sqlite_where=_not_music,
    postgresql_where=_not_music,
).ddl_if(callable_=lambda *_args, dialect, **_kw: dialect.name in _PARTIAL)


def kept_by(index: Index, dialect: str) -> bool:
    """Whether a database of `dialect` has `index` (DDL run by hand asks)."""
    return index is not OTHER_KINDS_INDEX or dialect in _PARTIAL


# Rollups (`store.rollups` says how they are kept); `MIGRATIONS[2]`
# fills them from the plays of an older database.
HOUR_MS = 3_600_000


def _sums() -> tuple[Column[int], ...]:
    """Return the sums every rollup keeps: streams and time, all and over 30 s."""
    return (
        Column("streams", Integer, nullable=False),
        Column("ms_played", BigInteger, nullable=False),
        Column("plays_30s", Integer, nullable=False),
        Column("ms_30s", BigInteger, nullable=False),
    )


SUMMED_COLUMNS = tuple(column.name for column in _sums())
"""The names of the sums, in every rollup's order."""


def _lastfm_sums() -> tuple[Column[int], ...]:
    """Return the plays and time the Last.fm rule counts: time buckets only.

    The rule depends on each item's length, which grows as longer streams
    arrive: the writer then corrects the buckets of the item's other plays
    (`store.rollups`). The all-time totals leave it out: rankings
    under it read the plays.
    """
    return (
        Column("plays_lastfm", Integer, nullable=False, server_default=text("0")),
        Column("ms_lastfm", BigInteger, nullable=False, server_default=text("0")),
    )


LASTFM_COLUMNS = tuple(column.name for column in _lastfm_sums())
"""The names of the Last.fm sums of the time buckets."""

rollup_hours = Table(
    "rollup_hours",
    metadata,
    # `ended_at // HOUR_MS` of the plays counted here: a stream belongs to
    # the hour it ended in, as it belongs to the period it ended in.
    Column("hour", Integer, primary_key=True, autoincrement=False),
    Column("account_id", Integer, primary_key=True, autoincrement=False),
    Column("sources", SmallInteger, primary_key=True, autoincrement=False),
    *_sums(),
    *_lastfm_sums(),
    # Clustered by the key: scans by hour or account read neighbours.
    sqlite_with_rowid=False,
)

QUARTER_MS = 900_000

rollup_quarters = Table(
    "rollup_quarters",
    metadata,
    # The same sums by quarter hour (`ended_at // QUARTER_MS`): every zone in
    # use since the 1970s is a whole number of quarter hours from UTC, so
    # local hours and days in India, Nepal, Newfoundland or South Australia
    # add up from these instead of from every play.
    # Keyed by account first, unlike the hours: only these zones read it, a
    # question is about someone's plays, and one account's range is then
    # read alone (2.5 times the rows of the hours, at least).
    Column("account_id", Integer, primary_key=True, autoincrement=False),
    Column("quarter", Integer, primary_key=True, autoincrement=False),
    Column("sources", SmallInteger, primary_key=True, autoincrement=False),
    *_sums(),
    *_lastfm_sums(),
    sqlite_with_rowid=False,
)


ALL_ACCOUNTS = 0
"""The account id of the totals' rows that sum every account's.

Everybody's all-time rankings then read one account's rows, not every
account's grouped again (measured: half the time for four accounts). No
account has this id: ids start at 1.
"""

item_totals = Table(
    "item_totals",
    metadata,
    # All-time streams of an item per account (and per artist and album it
    # was credited to, 0 for none), and over all accounts (`ALL_ACCOUNTS`):
    # all-time answers for whole accounts read these instead of the plays.
    Column("account_id", Integer, primary_key=True, autoincrement=False),
    # The plays' `PlayKind`: rankings filter on it.
    Column("kind", SmallInteger, primary_key=True, autoincrement=False),
    Column("item_id", Integer, primary_key=True, autoincrement=False),
    Column("artist_id", Integer, primary_key=True, autoincrement=False),
    # 0 for none, as artist_id.
    Column("album_key", BigInteger, primary_key=True, autoincrement=False),
    *_sums(),
    # Clustered by the key: scans by hour or account read neighbours.
    sqlite_with_rowid=False,
)

item_lengths = Table(
    "item_lengths",
    metadata,
    Column("item_id", Integer, primary_key=True, autoincrement=False),
    # The longest stream of the item ever recorded, kept when plays are
    # deleted (until the item's last play goes, and the item with it): its
    # length as far as the history knows (the Last.fm rule,
    # which looks it up for every play it reads: a narrow table keyed by
    # the item is twice as fast to look up as anything wider). Kept in the
    # transaction of every new play, as the time buckets that depend on it.
    Column("longest_ms", Integer, nullable=False),
)

artist_totals = Table(
    "artist_totals",
    metadata,
    # The same per artist (or show): tens of thousands of rows, not hundreds.
    Column("account_id", Integer, primary_key=True, autoincrement=False),
    Column("kind", SmallInteger, primary_key=True, autoincrement=False),
    Column("artist_id", Integer, primary_key=True, autoincrement=False),
    *_sums(),
    # Clustered by the key: scans by hour or account read neighbours.
    sqlite_with_rowid=False,
)

artist_firsts = Table(
    "artist_firsts",
    metadata,
    # When each artist (or show) was first played, per account and over every
    # account (`ALL_ACCOUNTS`), among the plays folded into the totals (the
    # tail's are added by readers, as for the totals): `ended_at` of the
    # first stream, and of the first of 30 seconds or more (None: none yet).
    # The artists new in a period are those whose first falls in it: a few
    # thousand rows read instead of every play before the period (measured
    # over a million plays, `scripts/bench voice`). Deleting an artist's
    # first play finds its next one in the plays (`store.rollups`).
    Column("account_id", Integer, primary_key=True, autoincrement=False),
    Column("kind", SmallInteger, primary_key=True, autoincrement=False),
    Column("artist_id", Integer, primary_key=True, autoincrement=False),
    Column("first_ended", BigInteger),
    Column("first_ended_30s", BigInteger),
    sqlite_with_rowid=False,
)

FIRST_COLUMNS = ("first_ended", "first_ended_30s")
"""The columns of `artist_firsts` that hold times."""

album_totals = Table(
    "album_totals",
    metadata,
    # The same per album (`plays.album_key`): all-time album rankings read
    # tens of thousands of rows, not every item of every account.
    Column("account_id", Integer, primary_key=True, autoincrement=False),
    Column("album_key", BigInteger, primary_key=True, autoincrement=False),
    *_sums(),
    sqlite_with_rowid=False,
)

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
