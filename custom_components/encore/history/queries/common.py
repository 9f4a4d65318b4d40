"""What every query shares: scopes, play rules, periods cut into hours, time zones.

How the answers are computed (measured on a million plays, see
`scripts/bench queries`):

- A stream belongs to the period, the hour and the day it *ended* in: that is
  the only time Spotify's exports give, and what `ix_plays_account_period` is
  sorted by (after the account).
- Sums over a period (streams, plays, time) add whole hours from
  `rollup_hours` and read the plays only for the partial hours at its edges.
- Whole accounts over all their history (no source filter, a period that
  covers everything they played) read `item_totals`/`artist_totals` plus the
  plays not yet folded into them (the tail, see `store.rollups`);
  everybody's read the totals' `ALL_ACCOUNTS` rows.
- Everything else reads `ix_plays_account_period` over the period.
- Local weekdays, hours and days come from the hours, cut where the time
  zone's offset changes; a zone whose local hours are not whole UTC hours
  (India, Nepal, parts of Australia) from `rollup_quarters` instead, and an
  offset that is not even whole quarter hours (before the 1970s) from the
  plays.
- The Last.fm rule needs each item's length, learnt from all its plays: the
  time buckets count it (the writer corrects them as lengths grow), the
  all-time totals do not, so rankings and anything else under it read the
  plays and look up each one's length in `item_lengths` (rankings sort the
  period's plays by item first, so that the look-ups walk it in order:
  `lastfm_plays_by_item`).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    Select,
    case,
    false,
    func,
    literal,
    literal_column,
    select,
)

from ..models import LASTFM_MIN_LENGTH_MS, THIRTY_SECONDS_MS, PlayKind, Source
from ..periods import Period
from ..store import bulk
from ..store.attribution import PersonScope
from ..store.folding import FOLDED_KEY
from ..store.names import normalize_name
from ..store.person_scopes import resolved as person_scope
from ..store.rollups import lastfm_condition, lastfm_counts, plays_with_lengths
from ..store.schema import (
    ALL_ACCOUNTS,
    HOUR_MS,
    accounts,
    album_totals,
    artist_totals,
    devices,
    item_lengths,
    item_recordings,
    item_totals,
    meta,
    plays,
    rollup_hours,
    rollup_quarters,
)
from .model import HistorySettlingError, PlayRule, Scope, TopKind

DAY_MS = 86_400_000
WEEK_HOURS = 168
# 1970-01-01 was a Thursday: hour 0 of the epoch is hour 72 of its week.
EPOCH_WEEK_HOUR = 72
# A play longer than this is not looked for by `playing_at`.
LONGEST_PLAY_MS = 12 * HOUR_MS
_MS_DELTA = timedelta(milliseconds=1)


@dataclass(frozen=True, slots=True)
class Filter:
    """A scope as ids: the conditions a query adds."""

    account_ids: tuple[int, ...]
    """The accounts in scope; empty when none matched (nothing to find)."""
    everyone: bool
    """Every account: tables keyed by time need no condition on accounts."""
    bit: int | None
    """The source's bit in `sources`, if the scope names one."""
    cache: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """What one answer reads more than once (tail, first and last hour)."""
    kinds: tuple[int, ...] | None = None
    """The kinds of streams in scope (None: all): music, podcasts."""
    device_ids: tuple[int, ...] | None = None
    """The devices in scope (None: anywhere); empty when none matched."""
    person: PersonScope | None = None
    """A person's plays (`store.attribution`) when some are not simply their
    accounts': the plays are read, whatever the rollups by account say."""

    @property
    def nothing(self) -> bool:
        """No account (or no device asked for) in scope: every answer is empty."""
        return not self.account_ids or self.device_ids == ()

    @property
    def whole_accounts(self) -> bool:
        """Every play of the accounts, whichever source or device: totals can answer.

        The all-time totals are kept by kind, so a kind in scope is no
        obstacle (the callers name the kinds they read: `totals_rows`).
        """
        return self.bit is None and self.device_ids is None and self.person is None

    @property
    def bucketed(self) -> bool:
        """Whether the time buckets answer: they are kept for every kind and device.

        Else the plays do (`ix_plays_account_period` holds the kind; a
        device is read from the table).
        """
        return self.kinds is None and self.device_ids is None and self.person is None

    def on(self, account: Any, sources: Any = None) -> list[ColumnElement[bool]]:
        """Conditions on a table's account and sources columns.

        Even for everyone the accounts are named: the plays and the indexes
        by account are then read one range per account. (The all-time
        totals have rows of their own for everyone: `totals`.)
        """
        conditions: list[ColumnElement[bool]] = [
            account.in_(self.account_ids) if self.account_ids else false()
        ]
        if self.bit is not None and sources is not None:
            conditions.append(sources.bitwise_and(self.bit) != 0)
        return conditions

    def kinds_in(self, kinds: Sequence[int]) -> tuple[int, ...]:
        """Return the `kinds` a query reads that are in scope."""
        return tuple(kind for kind in kinds if self.kinds is None or kind in self.kinds)

    def totals(self, account: Any) -> list[ColumnElement[bool]]:
        """Conditions on the all-time totals' account: everyone has rows of its own."""
        if self.everyone and self.account_ids:
            return [account == ALL_ACCOUNTS]
        return self.on(account)

    def plays(self, table: Any = plays) -> list[ColumnElement[bool]]:
        """Conditions on `plays` (or an alias of it): accounts, source, kinds, devices."""
        conditions = self.on(table.c.account_id, table.c.sources)
        if self.kinds is not None:
            conditions.append(table.c.kind.in_(self.kinds))
            if int(PlayKind.TRACK) not in self.kinds:
                # Said as the index of the other kinds' plays says it (a
                # constant, not a parameter): only then may the database
                # read that small index instead of every play of the period.
                conditions.append(
                    table.c.kind != literal_column(str(int(PlayKind.TRACK)))
                )
        if self.device_ids is not None:
            conditions.append(table.c.device_id.in_(self.device_ids or (-1,)))
        if self.person is not None:
            conditions.append(self.person.condition(table))
        return conditions

    def hours(self) -> list[ColumnElement[bool]]:
        """Conditions on `rollup_hours` (keyed by hour first: no accounts for all)."""
        conditions = self.on(rollup_hours.c.account_id, rollup_hours.c.sources)
        return conditions[1:] if self.everyone else conditions

    def quarters(self) -> list[ColumnElement[bool]]:
        """Conditions on `rollup_quarters` (keyed by account first)."""
        return self.on(rollup_quarters.c.account_id, rollup_quarters.c.sources)

    def one(self, account_id: int) -> Filter:
        """Return the same scope for one of its accounts."""
        shared = {"tail": self.cache["tail"]} if "tail" in self.cache else {}
        return Filter(
            (account_id,),
            False,
            self.bit,
            shared,
            self.kinds,
            self.device_ids,
            self.person,
        )


