"""The history store on SQLite and on a real PostgreSQL server."""

from collections.abc import Generator
from concurrent.futures import Future
from pathlib import Path
import shutil
import sqlite3
import threading

import pytest
from sqlalchemy import Connection, func, select
from sqlalchemy.exc import SQLAlchemyError

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store import engine, migrations
from custom_components.encore.history.store.deletes import delete_plays
from custom_components.encore.history.store.engine import (
    HistoryStore,
    check_db_url,
    create_history_engine,
    redact_url,
    sqlite_url,
)
from custom_components.encore.history.store.jobs import (
    mark_interrupted,
    start_job,
    update_job,
)
from custom_components.encore.history.store.migrations import (
    VERSION_KEY,
    NewerSchemaError,
    migrate,
    schema_version,
)
from custom_components.encore.history.store.resolution import PART, _make_room
from custom_components.encore.history.store.schema import (
    SCHEMA_VERSION,
    artists,
    devices,
    item_lengths,
    items,
    jobs,
    meta,
    plays,
    rollup_hours,
)
from custom_components.encore.history.store.writes import WriterState

BASE = 1_700_000_000_000
MINUTE = 60_000


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "history.db")
    url: str = request.getfixturevalue("postgres_db_url")
    return url


@pytest.fixture
def store(db_url: str) -> Generator[HistoryStore]:
    """An open store; closed after the test."""
    opened = HistoryStore(db_url)
    assert opened.open() == 0
    yield opened
    opened.close()


def track(
    ended: int,
    ms: int = 200_000,
    *,
    n: int = 1,
    account: str = "ada",
    source: Source = Source.EXPORT_EXTENDED,
    uri: bool = True,
) -> PlayRecord:
    """A record of track number `n` ending at `ended`."""
    return PlayRecord(
        account=account,
        source=source,
        ended_at=ended,
        ms_played=ms,
        kind=PlayKind.TRACK,
        title=f"Song {n}",
        artist=f"Artist {n % 3}",
        album=f"Album {n}",
        item_uri=f"spotify:track:{n:022d}" if uri else None,
        device="android",
    )


def write[T](store: HistoryStore, fn: object) -> T:
    """Run a write and wait for its commit."""
    future: Future[T] = store.submit(fn)  # type: ignore[arg-type]
    return future.result(timeout=30)


def count(store: HistoryStore, table: object = plays) -> int:
    """Rows in a table."""
    return store.read(
        lambda conn: conn.execute(select(func.count()).select_from(table)).scalar_one()  # type: ignore[arg-type]
    )


def test_exact_repeats_are_stored_once(store: HistoryStore) -> None:
    """A stream repeated inside a batch or in a later batch is one row."""
    records = [track(BASE + i * MINUTE, n=i) for i in range(10)]
    first = write(store, lambda c, s: s.insert_records(c, [*records, records[3]]))
    assert (first.inserted, first.duplicates) == (10, 1)
    again = write(store, lambda c, s: s.insert_records(c, records))
    assert (again.inserted, again.duplicates) == (0, 10)
    assert count(store) == 10
    # Three artists, ten items, keyed as the issue says.
    assert count(store, artists) == 3
    keys = store.read(lambda c: sorted(c.execute(select(items.c.key)).scalars()))
    assert keys[0] == "spotify:track:" + "0" * 22


def test_repeats_left_out_before_the_insert_or_refused_by_the_key(
    store: HistoryStore,
) -> None:
    """Stored streams of a batch's range are left out; past a bound, the key refuses.

    A batch half stored, half new stores the new half; a batch of two rows
    whose range holds forty stored plays (more than the writer reads to
    compare) is refused by the unique key all the same.
    """
    stored = [track(BASE + i * MINUTE, n=i) for i in range(40)]
    write(store, lambda c, s: s.insert_records(c, stored[::2]))
    half = write(store, lambda c, s: s.insert_records(c, stored[:10]))
    assert (half.inserted, half.duplicates) == (5, 5)
    write(store, lambda c, s: s.insert_records(c, stored))
    ends = [stored[0], stored[-1]]
    again = write(store, lambda c, s: s.insert_records(c, ends))
    assert (again.inserted, again.duplicates) == (0, 2)
    assert count(store) == 40


