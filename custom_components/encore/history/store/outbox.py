"""The scrobbles waiting to go out (history schema 12): a durable outbox.

A scrobbling target (one person's Last.fm or ListenBrainz account) has a
cursor over the plays: `fill` reads the plays stored since it last looked
(by id, which only grows), keeps those that go out (the person's, from the
sources they chose, tracks that count by Last.fm's rule, not scrobbles
imported from a service) and queues one row per play, moving the cursor in
the same transaction: a play is queued once, whatever crashes. A row is
`WAITING`, then `SENDING` (written before the call, so that after a crash
the sender knows a batch may have arrived and checks before sending it
again), then `SENT` or `FAILED` (the service refused it for good). Sent rows
are kept: when a correction says a play was someone else's (issue 46), they
tell which account holds it, to take it back where the service allows it
(`reconcile`).

The rows name only the play: a play deleted before it went out has no row
to join any more, so it is never sent (`take` drops such rows first).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    UniqueConstraint,
    and_,
    delete,
    exists,
    func,
    insert,
    literal,
    not_,
    select,
    update,
)

from ..models import AttributionRule, PlayKind, Source
from .attribution_tables import play_attributions
from .rollups import lastfm_condition
from .schema import artists, item_lengths, items, metadata, plays

# SQLite only makes a rowid alias of INTEGER (as `schema._Id`).
_BigId = BigInteger().with_variant(Integer(), "sqlite")

FILL_CHUNK: Final = 5_000
"""Plays read by one `fill` step: a long outage's backlog in short transactions."""
SCROBBLED_SOURCES: Final = (int(Source.LASTFM), int(Source.LISTENBRAINZ))
"""Plays known only from a scrobbling service: never sent back to one."""


class OutboxState(IntEnum):
    """Where a queued scrobble is; stored as a small integer."""

    WAITING = 0
    SENDING = 1
    """Handed to the service in a call whose answer was not (yet) read."""
    FAILED = 2
    """The service refused it for good (too old, filtered): kept to be seen."""
    SENT = 3
    """The service has it: kept to know where a play went, should it be corrected."""


scrobble_cursors = Table(
    "scrobble_cursors",
    metadata,
    # "lastfm:<user>" or "listenbrainz:<user>": the account plays go to.
    Column("target", String(255), primary_key=True),
    # The last play id looked at: plays after it are new to the target.
    Column("play_id", BigInteger, nullable=False),
    # When the person opted in (UTC ms): no play that started before goes.
    Column("since_ms", BigInteger, nullable=False),
)

scrobble_outbox = Table(
    "scrobble_outbox",
    metadata,
    Column("id", _BigId, primary_key=True, autoincrement=True),
    Column("target", String(255), nullable=False),
    Column("play_id", BigInteger, nullable=False),
    Column("state", SmallInteger, nullable=False),
    # Last.fm's ignored code, or the HTTP status, of a failed one.
    Column("error", Integer),
    UniqueConstraint("target", "play_id", name="uq_scrobble_outbox_play"),
)
Index("ix_scrobble_outbox_state", scrobble_outbox.c.target, scrobble_outbox.c.state)

TABLES: Final = (scrobble_cursors, scrobble_outbox)


@dataclass(frozen=True, slots=True)
class QueuedScrobble:
    """One queued play, with what a service needs to know of it."""

    row_id: int
    play_id: int
    started_at: int
    """UTC seconds of the play's start: the scrobble's stamp."""
    artist: str
    title: str
    album: str | None
    length_ms: int | None
    uri: str | None


def open_target(conn: Connection, target: str, since_ms: int) -> None:
    """Start a target's cursor at the newest play: only plays from now on go."""
    if conn.execute(
        select(scrobble_cursors.c.target).where(scrobble_cursors.c.target == target)
    ).first():
        return
    newest = conn.execute(select(func.coalesce(func.max(plays.c.id), 0))).scalar_one()
    conn.execute(
        insert(scrobble_cursors).values(
            target=target, play_id=int(newest), since_ms=since_ms
        )
    )


def forget_target(conn: Connection, target: str) -> None:
    """Drop a target's cursor and queue (its entry was removed)."""
    conn.execute(delete(scrobble_outbox).where(scrobble_outbox.c.target == target))
    conn.execute(delete(scrobble_cursors).where(scrobble_cursors.c.target == target))


