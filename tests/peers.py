"""What a test does when a protocol peer it needs is not installed.

The tests talk to real peers: a PostgreSQL server the fixtures start and
Debian's Chromium. `scripts/setup` installs both when it may; when it may not
(told `--no-system-packages`, no root, no apt-get) it writes why into
`.venv/.encore-peers`. A test whose peer is missing then skips with that
reason and how to enable it, so a developer sees exactly what did not run; in
CI (`CI=true`) it fails instead, so nothing is skipped there unnoticed.
"""

import os
from pathlib import Path
from typing import NoReturn

import pytest

SETUP_NOTES = Path(__file__).parent.parent / ".venv" / ".encore-peers"
"""Written by scripts/setup: one `peer: why it was not installed` line each."""


def in_ci() -> bool:
    """Return whether this run is CI's, where no test may skip for a missing peer."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _setup_reason(peer: str) -> str | None:
    """Return why scripts/setup did not install `peer`, if it said so."""
    try:
        lines = SETUP_NOTES.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, reason = line.partition(":")
        if name.strip() == peer and reason.strip():
            return reason.strip()
    return None


def missing_peer(peer: str, what: str, hint: str) -> NoReturn:
    """Skip the test (fail it in CI) because `what` is missing; `hint` says how to get it."""
    reason = _setup_reason(peer)
    because = f" ({reason})" if reason else ""
    message = f"{what} is not installed{because}. {hint}"
    if in_ci():
        pytest.fail(f"{message} CI must run every test.", pytrace=False)
    pytest.skip(message)
