"""What knowing whose each play is costs: recording, and one person's ranking.

Run with `scripts/bench attribution`. On the million-play history of
`scripts/bench queries` (`history_queries.build_database`, cached), copied:

- Recording: `ATTRIBUTION_RECORDS` Sonos plays, each in its own transaction as
  the collector's writer stores them (`WriterState.record_observed`), today's
  way and with the attribution (the rules' decision, `rules.decide`, and its
  rows, `store.attribution.record_decided`), alternating one play each way so
  that the machine's drift touches both alike. Target: within 10 % of today.
  Reading the home for the rules (`situation_of`: persons, trackers, areas,
  sensors) runs on the event loop before the write, in microseconds: timed in
  a real Home Assistant with four persons and their trackers.
- One person's ranking (top artists and top tracks of 365 days, all-time top
  artists): Ada's account, today's scope, against her person's scope (her
  account's plays still hers, and the speakers' plays attributed to her:
  60 % of the Sonos household's and the media player's, a fifth of them shared
  with Bob; 20 of her account's plays corrected to Bob). A person whose plays
  are all their account's reads exactly today's scope (no row says
  otherwise). Reading more plays costs more: the person's ranking is also set
  against today's ranking of the same accounts (Ada's and the speakers'), the
  reading it adds the attribution's look-ups to. Target: within 10 % of it.
  All time, the person's ranking reads their totals (`store.person_rollups`)
  beside their accounts' as the accounts' ranking reads theirs; in a period
  (365 and 30 days), the accounts' ranking reads the plays, the person's
  their accounts' plays and their per-day totals of the whole days.
"""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
import logging
import os
from pathlib import Path
import shutil
import statistics
import time
from typing import Any

from sqlalchemy import Engine, text

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from benchmarks.history_queries import HistorySpec, _period, build_database, open_engine
from benchmarks.stats import percentile
from custom_components.encore.history.attribution.rules import (
    RuleSettings,
    Situation,
    decide,
)
from custom_components.encore.history.attribution.situation import situation_of
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.models import (
    AttributionRule,
    Certainty,
    PlayKind,
    PlayRecord,
    Source,
)
from custom_components.encore.history.queries import Scope, TopKind, top_items
from custom_components.encore.history.store import attribution, person_rollups
from custom_components.encore.history.store.writes import WriterState

RECORDS = int(os.environ.get("ATTRIBUTION_RECORDS", "400"))
RUNS = int(os.environ.get("ENCORE_BENCH_RUNS", "30"))
SONOS = "sonos:RINCON_BENCH"
PLAYER = "media_player:media_player.kitchen"
ADA, BOB = "person.ada", "person.bob"
RESULTS: list[tuple[str, str]] = []


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _attribute_speakers(engine: Engine) -> int:
    """Attribute the speakers' plays in bulk, as the collectors would have."""
    with engine.begin() as conn:
        ids = attribution.listener_ids(conn, [ADA, BOB], add=True)
        pseudo = (
            "SELECT p.id FROM plays p JOIN accounts a ON a.id = p.account_id"
            " WHERE a.key IN (:sonos, :player)"
        )
        keys = {"sonos": SONOS, "player": PLAYER}
        # By id: 3 in 5 Ada's (1 in 5 shared with Bob), 1 in 5 Bob's, 1 the household's.
        conn.execute(
            text(
                "INSERT INTO play_attributions (play_id, certainty, rule)"  # noqa: S608 - constants of ours
                f" SELECT id, CASE WHEN id % 5 = 4 THEN {int(Certainty.HOUSEHOLD)}"
                f" ELSE {int(Certainty.LIKELY)} END, {int(AttributionRule.HOME)}"
                f" FROM ({pseudo})"
            ),
            keys,
        )
        for person, condition in ((ADA, "id % 5 < 3"), (BOB, "id % 5 IN (2, 3)")):
            conn.execute(
                text(
                    "INSERT INTO play_listeners (listener_id, play_id, certainty)"  # noqa: S608 - constants of ours
                    f" SELECT :listener, id, {int(Certainty.LIKELY)} FROM ({pseudo})"
                    f" WHERE {condition}"
                ),
                {**keys, "listener": ids[person]},
            )
        # Written around the store: the persons' totals are counted again,
        # as the migration to version 13 does.
        person_rollups.rebuild(conn)
        adas = [
            int(i)
            for i in conn.execute(
                text(
                    "SELECT p.id FROM plays p JOIN accounts a ON a.id = p.account_id"
                    " WHERE a.key = 'bench_ada' ORDER BY p.ended_at DESC LIMIT 20"
                )
            ).scalars()
        ]
        attribution.correct(conn, adas, [BOB])
        return int(
            conn.execute(text("SELECT count(*) FROM play_attributions")).scalar_one()
        )


def _time(fn: Callable[[], object], runs: int = RUNS) -> list[float]:
    fn()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return times


