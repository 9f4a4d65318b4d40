"""Scrobbling out through the durable outbox, against the fake services over HTTP.

The sender runs as Encore runs it (`history.outbox`), on a real history
(SQLite and PostgreSQL), and the fakes keep what they were sent: nothing is
lost (every play that counts arrives), nothing doubles (the fake Last.fm
keeps a scrobble sent twice twice; the fake ListenBrainz counts every
listen it was sent), a deleted play never goes, and only what is the
person's and counts is queued.
"""

import asyncio
from collections.abc import AsyncGenerator
from pathlib import Path
import signal
import subprocess
import sys
import time

import aiohttp
import pytest
from sqlalchemy import select

from custom_components.encore.history.models import PlayKind, Source
from custom_components.encore.history.outbox.sender import OutboxSender
from custom_components.encore.history.outbox.services import (
    LastfmService,
    ListenBrainzService,
    RevokedError,
)
from custom_components.encore.history.outbox.whose import Whose, belongs
from custom_components.encore.history.store.attribution import correct
from custom_components.encore.history.store.deletes import delete_plays
from custom_components.encore.history.store.engine import HistoryStore, sqlite_url
from custom_components.encore.history.store.outbox import (
    OutboxState,
    counts,
    fill,
    open_target,
    prune,
    reconcile,
    scrobble_outbox,
    sent,
    take,
)
from custom_components.encore.scrobbling.lastfm import LastfmClient
from custom_components.encore.scrobbling.listenbrainz import ListenBrainzClient
from custom_components.encore.scrobbling.pace import Pacer
from fakes.lastfm import FakeLastfm
from fakes.listenbrainz import FakeListenBrainz
from tests.scrobbling.outbox_helpers import (
    ADA,
    MINUTE_MS,
    SONOS,
    TARGET,
    record,
    track,
    writer,
)

NOW_MS = int(time.time()) * 1000 - 3_600_000
"""An hour ago: recent enough for Last.fm to take a scrobble (two weeks)."""
ADA_SPOTIFY = "ada_spotify"


class _Clock:
    """The test's time, shared by a pacer, the sender and a fake: sleeping moves it."""

    def __init__(self) -> None:
        self.now = time.time()
        self.slept = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept += seconds
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture(params=["sqlite", "postgresql"])
async def store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncGenerator[HistoryStore]:
    """An open history of each kind."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "history.db")
    else:
        url = request.getfixturevalue("postgres_db_url")
    made = HistoryStore(url)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, made.open)
    yield made
    await loop.run_in_executor(None, made.close)


@pytest.fixture
async def session(socket_enabled: None) -> AsyncGenerator[aiohttp.ClientSession]:
    """A client session on loopback."""
    async with aiohttp.ClientSession() as made:
        yield made


@pytest.fixture
async def lastfm(socket_enabled: None) -> AsyncGenerator[FakeLastfm]:
    """A started fake Last.fm."""
    fake = FakeLastfm()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def clock() -> _Clock:
    """The test's clock."""
    return _Clock()


@pytest.fixture
async def listenbrainz(
    socket_enabled: None, clock: _Clock
) -> AsyncGenerator[FakeListenBrainz]:
    """A started fake ListenBrainz on the test's clock."""
    fake = FakeListenBrainz(clock=clock)
    await fake.start()
    yield fake
    await fake.stop()


def lastfm_sender(
    store: HistoryStore,
    fake: FakeLastfm,
    session: aiohttp.ClientSession,
    whose: Whose | None = None,
) -> tuple[OutboxSender, str]:
    """A sender to Ada's Last.fm, signed in through the web flow's token."""
    key, secret = fake.add_api_account()
    fake.add_user("ada")
    token = fake.new_token()
    fake.authorize(token, "ada")
    client = LastfmClient(
        session, key, secret=secret, url=fake.api_url, pacer=Pacer(interval=0)
    )
    session_key = next(iter(fake.sessions), None)
    sender = OutboxSender(
        TARGET,
        LastfmService(client, "ada", session_key or ""),
        writer(store),
        whose or Whose(ADA),
    )
    return sender, token


async def signed_in(sender: OutboxSender, token: str) -> None:
    """Exchange the token (the web flow's last step) and keep the session key."""
    service = sender.service
    assert isinstance(service, LastfmService)
    _, service._session_key = await service._client.get_session(token)


def held(fake: FakeLastfm) -> list[tuple[int, str]]:
    """Ada's scrobbles at the fake Last.fm, repeats included."""
    return sorted((s.timestamp, s.track) for s in fake.histories["ada"])


