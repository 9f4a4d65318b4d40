"""Create the history's tables, or bring an older database forward."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    Table,
    and_,
    bindparam,
    delete,
    func,
    inspect,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.schema import CreateColumn, DropIndex

from ..models import Source
from . import person_rollups
from .attribution import mark_before, park_before
from .attribution_tables import TABLES as ATTRIBUTION_TABLES, parked_corrections
from .identity import song_key
from .names import album_key, normalize_name
from .outbox import TABLES as OUTBOX_TABLES
from .recordings import refresh as refresh_recordings
from .rollups import (
    apply_quarters,
    count_lastfm,
    fill_firsts,
    learn_all_lengths,
    rebuild_rollups,
    temporary,
)
from .schema import (
    ALL_ACCOUNTS,
    LASTFM_COLUMNS,
    OTHER_KINDS_INDEX,
    SCHEMA_VERSION,
    album_totals,
    artist_firsts,
    artist_totals,
    artists,
    item_lengths,
    item_recordings,
    item_songs,
    item_totals,
    items,
    kept_by,
    meta,
    metadata,
    plays,
    rollup_hours,
    rollup_quarters,
)
from .writes import WriterState

VERSION_KEY = "schema_version"


class NewerSchemaError(Exception):
    """The database was written by a newer Encore; opening it could damage it."""

    def __init__(self, found: int) -> None:
        """Remember which version was found."""
        super().__init__(f"history schema {found} is newer than {SCHEMA_VERSION}")
        self.found = found


def _add_column(conn: Connection, table: Table, column: Column[Any]) -> None:
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


def _album_keys(conn: Connection) -> None:
    """Fill the album keys of items and plays.

    Version 1 kept a play's album on its item only: a play's album is its
    item's, by the play's artist (each distinct pair hashed once, then one
    UPDATE through a temporary table of them).
    """
    item_keys = [
        {"row_id": row_id, "b_album_key": album_key(artist_id, album)}
        for row_id, artist_id, album in conn.execute(
            select(items.c.id, items.c.artist_id, items.c.album).where(
                items.c.album.is_not(None)
            )
        ).tuples()
    ]
    if item_keys:
        conn.execute(
            items.update()
            .where(items.c.id == bindparam("row_id"))
            .values(album_key=bindparam("b_album_key")),
            item_keys,
        )
    pairs = Table(
        "encore_album_pairs",
        MetaData(),
        Column("item_id", Integer, primary_key=True, autoincrement=False),
        Column("artist_id", Integer, primary_key=True, autoincrement=False),
        Column("album_key", BigInteger, nullable=False),
        prefixes=["TEMPORARY"],
    )
    with temporary(conn, pairs):
        found = [
            {
                "item_id": item_id,
                "artist_id": artist_id or 0,
                "album_key": album_key(artist_id, album),
            }
            for item_id, artist_id, album in conn.execute(
                select(plays.c.item_id, plays.c.artist_id, items.c.album)
                .distinct()
                .select_from(plays.join(items, items.c.id == plays.c.item_id))
                .where(items.c.album.is_not(None))
            ).tuples()
        ]
        if found:
            conn.execute(pairs.insert(), found)
            conn.execute(
                plays.update().values(
                    album_key=select(pairs.c.album_key)
                    .where(
                        pairs.c.item_id == plays.c.item_id,
                        pairs.c.artist_id == func.coalesce(plays.c.artist_id, 0),
                    )
                    .scalar_subquery()
                )
            )


def _to_2(conn: Connection) -> None:
    """Version 2: what the queries need (`queries`).

    Normalised names and album keys (filled here), the covering index of the
    plays by account and time, and the rollups, computed from the plays.
    """
    for table, source, target in (
        (artists, "name", "name_norm"),
        (items, "title", "title_norm"),
        (items, "album", "album_norm"),
    ):
        _add_column(conn, table, table.c[target])
        _normalise(conn, table, source, target)
    _add_column(conn, items, items.c.album_key)
    _add_column(conn, plays, plays.c.album_key)
    _album_keys(conn)
    for index in (*artists.indexes, *items.indexes, *plays.indexes):
        # Version 6 adds the songs' column, and its index with it.
        if items.c.song_key not in index.columns.values():
            index.create(conn, checkfirst=True)
    # The quarters too: today's `rebuild_rollups` fills every rollup.
    for table in (
        rollup_hours,
        rollup_quarters,
        item_totals,
        artist_totals,
        album_totals,
        item_lengths,
        # Version 8's, which today's `rebuild_rollups` fills too.
        artist_firsts,
    ):
        table.create(conn, checkfirst=True)
    rebuild_rollups(conn, conn.dialect.name)


def _to_3(conn: Connection) -> None:
    """Version 3: the quarter-hour rollup, summed from the plays."""
    rollup_quarters.create(conn, checkfirst=True)
    # A version 1 database came through `_to_2`, which filled it already.
    conn.execute(delete(rollup_quarters))
    top = conn.execute(select(func.max(plays.c.id))).scalar_one_or_none()
    if top is not None:
        # Both bounds, as the writer's: one walk of the plays by primary key.
        everything = and_(plays.c.id > 0, plays.c.id <= int(top))
        apply_quarters(conn, conn.dialect.name, everything, 1)


def _drop_index(conn: Connection, table: str, name: str, column: str) -> None:
    """Drop an index that a later schema no longer has, if the database has it.

    A version 1 database came through `_to_2`, which made the tables without
    it; MySQL knows no DROP INDEX IF EXISTS.
    """
    if name not in {index["name"] for index in inspect(conn).get_indexes(table)}:
        return
    old = Table(table, MetaData(), Column(column, Integer))
    conn.execute(DropIndex(Index(name, old.c[column])))


def _to_4(conn: Connection) -> None:
    """Version 4: every account's all-time totals, summed from each account's.

    They answer what the indexes by item and by artist were for.
    """
    _drop_index(conn, "item_totals", "ix_item_totals_item", "item_id")
    _drop_index(conn, "artist_totals", "ix_artist_totals_artist", "artist_id")
    for table in (item_totals, artist_totals, album_totals):
        # A version 1 database came through `_to_2`, which made them already.
        conn.execute(delete(table).where(table.c.account_id == ALL_ACCOUNTS))
        keys = [column for column in table.primary_key if column.name != "account_id"]
        sums = [column for column in table.columns if not column.primary_key]
        conn.execute(
            table.insert().from_select(
                ["account_id", *(column.name for column in (*keys, *sums))],
                select(
                    literal(ALL_ACCOUNTS, Integer),
                    *keys,
                    *(func.sum(column) for column in sums),
                )
                .where(table.c.account_id != ALL_ACCOUNTS)
                .group_by(*keys),
            )
        )


def _to_5(conn: Connection) -> None:
    """Version 5: the Last.fm sums of the time buckets, and lengths kept at once.

    Older versions learnt lengths when they folded the tail: the plays above
    the fold mark teach theirs now, before the sums are counted.
    """
    for table in (rollup_hours, rollup_quarters):
        present = {column["name"] for column in inspect(conn).get_columns(table.name)}
        if set(LASTFM_COLUMNS) <= present:
            # Made by `_to_2` or `_to_3` from today's tables. `_to_3` counted
            # the quarters against lengths that were not all learnt yet.
            conn.execute(update(table).values(dict.fromkeys(LASTFM_COLUMNS, 0)))
            continue
        for name in LASTFM_COLUMNS:
            _add_column(conn, table, table.c[name])
    for index in plays.indexes:
        index.create(conn, checkfirst=True)
    learn_all_lengths(conn, conn.dialect.name)
    count_lastfm(conn, conn.dialect.name)


def _song_keys(conn: Connection) -> None:
    """Fill every item's song from its kind, artist and title."""
    rows = [
        {"row_id": row_id, "song": song}
        for row_id, kind, name, title, album in conn.execute(
            select(
                items.c.id, items.c.kind, artists.c.name, items.c.title, items.c.album
            ).join(artists, artists.c.id == items.c.artist_id, isouter=True)
        ).tuples()
        if (song := song_key(kind, name, title, album)) is not None
    ]
    if rows:
        conn.execute(
            items.update()
            .where(items.c.id == bindparam("row_id"))
            .values(song_key=bindparam("song")),
            rows,
        )


