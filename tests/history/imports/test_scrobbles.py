"""Last.fm and ListenBrainz histories into the history, over the fakes, every overlap once.

The history's per-song counts are checked against a recount in plain Python
of the plays the generator made (`fakes.lastfm.seed`): every stream of the
Spotify export, and every scrobble of a play the export does not hold.
SQLite and PostgreSQL (the `history` fixture).
"""

from collections import Counter
from collections.abc import AsyncGenerator
import io
import json
from pathlib import Path
from typing import Any
import zipfile

import aiohttp
import pytest
from sqlalchemy import Connection, func, select

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from custom_components.encore.history.diagnostics import async_history_diagnostics
from custom_components.encore.history.imports import scrobbles
from custom_components.encore.history.imports.scrobbles import (
    async_import_lastfm,
    async_import_listenbrainz,
)
from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.schema import artists, items, jobs, plays
from custom_components.encore.history.store.scrobbles import match_key
from custom_components.encore.scrobbling.endpoints import ENDPOINTS, ScrobblingEndpoints
from custom_components.encore.scrobbling.lastfm import LastfmClient
from custom_components.encore.scrobbling.listenbrainz import ListenBrainzClient
from custom_components.encore.scrobbling.pace import Pacer
from fakes.lastfm import FakeLastfm, FakeScrobble
from fakes.lastfm.seed import History, overlapping_history
from fakes.listenbrainz import FakeListenBrainz, export_zip, listen

from .test_import import ACCOUNT, account_entry, history, import_path, play_count  # noqa: F401

PLAYS = 3_000


@pytest.fixture
async def lastfm(socket_enabled: None) -> AsyncGenerator[FakeLastfm]:
    """A started fake Last.fm."""
    fake = FakeLastfm()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def listenbrainz(socket_enabled: None) -> AsyncGenerator[FakeListenBrainz]:
    """A started fake ListenBrainz."""
    fake = FakeListenBrainz(limit=1000)
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def session() -> AsyncGenerator[aiohttp.ClientSession]:
    """A plain client session (the clients' own, not Home Assistant's)."""
    async with aiohttp.ClientSession() as made:
        yield made


async def _no_wait(_seconds: float) -> None:
    """Pauses are counted (`Pacer.waited`), not waited: the test's time is frozen."""


def _pacer(interval: float = 1.0) -> Pacer:
    """The real pacing, every pause added up rather than slept."""
    return Pacer(interval=interval, sleep=_no_wait)


async def _import_export(hass: HomeAssistant, tmp_path: Path, made: History) -> None:
    path = tmp_path / "Streaming_History_Audio_2020.json"
    path.write_text(json.dumps(made.export_rows), encoding="utf-8")
    response = await import_path(hass, path)
    assert response["imported"] == len(made.export_rows)


def _song_counts(conn: Connection) -> tuple[Counter[str | None], Counter[str | None]]:
    """Plays per song (`match_key` of its item's names), and items per song."""
    rows = conn.execute(
        select(items.c.id, items.c.title, artists.c.name, func.count(plays.c.id))
        .join(plays, plays.c.item_id == items.c.id)
        .outerjoin(artists, artists.c.id == items.c.artist_id)
        .group_by(items.c.id, items.c.title, artists.c.name)
    ).tuples()
    counts: Counter[str | None] = Counter()
    item_count: Counter[str | None] = Counter()
    for _, title, artist, count in rows:
        key = match_key(artist, title)
        counts[key] += count
        item_count[key] += 1
    return counts, item_count


def _expected(made: History) -> Counter[str | None]:
    return Counter(
        {
            match_key(artist, title): count
            for (artist, title), count in made.expected.items()
        }
    )


async def _assert_counted_once(manager: HistoryManager, made: History) -> None:
    counts, item_count = await manager.async_read(_song_counts)
    expected = _expected(made)
    assert counts == expected
    # A song ranks once: one item per song, whatever source named it.
    assert {key for key, n in item_count.items() if n > 1} == set()


