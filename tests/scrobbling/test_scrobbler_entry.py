"""A scrobbler entry in a real Home Assistant: the flows, the sending, the repair.

Last.fm's web authentication runs as a user meets it: the flow opens the
fake Last.fm's page, which sends the browser back to Encore's callback with
a token; the session key it is exchanged for is kept in the entry, never in
diagnostics. Recorded plays go out (only the person's, only the sources
chosen: a Spotify account is off by default); a revoked session raises a
repair whose fix signs in again.
"""

import asyncio
from collections.abc import AsyncGenerator, Callable
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from sqlalchemy import select

from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.config_entries import (
    SOURCE_REAUTH,
    SOURCE_USER,
    ConfigEntry,
    ConfigEntryDisabler,
)
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult, FlowResultType
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.setup import async_setup_component

from custom_components.encore.const import CONF_KIND, CONF_PERSONS, DOMAIN, EntryKind
from custom_components.encore.diagnostics import async_get_config_entry_diagnostics
from custom_components.encore.history.corrections import async_correct
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import (
    Attribution,
    AttributionRule,
    Certainty,
)
from custom_components.encore.history.store.outbox import scrobble_cursors
from custom_components.encore.scrobbling.endpoints import ENDPOINTS, ScrobblingEndpoints
from fakes.lastfm import FakeLastfm
from fakes.listenbrainz import FakeListenBrainz
from tests.scrobbling.outbox_helpers import ADA, MINUTE_MS, track

ADA_SPOTIFY = "ada_spotify"


@pytest.fixture
async def lastfm(socket_enabled: None) -> AsyncGenerator[FakeLastfm]:
    """A started fake Last.fm where Ada is signed in."""
    fake = FakeLastfm()
    await fake.start()
    fake.add_user("ada")
    fake.signed_in = "ada"
    yield fake
    await fake.stop()


@pytest.fixture
async def listenbrainz(socket_enabled: None) -> AsyncGenerator[FakeListenBrainz]:
    """A started fake ListenBrainz."""
    fake = FakeListenBrainz()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(autouse=True)
async def wired(
    hass: HomeAssistant, lastfm: FakeLastfm, listenbrainz: FakeListenBrainz
) -> None:
    """Point Encore at the fakes; Ada owns a Spotify account (not set up)."""
    hass.data[ENDPOINTS] = ScrobblingEndpoints(
        lastfm_api=lastfm.api_url,
        lastfm_auth=lastfm.auth_url,
        listenbrainz_api=listenbrainz.root,
        interval=0,
    )
    hass.config.external_url = "http://ha.example:8123"
    assert await async_setup_component(hass, "media_player", {})
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=ADA_SPOTIFY,
        title="Ada's Spotify",
        data={CONF_KIND: EntryKind.SPOTIFY},
        options={CONF_PERSONS: [ADA]},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)


async def start(hass: HomeAssistant, service: str) -> FlowResult:
    """Open "add to Encore", pick a scrobbler and the service."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert "scrobbler" in result["menu_options"]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "scrobbler"}
    )
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": service}
    )


async def allow_on_lastfm(
    hass: HomeAssistant, client_factory: ClientSessionGenerator, result: FlowResult
) -> FlowResult:
    """Play the user's part: Last.fm's page, allow, back on Home Assistant."""
    assert result["type"] is FlowResultType.EXTERNAL_STEP
    async with (
        aiohttp.ClientSession() as browser,
        browser.get(result["url"], allow_redirects=False) as answer,
    ):
        assert answer.status == 302
        back = urlsplit(answer.headers["Location"])
    assert back.netloc == "ha.example:8123"
    client = await client_factory()
    landed = await client.get(back.path, params=parse_qs(back.query))
    assert landed.status == 200
    return await hass.config_entries.flow.async_configure(result["flow_id"])


async def add_lastfm(
    hass: HomeAssistant, lastfm: FakeLastfm, client_factory: ClientSessionGenerator
) -> ConfigEntry:
    """Add Ada's Last.fm with the defaults; return the entry."""
    key, secret = lastfm.add_api_account()
    result = await start(hass, "scrobbler_lastfm")
    assert result["step_id"] == "scrobbler_lastfm"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"person": ADA, "api_key": key, "secret": secret}
    )
    result = await allow_on_lastfm(hass, client_factory, result)
    assert result["step_id"] == "scrobbler_sources"
    # Ada's own Spotify account is offered, and off.
    schema = {str(k): k for k in result["data_schema"].schema}
    assert schema["spotify_accounts"].default() == []
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sonos": True, "players": True}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    return result["result"]


async def until(check: Callable[[], bool]) -> None:
    """Wait (on the event loop) for the sender to get somewhere."""
    for _ in range(200):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("never happened")


