"""How often each account of one Spotify app may ask, from what is left and what happens.

A pure function of the household's state: no clock, no Home Assistant, so it
is tested table by table. `household.py` gathers the state and hands the plans
to the coordinators and the collectors.

The rules, cheapest first to be cut:
- An account that plays (and that no other player shows) keeps today's
  freshness: a poll just after each track ends and at most the playing wait
  between, and its like state once per track while someone looks.
- The budget is spread as a rate: what the app may spend per hour so that
  24 hours never hold more than the budget less a reserve kept for commands.
  Half that rate is for idle accounts; the other half and the reserve absorb
  playing, commands and browsing.
- Idle accounts share their half: as often as it allows, never more often
  than the idle wait of the options and never less often than the quiet one.
- Nights, accounts whose people are all away, and playback another player
  already reports poll at the quiet wait.
- When three quarters of the budget are used, every idle account waits the
  quiet wait, playing accounts ask only when a track ends (and at the quiet
  wait), and like states are no longer read.
- When only the reserve is left, no poll goes out before a slot frees; user
  commands pass until the budget itself is spent (`client.py`).
- Recently-played is read as often as 50 plays could be missed: while
  playing, 50 plays of the 30 s Spotify lists take 25 minutes; while idle,
  only unseen gaps between polls can hold plays.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Final

from .ledger import reserve_of

# Night: idle accounts wait the quiet wait (a night owl who plays keeps the
# playing freshness: playing trumps the hour).
NIGHT_START: Final = time(0, 0)
NIGHT_END: Final = time(7, 0)
# Idle polls share half the budget's hourly rate.
IDLE_SHARE: Final = 0.5
# Used share of the budget from which only what someone sees is asked.
PRESSURE: Final = 0.75
# 50 plays of at least 30 s: at most 25 minutes between reads while playing.
RECENT_WHILE_PLAYING: Final = timedelta(minutes=20)
RECENT_WHILE_IDLE: Final = timedelta(hours=2)
RECENT_WHILE_QUIET: Final = timedelta(hours=6)
# What an account costs per hour besides its player polls: the device list
# and recently-played while idle, for the rate's arithmetic.
TYPICAL_TRACK: Final = timedelta(minutes=3, seconds=30)
FIXED_PER_HOUR: Final = 0.75


@dataclass(frozen=True, slots=True)
class AccountState:
    """What the planner knows of one account."""

    entry_id: str
    playing: bool = False
    elsewhere: bool = False
    """Another Home Assistant player shows what this account plays."""
    away: bool = False
    """Every person of the account is away from home."""
    watched: bool = False
    """Someone can see the player (a Home Assistant frontend is open)."""
    playing_wait: timedelta = timedelta(seconds=120)
    idle_wait: timedelta = timedelta(seconds=120)
    quiet_wait: timedelta = timedelta(minutes=30)
    """The options: the longest waits while playing, idle, and quiet."""


@dataclass(frozen=True, slots=True)
class Household:
    """Every account of one Spotify app, and what the app spent."""

    accounts: tuple[AccountState, ...]
    budget: int
    used: int
    """Requests inside the rolling 24 hours."""
    local_time: time
    polls_free_at: datetime | None = None
    """When the polls' share frees, while only the reserve is left."""


@dataclass(frozen=True, slots=True)
class AccountPlan:
    """How one account's polls go until the next plan."""

    playing_wait: timedelta
    """The longest wait between playback polls while playing."""
    idle_wait: timedelta
    """The wait between playback polls while paused or idle."""
    track_ends: bool
    """Poll just after the current item should end."""
    recent_playing: timedelta
    recent_idle: timedelta
    read_likes: bool
    hold_until: datetime | None = None
    """No poll before then: only the reserve for commands is left."""


DEFAULT_PLAN: Final = AccountPlan(
    playing_wait=timedelta(seconds=120),
    idle_wait=timedelta(seconds=120),
    track_ends=True,
    recent_playing=RECENT_WHILE_PLAYING,
    recent_idle=RECENT_WHILE_IDLE,
    read_likes=True,
)


def is_night(moment: time) -> bool:
    """Return whether `moment` (local) is in the night."""
    return NIGHT_START <= moment < NIGHT_END


def polls_per_hour(account: AccountState) -> float:
    """Return what a playing account's player costs per hour at today's freshness."""
    track = TYPICAL_TRACK.total_seconds()
    wait = max(account.playing_wait.total_seconds(), 1.0)
    per_track = -(-track // wait)  # the polls between track ends, the last one too
    return per_track * 3600 / track + (3600 / track if account.watched else 0)


def _plays_here(account: AccountState) -> bool:
    return account.playing and not account.elsewhere


def _quiet(account: AccountState, night: bool) -> bool:
    return account.elsewhere or account.away or night


def plan(household: Household) -> dict[str, AccountPlan]:
    """Return each account's plan (by entry id)."""
    budget = max(household.budget, 1)
    reserve = reserve_of(budget)
    hold = household.polls_free_at
    if household.used < budget - reserve:
        hold = None
    pressed = household.used >= budget * PRESSURE or hold is not None
    night = is_night(household.local_time)
    rate = (budget - reserve) / 24
    spare = rate * IDLE_SHARE - FIXED_PER_HOUR * len(household.accounts)
    spare -= sum(polls_per_hour(a) for a in household.accounts if _plays_here(a))
    sharing = [
        a
        for a in household.accounts
        if not _plays_here(a) and not _quiet(a, night) and not pressed
    ]
    shared_wait = (
        timedelta(hours=len(sharing) / spare) if sharing and spare > 0 else None
    )
    plans: dict[str, AccountPlan] = {}
    for account in household.accounts:
        quiet = account.quiet_wait
        here = _plays_here(account)
        if pressed or _quiet(account, night):
            idle_wait = quiet
        elif here:
            # Used once playback stops: someone just listened, so ask again
            # soon; the plan after that poll shares the budget anew.
            idle_wait = account.idle_wait
        elif shared_wait is None:
            idle_wait = quiet
        else:
            idle_wait = min(max(shared_wait, account.idle_wait), quiet)
        plans[account.entry_id] = AccountPlan(
            # Whether or not it plays now: a plan may outlive the state it saw.
            playing_wait=quiet
            if pressed or account.elsewhere
            else account.playing_wait,
            idle_wait=idle_wait,
            # Another player shows the track changes: no need to ask.
            track_ends=not account.elsewhere,
            recent_playing=RECENT_WHILE_PLAYING,
            recent_idle=(
                RECENT_WHILE_QUIET
                if pressed or _quiet(account, night)
                else RECENT_WHILE_IDLE
            ),
            read_likes=account.watched and not pressed,
            hold_until=hold,
        )
    return plans