def _pair(
    first: Callable[[], object], second: Callable[[], object], runs: int = RUNS
) -> tuple[list[float], list[float]]:
    """Time two calls alternately: the machine's drift touches both alike."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, into in ((first, times[0]), (second, times[1])):
            began = time.perf_counter()
            fn()
            into.append((time.perf_counter() - began) * 1000)
    return times


def _line(name: str, times: list[float], floor: list[float] | None = None) -> None:
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    ratio = ""
    if floor is not None:
        ratio = f"  {p50 / statistics.median(floor):.3f}x today's p50"
    RESULTS.append((name, f"p50 {p50:8.2f}  p95 {p95:8.2f} ms{ratio}"))


def _ranking(engine: Engine, scope: Scope, kind: TopKind, days: int | None) -> Any:
    period = _period("all_time") if days is None else _period("last_days", days=days)

    def read() -> object:
        with engine.connect() as conn:
            return top_items(conn, scope, period, kind, limit=10)

    return read


def _record(index: int, at: datetime) -> PlayRecord:
    ended = to_ms(at) + index * 240_000
    return PlayRecord(
        account=SONOS,
        source=Source.SONOS,
        ended_at=ended,
        ms_played=200_000,
        kind=PlayKind.TRACK,
        title=f"Attribution song {index}",
        artist=f"Attribution artist {index % 40}",
        album="Bench",
        device="Kitchen",
        started_at=ended - 200_000,
    )


def _time_recording(engine: Engine) -> None:
    """Today's write of a play against the same write with its attribution."""
    state = WriterState("sqlite")
    settings = RuleSettings()
    situation = Situation(
        speaker="media_player.kitchen",
        areas=("kitchen",),
        home=(ADA, BOB),
        in_areas=(ADA,),
    )
    plain: list[float] = []
    whose: list[float] = []
    start = datetime(2026, 10, 2, tzinfo=UTC)
    with engine.connect() as conn:
        for index in range(RECORDS * 2):
            record = _record(index, start)
            with_attribution = index % 2 == 1
            began = time.perf_counter()
            with conn.begin():
                result = state.record_observed(conn, [record], 60_000)
                if with_attribution:
                    found = decide(situation, settings)
                    outcome = result.outcomes[0]
                    assert outcome is not None
                    attribution.record_decided(conn, [(outcome[0], found)])
            (whose if with_attribution else plain).append(
                (time.perf_counter() - began) * 1000
            )
    warm = RECORDS // 10  # the first plays fill the writer's caches
    _line("record a Sonos play, today", plain[warm:])
    _line("record a Sonos play, with attribution", whose[warm:], plain[warm:])


def test_attribution_costs(tmp_path: Path) -> None:
    """Recording and one person's rankings, with and without attribution."""
    for name in ("sqlalchemy", "sqlalchemy.engine"):
        logging.getLogger(name).setLevel(logging.WARNING)
    path, _built = build_database(HistorySpec())
    today_engine = open_engine(_copy(path, tmp_path / "today.db"))
    whose_engine = open_engine(_copy(path, tmp_path / "whose.db"))
    try:
        rows = _attribute_speakers(whose_engine)
        RESULTS.append(("speakers' plays attributed", f"{rows:,}"))
        ada = Scope(accounts=("bench_ada",))
        ada_person = Scope(accounts=("bench_ada",), person=ADA)
        same_accounts = Scope(accounts=("bench_ada", SONOS, PLAYER))
        nobody_else = Scope(accounts=("bench_ada",), person=ADA)
        for kind, days, label in (
            (TopKind.ARTIST, 365, "top artists 365 days"),
            (TopKind.TRACK, 365, "top tracks 365 days"),
            (TopKind.ARTIST, 30, "top artists 30 days"),
            (TopKind.TRACK, 30, "top tracks 30 days"),
            (TopKind.ARTIST, None, "top artists all time"),
        ):
            today, unattributed = _pair(
                _ranking(today_engine, ada, kind, days),
                _ranking(today_engine, nobody_else, kind, days),
            )
            _line(f"{label}: Ada's account, today", today)
            _line(f"{label}: Ada's person, no attribution yet", unattributed, today)
            same, whose = _pair(
                _ranking(today_engine, same_accounts, kind, days),
                _ranking(whose_engine, ada_person, kind, days),
            )
            _line(f"{label}: Ada's + the speakers' accounts, today", same)
            _line(f"{label}: Ada's person, attributed plays", whose, same)
        _time_recording(today_engine)
    finally:
        today_engine.dispose()
        whose_engine.dispose()


async def test_reading_the_home(hass: HomeAssistant) -> None:
    """`situation_of` on the event loop: four persons, trackers, one speaker."""
    assert await async_setup_component(
        hass,
        "person",
        {
            "person": [
                {
                    "id": name,
                    "name": name,
                    "device_trackers": [f"device_tracker.{name}"],
                }
                for name in ("ada", "bob", "mia", "gus")
            ]
        },
    )
    for name in ("ada", "bob", "mia", "gus"):
        hass.states.async_set(
            f"device_tracker.{name}", "home", {"source_type": "router"}
        )
    await hass.async_block_till_done()
    now = dt_util.utcnow() - timedelta(minutes=3)
    times = _time(
        lambda: situation_of(hass, ["media_player.kitchen"], now), runs=RUNS * 10
    )
    _line("read the home for the rules (situation_of)", times)


def report() -> str:
    """Return the table of figures."""
    return "\n".join(
        ["", "Attribution (issue 46)"]
        + [f"  {name:58s} {figures}" for name, figures in RESULTS]
    )
