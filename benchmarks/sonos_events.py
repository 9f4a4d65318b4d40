"""How fast Sonos events reach Home Assistant's state, and whether they stall the loop.

Run with `scripts/bench sonos`. Ten emulated speakers (real SoCo, real HTTP on
127.0.0.1) and Encore loaded in a real Home Assistant; time is real here.

- Latency: 1000 events, from the moment the speaker sends the NOTIFY (the
  emulator's `sent_at`, `time.monotonic()`) to the moment Home Assistant writes
  the entity's new state (a `state_changed` listener). A third are volume
  changes (RenderingControl), a third play/pause changes (AVTransport, which
  carry the track's DIDL metadata), a third bass changes made in the app
  (RenderingControl, shown by each speaker's bass number). All ten speakers
  stream at once: each round changes every speaker and waits for the ten
  states. The household has every kind of speaker (plain, Arc Ultra with a
  Sub, Amp, Roam), so each has its settings, sensors and an alarm switch:
  every event reaches those entities too.
- Stall: while they stream (and for the position reads Encore makes once each
  speaker settles), a probe sleeps 5 ms in a loop and records how late it
  wakes up; the longest delay is the longest the event loop was blocked.

The speakers run in a process of their own, as real speakers are other
machines: the emulator rebuilds every speaker's whole state after each change,
and in Home Assistant's process that work would hold the interpreter lock and
show up as stalls that are not Encore's. `time.monotonic()` is the same clock
in both processes.
"""

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
import logging
import multiprocessing
from multiprocessing.connection import Connection
import statistics
import time
from typing import Any

import pytest_asyncio
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import DOMAIN as MP_DOMAIN
from homeassistant.const import CONF_HOST, CONF_PORT, EVENT_STATE_CHANGED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.setup import async_setup_component

