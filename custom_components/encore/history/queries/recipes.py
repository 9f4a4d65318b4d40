"""Songs picked from the history to play again: on repeat, forgotten, discovered.

Each recipe returns ranked tracks (`TopEntry`, with the Spotify URI when the
history knows it), best first, so a player can start them in order:

- `on_repeat`: the most played tracks of the last `ON_REPEAT_DAYS` days.
- `forgotten_favourites`: tracks much played before `FORGOTTEN_AFTER_DAYS`
  days ago and not played at all in the last `FORGOTTEN_QUIET_DAYS` days,
  ranked by their plays back then (at least `FORGOTTEN_MIN_PLAYS` of them).
- `discoveries`: this period's most played tracks by artists first heard in
  it (the store's `artist_firsts`, as `new_artists` reads them).

They read through the same scopes, rules and rankings as `top_items`; the
plain top songs of a period are `top_items` itself.
"""

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, case, func, select, true

from ..epoch import to_ms
from ..periods import Period, PeriodName
from ..store.schema import items, plays
from .common import (
    CHUNK,
    PLAY_KIND,
    Filter,
    bounds,
    by_recording,
    recording_map,
    resolve_scope,
    rule_from,
    scope_where,
    totals_rows,
    use_totals,
)
from .habits import new_artists_query
from .model import PlayRule, RankBy, Scope, TopEntry, TopKind
from .rankings import named_entries, ranked_keys, top_entries, top_items

ON_REPEAT_DAYS = 30
FORGOTTEN_AFTER_DAYS = 365
FORGOTTEN_QUIET_DAYS = 182
FORGOTTEN_MIN_PLAYS = 3
# How many of the old favourites are looked at before the recent ones are
# left out: enough that a household that still plays its old top 100 gets
# a full folder of the ones it stopped playing.
_FORGOTTEN_CANDIDATES = 5


def _last_days(now: datetime, days: int) -> Period:
    return Period(PeriodName.LAST_DAYS, now - timedelta(days=days), now, days)


