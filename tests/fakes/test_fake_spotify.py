"""The fake Spotify over real HTTP, driven by aiohttp and by spotipy (in threads)."""

import asyncio
from collections.abc import AsyncGenerator, Callable
from datetime import UTC, datetime, timedelta
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
from freezegun.api import FrozenDateTimeFactory
import pytest
import requests
import spotipy
from spotipy import SpotifyException

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import OAuth2TokenRequestReauthError
from homeassistant.helpers.config_entry_oauth2_flow import (
    LocalOAuth2ImplementationWithPkce,
)

from fakes.spotify.accounts import code_challenge
from fakes.spotify.catalog import parse_uri
from fakes.spotify.errors import MSG_OWNER_NOT_PREMIUM, MSG_USER_NOT_REGISTERED
from fakes.spotify.faults import drop, rate_limited, slow
from fakes.spotify.player import now_ms
from fakes.spotify.seed import TODAYS_TOP_HITS_ID
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser

REDIRECT = "https://my.home-assistant.io/redirect/oauth"
VERIFIER = "v" * 43 + "erifier-0123456789-abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
async def http() -> AsyncGenerator[aiohttp.ClientSession]:
    """Return a plain aiohttp client."""
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def alice(fake_spotify: FakeSpotify) -> FakeUser:
    """Return a seeded premium user."""
    return fake_spotify.add_user("alice", "Alice")


def make_client(fake: FakeSpotify, token: str) -> spotipy.Spotify:
    """Return spotipy pointed at the fake, without retries."""
    sp = spotipy.Spotify(
        auth=token, requests_session=requests.Session(), retries=0, status_retries=0
    )
    sp.prefix = fake.api_prefix
    return sp


@pytest.fixture
def sp(fake_spotify: FakeSpotify, alice: FakeUser) -> spotipy.Spotify:
    """Return spotipy signed in as alice with every scope."""
    return make_client(fake_spotify, fake_spotify.issue_tokens("alice")["access_token"])


