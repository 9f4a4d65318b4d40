"""How many Web API calls Encore spends per hour, and how stale its player gets.

Run with `scripts/bench api-budget`. One simulated hour per scenario (time is
frozen and advanced in 0.25 s steps, so an hour takes seconds), against the fake
Spotify over HTTP, with Encore loaded in a real Home Assistant:

- idle: nothing plays;
- playing: a queue of tracks of about 3.5 minutes plays all hour, and every
  ten minutes someone pauses, resumes, skips or seeks in another Spotify app;
- commands: 20 commands from Home Assistant over the hour while music plays.

Each scenario runs twice: with Encore's adaptive polling, and with a fixed 30 s
poll as Home Assistant core's Spotify integration does (its own shortening near
a track's end, a refresh one second after its commands, devices every 5 min).
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
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

from custom_components.encore.const import CONF_DEFAULT_DEVICE
from custom_components.encore.spotify import coordinator as coordinator_module
from custom_components.encore.spotify.coordinator import PlaybackCoordinator
from custom_components.encore.spotify.models import Playback
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import SetupEntry, advance

ENTITY = "media_player.ada_listener"
STEP = timedelta(seconds=0.25)
HOUR = timedelta(hours=1)
CORE_INTERVAL = timedelta(seconds=30)

RESULTS: list[dict[str, Any]] = []


@dataclass
class Watch:
    """Changes waiting to show on the entity, and how long each took."""

    pending: list[tuple[str, float, Callable[[], bool]]] = field(default_factory=list)
    delays: dict[str, list[float]] = field(default_factory=dict)

    def expect(self, kind: str, at: float, seen: Callable[[], bool]) -> None:
        """Start timing a change of `kind` that happened at `at` seconds."""
        self.pending.append((kind, at, seen))

    def check(self, now: float) -> None:
        """Stop the clock for every change the entity shows now."""
        still = []
        for kind, at, seen in self.pending:
            if seen():
                self.delays.setdefault(kind, []).append(now - at)
            else:
                still.append((kind, at, seen))
        self.pending = still


def core_like_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make Encore poll the way Home Assistant core's Spotify does."""

    def next_interval(
        self: PlaybackCoordinator, playback: Playback | None
    ) -> timedelta:
        if playback is not None and playback.is_playing:
            remaining = playback.remaining()
            if remaining is not None and remaining < CORE_INTERVAL:
                return remaining + timedelta(seconds=1)
        return CORE_INTERVAL

    def expect(self: PlaybackCoordinator, optimistic: Any, expectation: Any) -> None:
        # No optimistic state: core sleeps a second after a command, then polls.
        self.update_interval = timedelta(seconds=1)
        self.async_set_updated_data(self.data)

    monkeypatch.setattr(PlaybackCoordinator, "_next_interval", next_interval)
    monkeypatch.setattr(PlaybackCoordinator, "async_expect", expect)
    monkeypatch.setattr(coordinator_module, "DEVICES_INTERVAL", timedelta(minutes=5))


def prepare_tracks(fake: FakeSpotify) -> list[str]:
    """Give 30 catalog tracks lengths around 3.5 minutes; return their URIs."""
    tracks = list(fake.catalog.tracks.values())[:30]
    for index, track in enumerate(tracks):
        track.duration_ms = 180_000 + (index * 7_919) % 60_000
    return [track.uri for track in tracks]


