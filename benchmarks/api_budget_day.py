"""A household's day on one Spotify app: requests per 24 hours, and the staleness users see.

Run with `scripts/bench api-budget` (beside the hour scenarios of
`api_budget.py`). Three accounts share one Client ID and the default budget
(1,000 requests per rolling 24 hours); time is simulated (frozen, advanced in
0.5 s steps while anything plays or just changed, 15 s otherwise), from local
midnight to midnight, against the fake Spotify over HTTP:

- 00:00-07:00 night, nothing plays;
- 07:00-09:00 Ada plays on her computer;
- 11:00 and 12:30 Bo starts ten minutes of music in the Spotify app (a
  change made elsewhere while Encore thought him idle);
- 14:00-17:00 Cy plays on a Sonos speaker that Home Assistant's Sonos
  player already shows (`media_player.living_room`);
- 19:00-22:00 Ada and Bo play, a dashboard is open (like states are read);
- every 20 minutes of playing someone pauses, resumes, skips or seeks in
  another Spotify app; every 15 minutes Home Assistant sends a command
  (a few dozen in all).

Reported: requests of the day against the budget and against three accounts
polled every 30 s (Home Assistant core's Spotify: 2,880 player polls a day
each, before its device and track-end requests), per account and endpoint,
and the staleness of track changes, changes made in other apps (while
playing, and playback started while idle), and own commands.
"""

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
import os
import statistics
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from benchmarks.api_budget import Watch, prepare_tracks
from custom_components.encore.const import CONF_DEFAULT_DEVICE
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import SetupEntry, advance, entry_for

FINE = timedelta(seconds=0.5)
COARSE = timedelta(seconds=15)
DAY = timedelta(hours=24)
BUDGET = 1000
CORE_PER_ACCOUNT = 86_400 // 30
SONOS = "Living Room"

RESULTS: list[dict[str, Any]] = []

# (start hour, end hour, account): who plays when.
SESSIONS: tuple[tuple[float, float, str], ...] = (
    (7, 9, "ada"),
    (11, 11 + 1 / 6, "bo"),
    (12.5, 12.5 + 1 / 6, "bo"),
    (14, 17, "cy"),
    (19, 22, "ada"),
    (19, 22, "bo"),
)
WATCHED = (19, 22)


def playing_at(hour: float) -> set[str]:
    """Return who plays at `hour` (local)."""
    return {who for start, end, who in SESSIONS if start <= hour < end}