def resolve_scope(conn: Connection, scope: Scope) -> Filter:
    """Turn account keys into ids (unknown keys match nothing).

    Raises `HistorySettlingError` while a bulk import owes plays to the time
    buckets: every answer starts here, so none disagrees with the plays.
    """
    if owed := bulk.pending(conn):
        raise HistorySettlingError(sum(high - low for low, high in owed))
    bit = None if scope.source is None else 1 << Source(scope.source)
    kinds = None if scope.kinds is None else tuple(sorted(set(scope.kinds)))
    devices = (
        None
        if scope.devices is None
        else tuple(
            sorted(
                {found for name in scope.devices for found in device_ids(conn, name)}
            )
        )
    )
    query = select(accounts.c.id).order_by(accounts.c.id)
    if scope.accounts is not None:
        keys = list(dict.fromkeys(scope.accounts))
        if not keys and scope.person is None:
            return Filter((), False, bit, {}, kinds, devices)
        query = query.where(accounts.c.key.in_(keys))
    ids = tuple(int(account_id) for account_id in conn.execute(query).scalars())
    if scope.person is None or scope.accounts is None:
        return Filter(ids, scope.accounts is None, bit, {}, kinds, devices)
    # A person's plays: their accounts' as today unless attribution moved
    # some, then the plays of every account that holds one of theirs.
    person = person_scope(conn, scope.person, ids, scope.most)
    if not person.exceptions:
        return Filter(ids, False, bit, {}, kinds, devices)
    return Filter(
        tuple(sorted({*ids, *person.other_account_ids})),
        False,
        bit,
        {},
        kinds,
        devices,
        person,
    )


