"""Counting something by name: the plays of an artist, a track, an album or a show."""

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, func, select

from ..models import PlayKind
from ..periods import Period
from ..store.schema import artist_totals, item_totals, plays
from .common import (
    PLAY_KIND,
    Filter,
    bounds,
    resolve_scope,
    scope_where,
    totals_rows,
    use_totals,
)
from .matching import resolve_name
from .model import CountAnswer, Match, PlayRule, Scope, TopKind
from .totals import period_sums


@dataclass(frozen=True, slots=True)
class _Target:
    """What a question names, as conditions on the plays and the totals."""

    match: Match | None
    plays: list[ColumnElement[bool]]
    totals: list[ColumnElement[bool]]
    kinds: tuple[int, ...]
    artists: bool = False
    """`totals` is on `artist_totals` (else on `item_totals`)."""


_EVERYTHING = _Target(None, [], [], tuple(int(kind) for kind in PlayKind))


def named_target(
    conn: Connection, artist: str | None, track: str | None, scope: Filter
) -> _Target | None:
    """Resolve an artist (or show) and/or a track; None when nothing matches.

    A track narrows to items of that title by an artist of that name; an
    artist alone is matched against artists and shows alike (the better
    score wins, an artist on a tie). Only what the scope's accounts played
    is found: another account's artist is not the asker's.
    """
    if track:
        resolved = resolve_name(
            conn, track, TopKind.TRACK, artist=artist or None, scope=scope
        )
        if resolved is None:
            return None
        ids = resolved.ids
        return _Target(
            resolved.match,
            [plays.c.item_id.in_(ids), plays.c.kind == int(PlayKind.TRACK)],
            [item_totals.c.item_id.in_(ids)],
            (int(PlayKind.TRACK),),
        )
    if artist:
        candidates = [
            found
            for found in (resolve_name(conn, artist, TopKind.ARTIST, scope=scope),)
            if found is not None
        ]
        # An artist's exact name is enough; otherwise a show may fit better.
        if not candidates or candidates[0].match.score < 1.0:
            show = resolve_name(conn, artist, TopKind.SHOW, scope=scope)
            if show is not None:
                candidates.append(show)
        if not candidates:
            return None
        best = max(
            candidates,
            key=lambda found: (found.match.score, found.match.kind is TopKind.ARTIST),
        )
        play_kind = int(PLAY_KIND[best.match.kind])
        return _Target(
            best.match,
            [plays.c.artist_id.in_(best.ids), plays.c.kind == play_kind],
            [artist_totals.c.artist_id.in_(best.ids)],
            (play_kind,),
            artists=True,
        )
    return _EVERYTHING


def _count(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    rule: PlayRule,
    target: _Target,
) -> tuple[int, int]:
    """(plays, ms) of a target in a period."""
    if not target.plays:
        _, _, plays_n, ms = period_sums(conn, scope, start, end, rule)
        return plays_n, ms
    if use_totals(conn, scope, start, end, rule):
        rows = totals_rows(
            conn,
            scope,
            rule,
            target.kinds,
            by="artist" if target.artists else "item",
            extra=target.totals,
            tail_extra=target.plays,
        ).subquery()
        plays_n, ms = conn.execute(
            select(func.sum(rows.c.plays), func.sum(rows.c.ms))
        ).one()
        return int(plays_n or 0), int(ms or 0)
    where, source = scope_where(conn, scope, start, end, rule)
    plays_n, ms = conn.execute(
        select(func.count(), func.sum(plays.c.ms_played))
        .select_from(source)
        .where(*where, *target.plays)
    ).one()
    return int(plays_n or 0), int(ms or 0)


def play_count(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    artist: str | None = None,
    track: str | None = None,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> CountAnswer:
    """How often and how long an artist, a show, a track (or anything) played.

    Names are matched by `find` (the match is reported, None when nothing
    matched, which counts zero); without a name, everything counts.
    """
    found = resolve_scope(conn, scope)
    target = named_target(conn, artist, track, found)
    if target is None:
        return CountAnswer(None, 0, 0)
    if found.nothing:
        return CountAnswer(target.match, 0, 0)
    start, end = bounds(period)
    plays_n, ms = _count(conn, found, start, end, rule=rule, target=target)
    return CountAnswer(target.match, plays_n, ms)
