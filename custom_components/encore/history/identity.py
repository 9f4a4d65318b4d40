"""When two records are one song, and when two export rows are one stream.

A song is its kind, artist and title after `normalize_name`: the Account
Data of an export names tracks without a URI, where the Extended history,
recently-played and the player give the URI. Both become one item (see
`WriterState` in history/writes.py); two songs sharing a title by two
artists stay two.

The two export packages repeat a year of streams. An Account Data row is the
Extended row of the same stream when it is the same song, ended within a
minute of it either way, and played as long within `SAME_LENGTH_MS`.
"""

from bisect import bisect_left
from collections.abc import Iterable
import hashlib

from .query_match import normalize_name

SAME_END_MS = 60_000
"""Account Data gives the end to the minute. Whether Spotify truncates or
rounds the Extended `ts` to get it, the two ends lie less than a minute
apart either way."""

SAME_LENGTH_MS = 1_000
"""How far apart `msPlayed` and `ms_played` of one stream may be.

Both are milliseconds of the same stream, counted to the millisecond in
both packages (in the real exports, 95 % of 25,963 Account Data rows and
98 % of 14,431 Extended rows longer than 0 are not whole seconds). They
should agree, but nothing documents that they do, no export in
`shared/data` holds both packages of one account to check it, and a
millisecond apart would double a whole year. A second covers jitter and any
conversion through whole seconds. Wider would pair more distinct streams:
in the real exports, two streams of one song ending within two minutes are
played as long within a second for 0.1 to 0.4 % of rows (quick skips of one
track; 4 % in an export that repeats its own rows), and `match_streams`
pairs each row once, nearest first, so those stay apart when both packages
hold them.
"""


def song_key(kind: int, artist: str | None, title: str | None) -> str | None:
    """Return the key of a song: kind, normalised artist and title, hashed.

    None without an artist or a title: such a row is no song to match.
    """
    if not artist or not title:
        return None
    joined = f"{kind}\x1f{normalize_name(artist)}\x1f{normalize_name(title)}"
    return hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()


type Stream = tuple[int, int, int]
"""(id or index, ended_at, ms_played) of one row."""


def match_streams(
    rows: Iterable[tuple[str | None, Stream]],
    others: Iterable[tuple[str | None, Stream]],
) -> list[tuple[int, int]]:
    """Pair rows with the other package's rows of the same streams.

    Each side holds (song key, stream). A row pairs with the unpaired other
    row of its song whose end is nearest (then whose length is nearest)
    within `SAME_END_MS` and `SAME_LENGTH_MS`; each row pairs once, so two
    plays of one song in one minute stay two when both packages hold them.
    Returns (row id, other id) pairs.
    """
    by_song: dict[str, list[Stream]] = {}
    for song, stream in others:
        if song is not None:
            by_song.setdefault(song, []).append(stream)
    for ordered in by_song.values():
        ordered.sort(key=lambda stream: stream[1])
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for song, (row_id, ended, played) in sorted(
        ((song, stream) for song, stream in rows if song is not None),
        key=lambda row: row[1][1],
    ):
        if not (streams := by_song.get(song)):
            continue
        start = bisect_left(streams, ended - SAME_END_MS + 1, key=lambda s: s[1])
        best: tuple[int, int, int] | None = None
        for other_id, other_end, other_played in streams[start:]:
            if other_end >= ended + SAME_END_MS:
                break
            if other_id in taken or abs(other_played - played) > SAME_LENGTH_MS:
                continue
            rank = (abs(other_end - ended), abs(other_played - played), other_id)
            if best is None or rank < best:
                best = rank
        if best is not None:
            taken.add(best[2])
            pairs.append((row_id, best[2]))
    return pairs
