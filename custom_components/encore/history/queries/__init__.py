"""Answers from the listening history: rankings, totals, names, habits, coverage.

Every function is synchronous and takes a connection first; run them in the
executor, e.g. `await manager.async_read(lambda conn: top_items(conn, ...))`.
They return frozen dataclasses of plain values (`to_dict` makes JSON of any of
them). A scope picks accounts and a source (`Scope`), a period comes from
`periods.resolve_period`, and a play rule says what counts as a play
(`PlayRule`: every stream, 30 s or more, or Last.fm's rule).

Definitions (the tests compute each of them again in plain Python):

- A stream belongs to the period, hour and day in which it ended.
- Artists, tracks and albums are music: streams of kind TRACK, by the artist
  the stream was credited to (an album: by the item's artist). Shows are the
  podcasts of episodes. `TopKind` says more.
- Rankings order by the ranked measure, then the other one, then id; ranks
  are competition ranks (1, 2, 2, 4).
- `repeat_rate`: the share of music plays in the period whose track had been
  played before in the same period: (plays - distinct tracks) / plays.
- `skip_rate`: the share of streams (any kind) under 30 seconds. Spotify's
  `skipped` flag is not used: only some sources set it (exports since 2023,
  the player), so a rate mixing it would depend on which sources saw a
  stream, not on how it was listened to.
- `new_artists`: music artists whose first play in the scope, ever, falls in
  the period (under the play rule).
- Heatmap and streak days are local (the time zone passed in): a stream
  counts in the local weekday and hour in which it ended.

How each is computed fast enough over a million plays is in query_common.py;
the figures are in benchmarks/history_queries.py.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
import heapq
from itertools import pairwise
from typing import Any, NamedTuple

import orjson
from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    FromClause,
    Select,
    distinct,
    func,
    literal,
    select,
    union_all,
)

from ..models import PlayKind, Source
from ..periods import Period, to_ms
from ..store.names import normalize_name
from ..store.schema import (
    HOUR_MS,
    QUARTER_MS,
    accounts,
    artist_totals,
    artists,
    devices,
    imported_files,
    item_totals,
    items,
    jobs,
    plays,
    rollup_hours,
    rollup_quarters,
)
from .common import (
    EPOCH_WEEK_HOUR,
    LONGEST_PLAY_MS,
    WEEK_HOURS,
    Filter,
    bounds,
    counted_sums,
    covers_everything,
    data_hours,
    hour_aligned,
    hour_columns,
    hour_conditions,
    ms_to_datetime,
    offset_spans,
    period_conditions,
    resolve_scope,
    rule_from,
    split_hours,
    totals_rows,
)
from .matching import find, resolve_name
from .model import (
    CountAnswer,
    Coverage,
    FirstLast,
    Match,
    PlayRow,
    PlayRule,
    RankBy,
    RecentPlays,
    Scope,
    Streaks,
    TopEntry,
    TopKind,
    Totals,
    to_dict,
)

__all__ = [
    "CountAnswer",
    "Coverage",
    "FirstLast",
    "Match",
    "PlayRow",
    "PlayRule",
    "RankBy",
    "RecentPlays",
    "Scope",
    "Streaks",
    "TopEntry",
    "TopKind",
    "Totals",
    "coverage",
    "find",
    "first_last",
    "heatmap",
    "new_artists",
    "normalize_name",
    "play_count",
    "playing_at",
    "recent_plays",
    "repeat_rate",
    "skip_rate",
    "streaks",
    "taste_summary",
    "to_dict",
    "top_items",
    "totals",
]

IMPORT_JOB = "import"
"""`jobs.kind` of an import (importer.JOB_KIND)."""
WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_EPOCH_DAY = date(1970, 1, 1)
_PLAY_KIND = {
    TopKind.ARTIST: PlayKind.TRACK,
    TopKind.TRACK: PlayKind.TRACK,
    TopKind.ALBUM: PlayKind.TRACK,
    TopKind.SHOW: PlayKind.EPISODE,
}
_CHUNK = 900
_FEW_ARTISTS = _CHUNK // 2
"""Artists whose all-time plays are looked up by key; for more, all are read.

