"""Keeping the rollups in step with the plays; runs on the writer thread.

Two kinds of rollups, kept two ways (measured: see `scripts/bench queries`
and the import benchmark):

- The time buckets: `rollup_hours` (streams and time per hour, account and
  set of sources) and `rollup_quarters` (the same by quarter hour, for time
  zones a half or three quarters of an hour off UTC). They are kept in the
  transaction of every change to the plays: their rows follow time, as an
  import does, so a batch of 20,000 plays adds up in one grouped upsert that
  touches a few thousand neighbouring rows.
- `item_totals`, `artist_totals`, `album_totals` (all time, per account and
  item, artist or album, and per item, artist or album over every account:
  `ALL_ACCOUNTS`), and `artist_firsts` (when each artist was first played)
  are keyed all over the table: upserting them batch by
  batch doubled the time of a large import. They are *folded* instead: they
  hold the plays up to `encore_meta.folded_play_id`, and readers add the
  plays above it (the tail, read by primary key). The writer folds the tail
  when an import job ends, when Home Assistant starts, and whenever the tail
  passes `TAIL_LIMIT` while no job runs. Changes to folded plays (deletes,
  merges) are applied to the totals at once; a first play that goes is
  replaced by the artist's next one, found in the plays.

The time buckets also count the plays and time of the Last.fm rule, which
judges a stream against its item's length: the longest stream of the item
ever stored (`item_lengths`). Lengths are learnt before the buckets count a
new or changed play (`add_plays`); when one grows, the item's other plays
whose verdict changes lie in a range of lengths, read by
`ix_plays_item_length`, and the buckets take the difference.

Every change goes through `store.writes`, which calls these in the same
transaction: `add_plays` for rows just inserted or changed, and
`apply_hours`/`apply_changed` with -1 for rows about to be deleted or
changed. The rollups are sums, so adding and taking away the same rows
leaves them exact.

This module is the rollups' one door for the rest of the store: folding,
the changes a write makes, rebuilding. The steps are its parts, each a
module beside it: `rollup_lengths` (item lengths), `rollup_buckets` (the
time buckets), `rollup_totals` (the folded totals and firsts) and
`rollup_parts` (what they share).
"""

from typing import Final

from sqlalchemy import ColumnElement, Connection, and_, delete, select

from . import person_rollups
from .attribution import forget_orphans
from .folding import folded_id, set_folded
from .prepared import highest_id
from .rollup_buckets import (
    add_play,
    add_plays,
    add_to_buckets,
    apply_hours,
    apply_quarters,
    count_lastfm,
)
from .rollup_lengths import learn_all_lengths, learn_lengths
from .rollup_parts import (
    between,
    drop_temporary,
    lastfm_condition,
    lastfm_counts,
    plays_with_lengths,
    temporary,
)
from .rollup_totals import apply_totals, fill_firsts, totals_from, totals_staged
from .schema import (
    album_totals,
    artist_firsts,
    artist_totals,
    item_lengths,
    item_totals,
    jobs,
    plays,
    rollup_hours,
    rollup_quarters,
)

# The rest of the store and the queries take the rollups from here; the
# steps' modules are this one's parts.
__all__ = [
    "TAIL_LIMIT",
    "add_and_fold",
    "add_play",
    "add_plays",
    "add_plays_between",
    "after_delete",
    "apply_changed",
    "apply_hours",
    "apply_play",
    "apply_quarters",
    "clear_rollups",
    "count_lastfm",
    "drop_temporary",
    "fill_firsts",
    "fold",
    "folded_id",
    "lastfm_condition",
    "lastfm_counts",
    "learn_all_lengths",
    "maybe_fold",
    "plays_with_lengths",
    "rebuild_rollups",
    "temporary",
]

TAIL_LIMIT = 20_000
"""Unfolded plays that make the writer fold when no job runs. Reading this
many by primary key costs a reader a few milliseconds."""

_SUMMED = (rollup_hours, rollup_quarters, item_totals, artist_totals, album_totals)
"""The rollups that are sums of the plays (item lengths are not)."""


def add_plays_between(conn: Connection, dialect: str, low: int, high: int) -> None:
    """`add_plays` for the plays `low < id <= high`: a batch just inserted.

    Its statements are prepared once (`run_prepared`): a batch of a few
    rows, as a small export file brings, costs SQL, not Python. A long range
    (the end of a bulk import, `store.bulk`) learns its lengths at once and
    goes to the buckets `STAGED_PLAYS` at a time.
    """
    learn_lengths(conn, dialect, between(low, high))
    _add_to_buckets_between(conn, dialect, low, high)


