"""Each person's answers against a plain-Python recount of whose each play is.

Plays of two Spotify accounts and a Sonos household, attributed by the rules
(as the collectors store them), corrected and uncorrected, on SQLite and a
real PostgreSQL. Every person's totals, rankings and recap are counted again
from the rows (`SELECT`, nothing the queries read), for "certain" and
"likely"; the household's figures count each play once, as before.
"""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, Engine, func, select

from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.models import (
    Attribution,
    AttributionRule as Rule,
    Certainty,
    PlayKind,
    PlayRecord,
    Source,
)
from custom_components.encore.history.periods import Period, PeriodName, resolve_period
from custom_components.encore.history.queries import Scope, TopKind, top_items, totals
from custom_components.encore.history.queries.recap import recap
from custom_components.encore.history.store import (
    attribution,
    attribution_tables,
    person_rollups,
)
from custom_components.encore.history.store.deletes import delete_plays
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.history.store.migrations import VERSION_KEY, migrate
from custom_components.encore.history.store.rollups import after_delete, fold
from custom_components.encore.history.store.schema import (
    accounts,
    artists,
    devices,
    items,
    meta,
    plays,
)
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import assert_rollups_exact, migrated_engine

TOTALS = (*person_rollups.TABLES, person_rollups.person_day_totals)
ADA, BOB, MIA = "person.ada", "person.bob", "person.mia"
OWNERS = {"ada_id": (ADA,), "bob_id": (BOB,)}
SONOS = "sonos:HH"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
ASKED = NOW + timedelta(hours=1)
PATTERN = [
    Attribution((ADA,), Certainty.LIKELY, Rule.HOME),
    Attribution((ADA, BOB), Certainty.LIKELY, Rule.ROOM),
    Attribution((MIA,), Certainty.CERTAIN, Rule.OWNER),
    Attribution((), Certainty.HOUSEHOLD, Rule.NOBODY),
    Attribution((BOB,), Certainty.CERTAIN, Rule.STARTED_BY),
]


@dataclass
class Loaded:
    engine: Engine
    state: WriterState


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Loaded]:
    """An empty migrated database of each kind."""
    with migrated_engine(request, sqlite_url(tmp_path / "history.db")) as engine:
        yield Loaded(engine, WriterState(engine.dialect.name))


def _records() -> list[PlayRecord]:
    records = []
    for index in range(150):
        account = ("ada_id", "bob_id", SONOS)[index % 3]
        ended = NOW - timedelta(hours=7 * index)
        records.append(
            PlayRecord(
                account=account,
                source=Source.SONOS if account == SONOS else Source.SPOTIFY_PLAYER,
                ended_at=to_ms(ended),
                ms_played=20_000 if index % 11 == 0 else 180_000 + index,
                kind=PlayKind.TRACK,
                title=f"Song {index % 13}",
                artist=f"Artist {index % 7}",
                album=f"Album {index % 5}",
                device=("Kitchen", "Kids Room")[index % 2],
                started_at=to_ms(ended) - 180_000,
            )
        )
    return records


def _insert(conn: Connection, state: WriterState) -> int:
    """Store the plays one account at a time (as imports and collectors do)."""
    records = _records()
    return sum(
        state.insert_records(conn, [r for r in records if r.account == key]).inserted
        for key in (*OWNERS, SONOS)
    )


def _load(loaded: Loaded) -> None:
    """Store the plays, then what the rules decided for the speakers' ones."""
    with loaded.engine.begin() as conn:
        _insert(conn, loaded.state)
        sonos = [
            int(play_id)
            for play_id in conn.execute(
                select(plays.c.id)
                .join(accounts, accounts.c.id == plays.c.account_id)
                .where(accounts.c.key == SONOS)
                .order_by(plays.c.id)
            ).scalars()
        ]
        attribution.record_decided(
            conn,
            [(play_id, PATTERN[n % len(PATTERN)]) for n, play_id in enumerate(sonos)],
        )
        fold(conn, conn.dialect.name)


@dataclass(frozen=True)
class Row:
    play_id: int
    ended: int
    ms: int
    artist: str
    title: str
    album: int
    owners: tuple[str, ...]
    certainty: Certainty


