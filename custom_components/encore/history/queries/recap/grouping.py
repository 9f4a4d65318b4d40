"""The period's counted plays grouped by item, artist and album, summed in Python.

The database groups by a packed key (`_ITEM_SHIFT`); these walk its rows.
"""

from collections.abc import Collection, Iterable, Mapping
from operator import itemgetter

from .model import _EPISODE, _TRACK

type _Key = tuple[int, int, int, int, int]
"""(account or 0, kind, item, artist or 0, album or 0)."""

# Item, artist and kind packed into one integer in the database: grouping
# by it and the album costs a third less than by four columns (SQLite sorts
# every row to group them). Item and artist ids are 32-bit (`Integer`).
_ITEM_SHIFT = 1 << 32
_LOW = _ITEM_SHIFT - 1


def _sum(counts: Collection[tuple[int, int]]) -> tuple[int, int]:
    return sum(map(itemgetter(0), counts)), sum(map(itemgetter(1), counts))


def _split(
    grouped: Mapping[_Key, tuple[int, int]],
) -> dict[tuple[int, int], dict[int, tuple[int, int]]]:
    """(plays, ms) by item, artist and album of each kind, in one walk.

    Keyed by (kind, index of the key's part).
    """
    return _split_packed(
        (item * _ITEM_SHIFT + artist * 2 + kind, album, n, ms)
        for (_account, kind, item, artist, album), (n, ms) in grouped.items()
    )


def _split_packed(
    rows: Iterable[tuple[int, int, int, int]],
) -> dict[tuple[int, int], dict[int, tuple[int, int]]]:
    """`_split` of the database's rows (packed key, album, plays, ms).

    Unrolled, and (plays, ms) kept as one tuple per key: tens of thousands
    of rows, and a loop over the parts doubled the walk, two dictionaries
    of counts and of sums cost it half again (a household's year: 45 ms
    against 26).
    """
    parts: dict[tuple[int, int], dict[int, tuple[int, int]]] = {
        (kind, index): {} for kind in (_TRACK, _EPISODE) for index in (2, 3, 4)
    }
    tables = [
        (parts[kind, 2], parts[kind, 3], parts[kind, 4]) for kind in (_TRACK, _EPISODE)
    ]
    for key, album, n, ms in rows:
        by_item, by_artist, by_album = tables[key & 1]
        item = key >> 32
        old = by_item.get(item)
        by_item[item] = (n, ms) if old is None else (old[0] + n, old[1] + ms)
        if artist := (key & _LOW) >> 1:
            old = by_artist.get(artist)
            by_artist[artist] = (n, ms) if old is None else (old[0] + n, old[1] + ms)
        if album:
            old = by_album.get(album)
            by_album[album] = (n, ms) if old is None else (old[0] + n, old[1] + ms)
    return parts


def _kind_sums(
    hours: Mapping[tuple[int, int], tuple[int, int]], kind: int
) -> tuple[int, int]:
    """(plays, ms) of a kind: the sum of its local hours (fewer than its items)."""
    return _sum(
        [sums for (hour_kind, _hour), sums in hours.items() if hour_kind == kind]
    )
