"""One song: the Spotify URIs of the same recording count as one.

Spotify gives one recording several URIs: the single and the album version,
a re-release, a compilation's copy. Two URI items are one recording when
they are the same song (`identity.song_key`: kind, normalised artist and
title) and their lengths as the history knows them (`item_lengths`, the
longest stream of each) lie within `SAME_RECORDING_MS` of each other. The
exports give no ISRC, so the history cannot ask for one; a live take, a remix
or a radio edit has a title of its own ("... - Live", "... (Remix)") or a
length of its own, and stays apart.

`item_recordings` holds the URI items that are not their recording's own:
each points at the recording's item, the most played one (whose URI playing
uses). Rankings and counts of tracks group by it; every URI item is kept,
with its plays. Kept by the writer after every batch that adds plays of a
URI item with a sibling (`refresh`), after a collector's play of one
(`refresh_items`), whole after a bulk import and by the migration to version 9.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from ..models import PlayKind
from .folding import folded_id
from .schema import (
    ALL_ACCOUNTS,
    item_lengths,
    item_recordings,
    item_totals,
    items,
    plays,
)

SAME_RECORDING_MS = 3_000
"""How far apart two URIs' known lengths may be for one recording.

In the real exports in `shared/data`, the same song's URIs played to the
end are as long to the millisecond (often exactly equal, at most 70 ms
apart); a different recording of a title (a remaster, a live take) is
seconds longer or shorter. A URI never played to the end seems shorter
than it is and stays apart: not merging is the safe error."""

_CHUNK = 500


def clusters(
    found: Sequence[tuple[int, str, int, int]],
) -> list[list[tuple[int, int]]]:
    """Group (item id, song key, length, plays) into recordings, each best first.

    Within a song, by length: an item joins the group of the shortest one it
    is within `SAME_RECORDING_MS` of (never a chain drifting further). Each
    group comes as (item id, plays), the most played first (then the lowest
    id): its first item is the recording's.
    """
    by_song: dict[str, list[tuple[int, int, int]]] = {}
    for item_id, song, length, played in found:
        by_song.setdefault(song, []).append((length, item_id, played))
    groups: list[list[tuple[int, int]]] = []
    for members in by_song.values():
        members.sort()
        group: list[tuple[int, int, int]] = []
        for member in members:
            if group and member[0] - group[0][0] > SAME_RECORDING_MS:
                groups.append(_best_first(group))
                group = []
            group.append(member)
        if group:
            groups.append(_best_first(group))
    return [group for group in groups if len(group) > 1]


def _best_first(group: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    return sorted(
        ((item_id, played) for _length, item_id, played in group),
        key=lambda member: (-member[1], member[0]),
    )


def _songs_with_siblings(conn: Connection, songs: Iterable[str] | None) -> list[str]:
    """Return the songs (of those given, None: all) that have two URI items or more."""
    query = (
        select(items.c.song_key)
        .where(
            items.c.kind == int(PlayKind.TRACK),
            items.c.uri.is_not(None),
            items.c.song_key.is_not(None),
        )
        .group_by(items.c.song_key)
        .having(func.count() > 1)
    )
    if songs is None:
        return [str(song) for song in conn.execute(query).scalars()]
    wanted = sorted(set(songs))
    found: list[str] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found += [
            str(song)
            for song in conn.execute(query.where(items.c.song_key.in_(chunk))).scalars()
        ]
    return found


def refresh(conn: Connection, songs: Iterable[str] | None = None) -> int:
    """Recount which URI items are one recording, for these songs (None: all).

    Returns how many items now count as another's recording.
    """
    siblings = _songs_with_siblings(conn, songs)
    folded = folded_id(conn)
    if songs is None:
        conn.execute(delete(item_recordings))
    rows: list[dict[str, Any]] = []
    for start in range(0, len(siblings), _CHUNK):
        chunk = siblings[start : start + _CHUNK]
        members = select(items.c.id).where(
            items.c.song_key.in_(chunk),
            items.c.kind == int(PlayKind.TRACK),
            items.c.uri.is_not(None),
        )
        if songs is not None:
            conn.execute(
                delete(item_recordings).where(item_recordings.c.item_id.in_(members))
            )
        played = (
            select(item_totals.c.item_id, func.sum(item_totals.c.streams).label("n"))
            .where(
                item_totals.c.account_id == ALL_ACCOUNTS,
                item_totals.c.kind == int(PlayKind.TRACK),
                item_totals.c.item_id.in_(members),
            )
            .group_by(item_totals.c.item_id)
            .subquery()
        )
        # The plays not yet folded into the totals count too.
        tail = {
            int(item_id): int(n)
            for item_id, n in conn.execute(
                select(plays.c.item_id, func.count())
                .where(plays.c.id > folded, plays.c.item_id.in_(members))
                .group_by(plays.c.item_id)
            ).tuples()
        }
        found = [
            (int(item_id), str(song), int(length), int(n or 0) + tail.get(item_id, 0))
            for item_id, song, length, n in conn.execute(
                select(
                    items.c.id, items.c.song_key, item_lengths.c.longest_ms, played.c.n
                )
                .join(item_lengths, item_lengths.c.item_id == items.c.id)
                .outerjoin(played, played.c.item_id == items.c.id)
                .where(items.c.id.in_(members))
            ).tuples()
        ]
        for group in clusters(found):
            (recording, _), *others = group
            rows += [
                {"item_id": item_id, "recording_id": recording} for item_id, _ in others
            ]
    if rows:
        conn.execute(insert(item_recordings), rows)
    return len(rows)


def refresh_items(conn: Connection, item_ids: Iterable[int]) -> int:
    """Recount the recordings of these items' songs (URI tracks only).

    A collector's play can be a URI's first, or its longest: either can make
    it one recording with a sibling the history already holds.
    """
    wanted = sorted(set(item_ids))
    if not wanted:
        return 0
    songs = conn.execute(
        select(items.c.song_key)
        .distinct()
        .where(
            items.c.id.in_(wanted),
            items.c.kind == int(PlayKind.TRACK),
            items.c.uri.is_not(None),
            items.c.song_key.is_not(None),
        )
    ).scalars()
    found = [str(song) for song in songs]
    return refresh(conn, found) if found else 0


def refresh_added(conn: Connection, low: int, high: int) -> int:
    """Recount the recordings of the songs whose URI items plays (low, high] played."""
    songs = conn.execute(
        select(items.c.song_key)
        .distinct()
        .join(plays, plays.c.item_id == items.c.id)
        .where(
            plays.c.id > low,
            plays.c.id <= high,
            plays.c.kind == int(PlayKind.TRACK),
            items.c.uri.is_not(None),
            items.c.song_key.is_not(None),
        )
    ).scalars()
    return refresh(conn, [str(song) for song in songs])