def _rows(conn: Connection) -> list[Row]:
    """Every play with whose it is, read plainly."""
    stored = attribution.attributions_of(
        conn, [int(i) for i in conn.execute(select(plays.c.id)).scalars()]
    )
    rows = []
    for play_id, ended, ms, artist, title, album, key in conn.execute(
        select(
            plays.c.id,
            plays.c.ended_at,
            plays.c.ms_played,
            artists.c.name,
            items.c.title,
            plays.c.album_key,
            accounts.c.key,
        )
        .join(artists, artists.c.id == plays.c.artist_id)
        .join(items, items.c.id == plays.c.item_id)
        .join(accounts, accounts.c.id == plays.c.account_id)
    ).tuples():
        found = stored.get(int(play_id))
        if found is None:  # a Spotify account's: its person's, certain
            owners, certainty = OWNERS[key], Certainty.CERTAIN
        else:
            owners, certainty = found.persons, found.certainty
        rows.append(Row(play_id, ended, ms, artist, title, album, owners, certainty))
    return rows


def _scope(person: str, most: Certainty) -> Scope:
    own = tuple(key for key, owners in OWNERS.items() if person in owners)
    return Scope(accounts=own, person=person, most=most)


def _check(conn: Connection, person: str, most: Certainty, name: PeriodName) -> None:
    _check_in(conn, person, most, resolve_period(name, now=ASKED, time_zone=UTC))


def _check_in(conn: Connection, person: str, most: Certainty, period: Period) -> None:
    low = period.start_ms if period.start_ms is not None else -(2**62)
    mine = [
        row
        for row in _rows(conn)
        if person in row.owners
        and row.certainty <= most
        and low <= row.ended < period.end_ms
    ]
    counted = [row for row in mine if row.ms >= 30_000]
    scope = _scope(person, most)
    found = totals(conn, scope, period)
    assert (found.streams, found.plays, found.ms_played) == (
        len(mine),
        len(counted),
        sum(row.ms for row in counted),
    )
    assert found.artists == len({row.artist for row in counted})
    by_artist = Counter(row.artist for row in counted)
    ranking = top_items(conn, scope, period, TopKind.ARTIST, limit=50)
    assert {entry.name: entry.plays for entry in ranking} == dict(by_artist)
    # All time, the rankings read the person's totals (`store.person_rollups`).
    by_track = Counter((row.title, row.artist) for row in counted)
    tracks = top_items(conn, scope, period, TopKind.TRACK, limit=200)
    assert {(e.name, e.artist): e.plays for e in tracks} == dict(by_track)
    by_album = Counter(row.album for row in counted)
    albums = top_items(conn, scope, period, TopKind.ALBUM, limit=200)
    assert sorted(e.plays for e in albums) == sorted(by_album.values())
    summed = recap(conn, scope, period.start, period.end, UTC, compare=False)
    if counted:
        assert summed.music is not None
        assert summed.music.plays == len(counted)
        top = summed.music.top_artists
        assert all(entry.plays == by_artist[entry.name] for entry in top)
        assert [entry.plays for entry in top] == sorted(
            by_artist.values(), reverse=True
        )[: len(top)]


def _assert_person_totals_exact(conn: Connection) -> None:
    """The persons' totals equal those counted again from the folded plays."""
    with conn.begin_nested() as trial:
        kept = {t.name: sorted(conn.execute(select(t)).tuples()) for t in TOTALS}
        person_rollups.rebuild(conn)
        again = {t.name: sorted(conn.execute(select(t)).tuples()) for t in TOTALS}
        trial.rollback()
    assert kept == again
    assert kept["person_item_totals"]


def _everyone(conn: Connection) -> tuple[int, int, int]:
    found = totals(
        conn, Scope(), resolve_period(PeriodName.ALL_TIME, now=ASKED, time_zone=UTC)
    )
    return found.streams, found.plays, found.ms_played


