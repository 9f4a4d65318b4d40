"""The household part of a recap: each person, and their common ground.

Each person's part is their plays as their "my" answers count them
(`store.attribution`): their accounts' plays, less those a correction said
were someone else's, and the plays attributed to them (a speaker's, a
player's, a correction's), as sure as the "my" option asks. A play shared
by two people is in each one's part; the household's figures, read apart,
count it once. A person without any Spotify account is in the part when
plays were attributed to them.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import BigInteger, Connection, Select, cast, func, or_, select

from ...models import AttributionRule, Certainty
from ...store.attribution_tables import listeners, play_attributions, play_listeners
from ...store.schema import OBSERVER_PREFIXES, accounts, plays
from ..common import by_recording
from ..model import TopKind
from ..rankings import named_entries
from .grouping import _LOW, _Key, _split, _sum
from .model import _EPISODE, _TRACK, TOP, HouseholdRecap, Listener, Shared, minutes
from .music import _top
from .reading import _At, _grouping_keys


@dataclass(frozen=True, slots=True)
class _People:
    """Who the household part is about, as ids."""

    person_of: Mapping[int, str]
    """Account id -> the person whose account it is."""
    listener_of: Mapping[int, str]
    """Listener id (`listeners`) -> the person whose attributed plays count."""
    most: Certainty
    """The least certain attribution that counts (as for "my" answers)."""

    def count(self, account_ids: Iterable[int]) -> int:
        """Return how many people the part may have in a scope of these accounts."""
        return len(
            {self.person_of[a] for a in account_ids if a in self.person_of}
            | set(self.listener_of.values())
        )


def _people(
    conn: Connection,
    people: Mapping[str, str],
    persons: Mapping[str, str],
    most: Certainty,
) -> _People:
    """Resolve account keys and persons' entity ids to ids.

    A person none of whose plays was ever attributed has no listener id:
    their part is their accounts'.
    """
    person_of = _person_of(conn, people)
    listener_of: dict[int, str] = {}
    if persons:
        by_key = {key: person for person, key in persons.items()}
        listener_of = {
            int(listener_id): by_key[str(key)]
            for listener_id, key in conn.execute(
                select(listeners.c.id, listeners.c.key).where(
                    listeners.c.key.in_(sorted(by_key))
                )
            ).tuples()
        }
    return _People(person_of, listener_of, most)


def _grouped(
    rows: Iterable[tuple[int, int, int, int, int]],
) -> dict[_Key, tuple[int, int]]:
    """Unpack (packed key, album, account or listener, plays, ms) rows by `_Key`."""
    found: dict[_Key, tuple[int, int]] = {}
    for key, album_key, owner, count, ms in rows:
        low = key & _LOW
        found[int(owner), low & 1, key >> 32, low >> 1, album_key] = (
            int(count),
            int(ms or 0),
        )
    return found


def _attributed_reads(
    conn: Connection, at: _At, who: _People
) -> tuple[dict[_Key, tuple[int, int]], dict[_Key, tuple[int, int]]]:
    """Read the period's plays that are not simply their account's person's.

    (corrected, attributed): the people's accounts' plays a correction said
    whose they were, by account (out of the account's person's part), and
    the plays attributed to each listener as sure as `most`, by listener.
    Both from the attribution's few rows joined to the period's plays,
    grouped as the one pass groups (`_ITEM_SHIFT`).
    """
    where, source = at.where(conn)
    kinds = plays.c.kind.in_((_TRACK, _EPISODE))
    packed, album = _grouping_keys()
    sums = (func.count(), cast(func.sum(plays.c.ms_played), BigInteger))
    corrections = select(play_attributions.c.play_id).where(
        play_attributions.c.rule == int(AttributionRule.CORRECTION)
    )
    corrected: dict[_Key, tuple[int, int]] = {}
    if who.person_of:
        corrected = _grouped(
            conn.execute(
                select(packed, album, plays.c.account_id, *sums)
                .select_from(source)
                .where(
                    *where,
                    kinds,
                    plays.c.account_id.in_(sorted(who.person_of)),
                    # The few corrections as a list (a third less than
                    # looking each play up in `play_attributions`).
                    plays.c.id.in_(corrections),
                )
                .group_by(packed, album, plays.c.account_id)
            ).tuples()
        )
    attributed: dict[_Key, tuple[int, int]] = {}
    if who.listener_of:
        attributed = _grouped(
            conn.execute(
                select(packed, album, play_listeners.c.listener_id, *sums)
                .select_from(
                    source.join(play_listeners, play_listeners.c.play_id == plays.c.id)
                )
                .where(
                    *where,
                    kinds,
                    # Only the accounts that may hold attributed plays: the
                    # speakers' and players', and those of corrected plays.
                    plays.c.account_id.in_(_holders(conn, corrections)),
                    play_listeners.c.listener_id.in_(sorted(who.listener_of)),
                    play_listeners.c.certainty <= int(who.most),
                )
                .group_by(packed, album, play_listeners.c.listener_id)
            ).tuples()
        )
    return corrected, attributed


def _holders(conn: Connection, corrections: Select[tuple[int]]) -> list[int]:
    """Return the accounts whose plays may be attributed to someone.

    The speakers' and players' (`OBSERVER_PREFIXES`), and the Spotify
    accounts of corrected plays.
    """
    observers = or_(
        *(accounts.c.key.like(f"{prefix}%") for prefix in OBSERVER_PREFIXES)
    )
    found = set(conn.execute(select(accounts.c.id).where(observers)).scalars())
    found.update(
        conn.execute(
            select(plays.c.account_id).where(plays.c.id.in_(corrections)).distinct()
        ).scalars()
    )
    return sorted(int(account_id) for account_id in found)


def _add(
    per: dict[str, dict[_Key, tuple[int, int]]],
    person: str,
    key: _Key,
    counts: tuple[int, int],
    sign: int = 1,
) -> None:
    """Add (or take) a group's plays to a person's part, keyed without its owner."""
    own = per[person]
    unowned = (0, *key[1:])
    n, ms = own.get(unowned, (0, 0))
    own[unowned] = (n + sign * counts[0], ms + sign * counts[1])


def _parts(
    conn: Connection, at: _At, grouped: Mapping[_Key, tuple[int, int]], who: _People
) -> dict[str, dict[_Key, tuple[int, int]]]:
    """Each person's plays grouped: accounts', less corrected, plus attributed."""
    corrected, attributed = _attributed_reads(conn, at, who)
    per: dict[str, dict[_Key, tuple[int, int]]] = defaultdict(dict)
    for key, counts in grouped.items():
        if (person := who.person_of.get(key[0])) is not None:
            # A person with two accounts: their plays add up.
            _add(per, person, key, counts)
    for key, counts in corrected.items():
        _add(per, who.person_of[key[0]], key, counts, -1)
    for key, counts in attributed.items():
        _add(per, who.listener_of[key[0]], key, counts)
    # A person whose every play was corrected away has none left.
    return {
        person: kept
        for person, own in per.items()
        if (kept := {key: counts for key, counts in own.items() if counts[0] > 0})
    }


def _household(
    conn: Connection,
    at: _At,
    grouped: Mapping[_Key, tuple[int, int]],
    who: _People,
    recording: Mapping[int, int],
) -> HouseholdRecap | None:
    """Sum up each person (`_parts`) when two or more played."""
    per = _parts(conn, at, grouped, who)
    if len(per) < 2:
        return None
    # Each person's rows split once (by item, artist and album): their
    # number ones and the common ground read the same parts.
    songs: dict[str, dict[int, tuple[int, int]]] = {}
    artists: dict[str, dict[int, tuple[int, int]]] = {}
    listeners = []
    for person, own in per.items():
        parts = _split(own)
        songs[person] = by_recording(parts[_TRACK, 2], recording)
        artists[person] = parts[_TRACK, 3]
        plays_n, ms = _sum(own.values())
        artist = _top(conn, TopKind.ARTIST, artists[person], 1)
        song = _top(conn, TopKind.TRACK, songs[person], 1)
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
        _common(conn, artists, TopKind.ARTIST),
        _common(conn, songs, TopKind.TRACK),
    )


def _common(
    conn: Connection,
    per: Mapping[str, Mapping[int, tuple[int, int]]],
    kind: TopKind,
) -> list[Shared]:
    """Return what several people played (`per`: each one's (plays, ms) by key)."""
    who: dict[int, set[str]] = defaultdict(set)
    together: dict[int, list[int]] = {}
    for person, own in per.items():
        for key, (n, ms) in own.items():
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
