"""One Spotify stream, whoever reports it: the account's play, counted once.

A Spotify stream on a core Sonos player or a Cast device is recorded by the
history's media player collector (`media_player:<entity id>`), or by Encore's
Sonos collector (`sonos:<household>`) when it cannot tell which account plays;
the Spotify account reports the same stream itself. Those observers and the
account are different history accounts, so the same-account merge never joins
them. This rule does: a record of a Spotify item that meets a play of the same
item, heard within the window, under the other kind of account (an observer
for an account's record, an account for an observer's) joins that play, and
the play belongs to the account. Two accounts, or two observers, never merge:
two people may play the same song at once. Different items never merge.
"""

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, Row, func, select

from ..models import PlayRecord
from .schema import OBSERVER_PREFIXES, accounts, plays


def is_observer(account: str) -> bool:
    """Tell whether a history account is a speaker or player, not a Spotify account."""
    return account.startswith(OBSERVER_PREFIXES)


def find_same_stream(
    conn: Connection,
    record: PlayRecord,
    account_id: int,
    item_id: int,
    window_ms: int,
) -> tuple[int, int, int] | None:
    """Return (play id, its sources, the account it should belong to), or None.

    Only Spotify items (an item URI) qualify: they name the same thing for every
    source. The nearest play in time wins; one the record's source already
    counted is another stream.
    """
    if record.item_uri is None:
        return None
    observer = is_observer(record.account)
    bit = 1 << record.source
    reach = window_ms + record.ms_played
    candidates = _nearest(
        conn, item_id, record.ended_at, reach, plays.c.account_id != account_id
    )
    for play_id, sources, owner_id, owner in candidates:
        if is_observer(owner) == observer or sources & bit:
            continue
        return (
            int(play_id),
            int(sources),
            account_id if observer is False else int(owner_id),
        )
    return None


def find_other_observers(
    conn: Connection,
    record: PlayRecord,
    item_id: int,
    window_ms: int,
    *,
    play_id: int,
    sources: int,
) -> list[tuple[int, int]]:
    """Return (play id, its sources) of other players' views of the same stream.

    An account's record that claimed one player's play (`play_id`) must take
    the others too: a core Sonos player and Encore's Sonos may both have heard
    the stream before the account reported it, and the two players never
    merged with each other. One play per player, the nearest in time, and only
    a player whose kind of source the play does not count already.
    """
    if record.item_uri is None or is_observer(record.account):
        return []
    reach = window_ms + record.ms_played
    candidates = _nearest(conn, item_id, record.ended_at, reach, plays.c.id != play_id)
    taken: list[tuple[int, int]] = []
    seen: set[int] = set()
    for other_id, other_sources, owner_id, owner in candidates:
        if not is_observer(owner) or owner_id in seen or other_sources & sources:
            continue
        seen.add(int(owner_id))
        sources |= int(other_sources)
        taken.append((int(other_id), int(other_sources)))
    return taken


def _nearest(
    conn: Connection,
    item_id: int,
    ended_at: int,
    reach: int,
    other: ColumnElement[bool],
) -> Sequence[Row[tuple[int, int, int, str]]]:
    """Plays of `item_id` that ended within `reach` of `ended_at`, nearest first."""
    return conn.execute(
        select(plays.c.id, plays.c.sources, plays.c.account_id, accounts.c.key)
        .join(accounts, accounts.c.id == plays.c.account_id)
        .where(
            plays.c.item_id == item_id,
            other,
            plays.c.ended_at >= ended_at - reach,
            plays.c.ended_at <= ended_at + reach,
        )
        .order_by(func.abs(plays.c.ended_at - ended_at), plays.c.id)
    ).all()
