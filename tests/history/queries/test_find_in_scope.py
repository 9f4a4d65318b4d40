"""Names are found among what the asker's accounts played, not anybody's."""

import pytest
from sqlalchemy import Engine

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import PeriodName
from custom_components.encore.history.queries import (
    Scope,
    TopKind,
    find,
    first_last,
    play_count,
    recent_plays,
)
from custom_components.encore.history.store.folding import folded_id
from custom_components.encore.history.store.migrations import migrate
from custom_components.encore.history.store.rollups import fold
from custom_components.encore.history.store.writes import WriterState
from tests.history.test_periods import BERLIN, at, period

ADA, BOB = "ada", "bob"
BASE = 1_767_225_600_000  # 2026-01-01T00:00Z


def _record(account: str, minute: int, artist: str, title: str) -> PlayRecord:
    return PlayRecord(
        account=account,
        source=Source.EXPORT_EXTENDED,
        ended_at=BASE + minute * 60_000,
        ms_played=200_000,
        kind=PlayKind.TRACK,
        title=title,
        artist=artist,
        album=f"{artist} album",
        item_uri=f"spotify:track:{artist[:4]}{title[:4]}".replace(" ", "x"),
    )


def _store(engine: Engine, *batches: list[PlayRecord], folded: bool) -> None:
    """A new history with these plays (one account per batch), folded or not."""
    state = WriterState(engine.dialect.name)
    with engine.begin() as conn:
        migrate(conn)
        for batch in batches:
            state.insert_records(conn, batch)
        if folded:
            fold(conn, engine.dialect.name)


@pytest.mark.parametrize("folded", [False, True], ids=["tail", "folded"])
def test_names_are_found_among_what_the_scope_played(
    engine: Engine, folded: bool
) -> None:
    """Bob's artists are not Ada's; where names compete, the scope's win.

    From the plays not yet in the all-time totals, and from the totals.
    """
    _store(
        engine,
        [
            _record(ADA, 1, "Air", "Sexy Boy"),
            _record(ADA, 5, "Air", "Kelly Watch the Stars"),
        ],
        [
            _record(BOB, 2, "Air Supply", "All Out of Love"),
            _record(BOB, 9, "Justice", "Genesis"),
        ],
        folded=folded,
    )
    ada, bob = Scope(accounts=(ADA,)), Scope(accounts=(BOB,))
    everything = period(PeriodName.ALL_TIME, at(BERLIN, 2026, 2, 1))
    with engine.connect() as conn:
        assert (folded_id(conn) == 4) is folded
        justice = find(conn, "justice", TopKind.ARTIST)
        assert justice is not None
        assert justice.name == "Justice"
        assert find(conn, "justice", TopKind.ARTIST, scope=bob) == justice
        # Only Bob played Justice: asked for Ada, there is nothing to find.
        assert find(conn, "justice", TopKind.ARTIST, scope=ada) is None
        assert find(conn, "genesis", TopKind.TRACK, scope=ada) is None
        count = play_count(conn, ada, everything, artist="justice")
        assert (count.match, count.plays) == (None, 0)
        assert first_last(conn, ada, artist="justice").match is None
        assert recent_plays(conn, ada, everything, artist="justice").match is None
        assert find(conn, "justice", TopKind.ARTIST, scope=Scope(accounts=())) is None

        # "Air" is an exact name for everyone; Bob never played that Air, and
        # for him the name starts "Air Supply", which he did play.
        air = find(conn, "air", TopKind.ARTIST)
        assert air is not None
        assert (air.name, air.score) == ("Air", 1.0)
        bobs_air = find(conn, "air", TopKind.ARTIST, scope=bob)
        assert bobs_air is not None
        assert bobs_air.name == "Air Supply"
        assert bobs_air.score < 1.0
        count = play_count(conn, bob, everything, artist="air")
        assert count.match == bobs_air
        assert count.plays == 1
        assert play_count(conn, ada, everything, artist="air").plays == 2


@pytest.mark.parametrize("folded", [False, True], ids=["tail", "folded"])
def test_equal_names_go_to_the_most_played_in_scope(
    engine: Engine, folded: bool
) -> None:
    """Two songs called "Intro": Ada's is X's, Bob's (and everybody's) Y's."""
    _store(
        engine,
        [
            _record(ADA, 1, "Xylo", "Intro"),
            _record(ADA, 5, "Xylo", "Intro"),
            _record(ADA, 9, "Ymir", "Intro"),
        ],
        [_record(BOB, 20 + minute, "Ymir", "Intro") for minute in range(5)],
        folded=folded,
    )
    ada, bob = Scope(accounts=(ADA,)), Scope(accounts=(BOB,))
    everything = period(PeriodName.ALL_TIME, at(BERLIN, 2026, 2, 1))
    with engine.connect() as conn:
        for scope, artist in (
            (ada, "Xylo"),
            (bob, "Ymir"),
            (None, "Ymir"),
            # A source narrows the plays, not whose names they are.
            (Scope(source=Source.SPOTIFY_PLAYER), "Ymir"),
        ):
            match = find(conn, "intro", TopKind.TRACK, scope=scope)
            assert match is not None
            assert (match.name, match.artist, match.score) == ("Intro", artist, 1.0)
        count = play_count(conn, ada, everything, track="intro")
        assert (count.match, count.plays) == (
            find(conn, "intro", TopKind.TRACK, scope=ada),
            2,
        )
