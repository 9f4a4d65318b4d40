"""Setting up a Spotify account, its tokens, and the rate gate, inside Home Assistant."""

from datetime import timedelta
import json
import logging
import sys
import threading

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.config_entries import SOURCE_REAUTH, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import CONF_PERSONS, DOMAIN
from custom_components.encore.spotify.errors import (
    SpotifyAuthError,
    SpotifyRateLimitedError,
    SpotifyTransientError,
)
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser

from .conftest import USER_ID, SetupEntry, advance, entry_for

HOUR = timedelta(hours=1, seconds=1)


def reauth_flows(hass: HomeAssistant) -> list[str]:
    """Return the entry ids that have a reauth flow in progress."""
    return [
        flow["context"]["entry_id"]
        for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
        if flow["context"]["source"] == SOURCE_REAUTH
    ]


async def test_setup_and_unload(
    hass: HomeAssistant, fake_spotify: FakeSpotify, loaded_entry: MockConfigEntry
) -> None:
    """The account loads with its profile and unloads cleanly."""
    assert loaded_entry.state is ConfigEntryState.LOADED
    account = loaded_entry.runtime_data.account
    assert account.profile.user_id == USER_ID
    assert account.client.usage.total["GET /me"] == 1
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    assert loaded_entry.state is ConfigEntryState.NOT_LOADED
    # Nothing keeps polling after unload.
    calls = len(fake_spotify.calls)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(hours=1))
    await hass.async_block_till_done()
    assert len(fake_spotify.calls) == calls


async def test_setup_retries_while_spotify_is_down(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """5xx and dropped connections: retry later, then load by itself."""
    rule = fake_spotify.faults.server_error(502, path="^/v1/me/?$", times=None)
    assert not await setup_entry(spotify_entry)
    assert spotify_entry.state is ConfigEntryState.SETUP_RETRY
    fake_spotify.faults.remove(rule)
    fake_spotify.faults.drop(path="^/v1/me/?$", times=1)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=2))
    await hass.async_block_till_done(wait_background_tasks=True)
    # The dropped connection was retried within the same attempt.
    assert spotify_entry.state is ConfigEntryState.LOADED


