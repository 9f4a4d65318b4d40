"""The fake's JSON has the key sets of the real recorded Spotify bodies.

Every object is compared recursively (list elements merged) with real bodies
from ../shared/data. The only allowed differences are the fields Spotify
removed for Development-Mode apps in February 2026 (most recordings predate
the 2026-03-09 migration), `account_id` added to GET /me in May 2026, and
fields Spotify itself sends only sometimes. Skips when the folder is missing.
"""

from collections.abc import AsyncGenerator, Iterable
import json
from pathlib import Path
from typing import Any, Final

import aiohttp
import pytest

from fakes.spotify.catalog import parse_uri
from fakes.spotify.library import parse_played_at
from fakes.spotify.payloads import (
    chekos_series,
    load_payload,
    load_recently_played,
    payload_path,
    require_shared_data,
)
from fakes.spotify.seed import TODAYS_TOP_HITS_ID
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser

# Removed for Development-Mode apps, per object `type` (changelog february-2026;
# track/album `external_ids` came back in march-2026).
REMOVED: Final[dict[str, frozenset[str]]] = {
    "artist": frozenset({"followers", "popularity"}),
    "album": frozenset({"available_markets", "label", "popularity", "album_group"}),
    "track": frozenset({"available_markets", "popularity", "linked_from"}),
    "show": frozenset({"available_markets", "publisher"}),
    "user": frozenset({"country", "email", "explicit_content", "followers", "product"}),
}
ADDED: Final[dict[str, frozenset[str]]] = {"user": frozenset({"account_id"})}
# Spotify sends these only in some answers (market given, restricted items,
# newer clients); neither side must have them.
OPTIONAL: Final = frozenset({"is_playable", "restrictions", "smart_shuffle"})
# Key sets that depend on the state (the flags of `actions.disallows`).
VARIABLE: Final = ("disallows",)
# Objects of these types have different shapes under the same key.
GROUPED_TYPES: Final = frozenset({"track", "episode"})


@pytest.fixture(autouse=True)
def _needs_shared_data() -> Path:
    """Skip the whole module without ../shared/data."""
    return require_shared_data()


def _groups(samples: Iterable[Any]) -> dict[str | None, list[dict[str, Any]]]:
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for sample in samples:
        if isinstance(sample, dict):
            kind = sample.get("type")
            key = kind if kind in GROUPED_TYPES else None
            groups.setdefault(key, []).append(sample)
    return groups


def shape_problems(fake: list[Any], real: list[Any], path: str = "$") -> list[str]:
    """Return every key-set difference between fake and real samples."""
    problems: list[str] = []
    if path.endswith(VARIABLE):
        return problems
    fake_groups, real_groups = _groups(fake), _groups(real)
    for group, real_dicts in real_groups.items():
        fake_dicts = fake_groups.get(group)
        if not fake_dicts:
            continue
        kinds = {
            sample["type"]
            for sample in [*fake_dicts, *real_dicts]
            if isinstance(sample.get("type"), str)
        }
        removed = frozenset().union(*(REMOVED.get(kind, frozenset()) for kind in kinds))
        added = frozenset().union(*(ADDED.get(kind, frozenset()) for kind in kinds))
        fake_keys = set().union(*(sample.keys() for sample in fake_dicts))
        real_keys = set().union(*(sample.keys() for sample in real_dicts))
        where = f"{path}<{group}>" if group else path
        if missing := real_keys - fake_keys - removed - OPTIONAL:
            problems.append(f"{where}: fake lacks {sorted(missing)}")
        if extra := fake_keys - real_keys - added - OPTIONAL:
            problems.append(f"{where}: fake adds {sorted(extra)}")
        if leaked := fake_keys & removed:
            problems.append(f"{where}: fake has removed fields {sorted(leaked)}")
        for key in sorted(fake_keys & real_keys):
            problems += shape_problems(
                [s[key] for s in fake_dicts if key in s],
                [s[key] for s in real_dicts if key in s],
                f"{where}.{key}",
            )
    fake_items = [
        item for sample in fake if isinstance(sample, list) for item in sample
    ]
    real_items = [
        item for sample in real if isinstance(sample, list) for item in sample
    ]
    if fake_items and real_items:
        problems += shape_problems(fake_items, real_items, f"{path}[]")
    return problems