def test_each_persons_answers_match_a_recount(database: Loaded) -> None:
    """Rules, shares, corrections and undo: every answer follows whose a play is."""
    _load(database)
    counted = [r.ms_played for r in _records() if r.ms_played >= 30_000]
    before = (150, len(counted), sum(counted))
    with database.engine.connect() as conn:
        # The household counts each play once, shared or not.
        assert _everyone(conn) == before
        for person in (ADA, BOB, MIA):
            for most in (Certainty.CERTAIN, Certainty.LIKELY):
                for name in (PeriodName.ALL_TIME, PeriodName.LAST_MONTH):
                    _check(conn, person, most, name)
    # Ada's account played three songs Bob listened to; a Sonos session was Mia's.
    with database.engine.begin() as conn:
        adas = [
            int(i)
            for i in conn.execute(
                select(plays.c.id)
                .join(accounts, accounts.c.id == plays.c.account_id)
                .where(accounts.c.key == "ada_id")
                .order_by(plays.c.id)
                .limit(3)
            ).scalars()
        ]
        assert attribution.correct(conn, adas, [BOB]) == 3
        # One more was heard by both: still Ada's, and Bob's too.
        shared = int(
            conn.execute(
                select(plays.c.id)
                .join(accounts, accounts.c.id == plays.c.account_id)
                .where(accounts.c.key == "ada_id", plays.c.id.not_in(adas))
                .order_by(plays.c.id)
                .limit(1)
            ).scalar_one()
        )
        assert attribution.correct(conn, [shared], [ADA, BOB]) == 1
        kitchen = conn.execute(
            select(plays.c.id)
            .join(accounts, accounts.c.id == plays.c.account_id)
            .join(devices, devices.c.id == plays.c.device_id)
            .where(accounts.c.key == SONOS, devices.c.name == "Kitchen")
            .order_by(plays.c.ended_at.desc())
            .limit(1)
        ).scalar_one()
        session = attribution.session_of(conn, int(kitchen), gap_ms=48 * 3_600_000)
        assert len(session) > 1
        attribution.correct(conn, session, [MIA])
    with database.engine.connect() as conn:
        # The correction moved the persons' totals at once, as a recount has them.
        assert_rollups_exact(conn)
        corrected = attribution.attributions_of(conn, [*adas, shared, *session])
        assert {a.rule for a in corrected.values()} == {Rule.CORRECTION}
        assert {a.certainty for a in corrected.values()} == {Certainty.CERTAIN}
        assert _everyone(conn) == before
        for person in (ADA, BOB, MIA):
            for most in (Certainty.CERTAIN, Certainty.LIKELY):
                _check(conn, person, most, PeriodName.ALL_TIME)
    # Undo: Ada's plays are her account's again, the session what the rules said.
    with database.engine.begin() as conn:
        assert attribution.undo(conn, [*adas, shared, *session]) == 4 + len(session)
    with database.engine.connect() as conn:
        assert_rollups_exact(conn)
        assert attribution.attributions_of(conn, adas) == {}
        restored = attribution.attributions_of(conn, session)
        assert Rule.CORRECTION not in {a.rule for a in restored.values()}
        for person in (ADA, BOB, MIA):
            _check(conn, person, Certainty.LIKELY, PeriodName.ALL_TIME)
    # The speakers' older plays go (retention): out of the persons' totals too.
    with database.engine.begin() as conn:
        cut = to_ms(NOW - timedelta(days=20))
        assert delete_plays(conn, database.state, SONOS, cut) > 0
    with database.engine.connect() as conn:
        # (Item lengths outlive plays: the persons' totals are compared alone.)
        _assert_person_totals_exact(conn)
        for person in (ADA, BOB, MIA):
            _check(conn, person, Certainty.LIKELY, PeriodName.ALL_TIME)


