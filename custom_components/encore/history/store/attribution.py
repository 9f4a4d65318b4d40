"""Whose each play is: the attribution kept with it (history schema 11).

A play of a Spotify account is its account's persons' (`AttributionRule.ACCOUNT`,
certain): that needs no row, so the plays of accounts, almost all of a
history, cost nothing more to store or to rank, and a person's answers read
their accounts as before. Every other play has a row in `play_attributions`
(how sure, which rule) and one row in `play_listeners` per person it belongs
to (none: the household's). A correction replaces the row and keeps what
the rules had decided beside it (`decided`), so that undoing it puts that
back. The rows are keyed by play id: a re-import of the same play is a
duplicate and leaves them; a deleted play's rows go with it (`forget_orphans`,
from `rollups.after_delete`), but a correction's: it also keeps what a
re-import keeps of its play (account, song, end), waits under its id made
negative (`_park`, which notes its stream in `parked_corrections`), and the
row that replaces the play takes it (`reattach`); one whose play never comes
back goes after `KEEP_PARKED_MS`.
Each person's all-time totals follow every change (`person_rollups`).

Persons are keyed by their entity id (`person.ada`) in `listeners`: renaming
the entity in Home Assistant leaves the history's key (as account keys stay).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
import json
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    SmallInteger,
    String,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    inspect,
    literal,
    or_,
    select,
    update,
)

from ..epoch import now_ms
from ..models import Attribution, AttributionRule, Certainty
from . import person_rollups
from .attribution_tables import (
    PlayId,
    listeners,
    parked_corrections,
    play_attributions,
    play_listeners,
)
from .schema import OBSERVER_PREFIXES, accounts, items, plays

SESSION_GAP_MS: Final = 10 * 60_000
"""Plays on one speaker at most this far apart are one session."""
_SESSION_REACH_MS: Final = 24 * 3_600_000


def is_pseudo_account(key: str) -> bool:
    """Whether an account key is a speaker household's or a player's."""
    return key.startswith(OBSERVER_PREFIXES)


def listener_ids(conn: Connection, keys: Iterable[str], *, add: bool) -> dict[str, int]:
    """Return the ids of persons by entity id; `add` makes the missing ones."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    found = {
        str(key): int(listener_id)
        for listener_id, key in conn.execute(
            select(listeners.c.id, listeners.c.key).where(listeners.c.key.in_(wanted))
        ).tuples()
    }
    if add:
        for key in wanted:
            if key not in found:
                found[key] = int(
                    conn.execute(
                        insert(listeners).values(key=key).returning(listeners.c.id)
                    ).scalar_one()
                )
    return found


def _write(
    conn: Connection, play_id: int, attribution: Attribution, decided: str | None
) -> None:
    conn.execute(delete(play_listeners).where(play_listeners.c.play_id == play_id))
    conn.execute(
        delete(play_attributions).where(play_attributions.c.play_id == play_id)
    )
    conn.execute(
        insert(play_attributions).values(
            play_id=play_id,
            certainty=int(attribution.certainty),
            rule=int(attribution.rule),
            decided=decided,
        )
    )
    ids = listener_ids(conn, attribution.persons, add=True)
    if ids:
        conn.execute(
            insert(play_listeners),
            [
                {
                    "listener_id": listener_id,
                    "play_id": play_id,
                    "certainty": int(attribution.certainty),
                }
                for listener_id in ids.values()
            ],
        )


# Built once: recording a play runs these, and building a statement costs
# more than SQLite's running it (`scripts/bench attribution`).
_INSERT_DECIDED: Final = insert(play_attributions)
_INSERT_LISTENER: Final = insert(play_listeners).from_select(
    ["listener_id", "play_id", "certainty"],
    select(
        listeners.c.id,
        bindparam("play_id", type_=PlayId),
        bindparam("certainty", type_=SmallInteger),
    ).where(listeners.c.key == bindparam("person", type_=String)),
)


