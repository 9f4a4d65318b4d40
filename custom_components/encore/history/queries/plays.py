"""Single plays: the first and last of a name, what played at a moment, the recent ones."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, select

from ..epoch import from_ms, to_ms
from ..models import Attribution, PlayKind, Source
from ..periods import Period
from ..store.attribution import attributions_of
from ..store.schema import accounts, artists, devices, items, plays
from .common import (
    LONGEST_PLAY_MS,
    Filter,
    bounds,
    device_ids,
    period_conditions,
    resolve_scope,
    scope_where,
)
from .counts import named_target
from .model import FirstLast, PlayRow, PlayRule, RecentPlays, Scope


def _play_rows(conn: Connection, ids: Sequence[int]) -> dict[int, PlayRow]:
    """Return stored streams by id, with names."""
    if not ids:
        return {}
    source = (
        plays.join(items, items.c.id == plays.c.item_id)
        .join(accounts, accounts.c.id == plays.c.account_id)
        .outerjoin(artists, artists.c.id == plays.c.artist_id)
        .outerjoin(devices, devices.c.id == plays.c.device_id)
    )
    rows: dict[int, PlayRow] = {}
    whose = attributions_of(conn, ids)
    for row in conn.execute(
        select(
            plays.c.id,
            plays.c.ended_at,
            plays.c.started_at,
            plays.c.ms_played,
            items.c.title,
            artists.c.name.label("artist"),
            items.c.album,
            items.c.uri,
            plays.c.kind,
            accounts.c.key.label("account"),
            plays.c.source,
            devices.c.name.label("device"),
            plays.c.skipped,
        )
        .select_from(source)
        .where(plays.c.id.in_(ids))
    ):
        rows[int(row.id)] = PlayRow(
            ended_at=from_ms(row.ended_at),
            started_at=from_ms(row.started_at),
            ms_played=int(row.ms_played),
            title=row.title,
            artist=row.artist,
            album=row.album,
            uri=row.uri,
            kind=PlayKind(row.kind),
            account=row.account,
            source=Source(row.source),
            device=row.device,
            skipped=None if row.skipped is None else bool(row.skipped),
            play_id=int(row.id),
            **_whose(whose.get(int(row.id))),
        )
    return rows


def _whose(found: Attribution | None) -> dict[str, Any]:
    """Return a play's attribution as `PlayRow` holds it (None: its account's)."""
    if found is None:
        return {}
    return {"persons": found.persons, "certainty": found.certainty, "rule": found.rule}


def _ordered_ids(conn: Connection, query: Select[Any]) -> list[int]:
    return [int(play_id) for play_id in conn.execute(query).scalars()]


def _latest(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int | None,
    *,
    rule: PlayRule,
    extra: Sequence[ColumnElement[bool]],
    limit: int,
    newest: bool = True,
) -> list[int]:
    """Ids of the newest (or oldest) plays matching, in that order.

    One walk of the covering index per account, from one end, stopping at
    `limit` matches; merged, as the index is in time order within an account.
    """
    order = (
        [plays.c.ended_at.desc(), plays.c.id.desc()]
        if newest
        else [plays.c.ended_at, plays.c.id]
    )
    found: list[tuple[int, int]] = []
    for account_id in scope.account_ids:
        where, source = scope_where(conn, scope.one(account_id), start, end, rule)
        found += conn.execute(
            select(plays.c.ended_at, plays.c.id)
            .select_from(source)
            .where(*where, *extra)
            .order_by(*order)
            .limit(limit)
        ).tuples()
    found.sort(reverse=newest)
    return [int(play_id) for _, play_id in found[:limit]]


def first_last(
    conn: Connection,
    scope: Scope,
    *,
    artist: str | None = None,
    track: str | None = None,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> FirstLast:
    """Find the first and last counted play of an artist, show, track, or anything."""
    found = resolve_scope(conn, scope)
    target = named_target(conn, artist, track, found)
    if target is None:
        return FirstLast(None, None, None)
    if found.nothing:
        return FirstLast(target.match, None, None)
    first = _latest(
        conn, found, None, None, rule=rule, extra=target.plays, limit=1, newest=False
    )
    if not first:
        return FirstLast(target.match, None, None)
    last = _latest(conn, found, None, None, rule=rule, extra=target.plays, limit=1)
    rows = _play_rows(conn, [*first, *last])
    return FirstLast(target.match, rows[first[0]], rows[last[0]])


def playing_at(conn: Connection, scope: Scope, moment: datetime) -> PlayRow | None:
    """Return the stream playing at `moment` (started at or before, ended after).

    When streams overlap (several accounts), the one that started last. A
    stream longer than 12 hours is not looked for.
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return None
    at = to_ms(moment)
    ids = _ordered_ids(
        conn,
        select(plays.c.id)
        .where(
            plays.c.ended_at > at,
            plays.c.ended_at <= at + LONGEST_PLAY_MS,
            plays.c.started_at <= at,
            *found.plays(),
        )
        .order_by(plays.c.started_at.desc(), plays.c.ended_at, plays.c.id.desc())
        .limit(1),
    )
    return _play_rows(conn, ids)[ids[0]] if ids else None


def recent_plays(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    artist: str | None = None,
    track: str | None = None,
    device: str | None = None,
    limit: int = 20,
    rule: PlayRule = PlayRule.ALL,
    oldest: bool = False,
) -> RecentPlays:
    """Return the latest streams of a period, newest first, optionally narrowed.

    `oldest`: the first streams of the period instead, oldest first ("the
    first song this morning").

    `artist` and `track` are matched as by `find` (the match is reported);
    `device` is a device name (case and accents ignored), or the start or a
    part of one.
    """
    found = resolve_scope(conn, scope)
    target = named_target(conn, artist, track, found)
    if target is None:
        return RecentPlays(None, [])
    if limit < 1 or found.nothing:
        return RecentPlays(target.match, [])
    start, end = bounds(period)
    extra = list(target.plays)
    if device:
        chosen = device_ids(conn, device)
        if not chosen:
            return RecentPlays(target.match, [])
        extra.append(plays.c.device_id.in_(chosen))
    ids = _latest(
        conn, found, start, end, rule=rule, extra=extra, limit=limit, newest=not oldest
    )
    rows = _play_rows(conn, ids)
    return RecentPlays(target.match, [rows[play_id] for play_id in ids])


def devices_known_since(conn: Connection, scope: Scope) -> datetime | None:
    """Return when the first stream in scope with a device ended (None: none has one).

    Spotify's exports name no device (only a platform): plays before the
    first that a collector saw on a device cannot be told apart by room.
    """
    found = resolve_scope(conn, replace(scope, devices=None))
    if found.nothing:
        return None
    first = conn.execute(
        select(plays.c.ended_at)
        .where(plays.c.device_id.is_not(None), *found.plays())
        .order_by(plays.c.ended_at)
        .limit(1)
    ).scalar()
    return None if first is None else from_ms(int(first))


def roomless_in(conn: Connection, scope: Scope, period: Period) -> bool:
    """Whether a stream of the period in scope names no device (an export's).

    Such plays cannot be counted in a room: an answer about one says so.
    """
    found = resolve_scope(conn, replace(scope, devices=None))
    if found.nothing:
        return False
    start, end = bounds(period)
    return (
        conn.execute(
            select(plays.c.id)
            .where(
                plays.c.device_id.is_(None),
                *period_conditions(start, end),
                *found.plays(),
            )
            .limit(1)
        ).first()
        is not None
    )
