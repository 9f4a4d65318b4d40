"""The household part of a recap: each person, and their common ground."""

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import Connection, select

from ...store.schema import accounts
from ..common import by_recording
from ..model import TopKind
from ..rankings import named_entries
from .grouping import _by, _Key, _sum
from .model import _TRACK, TOP, HouseholdRecap, Listener, Shared, minutes
from .music import _top


def _household(
    conn: Connection,
    grouped: Mapping[_Key, tuple[int, int]],
    person_of: Mapping[int, str],
    recording: Mapping[int, int],
) -> HouseholdRecap | None:
    """Sum up each person (`person_of`) when two or more played."""
    per: dict[str, dict[_Key, tuple[int, int]]] = defaultdict(dict)
    for key, counts in grouped.items():
        if (person := person_of.get(key[0])) is not None:
            # A person with two accounts: their plays add up.
            own = per[person]
            n, ms = own.get(key, (0, 0))
            own[key] = (n + counts[0], ms + counts[1])
    if len(per) < 2:
        return None
    listeners = []
    for person, own in per.items():
        plays_n, ms = _sum(own.values())
        artist = _top(conn, TopKind.ARTIST, _by(own, _TRACK, 3), 1)
        song = _top(
            conn, TopKind.TRACK, by_recording(_by(own, _TRACK, 2), recording), 1
        )
        listeners.append(
            Listener(
                person,
                plays_n,
                minutes(ms),
                artist[0] if artist else None,
                song[0] if song else None,
            )
        )
    listeners.sort(key=lambda listener: (-listener.minutes, listener.person))
    return HouseholdRecap(
        listeners,
        _common(conn, per, TopKind.ARTIST, 3),
        _common(conn, per, TopKind.TRACK, 2, recording),
    )


def _common(
    conn: Connection,
    per: Mapping[str, Mapping[_Key, tuple[int, int]]],
    kind: TopKind,
    index: int,
    recording: Mapping[int, int] | None = None,
) -> list[Shared]:
    who: dict[int, set[str]] = defaultdict(set)
    together: dict[int, list[int]] = {}
    for person, own in per.items():
        for key, (n, ms) in by_recording(
            _by(own, _TRACK, index), recording or {}
        ).items():
            who[key].add(person)
            sums = together.setdefault(key, [0, 0])
            sums[0] += n
            sums[1] += ms
    shared = [key for key, people in who.items() if len(people) > 1]
    best = sorted(
        shared,
        key=lambda key: (-len(who[key]), -together[key][0], -together[key][1], key),
    )[:TOP]
    rows = [(key, together[key][0], together[key][1]) for key in best]
    entries = named_entries(conn, kind, rows, images=True) if rows else []
    return [
        Shared(entry, sorted(who[key]))
        for key, entry in zip(best, entries, strict=True)
    ]


def _person_of(conn: Connection, people: Mapping[str, str]) -> dict[int, str]:
    """Account ids of the people's account keys."""
    if not people:
        return {}
    return {
        int(account_id): people[str(key)]
        for account_id, key in conn.execute(
            select(accounts.c.id, accounts.c.key).where(
                accounts.c.key.in_(sorted(people))
            )
        ).tuples()
    }