async def record(hass: HomeAssistant, *records: Any) -> None:
    """Record plays as the collectors do: a speaker's, said to be Ada's."""
    await async_get_manager(hass).async_record(
        list(records),
        0,
        [
            Attribution((ADA,), Certainty.CERTAIN, AttributionRule.STARTED_BY)
            if r.account.startswith("sonos:")
            else None
            for r in records
        ],
    )


def now_ms() -> int:
    """The wall clock's now (the entry opted in before it: its plays go)."""
    return int(time.time() * 1000)


async def test_lastfm_web_flow_then_ada_s_speaker_plays_go_out(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Signed in on last.fm; a speaker's play of Ada's goes, her Spotify's does not."""
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    assert entry.unique_id == "lastfm:ada"
    assert entry.data["session_key"] in lastfm.sessions
    assert entry.options["spotify_accounts"] == []

    now = now_ms() + 5 * MINUTE_MS
    await record(hass, track(1, now), track(2, now, account=ADA_SPOTIFY))
    await until(lambda: bool(lastfm.histories["ada"]))
    assert [s.track for s in lastfm.histories["ada"]] == ["Song 1"]
    assert lastfm.histories["ada"][0].timestamp == (now - 4 * MINUTE_MS) // 1000

    registry = er.async_get(hass)
    waiting = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.entry_id}_scrobbles_waiting"
    )
    assert waiting is not None
    await until(lambda: hass.states.get(waiting).state == "0")  # type: ignore[union-attr]

    # Nothing of the account reaches a bug report.
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    text = str(diagnostics)
    for secret in ("session_key", "secret", "api_key"):
        assert entry.data[secret] not in text
    assert diagnostics["outbox"]["waiting"] == 0


async def test_choosing_the_spotify_account_sends_it(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """The options choose her Spotify account: its plays from then on go."""
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "scrobbler_person"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"person": ADA}
    )
    assert result["step_id"] == "scrobbler_sources"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"spotify_accounts": [ADA_SPOTIFY], "sonos": False, "players": True},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    now = now_ms() + 5 * MINUTE_MS
    await record(hass, track(3, now, account=ADA_SPOTIFY), track(4, now + MINUTE_MS))
    await until(lambda: bool(lastfm.histories["ada"]))
    await asyncio.sleep(0.2)
    assert [s.track for s in lastfm.histories["ada"]] == ["Song 3"]


async def test_a_revoked_session_raises_a_repair_that_signs_in_again(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Error 9: a repair; its fix opens the sign-in, after which the play goes."""
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    lastfm.revoke(entry.data["session_key"])
    await record(hass, track(5, now_ms() + 5 * MINUTE_MS))
    issue_id = f"scrobbler_revoked_{entry.entry_id}"
    registry = ir.async_get(hass)
    await until(lambda: registry.async_get_issue(DOMAIN, issue_id) is not None)

    assert await async_setup_component(hass, "repairs", {})
    flows = repairs_flow_manager(hass)
    assert flows is not None
    result = await flows.async_init(DOMAIN, data={"issue_id": issue_id})
    assert result["step_id"] == "confirm"
    result = await flows.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    reauth = next(
        flow
        for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
        if flow["context"]["source"] == SOURCE_REAUTH
    )
    assert reauth["step_id"] == "scrobbler_lastfm_auth"
    # The page that was open: the same external step, shown again.
    result = await hass.config_entries.flow.async_configure(reauth["flow_id"])
    result = await allow_on_lastfm(hass, hass_client_no_auth, result)
    assert result["reason"] == "scrobbler_reauth_successful"
    await hass.async_block_till_done()
    await until(lambda: bool(lastfm.histories["ada"]))
    assert [s.track for s in lastfm.histories["ada"]] == ["Song 5"]
    assert registry.async_get_issue(DOMAIN, issue_id) is None


async def test_listenbrainz_token_is_checked(
    hass: HomeAssistant, listenbrainz: FakeListenBrainz
) -> None:
    """A wrong token is said so on the form; the right one adds the entry."""
    token = listenbrainz.add_user("ada")
    result = await start(hass, "scrobbler_listenbrainz")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"person": ADA, "token": "not-a-token"}
    )
    assert result["errors"] == {"token": "listenbrainz_invalid_token"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"person": ADA, "token": token}
    )
    assert result["step_id"] == "scrobbler_sources"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sonos": True, "players": True}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    entry = result["result"]
    assert entry.title == "ListenBrainz (ada)"
    await hass.async_block_till_done()
    await record(hass, track(6, now_ms() + 5 * MINUTE_MS))
    await until(lambda: bool(listenbrainz.histories["ada"]))
    assert listenbrainz.histories["ada"][0]["track_metadata"]["track_name"] == "Song 6"
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    assert token not in str(diagnostics)

    # Removed: its cursor and queue go with it.
    assert await hass.config_entries.async_remove(entry.entry_id)
    manager = async_get_manager(hass)
    await manager.async_acquire("test")
    targets = await manager.async_write(
        lambda conn, _: conn.execute(select(scrobble_cursors.c.target)).scalars().all()
    )
    await manager.async_release("test")
    assert targets == []


BOB = "person.bob"


async def add_listenbrainz(
    hass: HomeAssistant, listenbrainz: FakeListenBrainz, person: str, user: str
) -> ConfigEntry:
    """Add `person`'s ListenBrainz (`user` at the fake) with the defaults."""
    token = listenbrainz.add_user(user)
    result = await start(hass, "scrobbler_listenbrainz")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"person": person, "token": token}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sonos": True, "players": True}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    return result["result"]


