"""A web server for announcement sounds, as Home Assistant or a NAS serves them."""

from collections.abc import AsyncIterator
import struct

from aiohttp import web
import pytest_asyncio

SAMPLE_RATE = 8000


def wav(seconds: float) -> bytes:
    """Return a silent 8 kHz mono 16-bit WAV of `seconds`."""
    data = b"\x00\x00" * int(SAMPLE_RATE * seconds)
    fmt = struct.pack("<HHIIHH", 1, 1, SAMPLE_RATE, SAMPLE_RATE * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


class SoundServer:
    """Serves `/doorbell.wav` (2 s), `/long.mp3`, and 404 for anything else."""

    def __init__(self) -> None:
        """Prepare; `start` listens on 127.0.0.1."""
        self.base_url = ""
        self.requests: list[str] = []
        self._runner: web.AppRunner | None = None

    def url(self, name: str) -> str:
        """Return the URL of a sound."""
        return f"{self.base_url}/{name}"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(f"{request.method} {request.path}")
        if request.path == "/doorbell.wav":
            return web.Response(body=wav(2.0), content_type="audio/wav")
        if request.path == "/long.mp3":
            return web.Response(body=b"\xff" * 16_000 * 8, content_type="audio/mpeg")
        if request.path == "/chime.flac":
            return web.Response(
                body=b"fLaC" + b"\x00" * 4000, content_type="audio/flac"
            )
        return web.Response(status=404)

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()


@pytest_asyncio.fixture
async def sounds(socket_enabled: None) -> AsyncIterator[SoundServer]:
    """A started sound server."""
    server = SoundServer()
    await server.start()
    yield server
    await server.stop()