def _periods() -> list[Period]:
    """Periods of whole days (UTC, `person_day_totals`') and of parts of days."""
    berlin = ZoneInfo("Europe/Berlin")
    return [
        resolve_period(PeriodName.LAST_MONTH, now=ASKED, time_zone=UTC),
        resolve_period(PeriodName.LAST_MONTH, now=ASKED, time_zone=berlin),
        resolve_period(PeriodName.LAST_DAYS, now=ASKED, time_zone=UTC, days=365),
        resolve_period(PeriodName.LAST_DAYS, now=ASKED, time_zone=berlin, days=12),
        resolve_period(
            PeriodName.CUSTOM,
            now=ASKED,
            time_zone=UTC,
            start=NOW - timedelta(days=1, hours=3),
            end=NOW - timedelta(hours=5),
        ),
        resolve_period(
            PeriodName.CUSTOM,
            now=ASKED,
            time_zone=UTC,
            start=NOW - timedelta(hours=20),
            end=NOW - timedelta(hours=2),
        ),
    ]


def _check_periods(conn: Connection) -> None:
    for person in (ADA, BOB, MIA):
        for most in (Certainty.CERTAIN, Certainty.LIKELY):
            for period in _periods():
                _check_in(conn, person, most, period)


def test_a_persons_period_follows_corrections_and_the_tail(database: Loaded) -> None:
    """Rankings of periods (per-day totals, edges, tail) against a recount.

    Corrected, shared, undone, with plays not yet folded, after deletes.
    """
    _load(database)
    with database.engine.connect() as conn:
        _assert_person_totals_exact(conn)
        _check_periods(conn)
    with database.engine.begin() as conn:
        adas = _adas_oldest(conn, 40)[-4:]
        attribution.correct(conn, adas[:3], [BOB])
        attribution.correct(conn, adas[3:], [ADA, BOB])
        sonos = [
            int(i)
            for i in conn.execute(
                select(plays.c.id)
                .join(accounts, accounts.c.id == plays.c.account_id)
                .where(accounts.c.key == SONOS)
                .order_by(plays.c.ended_at.desc())
                .limit(6)
            ).scalars()
        ]
        attribution.correct(conn, sonos[:3], [MIA])
        attribution.correct(conn, sonos[3:], [ADA])
    with database.engine.connect() as conn:
        _assert_person_totals_exact(conn)
        _check_periods(conn)
    # New speaker plays, attributed, not folded: the tail's, read from the plays.
    with database.engine.begin() as conn:
        fresh = [
            PlayRecord(
                account=SONOS,
                source=Source.SONOS,
                ended_at=to_ms(NOW - timedelta(hours=3 + 5 * index)),
                ms_played=(20_000, 200_000)[index % 2],
                kind=PlayKind.TRACK,
                title=f"Song {index % 13}",
                artist=f"Artist {index % 7}",
                album="Album 1",
                device="Kitchen",
                started_at=to_ms(NOW - timedelta(hours=3 + 5 * index)) - 180_000,
            )
            for index in range(12)
        ]
        result = database.state.insert_records(conn, fresh)
        assert result.inserted == 12
        new_ids = [
            int(i)
            for i in conn.execute(
                select(plays.c.id).order_by(plays.c.id.desc()).limit(12)
            ).scalars()
        ]
        attribution.record_decided(
            conn,
            [(play_id, PATTERN[n % len(PATTERN)]) for n, play_id in enumerate(new_ids)],
        )
        attribution.correct(conn, new_ids[:2], [MIA])
    with database.engine.connect() as conn:
        _check_periods(conn)
    with database.engine.begin() as conn:
        assert attribution.undo(conn, [*adas, *sonos[:3]]) == 7
        fold(conn, conn.dialect.name)
        cut = to_ms(NOW - timedelta(days=20))
        assert delete_plays(conn, database.state, SONOS, cut) > 0
    with database.engine.connect() as conn:
        _assert_person_totals_exact(conn)
        _check_periods(conn)


def test_a_correction_survives_a_reimport_and_deleted_plays_forget(
    database: Loaded,
) -> None:
    """The same plays again are duplicates: the correction stays; a purge drops rows."""
    _load(database)
    with database.engine.begin() as conn:
        first = int(
            conn.execute(select(plays.c.id).order_by(plays.c.id)).scalars().first() or 0
        )
        attribution.correct(conn, [first], [MIA])
    with database.engine.begin() as conn:
        assert _insert(conn, database.state) == 0
    with database.engine.connect() as conn:
        assert attribution.attributions_of(conn, [first])[first].persons == (MIA,)
        _check(conn, MIA, Certainty.CERTAIN, PeriodName.ALL_TIME)