async def test_lastfm_overlapping_an_export_counts_every_play_once(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    lastfm: FakeLastfm,
    session: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    """Export first, then Last.fm through its API: each song's count is the recount."""
    made = overlapping_history(PLAYS)
    await _import_export(hass, tmp_path, made)
    key, _secret = lastfm.add_api_account()
    lastfm.add_user("ada", made.scrobbles)
    lastfm.now_playing["ada"] = FakeScrobble("Someone", "Playing now", 0)
    client = LastfmClient(session, key, url=lastfm.api_url, pacer=_pacer())
    report = await async_import_lastfm(history, ACCOUNT, client, "ada")
    counts = report.counts()
    # A page's last second is read again with the next page (never lost).
    assert len(made.scrobbles) <= counts["rows"] <= len(made.scrobbles) + 20
    # Every scrobble is new or held; the now-playing entry is none of them.
    assert counts["imported"] + counts["already_held"] == counts["rows"]
    assert counts["already_held"] > 0
    assert counts["joined"] > 0
    assert counts["new_songs"] > 0
    assert counts["now_playing_dropped"] == counts["calls"]
    await _assert_counted_once(history, made)
    # Only what came since: nothing read twice, nothing stored twice.
    again = await async_import_lastfm(history, ACCOUNT, client, "ada")
    assert again.counts()["rows"] == 0
    await _assert_counted_once(history, made)


async def test_lastfm_import_cut_short_resumes_where_it_stopped(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    lastfm: FakeLastfm,
    session: aiohttp.ClientSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An outage that outlasts the retries fails the import; the next run finishes it."""
    # Two pages a write, so that an outage falls between writes.
    monkeypatch.setattr(scrobbles, "BATCH", 400)
    made = overlapping_history(PLAYS, seed=3)
    await _import_export(hass, tmp_path, made)
    key, _secret = lastfm.add_api_account()
    lastfm.add_user("ada", made.scrobbles)
    pacer = _pacer()
    client = LastfmClient(session, key, url=lastfm.api_url, pacer=pacer)
    pages = -(-len(made.scrobbles) // 200)
    assert pages > 6

    original = lastfm._answer
    answered = 0

    def failing_after_five(method: str, params: dict[str, str], verb: str):  # type: ignore[no-untyped-def]
        nonlocal answered
        answered += 1
        if answered == 6:
            lastfm.fail_next(16, pacer.retries + 1)
        return original(method, params, verb)

    lastfm._answer = failing_after_five  # type: ignore[method-assign]
    with pytest.raises(HomeAssistantError) as err:
        await async_import_lastfm(history, ACCOUNT, client, "ada")
    assert err.value.translation_key == "lastfm_failed"
    status = await history.async_read(
        lambda c: c.execute(select(jobs.c.status).order_by(jobs.c.id.desc())).scalar()
    )
    assert status == "failed"
    lastfm._answer = original  # type: ignore[method-assign]
    calls_before = len(lastfm.calls)
    resumed = await async_import_lastfm(history, ACCOUNT, client, "ada")
    # Resumed at the cursor: the pages stored before the outage are not read again.
    assert len(lastfm.calls) - calls_before <= pages - 3
    assert resumed.counts()["rows"] < len(made.scrobbles)
    await _assert_counted_once(history, made)


async def test_listenbrainz_api_and_export_count_every_play_once(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    listenbrainz: FakeListenBrainz,
    session: aiohttp.ClientSession,
    tmp_path: Path,
) -> None:
    """The export ZIP through the upload path, then the API: the second adds nothing."""
    made = overlapping_history(PLAYS, seed=11)
    await _import_export(hass, tmp_path, made)
    listens = [
        listen(s.artist, s.track, s.timestamp, release=s.album) for s in made.scrobbles
    ]
    archive = tmp_path / "listenbrainz_ada.zip"
    archive.write_bytes(export_zip("ada", listens))
    response = await import_path(hass, archive)
    assert response["rows"] == len(listens)
    assert response["imported"] + response["already_held"] == len(listens)
    assert response["files_imported"] == response["files"] > 1
    await _assert_counted_once(history, made)
    # The same export again: every month is known, nothing is read.
    again = await import_path(hass, archive)
    assert again["files_already_imported"] == again["files"]
    assert again["rows"] == 0
    # The API's listens are the same plays: all held.
    listenbrainz.add_user("ada", listens)
    client = ListenBrainzClient(session, root=listenbrainz.root, pacer=_pacer())
    report = await async_import_listenbrainz(history, ACCOUNT, client, "ada")
    counts = report.counts()
    assert counts["rows"] >= len(listens)
    assert counts["imported"] == 0
    assert counts["calls"] <= len(listens) // 1000 + 3
    await _assert_counted_once(history, made)
    sources = await history.async_read(
        lambda c: set(c.execute(select(plays.c.source).distinct()).scalars())
    )
    assert sources == {int(Source.EXPORT_EXTENDED), int(Source.LISTENBRAINZ)}


class _Clock:
    """The test's time, shared by the client's pacer and the fake: sleeping moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def test_listenbrainz_rate_limit_headers_are_waited_out(
    history: HistoryManager,  # noqa: F811
    session: aiohttp.ClientSession,
    socket_enabled: None,
) -> None:
    """Three calls in ten seconds: the client waits for the window the headers name."""
    clock = _Clock()
    fake = FakeListenBrainz(limit=3, window=10.0, clock=clock)
    await fake.start()
    try:
        fake.add_user(
            "ada",
            [listen("Zaz", f"Song {n}", 1_600_000_000 + n * 300) for n in range(4_500)],
        )
        fake.too_many = 2
        pacer = Pacer(interval=1.0, clock=clock, sleep=clock.sleep)
        client = ListenBrainzClient(session, root=fake.root, pacer=pacer)
        report = await async_import_listenbrainz(history, ACCOUNT, client, "ada")
    finally:
        await fake.stop()
    assert report.counts()["imported"] == 4_500
    statuses = Counter(status for _, _, status in fake.calls)
    assert statuses[429] == 2
    # Never beyond the limit but for the two forced refusals.
    assert statuses[200] == len(fake.calls) - 2
    # Five pages (and the empty answer that ends them), three a window.
    assert pacer.waited >= 10.0


async def test_options_flow_imports_lastfm_and_listenbrainz(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    lastfm: FakeLastfm,
    listenbrainz: FakeListenBrainz,
) -> None:
    """The account's options ask, check the names and key, and import in the background."""
    hass.data[ENDPOINTS] = ScrobblingEndpoints(
        lastfm_api=lastfm.api_url, listenbrainz_api=listenbrainz.root, interval=0
    )
    key, _ = lastfm.add_api_account()
    lastfm.add_user(
        "ada",
        [FakeScrobble("Zaz", f"Song {n}", 1_700_000_000 + n * 300) for n in range(250)],
    )
    listenbrainz.add_user(
        "bea",
        [listen("Björk", f"Track {n}", 1_700_500_000 + n * 300) for n in range(40)],
    )
    entry_id = account_entry(hass)

    async def lastfm_step(user_input: dict[str, str]) -> dict[str, Any]:
        result = await hass.config_entries.options.async_init(entry_id)
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {"next_step_id": "import_lastfm"}
        )
        assert result["step_id"] == "import_lastfm"
        assert result["description_placeholders"] == {
            "url": "https://www.last.fm/api/account/create"
        }
        return dict(
            await hass.config_entries.options.async_configure(
                result["flow_id"], user_input
            )
        )

    result = await lastfm_step({"lastfm_user": "nobody", "lastfm_api_key": key})
    assert result["errors"] == {"lastfm_user": "lastfm_user_not_found"}
    result = await lastfm_step({"lastfm_user": "ada", "lastfm_api_key": "wrong"})
    assert result["errors"] == {"lastfm_api_key": "lastfm_invalid_key"}
    result = await lastfm_step({"lastfm_user": " ada ", "lastfm_api_key": key})
    assert result["reason"] == "import_started"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert await play_count(history) == 250
    notes = persistent_notification._async_get_or_create_notifications(hass)
    assert any("250 new plays" in note["message"] for note in notes.values())

    result = await hass.config_entries.options.async_init(entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "import_listenbrainz"}
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"listenbrainz_user": "nobody"}
    )
    assert result["errors"] == {"listenbrainz_user": "listenbrainz_user_not_found"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"listenbrainz_user": "bea"}
    )
    assert result["reason"] == "import_started"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert await play_count(history) == 290
    # The key went to Last.fm only: in no job, no option, no notification.
    stored = await history.async_read(
        lambda c: [
            str(row)
            for row in c.execute(select(jobs.c.detail, jobs.c.counts, jobs.c.error))
        ]
    )
    assert key not in " ".join(stored)
    assert key not in str(hass.config_entries.async_get_entry(entry_id).options)  # type: ignore[union-attr]
    # Nor in what a bug report shows of the history.
    assert key not in str(await async_history_diagnostics(history))


