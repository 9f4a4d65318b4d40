"""Send a Last.fm target's outbox outside Home Assistant, optionally dying mid-batch.

Run by test_outbox_crash: `python -m tests.scrobbling.crash_send DB URL KEY
SECRET SESSION_KEY [--die-after N]`. It runs Encore's own sender against the
fake Last.fm; with --die-after N, once Last.fm accepted the Nth batch and
before its outcome is stored, it says "mid" on stdout and waits to be
killed with SIGKILL: the worst moment, as the service has the batch and
the database says only that it was being sent.
"""

import argparse
import asyncio
from collections.abc import Sequence
from pathlib import Path
import sys

import aiohttp

from custom_components.encore.history.outbox.sender import OutboxSender
from custom_components.encore.history.outbox.services import Delivery, LastfmService
from custom_components.encore.history.outbox.whose import Whose
from custom_components.encore.history.store.engine import HistoryStore, sqlite_url
from custom_components.encore.history.store.outbox import QueuedScrobble
from custom_components.encore.scrobbling.lastfm import LastfmClient
from custom_components.encore.scrobbling.pace import Pacer
from tests.scrobbling.outbox_helpers import ADA, TARGET, writer


class DyingService(LastfmService):
    """Last.fm, but the process stops for good after the Nth batch arrived."""

    def __init__(self, *args: object, die_after: int) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.die_after = die_after
        self.batches = 0

    async def deliver(self, queued: Sequence[QueuedScrobble]) -> Delivery:
        delivery = await super().deliver(queued)
        self.batches += 1
        if self.batches == self.die_after:
            sys.stdout.write("mid\n")
            sys.stdout.flush()
            await asyncio.Event().wait()
        return delivery


async def run(args: argparse.Namespace) -> None:
    store = HistoryStore(sqlite_url(Path(args.db)))
    await asyncio.get_running_loop().run_in_executor(None, store.open)
    async with aiohttp.ClientSession() as session:
        client = LastfmClient(
            session, args.key, secret=args.secret, url=args.url, pacer=Pacer(interval=0)
        )
        service = DyingService(
            client, "ada", args.session_key, die_after=args.die_after
        )
        sender = OutboxSender(TARGET, service, writer(store), Whose(ADA))
        await sender.async_round()
    await asyncio.get_running_loop().run_in_executor(None, store.close)


def main() -> None:
    """Send, or die in the middle."""
    parser = argparse.ArgumentParser()
    for name in ("db", "url", "key", "secret", "session_key"):
        parser.add_argument(name)
    parser.add_argument("--die-after", type=int, default=-1)
    asyncio.run(run(parser.parse_args()))
    sys.stdout.write("done\n")


if __name__ == "__main__":
    main()
