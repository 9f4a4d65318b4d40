"""Sonos announcements: how fast a clip plays, and whether the music comes back.

Run with `scripts/bench sonos`. Emulated speakers (real SoCo, real
`sonos-websocket` over TLS on loopback) and Encore in a real Home Assistant;
time is real for Home Assistant, the speakers' clock moves by hand.

- Latency: 100 announcements (`media_player.play_media` with `announce`) on
  a speaker with the audio-clip API, from the call to the moment the speaker
  plays the clip (it fetched the sound; the emulator's `activated_at`).
- Resume: 50 announcements on a speaker without clips (snapshot, play,
  restore), over Spotify queued through share links, the music library's
  queue and a radio station in turn; each counts when the speaker plays the
  same item again within 2 s of where it was.
"""

import asyncio
from collections.abc import AsyncIterator
import logging
import os
import statistics
import time
from typing import Any

import pytest_asyncio
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.media_player import (
    ATTR_MEDIA_ANNOUNCE,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    DOMAIN as MP_DOMAIN,
    SERVICE_PLAY_MEDIA,
)
from homeassistant.const import ATTR_ENTITY_ID, CONF_HOST, CONF_PORT
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from benchmarks.stats import percentile
from custom_components.encore.const import (
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_UID,
    DOMAIN,
    EntryKind,
)
from fakes.sonos import SOCO_TAKES_PORT
from fakes.sonos.household import EmulatedHousehold
from fakes.sonos.models import STATE_PLAYING, EmulatorClock, QueueItem, TrackMetadata
from fakes.sonos.playback import Source
from fakes.sonos.speaker import EmulatedSpeaker
from tests.conftest import (
    SetupEntry,
    soco_clean,
    soco_events,
    soco_listener_for_this_loop,
)
from tests.sonos.sounds import SoundServer

__all__ = ["soco_clean", "soco_events", "soco_listener_for_this_loop"]

CLIPS = int(os.environ.get("BENCH_CLIPS", "100"))
RESUMES = int(os.environ.get("BENCH_RESUMES", "50"))
TOLERANCE = 2.0
WAIT = 10.0
RADIO_URI = "x-sonosapi-stream:s24861?sid=254&flags=8224&sn=0"
ALBUM_ID = "6wiUBliPe76YAVpNEdidpY"

RESULTS: list[dict[str, Any]] = []


@pytest_asyncio.fixture
async def household(
    socket_enabled: None, soco_events: None
) -> AsyncIterator[EmulatedHousehold]:
    """A Sonos One (clips) and a Play:5 (none), started."""
    made = EmulatedHousehold(
        clock=EmulatorClock.manual(), real_ports=not SOCO_TAKES_PORT
    )
    made.add_speaker("Living Room")
    made.add_speaker("Kitchen", model="S6")
    await made.start()
    try:
        yield made
    finally:
        await made.stop_events()
        await made.stop()


@pytest_asyncio.fixture
async def sounds(socket_enabled: None) -> AsyncIterator[SoundServer]:
    """The web server the sounds come from."""
    server = SoundServer()
    await server.start()
    yield server
    await server.stop()


async def _until(condition: Any, what: str) -> None:
    async with asyncio.timeout(WAIT):
        while not condition():
            await asyncio.sleep(0.002)


async def _announce(hass: HomeAssistant, entity_id: str, url: str) -> None:
    await hass.services.async_call(
        MP_DOMAIN,
        SERVICE_PLAY_MEDIA,
        {
            ATTR_ENTITY_ID: entity_id,
            ATTR_MEDIA_CONTENT_ID: url,
            ATTR_MEDIA_CONTENT_TYPE: "music",
            ATTR_MEDIA_ANNOUNCE: True,
        },
        blocking=True,
    )


def _library(speaker: EmulatedSpeaker) -> None:
    items = [
        QueueItem(
            f"x-file-cifs://nas/music/bench_{n}.flac",
            TrackMetadata(title=f"Bench {n}", artist="Bench", duration=300),
        )
        for n in range(5)
    ]
    speaker.playback.clear()
    speaker.playback.insert(items, 0, as_next=False)
    speaker.playback.select_queue()


def _what_plays(speaker: EmulatedSpeaker) -> tuple[str, float]:
    item = speaker.current_item()
    return (item.uri if item else "", speaker.position)


