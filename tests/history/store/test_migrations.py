"""A version 1 history, as Encore 0.1 wrote it, brought forward; version 2 to 3."""

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    inspect,
    select,
    text,
    update,
)

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import resolve_period
from custom_components.encore.history.queries import (
    PlayRule,
    Scope,
    TopKind,
    find,
    top_items,
    totals,
)
from custom_components.encore.history.queries.common import Filter
from custom_components.encore.history.store.artwork import (
    keep_artist_image,
    keep_item_images,
)
from custom_components.encore.history.store.folding import FOLDED_KEY
from custom_components.encore.history.store.migrations import (
    VERSION_KEY,
    migrate,
    schema_version,
)
from custom_components.encore.history.store.schema import (
    ALL_ACCOUNTS,
    LASTFM_COLUMNS,
    SCHEMA_VERSION,
    album_totals,
    artist_firsts,
    artist_totals,
    artists,
    item_lengths,
    item_recordings,
    item_totals,
    items,
    meta,
    plays,
    rollup_hours,
    rollup_quarters,
)
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import lastfm_cells

HOUR = 3_600_000
QUARTER = 900_000
BASE = 1_700_000_000_000


def v1_metadata() -> MetaData:
    """The tables of schema version 1, as `store.schema` defined them."""
    ident = BigInteger().with_variant(Integer(), "sqlite")
    old = MetaData()
    Table(
        "encore_meta",
        old,
        Column("key", String(64), primary_key=True),
        Column("value", Text, nullable=False),
    )
    Table(
        "accounts",
        old,
        Column("id", Integer, primary_key=True),
        Column("key", String(255), nullable=False, unique=True),
    )
    Table(
        "artists",
        old,
        Column("id", Integer, primary_key=True),
        Column("key", String(64), nullable=False, unique=True),
        Column("name", Text, nullable=False),
        Column("spotify_uri", String(64)),
    )
    Table(
        "items",
        old,
        Column("id", Integer, primary_key=True),
        Column("key", String(255), nullable=False, unique=True),
        Column("kind", SmallInteger, nullable=False),
        Column("title", Text),
        Column("artist_id", Integer),
        Column("album", Text),
        Column("uri", String(255)),
    )
    Table(
        "devices",
        old,
        Column("id", Integer, primary_key=True),
        Column("name", String(255), nullable=False, unique=True),
    )
    old_plays = Table(
        "plays",
        old,
        Column("id", ident, primary_key=True, autoincrement=True),
        Column("account_id", Integer, nullable=False),
        Column("source", SmallInteger, nullable=False),
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
        UniqueConstraint(
            "account_id", "ended_at", "item_id", "ms_played", name="uq_plays_stream"
        ),
    )
    Index("ix_plays_ended_at", old_plays.c.ended_at)
    old_jobs = Table(
        "jobs",
        old,
        Column("id", ident, primary_key=True, autoincrement=True),
        Column("kind", String(32), nullable=False),
        Column("account_id", Integer),
        Column("started_at", BigInteger, nullable=False),
        Column("finished_at", BigInteger),
        Column("status", String(32), nullable=False),
        Column("counts", Text, nullable=False),
        Column("detail", Text),
        Column("error", Text),
    )
    Index("ix_jobs_kind_started", old_jobs.c.kind, old_jobs.c.started_at)
    Table(
        "imported_files",
        old,
        Column("id", Integer, primary_key=True),
        Column("account_id", Integer, nullable=False),
        Column("fingerprint", String(64), nullable=False),
        Column("name", Text, nullable=False),
        Column("rows", Integer, nullable=False),
        Column("job_id", BigInteger, nullable=False),
        Column("imported_at", BigInteger, nullable=False),
        UniqueConstraint("account_id", "fingerprint", name="uq_imported_files"),
    )
    return old


ARTISTS = [
    (1, "local:a", "Beyoncé"),
    (2, "local:b", "The Beatles"),
    (3, "local:c", "Radiolab"),
]
ITEMS = [
    (1, "spotify:track:1", PlayKind.TRACK, "Halo", 1, "I Am... Sasha Fierce"),
    (2, "spotify:track:2", PlayKind.TRACK, "Let It Be", 2, "Let It Be"),
    (3, "spotify:episode:3", PlayKind.EPISODE, "Colors", 3, None),
    (4, "local:lost", PlayKind.OTHER, None, None, None),
]


