"""The time buckets' Last.fm sums stay exact as items' lengths grow.

Every way the writer changes plays (a batch, an observed play, a play
extended to its whole stream, a deletion) runs in random order on SQLite
and PostgreSQL,
with lengths picked around the rule's edges: half a length, 30 s, 4 minutes.
After each step the buckets are compared with the rule applied in Python to
the plays stored, each judged by the longest stream its item ever had.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from hypothesis import HealthCheck, event, given, settings, strategies as st
import pytest
from sqlalchemy import Connection, Engine, select

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.deletes import delete_plays
from custom_components.encore.history.store.folding import FOLDED_KEY
from custom_components.encore.history.store.schema import (
    HOUR_MS,
    QUARTER_MS,
    item_lengths,
    items,
    meta,
    metadata,
    plays,
    rollup_hours,
    rollup_quarters,
)
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import lastfm_cells, migrated_engine, of_kept_items

BASE = 1_700_000_000_000
WINDOW_MS = 30_000
# Lengths at and around the rule's edges, and some anywhere.
EDGES = (
    10_000,
    15_000,
    15_001,
    20_000,
    29_999,
    30_000,
    30_001,
    30_002,
    45_000,
    60_000,
    60_001,
    60_002,
    119_999,
    120_000,
    239_999,
    240_000,
    480_000,
    480_001,
)
lengths = st.one_of(st.sampled_from(EDGES), st.integers(1_000, 600_000))


@dataclass(frozen=True, slots=True)
class Batch:
    """Plays of an export, (track, ms) each, ending a few minutes apart."""

    plays: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Observed:
    """Plays collectors saw, in one call (each may merge into a stored one).

    Of different tracks: merges within the call would store a length no
    play keeps, which the reference here cannot see.
    """

    plays: tuple[tuple[int, int, Source], ...]


@dataclass(frozen=True, slots=True)
class Extend:
    """A stored play found to have lasted longer (`extend_play`)."""

    nth: int
    more_ms: int


@dataclass(frozen=True, slots=True)
class Delete:
    """The plays before the nth stored one's end go (retention, a purge)."""

    nth: int


steps = st.one_of(
    st.builds(
        Batch,
        st.lists(st.tuples(st.integers(0, 3), lengths), min_size=1, max_size=8).map(
            tuple
        ),
    ),
    st.builds(
        Observed,
        st.lists(
            st.tuples(
                st.integers(0, 3),
                lengths,
                st.sampled_from((Source.SPOTIFY_RECENT, Source.SPOTIFY_PLAYER)),
            ),
            min_size=1,
            max_size=3,
            unique_by=lambda play: play[0],
        ).map(tuple),
    ),
    st.builds(Extend, st.integers(0, 30), st.integers(1, 300_000)),
    st.builds(Delete, st.integers(0, 30)),
)


def _record(track: int, ms: int, ended: int, source: Source) -> PlayRecord:
    return PlayRecord(
        account="ada",
        source=source,
        ended_at=ended,
        ms_played=ms,
        kind=PlayKind.TRACK,
        title=f"Song {track}",
        artist="Artist",
        album="Album",
        item_uri=f"spotify:track:{track:022d}",
    )


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """One database of each kind; each example starts from empty tables."""
    with migrated_engine(request, "sqlite://") as made:
        yield made


def _empty(conn: Connection) -> None:
    for table in reversed(metadata.sorted_tables):
        if table is not meta:
            conn.execute(table.delete())
    conn.execute(meta.delete().where(meta.c.key == FOLDED_KEY))


def _expected(
    conn: Connection, longest: dict[int, int], width: int
) -> dict[tuple[int, int, int], tuple[int, int]]:
    """(bucket, account, sources) -> (plays, ms) the Last.fm rule counts."""
    cells: dict[tuple[int, int, int], list[int]] = defaultdict(lambda: [0, 0])
    rows = conn.execute(
        select(
            plays.c.ended_at,
            plays.c.account_id,
            plays.c.sources,
            plays.c.item_id,
            plays.c.ms_played,
        )
    ).tuples()
    for ended, account, sources, item_id, ms in rows:
        length = longest[item_id]
        if ms >= 240_000 or (length > 30_000 and 2 * ms >= length):
            cell = cells[(ended // width, account, sources)]
            cell[0] += 1
            cell[1] += ms
    return {key: (count, ms) for key, (count, ms) in cells.items()}


def _check(conn: Connection, longest: dict[int, int]) -> None:
    learnt = dict(
        conn.execute(select(item_lengths.c.item_id, item_lengths.c.longest_ms))
        .tuples()
        .all()
    )
    assert learnt == longest
    assert lastfm_cells(conn, rollup_hours, "hour") == _expected(conn, longest, HOUR_MS)
    assert lastfm_cells(conn, rollup_quarters, "quarter") == _expected(
        conn, longest, QUARTER_MS
    )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(script=st.lists(steps, min_size=1, max_size=12))
def test_lastfm_sums_follow_growing_lengths(
    engine: Engine, script: list[Batch | Observed | Extend | Delete]
) -> None:
    """Every step leaves the buckets as the rule over the plays stored."""
    state = WriterState(engine.dialect.name)
    with engine.begin() as conn:
        _empty(conn)
    longest: dict[int, int] = {}
    clock = BASE
    for step in script:
        with engine.begin() as conn:
            if isinstance(step, Batch):
                records = []
                for track, ms in step.plays:
                    # Minutes apart, now and then across an hour.
                    clock += 7 * 60_000
                    records.append(_record(track, ms, clock, Source.EXPORT_EXTENDED))
                state.insert_records(conn, records)
            elif isinstance(step, Observed):
                records = []
                for track, ms, source in step.plays:
                    clock += 4 * 60_000
                    records.append(_record(track, ms, clock, source))
                state.record_observed(conn, records, WINDOW_MS)
            else:
                stored = conn.execute(
                    select(
                        plays.c.id, plays.c.item_id, plays.c.ms_played, plays.c.ended_at
                    ).order_by(plays.c.id)
                ).all()
                if not stored:
                    event("nothing stored to change")
                    continue
                play_id, item_id, ms, ended = stored[step.nth % len(stored)]
                if isinstance(step, Extend):
                    track = int(
                        conn.execute(
                            select(items.c.key).where(items.c.id == item_id)
                        ).scalar_one()[len("spotify:track:") :]
                    )
                    state.extend_play(
                        conn,
                        play_id=play_id,
                        record=_record(
                            track,
                            ms + step.more_ms,
                            ended + step.more_ms,
                            Source.SPOTIFY_PLAYER,
                        ),
                        window_ms=WINDOW_MS,
                    )
                else:
                    delete_plays(conn, state, None, ended)
                    longest = of_kept_items(conn, longest)
            for item_id, ms in conn.execute(
                select(plays.c.item_id, plays.c.ms_played)
            ).tuples():
                if ms > longest.get(item_id, 0):
                    if item_id in longest:
                        event("a length grew")
                    longest[item_id] = ms
            _check(conn, longest)


def test_an_hour_is_whole_quarters() -> None:
    """New plays' hours are summed from their quarters (`rollups._add_to_buckets`).

    That holds while an hour is a whole number of quarters, each bucket the
    floor of the end over its width.
    """
    assert HOUR_MS % QUARTER_MS == 0
    for ended in (0, QUARTER_MS - 1, HOUR_MS - 1, HOUR_MS, BASE + 12_345_678):
        assert ended // QUARTER_MS // (HOUR_MS // QUARTER_MS) == ended // HOUR_MS
