"""Pytest fixtures for the fake Spotify.

The lead imports these in tests/conftest.py:

    from fakes.spotify.fake_spotify.fixtures import fake_spotify, shared_data  # noqa: F401
"""

from collections.abc import AsyncGenerator
from pathlib import Path

import pytest

from fakes.spotify.payloads import require_shared_data
from fakes.spotify.server import FakeSpotify


@pytest.fixture
async def fake_spotify(socket_enabled: None) -> AsyncGenerator[FakeSpotify]:
    """Return a started fake Spotify (Web API + accounts) on 127.0.0.1.

    Requests pytest-socket's `socket_enabled`: Home Assistant's test plugin
    blocks every socket otherwise (connections stay limited to 127.0.0.1).
    """
    fake = FakeSpotify()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
def shared_data() -> Path:
    """Return ../shared/data, or skip: real Spotify payloads unavailable."""
    return require_shared_data()