async def run[T](func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking spotipy call in a thread."""
    return await asyncio.to_thread(func, *args, **kwargs)


async def fails(
    func: Callable[..., Any], *args: Any, **kwargs: Any
) -> SpotifyException:
    """Run a spotipy call that must raise; return the exception."""
    with pytest.raises(SpotifyException) as info:
        await run(func, *args, **kwargs)
    return info.value


def message(err: SpotifyException) -> str:
    """Return Spotify's message without spotipy's URL prefix."""
    return str(err.msg).rsplit(":\n", 1)[-1].strip()


async def collect(
    sp: spotipy.Spotify, page: dict[str, Any], key: str | None = None
) -> list[Any]:
    """Follow `next` links to the end; return every item."""
    items: list[Any] = []
    current: dict[str, Any] | None = page
    while current is not None:
        body = current[key] if key else current
        items += body["items"]
        current = await run(sp.next, body) if body["next"] else None
    return items


# -- accounts ---------------------------------------------------------------------


async def authorize(
    http: aiohttp.ClientSession, fake: FakeSpotify, **params: str
) -> dict[str, list[str]]:
    """GET /authorize like a consenting user; return the redirect's query."""
    query = {
        "response_type": "code",
        "client_id": fake.client_id,
        "redirect_uri": REDIRECT,
        "state": "state-123",
        "scope": "user-read-playback-state user-read-private",
        "code_challenge": code_challenge(VERIFIER),
        "code_challenge_method": "S256",
    } | params
    async with http.get(
        fake.authorize_url, params=query, allow_redirects=False
    ) as resp:
        assert resp.status == 302, await resp.text()
        location = resp.headers["Location"]
    assert location.startswith(REDIRECT)
    return parse_qs(urlsplit(location).query)


async def token_request(
    http: aiohttp.ClientSession, fake: FakeSpotify, **form: str
) -> tuple[int, dict[str, Any]]:
    """POST /api/token with a form body; return status and JSON."""
    async with http.post(
        fake.token_url, data={"client_id": fake.client_id} | form
    ) as resp:
        return resp.status, await resp.json()


async def test_addresses(fake_spotify: FakeSpotify) -> None:
    """The fake listens on 127.0.0.1 with a free port."""
    assert fake_spotify.api_prefix.startswith("http://127.0.0.1:")
    assert fake_spotify.api_prefix.endswith("/v1/")
    assert fake_spotify.authorize_url == f"{fake_spotify.base_url}/authorize"
    assert fake_spotify.token_url == f"{fake_spotify.base_url}/api/token"


async def test_pkce_code_exchange(
    fake_spotify: FakeSpotify, alice: FakeUser, http: aiohttp.ClientSession
) -> None:
    """A code and the right verifier give tokens; the code works once."""
    query = await authorize(http, fake_spotify)
    assert query["state"] == ["state-123"]
    code = query["code"][0]
    status, body = await token_request(
        http,
        fake_spotify,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT,
        code_verifier=VERIFIER,
    )
    assert status == 200
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "user-read-playback-state user-read-private"
    assert body["refresh_token"]
    me = await run(make_client(fake_spotify, body["access_token"]).me)
    assert me["id"] == "alice"

    status, body = await token_request(
        http,
        fake_spotify,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT,
        code_verifier=VERIFIER,
    )
    assert (status, body) == (
        400,
        {"error": "invalid_grant", "error_description": "Invalid authorization code"},
    )


async def test_pkce_wrong_or_missing_verifier(
    fake_spotify: FakeSpotify, alice: FakeUser, http: aiohttp.ClientSession
) -> None:
    """A verifier that does not hash to the challenge is refused."""
    code = (await authorize(http, fake_spotify))["code"][0]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    status, body = await token_request(
        http, fake_spotify, **form, code_verifier=VERIFIER + "x"
    )
    assert (status, body) == (
        400,
        {"error": "invalid_grant", "error_description": "code_verifier was incorrect"},
    )
    status, body = await token_request(http, fake_spotify, **form)
    assert (status, body["error"]) == (400, "invalid_request")
    status, body = await token_request(
        http,
        fake_spotify,
        **(form | {"redirect_uri": REDIRECT + "x"}),
        code_verifier=VERIFIER,
    )
    assert body == {
        "error": "invalid_grant",
        "error_description": "Invalid redirect URI",
    }
    status, body = await token_request(
        http, fake_spotify, **form, code_verifier=VERIFIER, client_id="other"
    )
    assert (status, body["error"]) == (400, "invalid_client")


async def test_authorize_choices_and_refusals(
    fake_spotify: FakeSpotify, http: aiohttp.ClientSession
) -> None:
    """The consenting user is chosen; denial and bad redirect URIs behave."""
    fake_spotify.add_user("alice", seed=False)
    fake_spotify.add_user("bob", seed=False)
    query = await authorize(http, fake_spotify, fake_user="bob")
    assert fake_spotify.accounts.codes[query["code"][0]].user_id == "bob"
    fake_spotify.next_authorizing_user = "alice"
    query = await authorize(http, fake_spotify)
    assert fake_spotify.accounts.codes[query["code"][0]].user_id == "alice"
    fake_spotify.deny_next_authorization = True
    assert await authorize(http, fake_spotify) == {
        "error": ["access_denied"],
        "state": ["state-123"],
    }
    async with http.get(
        fake_spotify.authorize_url,
        params={
            "response_type": "code",
            "client_id": fake_spotify.client_id,
            "redirect_uri": "http://localhost:8123/cb",
        },
        allow_redirects=False,
    ) as resp:
        assert resp.status == 400
        assert "redirect URI" in await resp.text()


async def test_refresh_rotation(
    fake_spotify: FakeSpotify, alice: FakeUser, http: aiohttp.ClientSession
) -> None:
    """A refresh returns a new refresh token; the old one is then revoked."""
    first = fake_spotify.issue_tokens("alice")
    status, second = await token_request(
        http,
        fake_spotify,
        grant_type="refresh_token",
        refresh_token=first["refresh_token"],
    )
    assert status == 200
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    status, body = await token_request(
        http,
        fake_spotify,
        grant_type="refresh_token",
        refresh_token=first["refresh_token"],
    )
    assert (status, body) == (
        400,
        {"error": "invalid_grant", "error_description": "Refresh token revoked"},
    )
    status, third = await token_request(
        http,
        fake_spotify,
        grant_type="refresh_token",
        refresh_token=second["refresh_token"],
    )
    assert status == 200
    assert third["refresh_token"] not in (
        first["refresh_token"],
        second["refresh_token"],
    )


async def test_refresh_without_rotation(
    fake_spotify: FakeSpotify, alice: FakeUser, http: aiohttp.ClientSession
) -> None:
    """With rotation off the answer has no refresh token and the old one stays."""
    fake_spotify.accounts.rotate_refresh_tokens = False
    first = fake_spotify.issue_tokens("alice")
    for _ in range(2):
        status, body = await token_request(
            http,
            fake_spotify,
            grant_type="refresh_token",
            refresh_token=first["refresh_token"],
        )
        assert status == 200
        assert "refresh_token" not in body


async def test_revoked_refresh_token(
    fake_spotify: FakeSpotify, alice: FakeUser, http: aiohttp.ClientSession
) -> None:
    """Revoking the user's access makes the refresh token invalid_grant."""
    tokens = fake_spotify.issue_tokens("alice")
    fake_spotify.revoke_refresh_tokens("alice")
    status, body = await token_request(
        http,
        fake_spotify,
        grant_type="refresh_token",
        refresh_token=tokens["refresh_token"],
    )
    assert (status, body["error"]) == (400, "invalid_grant")
    status, body = await token_request(
        http, fake_spotify, grant_type="refresh_token", refresh_token="nope"
    )
    assert body == {
        "error": "invalid_grant",
        "error_description": "Invalid refresh token",
    }


async def test_refresh_token_expires_after_six_months(
    fake_spotify: FakeSpotify,
    alice: FakeUser,
    http: aiohttp.ClientSession,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Refreshing does not extend the 6-month lifetime of the authorization."""
    token = fake_spotify.issue_tokens("alice")["refresh_token"]
    freezer.tick(timedelta(days=180))
    status, body = await token_request(
        http, fake_spotify, grant_type="refresh_token", refresh_token=token
    )
    assert status == 200
    freezer.tick(timedelta(days=4))
    status, body = await token_request(
        http,
        fake_spotify,
        grant_type="refresh_token",
        refresh_token=body["refresh_token"],
    )
    assert (status, body["error"]) == (400, "invalid_grant")


async def test_access_token_expiry(
    fake_spotify: FakeSpotify, alice: FakeUser, freezer: FrozenDateTimeFactory
) -> None:
    """Access tokens live 3600 s of frozen time; then 401 "The access token expired"."""
    sp = make_client(fake_spotify, fake_spotify.issue_tokens("alice")["access_token"])
    freezer.tick(3599)
    assert (await run(sp.me))["id"] == "alice"
    freezer.tick(1)
    err = await fails(sp.me)
    assert (err.http_status, message(err), err.reason) == (
        401,
        "The access token expired",
        None,
    )
    assert "invalid_token" in err.headers["WWW-Authenticate"]

    sp = make_client(fake_spotify, fake_spotify.issue_tokens("alice")["access_token"])
    fake_spotify.expire_access_tokens("alice")
    assert message(await fails(sp.me)) == "The access token expired"
    assert message(await fails(make_client(fake_spotify, "bogus").me)) == (
        "Invalid access token"
    )


async def test_home_assistant_pkce_implementation(
    hass: HomeAssistant, fake_spotify: FakeSpotify, http: aiohttp.ClientSession
) -> None:
    """Home Assistant's PKCE implementation signs in and refreshes against the fake."""
    fake_spotify.add_user("alice", seed=False)
    hass.config.components.add("my")
    impl = LocalOAuth2ImplementationWithPkce(
        hass,
        "encore",
        fake_spotify.client_id,
        fake_spotify.authorize_url,
        fake_spotify.token_url,
    )
    url = await impl.async_generate_authorize_url("flow-1")
    async with http.get(url, allow_redirects=False) as resp:
        location = resp.headers["Location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    token = await impl.async_resolve_external_data(
        {"code": code, "state": {"redirect_uri": REDIRECT}}
    )
    refreshed = await impl.async_refresh_token(token)
    assert refreshed["refresh_token"] != token["refresh_token"]
    assert refreshed["expires_at"] > time.time()
    with pytest.raises(OAuth2TokenRequestReauthError):
        await impl.async_refresh_token(token)


# -- account problems -----------------------------------------------------------------


async def test_user_not_allow_listed(fake_spotify: FakeSpotify) -> None:
    """A user missing from the app's allow list gets 403 on every call."""
    fake_spotify.add_user("mallory", allow_listed=False, seed=False)
    sp = make_client(fake_spotify, fake_spotify.issue_tokens("mallory")["access_token"])
    err = await fails(sp.me)
    assert (err.http_status, message(err), err.reason) == (
        403,
        MSG_USER_NOT_REGISTERED,
        None,
    )


async def test_owner_without_premium(
    fake_spotify: FakeSpotify, sp: spotipy.Spotify
) -> None:
    """Every call fails while the app owner's Premium has lapsed."""
    fake_spotify.owner_premium = False
    err = await fails(sp.current_user_playlists)
    assert (err.http_status, message(err)) == (403, MSG_OWNER_NOT_PREMIUM)


async def test_free_user(fake_spotify: FakeSpotify) -> None:
    """A Free account reads playback but every command needs Premium."""
    user = fake_spotify.add_user("fred", product="free")
    sp = make_client(fake_spotify, fake_spotify.issue_tokens("fred")["access_token"])
    assert await run(sp.current_playback) is None
    assert len((await run(sp.devices))["devices"]) == 3
    err = await fails(sp.start_playback, user.player.devices[0].id)
    assert (err.http_status, message(err), err.reason) == (
        403,
        "Player command failed: Premium required",
        "PREMIUM_REQUIRED",
    )


async def test_insufficient_scope(fake_spotify: FakeSpotify, alice: FakeUser) -> None:
    """Endpoints check the token's scopes."""
    sp = make_client(
        fake_spotify,
        fake_spotify.issue_tokens("alice", ["user-read-playback-state"])[
            "access_token"
        ],
    )
    assert await run(sp.current_playback) is None
    err = await fails(sp.current_user_recently_played)
    assert (err.http_status, message(err)) == (403, "Insufficient client scope")
    playlists = await run(sp.current_user_playlists, limit=50)
    assert all(item["public"] for item in playlists["items"])


# -- profile, catalog, removed endpoints ---------------------------------------------


async def test_profile(sp: spotipy.Spotify) -> None:
    """GET /me has no country, email, product or followers in Development Mode."""
    me = await run(sp.me)
    assert me["id"] == "alice"
    assert me["display_name"] == "Alice"
    assert not {"country", "email", "product", "followers", "explicit_content"} & set(
        me
    )
    assert me["images"][0]["height"] == 300


async def test_catalog_objects(fake_spotify: FakeSpotify, sp: spotipy.Spotify) -> None:
    """Single tracks, albums, artists, shows and episodes; unknown ids 404."""
    result = await run(sp.search, "artist:daft track:get lucky", type="track")
    track = result["tracks"]["items"][0]
    assert track["name"].startswith("Get Lucky")
    assert [a["name"] for a in track["artists"]] == [
        "Daft Punk",
        "Pharrell Williams",
        "Nile Rodgers",
    ]
    full = await run(sp.track, track["id"])
    assert len(full["external_ids"]["isrc"]) == 12
    assert not {"popularity", "available_markets"} & set(full)
    album = await run(sp.album, full["album"]["id"])
    assert album["tracks"]["total"] == album["total_tracks"]
    assert "label" not in album
    artist = await run(sp.artist, track["artists"][0]["id"])
    assert artist["genres"]
    assert not {"followers", "popularity"} & set(artist)
    albums = await run(sp.artist_albums, artist["id"])
    assert {item["name"] for item in albums["items"]} >= {
        "Discovery",
        "Random Access Memories",
    }
    tracks = await run(sp.album_tracks, album["id"], limit=5)
    assert (len(tracks["items"]), tracks["total"]) == (5, 13)
    show_id = next(iter(fake_spotify.catalog.shows))
    show = await run(sp.show, show_id)
    assert "publisher" not in show
    episodes = await run(sp.show_episodes, show_id)
    episode = await run(sp.episode, episodes["items"][0]["id"])
    assert episode["show"]["id"] == show_id

    err = await fails(sp.track, "0" * 22)
    assert (err.http_status, message(err)) == (404, "Resource not found")
    err = await fails(sp.track, "tooshort")
    assert err.http_status == 400


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
async def test_removed_endpoints(
    sp: spotipy.Spotify, fake_spotify: FakeSpotify
) -> None:
    """Endpoints Development-Mode apps lost answer 403 Forbidden; unknown ones 404."""
    track_id = next(iter(fake_spotify.catalog.tracks))
    artist_id = next(iter(fake_spotify.catalog.artists))
    calls: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
        (sp.tracks, ([track_id],)),
        (sp.artists, ([artist_id],)),
        (sp.artist_top_tracks, (artist_id,)),
        (sp.artist_related_artists, (artist_id,)),
        (sp.recommendations, ([artist_id],)),
        (sp.user, ("alice",)),
        (sp.new_releases, ()),
        (sp.audio_features, ([track_id],)),
    ]
    for call, args in calls:
        err = await fails(call, *args)
        assert (err.http_status, message(err)) == (403, "Forbidden"), call
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{fake_spotify.api_base}/nope") as resp,
    ):
        assert resp.status == 404
        assert await resp.json() == {
            "error": {"status": 404, "message": "Service not found"}
        }