def fill(
    conn: Connection,
    target: str,
    belongs: ColumnElement[bool],
    chunk: int = FILL_CHUNK,
) -> tuple[int, bool]:
    """Queue the target's plays among the next `chunk` new ones.

    `belongs` says which plays are the target's (the person's, from the
    sources they chose). Returns (queued, more to read).
    """
    cursor = conn.execute(
        select(scrobble_cursors.c.play_id, scrobble_cursors.c.since_ms).where(
            scrobble_cursors.c.target == target
        )
    ).first()
    if cursor is None:
        return 0, False
    after, since_ms = int(cursor[0]), int(cursor[1])
    ids = (
        select(plays.c.id).where(plays.c.id > after).order_by(plays.c.id).limit(chunk)
    ).subquery()
    read = conn.execute(select(func.max(ids.c.id), func.count())).first()
    if read is None or read[0] is None:
        return 0, False
    last, count = int(read[0]), int(read[1])
    chosen = _going(
        target,
        OutboxState.WAITING,
        plays.c.id > after,
        plays.c.id <= last,
        plays.c.started_at >= since_ms,
        belongs,
    )
    queued = conn.execute(
        insert(scrobble_outbox).from_select(["target", "play_id", "state"], chosen)
    ).rowcount
    conn.execute(
        update(scrobble_cursors)
        .where(scrobble_cursors.c.target == target)
        .values(play_id=last)
    )
    return max(0, queued or 0), count >= chunk


def _going(target: str, state: OutboxState, *where: ColumnElement[bool]) -> Any:
    """Select rows to queue: plays among `where` that go, not queued yet.

    Tracks that count by Last.fm's rule, not known only from a scrobble.
    """
    return (
        select(
            literal(target, String(255)),
            plays.c.id,
            literal(int(state), SmallInteger),
        )
        .select_from(
            plays.outerjoin(item_lengths, item_lengths.c.item_id == plays.c.item_id)
        )
        .where(
            *where,
            plays.c.kind == int(PlayKind.TRACK),
            plays.c.source.not_in(SCROBBLED_SOURCES),
            lastfm_condition(),
            ~exists().where(
                scrobble_outbox.c.target == target,
                scrobble_outbox.c.play_id == plays.c.id,
            ),
        )
    )


@dataclass(frozen=True, slots=True)
class Reconciled:
    """What a correction changed in a target's outbox."""

    left: int = 0
    """Rows not sent yet that left the queue: the plays are not the target's now."""
    joined: int = 0
    """Plays now the target's, queued (checked with the service before sending)."""
    retract: tuple[QueuedScrobble, ...] = ()
    """Sent, and no longer the target's: to take back where the service can."""


def reconcile(
    conn: Connection,
    target: str,
    belongs: ColumnElement[bool],
    play_ids: Sequence[int],
) -> Reconciled:
    """Follow a correction of whose `play_ids` are, in one target's outbox.

    A row not sent whose play is no longer the target's goes; a sent one is
    returned to be taken back. A play that is the target's now, and that the
    cursor passed without queueing, is queued `SENDING`: the sender asks the
    service whether it has it before anything goes (it may: a correction
    undone after its scrobble was kept), so nothing doubles. Read 500 plays
    at a time (a backlog's worth of ids stays within the databases' limits
    on bound parameters).
    """
    cursor = conn.execute(
        select(scrobble_cursors.c.play_id, scrobble_cursors.c.since_ms).where(
            scrobble_cursors.c.target == target
        )
    ).first()
    if cursor is None:
        return Reconciled()
    ids = sorted(set(play_ids))
    left = joined = 0
    retract: list[QueuedScrobble] = []
    for start in range(0, len(ids), 500):
        part = _reconcile_part(conn, target, belongs, ids[start : start + 500], cursor)
        left += part.left
        joined += part.joined
        retract.extend(part.retract)
    return Reconciled(left, joined, tuple(retract))


