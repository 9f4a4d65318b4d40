"""Import a Last.fm history outside a running Home Assistant, optionally dying mid-way.

Run by test_scrobble_import_crash: `python -m tests.scrobbling.crash_scrobble_import
CONFIG_DIR DB URL KEY [--die-at-call N]`. It runs Encore's own import
(`async_import_lastfm`) with a bare `HomeAssistant` core (no integration set
up: the history's manager needs only its loop and executor) against the
fake Last.fm, stored two pages a transaction. With --die-at-call N it says
"mid" on stdout when the Nth page is asked for, after some batches were
committed and with a page read but not stored, and waits to be killed with
SIGKILL.
"""

import argparse
import asyncio
from pathlib import Path
import sys

import aiohttp

from homeassistant.core import HomeAssistant

from custom_components.encore.history.imports import scrobbles
from custom_components.encore.history.imports.scrobbles import async_import_lastfm
from custom_components.encore.history.manager import HistoryManager, HistorySettings
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.scrobbling.lastfm import LastfmClient, RecentPage
from custom_components.encore.scrobbling.pace import Pacer

ACCOUNT = "ada_spotify"


class DyingClient(LastfmClient):
    """Last.fm, but the process stops for good when the Nth page is asked for."""

    die_at = -1
    pages = 0

    async def recent_tracks(self, *args: object, **kwargs: object) -> RecentPage:
        self.pages += 1
        if self.pages == self.die_at:
            sys.stdout.write("mid\n")
            sys.stdout.flush()
            await asyncio.Event().wait()
        return await super().recent_tracks(*args, **kwargs)  # type: ignore[arg-type]


async def run(args: argparse.Namespace) -> int:
    hass = HomeAssistant(args.config_dir)
    manager = HistoryManager(hass)
    manager.settings = HistorySettings(db_url=sqlite_url(Path(args.db)))
    await manager.async_acquire("crash")
    # Two pages a transaction, so that a kill falls between commits.
    scrobbles.BATCH = 400
    async with aiohttp.ClientSession() as session:
        client = DyingClient(session, args.key, url=args.url, pacer=Pacer(interval=0))
        client.die_at = args.die_at_call
        report = await async_import_lastfm(manager, ACCOUNT, client, "ada")
    await manager.async_release("crash")
    return int(report.counts()["rows"])


def main() -> None:
    """Import, or die in the middle."""
    parser = argparse.ArgumentParser()
    for name in ("config_dir", "db", "url", "key"):
        parser.add_argument(name)
    parser.add_argument("--die-at-call", type=int, default=-1)
    rows = asyncio.run(run(parser.parse_args()))
    sys.stdout.write(f"done {rows}\n")


if __name__ == "__main__":
    main()
