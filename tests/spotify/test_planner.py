"""The planner, table by table: a household's state in, each account's waits out.

No Home Assistant and no clock: the planner is a pure function.
"""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from custom_components.encore.spotify.planner import (
    RECENT_WHILE_IDLE,
    RECENT_WHILE_PLAYING,
    RECENT_WHILE_QUIET,
    AccountPlan,
    AccountState,
    Household,
    is_night,
    plan,
)

# The hour of the day is the table's, not the wall clock's.
pytestmark = pytest.mark.nights

NOON = time(12, 0)
NIGHT = time(3, 0)
S = timedelta(seconds=1)
QUIET = 1800 * S
FREES = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

IDLE = AccountState("idle")
PLAYING = AccountState("playing", playing=True)
WATCHED = replace(PLAYING, entry_id="watched", watched=True)
ON_SONOS = AccountState("sonos", playing=True, elsewhere=True)
AWAY = AccountState("away", away=True)


def household(
    *accounts: AccountState,
    used: int = 0,
    budget: int = 1000,
    at: time = NOON,
    frees: datetime | None = FREES,
) -> Household:
    """Return a household of `accounts` on one app."""
    return Household(accounts, budget, used, at, frees)


@pytest.mark.parametrize(
    ("case", "entry_id", "expected"),
    [
        # One idle account alone: half of ~40 an hour, about every 3 minutes.
        (household(IDLE), "idle", (120 * S, 189 * S, True)),
        # Three idle accounts share that half: each about every 9.5 minutes.
        (
            household(IDLE, replace(IDLE, entry_id="b"), replace(IDLE, entry_id="c")),
            "idle",
            (120 * S, 615 * S, True),
        ),
        # Someone plays: the idle one waits the quiet wait (the play takes the
        # idle share); the player keeps today's freshness.
        (household(PLAYING, IDLE), "idle", (120 * S, QUIET, True)),
        (household(PLAYING, IDLE), "playing", (120 * S, 120 * S, True)),
        # Playback a Sonos speaker shows: no track-end polls, the quiet wait.
        (household(ON_SONOS, IDLE), "sonos", (QUIET, QUIET, False)),
        # ...and it costs the idle account nothing.
        (household(ON_SONOS, IDLE), "idle", (120 * S, 196 * S, True)),
        # Everyone of the account away, or the night: the quiet wait.
        (household(AWAY, IDLE), "away", (120 * S, QUIET, True)),
        (household(IDLE, at=NIGHT), "idle", (120 * S, QUIET, True)),
        # A night owl who plays keeps the playing freshness (and once it
        # stops, the night's quiet wait).
        (household(PLAYING, at=NIGHT), "playing", (120 * S, QUIET, True)),
        # Three quarters used: only what plays follows its tracks, at the quiet
        # wait between them; idle accounts wait the quiet wait.
        (household(PLAYING, IDLE, used=750), "playing", (QUIET, QUIET, True)),
        (household(PLAYING, IDLE, used=750), "idle", (QUIET, QUIET, True)),
    ],
)
def test_waits(
    case: Household, entry_id: str, expected: tuple[timedelta, timedelta, bool]
) -> None:
    """Playing wait, idle wait (rounded down to the second), track ends."""
    got = plan(case)[entry_id]
    idle = timedelta(seconds=int(got.idle_wait.total_seconds()))
    assert (got.playing_wait, idle, got.track_ends) == expected


def test_idle_waits_stay_within_the_options() -> None:
    """Never more often than the idle wait, never rarer than the quiet one."""
    generous = household(IDLE, budget=20_000)
    assert plan(generous)["idle"].idle_wait == 120 * S
    # 5 idle accounts on 100 requests a day: the quiet wait, not longer.
    crowd = [replace(IDLE, entry_id=str(n)) for n in range(5)]
    tight = household(*crowd, budget=100)
    assert {p.idle_wait for p in plan(tight).values()} == {QUIET}
    short_quiet = replace(IDLE, quiet_wait=600 * S)
    assert plan(household(short_quiet, budget=100))["idle"].idle_wait == 600 * S