async def test_playlists(fake_spotify: FakeSpotify, sp: spotipy.Spotify) -> None:
    """Own, followed, collaborative and Spotify-owned playlists."""
    page = await run(sp.current_user_playlists, limit=50)
    by_name = {item["name"]: item for item in page["items"]}
    assert page["total"] == 58
    road_trip = next(
        item for item in (await collect_playlists(sp)) if item["name"] == "Road Trip"
    )
    assert road_trip["items"]["total"] == road_trip["tracks"]["total"] == 60
    full = await run(sp.playlist, road_trip["id"])
    assert full["items"]["total"] == 60
    assert len(full["items"]["items"]) == 60
    assert {"item", "track"} <= set(full["items"]["items"][0])

    collab = by_name["Party Planning"]
    assert (await run(sp.playlist_items, collab["id"]))["total"] == 15
    indie = by_name["Indie Gems"]
    err = await fails(sp.playlist_items, indie["id"])
    assert (err.http_status, message(err)) == (403, "Forbidden")
    assert "items" not in (await run(sp.playlist, indie["id"]))["items"]

    err = await fails(sp.playlist, TODAYS_TOP_HITS_ID)
    assert (err.http_status, message(err)) == (404, "Resource not found")
    err = await fails(sp.playlist_items, TODAYS_TOP_HITS_ID)
    assert err.http_status == 404

    legacy = await run(sp._get, f"playlists/{road_trip['id']}/tracks", limit=100)
    assert legacy["total"] == 60
    assert "item" not in legacy["items"][0]
    assert "track" in legacy["items"][0]
    kinds = {parse_uri(entry["track"]["uri"])[0] for entry in legacy["items"]}
    assert kinds == {"track", "episode", "local"}
    fake_spotify.legacy_playlist_tracks = False
    err = await fails(sp._get, f"playlists/{road_trip['id']}/tracks")
    assert err.http_status == 403