def assert_same_shape(fake: Any, *real_files: str) -> None:
    """Compare one fake body with one or more recorded bodies."""
    real = [load_payload(name) for name in real_files]
    assert shape_problems([fake], real) == []


@pytest.fixture
async def api(
    fake_spotify: FakeSpotify,
) -> AsyncGenerator[tuple[FakeSpotify, FakeUser, aiohttp.ClientSession]]:
    """Return the fake, a seeded user and a client sending their token."""
    user = fake_spotify.add_user("alice", "Alice")
    token = fake_spotify.issue_tokens("alice")["access_token"]
    async with aiohttp.ClientSession(
        headers={"Authorization": f"Bearer {token}"}
    ) as session:
        yield fake_spotify, user, session


async def fetch(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
    path: str,
    status: int = 200,
    **params: str,
) -> Any:
    """GET a Web API path of the fake; return its JSON."""
    fake, _, session = api
    async with session.get(f"{fake.api_base}/{path}", params=params) as resp:
        assert resp.status == status, await resp.text()
        return await resp.json()


async def test_profile_and_devices(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
) -> None:
    """GET /me and /me/player/devices."""
    assert_same_shape(
        await fetch(api, "me"),
        "spotifyaio/current_user.json",
        "ha_core/current_user.json",
    )
    assert_same_shape(
        await fetch(api, "me/player/devices"),
        "spotifyaio/devices.json",
        "ha_core/devices.json",
    )


async def test_playback_states(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
) -> None:
    """GET /me/player and currently-playing: track, episode and local file."""
    fake, user, _ = api
    player = user.player
    album_id = next(iter(fake.catalog.albums))
    player.external_play(context_uri=f"spotify:album:{album_id}")
    body = await fetch(api, "me/player", additional_types="track,episode")
    assert_same_shape(
        body,
        "spotifyaio/playback_1.json",
        "spotifyaio/playback_2.json",
        "spotifyaio/playback_3.json",
    )
    assert_same_shape(
        await fetch(api, "me/player/currently-playing"),
        "spotifyaio/current_playing_track.json",
    )
    show_id = next(iter(fake.catalog.shows))
    player.external_play(context_uri=f"spotify:show:{show_id}")
    assert_same_shape(
        await fetch(api, "me/player", additional_types="episode"),
        "spotifyaio/playback_episode_1.json",
        "spotifyaio/playback_audiobook_1.json",
    )
    player.external_play(uris=[next(iter(fake.catalog.local_tracks))])
    body = await fetch(api, "me/player")
    assert body["item"]["is_local"]
    assert_same_shape(body, "spotifyaio/playback_4.json")


async def test_recently_played(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
) -> None:
    """Recently played pages, and the empty answer (`cursors` null)."""
    _, user, _ = api
    body = await fetch(api, "me/player/recently-played", limit="48")
    singles = sorted(
        f"chekos_git_scraping/recently_played_series/singles/{path.name}"
        for path in payload_path(
            "chekos_git_scraping/recently_played_series/singles"
        ).glob("*.json")
    )
    assert_same_shape(
        body,
        "spotifyaio/recently_played_tracks.json",
        "chekos_git_scraping/recently_played.json",
        *singles,
    )
    newest = user.library.plays[-1].played_at_ms
    empty = await fetch(api, "me/player/recently-played", after=str(newest), limit="50")
    real_empty = load_payload(
        "chekos_git_scraping/recently_played_series/window_2025-10-14_17/"
        "2025-10-14T221817Z_0112e0eef0.json"
    )
    assert list(empty) == list(real_empty)
    assert (empty["items"], empty["next"], empty["cursors"]) == ([], None, None)


async def test_playlists(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
) -> None:
    """/me/playlists, /playlists/{id}, /items and the legacy /tracks."""
    _, user, _ = api
    assert_same_shape(
        await fetch(api, "me/playlists", limit="48"),
        "spotifyaio/current_user_playlist_1.json",
        "spotifyaio/current_user_playlist_2.json",
    )
    road_trip = user.library.playlist_ids[-1]
    assert_same_shape(
        await fetch(api, f"playlists/{road_trip}", additional_types="track"),
        "spotifyaio/playlist_1.json",
    )
    assert_same_shape(
        await fetch(api, f"playlists/{road_trip}/items", limit="5"),
        "spotifyaio/playlist_items.json",
    )
    assert_same_shape(
        await fetch(api, f"playlists/{road_trip}/tracks", limit="5"),
        "spotifyaio/pre_2026_03_api_change/playlist_items.json",
    )
    not_found = await fetch(api, f"playlists/{TODAYS_TOP_HITS_ID}", status=404)
    assert not_found == load_payload("spotifyaio/playlist_not_found.json")


