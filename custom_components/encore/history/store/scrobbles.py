"""Scrobbles into the history: one play, one row, whatever the source.

A scrobbling service (Last.fm, ListenBrainz) knows a play by its artist,
title and a time: the start of the play, as both services document, though
some scrobblers stamp the end. A scrobble is a play the history holds when a
held play of the same song (`match_key`: names normalised, version tags such
as "- Remastered 2011" and "(feat. ...)" and second artists left out) lies
around its stamp: from `WINDOW_MS` before the play's start (the documented
stamp) to `WINDOW_MS` after its end (a scrobbler that stamps the end). Each
held play takes one scrobble (`_matched`). A held play under 30 seconds is a
skip no scrobbler reports, and takes none.

What matches nothing is a new play, stored with the account's other plays
(`WriterState.insert_columns`). A scrobble with a Spotify URI is its item; one
without joins the known song of its names (the same names first, else the
same `match_key`), taking that item's names and URI, so a song ranks once
across sources; a song no source knows becomes an item named without a URI
(and the first spelling met of it names it for the rest of the import).

A service says nothing of how long a track was played: a scrobble's length is
the track's length when the service gives it, else the longest stream the
history knows of its song, else `UNKNOWN_LENGTH_MS` (a scrobble counts under
every play rule, which it must: the service counted it).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
import heapq
import re
from typing import Final, NamedTuple

import orjson
from sqlalchemy import Connection, select

from ..epoch import now_ms
from ..models import THIRTY_SECONDS_MS, PlayColumns, PlayKind, PlayRecord, Source
from .cross_source import is_observer
from .names import normalize_name
from .resolution import CHUNK, insert_ignore
from .schema import accounts, artists, imported_files, item_lengths, items, jobs, plays
from .turns import give_way
from .writes import WriterState

WINDOW_MS: Final = 120_000
"""How far a stamp may lie from a held play's start or end and still be it.