def record_decided(conn: Connection, decided: Sequence[tuple[int, Attribution]]) -> int:
    """Keep what the rules decided for plays just stored; return how many.

    Only for plays the batch inserted (not merged into another source's),
    of speakers and players (`is_pseudo_account`): a play of a Spotify
    account is its account's and needs no row. A statement for the play's
    rule and one for each of its persons, each reading the person's id as
    it inserts; only a person named for the first time costs more, once:
    recording a play costs about what it did (`scripts/bench attribution`).
    """
    if not decided:
        return 0
    rows = [
        {
            "play_id": play_id,
            "certainty": int(found.certainty),
            "rule": int(found.rule),
            "decided": None,
        }
        for play_id, found in decided
    ]
    conn.execute(_INSERT_DECIDED, rows[0] if len(rows) == 1 else rows)
    new: list[dict[str, Any]] = []
    for play_id, found in decided:
        for person in sorted(set(found.persons)):
            row = {"play_id": play_id, "certainty": int(found.certainty)}
            if not conn.execute(_INSERT_LISTENER, {**row, "person": person}).rowcount:
                new.append({**row, "person": person})
    if new:
        ids = listener_ids(conn, [row["person"] for row in new], add=True)
        conn.execute(
            insert(play_listeners),
            [
                {
                    "listener_id": ids[row["person"]],
                    "play_id": row["play_id"],
                    "certainty": row["certainty"],
                }
                for row in new
            ],
        )
    return len(decided)


def attributions_of(
    conn: Connection, play_ids: Sequence[int]
) -> dict[int, Attribution]:
    """Return the stored attribution of each play; a play without a row is its account's."""
    found: dict[int, Attribution] = {}
    persons: dict[int, list[str]] = {}
    for start in range(0, len(play_ids), 500):
        chunk = list(play_ids[start : start + 500])
        for play_id, key in conn.execute(
            select(play_listeners.c.play_id, listeners.c.key)
            .join(listeners, listeners.c.id == play_listeners.c.listener_id)
            .where(play_listeners.c.play_id.in_(chunk))
        ).tuples():
            persons.setdefault(int(play_id), []).append(str(key))
        for play_id, certainty, rule in conn.execute(
            select(
                play_attributions.c.play_id,
                play_attributions.c.certainty,
                play_attributions.c.rule,
            ).where(play_attributions.c.play_id.in_(chunk))
        ).tuples():
            found[int(play_id)] = Attribution(
                tuple(sorted(persons.get(int(play_id), ()))),
                Certainty(certainty),
                AttributionRule(rule),
            )
    return found


def _decided_json(conn: Connection, play_id: int) -> str:
    """Return a play's attribution before a correction, as `decided` keeps it."""
    current = attributions_of(conn, [play_id]).get(play_id)
    if current is None:
        return json.dumps({"rule": int(AttributionRule.ACCOUNT)})
    return json.dumps(
        {
            "rule": int(current.rule),
            "certainty": int(current.certainty),
            "persons": list(current.persons),
        }
    )


def correct(conn: Connection, play_ids: Sequence[int], persons: Sequence[str]) -> int:
    """Say whose plays were (no persons: the household's); return how many changed.

    A corrected play is certain. What the rules had decided is kept for
    `undo` (a second correction keeps the first one's).
    """
    existing = set(
        conn.execute(select(plays.c.id).where(plays.c.id.in_(list(play_ids)))).scalars()
    )
    previous = {
        int(play_id): decided
        for play_id, decided in conn.execute(
            select(play_attributions.c.play_id, play_attributions.c.decided).where(
                play_attributions.c.play_id.in_(list(existing)),
                play_attributions.c.rule == int(AttributionRule.CORRECTION),
            )
        ).tuples()
    }
    corrected = Attribution(
        tuple(sorted(set(persons))), Certainty.CERTAIN, AttributionRule.CORRECTION
    )
    keys = _play_keys(conn, sorted(existing))
    with person_rollups.changing(conn, sorted(existing)):
        for play_id in sorted(existing):
            decided = json.loads(previous.get(play_id) or _decided_json(conn, play_id))
            decided[_PLAY] = keys.get(play_id)
            _write(conn, play_id, corrected, json.dumps(decided))
    return len(existing)


_PLAY: Final = "play"
"""`decided` key of a correction: what a re-import keeps of its play."""
SAME_STREAM_MS: Final = 60_000
"""An export's row ends on the minute (Account Data) or to the millisecond."""