GROUP_JOIN = " + "
"""How a Sonos group's device names its rooms ("Living Room + Kitchen")."""


def device_ids(conn: Connection, name: str) -> list[int]:
    """Devices named `name` or groups with a room of that name, else by start or part.

    A speaker grouped with another played what the group played: "the
    kitchen" finds "Living Room + Kitchen" as surely as "Kitchen".
    """
    query = normalize_name(name)
    known = [
        (
            int(device_id),
            normalize_name(device_name),
            {normalize_name(room) for room in device_name.split(GROUP_JOIN)},
        )
        for device_id, device_name in conn.execute(
            select(devices.c.id, devices.c.name)
        ).tuples()
    ]
    tests: tuple[Callable[[str, set[str]], bool], ...] = (
        lambda norm, rooms: norm == query or query in rooms,
        lambda norm, _rooms: norm.startswith(query),
        lambda norm, _rooms: query in norm,
    )
    for test in tests:
        chosen = [device_id for device_id, norm, rooms in known if test(norm, rooms)]
        if chosen:
            return chosen
    return []


# -- play rules ------------------------------------------------------------------


def counted(rule: PlayRule, table: Any = plays) -> ColumnElement[bool] | None:
    """Return the condition of a counted play under the 30 s rule (None: all).

    The Last.fm rule needs lengths: see `rule_from`.
    """
    if rule is PlayRule.THIRTY_SECONDS:
        condition: ColumnElement[bool] = table.c.ms_played >= THIRTY_SECONDS_MS
        return condition
    return None


def rule_from(rule: PlayRule) -> tuple[list[ColumnElement[bool]], FromClause]:
    """Conditions and FROM for the plays a rule counts."""
    if rule is PlayRule.LASTFM:
        # An item's length is the longest stream of it ever recorded, kept
        # as plays arrive and looked up by primary key for every play.
        return [lastfm_condition()], plays_with_lengths()
    condition_30s = counted(rule)
    return ([] if condition_30s is None else [condition_30s]), plays


@dataclass(frozen=True, slots=True)
class LastfmPlays:
    """Plays the Last.fm rule may count, sorted by item, beside their lengths."""

    columns: Any
    """The sorted plays' `item_id`, `ms_played` and the key asked for."""
    source: FromClause
    """Those plays joined to `item_lengths`."""
    counts: ColumnElement[bool]
    """Whether the rule counts a play of `source`."""


def lastfm_plays_by_item(
    scope: Filter,
    start: int | None,
    end: int | None,
    *conditions: Any,
    key: str = "item_id",
) -> LastfmPlays:
    """Return the scope's plays in [start, end) that the Last.fm rule judges.

    The rule looks up every play's item length. Taken in the period's order
    the look-ups jump all over `item_lengths`; sorted by item first they
    walk it in order, and a grouping by item needs no sort of its own (a
    year of one account with sqlite3 alone: 34 ms joined in the period's
    order, 25 ms sorted first, against 18 ms for the 30 s rule). Streams of
    15 s or less never count (their item would be 30 s at most) and are not
    sorted. `conditions`: more on `plays` (the kind); `key`: the column of
    `plays` grouped by, carried beside the item and the milliseconds, and no
    other (the sort carries every column selected).
    """
    carried = {"item_id", "ms_played", key}
    sorted_plays = (
        select(*(column for column in plays.c if column.name in carried))
        .where(
            *period_conditions(start, end),
            *scope.plays(),
            plays.c.ms_played > LASTFM_MIN_LENGTH_MS // 2,
            *conditions,
        )
        .order_by(plays.c.item_id)
        .subquery("lastfm_plays")
    )
    columns = sorted_plays.c
    return LastfmPlays(
        columns,
        sorted_plays.outerjoin(item_lengths, item_lengths.c.item_id == columns.item_id),
        lastfm_counts(columns.ms_played, func.coalesce(item_lengths.c.longest_ms, 0)),
    )


