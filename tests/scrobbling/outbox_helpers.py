"""What the outbox's tests and their crash script share: a household's plays.

Plays are stored through the history's own writer (`record_observed`, as a
collector stores them) and said to be Ada's with a correction (certain), as
issue 46's attribution does for a speaker's plays.
"""

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from sqlalchemy import Connection, select

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.attribution import correct
from custom_components.encore.history.store.engine import HistoryStore
from custom_components.encore.history.store.schema import plays
from custom_components.encore.history.store.writes import WriterState

SONOS = "sonos:Sonos_household"
ADA = "person.ada"
TARGET = "lastfm:ada"
MINUTE_MS = 60_000


def track(
    index: int,
    ended_at: int,
    *,
    account: str = SONOS,
    ms_played: int = 4 * MINUTE_MS,
    kind: PlayKind = PlayKind.TRACK,
    source: Source = Source.SONOS,
) -> PlayRecord:
    """A play of song `index` (every song its own), ending at `ended_at` (ms)."""
    return PlayRecord(
        account=account,
        source=source,
        ended_at=ended_at,
        ms_played=ms_played,
        kind=kind,
        title=f"Song {index}",
        artist=f"Artist {index % 7}",
        album=f"Album {index % 3}",
        started_at=ended_at - ms_played,
    )


def record(
    conn: Connection,
    state: WriterState,
    records: list[PlayRecord],
    person: str | None,
    *,
    bulk: bool = False,
) -> list[int]:
    """Store plays as a collector does; say they are `person`'s. Return their ids.

    `bulk`: as an import stores them (one account's, many at once; merging
    each with its neighbours as a collector does takes a minute for 2,500).
    """
    if bulk:
        state.insert_records(conn, records)
        ends = [r.ended_at for r in records]
        ids = [
            int(i)
            for start in range(0, len(ends), 500)
            for i in conn.execute(
                select(plays.c.id).where(
                    plays.c.ended_at.in_(ends[start : start + 500])
                )
            ).scalars()
        ]
    else:
        result = state.record_observed(conn, records, 0)
        ids = [outcome[0] for outcome in result.outcomes if outcome is not None]
    if person is not None:
        correct(conn, ids, [person])
    return ids


def writer(store: HistoryStore) -> Callable[..., Any]:
    """`HistoryManager.async_write` for a bare store: the writer's future, awaited."""

    def write(fn: Callable[[Connection, WriterState], Any]) -> Any:
        future: Future[Any] = store.submit(fn)
        return asyncio.wrap_future(future)

    return write
