"""The Last.fm and ListenBrainz clients against the fakes, over real HTTP.

What the services document and what their users report, as the fakes play
it: signatures, error codes and retries, paging, the now-playing entry, one
track given as an object, ignored scrobbles, rate-limit headers and 429s,
the User-Agent, submission limits, and the export's layout.
"""

from collections.abc import AsyncGenerator
import io
from pathlib import Path
import zipfile

import aiohttp
import pytest

from custom_components.encore.scrobbling.export import (
    NotListenBrainzExportError,
    is_listenbrainz_export,
    listens_files,
    read_listens,
)
from custom_components.encore.scrobbling.lastfm import (
    LastfmClient,
    LastfmError,
    api_sig,
)
from custom_components.encore.scrobbling.listenbrainz import (
    ListenBrainzClient,
    ListenBrainzError,
)
from custom_components.encore.scrobbling.models import Scrobble, spotify_uri_of
from custom_components.encore.scrobbling.pace import USER_AGENT, Pacer
from fakes.lastfm import FakeLastfm, FakeScrobble
from fakes.listenbrainz import FakeListenBrainz, export_zip, listen

NOW = 1_790_000_000


class _Clock:
    """The test's time, shared by a pacer and a fake: sleeping moves it."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
async def session(socket_enabled: None) -> AsyncGenerator[aiohttp.ClientSession]:
    """A client session on loopback."""
    async with aiohttp.ClientSession() as made:
        yield made


@pytest.fixture
async def lastfm(socket_enabled: None) -> AsyncGenerator[FakeLastfm]:
    """A started fake Last.fm whose clock is the test's."""
    fake = FakeLastfm(clock=_Clock())
    await fake.start()
    yield fake
    await fake.stop()


def test_api_sig_is_lastfms() -> None:
    """Sorted name+value pairs, format left out, then the secret, MD5 (Last.fm's example)."""
    params = {"api_key": "xxx", "method": "auth.getSession", "token": "yyy"}
    assert api_sig({**params, "format": "json"}, "ilovecher") == api_sig(
        params, "ilovecher"
    )
    assert api_sig(params, "ilovecher") == (
        __import__("hashlib")
        .md5(b"api_keyxxxmethodauth.getSessiontokenyyyilovecher")
        .hexdigest()
    )


def test_spotify_uri_of() -> None:
    """A URI or an open.spotify.com link; nothing else is a track."""
    track = "4uLU6hMCjMI75M1A2tKUQC"
    assert spotify_uri_of(f"spotify:track:{track}") == f"spotify:track:{track}"
    assert spotify_uri_of(f"https://open.spotify.com/track/{track}?si=x") == (
        f"spotify:track:{track}"
    )
    assert spotify_uri_of("https://example.com/track/1") is None
    assert spotify_uri_of("spotify:track:short") is None