def hour_columns(rule: PlayRule, table: Any = rollup_hours) -> tuple[Any, Any]:
    """(plays, ms) columns of `rollup_hours` or the quarters under a rule."""
    if rule is PlayRule.THIRTY_SECONDS:
        return table.c.plays_30s, table.c.ms_30s
    if rule is PlayRule.LASTFM:
        return table.c.plays_lastfm, table.c.ms_lastfm
    return table.c.streams, table.c.ms_played


def total_columns(rule: PlayRule, table: Any = item_totals) -> tuple[Any, Any]:
    """(plays, ms) columns of `item_totals` under a rule (not Last.fm)."""
    if rule is PlayRule.THIRTY_SECONDS:
        return table.c.plays_30s, table.c.ms_30s
    return table.c.streams, table.c.ms_played


def counted_sums(
    rule: PlayRule,
) -> tuple[ColumnElement[Any], ColumnElement[Any], FromClause]:
    """(plays, ms) of the plays a rule counts, as aggregates, and their FROM."""
    conditions, source = rule_from(rule)
    if not conditions:
        return func.count(), func.sum(plays.c.ms_played), source
    (condition,) = conditions
    return (
        func.sum(case((condition, 1), else_=0)),
        func.sum(case((condition, plays.c.ms_played), else_=0)),
        source,
    )


# -- periods ---------------------------------------------------------------------


def period_conditions(
    start_ms: int | None, end_ms: int | None, table: Any = plays
) -> list[ColumnElement[bool]]:
    """`ended_at` within [start, end)."""
    conditions: list[ColumnElement[bool]] = []
    if start_ms is not None:
        conditions.append(table.c.ended_at >= start_ms)
    if end_ms is not None:
        conditions.append(table.c.ended_at < end_ms)
    return conditions


def bounds(period: Period) -> tuple[int | None, int]:
    """Return the period in epoch milliseconds, end exclusive."""
    return period.start_ms, period.end_ms


@dataclass(frozen=True, slots=True)
class HourSplit:
    """A range of time as whole hours of `rollup_hours` and edges to read raw."""

    first_hour: int | None
    """Inclusive; None: from the beginning."""
    end_hour: int
    """Exclusive."""
    edges: tuple[tuple[int | None, int], ...]
    """Millisecond ranges [start, end) outside the whole hours."""


