"""Cover art the fake serves itself, for runs that must not reach the internet (the demo).

Spotify's bodies name images on its CDN (`https://i.scdn.co/image/<id>`,
playlist mosaics on `https://mosaic.scdn.co/640/<id>`), another host than the
API; the fake's bodies do too, so what Encore parses is what Spotify sends.
With `FakeSpotify(serve_images=True)` the fake names the same paths under its
own address instead (`<fake>/i.scdn.co/image/<id>`, `<fake>/mosaic.scdn.co/640/<id>`)
and answers them with a small generated picture: a
vertical gradient between two colours taken from the image id, as big as the
size the id's prefix stands for (640, 300 or 64 pixels). Spotify's CDN
answers JPEG; the fake answers PNG (no image library needed), which every
client that shows the picture reads as well.
"""

from __future__ import annotations

from functools import lru_cache
import hashlib
import re
import struct
from typing import Final
import zlib

from aiohttp import web

CDN_HOSTS: Final = ("i.scdn.co", "mosaic.scdn.co")
ROUTES: Final = ("/i.scdn.co/image/{image_id}", "/mosaic.scdn.co/640/{image_id}")
IMAGE_ID: Final = re.compile(r"^[0-9a-zA-Z]{16,200}$")
# A Spotify image id begins with the kind and the size it stands for.
_SIZES: Final = {
    "0000b273": 640,
    "0000e5eb": 640,
    "0000ba8a": 640,
    "00001e02": 300,
    "00005f1f": 300,
    "0000ee85": 300,
    "00005174": 320,
    "0000f178": 160,
    "00004851": 64,
    "0000f68d": 64,
    "00003b82": 64,
}
DEFAULT_SIZE: Final = 300
CACHE_SECONDS: Final = 86_400


def local_url(url: str, base_url: str) -> str:
    """Return `url` on the fake's own address when it is one of Spotify's CDN's."""
    for host in CDN_HOSTS:
        if url.startswith(f"https://{host}/"):
            return f"{base_url}/{url.removeprefix('https://')}"
    return url


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


@lru_cache(maxsize=256)
def picture(image_id: str, size: int) -> bytes:
    """Return a `size`-pixel square PNG whose colours follow `image_id`."""
    digest = hashlib.sha256(image_id.encode()).digest()
    top, bottom = digest[:3], digest[3:6]
    rows = []
    for y in range(size):
        mix = y / max(size - 1, 1)
        colour = bytes(
            round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)
        )
        rows.append(b"\x00" + colour * size)
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + _chunk(b"IEND", b"")
    )


async def handle_image(request: web.Request) -> web.Response:
    """GET one of `ROUTES`: the picture, or a 404 for what is no image id."""
    image_id = request.match_info["image_id"]
    if IMAGE_ID.match(image_id) is None:
        return web.Response(status=404, text="Not Found")
    size = _SIZES.get(image_id[8:16], DEFAULT_SIZE)
    return web.Response(
        body=picture(image_id, size),
        content_type="image/png",
        headers={"Cache-Control": f"public, max-age={CACHE_SECONDS}"},
    )