async def collect_playlists(sp: spotipy.Spotify) -> list[dict[str, Any]]:
    """Return every playlist of /me/playlists, paging by offset."""
    items: list[dict[str, Any]] = []
    while True:
        page = await run(sp.current_user_playlists, limit=20, offset=len(items))
        items += page["items"]
        if len(items) >= page["total"]:
            return items


# -- pagination --------------------------------------------------------------------------


async def test_pagination_of_every_list(
    fake_spotify: FakeSpotify, alice: FakeUser, sp: spotipy.Spotify
) -> None:
    """Every list endpoint pages past 48 items by following `next`."""
    road_trip = alice.library.playlist_ids[-1]
    lists: dict[str, tuple[dict[str, Any], str | None]] = {
        "saved tracks": (await run(sp.current_user_saved_tracks, limit=20), None),
        "saved albums": (await run(sp.current_user_saved_albums, limit=20), None),
        "saved shows": (await run(sp.current_user_saved_shows, limit=20), None),
        "saved episodes": (await run(sp.current_user_saved_episodes, limit=20), None),
        "top artists": (
            await run(sp.current_user_top_artists, limit=20, time_range="long_term"),
            None,
        ),
        "top tracks": (
            await run(sp.current_user_top_tracks, limit=50, time_range="long_term"),
            None,
        ),
        "playlist items": (await run(sp.playlist_items, road_trip, limit=20), None),
        "followed artists": (
            await run(sp.current_user_followed_artists, limit=20),
            "artists",
        ),
    }
    for name, (page, key) in lists.items():
        items = await collect(sp, page, key)
        total = (page[key] if key else page)["total"]
        assert len(items) == total > 48, name

    # /me/playlists' next points at /users/{id}/playlists, removed for
    # Development Mode: page by offset instead (or flip the flag).
    first = await run(sp.current_user_playlists, limit=20)
    assert "/users/alice/playlists?offset=20&limit=20" in first["next"]
    assert (await fails(sp.next, first)).http_status == 403
    assert len(await collect_playlists(sp)) == 58
    fake_spotify.users_playlists_for_self = True
    assert len(await collect(sp, first)) == 58