def split_hours(start_ms: int | None, end_ms: int, cell_ms: int = HOUR_MS) -> HourSplit:
    """Cut [start, end) into whole hours and the partial hours at its edges.

    Or into whole cells of `cell_ms` (quarter hours), counted the same way.
    """
    end_hour = end_ms // cell_ms
    if start_ms is None:
        first_hour = None
        edges: list[tuple[int | None, int]] = []
    else:
        first_hour = -(-start_ms // cell_ms)
        if first_hour > end_hour:
            return HourSplit(first_hour, first_hour, ((start_ms, end_ms),))
        edges = [(start_ms, first_hour * cell_ms)] if start_ms % cell_ms else []
    if end_ms % cell_ms:
        edges.append((end_hour * cell_ms, end_ms))
    return HourSplit(first_hour, end_hour, tuple(edges))


def hour_conditions(
    first_hour: int | None, end_hour: int, column: Any = rollup_hours.c.hour
) -> list[ColumnElement[bool]]:
    """`rollup_hours.hour` (or another cell column) within [first, end)."""
    conditions = [column < end_hour]
    if first_hour is not None:
        conditions.append(column >= first_hour)
    return conditions


def data_hours(conn: Connection, scope: Filter) -> tuple[int, int] | None:
    """Return the first and last hour with a stream in scope (None: no data).

    Two walks of the primary key from either end, each stopping at the first
    hour in scope (min/max with a condition would read every row).
    """
    if "hours" not in scope.cache:
        query = select(rollup_hours.c.hour).where(
            rollup_hours.c.streams > 0, *scope.hours()
        )
        first, last = conn.execute(
            select(
                query.order_by(rollup_hours.c.hour).limit(1).scalar_subquery(),
                query.order_by(rollup_hours.c.hour.desc()).limit(1).scalar_subquery(),
            )
        ).one()
        scope.cache["hours"] = None if first is None else (int(first), int(last))
    hours: tuple[int, int] | None = scope.cache["hours"]
    return hours


def covers_everything(
    conn: Connection, scope: Filter, start_ms: int | None, end_ms: int
) -> bool:
    """Whether [start, end) holds every stream of the scope.

    Such a question can be answered from the all-time totals, when the
    scope is whole accounts.
    """
    hours = data_hours(conn, scope)
    if hours is None:
        return True
    first, last = hours
    if start_ms is not None and start_ms > first * HOUR_MS:
        return False
    if end_ms >= (last + 1) * HOUR_MS:
        return True
    if end_ms < last * HOUR_MS:
        return False
    # It ends inside the last hour with a stream, as a period going on until
    # now does after a play this hour: every stream is in it unless one ends
    # later. Without this, all time read a million plays instead of the
    # totals until the hour was over (`scripts/bench panel`).
    later = conn.execute(
        select(plays.c.id).where(plays.c.ended_at >= end_ms, *scope.plays()).limit(1)
    ).first()
    return later is None


def tail_range(conn: Connection, scope: Filter | None = None) -> tuple[int, int] | None:
    """Return the ids (first, last) of plays not yet in the totals, if any."""
    if scope is not None and "tail" in scope.cache:
        cached: tuple[int, int] | None = scope.cache["tail"]
        return cached
    mark, top = conn.execute(
        select(
            select(meta.c.value).where(meta.c.key == FOLDED_KEY).scalar_subquery(),
            select(func.max(plays.c.id)).scalar_subquery(),
        )
    ).one()
    first = int(mark or 0) + 1
    tail = (first, int(top)) if top is not None and top >= first else None
    if scope is not None:
        scope.cache["tail"] = tail
    return tail


def totals_rows(
    conn: Connection,
    scope: Filter,
    rule: PlayRule,
    kinds: Sequence[int],
    *,
    by: str = "item",
    extra: Sequence[ColumnElement[bool]] = (),
    tail_extra: Sequence[ColumnElement[bool]] = (),
) -> Select[Any]:
    """All-time rows (key..., plays, ms) of whole accounts, to aggregate over.

    `by` "item": `item_id`, `artist_id` and `album_key` (0: none) from
    `item_totals`; "artist": `artist_id` from `artist_totals`; "album":
    `album_key` from `album_totals` (music only). Below them come the tail's
    plays one by one (plays 1 or 0). `extra` filters the totals, `tail_extra`
    the tail's plays.
    """
    tail_keys: list[Any]
    kinds = scope.kinds_in(kinds)
    conditions: list[ColumnElement[bool]] = [*extra]
    tail_conditions: list[ColumnElement[bool]] = [plays.c.kind.in_(kinds)]
    if by == "artist":
        table = artist_totals
        keys: list[Any] = [table.c.artist_id.label("artist_id")]
        tail_keys = [plays.c.artist_id]
        tail_conditions.append(plays.c.artist_id.is_not(None))
    elif by == "album":
        table = album_totals
        keys = [table.c.album_key.label("album_key")]
        tail_keys = [plays.c.album_key]
        tail_conditions.append(plays.c.album_key.is_not(None))
    else:
        table = item_totals
        keys = [
            table.c.item_id.label("item_id"),
            table.c.artist_id.label("artist_id"),
            table.c.album_key.label("album_key"),
        ]
        tail_keys = [
            plays.c.item_id,
            func.coalesce(plays.c.artist_id, 0),
            func.coalesce(plays.c.album_key, 0),
        ]
    if by != "album":
        conditions.append(table.c.kind.in_(kinds))
    plays_column, ms_column = total_columns(rule, table)
    folded = select(*keys, plays_column.label("plays"), ms_column.label("ms")).where(
        *scope.totals(table.c.account_id), *conditions
    )
    tail = tail_range(conn, scope)
    if tail is None:
        return folded
    condition = counted(rule)
    one: ColumnElement[Any] = (
        literal(1) if condition is None else case((condition, 1), else_=0)
    )
    ms: ColumnElement[Any] = (
        plays.c.ms_played
        if condition is None
        else case((condition, plays.c.ms_played), else_=0)
    )
    recent = select(*tail_keys, one, ms).where(
        plays.c.id >= tail[0],
        plays.c.id <= tail[1],
        *scope.plays(),
        *tail_conditions,
        *tail_extra,
    )
    return folded.union_all(recent)  # type: ignore[return-value]


# -- time zones ------------------------------------------------------------------


def _offset_ms(ms: int, time_zone: tzinfo) -> int:
    offset = datetime.fromtimestamp(ms / 1000, time_zone).utcoffset()
    return 0 if offset is None else offset // _MS_DELTA


@lru_cache(maxsize=64)
def offset_spans(
    start_ms: int, end_ms: int, time_zone: tzinfo
) -> tuple[tuple[int, int, int], ...]:
    """[start, end) cut where the UTC offset changes: (from, to, offset ms).

    The offset is sampled daily and each change found to the second by
    bisection: zones change their offset at most a few times a year.
    """
    spans: list[tuple[int, int, int]] = []
    begin = start_ms
    offset = _offset_ms(start_ms, time_zone)
    probe = start_ms
    while probe < end_ms:
        following = min(probe + DAY_MS, end_ms - 1)
        next_offset = _offset_ms(following, time_zone)
        if next_offset != offset:
            low, high = probe, following
            while high - low > 1000:
                middle = (low + high) // 2
                if _offset_ms(middle, time_zone) == offset:
                    low = middle
                else:
                    high = middle
            change = high - high % 1000
            spans.append((begin, change, offset))
            begin, offset = change, next_offset
        if following >= end_ms - 1:
            break
        probe = following
    spans.append((begin, end_ms, offset))
    return tuple(spans)


def hour_aligned(spans: Sequence[tuple[int, int, int]], cell_ms: int = HOUR_MS) -> bool:
    """Whether local hours are whole UTC hours throughout (rollups can serve).

    With `cell_ms`: whether they are made of whole cells (quarter hours).
    """
    return all(
        offset % cell_ms == 0 and (index == 0 or begin % cell_ms == 0)
        for index, (begin, _end, offset) in enumerate(spans)
    )


# -- what several families of queries share ----------------------------------------

WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
EPOCH_DAY = date(1970, 1, 1)
PLAY_KIND = {
    TopKind.ARTIST: PlayKind.TRACK,
    TopKind.TRACK: PlayKind.TRACK,
    TopKind.ALBUM: PlayKind.TRACK,
    TopKind.SHOW: PlayKind.EPISODE,
}
CHUNK = 900
FEW_ARTISTS = CHUNK // 2
"""Artists whose all-time plays are looked up by key; for more, all are read.

Their ids go to the totals and to the tail: twice, within SQLite's oldest
limit of 999 parameters a statement, as `CHUNK`."""
EXPORT_BITS = (1 << Source.EXPORT_EXTENDED) | (1 << Source.EXPORT_ACCOUNT)


def use_totals(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> bool:
    """Whether the all-time totals answer: whole accounts, all their plays."""
    return (
        rule is not PlayRule.LASTFM
        and scope.whole_accounts
        and covers_everything(conn, scope, start, end)
    )


def scope_where(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int | None,
    rule: PlayRule,
) -> tuple[list[ColumnElement[bool]], FromClause]:
    """Conditions on the plays of a scope, period and rule, and their FROM."""
    conditions, source = rule_from(rule)
    return [*period_conditions(start, end), *scope.plays(), *conditions], source


# -- one song ---------------------------------------------------------------------


def recording_map(conn: Connection, scope: Filter) -> dict[int, int]:
    """Item id -> the recording it counts as, for the URIs that are another's.

    Few in any history (`store.recordings`): read once per question.
    """
    if "recordings" not in scope.cache:
        scope.cache["recordings"] = {
            int(item_id): int(target)
            for item_id, target in conn.execute(
                select(item_recordings.c.item_id, item_recordings.c.recording_id)
            ).tuples()
        }
    found: dict[int, int] = scope.cache["recordings"]
    return found


def by_recording(
    counts: dict[int, tuple[int, int]], recording: Mapping[int, int]
) -> dict[int, tuple[int, int]]:
    """(plays, ms) of each recording: its URIs' (plays, ms) summed.

    `counts` itself when none of its URIs is another's recording (most
    periods); otherwise a copy in which only those few URIs move to their
    recording: a year's tens of thousands of songs are copied in C, not
    summed again one by one (a recap of one account's year: 7.6 ms against
    0.3).
    """
    moved = [item for item in recording if item in counts]
    if not moved:
        return counts
    merged = dict(counts)
    # All taken out before any is added: each URI's own plays go to its
    # recording, and only those (a recording that is itself another's
    # passes on its own plays, not those it received).
    taken = [(recording[item], merged.pop(item)) for item in moved]
    for target, (plays_found, ms_found) in taken:
        found = merged.get(target, (0, 0))
        merged[target] = (found[0] + plays_found, found[1] + ms_found)
    return merged


def track_totals(
    conn: Connection, scope: Filter, rule: PlayRule, item_ids: Sequence[int]
) -> dict[int, tuple[int, int]]:
    """(plays, ms) of tracks in all their time: the totals and their tail.

    Whole accounts, every source and room: no less than in any period. The
    Last.fm rule counts from streams, whose totals are every stream.
    """
    rows = totals_rows(
        conn,
        scope,
        PlayRule.ALL if rule is PlayRule.LASTFM else rule,
        (int(PlayKind.TRACK),),
        extra=[item_totals.c.item_id.in_(item_ids)],
        tail_extra=[plays.c.item_id.in_(item_ids)],
    ).subquery()
    return {
        int(item_id): (int(plays_n or 0), int(ms or 0))
        for item_id, plays_n, ms in conn.execute(
            select(
                rows.c.item_id, func.sum(rows.c.plays), func.sum(rows.c.ms)
            ).group_by(rows.c.item_id)
        ).tuples()
    }


def has_recordings(conn: Connection, scope: Filter) -> bool:
    """Whether some URI items are another's recording (`store.recordings`).

    Most histories have a few; without any, rankings group by item alone.
    """
    return bool(recording_map(conn, scope))


def recording_of(item_id: Any) -> ColumnElement[Any]:
    """Return the recording an item id counts as (`store.recordings`).

    Only the few items that are another's recording are looked up (the IN
    is one small ephemeral index, the lookup runs for their rows alone):
    the grouping by item stays one pass over the period's plays.
    """
    return case(
        (
            item_id.in_(select(item_recordings.c.item_id)),
            select(item_recordings.c.recording_id)
            .where(item_recordings.c.item_id == item_id)
            .scalar_subquery(),
        ),
        else_=item_id,
    )
