"""The all-time totals and every artist's first play, kept by folding.

Part of keeping the rollups (`rollups.py`): `item_totals`, `artist_totals`,
`album_totals` and `artist_firsts` hold the plays up to the fold mark. The
plays to add or take away are summed once into a temporary stage, which
each table then takes its sums from; a first play that goes is replaced by
the artist's next one.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
)

from ..models import THIRTY_SECONDS_MS, PlayKind
from . import person_rollups
from .folding import folded_id
from .rollup_parts import play_sums, temporary
from .schema import (
    ALL_ACCOUNTS,
    FIRST_COLUMNS,
    SUMMED_COLUMNS,
    album_totals,
    artist_firsts,
    artist_totals,
    item_totals,
    plays,
)
from .upsert import upsert


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
    the longest (what `rollups.add_and_fold` learns the items' lengths from).
    """
    artist = func.coalesce(plays.c.artist_id, 0).label("artist_id")
    album = func.coalesce(plays.c.album_key, 0).label("album_key")
    keys = (plays.c.account_id, plays.c.kind, plays.c.item_id, artist, album)
    return (
        select(
            *keys,
            *(
                total.label(name)
                for total, name in zip(play_sums(sign), SUMMED_COLUMNS, strict=True)
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


def apply_totals(
    conn: Connection, dialect: str, condition: ColumnElement[bool], sign: int
) -> None:
    """Add or take away plays in the all-time totals, items and artists.

    The plays are summed once into a temporary table (by item, account,
    artist and album: a third of the rows of an import), which the three
    tables then take their sums from, each in the order of its key.
    """
    with totals_staged(conn, condition, sign) as stage:
        totals_from(conn, dialect, stage, condition, sign)


@contextmanager
def totals_staged(
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


_ITEM_KEY = ("account_id", "kind", "item_id", "artist_id", "album_key")
_ARTIST_KEY = ("account_id", "kind", "artist_id")
_EVERYONE = literal(ALL_ACCOUNTS, Integer)
"""Every account's rows (`ALL_ACCOUNTS`), as a value to select."""


def totals_from(
    conn: Connection,
    dialect: str,
    stage: Table,
    condition: ColumnElement[bool],
    sign: int,
) -> None:
    """Add or take away the plays summed in `stage` (`_staged` of `condition`)."""
    _items_from(conn, dialect, stage)
    sums = [func.sum(stage.c[name]) for name in SUMMED_COLUMNS]
    # Each account's and every account's (`ALL_ACCOUNTS`) artists and albums.
    for account in (stage.c.account_id, _EVERYONE):
        _artists_and_albums_from(conn, dialect, stage, account, sums=sums, sign=sign)
    if sign < 0:
        _refind_firsts(conn, stage, condition)
    person_rollups.apply(conn, dialect, condition, sign)


def _items_from(conn: Connection, dialect: str, stage: Table) -> None:
    """Add the stage's sums to each account's items, then to every account's."""
    # The stage holds one row per key of each account's items. (SQLite
    # needs a WHERE between an upsert's FROM and its ON CONFLICT.)
    conn.execute(
        upsert(
            dialect,
            item_totals,
            _ITEM_KEY,
            select(*(stage.c[name] for name in (*_ITEM_KEY, *SUMMED_COLUMNS))).where(
                stage.c.streams != 0
            ),
        )
    )
    sums = [func.sum(stage.c[name]) for name in SUMMED_COLUMNS]
    item_keys = (
        _EVERYONE,
        stage.c.kind,
        stage.c.item_id,
        stage.c.artist_id,
        stage.c.album_key,
    )
    conn.execute(
        upsert(
            dialect,
            item_totals,
            _ITEM_KEY,
            select(*item_keys, *sums).group_by(*item_keys[1:]),
        )
    )


def _artists_and_albums_from(
    conn: Connection,
    dialect: str,
    stage: Table,
    account: ColumnElement[Any],
    *,
    sums: Sequence[ColumnElement[Any]],
    sign: int,
) -> None:
    """Add the stage's `sums` to one account's (or everyone's) artists and albums.

    And, when plays are added, their ends to the artists' firsts.
    """
    # A constant is no key to group by (PostgreSQL refuses it).
    by_account = [] if account is _EVERYONE else [account]
    conn.execute(
        upsert(
            dialect,
            artist_totals,
            _ARTIST_KEY,
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
                _ARTIST_KEY,
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


def _refind_firsts(
    conn: Connection, stage: Table, condition: ColumnElement[bool]
) -> None:
    """Plays about to go held some artists' first play: find their next one.

    `stage` holds the earliest end of the plays going, by account, artist
    and more. Only the artists whose first is among them are looked up,
    in one walk of the plays that stay folded; their everyone's rows are
    the earliest of each account's again.
    """
    gone = Table(
        "encore_firsts_gone",
        MetaData(),
        *(Column(name, BigInteger) for name in _ARTIST_KEY),
        prefixes=["TEMPORARY"],
    )
    with temporary(conn, gone):
        _find_firsts_going(conn, stage, gone)
        if conn.execute(select(gone.c.artist_id).limit(1)).first() is None:
            return
        _refind_each_account(conn, gone, condition)
        _refind_everyone(conn, gone)


def _same(table: Any, gone: Table, *, account: bool = True) -> ColumnElement[bool]:
    """Whether a row of `table` is of an artist (of an account) in `gone`."""
    return and_(
        *([table.c.account_id == gone.c.account_id] if account else []),
        table.c.kind == gone.c.kind,
        table.c.artist_id == gone.c.artist_id,
    )


def _find_firsts_going(conn: Connection, stage: Table, gone: Table) -> None:
    """Fill `gone` with the artists (by account) whose first play is in `stage`."""
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
    conn.execute(
        gone.insert().from_select(
            list(_ARTIST_KEY),
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
            .where(or_(*(going.c[name] <= known.c[name] for name in FIRST_COLUMNS))),
        )
    )


def _refind_each_account(
    conn: Connection, gone: Table, condition: ColumnElement[bool]
) -> None:
    """Replace the `gone` artists' firsts by those of the folded plays that stay."""
    known = artist_firsts
    conn.execute(delete(known).where(exists().where(_same(known, gone))))
    conn.execute(
        known.insert().from_select(
            [*_ARTIST_KEY, *FIRST_COLUMNS],
            select(plays.c.account_id, plays.c.kind, plays.c.artist_id, *_firsts())
            .select_from(plays.join(gone, _same(plays, gone)))
            .where(plays.c.id <= folded_id(conn), not_(condition))
            .group_by(plays.c.account_id, plays.c.kind, plays.c.artist_id),
        )
    )


def _refind_everyone(conn: Connection, gone: Table) -> None:
    """Make the `gone` artists' everyone's firsts the earliest of each account's."""
    known = artist_firsts
    everyone = known.alias("everyone")
    affected = exists().where(
        gone.c.kind == everyone.c.kind, gone.c.artist_id == everyone.c.artist_id
    )
    conn.execute(
        delete(known).where(
            known.c.account_id == ALL_ACCOUNTS,
            exists().where(_same(known, gone, account=False)),
        )
    )
    conn.execute(
        known.insert().from_select(
            [*_ARTIST_KEY, *FIRST_COLUMNS],
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