def write_v1(conn: Connection) -> list[dict[str, int]]:
    """A version 1 database with two accounts' plays; returns the plays."""
    old = v1_metadata()
    old.create_all(conn)
    conn.execute(
        old.tables["encore_meta"].insert().values(key="schema_version", value="1")
    )
    conn.execute(
        old.tables["accounts"].insert(),
        [{"id": 1, "key": "ada"}, {"id": 2, "key": "bob"}],
    )
    conn.execute(
        old.tables["artists"].insert(),
        [{"key": k, "name": n, "spotify_uri": None} for _i, k, n in ARTISTS],
    )
    conn.execute(
        old.tables["items"].insert(),
        [
            {
                "key": k,
                "kind": int(kind),
                "title": t,
                "artist_id": a,
                "album": al,
                "uri": None,
            }
            for _i, k, kind, t, a, al in ITEMS
        ],
    )
    rows = []
    for number in range(120):
        item_id, _key, kind, _title, artist_id, _album = ITEMS[number % len(ITEMS)]
        ms = (5_000, 29_999, 30_000, 200_000, 260_000)[number % 5]
        ended = BASE + number * 7 * 60_000 + (number % 3) * HOUR
        rows.append(
            {
                "account_id": 1 + number % 2,
                "source": int(Source.EXPORT_EXTENDED),
                "sources": 1 << Source.EXPORT_EXTENDED,
                "started_at": ended - ms,
                "ended_at": ended,
                "ms_played": ms,
                "kind": int(kind),
                "item_id": item_id,
                "artist_id": artist_id,
            }
        )
    conn.execute(old.tables["plays"].insert(), rows)
    return rows


