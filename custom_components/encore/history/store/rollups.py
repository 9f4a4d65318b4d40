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
"""

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    CursorResult,
    Executable,
    FromClause,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateTable, DropTable

from ..models import LASTFM_ENOUGH_MS, LASTFM_MIN_LENGTH_MS, THIRTY_SECONDS_MS, PlayKind
from . import person_rollups
from .attribution import forget_orphans
from .folding import folded_id, set_folded
from .prepared import highest_id, run_prepared
from .schema import (
    ALL_ACCOUNTS,
    FIRST_COLUMNS,
    HOUR_MS,
    LASTFM_BAND_MS,
    LASTFM_COLUMNS,
    QUARTER_MS,
    SUMMED_COLUMNS,
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
from .upsert import upsert

TAIL_LIMIT = 20_000
"""Unfolded plays that make the writer fold when no job runs. Reading this
many by primary key costs a reader a few milliseconds."""

_SUMMED = (rollup_hours, rollup_quarters, item_totals, artist_totals, album_totals)
"""The rollups that are sums of the plays (item lengths are not)."""
_BUCKETS = ((rollup_hours, HOUR_MS), (rollup_quarters, QUARTER_MS))
"""The time buckets and their width."""

ID_RANGE: Final = and_(
    plays.c.id > bindparam("low", type_=BigInteger),
    plays.c.id <= bindparam("high", type_=BigInteger),
)
"""The plays `low < id <= high`: what a batch of inserted rows is (one writer,
ids only grow). Both bounds: with one, SQLite may walk a whole index."""


@dataclass(frozen=True, slots=True)
class _Selected:
    """The plays a rollup step reads, and how its statements are run.

    With `shape`, the statements are prepared once (`run_prepared`) under
    names that include it, and run with `values`; without, they are built
    with the condition as it is and run once.
    """

    condition: ColumnElement[bool]
    shape: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    def run(
        self, conn: Connection, name: str, build: Callable[[], Executable]
    ) -> CursorResult[Any]:
        if self.shape is None:
            return conn.execute(build())
        return run_prepared(conn, f"{name}|{self.shape}", build, **self.values)


def _between(low: int, high: int, **values: Any) -> _Selected:
    return _Selected(ID_RANGE, "id_range", {"low": low, "high": high, **values})


_LENGTHS_STAGE: Final = Table(
    "encore_lengths",
    MetaData(),
    Column("item_id", BigInteger),
    Column("old_ms", BigInteger),
    Column("new_ms", BigInteger),
    prefixes=["TEMPORARY"],
)
"""Each item of a batch of plays: its length known before, and its longest play
there. One table object for good, so the statements on it are prepared once."""

# One live play's item, as `_LENGTHS_STAGE` holds a batch's. Cast, even the
# NULL of a new item: PostgreSQL reads a bare NULL in a subquery as text.
_ONE_LEARNT: Final = select(
    cast(bindparam("item_id"), BigInteger).label("item_id"),
    cast(bindparam("old_ms"), BigInteger).label("old_ms"),
    cast(bindparam("new_ms"), BigInteger).label("new_ms"),
).subquery("learnt")


def lastfm_counts(ms: Any, length: Any) -> ColumnElement[bool]:
    """Whether the Last.fm rule counts a stream of `ms` of an item of `length`.

    Four minutes always count; otherwise the item must be longer than 30 s
    and at least half of it played. `length` is the item's longest stream,
    so never less than `ms`.
    """
    return or_(
        ms >= LASTFM_ENOUGH_MS,
        and_(length > LASTFM_MIN_LENGTH_MS, ms * 2 >= length),
    )


def drop_temporary(dialect: Dialect, table: Table) -> Executable:
    """Return the statement that drops a temporary table, and only that.

    MySQL commits the transaction on a DROP TABLE that does not say
    TEMPORARY, and SQLAlchemy's does not.
    """
    if dialect.name in ("mysql", "mariadb"):
        name = dialect.identifier_preparer.format_table(table)
        return text(f"DROP TEMPORARY TABLE IF EXISTS {name}")
    return DropTable(table)


@contextmanager
def temporary(
    conn: Connection, table: Table, *, prepared: bool = False
) -> Iterator[Table]:
    """Create a temporary table for the length of a block, then drop it.

    After a failure, SQLite and PostgreSQL drop it with the rollback that
    follows (PostgreSQL refuses any statement before it, so a drop there
    would only hide the error); MySQL keeps temporary tables for the
    session, rollback or not, so it is dropped there at once.
    """

    def drop() -> None:
        if prepared:
            run_prepared(
                conn,
                f"drop {table.name}",
                lambda: drop_temporary(conn.dialect, table),
            )
        else:
            conn.execute(drop_temporary(conn.dialect, table))

    if prepared:
        # `prepared`: a table object kept for good, so its DDL is one too.
        run_prepared(conn, f"create {table.name}", lambda: CreateTable(table))
    else:
        table.create(conn)
    try:
        yield table
    except BaseException:
        if conn.dialect.name in ("mysql", "mariadb"):
            drop()
        raise
    drop()


def _signed(expr: ColumnElement[Any], sign: int) -> ColumnElement[Any]:
    return expr if sign > 0 else -expr


def _sums(sign: int) -> tuple[ColumnElement[Any], ...]:
    """streams, ms_played, plays_30s, ms_30s of the selected plays."""
    counted = plays.c.ms_played >= THIRTY_SECONDS_MS
    return (
        _signed(func.count(), sign),
        _signed(func.sum(plays.c.ms_played), sign),
        _signed(func.sum(case((counted, 1), else_=0)), sign),
        _signed(func.sum(case((counted, plays.c.ms_played), else_=0)), sign),
    )


def plays_with_lengths() -> FromClause:
    """Return the plays, each with its item's length (`item_lengths`, by key)."""
    return plays.outerjoin(item_lengths, item_lengths.c.item_id == plays.c.item_id)