from benchmarks.stats import percentile
from custom_components.encore.const import (
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_UID,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.sonos.events import SERVICES
from custom_components.encore.sonos.speaker import POSITION_SETTLE
from fakes.sonos import NotifyRecord
from fakes.sonos.household import EmulatedHousehold
from fakes.sonos.models import (
    SONOS_AMP,
    SONOS_ARC_ULTRA,
    SONOS_ONE,
    SONOS_ROAM,
    STATE_PAUSED,
    STATE_PLAYING,
    EmulatorClock,
    QueueItem,
    TrackMetadata,
)
from tests.conftest import (
    SetupEntry,
    soco_clean,
    soco_events,
    soco_listener_for_this_loop,
)

__all__ = ["soco_clean", "soco_events", "soco_listener_for_this_loop"]

SPEAKERS = 10
EVENTS = 1000
PROBE_SLEEP = 0.005
ROUND_TIMEOUT = 10.0
MEASURED = ("RenderingControl", "AVTransport")

RESULTS: list[dict[str, Any]] = []


# The emulator's process ------------------------------------------------------------


def fill_queues(household: EmulatedHousehold) -> None:
    """Give every speaker a paused queue, so play and pause are possible."""
    for index, speaker in enumerate(household.speakers):
        items = [
            QueueItem(
                f"http://127.0.0.1/music/{index}_{n}.mp3",
                TrackMetadata(
                    title=f"Song {n}",
                    artist="The Benchmarks",
                    album=f"Album {index}",
                    duration=240,
                    album_art_uri=f"/getaa?s=1&u={index}_{n}",
                ),
            )
            for n in range(3)
        ]
        speaker.playback.insert(items, 0, as_next=False)
        speaker.playback.state = STATE_PAUSED
    household.flush()


def emulator_process(connection: Connection, speakers: int) -> None:
    """Run a household until told to stop, answering commands on `connection`."""
    asyncio.run(_serve(connection, speakers))


async def _serve(connection: Connection, speakers: int) -> None:
    household = EmulatedHousehold(clock=EmulatorClock.manual())
    models = (SONOS_ONE, SONOS_ARC_ULTRA, SONOS_AMP, SONOS_ROAM)
    for number in range(1, speakers + 1):
        speaker = household.add_speaker(
            f"Room {number}", model=models[number % len(models)]
        )
        speaker.subwoofer = speaker.model is SONOS_ARC_ULTRA
    await household.start()
    for speaker in household.speakers:
        household.alarm_clock.add(speaker, "07:00:00", "WEEKDAYS")
    fill_queues(household)
    await household.drain_events()
    sent: dict[tuple[str, str], list[float]] = defaultdict(list)

    def hook(record: NotifyRecord) -> None:
        if record.service in MEASURED:
            sent[(record.speaker_uid, record.service)].append(record.sent_at)

    first = household.speakers[0]
    connection.send(
        (
            household.household_id,
            first.ip_address,
            first.port,
            first.uid,
            [speaker.uid for speaker in household.speakers],
        )
    )
    loop = asyncio.get_running_loop()
    while True:
        command, argument = await loop.run_in_executor(None, connection.recv)
        reply: Any = None
        if command == "subscriptions":
            reply = [len(speaker.subscriptions()) for speaker in household.speakers]
        elif command == "record":
            await household.drain_events()
            for speaker in household.speakers:
                speaker.add_notify_hook(hook)
        elif command == "volume":
            for speaker in household.speakers:
                speaker.rendering.volume = argument
            household.flush()
        elif command == "bass":
            for speaker in household.speakers:
                speaker.rendering.bass = argument
            household.flush()
        elif command == "state":
            for speaker in household.speakers:
                speaker.playback.set_state(argument)
            household.flush()
        elif command == "sent":
            reply = dict(sent)
        elif command == "stop":
            await household.stop()
            connection.send(None)
            return
        connection.send(reply)


class RemoteHousehold:
    """The parent's side: commands to the emulator's process."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=emulator_process, args=(child, SPEAKERS), daemon=True
        )
        self.process.start()
        self.household_id = ""
        self.seed: tuple[str, int, str] = ("", 0, "")
        self.uids: list[str] = []

    async def async_started(self) -> None:
        """Wait until the speakers answer."""
        household_id, host, port, uid, uids = await self.hass.async_add_executor_job(
            self.connection.recv
        )
        self.household_id, self.seed, self.uids = household_id, (host, port, uid), uids

    async def call(self, command: str, argument: Any = None) -> Any:
        """Send a command and return the answer."""

        def exchange() -> Any:
            self.connection.send((command, argument))
            return self.connection.recv()

        return await self.hass.async_add_executor_job(exchange)

    async def async_stop(self) -> None:
        """Stop the speakers and the process."""
        await self.call("stop")
        await self.hass.async_add_executor_job(self.process.join, 10)


@pytest_asyncio.fixture
async def remote(
    hass: HomeAssistant, socket_enabled: None, soco_events: None
) -> AsyncIterator[RemoteHousehold]:
    """Ten speakers with a paused queue each, in a process of their own."""
    household = RemoteHousehold(hass)
    await household.async_started()
    try:
        yield household
    finally:
        await household.async_stop()


# Home Assistant's process -----------------------------------------------------------


def production_like() -> None:
    """Run the loop and logging as Home Assistant does outside tests.

    The test harness turns on asyncio's debug mode (it records a traceback for
    every task and future) and debug logging (SoCo logs every event's XML):
    both cost far more than what is measured here.
    """
    asyncio.get_running_loop().set_debug(False)
    logging.getLogger().setLevel(logging.WARNING)
    for name in ("soco", "custom_components", "aiohttp", "homeassistant", "tests"):
        logging.getLogger(name).setLevel(logging.WARNING)


@dataclass
class Probe:
    """Measures how late a short sleep wakes up while it runs."""

    lags: list[float] = field(default_factory=list)
    running: bool = True

    async def run(self) -> None:
        """Sleep 5 ms at a time until stopped; keep each wake-up delay."""
        while self.running:
            started = time.monotonic()
            await asyncio.sleep(PROBE_SLEEP)
            self.lags.append(time.monotonic() - started - PROBE_SLEEP)


@dataclass
class Change:
    """A change made on a speaker, and when its entity showed it."""

    service: str
    label: str
    attribute: str | None
    value: Any
    written: asyncio.Future[float]


async def test_sonos_event_latency(
    hass: HomeAssistant,
    soco_listener_for_this_loop: None,
    remote: RemoteHousehold,
    setup_entry: SetupEntry,
) -> None:
    """Stream 1000 events from 10 speakers; time NOTIFY to state; probe the loop."""
    production_like()
    assert await async_setup_component(hass, MP_DOMAIN, {})
    host, port, uid = remote.seed
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Sonos (Room 1)",
        unique_id=remote.household_id,
        data={
            CONF_KIND: EntryKind.SONOS,
            CONF_HOST: host,
            CONF_PORT: port,
            CONF_UID: uid,
            CONF_HOUSEHOLD_ID: remote.household_id,
        },
    )
    entry.add_to_hass(hass)
    assert await setup_entry(entry)
    for _ in range(500):
        counts = await remote.call("subscriptions")
        if all(count == len(SERVICES) for count in counts):
            break
        await asyncio.sleep(0.01)
    await remote.call("record")
    await hass.async_block_till_done(wait_background_tasks=True)

    entities = {
        uid: f"media_player.room_{number}"
        for number, uid in enumerate(remote.uids, start=1)
    }
    assert all(hass.states.get(entity_id) for entity_id in entities.values())
    present = {
        domain: len(hass.states.async_entity_ids(domain))
        for domain in (
            "media_player",
            "number",
            "switch",
            "select",
            "sensor",
            "binary_sensor",
        )
    }
    changes: dict[str, list[Change]] = defaultdict(list)
    pending: dict[str, list[Change]] = defaultdict(list)

    @callback
    def state_written(event: Event[EventStateChangedData]) -> None:
        now = time.monotonic()
        new = event.data["new_state"]
        waiting = pending.get(event.data["entity_id"])
        if new is None or not waiting:
            return
        change = waiting[0]
        seen = (
            new.state
            if change.attribute is None
            else new.attributes.get(change.attribute)
        )
        if seen == change.value:
            waiting.pop(0)
            change.written.set_result(now)

    unsubscribe = hass.bus.async_listen(EVENT_STATE_CHANGED, state_written)
    probe = Probe()
    probe_task = hass.async_create_background_task(probe.run(), "loop probe")
    playing = False
    volume = 20
    bass = 0
    try:
        for round_number in range(EVENTS // SPEAKERS):
            targets = entities
            if round_number % 3 == 1:
                playing = not playing
                service, label, attribute = "AVTransport", "play/pause", None
                value: Any = "playing" if playing else "paused"
                command: tuple[str, Any] = (
                    "state",
                    STATE_PLAYING if playing else STATE_PAUSED,
                )
            elif round_number % 3 == 2:
                bass = 3 if bass == 2 else 2
                service, label, attribute = "RenderingControl", "bass", None
                value = str(bass)
                command = ("bass", bass)
                targets = {
                    uid: entity_id.replace("media_player.", "number.") + "_bass"
                    for uid, entity_id in entities.items()
                }
            else:
                volume = 22 if volume == 21 else 21
                service, label, attribute, value = (
                    "RenderingControl",
                    "volume",
                    "volume_level",
                    volume / 100,
                )
                command = ("volume", volume)
            round_changes = []
            for uid, entity_id in targets.items():
                change = Change(
                    service, label, attribute, value, hass.loop.create_future()
                )
                changes[uid].append(change)
                pending[entity_id].append(change)
                round_changes.append(change)
            await remote.call(*command)
            async with asyncio.timeout(ROUND_TIMEOUT):
                for change in round_changes:
                    await change.written
        # Encore reads each speaker's position once its transport settles:
        # keep probing while those reads run.
        await asyncio.sleep(POSITION_SETTLE + 1)
    finally:
        probe.running = False
        await probe_task
        unsubscribe()

    sent: dict[tuple[str, str], list[float]] = await remote.call("sent")
    latencies: dict[str, list[float]] = defaultdict(list)
    for uid, speaker_changes in changes.items():
        for service in MEASURED:
            of_service = [c for c in speaker_changes if c.service == service]
            times = sent[(uid, service)]
            assert len(times) == len(of_service), (uid, service)
            for change, at in zip(of_service, times, strict=True):
                latencies[change.label].append(change.written.result() - at)
    RESULTS.append(
        {
            "speakers": SPEAKERS,
            "latencies": latencies,
            "all": [value for values in latencies.values() for value in values],
            "probe": probe.lags,
            "present": present,
        }
    )
    await hass.async_block_till_done(wait_background_tasks=True)


def report() -> str:
    """Return the figures."""
    lines = ["", "Sonos events: NOTIFY sent -> Home Assistant state written"]
    for result in RESULTS:
        lines.append(f"  {result['speakers']} speakers streaming at once")
        lines.append(
            "  entities present: "
            + ", ".join(f"{n} {domain}" for domain, n in result["present"].items())
        )
        for name, values in (
            ("all events", result["all"]),
            ("volume (RenderingControl)", result["latencies"]["volume"]),
            ("play/pause (AVTransport)", result["latencies"]["play/pause"]),
            ("bass number (RenderingControl)", result["latencies"]["bass"]),
        ):
            lines.append(
                f"  {name:30s} n={len(values):4d}"
                f"  median={statistics.median(values) * 1000:6.2f} ms"
                f"  p99={percentile(values, 0.99) * 1000:6.2f} ms"
                f"  max={max(values) * 1000:6.2f} ms"
            )
        lags = result["probe"]
        lines.append(
            f"  event loop while streaming: longest stall {max(lags) * 1000:.2f} ms"
            f" (p99 {percentile(lags, 0.99) * 1000:.2f} ms over {len(lags)} probes"
            f" of {PROBE_SLEEP * 1000:.0f} ms sleeps)"
        )
        lines.append("  targets: p99 <= 50 ms, no stall over 20 ms")
    return "\n".join(lines)
