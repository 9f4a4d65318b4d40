"""The media source's recipes, and search's play counts, against a recount.

Three years of two accounts' plays (seeded, with skips), written through the
writer on SQLite and a real PostgreSQL server (the `engine` fixture); each
recipe's songs and counts are computed again from the records themselves.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import random

import pytest
from sqlalchemy import Connection, Engine

from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import PeriodName, resolve_period
from custom_components.encore.history.queries import Scope, TopEntry
from custom_components.encore.history.queries.familiar import SearchHit, plays_of
from custom_components.encore.history.queries.recipes import (
    FORGOTTEN_AFTER_DAYS,
    FORGOTTEN_MIN_PLAYS,
    FORGOTTEN_QUIET_DAYS,
    ON_REPEAT_DAYS,
    discoveries,
    forgotten_favourites,
    on_repeat,
)
from custom_components.encore.history.store.migrations import migrate
from custom_components.encore.history.store.rollups import fold
from custom_components.encore.history.store.writes import WriterState

NOW = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)
THIRTY_S = 30_000
ACCOUNTS = ("ada", "bob")


@dataclass(frozen=True)
class Song:
    artist: str
    title: str

    @property
    def uri(self) -> str:
        return f"spotify:track:{(self.artist + self.title).encode().hex()[:22]:0>22}"

    @property
    def artist_uri(self) -> str:
        return f"spotify:artist:{self.artist.encode().hex()[:22]:0>22}"

    @property
    def album(self) -> str:
        return f"{self.artist} album"


# Artists 0-9 are old favourites, 10-14 appear only this month (discoveries),
# 15-19 play all along.
SONGS = [Song(f"Artist {a}", f"Song {a}.{t}") for a in range(20) for t in range(3)]


def _plays() -> list[PlayRecord]:
    rng = random.Random(20261120)  # noqa: S311 - a reproducible history
    records: list[PlayRecord] = []
    month_start = datetime(2026, 11, 1, tzinfo=UTC)
    for account in ACCOUNTS:
        moment = NOW - timedelta(days=3 * 365)
        while moment < NOW - timedelta(hours=1):
            age = (NOW - moment).days
            if age > FORGOTTEN_AFTER_DAYS:
                pool = SONGS[:30] + SONGS[45:]
            elif moment >= month_start:
                pool = SONGS[30:45] + SONGS[45:] + SONGS[:2]
            else:
                pool = SONGS[45:] + SONGS[:1]
            song = rng.choice(pool)
            ms = rng.choice((200_000, 180_000, 12_000, 29_999, 30_000))
            records.append(
                PlayRecord(
                    account=account,
                    source=Source.EXPORT_EXTENDED,
                    ended_at=to_ms(moment),
                    ms_played=ms,
                    kind=PlayKind.TRACK,
                    title=song.title,
                    artist=song.artist,
                    album=song.album,
                    item_uri=song.uri,
                    artist_uri=song.artist_uri,
                )
            )
            moment += timedelta(hours=rng.choice((3, 7, 11, 19)))
    return records


PLAYS = _plays()


@pytest.fixture
def db(engine: Engine) -> Engine:
    """The plays, stored by one writer as an import stores them."""
    with engine.begin() as conn:
        migrate(conn)
    state = WriterState(engine.dialect.name)
    for account in ACCOUNTS:
        with engine.begin() as conn:
            state.insert_records(conn, [p for p in PLAYS if p.account == account])
    return engine


def read[T](db: Engine, query: Callable[[Connection], T]) -> T:
    with db.connect() as conn:
        return query(conn)


def mine(account: str | None) -> list[PlayRecord]:
    return [p for p in PLAYS if account is None or p.account == account]


def counts(records: list[PlayRecord]) -> Counter[str]:
    return Counter(str(p.item_uri) for p in records if p.ms_played >= THIRTY_S)


def as_counts(entries: list[TopEntry]) -> dict[str, int]:
    return {str(entry.uri): entry.plays for entry in entries}


def assert_ranked(entries: list[TopEntry]) -> None:
    """Best first, with competition ranks on the plays."""
    assert [e.plays for e in entries] == sorted(
        (e.plays for e in entries), reverse=True
    )
    for position, entry in enumerate(entries, start=1):
        first = next(i for i, e in enumerate(entries, 1) if e.plays == entry.plays)
        assert entry.rank == first, (position, entry)


@pytest.mark.parametrize("account", [*ACCOUNTS, None])
def test_on_repeat_is_the_last_30_days_most_played(
    db: Engine, account: str | None
) -> None:
    scope = Scope(accounts=None if account is None else (account,))
    since = to_ms(NOW - timedelta(days=ON_REPEAT_DAYS))
    expected = counts([p for p in mine(account) if p.ended_at >= since])
    found = read(db, lambda c: on_repeat(c, scope, NOW, limit=500))
    assert as_counts(found) == dict(expected)
    assert_ranked(found)
    assert all(entry.name.startswith("Song ") and entry.artist for entry in found)


@pytest.mark.parametrize("account", [*ACCOUNTS, None])
def test_forgotten_favourites_were_loved_and_left(
    db: Engine, account: str | None
) -> None:
    scope = Scope(accounts=None if account is None else (account,))
    before = to_ms(NOW - timedelta(days=FORGOTTEN_AFTER_DAYS))
    quiet = to_ms(NOW - timedelta(days=FORGOTTEN_QUIET_DAYS))
    old = counts([p for p in mine(account) if p.ended_at < before])
    # Any stream at all, a skip included, in the quiet months rules a song out.
    recent = {str(p.item_uri) for p in mine(account) if p.ended_at >= quiet}
    expected = {
        uri: n
        for uri, n in old.items()
        if n >= FORGOTTEN_MIN_PLAYS and uri not in recent
    }
    assert expected, "the generated history has forgotten favourites"
    assert SONGS[0].uri not in expected  # still played every month
    found = read(db, lambda c: forgotten_favourites(c, scope, NOW, limit=500))
    assert as_counts(found) == expected
    assert_ranked(found)
    limited = read(db, lambda c: forgotten_favourites(c, scope, NOW, limit=3))
    assert [e.plays for e in limited] == [e.plays for e in found[:3]]


def test_forgotten_favourites_without_the_totals(db: Engine) -> None:
    """One source's plays (the totals hold every source's): ranked from the plays.

    The totals path and the plays path answer the same history alike: every
    play here is the export's, so both scopes give the same songs and counts.
    """
    everything = read(
        db, lambda c: forgotten_favourites(c, Scope(accounts=("ada",)), NOW, limit=500)
    )
    from_plays = read(
        db,
        lambda c: forgotten_favourites(
            c,
            Scope(accounts=("ada",), source=Source.EXPORT_EXTENDED),
            NOW,
            limit=500,
        ),
    )
    assert everything, "the generated history has forgotten favourites"
    assert as_counts(from_plays) == as_counts(everything)
    assert_ranked(from_plays)
    # Seen by another source only: nothing of the export's is left.
    assert (
        read(
            db,
            lambda c: forgotten_favourites(
                c, Scope(accounts=("ada",), source=Source.SPOTIFY_PLAYER), NOW
            ),
        )
        == []
    )


@pytest.mark.parametrize("account", [*ACCOUNTS, None])
def test_discoveries_are_songs_of_artists_first_heard_this_month(
    db: Engine, account: str | None
) -> None:
    scope = Scope(accounts=None if account is None else (account,))
    month = resolve_period(PeriodName.THIS_MONTH, now=NOW, time_zone=UTC)
    start, end = to_ms(month.start) if month.start else 0, month.end_ms
    first: dict[str, int] = {}
    for play in mine(account):
        if play.ms_played >= THIRTY_S and play.artist:
            first[play.artist] = min(
                first.get(play.artist, play.ended_at), play.ended_at
            )
    new = {artist for artist, at in first.items() if start <= at < end}
    assert new == {f"Artist {a}" for a in range(10, 15)}
    expected = counts(
        [p for p in mine(account) if start <= p.ended_at < end and p.artist in new]
    )
    found = read(db, lambda c: discoveries(c, scope, month, limit=500))
    assert as_counts(found) == dict(expected)
    assert_ranked(found)


def test_nobody_and_nothing(db: Engine) -> None:
    nobody = Scope(accounts=("nobody",))
    month = resolve_period(PeriodName.THIS_MONTH, now=NOW, time_zone=UTC)
    assert read(db, lambda c: on_repeat(c, nobody, NOW)) == []
    assert read(db, lambda c: forgotten_favourites(c, nobody, NOW)) == []
    assert read(db, lambda c: discoveries(c, nobody, month)) == []
    everyone = Scope()
    assert read(db, lambda c: forgotten_favourites(c, everyone, NOW, limit=0)) == []
    all_time = resolve_period(PeriodName.ALL_TIME, now=NOW, time_zone=UTC)
    # "First heard" needs a period that starts somewhere.
    assert read(db, lambda c: discoveries(c, everyone, all_time)) == []


@pytest.mark.parametrize("folded", [False, True])
@pytest.mark.parametrize("account", [*ACCOUNTS, None])
def test_plays_of_what_a_search_found(
    db: Engine, account: str | None, folded: bool
) -> None:
    """Tracks, artists and albums by URI, all time, in the tail or the totals."""
    scope = Scope(accounts=None if account is None else (account,))
    records = [p for p in mine(account) if p.ms_played >= THIRTY_S]
    by_song = {song.uri: song for song in SONGS}
    expected: Counter[str] = Counter()
    for play in records:
        song = by_song[str(play.item_uri)]
        expected.update((song.uri, song.artist_uri, f"spotify:album:{song.artist}"))
    found = [
        *(SearchHit(song.uri) for song in SONGS[::7]),
        # Artists as an export knows them: by name (the history has no URI).
        *(SearchHit(song.artist_uri, song.artist.upper()) for song in SONGS[::9]),
        *(
            SearchHit(f"spotify:album:{s.artist}", s.album, s.artist, s.artist_uri)
            for s in SONGS[::11]
        ),
        SearchHit("spotify:track:neverplayed00000000000"),
        SearchHit("spotify:artist:neverplayed0000000000", "Nobody"),
        SearchHit(
            "spotify:album:unknown", "Unknown album", "Nobody", "spotify:artist:x"
        ),
    ]
    want = {f.uri: expected[f.uri] for f in found if expected[f.uri]}
    assert len(want) >= 10

    def answer(conn: Connection) -> dict[str, int]:
        if not folded:
            return plays_of(conn, scope, found)
        with conn.begin():
            assert fold(conn, db.dialect.name) > 0
            counted = plays_of(conn, scope, found)
            conn.rollback()
        return counted

    assert read(db, answer) == want
    assert read(db, lambda c: plays_of(c, Scope(accounts=("nobody",)), found)) == {}