async def choose(
    hass: HomeAssistant, entry: ConfigEntry, person: str = ADA, **options: Any
) -> None:
    """Save the entry's options flow (person, sources, now playing); it reloads itself."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"person": person}
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"sonos": True, "players": True, **options}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


def playing(
    hass: HomeAssistant, entity_id: str, title: str, state: str = "playing"
) -> None:
    """A media player shows a track (as Spotify's or Sonos's players do)."""
    hass.states.async_set(
        entity_id,
        state,
        {
            "media_artist": "Nina Simone",
            "media_title": title,
            "media_album_name": "Pastel Blues",
            "media_content_type": "music",
            "media_duration": 250,
        },
    )


def now_playing_calls(lastfm: FakeLastfm) -> int:
    """How many `track.updateNowPlaying` calls reached the fake Last.fm."""
    return sum(1 for c in lastfm.calls if c.method == "track.updatenowplaying")


async def test_now_playing_is_off_by_default_then_said_once_per_start(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Chosen: her Spotify player's start is said once, never queued; a failure is dropped."""
    registry = er.async_get(hass)
    spotify = next(e for e in hass.config_entries.async_entries(DOMAIN))
    player = registry.async_get_or_create(
        "media_player", DOMAIN, "ada_player", config_entry=spotify
    ).entity_id
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    assert entry.options["now_playing"] is False
    playing(hass, player, "Sinnerman")
    await hass.async_block_till_done()
    assert now_playing_calls(lastfm) == 0

    await choose(hass, entry, spotify_accounts=[ADA_SPOTIFY], now_playing=True)
    hass.states.async_set(player, "idle")
    playing(hass, player, "Sinnerman")
    await until(lambda: "ada" in lastfm.now_playing)
    assert lastfm.now_playing["ada"].track == "Sinnerman"
    # Paused and played again, or another attribute changed: not a new start.
    playing(hass, player, "Sinnerman", "paused")
    playing(hass, player, "Sinnerman")
    await hass.async_block_till_done()
    assert now_playing_calls(lastfm) == 1

    # Refused: dropped at once, neither retried nor queued.
    lastfm.fail_next(16)
    playing(hass, player, "Be My Husband")
    await until(lambda: now_playing_calls(lastfm) == 2)
    await asyncio.sleep(0.2)
    assert now_playing_calls(lastfm) == 2
    assert lastfm.now_playing["ada"].track == "Sinnerman"
    assert lastfm.histories["ada"] == []
    runtime = entry.runtime_data
    assert runtime.sender.status.waiting == 0
    assert runtime.now_playing.dropped == 1
    assert runtime.now_playing.sent == 1


async def test_now_playing_on_a_speaker_goes_to_whom_the_rules_name(
    hass: HomeAssistant, listenbrainz: FakeListenBrainz
) -> None:
    """A Sonos speaker's start: Ada's ListenBrainz hears it only while the rules say Ada."""
    speaker = (
        er.async_get(hass)
        .async_get_or_create("media_player", "sonos", "RINCON_000E58A1")
        .entity_id
    )
    entry = await add_listenbrainz(hass, listenbrainz, ADA, "ada")
    await choose(hass, entry, now_playing=True)
    # Only Bob at home: the presence rule names him, not Ada.
    hass.states.async_set(ADA, "not_home")
    hass.states.async_set(BOB, "home")
    playing(hass, speaker, "Sinnerman")
    await hass.async_block_till_done()
    await asyncio.sleep(0.2)
    assert "ada" not in listenbrainz.playing_now
    # Ada home alone: her likely play, which "my" counts by default.
    hass.states.async_set(ADA, "home")
    hass.states.async_set(BOB, "not_home")
    playing(hass, speaker, "Be My Husband")
    await until(lambda: "ada" in listenbrainz.playing_now)
    listen = listenbrainz.playing_now["ada"]
    assert "listened_at" not in listen
    assert listen["track_metadata"]["track_name"] == "Be My Husband"
    assert listenbrainz.received == []