def test_version_11_marks_what_plays_are_today(engine: Engine) -> None:
    """Accounts' plays stay their persons' (no row); speakers' are the household's."""
    with engine.begin() as conn:
        migrate(conn, 10)
        _insert(conn, WriterState(conn.dialect.name))
        for table in reversed(attribution_tables.TABLES):
            table.drop(conn)
        # Older steps delete plays (after_delete) before version 11 made the tables.
        after_delete(conn)
    with engine.begin() as conn:
        assert migrate(conn) == 10
    with engine.connect() as conn:
        rows = _rows(conn)
        assert len(rows) == 150
        speakers = [row for row in rows if row.certainty is Certainty.HOUSEHOLD]
        assert len(speakers) == 50
        assert all(row.owners == () for row in speakers)
        marked = attribution.attributions_of(conn, [row.play_id for row in rows])
        assert {a.rule for a in marked.values()} == {Rule.BEFORE}
        assert len(marked) == 50
        # Nobody's answers changed: Ada's are her account's, certain or likely.
        for most in (Certainty.CERTAIN, Certainty.LIKELY):
            _check(conn, ADA, most, PeriodName.ALL_TIME)


def test_version_13_counts_each_persons_totals(database: Loaded) -> None:
    """A history of version 12 with attributed plays: the migration sums them."""
    _load(database)
    with database.engine.begin() as conn:
        for table in person_rollups.TABLES:
            table.drop(conn)
        conn.execute(meta.update().where(meta.c.key == VERSION_KEY).values(value="12"))
    with database.engine.begin() as conn:
        assert migrate(conn) == 12
    with database.engine.connect() as conn:
        _assert_person_totals_exact(conn)
        for person in (ADA, BOB, MIA):
            _check(conn, person, Certainty.LIKELY, PeriodName.ALL_TIME)


PEOPLE = {"ada_id": "Ada", "bob_id": "Bob"}
"""The household recap's people: account -> person (Mia has no account)."""
PERSONS = {"Ada": ADA, "Bob": BOB, "Mia": MIA}
NAMES = {ADA: "Ada", BOB: "Bob", MIA: "Mia"}


def _check_household(conn: Connection, most: Certainty, name: PeriodName) -> None:
    """The household recap's per-person part against a recount of whose plays are."""
    period = resolve_period(name, now=ASKED, time_zone=UTC)
    low = period.start_ms if period.start_ms is not None else -(2**62)
    counted = [
        row
        for row in _rows(conn)
        if low <= row.ended < period.end_ms and row.ms >= 30_000
    ]
    summed = recap(
        conn,
        Scope(),
        period.start,
        period.end,
        UTC,
        people=PEOPLE,
        persons=PERSONS,
        most=most,
        compare=False,
    )
    # The household's figures count each play once, shared or nobody's.
    assert summed.music is not None
    assert summed.music.plays == len(counted)
    assert summed.music.ms_played == sum(row.ms for row in counted)
    per = {
        NAMES[person]: [
            row for row in counted if person in row.owners and row.certainty <= most
        ]
        for person in (ADA, BOB, MIA)
    }
    per = {person: rows for person, rows in per.items() if rows}
    household = summed.household
    assert household is not None
    got = {listener.person: listener for listener in household.listeners}
    assert set(got) == set(per)
    for person, rows in per.items():
        listener = got[person]
        assert listener.plays == len(rows)
        assert listener.minutes == (sum(row.ms for row in rows) + 30_000) // 60_000
        by_artist = Counter(row.artist for row in rows)
        assert listener.number_one_artist is not None
        assert listener.number_one_artist.plays == max(by_artist.values())
        assert by_artist[listener.number_one_artist.name] == max(by_artist.values())
    assert [listener.minutes for listener in household.listeners] == sorted(
        (listener.minutes for listener in household.listeners), reverse=True
    )
    # Common ground: the artists several people played, with whom and how often.
    who: dict[str, set[str]] = {}
    together: Counter[str] = Counter()
    for person, rows in per.items():
        for row in rows:
            who.setdefault(row.artist, set()).add(person)
            together[row.artist] += 1
    for shared in household.common_artists:
        assert shared.people == sorted(who[shared.entry.name])
        assert len(shared.people) > 1
        assert shared.entry.plays == together[shared.entry.name]
    assert len(household.common_artists) == min(
        5, sum(1 for people in who.values() if len(people) > 1)
    )


