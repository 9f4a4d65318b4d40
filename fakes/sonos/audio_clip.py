"""The audio-clip API of an emulated speaker: Sonos' local websocket on port 1443.

Real S2 speakers answer the Control API over ``wss://<ip>:1443/websocket/api``
(a self-signed certificate, the ``X-Sonos-Api-Key`` header, the
``v1.api.smartspeaker.audio`` protocol). Each message is a JSON array
``[header, body]``; the answer is one such array. Encore and core ``sonos``
talk to it through the ``sonos-websocket`` library.

What the emulator does with a clip, as a speaker does: ``loadAudioClip``
answers at once; the speaker then fetches ``streamUrl`` and plays it over
whatever plays, which is ducked (quieter; the transport goes on, its position
moves, no UPnP event tells of it) until the clip ends, is cancelled or fails
to load. A player without the ``AUDIO_CLIP`` capability answers
``globalError``/``ERROR_NOT_CAPABLE``.

The websocket listens on port 1443 of the speaker's address when it has one of
its own (``real_ports`` households), else on a free port; ZoneGroupState
tells it (``SSLPort``), as it does on real speakers.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
import datetime as dt
import itertools
import json
from pathlib import Path
import socket
import ssl
import struct
import tempfile
import threading
import time
from typing import TYPE_CHECKING, Any

from aiohttp import ClientError, ClientSession, ClientTimeout, WSMsgType, web

if TYPE_CHECKING:
    from .speaker import EmulatedSpeaker

WEBSOCKET_PORT = 1443
WEBSOCKET_PATH = "/websocket/api"
PROTOCOL = "v1.api.smartspeaker.audio"
# How long the emulator plays a clip whose length it cannot read (not WAV).
DEFAULT_CLIP_SECONDS = 3.0
MP3_BYTES_PER_SECOND = 16_000  # 128 kbit/s
FETCH_TIMEOUT = 5.0

STATUS_PENDING = "PENDING"
STATUS_ACTIVE = "ACTIVE"
STATUS_DONE = "DONE"
STATUS_DISMISSED = "DISMISSED"
STATUS_ERROR = "ERROR"

_CERT: tuple[str, str] | None = None
_CERT_LOCK = threading.Lock()  # speakers start together, each in an executor thread
_CLIP_IDS = itertools.count(1)


def _certificate() -> tuple[str, str]:
    """Return (cert file, key file) of a self-signed certificate, made once."""
    with _CERT_LOCK:
        return _make_certificate()


def _make_certificate() -> tuple[str, str]:
    global _CERT  # noqa: PLW0603 - one certificate per process is enough
    if _CERT is not None:
        return _CERT
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sonos emulator")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    folder = Path(tempfile.mkdtemp(prefix="sonos-emulator-tls-"))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    _CERT = (str(cert_path), str(key_path))
    return _CERT


def _listening_socket(host: str, port: int) -> socket.socket:
    """Listen on `port` of `host`, or on a free port if another socket has it.

    On Linux, SO_REUSEADDR lets a second socket bind a port that one not yet
    listening holds, and only `listen` then fails (EADDRINUSE): so the fallback
    covers both steps, on a fresh socket.
    """
    try:
        return _listen(host, port)
    except OSError:
        return _listen(host, 0)


def _listen(host: str, port: int) -> socket.socket:
    """A non-blocking socket listening on `port` of `host`; closed if it cannot."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(32)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def _server_context() -> ssl.SSLContext:
    """Return the TLS context a speaker's websocket serves with."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*_certificate())
    return context


def clip_seconds(body: bytes) -> float:
    """Return how long a clip plays: WAV from its header, else by size (MP3)."""
    if body[:4] == b"RIFF" and body[8:12] == b"WAVE":
        offset = 12
        rate = channels = bits = 0
        while offset + 8 <= len(body):
            chunk, size = (
                body[offset : offset + 4],
                struct.unpack("<I", body[offset + 4 : offset + 8])[0],
            )
            if chunk == b"fmt ":
                channels, rate = struct.unpack("<HI", body[offset + 10 : offset + 16])
                bits = struct.unpack("<H", body[offset + 22 : offset + 24])[0]
            elif chunk == b"data" and rate and channels and bits:
                return size / (rate * channels * bits / 8)
            offset += 8 + size
    if not body:
        return DEFAULT_CLIP_SECONDS
    return max(1.0, len(body) / MP3_BYTES_PER_SECOND)


@dataclass(slots=True)
class AudioClip:
    """One clip a speaker was told to play."""

    clip_id: str
    stream_url: str
    volume: int | None
    app_id: str
    name: str
    priority: str
    status: str = STATUS_PENDING
    error_code: str | None = None
    started_at: float | None = None
    seconds: float | None = None
    # Whether the speaker's own music was ducked under it.
    ducked: bool = False
    # The speaker's volume while the clip played (its own volume when not given).
    played_at_volume: int | None = None
    # `time.monotonic()` when the clip was loaded and when it began to play.
    loaded_at: float = 0.0
    activated_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``audioClip`` object of answers and events."""
        body: dict[str, Any] = {
            "_objectType": "audioClip",
            "id": self.clip_id,
            "name": self.name,
            "appId": self.app_id,
            "priority": self.priority,
            "clipType": "CUSTOM",
            "status": self.status,
        }
        if self.error_code:
            body["errorCode"] = self.error_code
        return body