def _merge_songs(conn: Connection) -> int:
    """Make the items of each song named without a URI one; return how many went.

    Each song's named items join its first URI item, or else its first named
    item (spellings that normalise the same). A play of one that repeats a
    play of the item it joins (same account, end and length) is that play.
    """
    groups: dict[str, list[tuple[int, bool]]] = {}
    for item_id, song, key in conn.execute(
        select(items.c.id, items.c.song_key, items.c.key)
        .where(items.c.song_key.is_not(None))
        .order_by(items.c.id)
    ).tuples():
        # Version 1 kept a URI in the key only (`uri` empty).
        groups.setdefault(song, []).append((item_id, not key.startswith("local:")))
    moves: list[dict[str, int]] = []
    for members in groups.values():
        named = [item_id for item_id, has_uri in members if not has_uri]
        if not named or len(members) < 2:
            continue
        with_uri = [item_id for item_id, has_uri in members if has_uri]
        target = with_uri[0] if with_uri else named[0]
        moves.extend(
            {"loser": item_id, "target": target}
            for item_id in named
            if item_id != target
        )
    if not moves:
        return 0
    same = plays.alias("same")
    conn.execute(
        delete(plays).where(
            plays.c.item_id == bindparam("loser"),
            select(same.c.id)
            .where(
                same.c.item_id == bindparam("target"),
                same.c.account_id == plays.c.account_id,
                same.c.ended_at == plays.c.ended_at,
                same.c.ms_played == plays.c.ms_played,
            )
            .exists(),
        ),
        moves,
    )
    conn.execute(
        update(plays)
        .where(plays.c.item_id == bindparam("loser"))
        .values(item_id=bindparam("target")),
        moves,
    )
    conn.execute(delete(items).where(items.c.id == bindparam("loser")), moves)
    conn.execute(
        delete(item_lengths).where(item_lengths.c.item_id == bindparam("loser")),
        moves,
    )
    return len(moves)