async def test_recent_tracks_pages_and_drops_now_playing(
    lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """200 a page, newest first, `from` inclusive, `to` exclusive, now playing left out."""
    key, _ = lastfm.add_api_account()
    lastfm.add_user(
        "ada", [FakeScrobble("Zaz", f"Song {n}", NOW - 10_000 + n) for n in range(450)]
    )
    lastfm.now_playing["ada"] = FakeScrobble("Zaz", "Now", 0)
    client = LastfmClient(session, key, url=lastfm.api_url, pacer=Pacer(interval=0))
    page = await client.recent_tracks("ada")
    assert (page.page, page.total_pages, page.total) == (1, 3, 450)
    assert len(page.scrobbles) == 200
    assert page.now_playing == 1
    assert page.scrobbles[0] == Scrobble("Zaz", "Song 449", NOW - 10_000 + 449)
    last = await client.recent_tracks("ada", page=3)
    assert len(last.scrobbles) == 50
    window = await client.recent_tracks(
        "ada", since=NOW - 10_000 + 10, until=NOW - 10_000 + 20
    )
    assert [s.listened_at - (NOW - 10_000) for s in window.scrobbles] == list(
        range(19, 9, -1)
    )
    assert lastfm.calls[0].params["limit"] == "200"
    assert lastfm.calls[0].params["extended"] == "1"


async def test_one_track_given_as_an_object(
    lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """A page of one track has held an object, not a list: it is read all the same."""
    key, _ = lastfm.add_api_account()
    lastfm.add_user("ada", [FakeScrobble("Zaz", "Only", NOW - 100)])
    original = lastfm._recent_tracks

    def one_as_object(params: dict[str, str]) -> dict[str, object]:
        body = original(params)
        body["recenttracks"]["track"] = body["recenttracks"]["track"][0]  # type: ignore[index]
        return body

    lastfm._recent_tracks = one_as_object  # type: ignore[method-assign]
    client = LastfmClient(session, key, url=lastfm.api_url, pacer=Pacer(interval=0))
    page = await client.recent_tracks("ada")
    assert [s.title for s in page.scrobbles] == ["Only"]


async def test_rate_limit_and_outages_back_off_then_give_up(
    lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """Codes 29, 11, 16 and 8 are retried after doubling pauses; 10 and 6 are final."""
    key, _ = lastfm.add_api_account()
    lastfm.add_user("ada", [FakeScrobble("Zaz", "Song", NOW - 100)])
    clock = _Clock()
    pacer = Pacer(interval=1.0, clock=clock, sleep=clock.sleep)
    client = LastfmClient(session, key, url=lastfm.api_url, pacer=pacer)
    lastfm.fail_next(29)
    lastfm.fail_next(11)
    lastfm.fail_next(16)
    page = await client.recent_tracks("ada")
    assert len(page.scrobbles) == 1
    assert clock.slept == [10.0, 20.0, 40.0]
    assert [call.error for call in lastfm.calls] == [29, 11, 16, None]
    lastfm.fail_next(8, pacer.retries + 1)
    with pytest.raises(LastfmError) as err:
        await client.recent_tracks("ada")
    assert err.value.code == 8
    assert clock.slept[-6:] == [10.0, 20.0, 40.0, 80.0, 160.0, 320.0]
    with pytest.raises(LastfmError) as err:
        await client.recent_tracks("nobody")
    assert err.value.code == 6
    bad = LastfmClient(session, "nokey", url=lastfm.api_url, pacer=Pacer(interval=0))
    with pytest.raises(LastfmError) as err:
        await bad.recent_tracks("ada")
    assert err.value.is_auth


async def test_paced_one_call_a_second(
    lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """The default pace: no two calls less than a second apart."""
    key, _ = lastfm.add_api_account()
    lastfm.add_user("ada", [])
    clock = _Clock()
    client = LastfmClient(
        session, key, url=lastfm.api_url, pacer=Pacer(clock=clock, sleep=clock.sleep)
    )
    for _ in range(4):
        await client.recent_tracks("ada")
    assert clock.slept == [1.0, 1.0, 1.0]
    assert client.pacer.calls == 4


async def test_web_auth_session_and_scrobbling(
    lastfm: FakeLastfm, session: aiohttp.ClientSession
) -> None:
    """Token -> session key; signed scrobbles, some ignored; a revoked key is code 9."""
    key, secret = lastfm.add_api_account()
    client = LastfmClient(
        session, key, secret=secret, url=lastfm.api_url, pacer=Pacer(interval=0)
    )
    token = lastfm.new_token()
    with pytest.raises(LastfmError) as err:
        await client.get_session(token)  # not authorised on last.fm yet
    assert err.value.code == 4
    token = lastfm.new_token()
    lastfm.authorize(token, "ada")
    user, session_key = await client.get_session(token)
    assert user == "ada"
    result = await client.scrobble(
        session_key,
        [
            Scrobble("Zaz", "Je veux", NOW - 600, album="Zaz", duration_ms=217_000),
            Scrobble("Zaz", "Old", NOW - 20 * 86_400),
        ],
    )
    assert result.accepted == 1
    assert result.ignored == [(1, 3)]
    assert [(s.track, s.duration) for s in lastfm.histories["ada"]] == [
        ("Je veux", 217)
    ]
    await client.update_now_playing(session_key, Scrobble("Zaz", "Eblouie", 0))
    assert lastfm.now_playing["ada"].track == "Eblouie"
    with pytest.raises(ValueError, match="50"):
        await client.scrobble(session_key, [Scrobble("A", "B", NOW)] * 51)
    wrong = LastfmClient(
        session, key, secret="wrong", url=lastfm.api_url, pacer=Pacer(interval=0)
    )
    with pytest.raises(LastfmError) as err:
        await wrong.scrobble(session_key, [Scrobble("A", "B", NOW)])
    assert err.value.code == 13
    lastfm.revoke(session_key)
    with pytest.raises(LastfmError) as err:
        await client.scrobble(session_key, [Scrobble("A", "B", NOW)])
    assert err.value.code == 9
    assert err.value.is_auth


async def test_listenbrainz_reads_submits_validates(
    session: aiohttp.ClientSession,
) -> None:
    """Paging by max_ts, the token, the limits, the User-Agent."""
    clock = _Clock()
    fake = FakeListenBrainz(limit=100, clock=clock)
    await fake.start()
    try:
        token = fake.add_user(
            "ada",
            [
                listen(
                    "Zaz",
                    f"Song {n}",
                    NOW - 5_000 + n,
                    duration_ms=200_000,
                    spotify_id="4uLU6hMCjMI75M1A2tKUQC",
                )
                for n in range(1_500)
            ],
        )
        reader = ListenBrainzClient(session, root=fake.root, pacer=Pacer(interval=0))
        page = await reader.listens("ada")
        assert len(page.scrobbles) == 1000
        assert page.oldest == NOW - 5_000 + 500
        assert page.first_ever == NOW - 5_000
        first = page.scrobbles[0]
        assert first.duration_ms == 200_000
        assert first.spotify_uri == "spotify:track:4uLU6hMCjMI75M1A2tKUQC"
        rest = await reader.listens("ada", max_ts=page.oldest)
        assert len(rest.scrobbles) == 500
        with pytest.raises(ListenBrainzError) as err:
            await reader.listens("nobody")
        assert err.value.status == 404
        assert await reader.validate_token() is None
        writer = ListenBrainzClient(
            session, token=token, root=fake.root, pacer=Pacer(interval=0)
        )
        assert await writer.validate_token() == "ada"
        await writer.submit("import", [Scrobble("Zaz", "New", NOW - 10)] * 2)
        await writer.submit("playing_now", [Scrobble("Zaz", "Now", 0)])
        assert len(fake.received) == 2
        assert len(fake.histories["ada"]) == 1_501  # one listen, sent twice
        assert "listened_at" not in fake.playing_now["ada"]
        with pytest.raises(ValueError, match="1000"):
            await writer.submit("import", [Scrobble("A", "B", NOW)] * 1001)
        wrong = ListenBrainzClient(
            session, token="nope", root=fake.root, pacer=Pacer(interval=0)
        )
        with pytest.raises(ListenBrainzError) as err:
            await wrong.submit("single", [Scrobble("A", "B", NOW)])
        assert err.value.is_auth
        async with session.get(f"{fake.root}/1/user/ada/listens") as response:
            assert response.status == 200  # aiohttp names itself
        assert USER_AGENT.startswith("Encore/")
    finally:
        await fake.stop()


async def test_listenbrainz_429_waits_for_reset(session: aiohttp.ClientSession) -> None:
    """A 429 is retried once `X-RateLimit-Reset-In` has passed, no sooner."""
    clock = _Clock()
    fake = FakeListenBrainz(limit=2, window=5.0, clock=clock)
    await fake.start()
    try:
        fake.add_user("ada", [listen("Zaz", "Song", NOW - 100)])
        pacer = Pacer(interval=0, clock=clock, sleep=clock.sleep)
        client = ListenBrainzClient(session, root=fake.root, pacer=pacer)
        for _ in range(5):
            page = await client.listens("ada")
            assert len(page.scrobbles) == 1
        assert [status for _, _, status in fake.calls].count(429) == 0
        assert sum(clock.slept) >= 10.0
    finally:
        await fake.stop()


def test_export_layout_and_reading(tmp_path: Path) -> None:
    """user.json, feedback, a JSON Lines file a month; a broken line is counted."""
    listens = [
        listen("Zaz", "Song", 1_600_000_000),
        listen("Zaz", "Later", 1_610_000_000),
    ]
    data = export_zip("ada", listens)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert {"user.json", "feedback.jsonl", "listens/2020/9.jsonl"} <= set(names)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            body = zipfile.ZipFile(io.BytesIO(data)).read(name)
            if name == "listens/2020/9.jsonl":
                body += b'{"listened_at": "broken"\n{"track_metadata": {}}\n'
            archive.writestr(name, body)
    assert is_listenbrainz_export(path)
    files = listens_files(path)
    assert [f.name for f in files] == ["listens/2020/9.jsonl", "listens/2021/1.jsonl"]
    parsed = read_listens(path, files[0], set())
    assert not isinstance(parsed, str)
    assert [s.title for s in parsed.scrobbles] == ["Song"]
    assert parsed.unreadable == 2
    assert read_listens(path, files[0], {parsed.fingerprint}) == parsed.fingerprint
    spotify = tmp_path / "my_spotify_data.zip"
    with zipfile.ZipFile(spotify, "w") as archive:
        archive.writestr(
            "Spotify Extended Streaming History/Streaming_History_Audio_2020.json", "[]"
        )
    assert not is_listenbrainz_export(spotify)
    with pytest.raises(NotListenBrainzExportError):
        listens_files(spotify)