class AudioClipServer:
    """The websocket of one speaker, and the clips it plays."""

    def __init__(self, speaker: EmulatedSpeaker) -> None:
        """Serve `speaker`; nothing listens until `start`."""
        self.speaker = speaker
        self.clips: list[AudioClip] = []
        self.port = 0
        # A refusal to answer loadAudioClip with: (errorCode, reason), or None.
        self.refusal: tuple[str, str] | None = None
        self.connections = 0
        self._runner: web.AppRunner | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self._fetches: set[asyncio.Task[None]] = set()
        self._session: ClientSession | None = None

    # Server ------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on port 1443 of the speaker's address (a free port if taken)."""
        if self._runner is not None:
            return
        sock = _listening_socket(self.speaker.host, self.port or WEBSOCKET_PORT)
        self.port = sock.getsockname()[1]
        # Making the certificate and loading it read and write files: in the
        # executor, as the demo runs the household inside Home Assistant's loop.
        context = await asyncio.get_running_loop().run_in_executor(
            None, _server_context
        )
        app = web.Application()
        app.router.add_get(WEBSOCKET_PATH, self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        await web.SockSite(runner, sock, ssl_context=context).start()
        self._runner = runner

    async def stop(self) -> None:
        """Close every connection and stop listening (the port is kept)."""
        runner, self._runner = self._runner, None
        for websocket in list(self._sockets):
            await websocket.close()
        for task in list(self._fetches):
            task.cancel()
        await asyncio.gather(*self._fetches, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
        if runner is not None:
            await runner.cleanup()

    @property
    def url(self) -> str:
        """What ``getGroups`` reports as the player's ``websocketUrl``."""
        return f"wss://{self.speaker.host}:{self.port}{WEBSOCKET_PATH}"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if not request.headers.get("X-Sonos-Api-Key"):
            return web.Response(status=401)
        websocket = web.WebSocketResponse(protocols=(PROTOCOL,))
        await websocket.prepare(request)
        self._sockets.add(websocket)
        self.connections += 1
        try:
            async for message in websocket:
                if message.type is not WSMsgType.TEXT:
                    continue
                try:
                    header, body = json.loads(message.data)
                except ValueError, TypeError:
                    await websocket.send_json(
                        _error({}, "ERROR_INVALID_SYNTAX", "not [header, body]")
                    )
                    continue
                await websocket.send_json(self._answer(header, body))
        finally:
            self._sockets.discard(websocket)
        return websocket

    # Commands ----------------------------------------------------------------------

    def _answer(self, header: dict[str, Any], body: dict[str, Any]) -> list[Any]:
        speaker = self.speaker
        namespace = header.get("namespace")
        command = header.get("command")
        base = {
            "namespace": namespace,
            "response": command,
            "householdId": speaker.household_id,
        }
        if not namespace:
            # The library asks its household id with an empty command.
            return _error(base, "ERROR_MISSING_PARAMETERS", "Missing namespace")
        if namespace == "groups:1" and command == "getGroups":
            return [{**base, "success": True, "type": "groups"}, self._groups()]
        if namespace != "audioClip:1":
            return _error(base, "ERROR_UNSUPPORTED_NAMESPACE", namespace)
        if header.get("playerId") != speaker.uid:
            return _error(base, "ERROR_INVALID_PARAMETER", "playerId")
        base["playerId"] = speaker.uid
        if not speaker.model.audio_clip:
            return _error(base, "ERROR_NOT_CAPABLE", "AUDIO_CLIP")
        if command == "loadAudioClip":
            return self._load(base, body)
        if command == "cancelAudioClip":
            return self._cancel(base, str(body.get("id", "")))
        return _error(base, "ERROR_UNSUPPORTED_COMMAND", str(command))

    def _groups(self) -> dict[str, Any]:
        household = self.speaker.household
        players = []
        for member in household.speakers:
            capabilities = ["PLAYBACK", "CLOUD", "VOICE"]
            if member.model.audio_clip:
                capabilities.append("AUDIO_CLIP")
            if member.model.has_line_in:
                capabilities.append("LINE_IN")
            players.append(
                {
                    "id": member.uid,
                    "name": member.room_name,
                    "websocketUrl": member.audio_clips.url,
                    "softwareVersion": member.software_version,
                    "capabilities": capabilities,
                }
            )
        groups = [
            {
                "id": group.group_id,
                "name": household.group_name(group),
                "coordinatorId": group.coordinator,
                "playerIds": list(group.members),
            }
            for group in household.groups
        ]
        return {"_objectType": "groups", "groups": groups, "players": players}

    def _load(self, base: dict[str, Any], body: dict[str, Any]) -> list[Any]:
        if self.refusal is not None:
            code, reason = self.refusal
            return _error(base, code, reason)
        stream_url = body.get("streamUrl")
        app_id, name = body.get("appId"), body.get("name")
        if not app_id or not name:
            return _error(base, "ERROR_MISSING_PARAMETERS", "appId and name")
        volume = body.get("volume")
        if volume is not None and (
            not isinstance(volume, int) or not 0 <= volume <= 100
        ):
            return _error(base, "ERROR_INVALID_PARAMETER", "volume")
        if not isinstance(stream_url, str) or not stream_url.startswith(
            ("http://", "https://")
        ):
            return _error(base, "ERROR_INVALID_PARAMETER", "streamUrl")
        clip = AudioClip(
            clip_id=str(next(_CLIP_IDS)),
            stream_url=stream_url,
            volume=volume,
            app_id=str(app_id),
            name=str(name),
            priority=str(body.get("priority") or "LOW"),
            loaded_at=time.monotonic(),
        )
        # A low-priority clip replaces one that plays (the newest is heard).
        for other in self.clips:
            if other.status in (STATUS_PENDING, STATUS_ACTIVE):
                other.status = STATUS_DISMISSED
        self.clips.append(clip)
        task = asyncio.get_running_loop().create_task(self._fetch(clip))
        self._fetches.add(task)
        task.add_done_callback(self._fetches.discard)
        return [{**base, "success": True, "type": "audioClip"}, clip.to_json()]

    def _cancel(self, base: dict[str, Any], clip_id: str) -> list[Any]:
        clip = next((c for c in self.clips if c.clip_id == clip_id), None)
        if clip is None or clip.status not in (STATUS_PENDING, STATUS_ACTIVE):
            return _error(base, "ERROR_AUDIO_CLIP_ID_NOT_FOUND", clip_id)
        clip.status = STATUS_DISMISSED
        return [{**base, "success": True, "type": "none"}, {}]

    async def _fetch(self, clip: AudioClip) -> None:
        """Fetch the clip as the speaker does, then play it."""
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=FETCH_TIMEOUT))
        try:
            async with self._session.get(clip.stream_url, ssl=False) as response:
                body = await response.read()
                ok = response.status < 400
        except ClientError, TimeoutError, OSError:
            ok, body = False, b""
        if clip.status != STATUS_PENDING:
            return
        if not ok:
            clip.status = STATUS_ERROR
            clip.error_code = "ERROR_AUDIO_CLIP_MEDIA_ERROR"
            return
        speaker = self.speaker
        clip.status = STATUS_ACTIVE
        clip.activated_at = time.monotonic()
        clip.started_at = speaker.household.clock.now()
        clip.seconds = clip_seconds(body)
        clip.ducked = speaker.is_playing
        clip.played_at_volume = (
            clip.volume if clip.volume is not None else speaker.rendering.volume
        )

    # Time ----------------------------------------------------------------------------

    def settle(self, now: float) -> None:
        """End the clips whose time is up."""
        for clip in self.clips:
            if (
                clip.status == STATUS_ACTIVE
                and clip.started_at is not None
                and clip.seconds is not None
                and now >= clip.started_at + clip.seconds
            ):
                clip.status = STATUS_DONE

    @property
    def playing(self) -> AudioClip | None:
        """The clip heard now, if any."""
        return next((c for c in self.clips if c.status == STATUS_ACTIVE), None)

    @property
    def ducked(self) -> bool:
        """Whether the speaker's music is ducked under a clip now."""
        clip = self.playing
        return clip is not None and clip.ducked


def _error(base: dict[str, Any], code: str, reason: str) -> list[Any]:
    return [
        {**base, "success": False, "type": "globalError"},
        {"_objectType": "globalError", "errorCode": code, "reason": reason},
    ]
