"""Bulk mode of a large first import (`store.bulk`), on SQLite and PostgreSQL.

The import's batches go in without the plays' secondary indexes and without
their time buckets; whatever else writes, and the end of the job, settles
first. Each test ends with the rollups equal to those computed again from
the plays, and the indexes and the mark as the schema wants them.
"""

from collections.abc import Callable, Generator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, insert, select

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import PeriodName, resolve_period
from custom_components.encore.history.queries import (
    HistorySettlingError,
    Scope,
    TopKind,
    heatmap,
    top_items,
    totals,
)
from custom_components.encore.history.statistics import new_plays
from custom_components.encore.history.store import bulk, rollups
from custom_components.encore.history.store.deletes import delete_plays
from custom_components.encore.history.store.engine import (
    SQLITE_CACHE_KIB,
    HistoryStore,
    sqlite_url,
)
from custom_components.encore.history.store.jobs import (
    SETTLING,
    mark_interrupted,
    start_job,
    update_job,
)
from custom_components.encore.history.store.prepared import highest_id
from custom_components.encore.history.store.schema import jobs, plays, rollup_hours
from custom_components.encore.history.store.writes import WriterState

from ..databases import assert_rollups_exact, bulk_table_indexes

BASE = 1_700_000_000_000
MINUTE = 60_000
SECONDARY = {index.name for index in bulk.SECONDARY_INDEXES}
BIG_EXPORT = 10**9
"""Bytes of an export that pays for bulk mode in an empty history."""


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Generator[HistoryStore]:
    """An open, empty store of each kind."""
    url = (
        sqlite_url(tmp_path / "history.db")
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_db_url")
    )
    opened = HistoryStore(url)
    opened.open()
    yield opened
    opened.close()


def write[T](
    store: HistoryStore,
    fn: Callable[[Connection, WriterState], T],
    *,
    bulk_safe: bool = False,
) -> T:
    """Run a write and wait for its commit."""
    return store.submit(fn, bulk_safe=bulk_safe).result(timeout=60)


def record(
    n: int, ended: int, ms: int, source: Source = Source.EXPORT_EXTENDED
) -> PlayRecord:
    """A play of track `n`; its artist plays several tracks."""
    return PlayRecord(
        account="ada",
        source=source,
        ended_at=ended,
        ms_played=ms,
        kind=PlayKind.TRACK,
        title=f"Song {n}",
        artist=f"Artist {n % 4}",
        album=f"Album {n % 6}",
        item_uri=f"spotify:track:{n:022d}",
        device="android",
    )


def batches() -> list[list[PlayRecord]]:
    """Four batches over days; lengths grow, so the Last.fm verdicts change.

    Each batch repeats a row of its own and one of the batch before.
    """
    made: list[list[PlayRecord]] = []
    for batch in range(4):
        rows = [
            record(
                n % 9,
                BASE + (batch * 400 + n) * 7 * MINUTE,
                # Track n grows longer in later batches: its early short
                # plays then count as half of it, or no more.
                40_000 + 30_000 * batch + (n % 5) * 20_000,
            )
            for n in range(60)
        ]
        rows.append(rows[10])
        if made:
            rows.append(made[-1][-3])
        made.append(rows)
    return made


def import_batch(store: HistoryStore, rows: list[PlayRecord]) -> Any:
    """One batch of an import in bulk mode, as the importer writes it."""
    return write(store, lambda c, s: s.insert_records(c, rows), bulk_safe=True)


def owed(store: HistoryStore) -> list[tuple[int, int]] | None:
    """The id ranges bulk mode owes the rollups, or None outside it."""
    return store.read(bulk.pending)


def check_settled(store: HistoryStore) -> None:
    """Indexes as the schema has them, no mark, rollups exact."""
    assert owed(store) is None
    assert store.read(bulk_table_indexes) >= SECONDARY

    def exact(conn: Connection) -> None:
        assert_rollups_exact(conn)

    store.read(exact)


def play_count(conn: Connection) -> int:
    """Plays stored."""
    return int(conn.execute(select(func.count()).select_from(plays)).scalar_one())