def _play_keys(conn: Connection, play_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Return what a re-import keeps of plays: account, song, end."""
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(play_ids), 500):
        for play_id, account_id, song, ended in conn.execute(
            select(plays.c.id, plays.c.account_id, items.c.song_key, plays.c.ended_at)
            .join(items, items.c.id == plays.c.item_id)
            .where(plays.c.id.in_(play_ids[start : start + 500]))
        ).tuples():
            found[int(play_id)] = {
                "account": int(account_id),
                "song": song,
                "ended": int(ended),
            }
    return found


KEEP_PARKED_MS: Final = 90 * 24 * 3_600_000
"""How long a correction waits for its play to come back (`_park`)."""


def _park(conn: Connection, gone: ColumnElement[bool]) -> None:
    """Keep the corrections of plays that went, under their id made negative.

    A re-import that replaces rows (an Extended history replacing Account
    Data rows, an account's export imported again after a purge) deletes a
    corrected play before it stores the same stream again: `reattach` gives
    the new play the correction. (A negative id is never a play's.) The
    stream's account and end go to `parked_corrections`, where a batch's
    plays find them by index. A correction whose play never comes back
    goes after `KEEP_PARKED_MS` (Spotify takes up to 30 days to send an
    Extended history; a purge that is meant stays a purge).
    """
    now = now_ms()
    _forget_parked(conn, now - KEEP_PARKED_MS)
    parked: list[dict[str, int]] = []
    for play_id, decided in conn.execute(
        select(play_attributions.c.play_id, play_attributions.c.decided).where(
            gone,
            play_attributions.c.play_id > 0,
            play_attributions.c.rule == int(AttributionRule.CORRECTION),
        )
    ).tuples():
        key = json.loads(decided or "{}").get(_PLAY)
        if key:
            parked.append(
                {
                    "play_id": -int(play_id),
                    "account_id": int(key["account"]),
                    "ended_at": int(key["ended"]),
                    "parked_at": now,
                }
            )
    if not parked:
        return
    conn.execute(insert(parked_corrections), parked)
    ids = [-row["play_id"] for row in parked]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for table in (play_listeners, play_attributions):
            conn.execute(
                update(table)
                .where(table.c.play_id.in_(chunk))
                .values(play_id=-table.c.play_id)
            )


def _forget_parked(conn: Connection, before: int) -> int:
    """Drop the corrections parked before `before` (ms): their plays never came back."""
    expired = select(parked_corrections.c.play_id).where(
        parked_corrections.c.parked_at < before
    )
    for table in (play_listeners, play_attributions):
        conn.execute(delete(table).where(table.c.play_id.in_(expired)))
    return int(
        conn.execute(
            delete(parked_corrections).where(parked_corrections.c.parked_at < before)
        ).rowcount
    )


def _parked_near(conn: Connection, low: int, high: int) -> list[tuple[int, Any]]:
    """Return (parked id, decided) of the corrections a batch's plays may take.

    Those of the batch's accounts that ended within its accounts' times (a
    minute either side), by `ix_parked_corrections_stream`: not every
    parked correction at every batch. Nothing parked (almost always): one
    look-up.
    """
    if conn.execute(select(parked_corrections.c.play_id).limit(1)).first() is None:
        return []
    found: list[tuple[int, Any]] = []
    for account_id, first, last in conn.execute(
        select(
            plays.c.account_id, func.min(plays.c.ended_at), func.max(plays.c.ended_at)
        )
        .where(plays.c.id > low, plays.c.id <= high)
        .group_by(plays.c.account_id)
    ).tuples():
        found.extend(
            (int(parked_id), decided)
            for parked_id, decided in conn.execute(
                select(play_attributions.c.play_id, play_attributions.c.decided)
                .join(
                    parked_corrections,
                    parked_corrections.c.play_id == play_attributions.c.play_id,
                )
                .where(
                    parked_corrections.c.account_id == account_id,
                    parked_corrections.c.ended_at.between(
                        int(first) - SAME_STREAM_MS, int(last) + SAME_STREAM_MS
                    ),
                )
                .order_by(parked_corrections.c.play_id.desc())
            ).tuples()
        )
    return found


def reattach(conn: Connection, low: int, high: int) -> int:
    """Give plays just stored (`low < id <= high`) the corrections parked for them.

    The same account, song (`items.song_key`) and end within a minute: the
    stream a correction was said of. Returns how many found their play.
    """
    moved = 0
    for parked_id, decided in _parked_near(conn, low, high):
        key = json.loads(decided or "{}").get(_PLAY) or {}
        found = conn.execute(
            select(plays.c.id)
            .join(items, items.c.id == plays.c.item_id)
            .where(
                plays.c.id > low,
                plays.c.id <= high,
                plays.c.account_id == key.get("account"),
                plays.c.ended_at.between(
                    int(key.get("ended", 0)) - SAME_STREAM_MS,
                    int(key.get("ended", 0)) + SAME_STREAM_MS,
                ),
                items.c.song_key == key.get("song"),
                ~exists().where(play_attributions.c.play_id == plays.c.id),
            )
            .order_by(func.abs(plays.c.ended_at - int(key.get("ended", 0))))
            .limit(1)
        ).scalar_one_or_none()
        if found is None:
            continue
        for table in (play_listeners, play_attributions):
            conn.execute(
                update(table)
                .where(table.c.play_id == parked_id)
                .values(play_id=int(found))
            )
        conn.execute(
            delete(parked_corrections).where(parked_corrections.c.play_id == parked_id)
        )
        moved += 1
    return moved


def undo(conn: Connection, play_ids: Sequence[int]) -> int:
    """Put back what the rules had decided for corrected plays; return how many."""
    rows = conn.execute(
        select(play_attributions.c.play_id, play_attributions.c.decided).where(
            play_attributions.c.play_id.in_(list(play_ids)),
            play_attributions.c.rule == int(AttributionRule.CORRECTION),
        )
    ).tuples()
    found = list(rows)
    with person_rollups.changing(conn, [int(play_id) for play_id, _ in found]):
        return _put_back(conn, found)


def _put_back(conn: Connection, found: Sequence[tuple[Any, Any]]) -> int:
    undone = 0
    for play_id, decided in found:
        before: Mapping[str, Any] = json.loads(decided or "{}")
        rule = AttributionRule(int(before.get("rule", AttributionRule.ACCOUNT)))
        if rule is AttributionRule.ACCOUNT:
            conn.execute(
                delete(play_listeners).where(play_listeners.c.play_id == play_id)
            )
            conn.execute(
                delete(play_attributions).where(play_attributions.c.play_id == play_id)
            )
        else:
            _write(
                conn,
                int(play_id),
                Attribution(
                    tuple(str(person) for person in before.get("persons", ())),
                    Certainty(int(before.get("certainty", Certainty.HOUSEHOLD))),
                    rule,
                ),
                None,
            )
        undone += 1
    return undone


def session_of(
    conn: Connection, play_id: int, gap_ms: int = SESSION_GAP_MS
) -> list[int]:
    """Return the plays of a play's session: its run on one speaker, in order.

    A run is the plays of the same account and device with at most `gap_ms`
    between one's end and the next one's start. A play without a device (an
    export's) is a session of its own.
    """
    row = conn.execute(
        select(
            plays.c.account_id, plays.c.device_id, plays.c.started_at, plays.c.ended_at
        ).where(plays.c.id == play_id)
    ).one_or_none()
    if row is None:
        return []
    account_id, device_id, started, ended = row
    if device_id is None:
        return [play_id]
    # A day either side (a radio left on all day is one session, and no more).
    reach = max(_SESSION_REACH_MS, 4 * gap_ms)
    around = conn.execute(
        select(plays.c.id, plays.c.started_at, plays.c.ended_at)
        .where(
            plays.c.account_id == account_id,
            plays.c.device_id == device_id,
            plays.c.ended_at >= started - reach,
            plays.c.ended_at <= ended + reach,
        )
        .order_by(plays.c.started_at, plays.c.id)
    ).tuples()
    ordered = [(int(pid), int(start), int(end)) for pid, start, end in around]
    at = next(index for index, (pid, _, _) in enumerate(ordered) if pid == play_id)
    low = at
    while low > 0 and ordered[low][1] - ordered[low - 1][2] <= gap_ms:
        low -= 1
    high = at
    while high + 1 < len(ordered) and ordered[high + 1][1] - ordered[high][2] <= gap_ms:
        high += 1
    return [pid for pid, _, _ in ordered[low : high + 1]]


def account_found(conn: Connection, play_id: int) -> None:
    """Let the account decide a player's play that turned out to be its stream.

    (The same stream reported by the account, `cross_source`.) A correction
    stays: someone said whose it was.
    """
    chosen = [play_id]
    with person_rollups.changing(conn, chosen):
        _forget_decided(conn, chosen)


def _forget_decided(conn: Connection, chosen: list[int]) -> None:
    conn.execute(
        delete(play_listeners).where(
            play_listeners.c.play_id.in_(
                select(play_attributions.c.play_id).where(
                    play_attributions.c.play_id.in_(chosen),
                    play_attributions.c.rule != int(AttributionRule.CORRECTION),
                )
            )
        )
    )
    conn.execute(
        delete(play_attributions).where(
            play_attributions.c.play_id.in_(chosen),
            play_attributions.c.rule != int(AttributionRule.CORRECTION),
        )
    )


def forget_orphans(conn: Connection) -> None:
    """Drop the rows of plays that are gone (an id may come back on SQLite).

    Older migration steps delete plays before version 11 made the tables:
    nothing to drop then.
    """
    found = inspect(conn)
    if not found.has_table(play_attributions.name):
        return
    gone = ~exists().where(plays.c.id == play_attributions.c.play_id)
    # (Corrections are parked from version 14 on; a step before drops them.)
    if found.has_table(parked_corrections.name):
        _park(conn, gone)
    conn.execute(delete(play_attributions).where(gone, play_attributions.c.play_id > 0))
    conn.execute(
        delete(play_listeners).where(
            ~exists().where(plays.c.id == play_listeners.c.play_id),
            play_listeners.c.play_id > 0,
        )
    )


def mark_before(conn: Connection) -> None:
    """Mark the plays of speakers and players the household's (the migration).

    Before schema 11 they were nobody's: that is what they stay, said so.
    A Spotify account's plays need no row (`AttributionRule.ACCOUNT`).
    """
    pseudo = or_(*(accounts.c.key.like(f"{prefix}%") for prefix in OBSERVER_PREFIXES))
    conn.execute(
        play_attributions.insert().from_select(
            ["play_id", "certainty", "rule"],
            select(
                plays.c.id,
                _constant(int(Certainty.HOUSEHOLD)),
                _constant(int(AttributionRule.BEFORE)),
            )
            .join(accounts, accounts.c.id == plays.c.account_id)
            .where(pseudo),
        )
    )


def park_before(conn: Connection) -> int:
    """Note the stream of each correction parked before version 14 (the migration).

    They were found by reading every one at each batch; from now on by
    their account and end (`_parked_near`). They wait `KEEP_PARKED_MS`
    from now.
    """
    now = now_ms()
    rows = [
        {
            "play_id": int(play_id),
            "account_id": int(key["account"]),
            "ended_at": int(key["ended"]),
            "parked_at": now,
        }
        for play_id, decided in conn.execute(
            select(play_attributions.c.play_id, play_attributions.c.decided).where(
                play_attributions.c.play_id < 0
            )
        ).tuples()
        if (key := json.loads(decided or "{}").get(_PLAY))
    ]
    if rows:
        conn.execute(insert(parked_corrections), rows)
    return len(rows)


def _constant(value: int) -> ColumnElement[int]:
    return literal(value, SmallInteger)


@dataclass(frozen=True, slots=True)
class PersonScope:
    """One person's plays as ids: the condition a question about them adds."""

    own_account_ids: tuple[int, ...]
    """Their Spotify accounts: the plays without a row there are theirs."""
    listener_id: int | None
    """Their id in `listeners` (None: nothing was ever attributed to them)."""
    most: Certainty
    """The least certain attribution that counts (CERTAIN, or LIKELY too)."""
    other_account_ids: tuple[int, ...]
    """Accounts of plays attributed to them (their own: plays corrected to them
    among others)."""
    moved: bool
    """Some of their accounts' plays were said to be someone else's."""
    moved_ids: tuple[int, ...] = ()
    """Those plays (corrected: a few), which the totals of their accounts hold."""
    moved_span: tuple[int, int] = (0, -1)
    """The first and last end (ms) of those plays: outside it none is looked up."""

    @property
    def exceptions(self) -> bool:
        """Whether their plays are not simply their accounts' (the plays are read)."""
        return self.moved or bool(self.other_account_ids)

    def condition(self, table: Any = plays) -> ColumnElement[bool]:
        """Whether a play (of `table`, `plays` or an alias of it) is this person's.

        Their accounts' plays by the account alone, unless some were moved
        (a correction: a few ids to leave out); other accounts' plays by a
        look-up of the person's key and the play in `play_listeners`, for
        those accounts' rows only.
        """
        own: ColumnElement[bool] = table.c.account_id.in_(self.own_account_ids or (-1,))
        if self.moved:
            # Their accounts' plays are most of what is read, and looking
            # each one up among the corrections cost a sixth of a year's
            # ranking (`scripts/bench attribution`): only those that ended
            # while the moved plays did are (two comparisons for the rest).
            first, last = self.moved_span
            own = and_(
                own,
                or_(
                    table.c.ended_at < first,
                    table.c.ended_at > last,
                    table.c.id.not_in(_corrections()),
                ),
            )
        if self.listener_id is None or not self.other_account_ids:
            return own
        attributed = and_(
            table.c.account_id.in_(self.other_account_ids),
            exists().where(
                play_listeners.c.listener_id == self.listener_id,
                play_listeners.c.play_id == table.c.id,
                play_listeners.c.certainty <= int(self.most),
            ),
        )
        return or_(own, attributed)


def _corrections() -> Select[tuple[int]]:
    """Select the corrected plays, from the few corrections (an index of rules).

    An account's plays have no other rows: those of its plays said to be
    someone else's are among these, and an account's plays are read
    without these, never the other way round.
    """
    return select(play_attributions.c.play_id).where(
        play_attributions.c.rule == int(AttributionRule.CORRECTION)
    )


def person_scope(
    conn: Connection, person: str, own_account_ids: Sequence[int], most: Certainty
) -> PersonScope:
    """Resolve a person's plays: their accounts, and what was attributed since.

    A handful of look-ups by key, whatever the size of the history: the
    accounts that hold plays attributed to them are the speakers' and
    players' (when anything was attributed to them at all) and those of the
    plays corrected to them.
    """
    own = tuple(sorted(own_account_ids))
    listener_id = listener_ids(conn, [person], add=False).get(person)
    others: set[int] = set()
    if listener_id is not None and (
        conn.execute(
            select(play_listeners.c.play_id)
            .where(play_listeners.c.listener_id == listener_id)
            .limit(1)
        ).first()
        is not None
    ):
        pseudo = or_(
            *(accounts.c.key.like(f"{prefix}%") for prefix in OBSERVER_PREFIXES)
        )
        others.update(
            int(i) for i in conn.execute(select(accounts.c.id).where(pseudo)).scalars()
        )
    corrected = [int(i) for i in conn.execute(_corrections()).scalars()]
    moved_ids: list[int] = []
    ends: list[int] = []
    for start in range(0, len(corrected), 500):
        chunk = corrected[start : start + 500]
        # Those corrected to them (among others, maybe), in one look-up.
        theirs = (
            set()
            if listener_id is None
            else {
                int(i)
                for i in conn.execute(
                    select(play_listeners.c.play_id).where(
                        play_listeners.c.listener_id == listener_id,
                        play_listeners.c.play_id.in_(chunk),
                    )
                ).scalars()
            }
        )
        for account_id, play_id, ended in conn.execute(
            select(plays.c.account_id, plays.c.id, plays.c.ended_at).where(
                plays.c.id.in_(chunk)
            )
        ).tuples():
            if account_id in own:
                moved_ids.append(int(play_id))
                ends.append(int(ended))
            # Corrected to them: their own account's stays theirs, as attributed.
            if play_id in theirs:
                others.add(int(account_id))
    moved = bool(moved_ids)
    return PersonScope(
        own,
        listener_id,
        most,
        tuple(sorted(others)),
        moved,
        tuple(sorted(moved_ids)),
        (min(ends), max(ends)) if ends else (0, -1),
    )