async def test_expired_authorization_starts_reauth_and_keeps_the_entry(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """invalid_grant (the six months are over) asks the user to sign in again."""
    fake_spotify.revoke_refresh_tokens(USER_ID)
    freezer.tick(HOUR)
    data_before = dict(spotify_entry.data)
    assert not await setup_entry(spotify_entry)
    assert spotify_entry.state is ConfigEntryState.SETUP_ERROR
    assert reauth_flows(hass) == [spotify_entry.entry_id]
    assert dict(spotify_entry.data) == data_before


async def test_expired_authorization_while_running(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A poll that meets invalid_grant starts reauth; the entry stays."""
    fake_spotify.revoke_refresh_tokens(USER_ID)
    await advance(hass, freezer, HOUR)
    assert reauth_flows(hass) == [loaded_entry.entry_id]
    assert hass.config_entries.async_get_entry(loaded_entry.entry_id) is not None
    with pytest.raises(SpotifyAuthError):
        await loaded_entry.runtime_data.account.client.async_get_profile()


async def test_rotated_refresh_tokens_are_stored(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Each refresh returns a new single-use refresh token; the entry keeps the newest."""
    client = loaded_entry.runtime_data.account.client
    tokens = [loaded_entry.data["token"]["refresh_token"]]
    for _ in range(2):
        await advance(hass, freezer, HOUR)
        await client.async_get_profile()
        tokens.append(loaded_entry.data["token"]["refresh_token"])
    assert len(set(tokens)) == 3
    # Each refresh used the newest token: none was refused as already used.
    assert all(
        call.status == 200 for call in fake_spotify.calls_for("^/api/token$", "POST")
    )


async def test_revoked_access_token_is_refreshed_once(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """A 401 for a token Home Assistant thinks valid: refresh, then succeed."""
    client = loaded_entry.runtime_data.account.client
    old = loaded_entry.data["token"]["access_token"]
    fake_spotify.revoke_access_tokens(USER_ID)
    profile = await client.async_get_profile()
    assert profile.user_id == USER_ID
    assert loaded_entry.data["token"]["access_token"] != old
    statuses = [call.status for call in fake_spotify.calls_for("^/v1/me/?$")]
    assert statuses[-2:] == [401, 200]


async def test_unauthorized_even_after_refresh_asks_to_sign_in(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """When even a fresh token is refused, reauth starts."""
    fake_spotify.faults.unauthorized(path="^/v1/me/?$", times=2)
    with pytest.raises(SpotifyAuthError) as err:
        await loaded_entry.runtime_data.account.client.async_get_profile()
    assert err.value.translation_key == "auth_failed"
    await hass.async_block_till_done()
    assert reauth_flows(hass) == [loaded_entry.entry_id]


async def test_missing_scopes_ask_to_sign_in(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    credentials: None,
    setup_entry: SetupEntry,
) -> None:
    """An entry authorized with fewer scopes than this version needs: reauth."""
    entry = entry_for(fake_spotify, spotify_user, scope="user-read-playback-state")
    entry.add_to_hass(hass)
    assert not await setup_entry(entry)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert reauth_flows(hass) == [entry.entry_id]


async def test_not_allow_listed_after_setup_raises_a_repair(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """Removed from the app's user list: a repair says what to do; it heals itself."""
    spotify_user.allow_listed = False
    assert not await setup_entry(spotify_entry)
    assert spotify_entry.state is ConfigEntryState.SETUP_RETRY
    issue_id = f"not_allow_listed_{spotify_entry.entry_id}"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "not_allow_listed"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["account"] == spotify_entry.title

    spotify_user.allow_listed = True
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=2))
    await hass.async_block_till_done(wait_background_tasks=True)
    assert spotify_entry.state is ConfigEntryState.LOADED
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_owner_without_premium_after_setup_raises_a_repair(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """The app owner's Premium lapsed: every call 403s, a repair explains."""
    fake_spotify.owner_premium = False
    with pytest.raises(Exception, match="owner"):
        await loaded_entry.runtime_data.account.client.async_get_profile()
    issue_id = f"owner_premium_required_{loaded_entry.entry_id}"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
    fake_spotify.owner_premium = True
    await loaded_entry.runtime_data.account.client.async_get_profile()
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_rate_gate_day_long_retry_after(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A 429 with Retry-After 86400 blocks no thread; calls fail fast until then."""
    client = loaded_entry.runtime_data.account.client
    fake_spotify.faults.rate_limited(86_400, path="^/v1/me/?$")
    now = dt_util.utcnow()
    with pytest.raises(SpotifyRateLimitedError) as err:
        await client.async_get_profile()
    assert err.value.until == now + timedelta(seconds=86_400)
    assert err.value.translation_key == "rate_limited"
    assert err.value.translation_placeholders == {
        "until": err.value.until.isoformat(timespec="seconds")
    }
    # No worker thread is left waiting out the day (spotipy/urllib3 would sleep).
    assert not [
        frame
        for thread_id, frame in sys._current_frames().items()
        if thread_id != threading.get_ident() and "urllib3/util/retry" in str(frame)
    ]

    calls = len(fake_spotify.calls)
    for _ in range(3):
        with pytest.raises(SpotifyRateLimitedError):
            await client.async_get_devices()
    assert len(fake_spotify.calls) == calls, "a closed gate sends nothing"

    # A long wait shows up as a repair issue.
    issue_id = f"rate_limited_{loaded_entry.entry_id}"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None

    await advance(hass, freezer, timedelta(hours=23))
    assert not client.gate.is_open
    await advance(hass, freezer, timedelta(hours=1, seconds=1))
    assert client.gate.is_open
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    assert (await client.async_get_profile()).user_id == USER_ID


async def test_quota_exceeded(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """QUOTA_EXCEEDED closes the gate with its own message and repair."""
    client = loaded_entry.runtime_data.account.client
    fake_spotify.faults.quota_exceeded(7200, path="^/v1/me/player/devices")
    with pytest.raises(SpotifyRateLimitedError) as err:
        await client.async_get_devices()
    assert err.value.quota
    assert err.value.translation_key == "quota_exceeded"
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"rate_limited_{loaded_entry.entry_id}"
    )
    assert issue is not None
    assert issue.translation_key == "quota_exceeded"
    # A shorter 429 later does not shorten the wait Spotify asked for.
    assert client.gate.close(timedelta(seconds=5), quota=False).until == err.value.until


async def test_short_rate_limit_needs_no_repair(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A few seconds of waiting pass without bothering the user."""
    client = loaded_entry.runtime_data.account.client
    fake_spotify.faults.rate_limited(3, path="^/v1/me/?$")
    with pytest.raises(SpotifyRateLimitedError):
        await client.async_get_profile()
    assert not ir.async_get(hass).issues
    await advance(hass, freezer, timedelta(seconds=4))
    assert (await client.async_get_profile()).user_id == USER_ID


async def test_transient_errors_are_retried_then_reported(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
) -> None:
    """Bounded retries on 5xx, dropped connections and timeouts."""
    client = loaded_entry.runtime_data.account.client
    fake_spotify.faults.server_error(500, path="^/v1/me/?$", times=2)
    assert (await client.async_get_profile()).user_id == USER_ID

    fake_spotify.faults.server_error(
        502, text="<html>Bad gateway</html>", path="^/v1/me/?$", times=None
    )
    with pytest.raises(SpotifyTransientError) as err:
        await client.async_get_profile()
    assert err.value.translation_key == "spotify_unavailable"
    assert err.value.translation_placeholders == {"detail": "HTTP 502"}


async def test_slow_answers_time_out(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every request has a timeout; a slow Spotify becomes a transient error."""
    from custom_components.encore.spotify import client as client_module

    monkeypatch.setattr(client_module, "REQUEST_TIMEOUT", (0.5, 0.05))
    loaded_entry.runtime_data.account.client._spotify.requests_timeout = (0.5, 0.05)
    fake_spotify.faults.slow(0.3, path="^/v1/me/?$", times=None)
    with pytest.raises(SpotifyTransientError) as err:
        await loaded_entry.runtime_data.account.client.async_get_profile()
    assert err.value.translation_placeholders == {"detail": "ReadTimeout"}


async def test_tokens_never_reach_the_log(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    loaded_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """spotipy logs request headers at debug level; the bearer token is redacted."""
    caplog.set_level(logging.DEBUG)
    client = loaded_entry.runtime_data.account.client
    fake_spotify.faults.forbidden("Forbidden", path="^/v1/me/?$")
    with pytest.raises(Exception, match="Forbidden"):
        await client.async_get_profile()
    await client.async_get_profile()
    token = loaded_entry.data["token"]
    assert "Bearer **REDACTED**" in caplog.text
    assert token["access_token"] not in caplog.text
    assert token["refresh_token"] not in caplog.text
    # spotipy's own error line is replaced by Encore's typed error.
    assert "HTTP Error for GET" not in caplog.text


async def test_diagnostics_are_redacted(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """No token, user id, name or device name in a downloadable report."""
    assert await async_setup_component(hass, "diagnostics", {})
    assert await async_setup_component(hass, "media_player", {})
    spotify_user.player.external_play(
        context_uri=next(iter(spotify_user.library.playlists)),
        device_id=spotify_user.player.devices[0].id,
    )
    hass.config_entries.async_update_entry(
        spotify_entry, options={CONF_PERSONS: ["person.ada_lovelace"]}
    )
    assert await setup_entry(spotify_entry)
    report = await get_diagnostics_for_config_entry(hass, hass_client, spotify_entry)
    text = json.dumps(report)
    token = spotify_entry.data["token"]
    for secret in (
        token["access_token"],
        token["refresh_token"],
        USER_ID,
        spotify_entry.title,
        "DESKTOP-ENCORE",
        "ada_lovelace",
    ):
        assert secret not in text
    # Not even the album of what plays.
    assert "spotify:album:" not in text
    assert report["rate_gate"]["open"] is True
    assert report["api_calls"]["since_start"]["GET /me"] == 1
    assert report["playback_coordinator"]["last_update_success"] is True
    assert report["playback_coordinator"]["state"]["playback"]["is_playing"] is True
    assert len(report["devices"]) == 3
