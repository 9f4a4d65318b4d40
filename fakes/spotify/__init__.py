"""A fake Spotify Web API and accounts service, served over HTTP for tests.

See server.FakeSpotify; fixtures in fixtures.py; real recorded bodies through
payloads.py (skipped when ../shared/data is absent).
"""

from .accounts import code_challenge
from .catalog import Catalog
from .faults import (
    drop,
    forbidden,
    quota_exceeded,
    rate_limited,
    respond,
    server_error,
    slow,
    token_error,
    unauthorized,
)
from .payloads import SKIP_REASON, load_payload, require_shared_data, shared_data_dir
from .player import Device, Player
from .server import Call, FakeSpotify
from .users import FakeUser

__all__ = [
    "SKIP_REASON",
    "Call",
    "Catalog",
    "Device",
    "FakeSpotify",
    "FakeUser",
    "Player",
    "code_challenge",
    "drop",
    "forbidden",
    "load_payload",
    "quota_exceeded",
    "rate_limited",
    "require_shared_data",
    "respond",
    "server_error",
    "shared_data_dir",
    "slow",
    "token_error",
    "unauthorized",
]