def lastfm_condition() -> ColumnElement[bool]:
    """Whether the Last.fm rule counts a play of `plays_with_lengths()`."""
    return lastfm_counts(plays.c.ms_played, func.coalesce(item_lengths.c.longest_ms, 0))


def _lastfm_sums(sign: int) -> tuple[ColumnElement[Any], ...]:
    """plays_lastfm, ms_lastfm of the selected plays, joined to their lengths."""
    counted = lastfm_condition()
    return (
        _signed(func.sum(case((counted, 1), else_=0)), sign),
        _signed(func.sum(case((counted, plays.c.ms_played), else_=0)), sign),
    )


def _bucket_keys(table: Table, bucket_ms: int) -> tuple[tuple[str, ...], list[Any]]:
    """Return a time bucket table's key names, and the plays' values for them.

    The key is the bucket (`ended_at // bucket_ms`), the account and the set
    of sources, in whichever order the table declares them.
    """
    keys = tuple(column.name for column in table.primary_key)
    (bucket,) = set(keys) - {"account_id", "sources"}
    grouped = {
        "account_id": plays.c.account_id,
        "sources": plays.c.sources,
        bucket: (plays.c.ended_at // bucket_ms).label(bucket),
    }
    return keys, [grouped[key] for key in keys]


def _apply_buckets(
    conn: Connection,
    dialect: str,
    selected: _Selected,
    sign: int,
    *,
    table: Table,
    bucket_ms: int,
    only_lastfm: bool = False,
) -> None:
    """Add or take away the plays matching `condition` in a table of time buckets.

    `only_lastfm`: add the Last.fm sums alone (to buckets that exist).
    """
    keys, by = _bucket_keys(table, bucket_ms)
    sums = (
        (*(literal(0) for _ in SUMMED_COLUMNS), *_lastfm_sums(sign))
        if only_lastfm
        else (*_sums(sign), *_lastfm_sums(sign))
    )
    selected.run(
        conn,
        f"buckets {table.name} {sign} {only_lastfm}",
        lambda: upsert(
            dialect,
            table,
            keys,
            select(*by, *sums)
            .select_from(plays_with_lengths())
            .where(selected.condition)
            .group_by(*by),
            add=(*SUMMED_COLUMNS, *LASTFM_COLUMNS),
        ),
    )


def apply_hours(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add (`sign` 1) or take away (-1) the plays matching `condition` by hour.

    And by quarter hour, in `rollup_quarters`. Plays added must have their
    lengths learnt first: `add_plays` does both.
    """
    _apply_hours(conn, dialect, _Selected(condition), sign)


def _apply_hours(
    conn: Connection, dialect: str, selected: _Selected, sign: int
) -> None:
    for table, bucket_ms in _BUCKETS:
        _apply_buckets(conn, dialect, selected, sign, table=table, bucket_ms=bucket_ms)


def apply_quarters(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away the plays matching `condition` by quarter hour only."""
    _apply_buckets(
        conn,
        dialect,
        _Selected(condition),
        sign,
        table=rollup_quarters,
        bucket_ms=QUARTER_MS,
    )


def add_plays(conn: Connection, dialect: str, condition: ColumnElement[bool]) -> None:
    """Count new or changed plays (matching `condition`) in the time buckets.

    Their items' lengths are learnt first, and the buckets of the items'
    other plays corrected where a longer stream changes the Last.fm verdict.
    """
    _add_plays(conn, dialect, _Selected(condition))


def add_plays_between(conn: Connection, dialect: str, low: int, high: int) -> None:
    """`add_plays` for the plays `low < id <= high`: a batch just inserted.

    Its statements are prepared once (`run_prepared`): a batch of a few
    rows, as a small export file brings, costs SQL, not Python. A long range
    (the end of a bulk import, `store.bulk`) learns its lengths at once and
    goes to the buckets `STAGED_PLAYS` at a time.
    """
    _learn_lengths(conn, dialect, _between(low, high))
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
    with _totals_staged(conn, condition, 1) as stage:
        _learn_lengths(conn, dialect, _between(low, high), totals=stage)
        _add_to_buckets_between(conn, dialect, low, high)
        _totals_from(conn, dialect, stage, condition, 1)
    set_folded(conn, high)


def _add_plays(conn: Connection, dialect: str, selected: _Selected) -> None:
    _learn_lengths(conn, dialect, selected)
    _apply_hours(conn, dialect, selected, 1)


STAGED_PLAYS: Final = 100_000
"""Plays summed into the quarters' stage at a time. The stage of a million
plays held 205,000 quarter hours, and SQLite kept the memory they took
(10 MB more at the end of `scripts/bench import`); a batch of an import
is far smaller."""
_QUARTERS_STAGE: Final = Table(
    "encore_quarters",
    MetaData(),
    *(
        Column(name, BigInteger)
        for name in (
            "account_id",
            "quarter",
            "sources",
            *SUMMED_COLUMNS,
            *LASTFM_COLUMNS,
        )
    ),
    prefixes=["TEMPORARY"],
)
"""A batch of plays summed by quarter hour, which the hours take theirs from.
One table object for good, so the statements on it are prepared once."""


def _add_to_buckets_between(
    conn: Connection, dialect: str, low: int, high: int
) -> None:
    """`_add_to_buckets` for the plays `low < id <= high`, `STAGED_PLAYS` at a time."""
    for start in range(low, high, STAGED_PLAYS):
        _add_to_buckets(conn, dialect, _between(start, min(start + STAGED_PLAYS, high)))


def _add_to_buckets(conn: Connection, dialect: str, selected: _Selected) -> None:
    """Count a batch of new plays in the quarter hours, and the hours from those.

    The plays are walked once, not once per table: the quarters' sums are
    staged, and an hour is the sum of its four quarters (plays end after
    1970, so the floors agree). Walking and grouping a million plays twice
    took 3.6 s, once and the stage 1.9 s (`scripts/bench import`). A single
    play (`add_play`) and changed plays (`add_plays`, `apply_hours`) go to
    both tables directly: a temporary table would cost them more than it
    saves, and the tests compare the two ways.
    """
    stage = _QUARTERS_STAGE
    quarter_keys, by = _bucket_keys(rollup_quarters, QUARTER_MS)
    sums = (*SUMMED_COLUMNS, *LASTFM_COLUMNS)
    with temporary(conn, stage, prepared=True):
        selected.run(
            conn,
            "stage quarters",
            lambda: stage.insert().from_select(
                [*quarter_keys, *sums],
                select(*by, *_sums(1), *_lastfm_sums(1))
                .select_from(plays_with_lengths())
                .where(selected.condition)
                .group_by(*by),
            ),
        )
        # (SQLite needs a WHERE between an upsert's FROM and its ON CONFLICT.)
        run_prepared(
            conn,
            "quarters from stage",
            lambda: upsert(
                dialect,
                rollup_quarters,
                quarter_keys,
                select(*(stage.c[name] for name in (*quarter_keys, *sums))).where(
                    stage.c.streams != 0
                ),
                add=sums,
            ),
        )
        hour_keys = tuple(column.name for column in rollup_hours.primary_key)
        # Whole quarters make an hour (`test_an_hour_is_whole_quarters`).
        hour = (stage.c.quarter // (HOUR_MS // QUARTER_MS)).label("hour")
        grouped = {
            "hour": hour,
            "account_id": stage.c.account_id,
            "sources": stage.c.sources,
        }
        hour_by = [grouped[key] for key in hour_keys]
        run_prepared(
            conn,
            "hours from stage",
            lambda: upsert(
                dialect,
                rollup_hours,
                hour_keys,
                select(*hour_by, *(func.sum(stage.c[name]) for name in sums)).group_by(
                    *hour_by
                ),
                add=sums,
            ),
        )


def add_play(conn: Connection, dialect: str, play_id: int) -> None:
    """`add_plays` for one play, as collectors store them: no temporary table.

    A temporary table costs SQLite a new schema for the connection, and so
    new prepared statements: three times the time of recording a play.
    """
    item_id, ms, old = conn.execute(
        select(plays.c.item_id, plays.c.ms_played, item_lengths.c.longest_ms)
        .select_from(plays_with_lengths())
        .where(plays.c.id == play_id)
    ).one()
    this_play = _between(play_id - 1, play_id, item_id=item_id, old_ms=old, new_ms=ms)
    if old is None or ms > old:
        _learn(conn, dialect, _ONE_LEARNT, this_play, grown=old is not None)
    _apply_hours(conn, dialect, this_play, 1)


def _learn_lengths(
    conn: Connection,
    dialect: str,
    selected: _Selected,
    totals: Table | None = None,
) -> None:
    """Grow item lengths to the plays matching `condition`, not yet in the buckets.

    An item whose length grows from `old_ms` to `new_ms` has its other plays
    judged again: the verdict changes only for streams between half of one
    and half of the other (or, when the item was too short to count before,
    from half the new length up to the old one), so only those are read.
    `totals`: the plays' totals' stage (`_staged`), whose rows say the
    longest play of each item already, a fraction of the plays to group.
    """
    stage = _LENGTHS_STAGE
    with temporary(conn, stage, prepared=True):
        # Each item of these plays once, with the length known before them
        # (None: a new item) and their longest: one grouping serves the
        # corrections and the lengths.
        if totals is None:
            selected.run(
                conn,
                "lengths stage",
                lambda: stage.insert().from_select(
                    ["item_id", "old_ms", "new_ms"],
                    select(
                        plays.c.item_id,
                        item_lengths.c.longest_ms,
                        func.max(plays.c.ms_played),
                    )
                    .select_from(plays_with_lengths())
                    .where(selected.condition)
                    .group_by(plays.c.item_id, item_lengths.c.longest_ms),
                ),
            )
        else:
            conn.execute(
                stage.insert().from_select(
                    ["item_id", "old_ms", "new_ms"],
                    select(
                        totals.c.item_id,
                        item_lengths.c.longest_ms,
                        func.max(totals.c.longest_ms),
                    )
                    .select_from(
                        totals.outerjoin(
                            item_lengths, item_lengths.c.item_id == totals.c.item_id
                        )
                    )
                    .group_by(totals.c.item_id, item_lengths.c.longest_ms),
                )
            )
        grown = selected.run(
            conn,
            "lengths grown",
            lambda: (
                select(stage.c.item_id).where(stage.c.new_ms > stage.c.old_ms).limit(1)
            ),
        ).first()
        _learn(conn, dialect, stage, selected, grown=grown is not None)


def _learn(
    conn: Connection,
    dialect: str,
    learnt: FromClause,
    selected: _Selected,
    *,
    grown: bool,
) -> None:
    """Take in what the plays matching `condition` taught of their items' lengths.

    `learnt` holds (item_id, old_ms, new_ms) an item each: the length known
    before (None: a new item) and the longest of these plays. `grown`: some
    known length grows, so the buckets of other plays need correcting.
    """
    if grown:
        for table, bucket_ms in _BUCKETS:
            _correct_buckets(
                conn, dialect, learnt, selected, table=table, bucket_ms=bucket_ms
            )
    selected.run(
        conn,
        f"keep longest {learnt.description}",
        lambda: _keep_longest_statement(
            dialect,
            select(learnt.c.item_id, learnt.c.new_ms).where(
                or_(learnt.c.old_ms.is_(None), learnt.c.new_ms > learnt.c.old_ms)
            ),
        ),
    )


def _keep_longest_statement(dialect: str, query: Select[Any]) -> Executable:
    """Upsert (item_id, longest_ms) rows into `item_lengths`, keeping the larger."""
    return upsert(
        dialect, item_lengths, ("item_id",), query, add=(), greatest=("longest_ms",)
    )


def learn_all_lengths(conn: Connection, dialect: str) -> None:
    """Grow every item's length to its longest stored play (migration)."""
    conn.execute(
        _keep_longest_statement(
            dialect,
            select(plays.c.item_id, func.max(plays.c.ms_played)).group_by(
                plays.c.item_id
            ),
        )
    )


def _correct_buckets(
    conn: Connection,
    dialect: str,
    stage: FromClause,
    selected: _Selected,
    *,
    table: Table,
    bucket_ms: int,
) -> None:
    """Move the Last.fm sums of the plays whose verdict a longer length changes."""
    old, new = stage.c.old_ms, stage.c.new_ms
    ms = plays.c.ms_played
    counted_before = old > LASTFM_MIN_LENGTH_MS
    low = case((counted_before, old), else_=new) // 2
    high = case((counted_before, new // 2), else_=old)
    change = case((lastfm_counts(ms, new), 1), else_=0) - case(
        (lastfm_counts(ms, old), 1), else_=0
    )
    keys, by = _bucket_keys(table, bucket_ms)
    selected.run(
        conn,
        f"correct {table.name} {stage.description}",
        lambda: upsert(
            dialect,
            table,
            keys,
            select(
                *by,
                *(literal(0) for _ in SUMMED_COLUMNS),
                func.sum(change),
                func.sum(change * ms),
            )
            .select_from(
                stage.join(
                    plays,
                    and_(plays.c.item_id == stage.c.item_id, ms >= low, ms <= high),
                )
            )
            # An item shorter than 30 s counts nothing either way; the plays
            # being added are not in the buckets yet.
            .where(
                new > old,
                new > LASTFM_MIN_LENGTH_MS,
                # What `ix_plays_item_length` holds, in the words of its
                # definition: SQLite only uses a partial index for a query
                # that repeats its conditions, constants and all.
                ms > literal_column(str(LASTFM_BAND_MS[0])),
                ms < literal_column(str(LASTFM_BAND_MS[1])),
                not_(selected.condition),
            )
            .group_by(*by),
            add=(*SUMMED_COLUMNS, *LASTFM_COLUMNS),
        ),
    )


def count_lastfm(conn: Connection, dialect: str) -> None:
    """Add the Last.fm sums of every play to the time buckets (migration).

    The buckets' Last.fm sums must be 0 and item lengths complete first.
    """
    top = highest_id(conn, plays)
    if top:
        everything = and_(plays.c.id > 0, plays.c.id <= top)
        for table, bucket_ms in _BUCKETS:
            _apply_buckets(
                conn,
                dialect,
                _Selected(everything),
                1,
                table=table,
                bucket_ms=bucket_ms,
                only_lastfm=True,
            )


def _firsts(table: Any = plays) -> tuple[ColumnElement[Any], ...]:
    """Select the earliest end of the plays, and of those of 30 s or more."""
    return (
        func.min(table.c.ended_at).label("first_ended"),
        func.min(
            case((table.c.ms_played >= THIRTY_SECONDS_MS, table.c.ended_at))
        ).label("first_ended_30s"),
    )


def _staged(condition: ColumnElement[bool], sign: int) -> Select[Any]:
    """Sum the plays matching `condition` by item, account, artist and album.

    With the earliest end of each group's plays, whichever the sign, and
    the longest (what `add_and_fold` learns the items' lengths from).
    """
    artist = func.coalesce(plays.c.artist_id, 0).label("artist_id")
    album = func.coalesce(plays.c.album_key, 0).label("album_key")
    keys = (plays.c.account_id, plays.c.kind, plays.c.item_id, artist, album)
    return (
        select(
            *keys,
            *(
                total.label(name)
                for total, name in zip(_sums(sign), SUMMED_COLUMNS, strict=True)
            ),
            *_firsts(),
            func.max(plays.c.ms_played).label("longest_ms"),
        )
        .where(condition)
        .group_by(*keys)
    )


def _totals_stage() -> Table:
    """Return the temporary table `_staged` fills (a third of an import's rows)."""
    return Table(
        "encore_fold",
        MetaData(),
        *(
            Column(name, BigInteger)
            for name in (
                "account_id",
                "kind",
                "item_id",
                "artist_id",
                "album_key",
                *SUMMED_COLUMNS,
                *FIRST_COLUMNS,
                "longest_ms",
            )
        ),
        prefixes=["TEMPORARY"],
    )


def _apply_totals(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away plays in the all-time totals, items and artists.

    The plays are summed once into a temporary table (by item, account,
    artist and album: a third of the rows of an import), which the three
    tables then take their sums from, each in the order of its key.
    """
    with _totals_staged(conn, condition, sign) as stage:
        _totals_from(conn, dialect, stage, condition, sign)


@contextmanager
def _totals_staged(
    conn: Connection, condition: ColumnElement[bool], sign: int
) -> Iterator[Table]:
    """Hold `_staged` of `condition` in a temporary `_totals_stage` for a block."""
    with temporary(conn, _totals_stage()) as stage:
        conn.execute(
            stage.insert().from_select(
                [column.name for column in stage.columns], _staged(condition, sign)
            )
        )
        yield stage


def _totals_from(
    conn: Connection,
    dialect: str,
    stage: Table,
    condition: ColumnElement[bool],
    sign: int,
) -> None:
    """Add or take away the plays summed in `stage` (`_staged` of `condition`)."""
    item_key = ("account_id", "kind", "item_id", "artist_id", "album_key")
    # The stage holds one row per key of each account's items. (SQLite
    # needs a WHERE between an upsert's FROM and its ON CONFLICT.)
    conn.execute(
        upsert(
            dialect,
            item_totals,
            item_key,
            select(*(stage.c[name] for name in (*item_key, *SUMMED_COLUMNS))).where(
                stage.c.streams != 0
            ),
        )
    )
    sums = [func.sum(stage.c[name]) for name in SUMMED_COLUMNS]
    # Every account's items, then each account's and every account's
    # (`ALL_ACCOUNTS`) artists and albums.
    everyone = literal(ALL_ACCOUNTS, Integer)
    item_keys = (
        everyone,
        stage.c.kind,
        stage.c.item_id,
        stage.c.artist_id,
        stage.c.album_key,
    )
    conn.execute(
        upsert(
            dialect,
            item_totals,
            item_key,
            select(*item_keys, *sums).group_by(*item_keys[1:]),
        )
    )
    for account in (stage.c.account_id, everyone):
        # A constant is no key to group by (PostgreSQL refuses it).
        by_account = [] if account is everyone else [account]
        conn.execute(
            upsert(
                dialect,
                artist_totals,
                ("account_id", "kind", "artist_id"),
                select(account, stage.c.kind, stage.c.artist_id, *sums)
                .where(stage.c.artist_id != 0)
                .group_by(*by_account, stage.c.kind, stage.c.artist_id),
            )
        )
        # Albums count music only, as the rankings do.
        conn.execute(
            upsert(
                dialect,
                album_totals,
                ("account_id", "album_key"),
                select(account, stage.c.album_key, *sums)
                .where(stage.c.album_key != 0, stage.c.kind == int(PlayKind.TRACK))
                .group_by(*by_account, stage.c.album_key),
            )
        )
        if sign > 0:
            conn.execute(
                upsert(
                    dialect,
                    artist_firsts,
                    ("account_id", "kind", "artist_id"),
                    select(
                        account,
                        stage.c.kind,
                        stage.c.artist_id,
                        *(func.min(stage.c[name]) for name in FIRST_COLUMNS),
                    )
                    .where(stage.c.artist_id != 0)
                    .group_by(*by_account, stage.c.kind, stage.c.artist_id),
                    add=(),
                    least=FIRST_COLUMNS,
                )
            )
    if sign < 0:
        _refind_firsts(conn, stage, condition)
    person_rollups.apply(conn, dialect, condition, sign)


def _refind_firsts(
    conn: Connection, stage: Table, condition: ColumnElement[bool]
) -> None:
    """Plays about to go held some artists' first play: find their next one.

    `stage` holds the earliest end of the plays going, by account, artist
    and more. Only the artists whose first is among them are looked up,
    in one walk of the plays that stay folded; their everyone's rows are
    the earliest of each account's again.
    """
    known = artist_firsts
    going = (
        select(
            stage.c.account_id,
            stage.c.kind,
            stage.c.artist_id,
            *(func.min(stage.c[name]).label(name) for name in FIRST_COLUMNS),
        )
        .where(stage.c.artist_id != 0)
        .group_by(stage.c.account_id, stage.c.kind, stage.c.artist_id)
        .subquery()
    )
    gone = Table(
        "encore_firsts_gone",
        MetaData(),
        *(Column(name, BigInteger) for name in ("account_id", "kind", "artist_id")),
        prefixes=["TEMPORARY"],
    )

    def same(table: Any, *, account: bool = True) -> ColumnElement[bool]:
        return and_(
            *([table.c.account_id == gone.c.account_id] if account else []),
            table.c.kind == gone.c.kind,
            table.c.artist_id == gone.c.artist_id,
        )

    with temporary(conn, gone):
        conn.execute(
            gone.insert().from_select(
                ["account_id", "kind", "artist_id"],
                select(going.c.account_id, going.c.kind, going.c.artist_id)
                .select_from(
                    going.join(
                        known,
                        and_(
                            known.c.account_id == going.c.account_id,
                            known.c.kind == going.c.kind,
                            known.c.artist_id == going.c.artist_id,
                        ),
                    )
                )
                # A NULL on either side (no play of 30 s) is no match.
                .where(
                    or_(*(going.c[name] <= known.c[name] for name in FIRST_COLUMNS))
                ),
            )
        )
        if conn.execute(select(gone.c.artist_id).limit(1)).first() is None:
            return
        conn.execute(delete(known).where(exists().where(same(known))))
        conn.execute(
            known.insert().from_select(
                ["account_id", "kind", "artist_id", *FIRST_COLUMNS],
                select(plays.c.account_id, plays.c.kind, plays.c.artist_id, *_firsts())
                .select_from(plays.join(gone, same(plays)))
                .where(plays.c.id <= folded_id(conn), not_(condition))
                .group_by(plays.c.account_id, plays.c.kind, plays.c.artist_id),
            )
        )
        everyone = known.alias("everyone")
        affected = exists().where(
            gone.c.kind == everyone.c.kind, gone.c.artist_id == everyone.c.artist_id
        )
        conn.execute(
            delete(known).where(
                known.c.account_id == ALL_ACCOUNTS,
                exists().where(same(known, account=False)),
            )
        )
        conn.execute(
            known.insert().from_select(
                ["account_id", "kind", "artist_id", *FIRST_COLUMNS],
                select(
                    literal(ALL_ACCOUNTS, Integer),
                    everyone.c.kind,
                    everyone.c.artist_id,
                    *(func.min(everyone.c[name]) for name in FIRST_COLUMNS),
                )
                .where(everyone.c.account_id != ALL_ACCOUNTS, affected)
                .group_by(everyone.c.kind, everyone.c.artist_id),
            )
        )


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
        _apply_totals(conn, dialect, and_(condition, plays.c.id <= folded), sign)


def apply_play(conn: Connection, dialect: str, play_id: int, sign: int) -> None:
    """`apply_changed` for one play: the totals only if it was folded."""
    this_play = plays.c.id == play_id
    if sign > 0:
        add_play(conn, dialect, play_id)
    else:
        apply_hours(conn, dialect, this_play, sign)
    if play_id <= folded_id(conn):
        _apply_totals(conn, dialect, this_play, sign)


def fold(conn: Connection, dialect: str) -> int:
    """Move the tail into the totals; returns how many plays it held."""
    folded = folded_id(conn)
    top = highest_id(conn, plays)
    if top <= folded:
        return 0
    # Both bounds: with only one, SQLite may walk a whole index instead.
    _apply_totals(conn, dialect, and_(plays.c.id > folded, plays.c.id <= top), 1)
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


def fill_firsts(conn: Connection, dialect: str) -> None:
    """Fill `artist_firsts` from the folded plays (a migration; it was empty)."""
    folded = folded_id(conn)
    if not folded:
        return
    keys = (plays.c.account_id, plays.c.kind, plays.c.artist_id)
    conn.execute(
        artist_firsts.insert().from_select(
            ["account_id", "kind", "artist_id", *FIRST_COLUMNS],
            select(*keys, *_firsts())
            .where(plays.c.id <= folded, plays.c.artist_id.is_not(None))
            .group_by(*keys),
        )
    )
    each = artist_firsts.alias("each")
    conn.execute(
        upsert(
            dialect,
            artist_firsts,
            ("account_id", "kind", "artist_id"),
            select(
                literal(ALL_ACCOUNTS, Integer),
                each.c.kind,
                each.c.artist_id,
                *(func.min(each.c[name]) for name in FIRST_COLUMNS),
            )
            .where(each.c.account_id != ALL_ACCOUNTS)
            .group_by(each.c.kind, each.c.artist_id),
            add=(),
            least=FIRST_COLUMNS,
        )
    )


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
        _apply_totals(conn, dialect, everything, 1)
    set_folded(conn, top)