def bucketed(conn: Connection) -> int:
    """Plays the hour buckets count."""
    return int(conn.execute(select(func.sum(rollup_hours.c.streams))).scalar() or 0)


@pytest.mark.parametrize(
    "staged", [rollups.STAGED_PLAYS, 7], ids=["one_stage", "stages"]
)
def test_a_bulk_import_ends_as_one_done_batch_by_batch(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch, staged: int
) -> None:
    """Without its indexes and buckets meanwhile; exact when the job ends.

    The end counts the owed plays in the buckets `rollups.STAGED_PLAYS` at a
    time: also a few at a time, so that quarters and hours span stages.
    """
    monkeypatch.setattr(rollups, "STAGED_PLAYS", staged)
    job = write(store, lambda c, s: start_job(c, s, "import", "ada"))
    assert write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True)
    assert store.read(bulk_table_indexes).isdisjoint(SECONDARY)
    results = [import_batch(store, rows) for rows in batches()]
    # The repeat inside each batch and the one from the batch before.
    assert [result.duplicates for result in results] == [1, 2, 2, 2]
    stored = store.read(play_count)
    assert stored == 4 * 60
    # One range of ids owed, and the buckets do not count them yet. A job's
    # counts while it runs leave bulk mode on.
    write(store, lambda c, _s: update_job(c, job, {"rows": 1}), bulk_safe=True)
    # (PostgreSQL's ids skip the refused repeats: the range is up to the top.)
    assert owed(store) == [(0, store.read(lambda c: highest_id(c, plays)))]
    assert store.read(bucketed) == 0

    write(store, lambda c, _s: update_job(c, job, {}, status="completed"))
    check_settled(store)
    assert store.read(bucketed) == stored
    if store.dialect == "sqlite":
        # Settled with a small page cache; the writer's own is back.
        cache = write(
            store, lambda c, _s: c.exec_driver_sql("PRAGMA cache_size").scalar_one()
        )
        assert cache == -SQLITE_CACHE_KIB


@pytest.mark.parametrize("folded", [True, False], ids=["folded", "tail"])
def test_a_bulk_import_beside_another_accounts_plays(
    store: HistoryStore, folded: bool
) -> None:
    """Another account's plays of the same tracks, shorter, came first.

    Folded before the import, the import's plays are the whole tail: the
    end folds them with the buckets (`rollups.add_and_fold`), learning the
    longer lengths from the totals' stage. Left in the tail, the import's
    range is not the whole tail, and the end counts it as batches are.
    Either way the earlier plays' Last.fm verdicts follow the new lengths.
    """
    early = [
        record(n % 9, BASE - (200 - n) * 7 * MINUTE, 35_000 + (n % 5) * 9_000)
        for n in range(60)
    ]
    write(store, lambda c, s: s.insert_records(c, early))
    if folded:
        write(store, lambda c, s: rollups.fold(c, s.dialect))
    assert store.read(rollups.folded_id) == (len(early) if folded else 0)
    job = write(store, lambda c, s: start_job(c, s, "import", "bob"))
    assert write(store, lambda c, s: s.begin_bulk(c, "bob", BIG_EXPORT), bulk_safe=True)
    for rows in batches():
        import_batch(store, [row._replace(account="bob") for row in rows])
    # The longest plays of some tracks under another album: two groups of
    # the totals' stage for one item, the longer in the second.
    import_batch(
        store,
        [
            record(n, BASE + (2000 + n) * 7 * MINUTE, 250_000)._replace(
                account="bob", album="Another album"
            )
            for n in range(3)
        ],
    )
    write(store, lambda c, _s: update_job(c, job, {}, status="completed"))
    check_settled(store)
    assert store.read(rollups.folded_id) == store.read(lambda c: highest_id(c, plays))


