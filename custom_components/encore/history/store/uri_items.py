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
from itertools import compress, count, repeat
from operator import and_, lshift, ne, rshift
from typing import Any, Final

from .turns import give_way

_SHIFT: Final = 32
_SPELLING: Final = (1 << _SHIFT) - 1
_PART: Final = 1_000
"""Records compared in one C call: a thousand hold the interpreter lock well
under a millisecond."""


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

    def newly_spelled(
        self, uris: Sequence[str | None], *names: Sequence[object]
    ) -> list[tuple[Any, ...]]:
        """Return the spellings of records not noted last for their URI.

        A record is its URI and its `names` (columns as long as `uris`); each
        spelling returned is a tuple of them, URI first, and is the one
        noted from then on. Every URI that is not None must be remembered.
        Records are compared in order, each with the spelling noted when it
        comes: a URI named A, B, A returns all three. The comparisons run in
        C, a thousand records at a time with no tuple kept for any (`zip`
        reuses its own); Python runs only for a record whose spelling is new.
        """
        packed = self._packed
        spelled: list[tuple[Any, ...]] = []
        for start in range(0, len(uris), _PART):
            part = uris[start : start + _PART]
            columns = [column[start : start + _PART] for column in names]
            marks = list(
                map(
                    max,
                    map(
                        and_,
                        map(hash, zip(part, *columns, strict=True)),
                        repeat(_SPELLING),
                    ),
                    repeat(1),
                )
            )
            # Lazy: each record meets the spelling as the loop below left it.
            noted = map(and_, map(packed.get, part, repeat(0)), repeat(_SPELLING))
            for index in compress(count(), map(ne, noted, marks, strict=True)):
                uri = part[index]
                if uri is None:
                    continue
                value = packed[uri]
                packed[uri] = value - (value & _SPELLING) + marks[index]
                spelled.append((uri, *(column[index] for column in columns)))
            give_way()
        return spelled