def test_the_household_recap_counts_each_persons_attributed_plays(
    database: Loaded,
) -> None:
    """Each person's part is their plays by attribution, shared ones in each part.

    Three persons (Mia without any Spotify account), plays on a shared
    speaker attributed by the rules, shared by two, certain and likely,
    then corrected: each part matches a recount, the household's figures
    count each play once.
    """
    _load(database)
    with database.engine.connect() as conn:
        for most in (Certainty.CERTAIN, Certainty.LIKELY):
            for name in (PeriodName.ALL_TIME, PeriodName.LAST_MONTH):
                _check_household(conn, most, name)
        # Without the persons, the part is the accounts' (as before issue 46).
        period = resolve_period(PeriodName.ALL_TIME, now=ASKED, time_zone=UTC)
        alone = recap(conn, Scope(), period.start, period.end, UTC, people=PEOPLE)
        assert alone.household is not None
        assert [lst.person for lst in alone.household.listeners] != []
        assert "Mia" not in {lst.person for lst in alone.household.listeners}
    with database.engine.begin() as conn:
        adas = [
            int(i)
            for i in conn.execute(
                select(plays.c.id)
                .join(accounts, accounts.c.id == plays.c.account_id)
                .where(accounts.c.key == "ada_id")
                .order_by(plays.c.id)
                .limit(4)
            ).scalars()
        ]
        # Three of Ada's plays were Mia's, one Ada's and Bob's together.
        attribution.correct(conn, adas[:3], [MIA])
        attribution.correct(conn, adas[3:], [ADA, BOB])
        speakers = [
            int(i)
            for i in conn.execute(
                select(plays.c.id)
                .join(accounts, accounts.c.id == plays.c.account_id)
                .where(accounts.c.key == SONOS)
                .order_by(plays.c.id)
                .limit(5)
            ).scalars()
        ]
        # The speaker's first plays: nobody's after all, then all three's.
        attribution.correct(conn, speakers[:2], [])
        attribution.correct(conn, speakers[2:], [ADA, BOB, MIA])
    with database.engine.connect() as conn:
        for most in (Certainty.CERTAIN, Certainty.LIKELY):
            for name in (PeriodName.ALL_TIME, PeriodName.LAST_MONTH):
                _check_household(conn, most, name)


def _parked(conn: Connection) -> list[tuple[int, int, int]]:
    """(parked id, account, end) of the corrections waiting for their plays."""
    table = attribution_tables.parked_corrections
    return sorted(
        (int(a), int(b), int(c))
        for a, b, c in conn.execute(
            select(table.c.play_id, table.c.account_id, table.c.ended_at)
        ).tuples()
    )


def _adas_oldest(conn: Connection, count: int) -> list[int]:
    return [
        int(i)
        for i in conn.execute(
            select(plays.c.id)
            .join(accounts, accounts.c.id == plays.c.account_id)
            .where(accounts.c.key == "ada_id")
            .order_by(plays.c.ended_at)
            .limit(count)
        ).scalars()
    ]