def _reconcile_part(
    conn: Connection,
    target: str,
    belongs: ColumnElement[bool],
    ids: list[int],
    cursor: Any,
) -> Reconciled:
    theirs = {
        int(i)
        for i in conn.execute(
            select(plays.c.id).where(plays.c.id.in_(ids), belongs)
        ).scalars()
    }
    rows = _read(
        conn,
        scrobble_outbox.c.target == target,
        scrobble_outbox.c.play_id.in_(ids),
    )
    states = {
        int(row_id): int(state)
        for row_id, state in conn.execute(
            select(scrobble_outbox.c.id, scrobble_outbox.c.state).where(
                scrobble_outbox.c.target == target,
                scrobble_outbox.c.play_id.in_(ids),
            )
        ).tuples()
    }
    taken, _, _ = _sorted_out(rows)
    gone = [q for q in taken if q.play_id not in theirs]
    retract = tuple(q for q in gone if states[q.row_id] == OutboxState.SENT)
    leaving = [q.row_id for q in gone if states[q.row_id] != OutboxState.SENT]
    drop(conn, leaving)
    joined = conn.execute(
        insert(scrobble_outbox).from_select(
            ["target", "play_id", "state"],
            _going(
                target,
                OutboxState.SENDING,
                plays.c.id.in_(sorted(theirs)),
                plays.c.id <= int(cursor[0]),
                plays.c.started_at >= int(cursor[1]),
            ),
        )
    ).rowcount
    return Reconciled(len(leaving), max(0, joined or 0), retract)


def prune(conn: Connection, target: str, belongs: ColumnElement[bool]) -> int:
    """Drop the target's rows not sent whose play is no longer the target's.

    The person or sources changed (options, a Spotify account linked to
    someone else): what waited and no longer goes stops waiting. One
    statement, however long the queue; rows being sent are left to settle.
    """
    gone = [
        int(i)
        for i in conn.execute(
            select(scrobble_outbox.c.id)
            .select_from(
                scrobble_outbox.join(plays, plays.c.id == scrobble_outbox.c.play_id)
            )
            .where(
                scrobble_outbox.c.target == target,
                scrobble_outbox.c.state.in_(
                    [int(OutboxState.WAITING), int(OutboxState.FAILED)]
                ),
                not_(belongs),
            )
        ).scalars()
    ]
    drop(conn, gone)
    return len(gone)


def corrected_plays(conn: Connection, target: str) -> set[int]:
    """Return the corrected plays since the target's opt-in (corrections are few).

    Read at each start, so a correction announced while no sender ran (a
    restart in between) is still followed (`reconcile`).
    """
    cursor = conn.execute(
        select(scrobble_cursors.c.since_ms).where(scrobble_cursors.c.target == target)
    ).scalar()
    if cursor is None:
        return set()
    return {
        int(i)
        for i in conn.execute(
            select(play_attributions.c.play_id)
            .join(plays, plays.c.id == play_attributions.c.play_id)
            .where(
                play_attributions.c.rule == int(AttributionRule.CORRECTION),
                plays.c.started_at >= int(cursor),
            )
        ).scalars()
    }


def sent_to(conn: Connection, play_ids: Sequence[int], prefix: str) -> list[str]:
    """Return the targets (by `prefix`: a service) some of `play_ids` were sent to."""
    return [
        str(target)
        for target in conn.execute(
            select(scrobble_outbox.c.target)
            .where(
                scrobble_outbox.c.play_id.in_(list(play_ids)),
                scrobble_outbox.c.state == int(OutboxState.SENT),
                scrobble_outbox.c.target.like(f"{prefix}%"),
            )
            .distinct()
            .order_by(scrobble_outbox.c.target)
        ).scalars()
    ]


def take(
    conn: Connection, target: str, limit: int, state: OutboxState = OutboxState.WAITING
) -> list[QueuedScrobble]:
    """Return up to `limit` of the target's rows in `state`, in the order queued.

    By row id (the plays' order of storing), which the index of a target's
    states holds; rows of deleted plays are found among those read (an
    outer join), not by a scan of the queue. Ordering by start sorted the
    whole queue and a scan looked for deleted plays for every batch: 100,000
    queued went out to the fake ListenBrainz in 34 s; read this way, in 7.
    """
    while True:
        rows = _read(
            conn,
            scrobble_outbox.c.target == target,
            scrobble_outbox.c.state == int(state),
            limit=limit,
        )
        taken, deleted, unnamed = _sorted_out(rows)
        # A play deleted since it was queued is never sent: its row goes.
        drop(conn, deleted)
        # A play with no artist or title cannot be scrobbled: said once.
        mark(conn, unnamed, OutboxState.FAILED)
        # A batch of only those is no end of the queue: read on.
        if taken or len(rows) < limit or not rows:
            return taken