def _fill_albums(conn: Connection) -> int:
    """Credit plays without an album to their item's album; return how many.

    Account Data names no album: its plays of a song whose item has one (its
    URI item, now) are streams of that album.
    """
    keys = [
        {"item": item_id, "artist": artist_id or 0, "key": album_key(artist_id, album)}
        for item_id, artist_id, album in conn.execute(
            select(plays.c.item_id, plays.c.artist_id, items.c.album)
            .distinct()
            .join(items, items.c.id == plays.c.item_id)
            .where(plays.c.album_key.is_(None), items.c.album.is_not(None))
        ).tuples()
    ]
    if not keys:
        return 0
    conn.execute(
        update(plays)
        .where(
            plays.c.item_id == bindparam("item"),
            func.coalesce(plays.c.artist_id, 0) == bindparam("artist"),
            plays.c.album_key.is_(None),
        )
        .values(album_key=bindparam("key")),
        keys,
    )
    return len(keys)


def _to_6(conn: Connection) -> None:
    """Version 6: one item per song, and the overlap rule by song and length.

    Items named without a URI join their song's URI item (or one another);
    Account Data plays the stricter rule finds in the Extended history go.
    The rollups are counted again if anything moved.
    """
    _add_column(conn, items, items.c.song_key)
    for index in items.indexes:
        index.create(conn, checkfirst=True)
    # Today's writer and `rebuild_rollups`, used below, keep version 8's too.
    artist_firsts.create(conn, checkfirst=True)
    _song_keys(conn)
    changed = _merge_songs(conn) + _fill_albums(conn)
    item_songs.create(conn, checkfirst=True)
    conn.execute(
        item_songs.insert().from_select(
            ["song_key", "item_id"],
            select(items.c.song_key, items.c.id).where(items.c.song_key.is_not(None)),
        )
    )
    state = WriterState(conn.dialect.name)
    for account_id, low, high in conn.execute(
        select(
            plays.c.account_id, func.min(plays.c.ended_at), func.max(plays.c.ended_at)
        )
        .where(plays.c.source == int(Source.EXPORT_ACCOUNT))
        .group_by(plays.c.account_id)
    ).tuples():
        changed += state.replace_account_rows(conn, account_id, low, high)
    if changed:
        rebuild_rollups(conn, conn.dialect.name)