def test_names_of_one_artist_in_one_batch(store: HistoryStore) -> None:
    """Spellings that differ only in case are one artist, even in one batch."""
    records = [
        track(BASE, n=1)._replace(artist="ABBA"),
        track(BASE + MINUTE, n=2)._replace(artist="Abba"),
        track(BASE + 2 * MINUTE, n=4)._replace(artist="abba"),
    ]
    result = write(store, lambda c, s: s.insert_records(c, records))
    assert result.inserted == 3
    assert count(store, artists) == 1
    artist_ids = store.read(
        lambda c: set(c.execute(select(plays.c.artist_id)).scalars())
    )
    assert len(artist_ids) == 1


def test_items_without_uri_get_local_keys(store: HistoryStore) -> None:
    """Account-data rows have no URI: the item key is a hash of the names."""
    write(
        store,
        lambda c, s: s.insert_records(
            c, [track(BASE, uri=False, source=Source.EXPORT_ACCOUNT)]
        ),
    )
    key = store.read(lambda c: c.execute(select(items.c.key)).scalar_one())
    assert key.startswith("local:")
    assert len(key) == len("local:") + 40


@pytest.mark.parametrize("extended_first", [True, False])
def test_both_export_packages_give_one_play(
    store: HistoryStore, extended_first: bool
) -> None:
    """Account data repeats a year of the extended history at minute precision."""
    extended = [track(BASE + 37_000 + i * 10 * MINUTE, n=i) for i in range(5)]
    account = [
        track(
            r.ended_at - r.ended_at % MINUTE,
            r.ms_played,
            n=r.ended_at,
            uri=False,
            source=Source.EXPORT_ACCOUNT,
        )._replace(title=r.title, artist=r.artist, album=None)
        for r in extended
    ]
    # One account-data stream the extended history does not have.
    account.append(
        track(BASE + 400 * MINUTE, 1234, uri=False, source=Source.EXPORT_ACCOUNT)
    )
    batches = [extended, account] if extended_first else [account, extended]
    results = [write(store, lambda c, s, b=b: s.insert_records(c, b)) for b in batches]
    assert count(store) == 6
    sources = store.read(lambda c: sorted(c.execute(select(plays.c.source)).scalars()))
    assert sources == [0, 0, 0, 0, 0, 1]
    if extended_first:
        assert results[1].duplicates == 5
    else:
        assert results[1].replaced == 5


def test_account_data_wholly_in_the_extended_history(store: HistoryStore) -> None:
    """A batch of account data that repeats only extended rows adds nothing."""
    extended = [track(BASE + 37_000 + i * 10 * MINUTE, n=i) for i in range(3)]
    account = [
        track(
            r.ended_at - r.ended_at % MINUTE,
            r.ms_played,
            n=i,
            uri=False,
            source=Source.EXPORT_ACCOUNT,
        )
        for i, r in enumerate(extended)
    ]
    write(store, lambda c, s: s.insert_records(c, extended))
    result = write(store, lambda c, s: s.insert_records(c, account))
    assert (result.inserted, result.duplicates) == (0, 3)
    assert count(store) == 3


def test_started_at_given_or_derived_in_one_batch(store: HistoryStore) -> None:
    """A record that says when it started keeps it; one that does not gets end - played."""
    given = track(BASE, 60_000, n=1)._replace(started_at=BASE - 90_000)
    derived = track(BASE + MINUTE, 60_000, n=2)
    write(store, lambda c, s: s.insert_records(c, [given, derived]))
    started = store.read(
        lambda c: (
            c.execute(select(plays.c.started_at).order_by(plays.c.ended_at))
            .scalars()
            .all()
        )
    )
    assert started == [BASE - 90_000, BASE + MINUTE - 60_000]


def test_one_account_per_batch(store: HistoryStore) -> None:
    """Records of two accounts in one batch are refused, and nothing is stored."""
    batch = [track(BASE, account="ada"), track(BASE + MINUTE, account="bob")]
    with pytest.raises(ValueError, match="one account per batch"):
        write(store, lambda c, s: s.insert_records(c, batch))
    assert count(store) == 0