async def next_midnight(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> datetime:
    """Move the clock to the next local midnight (before Encore starts)."""
    now = dt_util.now()
    midnight = dt_util.start_of_local_day(now + timedelta(days=1))
    freezer.move_to(midnight)
    return midnight


async def test_household_day(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
    hass_ws_client: Any,
    hass_admin_user: Any,
) -> None:
    """Simulate the day; keep the figures for the report."""
    midnight = await next_midnight(hass, freezer)
    users = {"ada": spotify_user}
    entries = {"ada": spotify_entry}
    for user_id, name in (("bo", "Bo"), ("cy", "Cy")):
        users[user_id] = fake_spotify.add_user(user_id, name)
        entries[user_id] = entry_for(fake_spotify, users[user_id])
        entries[user_id].add_to_hass(hass)
    users["cy"].player.add_device(SONOS, "Speaker")
    for who, entry in entries.items():
        device = SONOS if who == "cy" else "DESKTOP-ENCORE"
        hass.config_entries.async_update_entry(
            entry, options={CONF_DEFAULT_DEVICE: device}
        )
    assert await async_setup_component(hass, MP_DOMAIN, {})
    assert await setup_entry(spotify_entry)
    entities = {
        "ada": "media_player.ada_listener",
        "bo": "media_player.bo",
        "cy": "media_player.cy",
    }
    tracks = prepare_tracks(fake_spotify)
    fake_spotify.reset_calls()
    watch = Watch()
    open_changes: dict[str, list[Any]] = {}
    superseded = 0

    def expect(who: str, kind: str, at: float, seen: Callable[[], bool]) -> None:
        """Time a change of `who`'s; an older one not shown yet is superseded.

        (A change the player never showed because a newer one came first is
        no staleness of the newer one; it is counted apart.)
        """
        nonlocal superseded
        for entry in open_changes.get(who, []):
            if entry in watch.pending:
                watch.pending.remove(entry)
                superseded += 1
        watch.expect(kind, at, seen)
        open_changes[who] = [watch.pending[-1]]

    def shows(
        who: str, uri: str | None = None, playing: bool | None = None
    ) -> Callable[[], bool]:
        def seen() -> bool:
            state = hass.states.get(entities[who])
            if uri is not None and state.attributes.get("media_content_id") != uri:
                return False
            return playing is None or (state.state == "playing") == playing

        return seen

    def device_of(who: str) -> str:
        name = SONOS if who == "cy" else "DESKTOP-ENCORE"
        return next(d.id for d in users[who].player.devices if d.name == name)

    commands: list[tuple[str, dict[str, Any]]] = [
        ("media_pause", {}),
        ("media_play", {}),
        ("media_next_track", {}),
        ("volume_set", {"volume_level": 0.3}),
    ]
    externals = ("pause", "resume", "next", "seek")
    command_index = external_index = 0
    ws_client: Any = None
    last_uri: dict[str, str | None] = dict.fromkeys(users)
    # The next change of track is someone's skip, not a track's end.
    skipped: set[str] = set()
    started: set[str] = set()
    busy_until = 0.0
    now = 0.0
    while now < float(os.environ.get("ENCORE_BENCH_HOURS", "24")) * 3600:
        hour = now / 3600
        playing = playing_at(hour)
        for who, user in users.items():
            player = user.player
            if who in playing and who not in started:
                started.add(who)
                if who == "bo" and hour < 19:
                    # Started elsewhere while Encore thought him idle.
                    expect(
                        who,
                        "started in another app (idle)",
                        now,
                        shows(who, playing=True),
                    )
                player.external_play(uris=tracks, device_id=device_of(who))
                player.external_repeat("context")
                skipped.add(who)
                busy_until = now + 120
            elif who not in playing and who in started:
                started.discard(who)
                if player.is_playing:
                    player.external_pause()
                busy_until = now + 120
        if "cy" in playing:
            hass.states.async_set(
                "media_player.living_room", "playing", {"friendly_name": SONOS}
            )
        elif hass.states.get("media_player.living_room") is not None:
            hass.states.async_set(
                "media_player.living_room", "idle", {"friendly_name": SONOS}
            )
        watched = WATCHED[0] <= hour < WATCHED[1]
        if watched and ws_client is None:
            # A dashboard opens (with a token of that moment: they last 30 min).
            refresh = await hass.auth.async_create_refresh_token(
                hass_admin_user, "https://dashboard.example"
            )
            ws_client = await hass_ws_client(
                hass, hass.auth.async_create_access_token(refresh)
            )
        elif not watched and ws_client is not None:
            await ws_client.close()
            await hass.async_block_till_done()
            ws_client = None
        minute = int(now) // 60
        on_minute = now == int(now) and int(now) % 60 == 0
        # Commands and changes in other apps: in the long sessions at home.
        here = sorted(playing - {"cy"}) if hour < 10 or hour >= 19 else []
        if on_minute and here and minute % 20 == 10:
            who = here[external_index % len(here)]
            player = users[who].player
            kind = externals[external_index % 4]
            external_index += 1
            if kind == "pause":
                player.external_pause()
                expect(who, "another app (playing)", now, shows(who, playing=False))
            elif kind == "resume":
                player.external_resume()
                expect(who, "another app (playing)", now, shows(who, playing=True))
            elif kind == "next":
                player.external_next()
                skipped.add(who)
                expect(
                    who,
                    "another app (playing)",
                    now,
                    shows(who, uri=player.current_uri),
                )
            else:
                player.external_seek(60_000)
            busy_until = now + 120
        if on_minute and here and minute % 15 == 5:
            who = here[command_index % len(here)]
            service, data = commands[command_index % len(commands)]
            if not users[who].player.is_playing:
                service, data = "media_play", {}
            elif service == "media_play":
                service, data = "media_pause", {}
            command_index += 1
            await hass.services.async_call(
                MP_DOMAIN,
                service,
                {ATTR_ENTITY_ID: entities[who], **data},
                blocking=True,
            )
            player = users[who].player
            if service == "media_next_track":
                skipped.add(who)
            check = {
                "media_pause": shows(who, playing=False),
                "media_play": shows(who, playing=True),
                "media_next_track": shows(who, uri=player.current_uri),
            }.get(service)
            if check is not None:
                expect(who, "own command", now, check)
            watch.check(now)
        step = FINE if playing or now < busy_until or watch.pending else COARSE
        await advance(hass, freezer, step)
        now += step.total_seconds()
        for who in playing - {"cy"}:
            current = users[who].player.current_uri
            if current != last_uri[who]:
                if who in skipped:
                    skipped.discard(who)
                elif hass.states.get(entities[who]).state == "playing":
                    # The track ended during this step: count from its start
                    # (for a player Encore follows; an unseen session's are not).
                    expect(
                        who,
                        "track end",
                        now - step.total_seconds(),
                        shows(who, uri=current),
                    )
                last_uri[who] = current
        watch.check(now)
    if ws_client is not None:
        await ws_client.close()
    await advance(hass, freezer, timedelta(minutes=1))
    per_account = Counter(
        call.user_id or "?"
        for call in fake_spotify.calls
        if call.path.startswith("/v1/")
    )
    RESULTS.append(
        {
            "calls": Counter(
                call.endpoint
                for call in fake_spotify.calls
                if call.path.startswith("/v1/")
            ),
            "per_account": per_account,
            "watch": watch,
            "commands": command_index,
            "externals": external_index,
            "start": midnight,
            "refused": fake_spotify.quota_refusals,
            "superseded": superseded,
        }
    )


def report() -> str:
    """Return the day's figures."""
    lines = [
        "",
        "A household's day on one Spotify app (three accounts, simulated 24 h)",
    ]
    for result in RESULTS:
        calls: Counter[str] = result["calls"]
        total = sum(calls.values())
        core = 3 * CORE_PER_ACCOUNT
        lines.append(
            f"  requests: {total} / budget {BUDGET} = {total / BUDGET:.2f};"
            f" three accounts polled every 30 s: >= {core}"
            f" (Encore / that = {total / core:.3f})"
        )
        lines.append(
            f"  commands from Home Assistant: {result['commands']},"
            f" changes in other apps while playing: {result['externals']}"
        )
        lines.append(
            "  per account: "
            + ", ".join(f"{who} {n}" for who, n in result["per_account"].most_common())
        )
        lines.extend(
            f"  {count:5d}  {endpoint}" for endpoint, count in calls.most_common()
        )
        for kind, delays in result["watch"].delays.items():
            lines.append(
                f"  staleness after {kind}: n={len(delays)}"
                f" median={statistics.median(delays):.2f}s max={max(delays):.2f}s"
            )
        lines.append(
            f"  changes superseded by a newer one before shown: {result['superseded']}"
        )
        if result["watch"].pending:
            lines.append(f"  never shown: {len(result['watch'].pending)} changes")
    return "\n".join(lines)


pytestmark = pytest.mark.nights
