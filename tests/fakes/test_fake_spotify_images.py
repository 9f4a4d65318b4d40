"""The fake Spotify's own cover art (`serve_images`), for runs without internet."""

from collections.abc import AsyncGenerator
import struct

import aiohttp
import pytest

from fakes.spotify.server import FakeSpotify


@pytest.fixture
async def serving(socket_enabled: None) -> AsyncGenerator[FakeSpotify]:
    """A fake Spotify that names and serves its images itself."""
    async with FakeSpotify(serve_images=True) as fake:
        yield fake


async def test_images_are_named_and_served_by_the_fake(serving: FakeSpotify) -> None:
    """Every image a body names is on the fake's address and answers a PNG of its size."""
    serving.add_user("alice", "Alice")
    token = serving.issue_tokens("alice")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.get(f"{serving.api_base}/me/top/tracks") as answer:
            tracks = (await answer.json())["items"]
        async with http.get(f"{serving.api_base}/me/playlists") as answer:
            playlist = (await answer.json())["items"][0]
        async with http.get(f"{serving.api_base}/me") as answer:
            me = await answer.json()
        images = [
            *tracks[0]["album"]["images"],
            *playlist["images"],
            *me["images"],
        ]
        assert images
        for image in images:
            assert image["url"].startswith(f"{serving.base_url}/"), image
            async with (
                aiohttp.ClientSession() as browser,
                browser.get(image["url"]) as got,
            ):
                assert got.status == 200
                assert got.content_type == "image/png"
                body = await got.read()
            assert body.startswith(b"\x89PNG\r\n\x1a\n")
            width, height = struct.unpack(">II", body[16:24])
            assert width == height == (image["width"] or 640)


async def test_images_name_spotifys_cdn_by_default(fake_spotify: FakeSpotify) -> None:
    """Without `serve_images` the bodies name Spotify's CDN, as Spotify's do."""
    fake_spotify.add_user("alice", "Alice")
    token = fake_spotify.issue_tokens("alice")["access_token"]
    async with (
        aiohttp.ClientSession() as http,
        http.get(
            f"{fake_spotify.api_base}/me",
            headers={"Authorization": f"Bearer {token}"},
        ) as answer,
    ):
        me = await answer.json()
    assert {image["url"][:18] for image in me["images"]} == {"https://i.scdn.co/"}
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{fake_spotify.base_url}/i.scdn.co/image/not-an-id!") as answer,
    ):
        assert answer.status == 404