Scrobblers stamp when they decide (the start, the end, or the moment the
play crossed the service's rule) by a clock that may be a minute off."""
LONGEST_PLAY_MS: Final = 3 * 3600 * 1000
"""Held plays are read this far before a batch's first stamp (a long mix)."""
UNKNOWN_LENGTH_MS: Final = 240_000
"""A scrobble's length when nothing says it: Last.fm's 4 minutes, the least
that counts under its rule whatever the track's length."""
SCROBBLE_SOURCES: Final = frozenset({int(Source.LASTFM), int(Source.LISTENBRAINZ)})

# Version tags a scrobbler, a store or a re-release adds to one recording's
# title: only for matching, never stored.
_BRACKETED = re.compile(
    r"\s*[\(\[][^\)\]]*\b(?:remaster(?:ed)?|feat\.?|ft\.?|featuring|with|"
    r"single version|album version|mono|stereo|explicit|clean)\b[^\)\]]*[\)\]]",
    re.IGNORECASE,
)
_DASHED = re.compile(
    r"\s+-\s+(?:[^-]*\bremaster(?:ed)?\b.*|(?:\d{4}\s+)?(?:single|album|mono|"
    r"stereo) version.*|mono|stereo|explicit|feat\.?\s.*|ft\.?\s.*|with\s.*)$",
    re.IGNORECASE,
)
_BARE_FEAT = re.compile(r"\s+(?:feat\.?|ft\.?|featuring)\s.*$", re.IGNORECASE)
_SECOND_ARTIST = re.compile(
    r"\s*(?:,|&|\bfeat\.?|\bft\.?|\bfeaturing\b|\band\b|\bx\b)\s.*$", re.IGNORECASE
)


def loose_title(title: str) -> str:
    """Return a title without the tags versions add ("- Remastered 2011", "(feat. X)")."""
    bare = _BRACKETED.sub("", title)
    bare = _DASHED.sub("", bare)
    bare = _BARE_FEAT.sub("", bare)
    return bare.strip() or title


def loose_artist(artist: str) -> str:
    """Return the first artist of a credit ("A feat. B", "A & B", "A, B" -> "A")."""
    first = _SECOND_ARTIST.sub("", artist).strip()
    return first or artist


def match_key(artist: str | None, title: str | None) -> str | None:
    """Return the key two records of one song share, loosely: None without names."""
    if not artist or not title:
        return None
    return f"{normalize_name(loose_artist(artist))}\x1f{normalize_name(loose_title(title))}"


def exact_key(artist: str | None, title: str | None) -> str | None:
    """Return the key of the same names (`normalize_name`, as the songs' key)."""
    if not artist or not title:
        return None
    return f"{normalize_name(artist)}\x1f{normalize_name(title)}"


class ScrobbleRow(NamedTuple):
    """One scrobble as the history takes it (times in epoch milliseconds)."""

    started_at: int
    artist: str
    title: str
    album: str | None
    duration_ms: int | None
    item_uri: str | None


class _Song(NamedTuple):
    artist: str | None
    title: str
    album: str | None
    uri: str | None
    length: int | None
    known: bool = True
    """Held before this import (not a new song it named first)."""


@dataclass(slots=True)
class SongIndex:
    """The known songs by name, built once an import on the writer thread.

    `exact` and `loose` map a key to the names (and URI) its plays take;
    `held_keys` remembers the match key of each item a held play is of.
    """

    exact: dict[str, _Song] = field(default_factory=dict)
    loose: dict[str, _Song] = field(default_factory=dict)
    held_keys: dict[int, str | None] = field(default_factory=dict)
    account_ids: list[int] = field(default_factory=list)
    loaded: bool = False

    def load(self, conn: Connection, account_id: int) -> None:
        """Read every track item and its length; the accounts a play may be held by."""
        lengths: dict[int, int] = {}
        for item_id, longest in conn.execute(
            select(item_lengths.c.item_id, item_lengths.c.longest_ms)
        ).tuples():
            lengths[item_id] = longest
            give_way()
        rows = conn.execute(
            select(
                items.c.id, items.c.uri, items.c.title, items.c.album, artists.c.name
            )
            .outerjoin(artists, artists.c.id == items.c.artist_id)
            .where(items.c.kind == int(PlayKind.TRACK), items.c.title.is_not(None))
            # URI items first, then the oldest: the one a name joins.
            .order_by(items.c.uri.is_(None), items.c.id)
        ).tuples()
        for item_id, uri, title, album, artist in rows:
            give_way()
            song = _Song(artist, title, album, uri, lengths.get(item_id))
            if (key := exact_key(artist, title)) is not None:
                self.exact.setdefault(key, song)
            loose = match_key(artist, title)
            self.held_keys[item_id] = loose
            if loose is not None:
                self.loose.setdefault(loose, song)
        self.account_ids = [account_id] + [
            other_id
            for other_id, key in conn.execute(
                select(accounts.c.id, accounts.c.key)
            ).tuples()
            if other_id != account_id and is_observer(key)
        ]
        self.loaded = True

    def song_of(self, row: ScrobbleRow, loose: str | None) -> _Song | None:
        """Return the known song a scrobble without a URI is, if any."""
        exact = exact_key(row.artist, row.title)
        found = self.exact.get(exact) if exact is not None else None
        if found is None and loose is not None:
            found = self.loose.get(loose)
        return found

    def learn(self, row: ScrobbleRow, loose: str | None, length: int) -> None:
        """Remember a new song's first spelling: the import's later ones join it."""
        song = _Song(
            row.artist, row.title, row.album, row.item_uri, length, known=False
        )
        if (exact := exact_key(row.artist, row.title)) is not None:
            self.exact.setdefault(exact, song)
        if loose is not None:
            self.loose.setdefault(loose, song)


@dataclass(slots=True)
class ScrobbleResult:
    """What a batch of scrobbles did."""

    new: int = 0
    held: int = 0
    """Scrobbles of plays the history holds (from any source, this import's too)."""
    joined: int = 0
    """New plays of a song the history knew by name (not by URI)."""
    new_songs: int = 0
    truncated: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def add(self, other: ScrobbleResult) -> None:
        """Add another batch's counts."""
        self.new += other.new
        self.held += other.held
        self.joined += other.joined
        self.new_songs += other.new_songs
        self.truncated += other.truncated
        for reason, count in other.skipped.items():
            self.skipped[reason] = self.skipped.get(reason, 0) + count


type _Held = tuple[int, int, int]
"""(play id, started_at, ended_at) of a held play."""


def _held_plays(
    conn: Connection, index: SongIndex, low: int, high: int
) -> dict[str, list[_Held]]:
    """Return the held plays of tracks around [low, high], by match key."""
    rows: list[tuple[int, int, int, int, int, int]] = []
    for row in conn.execute(
        select(
            plays.c.id,
            plays.c.started_at,
            plays.c.ended_at,
            plays.c.ms_played,
            plays.c.source,
            plays.c.item_id,
        ).where(
            plays.c.account_id.in_(index.account_ids),
            plays.c.kind == int(PlayKind.TRACK),
            plays.c.ended_at >= low - WINDOW_MS,
            plays.c.ended_at <= high + WINDOW_MS + LONGEST_PLAY_MS,
        )
    ).tuples():
        rows.append(row)
        give_way()
    missing = sorted({row[5] for row in rows} - index.held_keys.keys())
    for start in range(0, len(missing), CHUNK):
        for item_id, title, artist in conn.execute(
            select(items.c.id, items.c.title, artists.c.name)
            .outerjoin(artists, artists.c.id == items.c.artist_id)
            .where(items.c.id.in_(missing[start : start + CHUNK]))
        ).tuples():
            index.held_keys[item_id] = match_key(artist, title)
            give_way()
    found: dict[str, list[_Held]] = {}
    for play_id, started, ended, played, source, item_id in rows:
        if played < THIRTY_SECONDS_MS and source not in SCROBBLE_SOURCES:
            continue  # a skip: no scrobbler reported it
        if started > high + WINDOW_MS:
            continue
        if (key := index.held_keys.get(item_id)) is not None:
            found.setdefault(key, []).append((play_id, started, ended))
    return found


def _matched(
    rows: Sequence[ScrobbleRow],
    keys: Sequence[str | None],
    held: dict[str, list[_Held]],
) -> set[int]:
    """Return the indexes of the scrobbles a held play takes, as many as can be.

    A held play takes a scrobble stamped from `WINDOW_MS` before its start to
    `WINDOW_MS` after its end, one scrobble each. Per song, the stamps in
    order each take the play whose window closes first among those open:
    for points and intervals that pairs as many as any pairing does, so a
    song played twice in a row, scrobbled at the start or the end, is two
    plays held, not one held and one doubled.
    """
    by_song: dict[str, list[tuple[int, int]]] = {}
    for index, (row, key) in enumerate(zip(rows, keys, strict=True)):
        if key is not None and key in held:
            by_song.setdefault(key, []).append((row.started_at, index))
    matched: set[int] = set()
    for key, stamps in by_song.items():
        windows = sorted(
            (started - WINDOW_MS, ended + WINDOW_MS) for _, started, ended in held[key]
        )
        stamps.sort()
        open_windows: list[int] = []
        next_window = 0
        for stamp, index in stamps:
            while next_window < len(windows) and windows[next_window][0] <= stamp:
                heapq.heappush(open_windows, windows[next_window][1])
                next_window += 1
            while open_windows and open_windows[0] < stamp:
                heapq.heappop(open_windows)
            if open_windows:
                heapq.heappop(open_windows)
                matched.add(index)
    return matched


def store_scrobbles(
    conn: Connection,
    state: WriterState,
    index: SongIndex,
    *,
    account: str,
    source: Source,
    rows: Sequence[ScrobbleRow],
) -> ScrobbleResult:
    """Store the scrobbles the history does not hold; say what became of each."""
    result = ScrobbleResult()
    if not rows:
        return result
    account_id = state.account_id(conn, account)
    if not index.loaded:
        index.load(conn, account_id)
    # The same scrobble twice (a page's last second read again, a service's
    # own repeat) is one: the first stands for both.
    unique: dict[tuple[int, str, str], ScrobbleRow] = {}
    for row in rows:
        unique.setdefault((row.started_at, row.artist, row.title), row)
    result.held = len(rows) - len(unique)
    rows = list(unique.values())
    keys: list[str | None] = []
    for row in rows:
        keys.append(match_key(row.artist, row.title))
        give_way()
    stamps = [row.started_at for row in rows]
    held = _held_plays(conn, index, min(stamps), max(stamps))
    matched = _matched(rows, keys, held)
    result.held += len(matched)
    records: list[PlayRecord] = []
    for position, (row, key) in enumerate(zip(rows, keys, strict=True)):
        if position not in matched:
            records.append(
                _record(index, result, row, key, account=account, source=source)
            )
            give_way()
    if records:
        columns, result.truncated, refused = PlayColumns.of(records).capped()
        if refused:
            result.skipped["too_long"] = refused
        inserted = state.insert_columns(conn, columns)
        result.new = inserted.inserted
        # The unique key's repeats: a play stored with the same end and length.
        result.held += inserted.duplicates
    return result


def _record(
    index: SongIndex,
    result: ScrobbleResult,
    row: ScrobbleRow,
    key: str | None,
    *,
    account: str,
    source: Source,
) -> PlayRecord:
    """Return the play a new scrobble is, named as the song it joins."""
    artist, title, album, uri = row.artist, row.title, row.album, row.item_uri
    length = row.duration_ms
    if uri is None:
        song = index.song_of(row, key)
        if song is not None:
            if song.known:
                result.joined += 1
            artist, title, album, uri = (
                song.artist or artist,
                song.title,
                song.album or album,
                song.uri,
            )
            length = length or song.length
        else:
            result.new_songs += 1
            index.learn(row, key, length or UNKNOWN_LENGTH_MS)
    played = length or UNKNOWN_LENGTH_MS
    return PlayRecord(
        account=account,
        source=source,
        ended_at=row.started_at + played,
        ms_played=played,
        kind=PlayKind.TRACK,
        title=title,
        artist=artist,
        album=album,
        item_uri=uri,
        started_at=row.started_at,
    )


def last_runs(conn: Connection, account: str, origin: str) -> list[tuple[str, str]]:
    """Return (status, counts JSON) of the account's imports from `origin`, newest first.

    `origin` is the job's `detail.source` ("lastfm:ada"): where an import
    cut short resumes, and where a complete one's next run starts.
    """
    found: list[tuple[str, str]] = []
    for status, counts, detail in conn.execute(
        select(jobs.c.status, jobs.c.counts, jobs.c.detail)
        .join(accounts, accounts.c.id == jobs.c.account_id)
        .where(accounts.c.key == account, jobs.c.kind == "import")
        .order_by(jobs.c.id.desc())
        .limit(200)
    ).tuples():
        if detail and orjson.loads(detail).get("source") == origin:
            found.append((status, counts or "{}"))
    return found


def remember_file(
    conn: Connection,
    state: WriterState,
    *,
    job_id: int,
    account: str,
    name: str,
    fingerprint: str,
    rows: int,
) -> None:
    """Note an export file as imported, in the transaction of its plays."""
    conn.execute(
        insert_ignore(state.dialect, imported_files).values(
            account_id=state.account_id(conn, account),
            fingerprint=fingerprint,
            name=name,
            rows=rows,
            job_id=job_id,
            imported_at=now_ms(),
        )
    )
