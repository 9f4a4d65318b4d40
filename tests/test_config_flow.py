"""Connecting Spotify accounts: the OAuth flow against the fake accounts service."""

from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult, FlowResultType
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_DAILY_BUDGET,
    CONF_DEFAULT_DEVICE,
    CONF_IDLE_CEILING,
    CONF_KIND,
    CONF_PERSONS,
    CONF_PLAYING_CEILING,
    CONF_QUIET_CEILING,
    DOMAIN,
    SPOTIFY_SCOPES,
    EntryKind,
)
from custom_components.encore.history.whose import linked_entries
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser

from .conftest import USER_ID, USER_NAME, SetupEntry, entry_for

pytestmark = pytest.mark.usefixtures("current_request_with_host", "credentials")


@pytest.fixture(autouse=True)
async def platforms_before_http(hass: HomeAssistant) -> None:
    """Load media_player before the test client freezes the HTTP router.

    In production HTTP starts after integrations load; tests start it early.
    """
    assert await async_setup_component(hass, "media_player", {})


async def start_spotify_flow(hass: HomeAssistant) -> FlowResult:
    """Start adding to Encore and pick "a Spotify account" in the menu."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == ["spotify", "sonos", "history", "scrobbler"]
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "spotify"}
    )


async def consent(
    hass: HomeAssistant,
    client_factory: ClientSessionGenerator,
    result: FlowResult,
    user_id: str | None = None,
) -> dict[str, Any]:
    """Play the user's part: open Spotify's page, agree, land on Home Assistant.

    Returns the query of the authorize URL Encore built.
    """
    assert result["type"] is FlowResultType.EXTERNAL_STEP
    url = result["url"]
    query = {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
    params = {"fake_user": user_id} if user_id else {}
    async with (
        aiohttp.ClientSession() as browser,
        browser.get(url, params=params, allow_redirects=False) as answer,
    ):
        assert answer.status == 302
        location = urlsplit(answer.headers["Location"])
    back = {key: values[0] for key, values in parse_qs(location.query).items()}
    assert back["state"] == query["state"]
    client = await client_factory()
    callback = await client.get(
        "/auth/external/callback", params={"code": back["code"], "state": back["state"]}
    )
    assert callback.status == 200
    return query


async def test_connect_an_account(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
) -> None:
    """The whole flow: PKCE authorize URL, consent, code exchange, profile."""
    result = await start_spotify_flow(hass)
    query = await consent(hass, hass_client_no_auth, result)
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert set(query["scope"].split()) == set(SPOTIFY_SCOPES)
    assert query["show_dialog"] == "true"
    assert query["redirect_uri"] == "https://example.com/auth/external/callback"

    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == USER_NAME
    entry = result["result"]
    assert entry.unique_id == USER_ID
    assert entry.data[CONF_KIND] == EntryKind.SPOTIFY
    token = entry.data["token"]
    # The fake checked the PKCE verifier against the challenge to issue these.
    assert fake_spotify.accounts.access(token["access_token"]) is not None
    assert token["refresh_token"]
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    await hass.config_entries.async_unload(entry.entry_id)


async def test_two_accounts_side_by_side_and_no_duplicates(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
) -> None:
    """A second account gets its own entry; the same account again is refused."""
    fake_spotify.add_user("second_user", "Grace Hopper")

    result = await start_spotify_flow(hass)
    await consent(hass, hass_client_no_auth, result, "second_user")
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Grace Hopper"

    result = await start_spotify_flow(hass)
    await consent(hass, hass_client_no_auth, result, USER_ID)
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"

    assert {entry.unique_id for entry in hass.config_entries.async_entries(DOMAIN)} == {
        USER_ID,
        "second_user",
    }
    await hass.async_block_till_done()
    for entry in hass.config_entries.async_entries(DOMAIN):
        await hass.config_entries.async_unload(entry.entry_id)


async def test_not_allow_listed_account_is_told_what_to_do(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
) -> None:
    """A user missing from the app's user list can sign in but Spotify refuses the API."""
    fake_spotify.add_user("stranger", "Stranger", allow_listed=False)
    result = await start_spotify_flow(hass)
    await consent(hass, hass_client_no_auth, result, "stranger")
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "not_allow_listed"
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_app_owner_without_premium_is_told(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
) -> None:
    """Since 2026 Spotify refuses everything while the app owner lacks Premium."""
    fake_spotify.owner_premium = False
    result = await start_spotify_flow(hass)
    await consent(hass, hass_client_no_auth, result)
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "owner_premium_required"