Their ids go to the totals and to the tail: twice, within SQLite's oldest
limit of 999 parameters a statement, as `_CHUNK`."""
_EXPORT_BITS = (1 << Source.EXPORT_EXTENDED) | (1 << Source.EXPORT_ACCOUNT)


def _use_totals(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> bool:
    """Whether the all-time totals answer: whole accounts, all their plays."""
    return (
        rule is not PlayRule.LASTFM
        and scope.whole_accounts
        and covers_everything(conn, scope, start, end)
    )


def _where(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int | None,
    rule: PlayRule,
) -> tuple[list[ColumnElement[bool]], FromClause]:
    """Conditions on the plays of a scope, period and rule, and their FROM."""
    conditions, source = rule_from(rule)
    return [*period_conditions(start, end), *scope.plays(), *conditions], source


# -- rankings --------------------------------------------------------------------


type _Key = tuple[Any, ...]


def _ranked(rows: Iterable[Any], rank_by: RankBy) -> list[tuple[_Key, int, int, int]]:
    """(key, rank, plays, ms) with competition ranks on the ranked measure."""
    ranked: list[tuple[_Key, int, int, int]] = []
    previous: int | None = None
    rank = 0
    for position, row in enumerate(rows, start=1):
        *key, plays_n, ms = row
        measure = int(plays_n) if rank_by is RankBy.PLAYS else int(ms or 0)
        if measure != previous:
            rank, previous = position, measure
        ranked.append((tuple(key), rank, int(plays_n), int(ms or 0)))
    return ranked


def _order(plays_n: Any, ms: Any, rank_by: RankBy) -> list[Any]:
    first, second = (plays_n, ms) if rank_by is RankBy.PLAYS else (ms, plays_n)
    return [first.desc(), second.desc()]


def _top_rows(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    kind: TopKind,
    rank_by: RankBy,
    limit: int,
    rule: PlayRule,
) -> list[Any]:
    """Return the ranking as (key, plays, ms) rows, best first.

    Keys: artist ids (artists, shows), item ids (tracks), album keys.
    """
    play_kind = int(_PLAY_KIND[kind])
    by_artist = kind in (TopKind.ARTIST, TopKind.SHOW)
    if _use_totals(conn, scope, start, end, rule):
        rows = totals_rows(
            conn,
            scope,
            rule,
            (play_kind,),
            by="artist" if by_artist else "album" if kind is TopKind.ALBUM else "item",
        ).subquery()
        if by_artist:
            key: Any = rows.c.artist_id
        elif kind is TopKind.TRACK:
            key = rows.c.item_id
        else:
            key = rows.c.album_key
        plays_n: Any = func.sum(rows.c.plays)
        ms: Any = func.sum(rows.c.ms)
        query = select(key, plays_n, ms).where(
            *([] if kind is TopKind.TRACK else [key != 0])
        )
    else:
        where, source = _where(conn, scope, start, end, rule)
        if by_artist:
            key = plays.c.artist_id
        elif kind is TopKind.TRACK:
            key = plays.c.item_id
        else:
            key = plays.c.album_key
        plays_n, ms = func.count(), func.sum(plays.c.ms_played)
        query = (
            select(key, plays_n, ms)
            .select_from(source)
            .where(*where, plays.c.kind == play_kind, key.is_not(None))
        )
    query = query.group_by(key).having(plays_n > 0)
    return list(
        conn.execute(
            query.order_by(*_order(plays_n, ms, rank_by), key).limit(limit)
        ).tuples()
    )


def _artist_rows(conn: Connection, ids: Iterable[int | None]) -> dict[int, Any]:
    wanted = sorted({artist_id for artist_id in ids if artist_id})
    found: dict[int, Any] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in conn.execute(
            select(artists.c.id, artists.c.name, artists.c.spotify_uri).where(
                artists.c.id.in_(chunk)
            )
        ):
            found[int(row.id)] = row
    return found


def _entries(
    conn: Connection,
    kind: TopKind,
    ranked: Sequence[tuple[_Key, int, int, int]],
) -> list[TopEntry]:
    """Names for ranked keys."""
    if kind is TopKind.TRACK:
        item_ids = [int(key[0]) for key, *_ in ranked]
        item_rows = {
            int(row.id): row
            for row in conn.execute(
                select(items.c.id, items.c.title, items.c.uri, items.c.artist_id).where(
                    items.c.id.in_(item_ids or [-1])
                )
            )
        }
        names = _artist_rows(conn, [row.artist_id for row in item_rows.values()])
        entries = []
        for key, rank, plays_n, ms in ranked:
            item = item_rows[int(key[0])]
            artist = names.get(item.artist_id)
            entries.append(
                TopEntry(
                    rank,
                    item.title or item.uri or "",
                    artist.name if artist else None,
                    plays_n,
                    ms,
                    item.uri,
                )
            )
        return entries
    if kind is TopKind.ALBUM:
        # The first item of each album names it (and its artist). Picked in
        # the index: a compilation can have hundreds of items.
        albums: dict[int, Any] = {}
        wanted = [int(key[0]) for key, *_ in ranked]
        first_items = (
            select(func.min(items.c.id))
            .where(items.c.album_key.in_(wanted or [0]))
            .group_by(items.c.album_key)
        )
        for row in conn.execute(
            select(items.c.album_key, items.c.album, items.c.artist_id).where(
                items.c.id.in_(first_items)
            )
        ):
            albums.setdefault(int(row.album_key), row)
        if missing := [key for key in wanted if key not in albums]:
            # Streams credited to another artist than their item's (a media
            # player without artist): a play of the album names it.
            for row in conn.execute(
                select(
                    plays.c.album_key,
                    items.c.album,
                    plays.c.artist_id,
                )
                .select_from(plays.join(items, items.c.id == plays.c.item_id))
                .where(plays.c.album_key.in_(missing))
                .order_by(plays.c.id)
            ):
                albums.setdefault(int(row.album_key), row)
        names = _artist_rows(conn, [row.artist_id for row in albums.values()])
        entries = []
        for key, rank, plays_n, ms in ranked:
            album = albums[int(key[0])]
            artist = names.get(album.artist_id)
            entries.append(
                TopEntry(
                    rank,
                    str(album.album),
                    artist.name if artist else None,
                    plays_n,
                    ms,
                    None,
                )
            )
        return entries
    names = _artist_rows(conn, [key[0] for key, *_ in ranked])
    return [
        TopEntry(
            rank,
            names[int(key[0])].name,
            None,
            plays_n,
            ms,
            names[int(key[0])].spotify_uri,
        )
        for key, rank, plays_n, ms in ranked
    ]


def top_items(
    conn: Connection,
    scope: Scope,
    period: Period,
    kind: TopKind,
    *,
    rank_by: RankBy = RankBy.PLAYS,
    limit: int = 10,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[TopEntry]:
    """Rank the most played artists, tracks, albums or shows of a period.

    Counts and times are over the plays the rule counts. Artists (and shows)
    are ranked by id: two spellings the history keeps apart stay apart
    ("Beyoncé" and "Beyonce"); `find` and `play_count` bring them together.
    """
    if limit < 1:
        return []
    found = resolve_scope(conn, scope)
    if found.nothing:
        return []
    start, end = bounds(period)
    rows = _top_rows(
        conn, found, start, end, kind=kind, rank_by=rank_by, limit=limit, rule=rule
    )
    return _entries(conn, kind, _ranked(rows, rank_by))


# -- totals ----------------------------------------------------------------------


class _Sums(NamedTuple):
    """What a period holds: every stream, and the plays a rule counts."""

    streams: int
    streamed_ms: int
    plays: int
    ms: int


def _sums(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> _Sums:
    """Sum a period: whole hours from the rollup, its edges from the plays."""
    split = split_hours(start, end)
    plays_column, ms_column = hour_columns(rule)
    found = conn.execute(
        select(
            func.sum(rollup_hours.c.streams),
            func.sum(rollup_hours.c.ms_played),
            func.sum(plays_column),
            func.sum(ms_column),
        ).where(*hour_conditions(split.first_hour, split.end_hour), *scope.hours())
    ).one()
    sums = [int(value or 0) for value in found]
    edge_plays, edge_ms, source = counted_sums(rule)
    for edge_start, edge_end in split.edges:
        more = conn.execute(
            select(func.count(), func.sum(plays.c.ms_played), edge_plays, edge_ms)
            .select_from(source)
            .where(*period_conditions(edge_start, edge_end), *scope.plays())
        ).one()
        sums = [
            total + int(value or 0) for total, value in zip(sums, more, strict=True)
        ]
    return _Sums._make(sums)


def _music(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    rule: PlayRule,
    *,
    artists: bool = True,
) -> tuple[int, int, int]:
    """(plays, distinct artists, distinct tracks) of counted music plays.

    Without `artists`, the distinct artists are not counted (0).
    """
    track = int(PlayKind.TRACK)
    if _use_totals(conn, scope, start, end, rule):
        rows = totals_rows(conn, scope, rule, (track,)).subquery()
        plays_n, tracks_n = conn.execute(
            select(func.sum(rows.c.plays), func.count(distinct(rows.c.item_id))).where(
                rows.c.plays > 0
            )
        ).one()
        by_artist = totals_rows(conn, scope, rule, (track,), by="artist").subquery()
        artists_n = conn.execute(
            select(func.count(distinct(by_artist.c.artist_id))).where(
                by_artist.c.plays > 0
            )
        ).scalar_one()
    else:
        where, source = _where(conn, scope, start, end, rule)
        counts: list[Any] = [func.count(), func.count(distinct(plays.c.item_id))]
        if artists:
            counts.append(func.count(distinct(plays.c.artist_id)))
        found = conn.execute(
            select(*counts).select_from(source).where(*where, plays.c.kind == track)
        ).one()
        plays_n, tracks_n = found[0], found[1]
        artists_n = found[2] if artists else 0
    return int(plays_n or 0), int(artists_n or 0), int(tracks_n or 0)


def totals(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Totals:
    """Plays, time, streams, and distinct music artists and tracks of a period."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return Totals(0, 0, 0, 0, 0, 0)
    start, end = bounds(period)
    sums = _sums(conn, found, start, end, rule)
    _, artists_n, tracks_n = _music(conn, found, start, end, rule)
    return Totals(
        sums.plays, sums.ms, sums.streams, sums.streamed_ms, artists_n, tracks_n
    )


