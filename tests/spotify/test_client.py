"""The Spotify client's edges: backoff, Retry-After forms, 403 wording, health."""

from dataclasses import replace
from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    get_system_health_info,
)

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore import application_credentials
from custom_components.encore.const import DOMAIN
from custom_components.encore.spotify import client as client_module
from custom_components.encore.spotify.auth import TokenAuth
from custom_components.encore.spotify.client import SpotifyClient
from custom_components.encore.spotify.errors import (
    ForbiddenReason,
    SpotifyError,
    SpotifyForbiddenError,
    SpotifyNotFoundError,
    SpotifyTransientError,
)
from custom_components.encore.spotify.gate import DEFAULT_RETRY_AFTER, parse_retry_after
from custom_components.encore.spotify.models import PlaybackContext
from custom_components.encore.spotify.objects import Album, SearchResults
from fakes.spotify.seed import TODAYS_TOP_HITS_ID
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.conftest import USER_ID, SetupEntry, advance


@pytest.fixture
async def client(
    hass: HomeAssistant, fake_spotify: FakeSpotify, spotify_user: FakeUser
) -> SpotifyClient:
    """Return a client with a freshly issued token, outside any config entry."""
    token = fake_spotify.issue_tokens(USER_ID)["access_token"]
    spotify = SpotifyClient(hass, TokenAuth(token))
    yield spotify
    await spotify.async_close()