async def test_only_the_persons_plays_that_count_are_queued(
    store: HistoryStore, lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """Ada's speaker plays and her chosen account go; nothing else does.

    Left out: a play too short for Last.fm's rule, an episode, a play known
    only from a scrobble import, the household's (nobody's) play, a play of
    before she opted in, and her Spotify account unless she chose it.
    """
    write = writer(store)
    await write(lambda c, s: record(c, s, [track(0, NOW_MS - 50 * MINUTE_MS)], ADA))
    sender, token = lastfm_sender(store, lastfm, session)
    await signed_in(sender, token)
    await sender.async_open(NOW_MS - 40 * MINUTE_MS)
    stamps = [NOW_MS + i * 5 * MINUTE_MS for i in range(8)]
    await write(
        lambda c, s: record(
            c,
            s,
            [
                track(1, stamps[0]),  # goes
                track(2, stamps[1], ms_played=20_000),  # too short
                track(3, stamps[2], kind=PlayKind.EPISODE),
                track(4, stamps[3], source=Source.LASTFM, account="ada"),
            ],
            ADA,
        )
    )
    await write(lambda c, s: record(c, s, [track(5, stamps[4])], None))
    await write(
        lambda c, s: record(c, s, [track(6, stamps[5], account=ADA_SPOTIFY)], None)
    )
    # A play that started before she opted in, stored late (a speaker's backlog).
    await write(lambda c, s: record(c, s, [track(7, NOW_MS - 45 * MINUTE_MS)], ADA))
    await sender.async_round()
    assert [title for _, title in held(lastfm)] == ["Song 1"]

    # Her Spotify account, chosen now (its plays from then on).
    sender.whose = Whose(ADA, spotify_accounts=(ADA_SPOTIFY,))
    await write(
        lambda c, s: record(c, s, [track(8, stamps[6], account=ADA_SPOTIFY)], None)
    )
    await sender.async_round()
    assert [title for _, title in held(lastfm)] == ["Song 1", "Song 8"]
    # Stamped with the play's start, in seconds.
    assert held(lastfm)[0][0] == (stamps[0] - 4 * MINUTE_MS) // 1000
    assert sender.status.waiting == sender.status.failed == 0


async def test_a_correction_takes_a_waiting_play_out_of_ada_s_queue(
    store: HistoryStore,
) -> None:
    """Queued for Ada, not sent, said to be Bob's: it leaves her queue; back: it returns.

    Back again, it is queued `SENDING`: the sender asks the service first,
    as the service may hold it already (nothing doubles).
    """
    write = writer(store)
    await write(lambda c, _: open_target(c, TARGET, 0))
    ada = Whose(ADA)
    ids = await write(
        lambda c, s: record(c, s, [track(1, NOW_MS), track(2, NOW_MS + MINUTE_MS)], ADA)
    )
    await write(lambda c, _: fill(c, TARGET, belongs(c, ada)))
    await write(lambda c, _: correct(c, ids[:1], ["person.bob"]))
    done = await write(lambda c, _: reconcile(c, TARGET, belongs(c, ada), ids))
    assert (done.left, done.joined, done.retract) == (1, 0, ())
    assert await write(lambda c, _: counts(c)) == {TARGET: (1, 0)}

    await write(lambda c, _: correct(c, ids[:1], [ADA]))
    done = await write(lambda c, _: reconcile(c, TARGET, belongs(c, ada), ids))
    assert (done.left, done.joined) == (0, 1)
    assert [
        q.play_id
        for q in await write(lambda c, _: take(c, TARGET, 10, OutboxState.SENDING))
    ] == ids[:1]


async def test_a_correction_made_while_no_sender_ran_is_followed_at_start(
    store: HistoryStore,
    listenbrainz: FakeListenBrainz,
    session: aiohttp.ClientSession,
) -> None:
    """Sent to Ada's ListenBrainz, corrected to Bob while Home Assistant was down.

    The next start finds the correction among the history's and deletes
    Ada's listen; a second start does nothing more.
    """
    token = listenbrainz.add_user("ada")
    client = ListenBrainzClient(
        session, token=token, root=listenbrainz.root, pacer=Pacer(interval=0)
    )

    def sender() -> OutboxSender:
        return OutboxSender(
            "listenbrainz:ada",
            ListenBrainzService(client, "ada"),
            writer(store),
            Whose(ADA),
        )

    await sender().async_open(0)
    ids = await writer(store)(lambda c, s: record(c, s, [track(1, NOW_MS)], ADA))
    await sender().async_round()
    assert len(listenbrainz.histories["ada"]) == 1
    await writer(store)(lambda c, _: correct(c, ids, ["person.bob"]))
    started = sender()
    await started.async_round()
    assert listenbrainz.histories["ada"] == []
    assert started.status.retracted == 1
    again = sender()
    await again.async_round()
    assert again.status.retracted == 0
    assert [d[0] for d in listenbrainz.deleted] == ["ada"]


async def test_a_source_no_longer_chosen_stops_waiting(store: HistoryStore) -> None:
    """Sonos unticked: Ada's queued speaker plays leave the queue; sent ones stay."""
    write = writer(store)
    await write(lambda c, _: open_target(c, TARGET, 0))
    ids = await write(
        lambda c, s: record(c, s, [track(1, NOW_MS), track(2, NOW_MS + MINUTE_MS)], ADA)
    )
    await write(lambda c, _: fill(c, TARGET, belongs(c, Whose(ADA))))
    rows = await write(lambda c, _: take(c, TARGET, 1))
    await write(lambda c, _: sent(c, [rows[0].row_id]))
    assert await write(lambda c, _: prune(c, TARGET, belongs(c, Whose(ADA)))) == 0
    no_sonos = Whose(ADA, sonos=False)
    assert await write(lambda c, _: prune(c, TARGET, belongs(c, no_sonos))) == 1
    assert await write(lambda c, _: counts(c)) == {}
    left = await write(
        lambda c, _: c.execute(
            select(scrobble_outbox.c.play_id, scrobble_outbox.c.state)
        ).all()
    )
    assert [tuple(row) for row in left] == [(ids[0], OutboxState.SENT)]


async def test_a_deleted_play_never_goes_out(
    store: HistoryStore, lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """Queued, then deleted in Encore before the sender ran: never sent."""
    write = writer(store)
    sender, token = lastfm_sender(store, lastfm, session)
    await signed_in(sender, token)
    await sender.async_open(0)
    await write(
        lambda c, s: record(
            c, s, [track(i, NOW_MS + i * 5 * MINUTE_MS) for i in range(3)], ADA
        )
    )
    # Queued (the cursor passed them), not yet sent.
    await write(lambda c, _: fill(c, TARGET, belongs(c, sender.whose)))
    assert (await write(lambda c, _: counts(c)))[TARGET] == (3, 0)
    # Every play of the speakers up to the second one's end goes.
    await write(lambda c, s: delete_plays(c, s, SONOS, NOW_MS + 5 * MINUTE_MS + 1))
    # A batch of one: the first rows read are the deleted plays', and the
    # queue does not end there.
    batch = await write(lambda c, _: take(c, TARGET, 1))
    assert [q.title for q in batch] == ["Song 2"]
    await sender.async_round()
    assert [title for _, title in held(lastfm)] == ["Song 2"]
    assert sender.status.waiting == 0


async def test_a_revoked_session_stops_the_target_and_keeps_its_plays(
    store: HistoryStore, lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """Error 9: the sender stops; the plays wait for the user to sign in again."""
    write = writer(store)
    sender, token = lastfm_sender(store, lastfm, session)
    await signed_in(sender, token)
    await sender.async_open(0)
    await write(lambda c, s: record(c, s, [track(1, NOW_MS)], ADA))
    for key in list(lastfm.sessions):
        lastfm.revoke(key)
    with pytest.raises(RevokedError):
        await sender.async_round()
    await sender.async_refresh()
    assert sender.status.waiting == 1
    # Signed in again: the batch that was being sent is checked, then sent once.
    await signed_in(sender, _authorized(lastfm))
    await sender.async_round()
    assert [title for _, title in held(lastfm)] == ["Song 1"]


def _authorized(fake: FakeLastfm) -> str:
    token = fake.new_token()
    fake.authorize(token, "ada")
    return token


async def test_a_day_of_429s_loses_nothing_and_doubles_nothing(
    store: HistoryStore,
    listenbrainz: FakeListenBrainz,
    session: aiohttp.ClientSession,
    clock: _Clock,
) -> None:
    """ListenBrainz refuses every call for a day: the sender waits, then sends once.

    2,500 plays go as three submissions (1,000 a call). The waiting is the
    sender's and the client's own (on the event loop: here the test's clock).
    """
    write = writer(store)
    token = listenbrainz.add_user("ada")
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    client = ListenBrainzClient(
        session, token=token, root=listenbrainz.root, pacer=pacer
    )
    sender = OutboxSender(
        "listenbrainz:ada",
        ListenBrainzService(client, "ada"),
        writer(store),
        Whose(ADA),
        sleep=clock.sleep,
    )
    await sender.async_open(0)
    plays = [track(i, NOW_MS - i * 4 * MINUTE_MS - 1000) for i in range(2500)]
    await write(lambda c, s: record(c, s, plays, ADA, bulk=True))
    listenbrainz.refuse_until = clock.now + 86_400
    run = asyncio.create_task(sender.async_run())
    while sender.status.sent < 2500 and not run.done():
        await asyncio.sleep(0.01)
    run.cancel()
    assert clock.now >= listenbrainz.refuse_until
    assert clock.slept < 86_400 + 2 * 3600  # back within the longest pause
    assert len(listenbrainz.received) == 2500  # sent once each
    await sender.async_refresh()
    assert sender.status.waiting == 0
    refused = sum(1 for _, _, status in listenbrainz.calls if status == 429)
    # The pauses grew to an hour: a few calls an hour, not one a second.
    assert refused < 300


async def test_a_day_of_error_29_loses_nothing_and_doubles_nothing(
    store: HistoryStore,
    session: aiohttp.ClientSession,
    clock: _Clock,
    socket_enabled: None,
) -> None:
    """Last.fm answers error 29 to every call for a day: 500 plays go once, 50 a call."""
    fake = FakeLastfm(clock=clock)
    await fake.start()
    try:
        sender, token = lastfm_sender(store, fake, session)
        await signed_in(sender, token)
        service = sender.service
        assert isinstance(service, LastfmService)
        service._client.pacer = Pacer(clock=clock, sleep=clock.sleep)
        sender.sleep = clock.sleep
        await sender.async_open(0)
        plays = [track(i, NOW_MS - i * 4 * MINUTE_MS - 1000) for i in range(500)]
        await writer(store)(lambda c, s: record(c, s, plays, ADA, bulk=True))
        fake.refuse_until = clock.now + 86_400
        run = asyncio.create_task(sender.async_run())
        while sender.status.sent < 500 and not run.done():
            await asyncio.sleep(0.01)
        run.cancel()
        assert clock.now >= fake.refuse_until
        assert held(fake) == sorted(
            ((p.started_at or 0) // 1000, p.title or "") for p in plays
        )
        refused = sum(1 for call in fake.calls if call.error == 29)
        assert refused < 300
    finally:
        await fake.stop()


def crash_script(
    db: Path, fake: FakeLastfm, key: str, secret: str, sk: str, *extra: str
) -> subprocess.Popen[str]:
    """Start the stand-alone sender in its own process."""
    return subprocess.Popen(  # noqa: S603 - our own module, our arguments
        [
            sys.executable,
            "-m",
            "tests.scrobbling.crash_send",
            str(db),
            fake.api_url,
            key,
            secret,
            sk,
            *extra,
        ],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )


async def test_kill_9_in_the_middle_of_a_batch(
    tmp_path: Path, lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """Killed after Last.fm took a batch, before Encore stored that: sent once.

    The process dies holding the second of three batches (50 each); started
    again, the sender finds that batch at Last.fm (`user.getRecentTracks`
    over its stamps) and sends only the third.
    """
    db = tmp_path / "history.db"
    store = HistoryStore(sqlite_url(db))
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, store.open)
    write = writer(store)
    await write(lambda c, _: open_target(c, TARGET, 0))
    plays = [track(i, NOW_MS - i * 4 * MINUTE_MS - 1000) for i in range(130)]
    await write(lambda c, s: record(c, s, plays, ADA, bulk=True))
    await loop.run_in_executor(None, store.close)

    key, secret = lastfm.add_api_account()
    lastfm.add_user("ada")
    token = _authorized(lastfm)
    _, sk = await LastfmClient(
        session, key, secret=secret, url=lastfm.api_url, pacer=Pacer(interval=0)
    ).get_session(token)

    process = crash_script(db, lastfm, key, secret, sk, "--die-after", "2")
    assert process.stdout is not None
    line = await loop.run_in_executor(None, process.stdout.readline)
    assert line.strip() == "mid"
    process.send_signal(signal.SIGKILL)
    await loop.run_in_executor(None, process.wait)
    assert len(held(lastfm)) == 100
    with __import__("sqlite3").connect(db) as conn:
        states = dict(
            conn.execute(
                "SELECT state, COUNT(*) FROM scrobble_outbox GROUP BY state"
            ).fetchall()
        )
    # The batch whose answer was stored is kept as sent (for corrections);
    # the next one reached Last.fm but was killed before its answer was stored.
    assert states == {
        OutboxState.SENT: 50,
        OutboxState.WAITING: 30,
        OutboxState.SENDING: 50,
    }

    again = crash_script(db, lastfm, key, secret, sk)
    out, _ = await loop.run_in_executor(None, again.communicate)
    assert out.strip() == "done"
    assert held(lastfm) == sorted(
        ((p.started_at or 0) // 1000, p.title or "") for p in plays
    )
    checks = [c for c in lastfm.calls if c.method == "user.getrecenttracks"]
    assert len(checks) == 1
    reopened = HistoryStore(sqlite_url(db))
    await loop.run_in_executor(None, reopened.open)
    left = await writer(reopened)(
        lambda c, _: c.execute(
            select(scrobble_outbox.c.id).where(
                scrobble_outbox.c.state != int(OutboxState.SENT)
            )
        ).all()
    )
    await loop.run_in_executor(None, reopened.close)
    assert left == []