async def test_damaged_listenbrainz_export_is_a_clear_error(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A month that cannot be unpacked: a translated error, the months before kept."""
    listens = [
        listen("Zaz", "Song", 1_600_000_000),
        listen("Zaz", "Later", 1_610_000_000),
    ]
    archive = tmp_path / "listenbrainz_ada.zip"
    data = bytearray(export_zip("ada", listens))
    # Damage the last month's packed bytes: its CRC no longer matches.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as read:
        info = read.getinfo("listens/2021/1.jsonl")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 2
    data[start] ^= 0xFF
    archive.write_bytes(bytes(data))
    with pytest.raises(HomeAssistantError) as err:
        await import_path(hass, archive)
    assert err.value.translation_key == "listenbrainz_export_unreadable"
    assert await play_count(history) == 1


async def test_hostile_and_odd_listens_are_reported_not_stored(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Broken lines, a 41 KB line and a 2,000-character title: counted, never guessed."""
    good = listen("Zaz", "Song", 1_600_000_000)
    long_title = listen("Zaz", "x" * 2_000, 1_600_000_300)
    huge = listen("Zaz", "y" * 41_000, 1_600_000_600)
    archive = tmp_path / "listenbrainz_ada.zip"
    with zipfile.ZipFile(archive, "w") as made:
        made.writestr("user.json", json.dumps({"username": "ada"}))
        made.writestr(
            "listens/2020/9.jsonl",
            "\n".join(
                [
                    json.dumps(good),
                    json.dumps(long_title),
                    json.dumps(huge),
                    "not json",
                    json.dumps({"listened_at": 1_600_000_900, "track_metadata": {}}),
                ]
            ),
        )
    response = await import_path(hass, archive)
    assert response["imported"] == 2
    assert response["skipped"] == {"unreadable": 3}
    assert response["truncated"] == 1
    assert await play_count(history) == 2


async def test_a_speakers_play_holds_the_scrobble_of_it(
    history: HistoryManager,  # noqa: F811
    lastfm: FakeLastfm,
    session: aiohttp.ClientSession,
) -> None:
    """A play a Sonos household recorded (no account known) is the scrobble's play."""
    started = 1_700_000_000_000

    def record(conn: Connection, state: Any) -> None:
        state.insert_records(
            conn,
            [
                PlayRecord(
                    account="sonos:household",
                    source=Source.SONOS,
                    ended_at=started + 200_000,
                    ms_played=200_000,
                    kind=PlayKind.TRACK,
                    title="Radio Song",
                    artist="Some Band",
                    album=None,
                    started_at=started,
                )
            ],
        )

    await history.async_write(record)
    key, _ = lastfm.add_api_account()
    lastfm.add_user(
        "ada",
        [
            # Stamped at the end by this scrobbler, named another way.
            FakeScrobble(
                "SOME BAND", "Radio Song - Remastered 2011", started // 1000 + 201
            ),
            FakeScrobble("Some Band", "Radio Song", started // 1000 + 3_600),
        ],
    )
    client = LastfmClient(session, key, url=lastfm.api_url, pacer=_pacer())
    report = await async_import_lastfm(history, ACCOUNT, client, "ada")
    counts = report.counts()
    assert (counts["already_held"], counts["imported"], counts["joined"]) == (1, 1, 1)
    assert await play_count(history) == 2