async def run_scenario(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake: FakeSpotify,
    user: FakeUser,
    scenario: str,
) -> tuple[Counter[str], Watch]:
    """Play one simulated hour; return calls per endpoint and the staleness."""
    player = user.player
    desktop = next(d for d in player.devices if d.name == "DESKTOP-ENCORE")
    watch = Watch()

    def shows(
        uri: str | None = None, playing: bool | None = None
    ) -> Callable[[], bool]:
        def seen() -> bool:
            state = hass.states.get(ENTITY)
            if uri is not None and state.attributes.get("media_content_id") != uri:
                return False
            return playing is None or (state.state == "playing") == playing

        return seen

    if scenario != "idle":
        player.external_play(uris=prepare_tracks(fake), device_id=desktop.id)
        await advance(hass, freezer, timedelta(minutes=3))
    fake.reset_calls()

    now = 0.0
    last_uri = player.current_uri
    commands = [
        ("media_pause", {}, lambda: shows(playing=False)),
        ("media_play", {}, lambda: shows(playing=True)),
        ("media_next_track", {}, lambda: shows(uri=player.current_uri)),
        ("volume_set", {"volume_level": 0.3}, None),
        ("media_seek", {"seek_position": 30}, None),
    ]
    externals: list[Callable[[], Callable[[], bool]]] = [
        lambda: (player.external_pause(), shows(playing=False))[1],
        lambda: (player.external_resume(), shows(playing=True))[1],
        lambda: (player.external_next(), shows(uri=player.current_uri))[1],
        lambda: (player.external_seek(60_000), shows(uri=player.current_uri))[1],
    ]
    command_index = external_index = 0
    steps = int(HOUR / STEP)
    for step in range(steps):
        second = step * STEP.total_seconds()
        external = scenario == "playing" and step and second % 600 == 300
        if external:
            watch.expect("another app", now, externals[external_index % 4]())
            external_index += 1
        if scenario == "commands" and step and second % 180 == 90:
            service, data, check = commands[command_index % len(commands)]
            command_index += 1
            await hass.services.async_call(
                MP_DOMAIN, service, {ATTR_ENTITY_ID: ENTITY, **data}, blocking=True
            )
            if check is not None:
                watch.expect("own command", now, check())
            watch.check(now)
        await advance(hass, freezer, STEP)
        now += STEP.total_seconds()
        if scenario != "idle" and player.current_uri != last_uri:
            last_uri = player.current_uri
            if not external and scenario == "playing":
                # The track ended during this step: count from its start.
                watch.expect(
                    "track end", now - STEP.total_seconds(), shows(uri=last_uri)
                )
        watch.check(now)
    return fake.call_counts(), watch


@pytest.mark.parametrize("mode", ["encore", "core 30 s poll"])
@pytest.mark.parametrize("scenario", ["idle", "playing", "commands"])
async def test_api_budget(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
    monkeypatch: pytest.MonkeyPatch,
    scenario: str,
    mode: str,
) -> None:
    """Measure one scenario in one mode."""
    if mode != "encore":
        core_like_polling(monkeypatch)
    # At noon, whatever the hour it runs at: Encore plans nights differently.
    freezer.move_to(
        dt_util.start_of_local_day(dt_util.now() + timedelta(days=1))
        + timedelta(hours=12)
    )
    assert await async_setup_component(hass, MP_DOMAIN, {})
    hass.config_entries.async_update_entry(
        spotify_entry, options={CONF_DEFAULT_DEVICE: "DESKTOP-ENCORE"}
    )
    assert await setup_entry(spotify_entry)
    calls, watch = await run_scenario(
        hass, freezer, fake_spotify, spotify_user, scenario
    )
    RESULTS.append({"scenario": scenario, "mode": mode, "calls": calls, "watch": watch})


def report() -> str:
    """Return the figures as a table."""
    lines = ["", "API budget over one simulated hour (calls per endpoint, staleness)"]
    totals: dict[tuple[str, str], int] = {}
    for result in RESULTS:
        calls: Counter[str] = result["calls"]
        total = sum(calls.values())
        totals[result["scenario"], result["mode"]] = total
        lines.append(f"\n[{result['scenario']} / {result['mode']}] {total} calls/h")
        lines.extend(
            f"  {count:5d}  {endpoint}" for endpoint, count in calls.most_common()
        )
        for kind, delays in result["watch"].delays.items():
            lines.append(
                f"  staleness after {kind}: n={len(delays)}"
                f" median={statistics.median(delays):.2f}s max={max(delays):.2f}s"
            )
        if result["watch"].pending:
            lines.append(f"  never shown: {len(result['watch'].pending)} changes")
    lines.append("\nEncore / core 30 s poll:")
    for scenario in ("idle", "playing", "commands"):
        if (scenario, "encore") in totals and (scenario, "core 30 s poll") in totals:
            ours, theirs = (
                totals[scenario, "encore"],
                totals[scenario, "core 30 s poll"],
            )
            lines.append(
                f"  {scenario:9s} {ours:4d} / {theirs:4d} = {ours / theirs:.2f}"
            )
    return "\n".join(lines)