async def test_search(sp: spotipy.Spotify, fake_spotify: FakeSpotify) -> None:
    """Search: limit 1-10 (default 5), paging objects per type, `query=` links."""
    err = await fails(sp.search, "the", limit=11)
    assert (err.http_status, message(err)) == (400, "Invalid limit")
    body = await run(
        sp._get, "search", q="the", type="artist,album,playlist,show,episode"
    )
    assert list(body) == ["artists", "albums", "playlists", "shows", "episodes"]
    assert body["artists"]["limit"] == 5
    assert body["artists"]["total"] > 10
    page = await run(sp.search, "the", limit=10, type="artist")
    assert "query=the" in page["artists"]["next"]
    items = await collect(sp, page, "artists")
    assert len(items) == page["artists"]["total"]
    exact = await run(sp.search, "never gonna give you up", limit=1)
    assert exact["tracks"]["items"][0]["name"] == "Never Gonna Give You Up"
    assert (await fails(sp.search, "x", type="nope")).http_status == 400


# -- player -------------------------------------------------------------------------------


async def test_idle_player(sp: spotipy.Spotify) -> None:
    """Without a session /me/player and currently-playing answer 204 (spotipy: None)."""
    assert await run(sp.current_playback) is None
    assert await run(sp.currently_playing) is None
    devices = (await run(sp.devices))["devices"]
    assert [d["is_active"] for d in devices] == [False, False, False]


async def test_player_command_errors(alice: FakeUser, sp: spotipy.Spotify) -> None:
    """No active device, unknown device, restricted device, volume control."""
    err = await fails(sp.pause_playback)
    assert (err.http_status, message(err), err.reason) == (
        404,
        "Player command failed: No active device found",
        "NO_ACTIVE_DEVICE",
    )
    err = await fails(
        sp.start_playback, "f" * 40, uris=[alice.library.saved_tracks[0].id]
    )
    assert (err.http_status, message(err)) == (
        400,
        f"Invalid track uri: {alice.library.saved_tracks[0].id}",
    )
    err = await fails(sp.start_playback, "f" * 40)
    assert (err.http_status, message(err), err.reason) == (
        404,
        "Device not found",
        None,
    )
    desktop, phone, kitchen = alice.player.devices
    err = await fails(sp.start_playback, kitchen.id, "spotify:user:alice:collection")
    assert (err.http_status, message(err), err.reason) == (
        403,
        "Player command failed: Restriction violated",
        "UNKNOWN",
    )
    await run(sp.start_playback, phone.id, "spotify:user:alice:collection")
    err = await fails(sp.volume, 30)
    assert (err.http_status, message(err), err.reason) == (
        403,
        "Player command failed: Cannot control device volume",
        "VOLUME_CONTROL_DISALLOW",
    )
    await run(sp.volume, 30, desktop.id)
    assert desktop.volume_percent == 30
    err = await fails(sp.start_playback)
    assert message(err) == "Player command failed: Restriction violated"


