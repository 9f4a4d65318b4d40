"""When two records are one song, and when two export rows are one stream.

A song is its kind, artist and title after `normalize_name`: the Account
Data of an export names tracks without a URI, where the Extended history,
recently-played and the player give the URI. Both become one item (see
`WriterState` in `store.writes`); two songs sharing a title by two
artists stay two.

The two export packages repeat a year of streams. An Account Data row is the
Extended row of the same stream when it is the same song, ended within a
minute of it either way, and played as long within `SAME_LENGTH_MS`.
"""

from bisect import bisect_left
from collections.abc import Callable, Iterable
import hashlib

from ..models import PlayKind
from .names import normalize_name

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
pairs each row once, closest lengths first, so those stay apart when both
packages hold them.
"""


def song_key(
    kind: int,
    artist: str | None,
    title: str | None,
    album: str | None = None,
    *,
    norm: Callable[[str], str] = normalize_name,
) -> str | None:
    """Return the key of a song: kind, normalised artist and title, hashed.

    An audiobook's chapter is known by its book (`album`): the Extended
    history names no author. None without an artist or a title: such a row
    is no song to match.
    """
    if kind == PlayKind.AUDIOBOOK:
        artist = album
    if not artist or not title:
        return None
    joined = f"{kind}\x1f{norm(artist)}\x1f{norm(title)}"
    return hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()


type Stream = tuple[int, int, int]
"""(id or index, ended_at, ms_played) of one row."""


def match_streams(
    rows: Iterable[tuple[str | None, Stream]],
    others: Iterable[tuple[str | None, Stream]],
) -> list[tuple[int, int]]:
    """Pair rows with the other package's rows of the same streams.

    Each side holds (song key, stream); a row of an item named as several
    songs comes once per song. Rows of one song pair when their ends are
    within `SAME_END_MS` and their lengths within `SAME_LENGTH_MS`, each row
    once, the closest lengths first (then the closest ends): the length is
    to the millisecond where the end is to the minute, so quick skips of one
    song in one minute find their own rows. Returns (row id, other id)
    pairs.
    """
    by_song: dict[str, list[Stream]] = {}
    for song, stream in others:
        if song is not None:
            by_song.setdefault(song, []).append(stream)
    for ordered in by_song.values():
        ordered.sort(key=lambda stream: stream[1])
    candidates: list[tuple[int, int, int, int]] = []
    for song, (row_id, ended, played) in rows:
        if song is None or not (streams := by_song.get(song)):
            continue
        start = bisect_left(streams, ended - SAME_END_MS + 1, key=lambda s: s[1])
        for other_id, other_end, other_played in streams[start:]:
            if other_end >= ended + SAME_END_MS:
                break
            if abs(other_played - played) <= SAME_LENGTH_MS:
                candidates.append(
                    (
                        abs(other_played - played),
                        abs(other_end - ended),
                        row_id,
                        other_id,
                    )
                )
    candidates.sort()
    paired: set[int] = set()
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, row_id, other_id in candidates:
        if row_id not in paired and other_id not in taken:
            paired.add(row_id)
            taken.add(other_id)
            pairs.append((row_id, other_id))
    return pairs