def _to_7(conn: Connection) -> None:
    """Version 7: artwork of items and artists, empty until Encore sees some."""
    _add_column(conn, items, items.c.image_url)
    _add_column(conn, artists, artists.c.image_url)


def _to_8(conn: Connection) -> None:
    """Version 8: when each artist was first played, from the folded plays."""
    artist_firsts.create(conn, checkfirst=True)
    # Filled already if `_to_2` or `_to_6` rebuilt the rollups: again, whole.
    conn.execute(delete(artist_firsts))
    fill_firsts(conn, conn.dialect.name)


def _to_9(conn: Connection) -> None:
    """Version 9: the URIs of one recording are one song (`store.recordings`)."""
    item_recordings.create(conn, checkfirst=True)
    refresh_recordings(conn)


def _to_10(conn: Connection) -> None:
    """Version 10: an index of the plays of every kind but music (podcasts)."""
    if kept_by(OTHER_KINDS_INDEX, conn.dialect.name):
        OTHER_KINDS_INDEX.create(conn, checkfirst=True)


def _to_11(conn: Connection) -> None:
    """Version 11: whose each play is (`store.attribution`).

    A Spotify account's plays are its persons' without a row; the plays of
    speakers and players, nobody's until now, are marked the household's.
    """
    for table in ATTRIBUTION_TABLES:
        table.create(conn, checkfirst=True)
    mark_before(conn)


def _to_12(conn: Connection) -> None:
    """Version 12: the scrobbles waiting to go out (`store.outbox`), empty."""
    for table in OUTBOX_TABLES:
        table.create(conn, checkfirst=True)


def _to_13(conn: Connection) -> None:
    """Version 13: each person's totals of the plays attributed to them.

    (`store.person_rollups`.) Counted from the folded plays' attributions.
    """
    for table in person_rollups.TABLES:
        table.create(conn, checkfirst=True)
    person_rollups.rebuild(conn)


def _to_14(conn: Connection) -> None:
    """Version 14: the corrections waiting for their plays, found by index.

    (`attribution.parked_corrections`: the stream's account and end.)
    """
    parked_corrections.create(conn, checkfirst=True)
    park_before(conn)


def _to_15(conn: Connection) -> None:
    """Version 15: each person's totals per day (`store.person_rollups`).

    Counted from the folded plays' attributions, with the all-time ones.
    """
    person_rollups.person_day_totals.create(conn, checkfirst=True)
    person_rollups.rebuild(conn)


# Version N -> the step that turns a version N-1 database into version N.
# Each step runs in the same transaction as the version bump.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _to_2,
    3: _to_3,
    4: _to_4,
    5: _to_5,
    6: _to_6,
    7: _to_7,
    8: _to_8,
    9: _to_9,
    10: _to_10,
    11: _to_11,
    12: _to_12,
    13: _to_13,
    14: _to_14,
    15: _to_15,
}


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
