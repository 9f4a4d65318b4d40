"""A Last.fm import killed with SIGKILL in the middle resumes, and doubles nothing.

The import runs in a process of its own (`crash_scrobble_import.py`) against
the fake Last.fm served here; killed when a page was read but not stored,
with earlier batches committed, then run again on the same database, it ends
with the same plays as an import that was never interrupted, and reads
again only from its last committed cursor.
"""

import asyncio
from collections.abc import AsyncGenerator
from pathlib import Path
import signal
import sqlite3
import subprocess
import sys
from typing import Any

import pytest

from fakes.lastfm import FakeLastfm
from fakes.lastfm.seed import overlapping_history


@pytest.fixture
async def lastfm(socket_enabled: None) -> AsyncGenerator[FakeLastfm]:
    """A started fake Last.fm."""
    fake = FakeLastfm()
    await fake.start()
    yield fake
    await fake.stop()


def script(
    tmp_path: Path, db: Path, fake: FakeLastfm, key: str, *extra: str
) -> subprocess.Popen[str]:
    """Start the stand-alone import in its own process."""
    return subprocess.Popen(  # noqa: S603 - our own module, our arguments
        [
            sys.executable,
            "-m",
            "tests.scrobbling.crash_scrobble_import",
            str(tmp_path),
            str(db),
            fake.api_url,
            key,
            *extra,
        ],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )


def table(db: Path) -> list[tuple[Any, ...]]:
    """Every play with its song's names, in a stable order.

    Names case-folded: a song or an artist is kept under the spelling of
    the scrobble that named it first, and a resumed import reads the pages
    in another order (the same song, the same artist key).
    """
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT p.started_at, p.ended_at, i.title, a.name, p.source FROM plays p"
            " JOIN items i ON i.id = p.item_id LEFT JOIN artists a ON a.id = i.artist_id"
        ).fetchall()
    return sorted(
        (start, end, str(title).casefold(), str(artist).casefold(), source)
        for start, end, title, artist, source in rows
    )


async def test_kill_9_mid_scrobble_import_then_import_again(
    tmp_path: Path, lastfm: FakeLastfm
) -> None:
    """Killed at the 6th page (4 stored, the 5th read): resumed, same plays as clean."""
    made = overlapping_history(2_000, seed=5)
    key, _secret = lastfm.add_api_account()
    lastfm.add_user("ada", made.scrobbles)
    loop = asyncio.get_running_loop()

    crashed = tmp_path / "crashed.db"
    process = script(tmp_path, crashed, lastfm, key, "--die-at-call", "6")
    assert process.stdout is not None
    line = await loop.run_in_executor(None, process.stdout.readline)
    assert line.strip() == "mid"
    process.send_signal(signal.SIGKILL)
    await loop.run_in_executor(None, process.wait)
    # Two batches of two pages are in; the fifth page died with the process.
    assert 0 < len(table(crashed)) <= 4 * 200

    calls = len(lastfm.calls)
    again = script(tmp_path, crashed, lastfm, key)
    out, _ = await loop.run_in_executor(None, again.communicate)
    assert out.startswith("done")
    resumed_calls = len(lastfm.calls) - calls

    clean = tmp_path / "clean.db"
    whole = script(tmp_path, clean, lastfm, key)
    out, _ = await loop.run_in_executor(None, whole.communicate)
    assert out.startswith("done")
    clean_calls = len(lastfm.calls) - calls - resumed_calls

    assert table(crashed) == table(clean)
    assert len(set(table(clean))) == len(table(clean))
    # Resumed at the committed cursor: the four stored pages are not read again.
    assert resumed_calls <= clean_calls - 3