def test_observed_plays_merge_across_sources(store: HistoryStore) -> None:
    """The player and recently-played see one stream: one play with both bits."""
    seen = track(BASE, 95_000, source=Source.SPOTIFY_PLAYER)
    recent = track(BASE + 20_000, 200_000, source=Source.SPOTIFY_RECENT)
    write(store, lambda c, s: s.record_observed(c, [seen], 180_000))
    result = write(store, lambda c, s: s.record_observed(c, [recent], 180_000))
    assert result.merged == 1
    row = store.read(
        lambda c: c.execute(select(plays.c.sources, plays.c.ms_played)).one()
    )
    assert row.sources == (1 << Source.SPOTIFY_PLAYER) | (1 << Source.SPOTIFY_RECENT)
    # The player measured what was heard; recently-played only knows the length.
    assert row.ms_played == 95_000


def test_recently_played_first_then_observer_corrects_ms(store: HistoryStore) -> None:
    """An observer arriving later replaces recently-played's length estimate."""
    recent = track(BASE, 200_000, source=Source.SPOTIFY_RECENT)
    seen = track(BASE + 3000, 61_000, source=Source.SONOS)
    write(store, lambda c, s: s.record_observed(c, [recent], 180_000))
    write(store, lambda c, s: s.record_observed(c, [seen], 180_000))
    row = store.read(lambda c: c.execute(select(plays)).one())
    assert row.ms_played == 61_000
    assert row.started_at == row.ended_at - 61_000


def test_a_repeated_track_is_two_plays(store: HistoryStore) -> None:
    """The same track twice in a row, seen by two sources: two plays, not one."""
    player = [
        track(BASE, source=Source.SPOTIFY_PLAYER),
        track(BASE + 200_000, source=Source.SPOTIFY_PLAYER),
    ]
    recent = [
        track(BASE + 1000, source=Source.SPOTIFY_RECENT),
        track(BASE + 201_000, source=Source.SPOTIFY_RECENT),
    ]
    write(store, lambda c, s: s.record_observed(c, player, 180_000))
    result = write(store, lambda c, s: s.record_observed(c, recent, 180_000))
    assert result.merged == 2
    assert count(store) == 2


def test_a_failing_write_leaves_the_others(store: HistoryStore) -> None:
    """One task's error rolls back only that task; its caller gets the error."""
    gate = threading.Event()

    def hold(_conn: Connection, _state: WriterState) -> None:
        gate.wait(10)

    def broken(conn: Connection, state: WriterState) -> None:
        state.insert_records(conn, [track(BASE, n=7)])
        raise ValueError("bad row")

    held = store.submit(hold)
    # Queued behind `hold`, these three land in one transaction.
    first = store.submit(lambda c, s: s.insert_records(c, [track(BASE, n=1)]))
    failing = store.submit(broken)
    last = store.submit(lambda c, s: s.insert_records(c, [track(BASE, n=2)]))
    gate.set()
    held.result(10)
    assert first.result(10).inserted == 1
    with pytest.raises(ValueError, match="bad row"):
        failing.result(10)
    assert last.result(10).inserted == 1
    titles = store.read(lambda c: sorted(c.execute(select(items.c.title)).scalars()))
    assert titles == ["Song 1", "Song 2"]
    # The ids cached during the rolled-back task were forgotten.
    assert (
        write(store, lambda c, s: s.insert_records(c, [track(BASE, n=7)])).inserted == 1
    )