def test_version_1_is_brought_forward(engine: Engine) -> None:
    """Names are normalised, indexes made, rollups filled from the old plays."""
    with engine.begin() as conn:
        rows = write_v1(conn)
    with engine.begin() as conn:
        assert migrate(conn) == 1
        assert schema_version(conn) == SCHEMA_VERSION == 15
    with engine.connect() as conn:
        names = dict(conn.execute(select(artists.c.name, artists.c.name_norm)).all())
        assert names == {
            "Beyoncé": "beyonce",
            "The Beatles": "beatles",
            "Radiolab": "radiolab",
        }
        titles = {
            row.id: (row.title_norm, row.album_norm)
            for row in conn.execute(select(items))
        }
        assert titles[1] == ("halo", "i am sasha fierce")
        assert titles[4] == (None, None)
        inspector = inspect(conn)
        play_indexes = {index["name"] for index in inspector.get_indexes("plays")}
        assert {"ix_plays_ended_at", "ix_plays_account_period"} <= play_indexes
        assert "ix_items_title_norm" in {
            i["name"] for i in inspector.get_indexes("items")
        }
        assert "ix_artists_name_norm" in {
            i["name"] for i in inspector.get_indexes("artists")
        }

        hours: dict[tuple[int, int, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        by_item: dict[tuple[int, int, int, int], list[int]] = defaultdict(
            lambda: [0, 0, 0, 0]
        )
        longest: dict[int, int] = defaultdict(int)
        by_artist: dict[tuple[int, int, int], list[int]] = defaultdict(
            lambda: [0, 0, 0, 0]
        )
        for row in rows:
            ms, long_enough = row["ms_played"], row["ms_played"] >= 30_000
            hour = hours[(row["ended_at"] // HOUR, row["account_id"], row["sources"])]
            for cell in (
                hour,
                *(
                    cell
                    for account in (row["account_id"], ALL_ACCOUNTS)
                    for cell in (
                        by_item[
                            (
                                account,
                                row["kind"],
                                row["item_id"],
                                row["artist_id"] or 0,
                            )
                        ],
                        *(
                            [by_artist[(account, row["kind"], row["artist_id"])]]
                            if row["artist_id"]
                            else []
                        ),
                    )
                ),
            ):
                cell[0] += 1
                cell[1] += ms
                cell[2] += long_enough
                cell[3] += ms if long_enough else 0
            longest[row["item_id"]] = max(longest[row["item_id"]], ms)
        assert {
            (r.hour, r.account_id, r.sources): [
                r.streams,
                r.ms_played,
                r.plays_30s,
                r.ms_30s,
            ]
            for r in conn.execute(select(rollup_hours))
        } == dict(hours)
        assert _quarters(conn) == _expected_quarters(rows)
        assert {
            (r.account_id, r.kind, r.item_id, r.artist_id): [
                r.streams,
                r.ms_played,
                r.plays_30s,
                r.ms_30s,
            ]
            for r in conn.execute(select(item_totals))
        } == dict(by_item)
        assert dict(
            conn.execute(
                select(item_lengths.c.item_id, item_lengths.c.longest_ms)
            ).all()
        ) == dict(longest)
        assert {
            (r.account_id, r.kind, r.artist_id): [
                r.streams,
                r.ms_played,
                r.plays_30s,
                r.ms_30s,
            ]
            for r in conn.execute(select(artist_totals))
        } == dict(by_artist)
        folded = conn.execute(
            select(meta.c.value).where(meta.c.key == FOLDED_KEY)
        ).scalar_one()
        assert int(folded) == conn.execute(select(func.max(plays.c.id))).scalar_one()


def _quarters(conn: Connection) -> dict[tuple[int, int, int], list[int]]:
    return {
        (r.account_id, r.quarter, r.sources): [
            r.streams,
            r.ms_played,
            r.plays_30s,
            r.ms_30s,
        ]
        for r in conn.execute(select(rollup_quarters))
    }


def _expected_quarters(
    rows: list[dict[str, int]],
) -> dict[tuple[int, int, int], list[int]]:
    quarters: dict[tuple[int, int, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        ms = row["ms_played"]
        cell = quarters[(row["account_id"], row["ended_at"] // QUARTER, row["sources"])]
        cell[0] += 1
        cell[1] += ms
        cell[2] += ms >= 30_000
        cell[3] += ms if ms >= 30_000 else 0
    return dict(quarters)


def test_version_2_gets_the_quarter_hours(engine: Engine) -> None:
    """Version 3 adds the quarter-hour rollup, summed from the plays it has."""
    with engine.begin() as conn:
        rows = write_v1(conn)
    with engine.begin() as conn:
        assert migrate(conn, 2) == 1
        # As version 2 had it: a table the version 2 code never knew of.
        rollup_quarters.drop(conn)
        assert not inspect(conn).has_table(rollup_quarters.name)
    with engine.begin() as conn:
        assert migrate(conn) == 2
        assert schema_version(conn) == SCHEMA_VERSION
    with engine.connect() as conn:
        assert _quarters(conn) == _expected_quarters(rows)


def _totals_of(conn: Connection, table: Table) -> dict[tuple[int, ...], list[int]]:
    keys = [column.name for column in table.primary_key]
    return {
        tuple(row[: len(keys)]): list(row[len(keys) :])
        for row in conn.execute(
            select(
                *table.primary_key,
                table.c.streams,
                table.c.ms_played,
                table.c.plays_30s,
                table.c.ms_30s,
            )
        ).tuples()
    }


def test_version_3_gets_everyones_totals(engine: Engine) -> None:
    """Version 4 sums every account's totals into rows of their own."""
    with engine.begin() as conn:
        write_v1(conn)
    with engine.begin() as conn:
        assert migrate(conn, 3) == 1
        # As version 3 had them: no totals of everyone (today's rebuild, in
        # `_to_2`, made them), and two indexes it no longer has.
        for table in (item_totals, artist_totals, album_totals):
            conn.execute(delete(table).where(table.c.account_id == ALL_ACCOUNTS))
        conn.execute(
            text("CREATE INDEX ix_item_totals_item ON item_totals (item_id, kind)")
        )
        conn.execute(
            text(
                "CREATE INDEX ix_artist_totals_artist ON artist_totals (artist_id, kind)"
            )
        )
    with engine.begin() as conn:
        assert migrate(conn) == 3
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in (item_totals, artist_totals):
            assert not inspector.get_indexes(table.name), table.name
        for table in (item_totals, artist_totals, album_totals):
            rows = _totals_of(conn, table)
            everyone: dict[tuple[int, ...], list[int]] = defaultdict(
                lambda: [0, 0, 0, 0]
            )
            for key, sums in rows.items():
                if key[0] != ALL_ACCOUNTS:
                    cell = everyone[(ALL_ACCOUNTS, *key[1:])]
                    for at, value in enumerate(sums):
                        cell[at] += value
            assert everyone, table.name
            assert {
                key: sums for key, sums in rows.items() if key[0] == ALL_ACCOUNTS
            } == dict(everyone), table.name


def test_version_4_learns_lengths_and_counts_lastfm(engine: Engine) -> None:
    """Version 5 learns the lengths of unfolded plays, then counts the Last.fm rule.

    Both time buckets get the rule's plays and time, each play judged by the
    longest stream of its item.
    """
    with engine.begin() as conn:
        rows = write_v1(conn)
    with engine.begin() as conn:
        assert migrate(conn, 4) == 1
        # As version 4 had them: no Last.fm sums, no index by item, and the
        # lengths of folded plays only (one too short, one unknown).
        for table in (rollup_hours, rollup_quarters):
            for name in LASTFM_COLUMNS:
                conn.execute(text(f"ALTER TABLE {table.name} DROP COLUMN {name}"))
        conn.execute(text("DROP INDEX ix_plays_item_length"))
        conn.execute(
            item_lengths.update()
            .where(item_lengths.c.item_id == 1)
            .values(longest_ms=30_000)
        )
        conn.execute(item_lengths.delete().where(item_lengths.c.item_id == 2))
    with engine.begin() as conn:
        assert migrate(conn) == 4
    longest: dict[int, int] = defaultdict(int)
    for row in rows:
        longest[row["item_id"]] = max(longest[row["item_id"]], row["ms_played"])
    with engine.connect() as conn:
        assert "ix_plays_item_length" in {
            index["name"] for index in inspect(conn).get_indexes("plays")
        }
        assert (
            dict(
                conn.execute(
                    select(item_lengths.c.item_id, item_lengths.c.longest_ms)
                ).all()
            )
            == longest
        )
        for table, width in ((rollup_hours, HOUR), (rollup_quarters, QUARTER)):
            bucket = "hour" if table is rollup_hours else "quarter"
            expected: dict[tuple[int, int, int], list[int]] = defaultdict(
                lambda: [0, 0]
            )
            for row in rows:
                ms, length = row["ms_played"], longest[row["item_id"]]
                cell = expected[
                    (row["ended_at"] // width, row["account_id"], row["sources"])
                ]
                if ms >= 240_000 or (length > 30_000 and 2 * ms >= length):
                    cell[0] += 1
                    cell[1] += ms
            assert lastfm_cells(conn, table, bucket) == {
                key: (count, ms) for key, (count, ms) in expected.items() if count or ms
            }, table.name


def test_version_7_learns_when_artists_were_first_played(engine: Engine) -> None:
    """Version 8 fills `artist_firsts` from the folded plays, per account and all."""
    with engine.begin() as conn:
        rows = write_v1(conn)
    with engine.begin() as conn:
        assert migrate(conn, 7) == 1
        # Version 7 had no such table (today's rebuild, in `_to_2`, made it).
        artist_firsts.drop(conn)
    with engine.begin() as conn:
        assert migrate(conn) == 7
    expected: dict[tuple[int, int, int], list[int | None]] = {}
    for row in rows:
        if not row["artist_id"]:
            continue
        for account in (row["account_id"], ALL_ACCOUNTS):
            first = expected.setdefault(
                (account, row["kind"], row["artist_id"]), [None, None]
            )
            for index, counts in ((0, True), (1, row["ms_played"] >= 30_000)):
                if counts and (first[index] is None or row["ended_at"] < first[index]):
                    first[index] = row["ended_at"]
    assert len({key[0] for key in expected}) == 3
    with engine.connect() as conn:
        assert {
            (row.account_id, row.kind, row.artist_id): [
                row.first_ended,
                row.first_ended_30s,
            ]
            for row in conn.execute(select(artist_firsts))
        } == expected


def test_the_migrated_history_answers_and_takes_new_plays(engine: Engine) -> None:
    """Queries read the migrated rollups; new plays add to them as usual."""
    with engine.begin() as conn:
        write_v1(conn)
    with engine.begin() as conn:
        migrate(conn)
    now = datetime.fromtimestamp(BASE / 1000 + 86_400 * 3, UTC)
    everything = resolve_period("all_time", now=now, time_zone=UTC)
    with engine.connect() as conn:
        top = top_items(conn, Scope(), everything, TopKind.ARTIST, rule=PlayRule.ALL)
        assert {(entry.name, entry.plays, entry.rank) for entry in top} == {
            ("Beyoncé", 30, 1),
            ("The Beatles", 30, 1),
        }
        match = find(conn, "BEYONCE", TopKind.ARTIST)
        assert match is not None
        assert match.name == "Beyoncé"
    state = WriterState(engine.dialect.name)
    with engine.begin() as conn:
        state.insert_records(
            conn,
            [
                PlayRecord(
                    account="ada",
                    source=Source.SPOTIFY_PLAYER,
                    ended_at=BASE + 86_400_000,
                    ms_played=180_000,
                    kind=PlayKind.TRACK,
                    title="Halo",
                    artist="Beyoncé",
                    album="I Am... Sasha Fierce",
                    item_uri="spotify:track:1",
                )
            ],
        )
    with engine.connect() as conn:
        top = top_items(
            conn, Scope(accounts=("ada",)), everything, TopKind.TRACK, rule=PlayRule.ALL
        )
        assert (top[0].name, top[0].plays) == ("Halo", 30 + 1)
        assert totals(conn, Scope(), everything, rule=PlayRule.ALL).streams == 121


def test_version_6_gets_artwork(engine: Engine) -> None:
    """Version 7 adds the items' and artists' images, unknown until seen.

    The plays and names stay as they were; rankings answer `image` None
    until an image is kept, then show it (an album its tracks').
    """
    with engine.begin() as conn:
        write_v1(conn)
    with engine.begin() as conn:
        assert migrate(conn, 6) == 1
        assert "image_url" not in {
            column["name"] for column in inspect(conn).get_columns("items")
        }
    with engine.begin() as conn:
        assert migrate(conn) == 6
        assert schema_version(conn) == SCHEMA_VERSION == 15
    with engine.connect() as conn:
        for table in ("items", "artists"):
            assert "image_url" in {
                column["name"] for column in inspect(conn).get_columns(table)
            }
        assert (
            conn.execute(
                select(func.count()).where(items.c.image_url.is_not(None))
            ).scalar_one()
            == 0
        )
    now = datetime.fromtimestamp(BASE / 1000 + 86_400 * 3, UTC)
    everything = resolve_period("all_time", now=now, time_zone=UTC)
    with engine.connect() as conn:
        before = top_items(
            conn, Scope(), everything, TopKind.TRACK, rule=PlayRule.ALL, images=True
        )
        assert before
        assert {entry.image for entry in before} == {None}
        assert totals(conn, Scope(), everything, rule=PlayRule.ALL).streams == 120
    cover = "https://i.scdn.co/image/halo"
    with engine.begin() as conn:
        uri = conn.execute(
            select(items.c.key).where(items.c.key.startswith("spotify:track:"))
        ).scalar()
        assert uri is not None
        assert keep_item_images(conn, {uri: cover, "spotify:track:none": cover}) == 1
        # The same image again writes nothing; a script URL is never kept.
        assert keep_item_images(conn, {uri: cover}) == 0
        assert keep_item_images(conn, {uri: "javascript:alert(1)"}) == 0
        artist_id = conn.execute(select(artists.c.id).limit(1)).scalar_one()
        keep_artist_image(conn, artist_id, "https://i.scdn.co/image/artist")
    with engine.connect() as conn:
        tracks = top_items(
            conn, Scope(), everything, TopKind.TRACK, rule=PlayRule.ALL, images=True
        )
        assert cover in {entry.image for entry in tracks}
        albums = top_items(
            conn, Scope(), everything, TopKind.ALBUM, rule=PlayRule.ALL, images=True
        )
        assert cover in {entry.image for entry in albums}
        ranked = top_items(
            conn, Scope(), everything, TopKind.ARTIST, rule=PlayRule.ALL, images=True
        )
        assert "https://i.scdn.co/image/artist" in {entry.image for entry in ranked}


def test_version_8_learns_which_uris_are_one_recording(engine: Engine) -> None:
    """Version 9: a song's URIs as long within seconds become one recording.

    A database of version 8 holding the single and the album copy of one
    song (and a live take of another length) ranks the two copies as one,
    under the most played URI, once migrated.
    """
    with engine.begin() as conn:
        migrate(conn)
    state = WriterState(engine.dialect.name)

    def play(uri: str, title: str, ended: int, ms: int) -> PlayRecord:
        return PlayRecord(
            account="ada",
            source=Source.SPOTIFY_PLAYER,
            ended_at=BASE + ended,
            ms_played=ms,
            kind=PlayKind.TRACK,
            title=title,
            artist="Kun",
            album=None,
            item_uri=uri,
        )

    records = [
        play("spotify:track:single", "Qing Ren", 1_000_000, 195_348),
        *(
            play("spotify:track:album", "Qing Ren", 2_000_000 + n * 300_000, 195_348)
            for n in range(3)
        ),
        play("spotify:track:live", "Qing Ren", 4_000_000, 230_000),
    ]
    with engine.begin() as conn:
        state.insert_records(conn, records)
        # As version 8 had it: no recordings.
        item_recordings.drop(conn)
        conn.execute(update(meta).where(meta.c.key == VERSION_KEY).values(value="8"))
    with engine.begin() as conn:
        assert migrate(conn) == 8
    now = datetime.fromtimestamp(BASE / 1000 + 86_400 * 3, UTC)
    everything = resolve_period("all_time", now=now, time_zone=UTC)
    with engine.connect() as conn:
        top = top_items(conn, Scope(), everything, TopKind.TRACK)
        assert [(entry.uri, entry.plays) for entry in top] == [
            ("spotify:track:album", 4),
            ("spotify:track:live", 1),
        ]
        assert totals(conn, Scope(), everything).tracks == 2


def test_version_10_indexes_the_plays_of_other_kinds(engine: Engine) -> None:
    """Podcast plays get an index of their own, which a podcast question reads."""

    def indexes(conn: Connection) -> set[str]:
        return {str(index["name"]) for index in inspect(conn).get_indexes("plays")}

    with engine.begin() as conn:
        write_v1(conn)
    with engine.begin() as conn:
        migrate(conn, 9)
        # Older steps build the plays table as it is now: drop the index, as
        # a database that reached version 9 before version 10 was has none.
        conn.execute(text("DROP INDEX IF EXISTS ix_plays_other_kinds"))
        assert "ix_plays_other_kinds" not in indexes(conn)
    with engine.begin() as conn:
        assert migrate(conn) == 9
        assert "ix_plays_other_kinds" in indexes(conn)
    if engine.dialect.name != "sqlite":
        return
    # SQLite reads a partial index only when the question says its WHERE.
    podcasts = Filter((1,), False, None, kinds=(int(PlayKind.EPISODE),))
    query = select(plays.c.ended_at, plays.c.ms_played).where(
        plays.c.ended_at >= 0, *podcasts.plays()
    )
    compiled = query.compile(
        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    assert compiled.positiontup is not None
    values = tuple(compiled.params[name] for name in compiled.positiontup)
    with engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values).all()
    assert any("ix_plays_other_kinds" in str(row[-1]) for row in plan), plan


def test_version_12_gets_an_empty_outbox(engine: Engine) -> None:
    """The scrobbles waiting to go out: two new tables, empty; the plays stay as they were."""

    def tables(conn: Connection) -> set[str]:
        return set(inspect(conn).get_table_names())

    with engine.begin() as conn:
        write_v1(conn)
    with engine.begin() as conn:
        migrate(conn, 11)
        # Older steps build today's tables: drop them, as a database that
        # reached version 11 before version 12 was has none.
        conn.execute(text("DROP TABLE IF EXISTS scrobble_outbox"))
        conn.execute(text("DROP TABLE IF EXISTS scrobble_cursors"))
        played = conn.execute(text("SELECT COUNT(*) FROM plays")).scalar_one()
    with engine.begin() as conn:
        assert migrate(conn, 12) == 11
        assert {"scrobble_outbox", "scrobble_cursors"} <= tables(conn)
        assert (
            conn.execute(text("SELECT COUNT(*) FROM scrobble_outbox")).scalar_one() == 0
        )
        assert conn.execute(text("SELECT COUNT(*) FROM plays")).scalar_one() == played
        assert schema_version(conn) == 12