async def test_search(api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession]) -> None:
    """Search answers, per type."""
    assert_same_shape(
        await fetch(api, "search", q="never gonna give you up", type="track"),
        "spotifyaio/search.json",
    )
    body = await fetch(
        api, "search", q="the", type="album,artist,playlist,show,episode", limit="10"
    )
    real = load_payload("spotifyaio/pre_2026_03_api_change/search.json")
    real.pop("audiobooks")
    real.pop("tracks")
    playlists = load_payload("spotifyaio/current_user_playlist_1.json")["items"]
    real["playlists"]["items"] += playlists
    assert shape_problems([body], [real]) == []


@pytest.mark.parametrize(
    ("kind", "files"),
    [
        (
            "artists",
            (
                "spotifyaio/top_artists.json",
                "chekos_git_scraping/top_50_artists_long_term.json",
                "chekos_git_scraping/top_50_artists_short_term.json",
            ),
        ),
        (
            "tracks",
            (
                "spotifyaio/top_tracks.json",
                "chekos_git_scraping/top_50_tracks_long_term.json",
                "chekos_git_scraping/top_50_tracks_short_term.json",
            ),
        ),
    ],
)
async def test_top_items(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
    kind: str,
    files: tuple[str, ...],
) -> None:
    """/me/top/artists and /me/top/tracks."""
    assert_same_shape(await fetch(api, f"me/top/{kind}", limit="48"), *files)


async def test_rate_limit_body(
    api: tuple[FakeSpotify, FakeUser, aiohttp.ClientSession],
) -> None:
    """The rate-limit fault answers spotifyaio's rate_limit.json exactly."""
    fake, _, _ = api
    fake.faults.rate_limited(3)
    assert await fetch(api, "me", status=429) == load_payload(
        "spotifyaio/rate_limit.json"
    )


async def test_loaded_playback_matches_recording(fake_spotify: FakeSpotify) -> None:
    """load_payload_user seeds the recorded account; /me/player mirrors playback_1."""
    user = fake_spotify.load_payload_user(playback="playback_1.json")
    token = fake_spotify.issue_tokens(user.id)["access_token"]
    real = load_payload("spotifyaio/playback_1.json")
    async with aiohttp.ClientSession(
        headers={"Authorization": f"Bearer {token}"}
    ) as http:
        async with http.get(f"{fake_spotify.api_base}/me/player") as resp:
            body = await resp.json()
        assert shape_problems([body], [real]) == []
        assert body["item"]["id"] == real["item"]["id"]
        assert body["item"]["external_ids"] == real["item"]["external_ids"]
        assert body["device"]["id"] == real["device"]["id"]
        assert body["context"]["uri"] == real["context"]["uri"]
        # It plays on (real time): a few milliseconds later than recorded.
        assert 0 <= body["progress_ms"] - real["progress_ms"] < 5_000
        async with http.get(
            f"{fake_spotify.api_base}/me/player/recently-played", params={"limit": "48"}
        ) as resp:
            played = await resp.json()
        recorded = load_payload("spotifyaio/recently_played_tracks.json")
        assert [item["played_at"] for item in played["items"]] == [
            item["played_at"] for item in recorded["items"]
        ]
        assert played["cursors"] == recorded["cursors"]

        user.player.load_playback(real, verbatim=True)
        async with http.get(f"{fake_spotify.api_base}/me/player") as resp:
            assert await resp.json() == real


async def test_chekos_series_replays(fake_spotify: FakeSpotify) -> None:
    """The 72 hourly polls load into one history without duplicates."""
    user = fake_spotify.add_user("chekos", seed=False)
    seen: set[tuple[str, int]] = set()
    for path in chekos_series():
        body = json.loads(path.read_text(encoding="utf-8"))
        load_recently_played(user, body)
        seen |= {
            (item["track"]["id"], parse_played_at(item["played_at"]))
            for item in body["items"]
        }
    assert len(user.library.plays) == len(seen)
    kinds = {parse_uri(play.uri)[0] for play in user.library.plays}
    assert kinds == {"track"}
