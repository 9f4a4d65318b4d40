"""The emulated speakers' audio-clip websocket, driven by the real sonos-websocket."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from aiohttp import ClientSession
import pytest
from sonos_websocket import SonosWebsocket

from fakes.sonos import SONOS_ONE, SONOS_PLAY5
from fakes.sonos.audio_clip import _listening_socket
from fakes.sonos.models import STATE_PLAYING
from tests.sonos.sounds import SoundServer, sounds

from .sonos_fixtures import HouseholdFactory

__all__ = ["sounds"]


def websocket_for(speaker: object, session: ClientSession) -> SonosWebsocket:
    """The library's client, at the port ZoneGroupState names."""
    client = SonosWebsocket(speaker.host, player_id=speaker.uid, session=session)  # type: ignore[attr-defined]
    client.uri = speaker.audio_clips.url  # type: ignore[attr-defined]
    return client


async def test_clips_duck_the_music_until_they_end(
    sonos_household_factory: HouseholdFactory, sounds: SoundServer
) -> None:
    """loadAudioClip answers at once; the clip plays once fetched, and ends."""
    household = await sonos_household_factory(
        rooms=[("Office", SONOS_ONE), ("Den", SONOS_PLAY5)]
    )
    office, den = household.speaker("Office"), household.speaker("Den")
    assert f'SSLPort="{office.audio_clips.port}"' in household.zone_group_state()
    office.playback.queue.clear()
    async with ClientSession() as session:
        client = websocket_for(office, session)
        response, groups = await client.get_groups()
        assert response["success"]
        capabilities = {p["id"]: p["capabilities"] for p in groups["players"]}
        assert "AUDIO_CLIP" in capabilities[office.uid]
        assert "AUDIO_CLIP" not in capabilities[den.uid]

        response, clip = await client.play_clip(sounds.url("doorbell.wav"), volume=30)
        assert response["success"]
        assert clip["status"] == "PENDING"
        for _ in range(200):
            if office.audio_clips.playing is not None:
                break
            await asyncio.sleep(0.005)
        playing = office.audio_clips.playing
        assert playing is not None
        assert (playing.seconds, playing.played_at_volume) == (2.0, 30)
        household.advance(2)
        assert office.audio_clips.playing is None
        assert office.audio_clips.clips[0].status == "DONE"

        response, error = await client.cancel_clip(clip["id"])
        assert not response["success"]
        assert error["errorCode"] == "ERROR_AUDIO_CLIP_ID_NOT_FOUND"

        response, _ = await client.play_clip(sounds.url("missing.wav"))
        assert response["success"]
        for _ in range(200):
            if office.audio_clips.clips[-1].status != "PENDING":
                break
            await asyncio.sleep(0.005)
        assert office.audio_clips.clips[-1].status == "ERROR"
        assert office.audio_clips.clips[-1].error_code == "ERROR_AUDIO_CLIP_MEDIA_ERROR"

        den_client = websocket_for(den, session)
        response, error = await den_client.play_clip(sounds.url("doorbell.wav"))
        assert (response["type"], error["errorCode"]) == (
            "globalError",
            "ERROR_NOT_CAPABLE",
        )
        await client.close()
        await den_client.close()
    assert office.transport_state != STATE_PLAYING


def test_a_port_taken_between_bind_and_listen_falls_back(
    socket_enabled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linux lets two SO_REUSEADDR sockets bind one port; the first to listen has it.

    Another speaker (another test worker, same address) that listens between this
    one's bind and listen makes `listen` fail with EADDRINUSE: the race CI once
    lost. The speaker then listens on a free port instead.
    """
    other = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    other.bind(("127.0.0.1", 0))
    port = other.getsockname()[1]

    class OvertakenSocket(socket.socket):
        def bind(self, address: Any) -> None:
            super().bind(address)
            if address[1] == port:
                other.listen(1)

    monkeypatch.setattr(socket, "socket", OvertakenSocket)
    with other, _listening_socket("127.0.0.1", port) as sock:
        assert sock.getsockname()[1] not in (0, port)
        assert not sock.getblocking()


async def test_a_port_another_listens_on_falls_back(
    sonos_household_factory: HouseholdFactory,
) -> None:
    """Port 1443 already listened on: the speaker answers on a free port instead."""
    household = await sonos_household_factory(rooms=[("Office", SONOS_ONE)])
    office = household.speaker("Office")
    await office.audio_clips.stop()
    held = office.audio_clips.port
    other = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    with other:
        other.bind((office.host, held))
        other.listen(1)
        await office.audio_clips.start()
        assert office.audio_clips.port != held
        async with ClientSession() as session:
            response, _ = await websocket_for(office, session).get_groups()
    assert response["success"]
