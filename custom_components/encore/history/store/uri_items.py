"""The writer's memory of URI items: each URI's item id, and the spelling last noted.

A first import of ten years meets 150,000 URIs, and the writer looks each
record's URI up here. Each URI also needs its spelling remembered (kind,
artist, title, album), so that `item_songs` learns a new spelling of a URI
item once, not with every play. Both live in one int per URI: the item id
in the high bits, 32 bits of the spelling's hash in the low ones.

Why one int and not a second set of hashes: every entry of a dict or a set
is visited by each full pass of Python's garbage collector, which holds the
interpreter lock, and Home Assistant's event loop with it, throughout. A
set of 150,000 hashes beside the ids made those passes of a million-row
import a third longer (`scripts/bench import`, "gc passes").
"""

from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, repeat
from operator import and_, itemgetter, lshift, ne, rshift

_SHIFT = 32
_SPELLING = (1 << _SHIFT) - 1


class UriItems:
    """Item ids by URI, each with the spelling whose song was noted last.

    A clash of two spellings' 32-bit hashes would only skip noting one of
    them; a URI seen with two spellings by turns notes them again by turns,
    which the table's key refuses.
    """

    __slots__ = ("_packed",)

    def __init__(self) -> None:
        """Start empty."""
        # Typed with None, which is never a key, so a column of URIs maps
        # through `.get` with Nones among them.
        self._packed: dict[str | None, int] = {}

    def __len__(self) -> int:
        """URIs remembered."""
        return len(self._packed)

    def clear(self) -> None:
        """Forget every URI (after a rollback)."""
        self._packed.clear()

    def unknown(self, uris: Iterable[str | None]) -> set[str]:
        """Return the URIs among `uris` not remembered."""
        return {uri for uri in set(uris).difference(self._packed) if uri is not None}

    def item_id(self, uri: str) -> int:
        """Return the item id of a remembered URI."""
        return self._packed[uri] >> _SHIFT

    def ids(self, uris: Sequence[str | None]) -> list[int]:
        """Return the item id of each URI; 0 for None (and a URI not remembered)."""
        packed = map(self._packed.get, uris, repeat(0))
        return list(map(rshift, packed, repeat(_SHIFT)))

    def learn(self, ids: Mapping[str, int]) -> None:
        """Remember item ids by URI, with no spelling noted yet."""
        self._packed.update(
            zip(ids, map(lshift, ids.values(), repeat(_SHIFT)), strict=True)
        )

    def newly_spelled[T: tuple[str | None, *tuple[object, ...]]](
        self, spellings: Iterable[T]
    ) -> list[T]:
        """Return the spellings (URI first) that are not the one noted last for it.

        From now on they are: of two spellings of one URI, the later one.
        Every URI that is not None must be remembered. The comparisons run
        in C over the spellings, which a batch of an import brings by the
        ten thousand; Python runs only for the new ones.
        """
        packed = self._packed
        listed = list(spellings)
        marks = list(
            map(max, map(and_, map(hash, listed), repeat(_SPELLING)), repeat(1))
        )
        noted = map(
            and_,
            map(packed.get, map(itemgetter(0), listed), repeat(0)),
            repeat(_SPELLING),
        )
        new: list[T] = []
        for spelling, mark in compress(
            zip(listed, marks, strict=True), map(ne, noted, marks, strict=True)
        ):
            uri = spelling[0]
            if uri is None:
                continue
            value = packed[uri]
            packed[uri] = value - (value & _SPELLING) + mark
            new.append(spelling)
        return new