async def test_player_commands(
    fake_spotify: FakeSpotify,
    alice: FakeUser,
    sp: spotipy.Spotify,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Play a context, pause, resume, skip, seek, shuffle, repeat, queue, transfer."""
    desktop, phone, _ = alice.player.devices
    album_id = next(iter(fake_spotify.catalog.albums))
    album = fake_spotify.catalog.albums[album_id]
    await run(sp.start_playback, desktop.id, f"spotify:album:{album_id}")
    state = await run(sp.current_playback)
    assert state["device"]["id"] == desktop.id
    assert state["is_playing"]
    assert state["item"]["id"] == album.track_ids[0]
    assert state["context"]["uri"] == f"spotify:album:{album_id}"
    assert state["currently_playing_type"] == "track"
    assert state["actions"]["disallows"] == {"resuming": True, "skipping_prev": True}

    freezer.tick(10)
    assert (await run(sp.current_playback))["progress_ms"] == 10_000
    await run(sp.pause_playback)
    freezer.tick(10)
    state = await run(sp.currently_playing)
    assert (state["is_playing"], state["progress_ms"]) == (False, 10_000)
    assert "device" not in state
    assert (await fails(sp.pause_playback)).http_status == 403
    await run(sp.start_playback)
    await run(sp.next_track)
    assert (await run(sp.current_playback))["item"]["id"] == album.track_ids[1]
    await run(sp.previous_track)
    assert (await run(sp.current_playback))["item"]["id"] == album.track_ids[0]
    await run(sp.seek_track, 60_000)
    assert (await run(sp.current_playback))["progress_ms"] == 60_000
    await run(sp.previous_track)  # after 3 s: restart
    state = await run(sp.current_playback)
    assert (state["item"]["id"], state["progress_ms"]) == (album.track_ids[0], 0)

    await run(sp.repeat, "context")
    await run(sp.shuffle, True)
    state = await run(sp.current_playback)
    assert (state["repeat_state"], state["shuffle_state"]) == ("context", True)
    await run(sp.shuffle, False)

    queued = fake_spotify.catalog.tracks[alice.library.saved_tracks[0].id]
    await run(sp.add_to_queue, queued.uri)
    queue = await run(sp.queue)
    assert queue["currently_playing"]["id"] == album.track_ids[0]
    assert queue["queue"][0]["id"] == queued.id
    assert queue["queue"][1]["id"] == album.track_ids[1]
    await run(sp.next_track)
    assert (await run(sp.current_playback))["item"]["id"] == queued.id
    await run(sp.next_track)
    assert (await run(sp.current_playback))["item"]["id"] == album.track_ids[1]

    await run(sp.transfer_playback, phone.id, False)
    state = await run(sp.current_playback)
    assert state["device"]["name"] == "Pixel 8"
    devices = {d["name"]: d["is_active"] for d in (await run(sp.devices))["devices"]}
    assert devices == {"DESKTOP-ENCORE": False, "Pixel 8": True, "Kitchen": False}
    assert (await fails(sp.seek_track, 1, "f" * 40)).http_status == 404
    assert (await fails(sp.shuffle, True, desktop.id)).http_status == 403


async def test_track_end_advances_and_records(
    fake_spotify: FakeSpotify,
    alice: FakeUser,
    sp: spotipy.Spotify,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Ending tracks move on and land in recently-played at their end instant."""
    alice.library.clear_plays()
    desktop = alice.player.devices[0]
    catalog = fake_spotify.catalog
    first, second = list(catalog.tracks.values())[:2]
    started_ms = now_ms()
    await run(sp.start_playback, desktop.id, uris=[first.uri, second.uri])
    assert (await run(sp.current_user_recently_played))["items"] == []

    freezer.tick(timedelta(milliseconds=first.duration_ms + 1000))
    state = await run(sp.current_playback)
    assert (state["item"]["id"], state["progress_ms"]) == (second.id, 1000)
    plays = (await run(sp.current_user_recently_played))["items"]
    assert [p["track"]["id"] for p in plays] == [first.id]
    ended_ms = started_ms + first.duration_ms
    assert plays[0]["played_at"] == (
        datetime.fromtimestamp(ended_ms // 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        + f".{ended_ms % 1000:03d}Z"
    )
    assert plays[0]["context"] is None

    freezer.tick(timedelta(milliseconds=second.duration_ms))
    state = await run(sp.current_playback)
    assert (state["is_playing"], state["item"]["id"], state["progress_ms"]) == (
        False,
        first.id,
        0,
    )
    plays = (await run(sp.current_user_recently_played))["items"]
    assert [p["track"]["id"] for p in plays] == [second.id, first.id]

    # A play of 30 s or less is not recorded; skipping after more is.
    await run(sp.start_playback)
    freezer.tick(20)
    await run(sp.next_track)
    freezer.tick(31)
    await run(sp.next_track)
    plays = (await run(sp.current_user_recently_played))["items"]
    assert [p["track"]["id"] for p in plays] == [second.id, second.id, first.id]


async def test_repeat_track_and_context_end(
    fake_spotify: FakeSpotify,
    alice: FakeUser,
    sp: spotipy.Spotify,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Repeat track replays the item; album context is recorded as context."""
    alice.library.clear_plays()
    album_id = next(iter(fake_spotify.catalog.albums))
    first = fake_spotify.catalog.tracks[
        fake_spotify.catalog.albums[album_id].track_ids[0]
    ]
    await run(
        sp.start_playback, alice.player.devices[0].id, f"spotify:album:{album_id}"
    )
    await run(sp.repeat, "track")
    freezer.tick(timedelta(milliseconds=first.duration_ms * 2 + 5))
    state = await run(sp.current_playback)
    assert (state["item"]["id"], state["progress_ms"]) == (first.id, 5)
    plays = (await run(sp.current_user_recently_played))["items"]
    assert [p["track"]["id"] for p in plays] == [first.id, first.id]
    assert plays[0]["context"]["uri"] == f"spotify:album:{album_id}"


async def test_episodes_ads_private_sessions_local_files(
    fake_spotify: FakeSpotify,
    alice: FakeUser,
    sp: spotipy.Spotify,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The player's odd states: episodes, ads, unknown, private session, local files."""
    alice.library.clear_plays()
    player = alice.player
    show_id = next(iter(fake_spotify.catalog.shows))
    await run(sp.start_playback, player.devices[0].id, f"spotify:show:{show_id}")
    state = await run(sp.current_playback)
    assert (state["currently_playing_type"], state["item"]) == ("episode", None)
    state = await run(sp.current_playback, additional_types="track,episode")
    assert state["item"]["type"] == "episode"
    player.advance_to_track_end()
    assert (await run(sp.current_user_recently_played))["items"] == []

    player.start_ad(duration_ms=15_000)
    state = await run(sp.current_playback)
    assert (state["currently_playing_type"], state["item"], state["is_playing"]) == (
        "ad",
        None,
        True,
    )
    assert (await fails(sp.next_track)).http_status == 403
    freezer.tick(16)
    assert (await run(sp.current_playback))["currently_playing_type"] == "episode"

    player.start_unknown()
    assert (await run(sp.current_playback))["currently_playing_type"] == "unknown"
    player.end_interruption()

    local = next(iter(fake_spotify.catalog.local_tracks))
    await run(sp.start_playback, uris=[local])
    item = (await run(sp.current_playback))["item"]
    assert (item["is_local"], item["id"], item["uri"]) == (True, None, local)
    player.advance_to_track_end()
    assert (await run(sp.current_user_recently_played))["items"] == []

    track = next(iter(fake_spotify.catalog.tracks.values()))
    player.set_private_session()
    await run(sp.start_playback, uris=[track.uri])
    state = await run(sp.current_playback)
    assert (state["item"], state["device"]["is_private_session"]) == (None, True)
    player.advance_to_track_end()
    assert (await run(sp.current_user_recently_played))["items"] == []

    player.end_session()
    assert await run(sp.current_playback) is None

    # A client that shows the item anyway: still not in recently-played.
    player.hide_private_items = False
    await run(sp.start_playback, player.devices[0].id, uris=[track.uri])
    state = await run(sp.current_playback)
    assert (state["item"]["uri"], state["device"]["is_private_session"]) == (
        track.uri,
        True,
    )
    player.advance_to_track_end()
    assert (await run(sp.current_user_recently_played))["items"] == []


async def test_changes_from_another_device(
    fake_spotify: FakeSpotify, alice: FakeUser, sp: spotipy.Spotify
) -> None:
    """Test hooks change playback the way another app would."""
    player = alice.player
    desktop, phone, _ = player.devices
    track = next(iter(fake_spotify.catalog.tracks.values()))
    player.external_play(uris=[track.uri], device_id=phone.id)
    state = await run(sp.current_playback)
    assert (state["device"]["id"], state["item"]["id"]) == (phone.id, track.id)
    player.external_pause()
    assert not (await run(sp.current_playback))["is_playing"]
    assert desktop.id is not None
    player.external_transfer(desktop.id, play=True)
    state = await run(sp.current_playback)
    assert (state["device"]["id"], state["is_playing"]) == (desktop.id, True)
    player.external_next()
    assert not (await run(sp.current_playback))["is_playing"]  # end of uris


# -- recently played ---------------------------------------------------------------------


async def test_recently_played_window_and_cursors(
    alice: FakeUser, sp: spotipy.Spotify
) -> None:
    """Only the 50 newest plays are reachable; cursors and next as Spotify sends them."""
    assert len(alice.library.plays) == 60
    page = await run(sp.current_user_recently_played, limit=20)
    assert list(page) == ["items", "next", "cursors", "limit", "href"]
    assert "before=" in page["next"]
    items = await collect(sp, page)
    assert len(items) == 50
    played = [item["played_at"] for item in items]
    assert played == sorted(played, reverse=True)

    newest = alice.library.plays[-1].played_at_ms
    fifth = alice.library.plays[-5].played_at_ms
    after = await run(sp.current_user_recently_played, after=fifth)
    assert len(after["items"]) == 4
    assert after["cursors"]["after"] == str(newest)
    assert "after=" in after["next"]
    empty = await run(sp.current_user_recently_played, after=newest)
    assert (empty["items"], empty["cursors"], empty["next"]) == ([], None, None)

    assert (await fails(sp.current_user_recently_played, limit=51)).http_status == 400
    assert (await fails(sp.current_user_recently_played, limit=0)).http_status == 400
    err = await fails(sp.current_user_recently_played, after=1, before=2)
    assert err.http_status == 400


# -- faults ---------------------------------------------------------------------------


async def test_fault_rate_limited_and_quota(
    fake_spotify: FakeSpotify, sp: spotipy.Spotify
) -> None:
    """429s carry Retry-After; the quota one has reason QUOTA_EXCEEDED."""
    fake_spotify.faults.add(
        rate_limited(retry_after=7), path=r"^/v1/me/player$", times=2
    )
    for _ in range(2):
        err = await fails(sp.current_playback)
        assert (err.http_status, message(err), err.headers["Retry-After"]) == (
            429,
            "API rate limit exceeded",
            "7",
        )
    assert await run(sp.current_playback) is None
    fake_spotify.faults.quota_exceeded(3600, method="GET")
    err = await fails(sp.me)
    assert (err.http_status, message(err), err.reason, err.headers["Retry-After"]) == (
        429,
        "Too many requests",
        "QUOTA_EXCEEDED",
        "3600",
    )


async def test_fault_auth_and_forbidden(
    fake_spotify: FakeSpotify, sp: spotipy.Spotify
) -> None:
    """401 and 403 faults; `user` restricts a rule to one account."""
    fake_spotify.add_user("bob", seed=False)
    fake_spotify.faults.unauthorized(user="bob", times=None)
    assert (await run(sp.me))["id"] == "alice"
    bob = make_client(fake_spotify, fake_spotify.issue_tokens("bob")["access_token"])
    assert message(await fails(bob.me)) == "The access token expired"
    assert message(await fails(bob.me)) == "The access token expired"
    fake_spotify.faults.clear()
    rule = fake_spotify.faults.forbidden("Nope", "SOMETHING", path="/me")
    err = await fails(sp.me)
    assert (err.http_status, message(err), err.reason) == (403, "Nope", "SOMETHING")
    assert rule.exhausted


async def test_fault_server_errors(
    fake_spotify: FakeSpotify, sp: spotipy.Spotify
) -> None:
    """5xx as JSON, or HTML text (spotipy passes the text as the message)."""
    fake_spotify.faults.server_error(500)
    err = await fails(sp.me)
    assert (err.http_status, message(err)) == (500, "Server error.")
    fake_spotify.faults.server_error(
        502, text="<html><body>502 Bad Gateway</body></html>"
    )
    err = await fails(sp.me)
    assert err.http_status == 502
    assert "502 Bad Gateway" in message(err)
    assert err.reason is None
    fake_spotify.faults.server_error(503, retry_after=2)
    err = await fails(sp.me)
    assert (err.http_status, err.headers["Retry-After"]) == (503, "2")


async def test_fault_slow_and_drop(
    fake_spotify: FakeSpotify, sp: spotipy.Spotify, http: aiohttp.ClientSession
) -> None:
    """A slow answer arrives late; a dropped connection raises, not SpotifyException."""
    fake_spotify.faults.add(slow(0.05), path="/me")
    started = time.monotonic()
    assert (await run(sp.me))["id"] == "alice"
    assert time.monotonic() - started >= 0.05
    fake_spotify.faults.add(slow(0.01, then=rate_limited(1)), path="/me")
    assert (await fails(sp.me)).http_status == 429

    rule = fake_spotify.faults.add(drop(), path="/me")
    with pytest.raises(requests.ConnectionError):
        await run(sp.me)
    assert rule.exhausted
    # aiohttp retries an idempotent request once after a disconnect: a GET
    # fails only when both attempts are dropped.
    fake_spotify.reset_calls()
    fake_spotify.faults.add(drop(), path="/me", times=2)
    token = fake_spotify.issue_tokens("alice")["access_token"]
    with pytest.raises(aiohttp.ServerDisconnectedError):
        async with http.get(
            f"{fake_spotify.api_base}/me", headers={"Authorization": f"Bearer {token}"}
        ):
            pass
    assert [call.status for call in fake_spotify.calls] == [None, None]


async def test_fault_outage_for_a_while(
    fake_spotify: FakeSpotify,
    alice: FakeUser,
    sp: spotipy.Spotify,
    freezer: FrozenDateTimeFactory,
    http: aiohttp.ClientSession,
) -> None:
    """An outage answers 503 to the Web API (not tokens) until its time is up."""
    rule = fake_spotify.faults.outage(20 * 60)
    assert (await fails(sp.me)).http_status == 503
    assert (await fails(sp.current_user_recently_played)).http_status == 503
    refresh = fake_spotify.issue_tokens("alice")["refresh_token"]
    status, _ = await token_request(
        http, fake_spotify, grant_type="refresh_token", refresh_token=refresh
    )
    assert status == 200
    freezer.tick(timedelta(minutes=19, seconds=59))
    assert (await fails(sp.me)).http_status == 503
    assert not rule.exhausted
    freezer.tick(timedelta(seconds=1))
    assert (await run(sp.me))["id"] == "alice"
    assert rule.exhausted


async def test_fault_token_endpoint(
    fake_spotify: FakeSpotify, alice: FakeUser, http: aiohttp.ClientSession
) -> None:
    """Token endpoint faults: invalid_grant, 5xx and dropped connections."""
    refresh = fake_spotify.issue_tokens("alice")["refresh_token"]
    form = {"grant_type": "refresh_token", "refresh_token": refresh}
    fake_spotify.faults.token_error(user="alice")
    status, body = await token_request(http, fake_spotify, **form)
    assert (status, body["error"]) == (400, "invalid_grant")
    fake_spotify.faults.server_error(503, path="^/api/token$")
    async with http.post(
        fake_spotify.token_url, data=form | {"client_id": fake_spotify.client_id}
    ) as resp:
        assert resp.status == 503
    fake_spotify.faults.drop(path="^/api/token$")
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await token_request(http, fake_spotify, **form)
    status, _ = await token_request(http, fake_spotify, **form)
    assert status == 200


async def test_call_log(
    fake_spotify: FakeSpotify, sp: spotipy.Spotify, alice: FakeUser
) -> None:
    """Every request is logged with its user, status and endpoint template."""
    fake_spotify.reset_calls()
    await run(sp.me)
    await run(sp.playlist_items, alice.library.playlist_ids[-1], limit=5)
    await fails(sp.pause_playback)
    calls = fake_spotify.calls
    assert [(c.method, c.status, c.user_id) for c in calls] == [
        ("GET", 200, "alice"),
        ("GET", 200, "alice"),
        ("PUT", 404, "alice"),
    ]
    assert calls[1].query["limit"] == "5"
    assert fake_spotify.call_counts()["GET /v1/playlists/{playlist_id}/items"] == 1
    assert len(fake_spotify.calls_for(r"^/v1/me/player/pause$", method="PUT")) == 1
    fake_spotify.reset_calls()
    assert fake_spotify.calls == []


async def test_frozen_time_start_and_stop(
    socket_enabled: None, freezer: FrozenDateTimeFactory
) -> None:
    """The fake starts, serves and stops while time is frozen."""
    async with FakeSpotify() as fake:
        fake.add_user("alice", seed=False)
        sp = make_client(fake, fake.issue_tokens("alice")["access_token"])
        freezer.tick(5)
        assert (await run(sp.me))["id"] == "alice"