# -- something by name -----------------------------------------------------------


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


def _target(
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
        play_kind = int(_PLAY_KIND[best.match.kind])
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
        _, _, plays_n, ms = _sums(conn, scope, start, end, rule)
        return plays_n, ms
    if _use_totals(conn, scope, start, end, rule):
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
    where, source = _where(conn, scope, start, end, rule)
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
    target = _target(conn, artist, track, found)
    if target is None:
        return CountAnswer(None, 0, 0)
    if found.nothing:
        return CountAnswer(target.match, 0, 0)
    start, end = bounds(period)
    plays_n, ms = _count(conn, found, start, end, rule=rule, target=target)
    return CountAnswer(target.match, plays_n, ms)


# -- plays -----------------------------------------------------------------------


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
            ended_at=ms_to_datetime(row.ended_at),
            started_at=ms_to_datetime(row.started_at),
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
        )
    return rows


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
        where, source = _where(conn, scope.one(account_id), start, end, rule)
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
    target = _target(conn, artist, track, found)
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


def _device_ids(conn: Connection, name: str) -> list[int]:
    """Devices whose name is `name`, else starts with it, else is close to it."""
    query = normalize_name(name)
    known = [
        (int(device_id), normalize_name(device_name))
        for device_id, device_name in conn.execute(
            select(devices.c.id, devices.c.name)
        ).tuples()
    ]
    for test in (
        lambda norm: norm == query,
        lambda norm: norm.startswith(query),
        lambda norm: query in norm,
    ):
        chosen = [device_id for device_id, norm in known if test(norm)]
        if chosen:
            return chosen
    return []


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
) -> RecentPlays:
    """Return the latest streams of a period, newest first, optionally narrowed.

    `artist` and `track` are matched as by `find` (the match is reported);
    `device` is a device name (case and accents ignored), or the start or a
    part of one.
    """
    found = resolve_scope(conn, scope)
    target = _target(conn, artist, track, found)
    if target is None:
        return RecentPlays(None, [])
    if limit < 1 or found.nothing:
        return RecentPlays(target.match, [])
    start, end = bounds(period)
    extra = list(target.plays)
    if device:
        device_ids = _device_ids(conn, device)
        if not device_ids:
            return RecentPlays(target.match, [])
        extra.append(plays.c.device_id.in_(device_ids))
    ids = _latest(conn, found, start, end, rule=rule, extra=extra, limit=limit)
    rows = _play_rows(conn, ids)
    return RecentPlays(target.match, [rows[play_id] for play_id in ids])