async def test_backoff_waits_between_attempts(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    client: SpotifyClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """5xx twice, then success: the retries waited the configured delays."""
    monkeypatch.setattr(client_module, "TRANSIENT_RETRY_DELAYS", (0.05, 0.1))
    fake_spotify.faults.server_error(500, path="^/v1/me/?$", times=2)
    assert (await client.async_get_profile()).user_id == USER_ID
    moments = [call.at for call in fake_spotify.calls_for("^/v1/me/?$")]
    assert len(moments) == 3
    assert moments[1] - moments[0] >= 0.05
    assert moments[2] - moments[1] >= 0.1


@pytest.mark.parametrize(
    ("message", "reason", "expected"),
    [
        ("User not approved for app", None, ForbiddenReason.OTHER),
        (
            "User not registered in the Developer Dashboard",
            None,
            ForbiddenReason.NOT_ALLOW_LISTED,
        ),
        (
            "Check settings on developer.spotify.com/dashboard, the user may not be registered.",
            None,
            ForbiddenReason.NOT_ALLOW_LISTED,
        ),
        (
            "Player command failed: Cannot control device volume",
            "VOLUME_CONTROL_DISALLOW",
            ForbiddenReason.VOLUME_CONTROL,
        ),
        ("Forbidden", None, ForbiddenReason.OTHER),
    ],
)
async def test_forbidden_wording_over_the_years(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    client: SpotifyClient,
    message: str,
    reason: str | None,
    expected: ForbiddenReason,
) -> None:
    """Spotify's 403 texts for the same causes changed; each maps to one reason."""
    fake_spotify.faults.forbidden(message, reason, path="^/v1/me/?$")
    with pytest.raises(SpotifyForbiddenError) as err:
        await client.async_get_profile()
    assert err.value.reason is expected
    assert err.value.detail == message


async def test_other_statuses(
    hass: HomeAssistant, fake_spotify: FakeSpotify, client: SpotifyClient
) -> None:
    """404 and 400 carry Spotify's own words."""
    with pytest.raises(SpotifyNotFoundError) as err:
        await client.async_get("/albums/{id}", "albums/0000000000000000000000", Album)
    assert err.value.translation_placeholders == {"detail": "Resource not found"}
    with pytest.raises(SpotifyError) as err:
        await client.async_get(
            "/search", "search", SearchResults, q="x", type="track", limit=50
        )
    assert err.value.translation_key == "request_failed"
    assert err.value.translation_placeholders == {"detail": "HTTP 400: Invalid limit"}


def test_retry_after_forms(freezer: FrozenDateTimeFactory) -> None:
    """Seconds, an HTTP date, or nothing usable."""
    freezer.move_to("2026-11-22T10:00:00+00:00")
    assert parse_retry_after("120") == timedelta(seconds=120)
    assert parse_retry_after("86400") == timedelta(days=1)
    assert parse_retry_after("Sun, 22 Nov 2026 10:05:00 GMT") == timedelta(minutes=5)
    assert parse_retry_after("Sun, 22 Nov 2026 09:00:00 GMT") == timedelta(0)
    assert parse_retry_after(None) == DEFAULT_RETRY_AFTER
    assert parse_retry_after("soon") == DEFAULT_RETRY_AFTER
    assert parse_retry_after("-5") == timedelta(0)


async def test_token_endpoint_down_is_transient(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """A 5xx from the accounts service while refreshing: retry later, no reauth."""
    fake_spotify.faults.token_error("server_error", "down", status=503, times=None)
    freezer.tick(timedelta(hours=1, seconds=1))
    with pytest.raises(SpotifyTransientError):
        await loaded_entry.runtime_data.account.client.async_get_profile()
    assert not [
        flow
        for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
        if flow["context"]["source"] == "reauth"
    ]


async def test_nameless_contexts(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Spotify's editorial playlists 404 for Development-Mode apps: no name, no error."""
    track = next(iter(fake_spotify.catalog.tracks))
    spotify_user.player.external_play(
        uris=[f"spotify:track:{track}"], device_id=spotify_user.player.devices[0].id
    )
    # A track played without a context has no playlist name to show.
    await advance(hass, freezer, timedelta(seconds=121))
    state = loaded_entry.runtime_data.account.playback.data
    assert state.playback is not None
    assert state.context_name is None

    coordinator = loaded_entry.runtime_data.account.playback
    playback = replace(
        state.playback,
        context=PlaybackContext(f"spotify:playlist:{TODAYS_TOP_HITS_ID}", "playlist"),
    )
    path = f"^/v1/playlists/{TODAYS_TOP_HITS_ID}"
    fake_spotify.faults.server_error(503, path=path, times=3)
    # A transient failure leaves the name unknown and asks again next time.
    assert await coordinator._context_name(playback) is None
    assert len(fake_spotify.calls_for(path)) == 3
    # Not found (Spotify-owned playlist) is remembered: asked once more, then never.
    assert await coordinator._context_name(playback) is None
    assert await coordinator._context_name(playback) is None
    assert len(fake_spotify.calls_for(path)) == 4


async def test_system_health(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """Reachability, the accounts, whether one waits, and the requests."""
    assert await async_setup_component(hass, "system_health", {})
    info = await get_system_health_info(hass, DOMAIN)
    assert await info["api_endpoint_reachable"] == "ok"
    assert info["spotify_accounts"] == 1
    assert info["rate_limited"] == "no"
    assert info["calls_last_hour"] == 3  # profile, playback, devices
    loaded_entry.runtime_data.account.client.gate.close(
        timedelta(minutes=5), quota=False
    )
    info = await get_system_health_info(hass, DOMAIN)
    assert await info["api_endpoint_reachable"] == "ok"
    until = (dt_util.utcnow() + timedelta(minutes=5)).isoformat(timespec="seconds")
    assert info["rate_limited"] == f"Ada Listener until {until}"


async def test_application_credentials_texts(hass: HomeAssistant) -> None:
    """The credentials dialog names the dashboard and the exact redirect URI."""
    placeholders = await application_credentials.async_get_description_placeholders(
        hass
    )
    assert placeholders["redirect_url"] == "https://my.home-assistant.io/redirect/oauth"
    assert placeholders["dashboard_url"].startswith("https://developer.spotify.com")


async def test_removing_an_account_forgets_what_encore_kept(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    loaded_entry: MockConfigEntry,
) -> None:
    """Repairs and the remembered device go with the account."""
    spotify_user.player.external_play(
        context_uri=spotify_user.library.playlists[0],
        device_id=spotify_user.player.devices[0].id,
    )
    await advance(hass, freezer, timedelta(seconds=121))
    await advance(hass, freezer, timedelta(seconds=31))  # the delayed save
    store: Store[dict[str, str]] = Store(
        hass, 1, f"{DOMAIN}.spotify_last_device.{loaded_entry.entry_id}"
    )
    assert (await store.async_load()) == {
        "id": spotify_user.player.devices[0].id,
        "name": "DESKTOP-ENCORE",
    }
    spotify_user.allow_listed = False
    with pytest.raises(SpotifyForbiddenError):
        await loaded_entry.runtime_data.account.client.async_get_profile()
    assert ir.async_get(hass).issues
    await hass.config_entries.async_remove(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert not ir.async_get(hass).issues
    reread: Store[dict[str, str]] = Store(
        hass, 1, f"{DOMAIN}.spotify_last_device.{loaded_entry.entry_id}"
    )
    assert await reread.async_load() is None


async def test_the_device_playing_at_start_up_is_remembered(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """Playback seen by the first refresh counts; unloading writes it at once."""
    phone = next(d for d in spotify_user.player.devices if d.name == "Pixel 8")
    spotify_user.player.external_play(
        context_uri=spotify_user.library.playlists[0], device_id=phone.id
    )
    assert await setup_entry(spotify_entry)
    assert await hass.config_entries.async_unload(spotify_entry.entry_id)
    store: Store[dict[str, str]] = Store(
        hass, 1, f"{DOMAIN}.spotify_last_device.{spotify_entry.entry_id}"
    )
    assert await store.async_load() == {"id": phone.id, "name": "Pixel 8"}