def _read(
    conn: Connection, *where: ColumnElement[bool], limit: int | None = None
) -> list[tuple[Any, ...]]:
    """Read queued rows with their plays (None where the play is gone)."""
    return list(
        conn.execute(
            select(
                scrobble_outbox.c.id,
                plays.c.id,
                plays.c.started_at,
                artists.c.name,
                items.c.title,
                items.c.album,
                item_lengths.c.longest_ms,
                items.c.uri,
            )
            .select_from(
                scrobble_outbox.outerjoin(
                    plays, plays.c.id == scrobble_outbox.c.play_id
                )
                .outerjoin(items, items.c.id == plays.c.item_id)
                .outerjoin(artists, artists.c.id == plays.c.artist_id)
                .outerjoin(item_lengths, item_lengths.c.item_id == plays.c.item_id)
            )
            .where(*where)
            .order_by(scrobble_outbox.c.id)
            .limit(limit)
        ).tuples()
    )


def _sorted_out(
    rows: list[tuple[Any, ...]],
) -> tuple[list[QueuedScrobble], list[int], list[int]]:
    """Split read rows into what goes, rows of deleted plays, and unnamed ones."""
    taken: list[QueuedScrobble] = []
    deleted: list[int] = []
    unnamed: list[int] = []
    for row_id, play_id, started_at, artist, title, album, length, uri in rows:
        if play_id is None:
            deleted.append(int(row_id))
        elif not artist or not title:
            unnamed.append(int(row_id))
        else:
            taken.append(
                QueuedScrobble(
                    row_id=int(row_id),
                    play_id=int(play_id),
                    started_at=int(started_at) // 1000,
                    artist=str(artist),
                    title=str(title),
                    album=str(album) if album else None,
                    length_ms=int(length) if length else None,
                    uri=str(uri) if uri else None,
                )
            )
    return taken, deleted, unnamed


def mark(
    conn: Connection,
    row_ids: Sequence[int],
    state: OutboxState,
    error: int | None = None,
) -> None:
    """Move rows to `state` (SENDING before a call; FAILED with the reason)."""
    for start in range(0, len(row_ids), 500):
        conn.execute(
            update(scrobble_outbox)
            .where(scrobble_outbox.c.id.in_(row_ids[start : start + 500]))
            .values(state=int(state), error=error)
        )


def sent(conn: Connection, row_ids: Sequence[int]) -> None:
    """Mark rows the service has: they went out (kept for corrections)."""
    mark(conn, row_ids, OutboxState.SENT)


def drop(conn: Connection, row_ids: Sequence[int]) -> None:
    """Forget rows: their play is gone, or no longer goes to the target."""
    for start in range(0, len(row_ids), 500):
        conn.execute(
            delete(scrobble_outbox).where(
                scrobble_outbox.c.id.in_(row_ids[start : start + 500])
            )
        )


def counts(conn: Connection, target: str | None = None) -> dict[str, tuple[int, int]]:
    """Return each target's (waiting, failed) rows; SENDING ones are waiting.

    Sent rows (kept for corrections, the bulk of the table in time) are
    left out by the states asked for; with a `target`, only its rows are
    read, from the index of a target's states.
    """
    found: dict[str, list[int]] = {}
    where: list[ColumnElement[bool]] = [
        scrobble_outbox.c.state.in_(
            [
                int(OutboxState.WAITING),
                int(OutboxState.SENDING),
                int(OutboxState.FAILED),
            ]
        )
    ]
    if target is not None:
        where.append(scrobble_outbox.c.target == target)
    for found_target, state, number in conn.execute(
        select(scrobble_outbox.c.target, scrobble_outbox.c.state, func.count())
        .where(*where)
        .group_by(scrobble_outbox.c.target, scrobble_outbox.c.state)
    ).tuples():
        slot = found.setdefault(str(found_target), [0, 0])
        slot[1 if state == OutboxState.FAILED else 0] += int(number)
    return {key: (slot[0], slot[1]) for key, slot in found.items()}


def retry_failed(conn: Connection, target: str) -> int:
    """Queue a target's failed rows again (the user asked to)."""
    return int(
        conn.execute(
            update(scrobble_outbox)
            .where(
                and_(
                    scrobble_outbox.c.target == target,
                    scrobble_outbox.c.state == int(OutboxState.FAILED),
                )
            )
            .values(state=int(OutboxState.WAITING), error=None)
        ).rowcount
        or 0
    )