def test_any_other_write_settles_bulk_mode_first(store: HistoryStore) -> None:
    """A live play in the middle: counted once, the import's too; it goes on."""
    first, second, third, fourth = batches()
    write(store, lambda c, s: start_job(c, s, "import", "ada"))
    write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True)
    import_batch(store, first)
    import_batch(store, second)
    assert owed(store)
    # The player sees the same stream as a stored import row, and a new one.
    live = [
        record(3, first[3].ended_at + 2_000, first[3].ms_played, Source.SPOTIFY_PLAYER),
        record(50, BASE + 10_000 * MINUTE, 180_000, Source.SPOTIFY_PLAYER),
    ]
    outcome = write(store, lambda c, s: s.record_observed(c, live, 30_000))
    assert [merged for _id, merged in outcome.outcomes] == [True, False]
    check_settled(store)
    # The import goes on, row by row: nothing owed, still exact.
    import_batch(store, third)
    import_batch(store, fourth)
    assert owed(store) is None
    check_settled(store)


def test_a_delete_in_bulk_mode_settles_first(store: HistoryStore) -> None:
    """Taking plays away needs their buckets counted first."""
    write(store, lambda c, s: start_job(c, s, "import", "ada"))
    write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True)
    for rows in batches()[:2]:
        import_batch(store, rows)
    gone = write(store, lambda c, s: delete_plays(c, s, "ada", BASE + 200 * 7 * MINUTE))
    # The first batch's plays all ended before the second's began.
    assert gone == 60
    check_settled(store)
    assert store.read(bucketed) == store.read(play_count) == 60


def test_bulk_mode_only_when_it_pays(store: HistoryStore) -> None:
    """A large export of an account without plays, beside a small history."""
    rows = bulk.BULK_MIN_ROWS * bulk.ROW_BYTES

    def worth(
        account: str, export_bytes: int
    ) -> Callable[[Connection, WriterState], bool]:
        return lambda conn, state: bulk.worth_it(
            conn, state.account_id(conn, account), export_bytes
        )

    assert not write(store, worth("ada", rows - bulk.ROW_BYTES))
    assert write(store, worth("ada", rows))
    # Ada has plays: importing again (every file read anew) checks each
    # batch against them instead. Bob's first import still pays.
    write(store, lambda c, s: s.insert_records(c, batches()[0]))
    assert not write(store, worth("ada", BIG_EXPORT))
    assert write(store, worth("bob", rows))
    # A history of a million plays (its highest id says so) is bigger than
    # Bob's export: its indexes would cost more to build again than they save.
    template = {
        "account_id": write(store, lambda c, s: s.account_id(c, "ada")),
        "source": Source.SPOTIFY_PLAYER,
        "sources": 1 << Source.SPOTIFY_PLAYER,
        "started_at": BASE,
        "ended_at": BASE + 1,
        "ms_played": 1,
        "kind": PlayKind.TRACK,
        "item_id": 1,
    }
    write(store, lambda c, _s: c.execute(insert(plays).values(id=10**6, **template)))
    assert not write(store, worth("bob", rows))
    assert write(store, worth("bob", 10**6 * bulk.ROW_BYTES))
    assert not write(store, lambda c, s: s.begin_bulk(c, "bob", rows))
    assert owed(store) is None


def test_statistics_wait_for_the_plays_bulk_mode_owes(store: HistoryStore) -> None:
    """The recorder's hourly statistics read the hour rollup: owed plays are not new yet.

    A compile in the middle of the import (an hour ended) would otherwise
    move its watermark past plays the rollup does not count, and never
    compile their hours again.
    """
    write(store, lambda c, s: start_job(c, s, "import", "ada"))
    first, second = batches()[:2]
    import_batch(store, first)
    counted = store.read(lambda c: new_plays(c, None, None))[0]
    assert counted == store.read(lambda c: highest_id(c, plays))
    # Bob's first import, beside Ada's plays.
    second = [play._replace(account="bob") for play in second]
    assert write(store, lambda c, s: s.begin_bulk(c, "bob", BIG_EXPORT), bulk_safe=True)
    import_batch(store, second)
    assert store.read(lambda c: new_plays(c, None, counted)) == (counted, None)
    assert store.read(lambda c: new_plays(c, None, None)) == (counted, None)
    write(store, lambda c, s: s.settle_bulk(c))
    newest, earliest = store.read(lambda c: new_plays(c, None, counted))
    assert newest == store.read(lambda c: highest_id(c, plays))
    assert earliest == min(play.ended_at for play in second)