def test_held_writes_are_committed_by_the_next_write(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`holds_commit`: each write returns once it ran; readers see it committed.

    The next write that does not hold commits them all, in one transaction
    with its own; a held write that fails is rolled back alone.
    """
    monkeypatch.setattr(engine, "HELD_SECONDS", 60.0)  # no commit for waiting
    generation = store.generation

    def insert(n: int) -> Future[object]:
        return store.submit(
            lambda c, s: s.insert_records(c, [track(BASE + n * MINUTE, n=n)]),
            holds_commit=True,
        )

    def broken(conn: Connection, state: WriterState) -> None:
        state.insert_records(conn, [track(BASE, n=9)])
        raise ValueError("bad row")

    assert insert(1).result(10).inserted == 1  # type: ignore[attr-defined]
    failing = store.submit(broken, holds_commit=True)
    with pytest.raises(ValueError, match="bad row"):
        failing.result(10)
    assert insert(2).result(10).inserted == 1  # type: ignore[attr-defined]
    # Ran, not committed: another connection sees none of them, and the
    # answers shared until now stay good.
    assert count(store) == 0
    assert store.generation == generation
    write(store, lambda c, s: None)
    assert count(store) == 2
    assert store.generation > generation
    titles = store.read(lambda c: sorted(c.execute(select(items.c.title)).scalars()))
    assert titles == ["Song 1", "Song 2"]


def test_a_failed_commit_rolls_back_the_held_writes(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database refuses the commit: the write that commits raises, and the
    held writes are gone with it; the next writes are stored as ever."""
    monkeypatch.setattr(engine, "HELD_SECONDS", 60.0)
    dialect = store.engine.dialect
    commit = dialect.do_commit
    refusals = [OSError("disk full")]

    def refuse_once(connection: object) -> None:
        if refusals:
            raise dialect.loaded_dbapi.OperationalError(str(refusals.pop()))
        commit(connection)  # type: ignore[arg-type]

    monkeypatch.setattr(dialect, "do_commit", refuse_once)
    store.submit(
        lambda c, s: s.insert_records(c, [track(BASE, n=1)]), holds_commit=True
    ).result(10)
    with pytest.raises(SQLAlchemyError, match="disk full"):
        write(store, lambda c, s: s.insert_records(c, [track(BASE + MINUTE, n=2)]))
    assert count(store) == 0
    write(store, lambda c, s: s.insert_records(c, [track(BASE, n=3)]))
    titles = store.read(lambda c: sorted(c.execute(select(items.c.title)).scalars()))
    assert titles == ["Song 3"]


def test_held_writes_are_committed_when_none_follows(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A held transaction is committed after `HELD_SECONDS` alone, and at close."""
    monkeypatch.setattr(engine, "HELD_SECONDS", 0.05)
    store = HistoryStore(db_url)
    store.open()
    try:
        store.submit(
            lambda c, s: s.insert_records(c, [track(BASE, n=1)]), holds_commit=True
        ).result(10)
        # The writer's own clock, not this test's: wait for its commit.
        committed = threading.Event()
        for _ in range(200):
            if count(store) == 1:
                committed.set()
                break
            committed.wait(0.05)
        assert committed.is_set()
        store.submit(
            lambda c, s: s.insert_records(c, [track(BASE, n=2)]), holds_commit=True
        ).result(10)
    finally:
        store.close()
    again = HistoryStore(db_url)
    again.open()
    assert count(again) == 2
    again.close()


def test_jobs_and_interrupted_runs(store: HistoryStore) -> None:
    """Jobs keep counts; one still running at start-up was cut short."""
    job = write(
        store, lambda c, s: start_job(c, s, "import", "ada", {"source": "x.zip"})
    )
    write(store, lambda c, s: update_job(c, job, {"imported": 3}))
    done = write(store, lambda c, s: start_job(c, s, "export", None))
    write(store, lambda c, s: update_job(c, done, {"rows": 1}, status="completed"))
    assert write(store, lambda c, s: mark_interrupted(c)) == 1
    rows = store.read(lambda c: c.execute(select(jobs).order_by(jobs.c.id)).all())
    assert [(r.kind, r.status) for r in rows] == [
        ("import", "interrupted"),
        ("export", "completed"),
    ]
    assert rows[0].counts == '{"imported":3}'
    assert rows[0].finished_at is not None


def test_purge(store: HistoryStore) -> None:
    """Deleting by account and by time."""
    write(
        store,
        lambda c, s: s.insert_records(
            c, [track(BASE + i * MINUTE, n=i) for i in range(4)]
        ),
    )
    write(store, lambda c, s: s.insert_records(c, [track(BASE, account="bob")]))
    assert write(store, lambda c, s: delete_plays(c, s, "ada", BASE + 2 * MINUTE)) == 2
    assert write(store, lambda c, s: delete_plays(c, s, None, None)) == 3
    assert count(store) == 0


def names(store: HistoryStore) -> tuple[set[str], set[str], set[str], set[int]]:
    """Track titles, artist names, device names and lengths' items stored."""

    def read(conn: Connection) -> tuple[set[str], set[str], set[str], set[int]]:
        return (
            set(conn.execute(select(items.c.title)).scalars()),
            set(conn.execute(select(artists.c.name)).scalars()),
            set(conn.execute(select(devices.c.name)).scalars()),
            set(conn.execute(select(item_lengths.c.item_id)).scalars()),
        )

    return store.read(read)


def test_purged_plays_take_their_names_along(store: HistoryStore) -> None:
    """What nobody played any more is not kept: titles, artists, devices."""
    ada = [track(BASE + i * MINUTE, n=i) for i in range(4)]
    write(store, lambda c, s: s.insert_records(c, ada))
    bob = track(BASE, n=2, account="bob")._replace(device="Bob's iPhone")
    write(store, lambda c, s: s.insert_records(c, [bob]))
    titles, artist_names, device_names, lengths = names(store)
    assert titles == {"Song 0", "Song 1", "Song 2", "Song 3"}
    assert len(lengths) == 4
    # Ada's plays go; Bob's Song 2 (by Artist 2) stays, and what it names.
    assert write(store, lambda c, s: delete_plays(c, s, "ada", None)) == 4
    titles, artist_names, device_names, lengths = names(store)
    assert titles == {"Song 2"}
    assert artist_names == {"Artist 2"}
    assert device_names == {"Bob's iPhone"}
    assert len(lengths) == 1
    # The writer forgot the ids it had cached: Ada's songs come back whole.
    write(store, lambda c, s: s.insert_records(c, ada[:2]))
    assert names(store)[0] == {"Song 0", "Song 1", "Song 2"}
    assert count(store) == 3
    assert write(store, lambda c, s: delete_plays(c, s, None, None)) == 3
    assert names(store) == (set(), set(), set(), set())


def test_names_stored_before_and_new_ones_get_their_own_ids(
    store: HistoryStore,
) -> None:
    """Ids of names a writer adds are read off the insert; stored ones looked up.

    A writer that knows none of the stored names (as after a restart) meets
    them beside new ones, and two device names alike up to their cap are one
    device: every play still points at its own item, artist and device.
    """
    write(
        store,
        lambda c, s: s.insert_records(
            c, [track(BASE + i * MINUTE, n=i) for i in range(6)]
        ),
    )
    later = [
        track(BASE + i * MINUTE, n=i)._replace(device=f"{'x' * 300}{i % 2}")
        for i in range(3, 12)
    ]

    def fresh_writer(conn: Connection, _state: WriterState) -> None:
        WriterState(store.dialect).insert_records(conn, later)

    write(store, fresh_writer)
    stored = store.read(
        lambda c: c.execute(
            select(items.c.title, artists.c.name, devices.c.name)
            .select_from(
                plays.join(items, items.c.id == plays.c.item_id)
                .join(artists, artists.c.id == plays.c.artist_id)
                .join(devices, devices.c.id == plays.c.device_id)
            )
            .order_by(plays.c.ended_at)
        ).all()
    )
    assert [tuple(row) for row in stored] == [
        *((f"Song {i}", f"Artist {i % 3}", "android") for i in range(6)),
        *((f"Song {i}", f"Artist {i % 3}", "x" * 255) for i in range(6, 12)),
    ]
    assert count(store, items) == 12
    assert count(store, devices) == 2


def test_close_commits_what_is_queued(db_url: str) -> None:
    """Closing drains the queue; reopening finds everything and migrates nothing."""
    store = HistoryStore(db_url)
    store.open()
    futures = [
        store.submit(lambda c, s, i=i: s.insert_records(c, [track(BASE + i, n=i)]))
        for i in range(50)
    ]
    store.close()
    assert all(f.done() and f.exception() is None for f in futures)
    again = HistoryStore(db_url)
    assert again.open() == SCHEMA_VERSION
    assert count(again) == 50
    again.close()
    closed = again.submit(lambda c, s: None)
    with pytest.raises(RuntimeError):
        closed.result(1)


def test_newer_schema_is_refused(db_url: str) -> None:
    """A database from a newer Encore is left alone."""
    store = HistoryStore(db_url)
    store.open()
    write(
        store,
        lambda c, s: c.execute(
            meta.update()
            .where(meta.c.key == VERSION_KEY)
            .values(value=str(SCHEMA_VERSION + 1))
        ),
    )
    store.close()
    with pytest.raises(NewerSchemaError):
        HistoryStore(db_url).open()


def test_forward_migrations_run_in_order(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database at version N gets each later step once, then the new version."""
    ran: list[int] = []
    monkeypatch.setitem(
        migrations.MIGRATIONS, SCHEMA_VERSION + 1, lambda c: ran.append(1)
    )
    monkeypatch.setitem(
        migrations.MIGRATIONS, SCHEMA_VERSION + 2, lambda c: ran.append(2)
    )
    store = HistoryStore(db_url)
    store.open()
    store.close()
    engine = create_history_engine(db_url)
    with engine.begin() as conn:
        assert migrate(conn, SCHEMA_VERSION + 2) == SCHEMA_VERSION
        assert schema_version(conn) == SCHEMA_VERSION + 2
    engine.dispose()
    assert ran == [1, 2]


def test_pause_gives_a_consistent_file(tmp_path: Path) -> None:
    """While paused (a backup runs), the file alone holds every committed play."""
    path = tmp_path / "history.db"
    store = HistoryStore(sqlite_url(path))
    store.open()
    write(
        store,
        lambda c, s: s.insert_records(c, [track(BASE + i, n=i) for i in range(20)]),
    )
    store.pause().result(10)
    held = store.submit(lambda c, s: s.insert_records(c, [track(BASE, n=99)]))
    # The write-ahead log was folded in: copying the file alone is enough.
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)
    assert not held.done()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM plays").fetchone() == (20,)
    store.resume()
    assert held.result(10).inserted == 1
    store.close()


def test_check_db_url(tmp_path: Path, postgres_db_url: str) -> None:
    """The options flow's check of a database URL."""
    assert check_db_url(sqlite_url(tmp_path / "x.db")) is None
    assert check_db_url(postgres_db_url) is None
    assert check_db_url("not a url") == "db_url_invalid"
    assert check_db_url("oracle://scott@localhost/db") == "db_url_unsupported"
    assert (
        check_db_url("postgresql+psycopg2://nobody@127.0.0.1:9/none")
        == "db_unreachable"
    )
    assert check_db_url("postgresql://u:pw@host:abc/db") == "db_url_invalid"


def test_redact_url_hides_every_secret() -> None:
    """Passwords in the address and in the query arguments drivers take."""
    shown = redact_url(
        "postgresql://ada:hunter2@db.local/encore"
        "?password=s3cret&sslpassword=k3y&sslmode=require"
    )
    assert "hunter2" not in shown
    assert "s3cret" not in shown
    assert "k3y" not in shown
    assert shown.startswith("postgresql://ada:***@db.local/encore?")
    assert "sslmode=require" in shown
    assert "passwd=redacted" in redact_url("mysql://ada@db/encore?passwd=x")
    assert "abc" not in redact_url("postgresql://u:abc@host:port/db")


def test_extending_a_play_keeps_the_hour_rollups(store: HistoryStore) -> None:
    """A play stretched after a restart moves in the rollups with it."""
    seen = track(BASE, 40_000, source=Source.SPOTIFY_PLAYER)
    play_id = write(store, lambda c, s: s.record_observed(c, [seen], 180_000)).outcomes[
        0
    ][0]
    longer = seen._replace(ended_at=BASE + 3_600_000, ms_played=3_640_000)
    assert (
        write(
            store,
            lambda c, s: s.extend_play(
                c, play_id=play_id, record=longer, window_ms=180_000
            ),
        )
        == play_id
    )
    hours = store.read(
        lambda c: c.execute(
            select(rollup_hours.c.hour, rollup_hours.c.ms_played).where(
                rollup_hours.c.streams != 0
            )
        ).all()
    )
    assert [tuple(row) for row in hours] == [
        ((BASE + 3_600_000) // 3_600_000, 3_640_000)
    ]


def test_a_full_writer_cache_forgets_its_oldest_slice() -> None:
    """The writer's name caches stay bounded and forget a slice at a time.

    Emptying a full cache at once held the interpreter lock 14 ms, which Home
    Assistant's event loop waited out (`scripts/bench import`).
    """
    cache = {name: name.upper() for name in map(str, range(3_000))}
    _make_room(cache, 3_000)
    assert len(cache) == 3_000 - PART
    # The oldest went; the newest stay, with their values.
    assert "0" not in cache
    assert str(PART - 1) not in cache
    assert cache[str(PART)] == str(PART)
    assert cache["2999"] == "2999"
    # Below its size, nothing is forgotten.
    _make_room(cache, 3_000)
    assert len(cache) == 3_000 - PART
