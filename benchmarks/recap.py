"""How fast a year's recap is over a million plays (issue 38).

Run with `scripts/bench recap`. The history is the million-play database of
`scripts/bench queries` (built once and cached, see history_queries.py): ten
years ending 2026-09-30, four accounts, asked on 2026-10-01 at 10:00 in
Europe/Berlin about the year 2025 (local, 1 January to 1 January).

- cold: `queries.recap.recap` on a pooled connection, as the store's reads
  run it, nothing kept between runs (every figure read from the database),
  for one account (`bench_ada`, 65 % of the plays) and for the household.
  Its floor, timed right after each run on the same file with sqlite3
  alone: the year's counted music and podcast plays of the same accounts
  grouped by item, one statement, the least any recap reads (the rankings
  need no less). Target: p50 and p95 <= 2.5 x the floor's, taken in the
  same minutes (the machine is shared; its speed drifts within a run).
  Beside it, for information, the two-period floor: that floor plus the
  previous year's counted music plays grouped by artist, the least the
  comparison with the year before reads (no rollup holds a period's
  artists); the recap's factor against it is printed, no verdict.
  Beyond the floor the recap groups by artist and album too, reads the
  local hours from the time buckets (less the other kinds' plays, from
  their own index), the weeks of the most played songs for the song on
  repeat (one more reading of the year's music plays), the previous
  year's artists, the rooms' plays and the names;
  `history/queries/README.md` has each one's cost.
- warm: `encore.recap` through `hass.services`, the same question again
  (answered from memory until the next write, `store.reads`). Target p95
  <= 150 ms.

`ENCORE_BENCH_RUNS` (default 20) runs of each.
"""

from contextlib import closing
from datetime import date
import logging
import os
from pathlib import Path
import shutil
import sqlite3
import statistics
import time
from typing import Any

from freezegun import freeze_time
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import select

from homeassistant.core import Context, HomeAssistant

from benchmarks.history_queries import NOW, TIME_ZONE, HistorySpec, build_database
from benchmarks.stats import percentile
from custom_components.encore.const import (
    CONF_DB_URL,
    CONF_KIND,
    DOMAIN,
    HISTORY_UNIQUE_ID,
    EntryKind,
)
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.periods import local_midnight
from custom_components.encore.history.queries import Scope
from custom_components.encore.history.queries.recap import RecapStatus, recap
from custom_components.encore.history.store.engine import (
    create_history_engine,
    sqlite_url,
)
from custom_components.encore.history.store.schema import accounts

RUNS = int(os.environ.get("ENCORE_BENCH_RUNS", "20"))
FLOOR_FACTOR = 2.5
WARM_TARGET_MS = 150.0
START = local_midnight(date(2025, 1, 1), TIME_ZONE)
END = local_midnight(date(2026, 1, 1), TIME_ZONE)
FLOOR = (
    "SELECT item_id, count(*), sum(ms_played) FROM plays"
    " WHERE account_id IN ({ids}) AND ended_at >= ? AND ended_at < ?"
    " AND ms_played >= 30000 AND kind IN (0, 1) GROUP BY item_id"
)
PREVIOUS_FLOOR = (
    "SELECT artist_id, count(*), sum(ms_played) FROM plays"
    " WHERE account_id IN ({ids}) AND ended_at >= ? AND ended_at < ?"
    " AND ms_played >= 30000 AND kind = 0 GROUP BY artist_id"
)
PREVIOUS_START = local_midnight(date(2024, 1, 1), TIME_ZONE)
RESULTS: list[dict[str, Any]] = []


def _record(name: str, times: list[float], **extra: Any) -> dict[str, Any]:
    row = {
        "name": name,
        "runs": len(times),
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "max": max(times),
        **extra,
    }
    RESULTS.append(row)
    return row