def test_answers_while_bulk_mode_owes_plays_say_it_is_settling(
    store: HistoryStore,
) -> None:
    """Issue 33.5: no answer disagrees with the stored plays during an import.

    The time buckets hold none of the import's plays yet, while the all-time
    totals (their tail) do: an answer would say 0 streams beside thousands of
    artists. Every query says the history is settling instead, and answers
    exactly once the import has ended.
    """
    now = datetime.fromtimestamp((BASE + 2_000 * 7 * MINUTE) / 1000, UTC)
    periods = [
        resolve_period(name, now=now, time_zone=UTC)
        for name in (PeriodName.ALL_TIME, PeriodName.LAST_YEAR, PeriodName.THIS_MONTH)
    ]
    job = write(store, lambda c, s: start_job(c, s, "import", "ada"))
    assert write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True)
    # Bulk mode with nothing owed yet: the answers are exact (nothing there).
    assert store.read(lambda c: totals(c, Scope(), periods[0])).streams == 0
    import_batch(store, batches()[0])
    for period in periods:
        for query in (
            lambda c, p=period: totals(c, Scope(), p),
            lambda c, p=period: top_items(c, Scope(), p, TopKind.ARTIST),
            lambda c, p=period: heatmap(c, Scope(), p, UTC),
        ):
            with pytest.raises(HistorySettlingError) as err:
                store.read(query)
            assert err.value.translation_key == "history_settling"
            assert err.value.stored == store.read(play_count)
    write(store, lambda c, _s: update_job(c, job, {}, status="completed"))
    answered = store.read(lambda c: totals(c, Scope(), periods[0]))
    assert answered.streams == store.read(play_count) == 60
    assert answered.artists == 4


def test_an_import_resumed_after_a_cut_stays_in_bulk_mode(
    store: HistoryStore,
) -> None:
    """Issue 33.5: a resumed first import is as fast as the first run.

    Its files stored before the cut are the account's only plays; a whole
    export imported before, or plays heard live, keep it out of bulk mode.
    """
    job = write(store, lambda c, s: start_job(c, s, "import", "ada"))
    assert write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True)
    import_batch(store, batches()[0])
    # Cut short: the restart settles and marks the job.
    assert write(store, lambda c, _s: mark_interrupted(c)) == 1
    assert owed(store) is None
    again = write(store, lambda c, s: start_job(c, s, "import", "ada"))
    # Without `resumed` the account's plays say "imported before".
    assert not write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT))
    assert write(
        store,
        lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT, resumed=True),
        bulk_safe=True,
    )
    import_batch(store, batches()[1])
    assert owed(store)
    write(store, lambda c, _s: update_job(c, again, {}, status="completed"))
    check_settled(store)
    # The import completed: another run of the same export is no first one.
    other = write(store, lambda c, s: start_job(c, s, "import", "ada"))
    assert not write(
        store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT, resumed=True)
    )
    write(store, lambda c, _s: update_job(c, other, {}, status="interrupted"))
    # A play heard live: the account is not an export's alone any more.
    write(
        store,
        lambda c, s: s.record_observed(
            c, [record(3, BASE + 9_000 * MINUTE, 50_000, Source.SPOTIFY_PLAYER)], 0
        ),
    )
    assert not write(
        store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT, resumed=True)
    )
    assert job < again < other


def test_a_cut_while_settling_leaves_a_complete_job(store: HistoryStore) -> None:
    """Issue 33.5: every file stored, cut while counting: the job completed."""
    job = write(store, lambda c, s: start_job(c, s, "import", "ada"))
    assert write(store, lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True)
    import_batch(store, batches()[0])
    # The importer's last step before settling: committed on its own.
    write(
        store,
        lambda c, _s: update_job(c, job, {"files_failed": 0}, status=SETTLING),
        bulk_safe=True,
    )
    assert owed(store)  # the cut comes now, before the settle
    assert write(store, lambda c, _s: mark_interrupted(c)) == 0
    check_settled(store)
    status = store.read(
        lambda c: c.execute(select(jobs.c.status).where(jobs.c.id == job)).scalar_one()
    )
    assert status == "completed"