def add_and_fold(conn: Connection, dialect: str, low: int, high: int) -> None:
    """`add_plays_between` and `fold` at once, for the tail `low < id <= high`.

    Only when nothing above `low` is folded and nothing up to it is left
    (`folded_id` is `low`): the end of a bulk import (`store.bulk`). The
    totals' stage groups the plays by item anyway, and says each item's
    longest play with it: the lengths are learnt from it, not from a
    grouping of their own over the plays (0.9 s of a million-row import's
    end, `scripts/bench import`).
    """
    condition = and_(plays.c.id > low, plays.c.id <= high)
    with totals_staged(conn, condition, 1) as stage:
        learn_lengths(conn, dialect, between(low, high), totals=stage)
        _add_to_buckets_between(conn, dialect, low, high)
        totals_from(conn, dialect, stage, condition, 1)
    set_folded(conn, high)


STAGED_PLAYS: Final = 100_000
"""Plays summed into the quarters' stage at a time. The stage of a million
plays held 205,000 quarter hours, and SQLite kept the memory they took
(10 MB more at the end of `scripts/bench import`); a batch of an import
is far smaller."""


def _add_to_buckets_between(
    conn: Connection, dialect: str, low: int, high: int
) -> None:
    """`add_to_buckets` for the plays `low < id <= high`, `STAGED_PLAYS` at a time."""
    for start in range(low, high, STAGED_PLAYS):
        add_to_buckets(conn, dialect, between(start, min(start + STAGED_PLAYS, high)))


def apply_changed(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away plays that may be folded already (deletes, merges).

    The hours always change; the totals only for the folded plays among
    them, as readers add the others themselves.
    """
    if sign > 0:
        add_plays(conn, dialect, condition)
    else:
        apply_hours(conn, dialect, condition, sign)
    if folded := folded_id(conn):
        apply_totals(conn, dialect, and_(condition, plays.c.id <= folded), sign)


def apply_play(conn: Connection, dialect: str, play_id: int, sign: int) -> None:
    """`apply_changed` for one play: the totals only if it was folded."""
    this_play = plays.c.id == play_id
    if sign > 0:
        add_play(conn, dialect, play_id)
    else:
        apply_hours(conn, dialect, this_play, sign)
    if play_id <= folded_id(conn):
        apply_totals(conn, dialect, this_play, sign)


def fold(conn: Connection, dialect: str) -> int:
    """Move the tail into the totals; returns how many plays it held."""
    folded = folded_id(conn)
    top = highest_id(conn, plays)
    if top <= folded:
        return 0
    # Both bounds: with only one, SQLite may walk a whole index instead.
    apply_totals(conn, dialect, and_(plays.c.id > folded, plays.c.id <= top), 1)
    set_folded(conn, top)
    return top - folded


def maybe_fold(conn: Connection, dialect: str) -> None:
    """Fold a long tail, unless a job (an import) is still adding plays.

    An import folds once when its job ends: folding every few thousand
    rows would cost it as much as keeping the totals row by row.
    """
    if highest_id(conn, plays) - folded_id(conn) <= TAIL_LIMIT:
        return
    running = conn.execute(
        select(jobs.c.id).where(jobs.c.status == "running").limit(1)
    ).first()
    if running is None:
        fold(conn, dialect)


def after_delete(conn: Connection) -> None:
    """Plays were deleted: keep the fold mark valid and the tables small.

    SQLite gives a new row the highest id plus one, so once the highest
    plays are gone an id at or below the mark can come back: the mark moves
    down to the highest id left (everything up to it is folded). Rows that
    deletions emptied go; readers never count on their absence.
    """
    folded = folded_id(conn)
    top = highest_id(conn, plays)
    if top < folded:
        set_folded(conn, top)
    for table in _SUMMED:
        conn.execute(delete(table).where(table.c.streams <= 0))
    # Whose the deleted plays were goes with them.
    forget_orphans(conn)


def clear_rollups(conn: Connection) -> None:
    """Every play is about to go: empty the rollups (item lengths stay)."""
    for table in (*_SUMMED, artist_firsts):
        conn.execute(delete(table))
    person_rollups.clear(conn)
    set_folded(conn, 0)


def rebuild_rollups(conn: Connection, dialect: str) -> None:
    """Compute every rollup again from the plays (migration, repair).

    Item lengths start again from the plays stored.
    """
    for table in (*_SUMMED, artist_firsts, item_lengths):
        conn.execute(delete(table))
    person_rollups.clear(conn)
    top = highest_id(conn, plays)
    if top:
        everything = and_(plays.c.id > 0, plays.c.id <= top)
        add_plays(conn, dialect, everything)
        apply_totals(conn, dialect, everything, 1)
    set_folded(conn, top)