# -- habits ----------------------------------------------------------------------


def _local_spans(
    conn: Connection, scope: Filter, start: int | None, end: int, time_zone: tzinfo
) -> tuple[tuple[int, int, int], ...]:
    """Cut the period (from the first data when open) at offset changes."""
    if start is None:
        hours = data_hours(conn, scope)
        if hours is None:
            return ()
        start = hours[0] * HOUR_MS
    if start >= end:
        return ()
    return offset_spans(start, end, time_zone)


def _grouped_by_local(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    *,
    time_zone: tzinfo,
    rule: PlayRule,
    unit_hours: int,
    modulo: int | None,
    sums: bool = True,
) -> dict[int, int]:
    """Ms of counted plays by local unit (hour of week, or day number).

    Local unit = (local hours since the epoch + shift) // unit, mod modulo:
    with `unit_hours` 1 and modulo 168, the hour of the week from Monday
    00:00; with 24 and none, the local day. Rollup hours serve when every
    local hour is a whole UTC hour, quarter hours when it is whole quarters
    of an hour; otherwise the plays.

    `sums` False: only which units had a counted play, each with 0 ms. Their
    distinct values are then all SQLite keeps, where summing sorts every
    row first (a third of the time, for the days of ten years).
    """
    spans = _local_spans(conn, scope, start, end, time_zone)
    cells: tuple[Any, Any, int, list[ColumnElement[bool]]] | None = None
    if hour_aligned(spans):
        cells = (rollup_hours, rollup_hours.c.hour, HOUR_MS, scope.hours())
    elif hour_aligned(spans, QUARTER_MS):
        quarter = rollup_quarters.c.quarter
        cells = (rollup_quarters, quarter, QUARTER_MS, scope.quarters())
    shift = EPOCH_WEEK_HOUR if modulo else 0
    found: dict[int, int] = {}

    def bucket(hours_expr: Any) -> Any:
        unit = (
            (hours_expr + shift) // unit_hours if unit_hours > 1 else hours_expr + shift
        )
        return unit % modulo if modulo else unit

    queries: list[Select[Any] | CompoundSelect[Any]] = []
    raw_ranges: list[tuple[int | None, int, int]] = []
    if cells is not None and spans:
        table, cell, cell_ms, in_scope = cells
        plays_column, ms_column = hour_columns(rule, table)
        # A range of the cells per span, each with its offset as a constant:
        # one statement, and cheaper than a CASE of every span's end on
        # every cell (21 spans over ten years of Berlin).
        split = split_hours(spans[0][0], spans[-1][1], cell_ms)
        per_hour = HOUR_MS // cell_ms
        parts: list[Select[Any]] = []
        for index, (_begin, span_end, offset) in enumerate(spans):
            low = split.first_hour if index == 0 else spans[index][0] // cell_ms
            high = split.end_hour if index == len(spans) - 1 else span_end // cell_ms
            local = cell + offset // cell_ms
            unit = bucket(local // per_hour if per_hour > 1 else local)
            parts.append(
                _by_unit(unit, ms_column, sums=sums).where(
                    *hour_conditions(low, high, cell), plays_column > 0, *in_scope
                )
            )
        queries.append(parts[0] if len(parts) == 1 else union_all(*parts))
        # The partial hours at the ends fall in the first or last span.
        for edge_start, edge_end in split.edges:
            moment = spans[0][0] if edge_start is None else edge_start
            offset = next(
                offset
                for span_start, span_end, offset in spans
                if span_start <= moment < span_end
            )
            raw_ranges.append((edge_start, edge_end, offset))
    else:
        raw_ranges = list(spans)
    for raw_start, raw_end, offset in raw_ranges:
        where, source = _where(conn, scope, raw_start, raw_end, rule)
        unit = bucket((plays.c.ended_at + offset) // HOUR_MS)
        queries.append(
            _by_unit(unit, plays.c.ms_played, sums=sums)
            .select_from(source)
            .where(*where)
        )
    for query in queries:
        for key, ms in conn.execute(query).tuples():
            found[int(key)] = found.get(int(key), 0) + int(ms or 0)
    return found


def _by_unit(unit: Any, ms: Any, *, sums: bool) -> Select[Any]:
    """Ms by unit, or (`sums` False) each unit once with 0."""
    if sums:
        return select(unit, func.sum(ms)).group_by(unit)
    return select(unit, literal(0)).distinct()


def heatmap(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[list[int]]:
    """Minutes listened by local weekday (Monday first) and hour: 7 rows of 24.

    Each cell rounds its milliseconds to the nearest minute (half up).
    """
    grid = [[0] * 24 for _ in range(7)]
    found = resolve_scope(conn, scope)
    if found.nothing:
        return grid
    start, end = bounds(period)
    cells = _grouped_by_local(
        conn,
        found,
        start,
        end,
        time_zone=time_zone,
        rule=rule,
        unit_hours=1,
        modulo=WEEK_HOURS,
    )
    for hour_of_week, ms in cells.items():
        grid[hour_of_week // 24][hour_of_week % 24] = (ms + 30_000) // 60_000
    return grid


def repeat_rate(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> float:
    """Share of music plays whose track was already played earlier in the period."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0.0
    start, end = bounds(period)
    plays_n, _, tracks_n = _music(conn, found, start, end, rule)
    return (plays_n - tracks_n) / plays_n if plays_n else 0.0


def skip_rate(conn: Connection, scope: Scope, period: Period) -> float:
    """Share of the streams of a period (any kind) that lasted under 30 seconds."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return 0.0
    start, end = bounds(period)
    streams, _, long_enough, _ = _sums(conn, found, start, end, PlayRule.THIRTY_SECONDS)
    return (streams - long_enough) / streams if streams else 0.0


def _artist_counts(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int | None,
    *,
    rule: PlayRule,
) -> dict[int, tuple[int, int]]:
    """(plays, ms) of counted music plays by artist in [start, end)."""
    where, source = _where(conn, scope, start, end, rule)
    query = (
        select(plays.c.artist_id, func.count(), func.sum(plays.c.ms_played))
        .select_from(source)
        .where(
            *where, plays.c.kind == int(PlayKind.TRACK), plays.c.artist_id.is_not(None)
        )
        .group_by(plays.c.artist_id)
    )
    return {
        int(artist_id): (int(plays_n), int(ms or 0))
        for artist_id, plays_n, ms in conn.execute(query).cursor.fetchall()
    }


def _all_time_artist_plays(
    conn: Connection, scope: Filter, rule: PlayRule, artist_ids: Sequence[int]
) -> dict[int, int]:
    """All-time counted music plays of these artists, from the totals.

    A few hundred are looked up by key; more, and one grouped read of all
    of `artist_totals` (tens of thousands of rows) is cheaper than lists of
    ids a chunk at a time.
    """
    few = len(artist_ids) <= _FEW_ARTISTS
    rows = totals_rows(
        conn,
        scope,
        rule,
        (int(PlayKind.TRACK),),
        by="artist",
        extra=[artist_totals.c.artist_id.in_(artist_ids)] if few else (),
        tail_extra=[plays.c.artist_id.in_(artist_ids)] if few else (),
    ).subquery()
    query = select(rows.c.artist_id, func.sum(rows.c.plays)).group_by(rows.c.artist_id)
    # The driver's tuples, as in `_music_counts`: tens of thousands of rows.
    return {
        int(artist_id): int(plays_n or 0)
        for artist_id, plays_n in conn.execute(query).cursor.fetchall()
    }


def _new_artists(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int,
    rule: PlayRule,
    *,
    played: dict[int, tuple[int, int]] | None = None,
) -> dict[int, tuple[int, int]]:
    """(plays, ms) by artist of the artists first played in [start, end).

    `played`: the period's (plays, ms) by artist, when the caller has them.
    Callers rank only the few they name (`_best`): there can be thousands.
    """
    if played is not None:
        in_period = played
    elif _use_totals(conn, scope, start, end, rule):
        # The period holds every play: every artist played is new in it.
        rows = totals_rows(
            conn, scope, rule, (int(PlayKind.TRACK),), by="artist"
        ).subquery()
        in_period = {
            int(artist_id): (int(plays_n), int(ms or 0))
            for artist_id, plays_n, ms in conn.execute(
                select(rows.c.artist_id, func.sum(rows.c.plays), func.sum(rows.c.ms))
                .group_by(rows.c.artist_id)
                .having(func.sum(rows.c.plays) > 0)
            ).tuples()
        }
    else:
        in_period = _artist_counts(conn, scope, start, end, rule=rule)
    if (
        start is not None
        and in_period
        and not _use_totals(conn, scope, start, end, rule)
    ):
        played_before = _played_before(
            conn, scope, start, end, rule=rule, in_period=in_period
        )
        in_period = {
            artist_id: counts
            for artist_id, counts in in_period.items()
            if artist_id not in played_before
        }
    return in_period


def _played_before(
    conn: Connection,
    scope: Filter,
    start: int,
    end: int,
    *,
    rule: PlayRule,
    in_period: dict[int, tuple[int, int]],
) -> set[int]:
    """Which of the period's artists had a counted play before it.

    Whichever side of the period spans less of the history is read: the
    plays before it, or, for whole accounts, the all-time totals less the
    period and the plays after it. A recent period has years before it
    and little after.
    """
    hours = data_hours(conn, scope)
    if hours is not None and rule is not PlayRule.LASTFM and scope.whole_accounts:
        before = start - hours[0] * HOUR_MS
        after = (hours[1] + 1) * HOUR_MS - end
        if after < before:
            all_time = _all_time_artist_plays(conn, scope, rule, list(in_period))
            later = _artist_counts(conn, scope, end, None, rule=rule)
            return {
                artist_id
                for artist_id, (plays_n, _ms) in in_period.items()
                if all_time.get(artist_id, 0)
                - plays_n
                - later.get(artist_id, (0, 0))[0]
                > 0
            }
    return set(_artist_counts(conn, scope, None, start, rule=rule)) & set(in_period)


def new_artists(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    limit: int = 10,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[TopEntry]:
    """Music artists whose first play ever (in scope) falls in the period.

    Ranked by their plays in the period.
    """
    found = resolve_scope(conn, scope)
    if found.nothing or limit < 1:
        return []
    start, end = bounds(period)
    return _best_entries(
        conn, TopKind.ARTIST, _new_artists(conn, found, start, end, rule), limit
    )


def _local_days(
    conn: Connection, scope: Filter, time_zone: tzinfo, rule: PlayRule
) -> list[int]:
    """Local days (since 1970-01-01) with a counted play, in order."""
    hours = data_hours(conn, scope)
    if hours is None:
        return []
    days = _grouped_by_local(
        conn,
        scope,
        hours[0] * HOUR_MS,
        (hours[1] + 1) * HOUR_MS,
        time_zone=time_zone,
        rule=rule,
        unit_hours=24,
        modulo=None,
        sums=False,
    )
    return sorted(days)


def streaks(
    conn: Connection,
    scope: Scope,
    time_zone: tzinfo,
    *,
    today: date,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Streaks:
    """Find runs of local days in a row with a counted play: current and longest."""
    found = resolve_scope(conn, scope)
    if found.nothing:
        return Streaks(0, 0, None, None)
    last_day = (today - _EPOCH_DAY).days
    days = [day for day in _local_days(conn, found, time_zone, rule) if day <= last_day]
    longest = 0
    longest_end: int | None = None
    run = 0
    previous: int | None = None
    for day in days:
        run = run + 1 if previous is not None and day == previous + 1 else 1
        if run > longest:
            longest, longest_end = run, day
        previous = day
    present = set(days)
    current = 0
    cursor = last_day if last_day in present else last_day - 1
    while cursor in present:
        current += 1
        cursor -= 1
    if longest_end is None:
        return Streaks(current, 0, None, None)
    return Streaks(
        current,
        longest,
        _EPOCH_DAY + timedelta(days=longest_end - longest + 1),
        _EPOCH_DAY + timedelta(days=longest_end),
    )


# -- coverage --------------------------------------------------------------------


GAP_DAYS = 7


def _imported(conn: Connection, scope: Filter) -> dict[str, int]:
    """Count what import jobs and files added, over the scope's accounts."""
    counts = {"jobs": 0, "rows": 0, "imported": 0, "duplicates": 0, "replaced": 0}
    for (raw,) in conn.execute(
        select(jobs.c.counts).where(
            jobs.c.kind == IMPORT_JOB, *scope.on(jobs.c.account_id)
        )
    ).tuples():
        counts["jobs"] += 1
        try:
            values = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if not isinstance(values, dict):
            continue
        for name in ("rows", "imported", "duplicates", "replaced"):
            value = values.get(name)
            if isinstance(value, int):
                counts[name] += value
    files, file_rows = conn.execute(
        select(func.count(), func.sum(imported_files.c.rows)).where(
            *scope.on(imported_files.c.account_id)
        )
    ).one()
    counts["files"] = int(files or 0)
    counts["file_rows"] = int(file_rows or 0)
    stored = conn.execute(
        select(func.sum(rollup_hours.c.streams)).where(
            rollup_hours.c.sources.bitwise_and(_EXPORT_BITS) != 0, *scope.hours()
        )
    ).scalar_one_or_none()
    counts["stored"] = int(stored or 0)
    return counts


def coverage(conn: Connection, scope: Scope, time_zone: tzinfo) -> Coverage:
    """Tell what the history holds for a scope: span, days, sources, gaps, imports.

    `imported` counts, over the scope's accounts: import `jobs`, the export
    `rows` they read, the rows they `imported` (added), `duplicates` and
    `replaced` account-data rows; `files`/`file_rows` remembered as imported;
    and the streams from exports `stored` now (in scope).
    """
    found = resolve_scope(conn, scope)
    imported = _imported(conn, found) if not found.nothing else {}
    hours = None if found.nothing else data_hours(conn, found)
    if hours is None:
        return Coverage(None, None, 0, {}, [], imported)
    first_hour, last_hour = hours
    first = conn.execute(
        select(func.min(plays.c.ended_at)).where(
            *period_conditions(first_hour * HOUR_MS, (first_hour + 1) * HOUR_MS),
            *found.plays(),
        )
    ).scalar_one()
    last = conn.execute(
        select(func.max(plays.c.ended_at)).where(
            *period_conditions(last_hour * HOUR_MS, (last_hour + 1) * HOUR_MS),
            *found.plays(),
        )
    ).scalar_one()
    sources: dict[str, int] = {}
    for bits, streams in conn.execute(
        select(rollup_hours.c.sources, func.sum(rollup_hours.c.streams))
        .where(*found.hours())
        .group_by(rollup_hours.c.sources)
    ).tuples():
        for source in Source:
            bit = 1 << source
            if int(bits) & bit and streams and found.bit in (None, bit):
                name = source.name.lower()
                sources[name] = sources.get(name, 0) + int(streams)
    days = _local_days(conn, found, time_zone, PlayRule.ALL)
    gaps = [
        (
            _EPOCH_DAY + timedelta(days=before + 1),
            _EPOCH_DAY + timedelta(days=after - 1),
        )
        for before, after in pairwise(days)
        if after - before - 1 >= GAP_DAYS
    ]
    return Coverage(
        first=None if first is None else ms_to_datetime(first),
        last=None if last is None else ms_to_datetime(last),
        days_with_data=len(days),
        sources=dict(sorted(sources.items())),
        gaps=gaps,
        imported=imported,
    )


# -- taste -----------------------------------------------------------------------


def _music_counts(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> tuple[int, dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Count a period's music plays: in all, and (plays, ms) by artist and by track."""
    where, source = _where(conn, scope, start, end, rule)
    query = (
        select(
            plays.c.item_id,
            plays.c.artist_id,
            func.count(),
            func.coalesce(func.sum(plays.c.ms_played), 0),
        )
        .select_from(source)
        .where(*where, plays.c.kind == int(PlayKind.TRACK))
        .group_by(plays.c.item_id, plays.c.artist_id)
    )
    # Tens of thousands of plain integer rows: the driver's own tuples, without
    # a Row object each (half the time of this query over a year of plays),
    # taken apart column by column so that most of the work is in C.
    rows = conn.execute(query).cursor.fetchall()
    if not rows:
        return 0, {}, {}
    item_ids, artist_ids, counted, summed = zip(*rows, strict=True)
    # Ints, whatever the database sums to (MariaDB: decimals).
    counts, sums_ms = tuple(map(int, counted)), tuple(map(int, summed))
    by_artist = _summed(artist_ids, counts, sums_ms)
    by_artist.pop(None, None)
    if len(set(item_ids)) == len(item_ids):
        by_track = dict(zip(item_ids, zip(counts, sums_ms, strict=True), strict=True))
    else:
        # A track credited to more than one artist (or once to none).
        by_track = _summed(item_ids, counts, sums_ms)
    return sum(counts), by_artist, by_track


def _summed(
    keys: Sequence[Any], counts: Sequence[int], sums_ms: Sequence[int]
) -> dict[Any, tuple[int, int]]:
    """(plays, ms) added up by key."""
    plays_by: dict[Any, int] = {}
    ms_by: dict[Any, int] = {}
    plays_of, ms_of = plays_by.get, ms_by.get
    for key, count, ms in zip(keys, counts, sums_ms, strict=True):
        plays_by[key] = plays_of(key, 0) + count
        ms_by[key] = ms_of(key, 0) + ms
    return {key: (count, ms_by[key]) for key, count in plays_by.items()}


def _best(
    counts: Mapping[int, tuple[int, int]], limit: int
) -> list[tuple[int, int, int]]:
    """Return the first `limit` (key, plays, ms) in the rankings' order.

    The largest (plays, ms, -key) are the first: tuples of ints compare in
    C, a key function per row would not (a third of the time over a year).
    """
    best = heapq.nlargest(
        limit, ((plays_n, ms, -key) for key, (plays_n, ms) in counts.items())
    )
    return [(-negated, plays_n, ms) for plays_n, ms, negated in best]


def _best_entries(
    conn: Connection, kind: TopKind, counts: Mapping[int, tuple[int, int]], limit: int
) -> list[TopEntry]:
    """Rank (plays, ms) counted in Python by key; name the best `limit`."""
    return _entries(conn, kind, _ranked(_best(counts, limit), RankBy.PLAYS))


def taste_summary(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    today: date,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
    grid: list[list[int]] | None = None,
) -> dict[str, Any]:
    """Sum up a period's listening, as JSON-friendly values.

    Keys: `period`, `rule`, `totals`, `top_artists` (5), `top_artists_share`
    (their share of the music plays), `top_tracks` (5), `top_shows` (3),
    `peak` (the weekday and hour with the most minutes, None without any),
    `repeat_rate`, `skip_rate`, `new_artists` (5) and `new_artists_count`,
    and `streaks` (as of `today`, over all time). Each is what the function
    of the same name answers. `grid`: the period's `heatmap`, when the caller
    has it.
    """
    found = resolve_scope(conn, scope)
    start, end = bounds(period)
    played: dict[int, tuple[int, int]] | None = None
    all_time = False
    if found.nothing:
        music_plays, artists_n, tracks_n = 0, 0, 0
        streams, streamed_ms, plays_n, ms = 0, 0, 0, 0
        top_artists: list[TopEntry] = []
        top_tracks: list[TopEntry] = []
    else:
        streams, streamed_ms, plays_n, ms = _sums(conn, found, start, end, rule)
        if all_time := _use_totals(conn, found, start, end, rule):
            music_plays, artists_n, tracks_n = _music(conn, found, start, end, rule)
            top_artists = top_items(
                conn, scope, period, TopKind.ARTIST, limit=5, rule=rule
            )
            top_tracks = top_items(
                conn, scope, period, TopKind.TRACK, limit=5, rule=rule
            )
        else:
            # One walk of the period's music plays, grouped by track and
            # artist, serves both rankings, the counts of plays, artists and
            # tracks, and the new artists.
            music_plays, played, by_track = _music_counts(conn, found, start, end, rule)
            tracks_n = len(by_track)
            artists_n = len(played)
            top_artists = _best_entries(conn, TopKind.ARTIST, played, 5)
            top_tracks = _best_entries(conn, TopKind.TRACK, by_track, 5)
    if grid is None:
        grid = heatmap(conn, scope, period, time_zone, rule=rule)
    peak_minutes, peak_day, peak_hour = max(
        (minutes, -day, -hour)
        for day, row in enumerate(grid)
        for hour, minutes in enumerate(row)
    )
    long_enough = (
        plays_n
        if rule is PlayRule.THIRTY_SECONDS or found.nothing
        else _long_streams(conn, found, start, end)
    )
    if found.nothing:
        new_count, new_entries = 0, []
    elif all_time:
        # Every artist of all time is new in it, ranked as the top artists.
        new_count, new_entries = artists_n, top_artists
    else:
        new = _new_artists(conn, found, start, end, rule, played=played)
        new_count = len(new)
        new_entries = _best_entries(conn, TopKind.ARTIST, new, 5)
    return {
        "period": period.as_dict(),
        "rule": rule.value,
        "totals": to_dict(
            Totals(plays_n, ms, streams, streamed_ms, artists_n, tracks_n)
        ),
        "top_artists": to_dict(top_artists),
        "top_artists_share": (
            sum(entry.plays for entry in top_artists) / music_plays
            if music_plays
            else 0.0
        ),
        "top_tracks": to_dict(top_tracks),
        "top_shows": to_dict(
            top_items(conn, scope, period, TopKind.SHOW, limit=3, rule=rule)
        ),
        "peak": (
            {
                "weekday": WEEKDAYS[-peak_day],
                "hour": -peak_hour,
                "minutes": peak_minutes,
            }
            if peak_minutes
            else None
        ),
        "repeat_rate": (music_plays - tracks_n) / music_plays if music_plays else 0.0,
        "skip_rate": (streams - long_enough) / streams if streams else 0.0,
        "new_artists": to_dict(new_entries),
        "new_artists_count": new_count,
        "streaks": to_dict(streaks(conn, scope, time_zone, today=today, rule=rule)),
    }


def _long_streams(conn: Connection, scope: Filter, start: int | None, end: int) -> int:
    """Streams of 30 s or more in a period."""
    return _sums(conn, scope, start, end, PlayRule.THIRTY_SECONDS).plays


def minutes_by_day(
    conn: Connection,
    scope: Scope,
    period: Period,
    time_zone: tzinfo,
    *,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[tuple[date, int]]:
    """Minutes of counted plays by local day, days without any left out, in order.

    What the listening page draws per day, week or month (it adds days up).
    Each day rounds its milliseconds to the nearest minute (half up), as the
    heatmap's cells do.
    """
    found = resolve_scope(conn, scope)
    if found.nothing:
        return []
    start, end = bounds(period)
    days = _grouped_by_local(
        conn,
        found,
        start,
        end,
        time_zone=time_zone,
        rule=rule,
        unit_hours=24,
        modulo=None,
    )
    epoch = date(1970, 1, 1)
    return [
        (epoch + timedelta(days=day), (ms + 30_000) // 60_000)
        for day, ms in sorted(days.items())
        if ms
    ]