def test_recap_cold_against_floor() -> None:
    """A year's recap read from the database, beside the bare SQL's floor."""
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    path, _built = build_database(HistorySpec())
    engine = create_history_engine(sqlite_url(path))
    try:
        with (
            engine.connect() as conn,
            closing(
                sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, check_same_thread=False
                )
            ) as lite,
        ):
            every = [
                int(account_id)
                for (account_id,) in conn.execute(select(accounts.c.id)).tuples()
            ]
            ada = conn.execute(
                select(accounts.c.id).where(accounts.c.key == "bench_ada")
            ).scalar_one()
            for label, scope, ids in (
                ("one account (bench_ada)", Scope(("bench_ada",)), [int(ada)]),
                ("household (4 accounts)", Scope(), every),
            ):
                floor_sql = FLOOR.format(ids=", ".join(str(i) for i in ids))
                previous_sql = PREVIOUS_FLOOR.format(ids=", ".join(str(i) for i in ids))
                times: list[float] = []
                floors: list[float] = []
                both: list[float] = []
                for _ in range(RUNS):
                    began = time.perf_counter()
                    answer = recap(conn, scope, START, END, TIME_ZONE)
                    times.append((time.perf_counter() - began) * 1000)
                    assert answer.status is RecapStatus.READY
                    began = time.perf_counter()
                    lite.execute(floor_sql, (to_ms(START), to_ms(END))).fetchall()
                    floors.append((time.perf_counter() - began) * 1000)
                    lite.execute(
                        previous_sql, (to_ms(PREVIOUS_START), to_ms(START))
                    ).fetchall()
                    both.append((time.perf_counter() - began) * 1000)
                floor = _record(f"floor: grouped by item, {label}", floors)
                two = _record(f"two-period floor, {label}", both)
                _record(
                    f"recap 2025 cold, {label}",
                    times,
                    factor_p50=statistics.median(times) / floor["p50"],
                    factor_p95=percentile(times, 0.95) / floor["p95"],
                    two_p50=statistics.median(times) / two["p50"],
                )
    finally:
        engine.dispose()


async def test_recap_warm(hass: HomeAssistant, tmp_path: Path) -> None:
    """`encore.recap` for 2025 again and again, as a page kept open asks it."""
    for name in ("sqlalchemy", "sqlalchemy.engine"):
        logging.getLogger(name).setLevel(logging.WARNING)
    path, _built = build_database(HistorySpec())
    copy = tmp_path / "history.db"
    await hass.async_add_executor_job(shutil.copyfile, path, copy)
    await hass.config.async_set_time_zone(str(TIME_ZONE))
    with freeze_time(NOW, tick=True):
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Listening history",
            unique_id=HISTORY_UNIQUE_ID,
            data={CONF_KIND: EntryKind.HISTORY},
            options={CONF_DB_URL: sqlite_url(copy)},
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        times: list[float] = []
        for _ in range(RUNS + 1):
            began = time.perf_counter()
            response = await hass.services.async_call(
                DOMAIN,
                "recap",
                {"year": 2025, "everyone": True},
                blocking=True,
                return_response=True,
                context=Context(),
            )
            times.append((time.perf_counter() - began) * 1000)
            assert response is not None
            assert response["status"] == "ready"
        _record("encore.recap 2025 household, first call", times[:1])
        _record("encore.recap 2025 household, warm", times[1:], target=WARM_TARGET_MS)
        await hass.config_entries.async_unload(entry.entry_id)


def report() -> str:
    """Return the table of figures, with the verdicts."""
    lines = ["", "Recap of a year over 1M plays (ms)"]
    lines.append(
        f"  {'':52s} {'runs':>4s} {'p50':>8s} {'p95':>8s} {'max':>8s}  verdict"
    )
    for row in RESULTS:
        verdict = ""
        if "factor_p50" in row:
            passed = max(row["factor_p50"], row["factor_p95"]) <= FLOOR_FACTOR
            verdict = (
                f"x floor p50 {row['factor_p50']:.2f}, p95 {row['factor_p95']:.2f}"
                f" (<= {FLOOR_FACTOR}) {'PASS' if passed else 'MISS'};"
                f" x two-period floor p50 {row['two_p50']:.2f}"
            )
        elif "target" in row:
            passed = row["p95"] <= row["target"]
            verdict = f"p95 <= {row['target']:.0f} {'PASS' if passed else 'MISS'}"
        lines.append(
            f"  {row['name']:52s} {row['runs']:4d} {row['p50']:8.1f}"
            f" {row['p95']:8.1f} {row['max']:8.1f}  {verdict}"
        )
    return "\n".join(lines)
