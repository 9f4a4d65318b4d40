"""Coverage: what the history holds, from which sources, and where it has gaps."""

from datetime import timedelta, tzinfo
from itertools import pairwise

import orjson
from sqlalchemy import Connection, exists, func, select

from ..epoch import from_ms
from ..models import JobKind, Source
from ..store.cross_source import is_observer
from ..store.schema import HOUR_MS, accounts, imported_files, jobs, plays, rollup_hours
from .common import (
    EPOCH_DAY,
    EXPORT_BITS,
    Filter,
    data_hours,
    period_conditions,
    resolve_scope,
)
from .habits import local_days
from .model import Coverage, PlayRule, Scope

GAP_DAYS = 7


def _imported(conn: Connection, scope: Filter) -> dict[str, int]:
    """Count what import jobs and files added, over the scope's accounts."""
    counts = {"jobs": 0, "rows": 0, "imported": 0, "duplicates": 0, "replaced": 0}
    for (raw,) in conn.execute(
        select(jobs.c.counts).where(
            jobs.c.kind == JobKind.IMPORT, *scope.on(jobs.c.account_id)
        )
    ).tuples():
        counts["jobs"] += 1
        try:
            values = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if not isinstance(values, dict):
            continue
        for name in ("rows", "imported", "duplicates", "replaced"):
            value = values.get(name)
            if isinstance(value, int):
                counts[name] += value
    files, file_rows = conn.execute(
        select(func.count(), func.sum(imported_files.c.rows)).where(
            *scope.on(imported_files.c.account_id)
        )
    ).one()
    counts["files"] = int(files or 0)
    counts["file_rows"] = int(file_rows or 0)
    stored = conn.execute(
        select(func.sum(rollup_hours.c.streams)).where(
            rollup_hours.c.sources.bitwise_and(EXPORT_BITS) != 0, *scope.hours()
        )
    ).scalar_one_or_none()
    counts["stored"] = int(stored or 0)
    return counts


def coverage(conn: Connection, scope: Scope, time_zone: tzinfo) -> Coverage:
    """Tell what the history holds for a scope: span, days, sources, gaps, imports.

    `imported` counts, over the scope's accounts: import `jobs`, the export
    `rows` they read, the rows they `imported` (added), `duplicates` and
    `replaced` account-data rows; `files`/`file_rows` remembered as imported;
    and the streams from exports `stored` now (in scope).
    """
    found = resolve_scope(conn, scope)
    imported = _imported(conn, found) if not found.nothing else {}
    hours = None if found.nothing else data_hours(conn, found)
    if hours is None:
        return Coverage(None, None, 0, {}, [], imported)
    first_hour, last_hour = hours
    first = conn.execute(
        select(func.min(plays.c.ended_at)).where(
            *period_conditions(first_hour * HOUR_MS, (first_hour + 1) * HOUR_MS),
            *found.plays(),
        )
    ).scalar_one()
    last = conn.execute(
        select(func.max(plays.c.ended_at)).where(
            *period_conditions(last_hour * HOUR_MS, (last_hour + 1) * HOUR_MS),
            *found.plays(),
        )
    ).scalar_one()
    sources: dict[str, int] = {}
    for bits, streams in conn.execute(
        select(rollup_hours.c.sources, func.sum(rollup_hours.c.streams))
        .where(*found.hours())
        .group_by(rollup_hours.c.sources)
    ).tuples():
        for source in Source:
            bit = 1 << source
            if int(bits) & bit and streams and found.bit in (None, bit):
                name = source.name.lower()
                sources[name] = sources.get(name, 0) + int(streams)
    days = local_days(conn, found, time_zone, PlayRule.ALL)
    gaps = [
        (
            EPOCH_DAY + timedelta(days=before + 1),
            EPOCH_DAY + timedelta(days=after - 1),
        )
        for before, after in pairwise(days)
        if after - before - 1 >= GAP_DAYS
    ]
    return Coverage(
        first=None if first is None else from_ms(first),
        last=None if last is None else from_ms(last),
        days_with_data=len(days),
        sources=dict(sorted(sources.items())),
        gaps=gaps,
        imported=imported,
    )


def accounts_with_plays(conn: Connection) -> set[str]:
    """Return the keys of the accounts the history holds plays of.

    One look into the plays' index per account.
    """
    return {
        str(key)
        for key in conn.execute(
            select(accounts.c.key).where(
                exists().where(plays.c.account_id == accounts.c.id)
            )
        ).scalars()
    }


def listeners(conn: Connection) -> int:
    """Count the Spotify accounts the history holds plays of, set up or not.

    Each is someone's listening; Sonos households and media players are the
    home's (`is_observer`), whoever listened.
    """
    return sum(1 for key in accounts_with_plays(conn) if not is_observer(key))