def on_repeat(
    conn: Connection,
    scope: Scope,
    now: datetime,
    *,
    limit: int = 50,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[TopEntry]:
    """Rank the most played tracks of the last `ON_REPEAT_DAYS` days."""
    return top_items(
        conn,
        scope,
        _last_days(now, ON_REPEAT_DAYS),
        TopKind.TRACK,
        limit=limit,
        rule=rule,
        images=True,
    )


def forgotten_favourites(
    conn: Connection,
    scope: Scope,
    now: datetime,
    *,
    limit: int = 50,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> list[TopEntry]:
    """Rank tracks much played over a year ago and not in the last six months."""
    if limit < 1:
        return []
    found = resolve_scope(conn, scope)
    if found.nothing:
        return []
    cutoff = now - timedelta(days=FORGOTTEN_AFTER_DAYS)
    wanted = limit * _FORGOTTEN_CANDIDATES
    quiet = _last_days(now, FORGOTTEN_QUIET_DAYS)
    found_old = _old_rows(
        conn,
        found,
        cutoff_ms=to_ms(cutoff),
        now_ms=to_ms(now),
        quiet_ms=to_ms(now - timedelta(days=FORGOTTEN_QUIET_DAYS)),
        rule=rule,
        wanted=wanted,
    )
    recording = recording_map(conn, found)
    if found_old is not None:
        rows, heard = found_old
        if recording:
            # One song per recording: its URIs' old plays count together,
            # and any of them heard lately means the song was heard.
            merged = by_recording({row[0]: row[1:] for row in rows}, recording)
            rows = sorted(
                ((item, n, ms) for item, (n, ms) in merged.items()),
                key=lambda row: (-row[1], -row[2], row[0]),
            )
            heard = {recording.get(item, item) for item in heard}
            heard |= _heard_songs(
                conn, found, quiet, [row[0] for row in rows], recording
            )
        # Heard in the quiet months (any stream): not forgotten.
        quiet_rows = [row for row in rows if row[0] not in heard]
        kept_rows = [row for row in quiet_rows if row[1] >= FORGOTTEN_MIN_PLAYS]
        entries = top_entries(
            conn, TopKind.TRACK, ranked_keys(kept_rows, RankBy.PLAYS), images=True
        )
        return _reranked([entry for entry in entries if entry.uri][:limit])
    before = Period(PeriodName.CUSTOM, None, cutoff)
    ranked = top_items(
        conn, scope, before, TopKind.TRACK, limit=wanted, rule=rule, images=True
    )
    old = [
        entry for entry in ranked if entry.plays >= FORGOTTEN_MIN_PLAYS and entry.uri
    ]
    if not old:
        return []
    uris = sorted({entry.uri for entry in old if entry.uri})
    song_of_uri: dict[str, int] = {}
    for first in range(0, len(uris), CHUNK):
        song_of_uri.update(
            (str(uri), int(item_id))
            for item_id, uri in conn.execute(
                select(items.c.id, items.c.uri).where(
                    items.c.uri.in_(uris[first : first + CHUNK])
                )
            ).tuples()
        )
    heard = _heard_songs(conn, found, quiet, list(song_of_uri.values()), recording)
    kept = [
        entry
        for entry in old
        if entry.uri is not None and song_of_uri.get(entry.uri) not in heard
    ][:limit]
    return _reranked(kept)


def _heard_songs(
    conn: Connection,
    found: Filter,
    quiet: Period,
    songs: list[int],
    recording: Mapping[int, int],
) -> set[int]:
    """Return the songs (of `songs`) with any stream in `quiet`, by any of their URIs.

    A recording's other URIs (`store.recordings`) count as the song: the
    single heard ten days ago means the album's copy was not forgotten.
    Every stream counts here, skips included (rule ALL).
    """
    wanted = set(songs)
    song_of = {item: item for item in wanted}
    song_of.update((uri, song) for uri, song in recording.items() if song in wanted)
    start, end = bounds(quiet)
    where, source = scope_where(conn, found, start, end, PlayRule.ALL)
    ids = sorted(song_of)
    heard: set[int] = set()
    for first in range(0, len(ids), CHUNK):
        heard.update(
            song_of[int(item_id)]
            for (item_id,) in conn.execute(
                select(plays.c.item_id)
                .select_from(source)
                .where(*where, plays.c.item_id.in_(ids[first : first + CHUNK]))
                .distinct()
            ).tuples()
        )
    return heard


def _old_rows(
    conn: Connection,
    found: Filter,
    *,
    cutoff_ms: int,
    now_ms: int,
    quiet_ms: int,
    rule: PlayRule,
    wanted: int,
) -> tuple[list[tuple[int, int, int]], set[int]] | None:
    """Rank tracks by their plays before `cutoff_ms`: (item id, plays, ms), best first.

    Reading nine years of plays to rank them took 250-800 ms over a million
    plays (`scripts/bench playlists`). The all-time totals less the plays
    since the cutoff give the same counts: the best totals are read in
    growing pages, each page's tracks' plays since the cutoff subtracted,
    until no track left unread can reach the ranking (its old plays are at
    most its total, at most the last total read). The same read of each
    candidate's recent plays tells which were heard at all (any stream,
    skips included) since `quiet_ms`: the second part of the answer. None
    when the totals cannot answer (part of an account, Last.fm's rule).
    """
    if not use_totals(conn, found, None, now_ms, rule):
        return None
    play_kind = int(PLAY_KIND[TopKind.TRACK])
    # Every stream since the cutoff; the rule's own ones counted apart.
    where, source = scope_where(conn, found, cutoff_ms, None, PlayRule.ALL)
    rule_conditions, _source = rule_from(rule)
    counts = and_(*rule_conditions) if rule_conditions else true()
    recent_n = func.sum(case((counts, 1), else_=0))
    recent_ms = func.sum(case((counts, plays.c.ms_played), else_=0))
    totals = totals_rows(conn, found, rule, (play_kind,), by="item").subquery()
    heard: set[int] = set()
    plays_n, ms = func.sum(totals.c.plays), func.sum(totals.c.ms)
    since: dict[int, tuple[int, int]] = {}
    fetch = wanted * 2
    while True:
        rows = list(
            conn.execute(
                select(totals.c.item_id, plays_n, ms)
                .group_by(totals.c.item_id)
                .having(plays_n > 0)
                .order_by(plays_n.desc(), ms.desc(), totals.c.item_id)
                .limit(fetch)
            ).tuples()
        )
        unread = sorted({int(row[0]) for row in rows} - since.keys())
        for first in range(0, len(unread), CHUNK):
            chunk = unread[first : first + CHUNK]
            since.update(dict.fromkeys(chunk, (0, 0)))
            for item_id, count, count_ms, last in conn.execute(
                select(plays.c.item_id, recent_n, recent_ms, func.max(plays.c.ended_at))
                .select_from(source)
                .where(
                    *where,
                    plays.c.kind == play_kind,
                    plays.c.item_id.in_(chunk),
                )
                .group_by(plays.c.item_id)
            ).tuples():
                since[int(item_id)] = (int(count or 0), int(count_ms or 0))
                if last is not None and int(last) >= quiet_ms:
                    heard.add(int(item_id))
        old: list[tuple[int, int, int]] = []
        for item_id, total, total_ms in rows:
            later, later_ms = since[int(item_id)]
            if int(total) > later:
                old.append(
                    (int(item_id), int(total) - later, int(total_ms or 0) - later_ms)
                )
        old.sort(key=lambda row: (-row[1], -row[2], row[0]))
        best = old[:wanted]
        if len(rows) < fetch or (len(best) == wanted and best[-1][1] > rows[-1][1]):
            return best, heard
        fetch *= 4


def discoveries(
    conn: Connection,
    scope: Scope,
    period: Period,
    *,
    limit: int = 50,
) -> list[TopEntry]:
    """Rank the period's tracks by artists first heard in it.

    Always by Spotify's 30-second rule: a first listen is a play someone
    stayed for, and the artists' first plays are kept for that rule.
    """
    if limit < 1:
        return []
    found = resolve_scope(conn, scope)
    if found.nothing:
        return []
    start, end = bounds(period)
    if start is None:
        return []
    rule = PlayRule.THIRTY_SECONDS
    new = new_artists_query(conn, found, start, end, rule)
    if new is None:
        return []
    where, source = scope_where(conn, found, start, end, rule)
    plays_n, ms = func.count(), func.sum(plays.c.ms_played)
    rows = conn.execute(
        select(plays.c.item_id, plays_n, ms)
        .select_from(source)
        .where(
            *where,
            plays.c.kind == int(PLAY_KIND[TopKind.TRACK]),
            plays.c.artist_id.in_(new.scalar_subquery()),
        )
        .group_by(plays.c.item_id)
        .order_by(plays_n.desc(), ms.desc(), plays.c.item_id)
        .limit(limit)
    ).tuples()
    return named_entries(
        conn,
        TopKind.TRACK,
        [(int(k), int(n), int(m or 0)) for k, n, m in rows],
        images=True,
    )


def _reranked(entries: list[TopEntry]) -> list[TopEntry]:
    """Competition ranks again after entries were left out (1, 2, 2, 4)."""
    ranked: list[TopEntry] = []
    previous: int | None = None
    rank = 0
    for position, entry in enumerate(entries, start=1):
        if entry.plays != previous:
            rank, previous = position, entry.plays
        ranked.append(
            TopEntry(
                rank,
                entry.name,
                entry.artist,
                entry.plays,
                entry.ms_played,
                entry.uri,
                entry.image,
            )
        )
    return ranked


__all__ = [
    "FORGOTTEN_AFTER_DAYS",
    "FORGOTTEN_MIN_PLAYS",
    "FORGOTTEN_QUIET_DAYS",
    "ON_REPEAT_DAYS",
    "discoveries",
    "forgotten_favourites",
    "on_repeat",
]