async def test_a_correction_moves_a_sent_listen_from_ada_to_bob(
    hass: HomeAssistant, listenbrainz: FakeListenBrainz, hass_admin_user: Any
) -> None:
    """ListenBrainz: Ada's listen is deleted there, and Bob's goes out."""
    hass.states.async_set(ADA, "home")
    hass.states.async_set(BOB, "home")
    await add_listenbrainz(hass, listenbrainz, ADA, "ada")
    await add_listenbrainz(hass, listenbrainz, BOB, "bob")
    stamp = now_ms() + 5 * MINUTE_MS
    recorded = await async_get_manager(hass).async_record(
        [track(7, stamp)],
        0,
        [Attribution((ADA,), Certainty.CERTAIN, AttributionRule.STARTED_BY)],
    )
    await until(lambda: bool(listenbrainz.histories["ada"]))
    assert listenbrainz.histories["bob"] == []

    done = await async_correct(hass, hass_admin_user, recorded[0].play_id, [BOB])
    assert done.lastfm_kept == ()
    await until(lambda: bool(listenbrainz.histories["bob"]))
    await until(lambda: not listenbrainz.histories["ada"])
    assert [d[0] for d in listenbrainz.deleted] == ["ada"]
    assert listenbrainz.deleted[0][1] == (stamp - 4 * MINUTE_MS) // 1000
    assert [
        x["track_metadata"]["track_name"] for x in listenbrainz.histories["bob"]
    ] == ["Song 7"]
    # Undone: back to Ada (checked first, then sent), gone from Bob's.
    await async_correct(hass, hass_admin_user, recorded[0].play_id, [], undo=True)
    await until(lambda: bool(listenbrainz.histories["ada"]))
    await until(lambda: not listenbrainz.histories["bob"])
    assert len([x for x in listenbrainz.received if x["listened_at"]]) == 3


async def test_last_fm_keeps_a_sent_scrobble_and_the_correction_says_so(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
    hass_ws_client: Any,
) -> None:
    """Last.fm has no unscrobble: the result names the account; a waiting one leaves."""
    hass.states.async_set(ADA, "home")
    hass.states.async_set(BOB, "home")
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    manager = async_get_manager(hass)
    attributed = [Attribution((ADA,), Certainty.CERTAIN, AttributionRule.STARTED_BY)]
    sent = await manager.async_record(
        [track(8, now_ms() + 5 * MINUTE_MS)], 0, attributed
    )
    await until(lambda: bool(lastfm.histories["ada"]))
    admin = await hass_ws_client(hass)
    await admin.send_json_auto_id(
        {"type": "encore/attribute", "play_id": sent[0].play_id, "persons": [BOB]}
    )
    answer = await admin.receive_json()
    assert answer["success"], answer
    assert answer["result"]["lastfm_kept"] == ["ada"]
    runtime = entry.runtime_data
    await until(lambda: runtime.sender.status.kept == 1)
    assert [s.track for s in lastfm.histories["ada"]] == ["Song 8"]


async def test_linking_her_spotify_account_to_bob_takes_effect_without_reload(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Her Spotify account chosen, then linked to Bob: its plays no longer go to Ada."""
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    await choose(hass, entry, spotify_accounts=[ADA_SPOTIFY])
    runtime = entry.runtime_data
    spotify = next(
        e
        for e in hass.config_entries.async_entries(DOMAIN)
        if e.unique_id == ADA_SPOTIFY
    )
    hass.config_entries.async_update_entry(spotify, options={CONF_PERSONS: [BOB]})
    await hass.async_block_till_done()
    assert entry.runtime_data is runtime  # not reloaded
    now = now_ms() + 5 * MINUTE_MS
    await record(hass, track(10, now, account=ADA_SPOTIFY), track(11, now))
    await until(lambda: bool(lastfm.histories["ada"]))
    await asyncio.sleep(0.2)
    assert [s.track for s in lastfm.histories["ada"]] == ["Song 11"]


async def test_the_account_passed_to_bob_in_its_options_sends_his_plays(
    hass: HomeAssistant,
    lastfm: FakeLastfm,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """The options name Bob: a speaker's play of Ada's no longer goes, Bob's does."""
    entry = await add_lastfm(hass, lastfm, hass_client_no_auth)
    await choose(hass, entry, person=BOB)
    assert entry.options["person"] == BOB
    assert entry.data["person"] == ADA
    now = now_ms() + 5 * MINUTE_MS
    manager = async_get_manager(hass)
    await manager.async_record(
        [track(12, now), track(13, now + MINUTE_MS)],
        0,
        [
            Attribution((ADA,), Certainty.CERTAIN, AttributionRule.STARTED_BY),
            Attribution((BOB,), Certainty.CERTAIN, AttributionRule.STARTED_BY),
        ],
    )
    await until(lambda: bool(lastfm.histories["ada"]))
    await asyncio.sleep(0.2)
    assert [s.track for s in lastfm.histories["ada"]] == ["Song 13"]