def test_parked_corrections_are_found_by_their_stream(
    database: Loaded, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deleted corrected play parks its correction with its account and end.

    Only a batch of that account around that time reads it; the same plays
    imported again take it back; one whose play never comes back goes after
    `KEEP_PARKED_MS`.
    """
    _load(database)
    with database.engine.begin() as conn:
        old = _adas_oldest(conn, 2)
        streams = {
            int(i): (int(a), int(e))
            for i, a, e in conn.execute(
                select(plays.c.id, plays.c.account_id, plays.c.ended_at).where(
                    plays.c.id.in_(old)
                )
            ).tuples()
        }
        attribution.correct(conn, old, [MIA])
        cut = max(ended for _account, ended in streams.values()) + 1
        assert delete_plays(conn, database.state, "ada_id", cut) == 2
        assert _parked(conn) == sorted(
            (-play_id, account, ended) for play_id, (account, ended) in streams.items()
        )
        # A batch of another account, or of other times, reads none of them.
        top = int(conn.execute(select(func.max(plays.c.id))).scalar_one())
        assert attribution._parked_near(conn, top - 5, top) == []
    # The same plays again: the rows that replace them take the corrections.
    with database.engine.begin() as conn:
        assert _insert(conn, database.state) == 2
        assert _parked(conn) == []
        back = _adas_oldest(conn, 2)
        assert set(back).isdisjoint(old)
        found = attribution.attributions_of(conn, back)
        assert {a.persons for a in found.values()} == {(MIA,)}
        assert {a.rule for a in found.values()} == {Rule.CORRECTION}
    with database.engine.connect() as conn:
        _check(conn, MIA, Certainty.CERTAIN, PeriodName.ALL_TIME)
        _check(conn, ADA, Certainty.LIKELY, PeriodName.ALL_TIME)
    # Gone for good: still parked a while, then dropped at the next parking.
    with database.engine.begin() as conn:
        first = _adas_oldest(conn, 1)
        attribution.correct(conn, first, [BOB])
        ended = int(
            conn.execute(
                select(plays.c.ended_at).where(plays.c.id == first[0])
            ).scalar_one()
        )
        delete_plays(conn, database.state, "ada_id", ended + 1)
        assert [row[0] for row in _parked(conn)] == [-first[0]]
    later = attribution.now_ms() + attribution.KEEP_PARKED_MS + 1
    monkeypatch.setattr(attribution, "now_ms", lambda: later)
    with database.engine.begin() as conn:
        delete_plays(conn, database.state, SONOS, to_ms(NOW - timedelta(days=30)))
        assert _parked(conn) == []
        assert (
            conn.execute(
                select(func.count()).where(
                    attribution_tables.play_attributions.c.play_id < 0
                )
            ).scalar_one()
            == 0
        )
        assert (
            conn.execute(
                select(func.count()).where(
                    attribution_tables.play_listeners.c.play_id < 0
                )
            ).scalar_one()
            == 0
        )


def test_version_14_notes_the_parked_corrections_streams(database: Loaded) -> None:
    """Corrections parked before version 14 are found by their stream after it."""
    _load(database)
    with database.engine.begin() as conn:
        old = _adas_oldest(conn, 1)
        attribution.correct(conn, old, [MIA])
        ended = int(
            conn.execute(
                select(plays.c.ended_at).where(plays.c.id == old[0])
            ).scalar_one()
        )
        delete_plays(conn, database.state, "ada_id", ended + 1)
        parked = _parked(conn)
        assert [row[0] for row in parked] == [-old[0]]
        # As version 13 left it: the rows parked, no table of their streams.
        attribution_tables.parked_corrections.drop(conn)
        conn.execute(meta.update().where(meta.c.key == VERSION_KEY).values(value="13"))
    with database.engine.begin() as conn:
        assert migrate(conn) == 13
        assert _parked(conn) == parked
    with database.engine.begin() as conn:
        assert _insert(conn, database.state) == 1
        assert _parked(conn) == []
        (back,) = _adas_oldest(conn, 1)
        assert attribution.attributions_of(conn, [back])[back].persons == (MIA,)


def test_version_15_counts_each_persons_days(database: Loaded) -> None:
    """A history of version 14 with attributed plays: the migration sums its days."""
    _load(database)
    with database.engine.begin() as conn:
        attribution.correct(conn, _adas_oldest(conn, 2), [MIA])
        person_rollups.person_day_totals.drop(conn)
        conn.execute(meta.update().where(meta.c.key == VERSION_KEY).values(value="14"))
    with database.engine.begin() as conn:
        assert migrate(conn) == 14
    with database.engine.connect() as conn:
        _assert_person_totals_exact(conn)
        assert conn.execute(select(func.count()).select_from(TOTALS[2])).scalar_one()
        _check_periods(conn)