async def test_sonos_announcements(
    hass: HomeAssistant,
    soco_listener_for_this_loop: None,
    household: EmulatedHousehold,
    sounds: SoundServer,
    setup_entry: SetupEntry,
) -> None:
    """Time call -> clip playing; check 50 resumes of three kinds of music."""
    asyncio.get_running_loop().set_debug(False)
    logging.getLogger().setLevel(logging.WARNING)
    for name in ("soco", "custom_components", "aiohttp", "homeassistant", "tests"):
        logging.getLogger(name).setLevel(logging.WARNING)
    assert await async_setup_component(hass, MP_DOMAIN, {})
    living = household.speaker("Living Room")
    kitchen = household.speaker("Kitchen")
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Sonos (Living Room)",
        unique_id=household.household_id,
        data={
            CONF_KIND: EntryKind.SONOS,
            CONF_HOST: living.ip_address,
            CONF_PORT: living.port,
            CONF_UID: living.uid,
            CONF_HOUSEHOLD_ID: household.household_id,
        },
    )
    entry.add_to_hass(hass)
    assert await setup_entry(entry)
    encore = entry.runtime_data.household

    # Latency: the clip path.
    _library(living)
    living.playback.play()
    household.flush()
    latencies = []
    for _ in range(CLIPS):
        count = len(living.audio_clips.clips)
        started = time.monotonic()
        await _announce(hass, "media_player.living_room", sounds.url("doorbell.wav"))
        await _until(
            lambda count=count: (
                len(living.audio_clips.clips) > count
                and living.audio_clips.clips[-1].activated_at is not None
            ),
            "clip",
        )
        clip = living.audio_clips.clips[-1]
        assert clip.activated_at is not None
        latencies.append(clip.activated_at - started)
        household.advance(3)

    # Resume: the snapshot, play, restore path, over three kinds of music.
    kinds = ("spotify", "queue", "radio")
    outcomes: dict[str, list[bool]] = {kind: [] for kind in kinds}
    coordinator = encore.speakers[kitchen.uid]
    for number in range(RESUMES):
        kind = kinds[number % len(kinds)]
        if kind == "spotify":
            await hass.services.async_call(
                MP_DOMAIN,
                SERVICE_PLAY_MEDIA,
                {
                    ATTR_ENTITY_ID: "media_player.kitchen",
                    ATTR_MEDIA_CONTENT_ID: f"spotify:album:{ALBUM_ID}",
                    ATTR_MEDIA_CONTENT_TYPE: "music",
                },
                blocking=True,
            )
            kitchen.playback.seek_track(1 + number % 3)
            kitchen.playback.set_position(10 + number)
        elif kind == "queue":
            _library(kitchen)
            kitchen.playback.seek_track(1 + number % 4)
            kitchen.playback.set_position(20 + number)
            kitchen.playback.play()
        else:
            kitchen.playback.select_single(
                Source.STREAM,
                RADIO_URI,
                "",
                QueueItem(
                    RADIO_URI, TrackMetadata(title="Radio", item_class="object.item")
                ),
                state=STATE_PLAYING,
            )
        household.flush()
        await _until(lambda: coordinator.transport_state == "PLAYING", "music")
        before = _what_plays(kitchen)
        await _announce(hass, "media_player.kitchen", sounds.url("doorbell.wav"))
        await _until(
            lambda: (
                coordinator.now_playing.track_uri == sounds.url("doorbell.wav")
                and coordinator.transport_state == "PLAYING"
            ),
            "sound",
        )
        # The sound ends (the speaker's clock stays: subscriptions run on it).
        kitchen.playback.stop()
        household.flush()
        try:
            await _until(lambda: coordinator.announcement is None, "restore")
        except TimeoutError:
            outcomes[kind].append(False)
            continue
        after = _what_plays(kitchen)
        outcomes[kind].append(
            after[0] == before[0]
            and kitchen.transport_state == STATE_PLAYING
            and (kind == "radio" or abs(after[1] - before[1]) <= TOLERANCE)
        )
    RESULTS.append({"latencies": latencies, "outcomes": outcomes})
    await hass.async_block_till_done(wait_background_tasks=True)


def report() -> str:
    """Return the figures."""
    lines = ["", "Sonos announcements"]
    for result in RESULTS:
        values = result["latencies"]
        lines.append(
            f"  call -> clip playing  n={len(values)}"
            f"  median={statistics.median(values) * 1000:6.1f} ms"
            f"  p95={percentile(values, 0.95) * 1000:6.1f} ms"
            f"  max={max(values) * 1000:6.1f} ms   (target: p95 <= 300 ms)"
        )
        outcomes = result["outcomes"]
        good = sum(sum(kind) for kind in outcomes.values())
        total = sum(len(kind) for kind in outcomes.values())
        detail = ", ".join(
            f"{kind} {sum(values)}/{len(values)}" for kind, values in outcomes.items()
        )
        lines.append(
            f"  resumed the right item within +-{TOLERANCE:.0f} s: {good} of {total}"
            f" ({detail})   (target: 50 of 50)"
        )
    return "\n".join(lines)