async def test_spotify_down_during_sign_in(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
) -> None:
    """5xx from /me, even after retries, aborts with a retry-later reason."""
    fake_spotify.faults.server_error(503, path="^/v1/me/?$", times=None)
    result = await start_spotify_flow(hass)
    await consent(hass, hass_client_no_auth, result)
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "cannot_connect"
    # One first try plus the bounded retries, then it gave up.
    assert len(fake_spotify.calls_for("^/v1/me/?$")) == 3


async def test_reauth_same_account(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """Signing in again as the same account stores new tokens and reloads."""
    assert await setup_entry(spotify_entry)
    old_refresh = spotify_entry.data["token"]["refresh_token"]
    result = await spotify_entry.start_reauth_flow(hass)
    assert result["step_id"] == "reauth_confirm"
    assert result["description_placeholders"]["account"] == USER_NAME
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    await consent(hass, hass_client_no_auth, result)
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    assert spotify_entry.data["token"]["refresh_token"] != old_refresh
    assert spotify_entry.data[CONF_KIND] == EntryKind.SPOTIFY
    await hass.async_block_till_done()
    assert spotify_entry.state is ConfigEntryState.LOADED


async def test_reauth_with_another_account_is_refused(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
) -> None:
    """The entry keeps its account; the message names both accounts."""
    fake_spotify.add_user("someone_else", "Someone Else")
    before = dict(spotify_entry.data)
    result = await spotify_entry.start_reauth_flow(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    await consent(hass, hass_client_no_auth, result, "someone_else")
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_account_mismatch"
    assert result["description_placeholders"] == {
        "account": "Someone Else",
        "expected": USER_NAME,
    }
    assert dict(spotify_entry.data) == before


async def test_reconfigure(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
) -> None:
    """Reconfigure links the same account again; another account is refused."""
    result = await spotify_entry.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    await consent(hass, hass_client_no_auth, result)
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()

    fake_spotify.add_user("someone_else", "Someone Else")
    result = await spotify_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    await consent(hass, hass_client_no_auth, result, "someone_else")
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_account_mismatch"
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(spotify_entry.entry_id)


async def open_settings(hass: HomeAssistant, entry_id: str) -> FlowResult:
    """Open an account's options and pick the player settings in the menu."""
    result = await hass.config_entries.options.async_init(entry_id)
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == [
        "settings",
        "import_history",
        "import_lastfm",
        "import_listenbrainz",
    ]
    return await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "settings"}
    )


async def test_options(
    hass: HomeAssistant,
    fake_spotify: FakeSpotify,
    spotify_entry: MockConfigEntry,
    setup_entry: SetupEntry,
) -> None:
    """The options list the account's devices and save without a reload."""
    assert await setup_entry(spotify_entry)
    result = await open_settings(hass, spotify_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    schema = result["data_schema"].schema
    selector = next(
        value for key, value in schema.items() if key == CONF_DEFAULT_DEVICE
    )
    assert selector.config["options"] == ["DESKTOP-ENCORE", "Kitchen", "Pixel 8"]
    hass.states.async_set("person.ada", "home", {"user_id": "ada-user"})
    assert linked_entries(hass, "ada-user") == []
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            CONF_DEFAULT_DEVICE: "Pixel 8",
            CONF_PERSONS: ["person.ada"],
            CONF_PLAYING_CEILING: 60,
            CONF_IDLE_CEILING: 300,
            CONF_QUIET_CEILING: 900,
            CONF_DAILY_BUDGET: 2000,
        },
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert spotify_entry.options[CONF_DEFAULT_DEVICE] == "Pixel 8"
    # The person's user now means this account when asking about "my" plays.
    assert linked_entries(hass, "ada-user") == [spotify_entry]
    # Read live: the entry stayed loaded, nothing was torn down.
    assert spotify_entry.state is ConfigEntryState.LOADED
    runtime = spotify_entry.runtime_data.account
    assert runtime.client.ledger is not None
    assert runtime.client.ledger.budget == 2000
    # Planned again at once: the waits of the options, the budget affording them.
    plan = runtime.playback.plan
    assert plan.playing_wait == timedelta(seconds=60)
    assert plan.idle_wait == timedelta(seconds=300)


async def test_options_of_an_unloaded_entry(
    hass: HomeAssistant, fake_spotify: FakeSpotify, spotify_user: FakeUser
) -> None:
    """Without a loaded account the device can still be typed in."""
    entry = entry_for(fake_spotify, spotify_user)
    entry.add_to_hass(hass)
    result = await open_settings(hass, entry.entry_id)
    schema = result["data_schema"].schema
    selector = next(
        value for key, value in schema.items() if key == CONF_DEFAULT_DEVICE
    )
    assert selector.config["options"] == []
    assert selector.config["custom_value"] is True