@pytest.mark.parametrize(
    ("case", "entry_id", "recent"),
    [
        (household(PLAYING), "playing", (RECENT_WHILE_PLAYING, RECENT_WHILE_IDLE)),
        (household(IDLE), "idle", (RECENT_WHILE_PLAYING, RECENT_WHILE_IDLE)),
        (household(AWAY), "away", (RECENT_WHILE_PLAYING, RECENT_WHILE_QUIET)),
        (
            household(IDLE, at=NIGHT),
            "idle",
            (RECENT_WHILE_PLAYING, RECENT_WHILE_QUIET),
        ),
        (household(IDLE, used=800), "idle", (RECENT_WHILE_PLAYING, RECENT_WHILE_QUIET)),
    ],
)
def test_recently_played(
    case: Household, entry_id: str, recent: tuple[timedelta, timedelta]
) -> None:
    """As often as 50 plays could be missed: 50 x 30 s is 25 minutes of playing."""
    got = plan(case)[entry_id]
    assert (got.recent_playing, got.recent_idle) == recent
    assert got.recent_playing < timedelta(minutes=25)


@pytest.mark.parametrize(
    ("case", "entry_id", "likes"),
    [
        (household(WATCHED), "watched", True),
        (household(PLAYING), "playing", False),  # nobody looks
        (household(WATCHED, used=750), "watched", False),  # cut first
    ],
)
def test_like_states(case: Household, entry_id: str, likes: bool) -> None:
    """Read once per track (the player's job), and only while someone looks."""
    assert plan(case)[entry_id].read_likes is likes


@pytest.mark.parametrize(
    ("used", "hold"),
    [(900, None), (949, None), (950, FREES), (999, FREES), (1000, FREES)],
)
def test_the_reserve_is_kept_for_commands(used: int, hold: datetime | None) -> None:
    """From budget less the reserve (50 of 1,000) on, no poll before a slot frees."""
    plans = plan(household(PLAYING, IDLE, used=used))
    assert {p.hold_until for p in plans.values()} == {hold}


def test_a_day_of_plans_fits_the_budget() -> None:
    """The waits, summed over a day of the bench's household, stay under 1,000.

    Morning: one account plays 2 h; afternoon: one plays 3 h on a Sonos
    speaker; evening: two play 3 h; the rest idle, nights quiet.
    """
    names = ("a", "b", "c")
    total = 0.0
    for hour in range(24):
        playing = {
            "a": 7 <= hour < 9 or 19 <= hour < 22,
            "b": 19 <= hour < 22,
            "c": 14 <= hour < 17,
        }
        accounts = tuple(
            AccountState(
                name, playing=playing[name], elsewhere=name == "c" and playing[name]
            )
            for name in names
        )
        plans = plan(household(*accounts, used=int(total), at=time(hour)))
        for account in accounts:
            total += _per_hour(plans[account.entry_id], account)
    assert total < 900, total


def _per_hour(got: AccountPlan, account: AccountState) -> float:
    """Player polls an hour under a plan: 3.5-minute tracks while playing."""
    if account.playing and got.track_ends:
        per_track = -(-210 // int(got.playing_wait.total_seconds()))
        polls = per_track * 3600 / 210
    elif account.playing:
        polls = 3600 / got.playing_wait.total_seconds()
    else:
        polls = 3600 / got.idle_wait.total_seconds()
    recent = got.recent_playing if account.playing else got.recent_idle
    return polls + 3600 / recent.total_seconds()


def test_nights() -> None:
    """From midnight to seven."""
    assert is_night(time(0, 0))
    assert is_night(time(6, 59))
    assert not is_night(time(7, 0))
    assert not is_night(time(23, 59))
